"""A period's result moving to a level: "net profits rose 44% to $205.4m" gives the profit's
new level, "net revenue rose to $935.8m" the revenue's.

A verb of movement or level ("rise", "fall", "stand") takes its subject's new level with
"to" or "at" (or its move as its object: `market.mover`). When its subject is a stock, the
level is a market price; when it is a result noun, the level is that result, which answers
a question asking that result and no other: revenue is no profit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import RESULT_NOUNS, TOP_LINE, a_result_noun, result_lemma
from retrieval.reading.market import mover
from retrieval.reading.unrealised import part_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# Result nouns as a question writes them ("sales", not "sale", a deal).
_WRITTEN = frozenset({*(RESULT_NOUNS - {"earning"}), "revenues", "profits", "losses"})


def asked_results(part: Part) -> frozenset[str]:
    """The result nouns the part names, as lemmas ("profit" for "net profits")."""
    return frozenset(result_lemma(word) for word in part_words(part) & _WRITTEN)


def moved_result(amount: Span) -> Token | None:
    """The result noun whose new level or move the amount gives ("profits rose 44% to
    $205.4m": "profits"), or None when the amount is no such level."""
    moved = mover(amount)
    return moved if moved is not None and a_result_noun(moved) else None


def another_result(amount: Span, part: Part) -> bool:
    """The amount is the level of a result other than the one the part asks ("net revenue
    rose to $935.8m" for "how much net profit")."""
    asked, moved = _lines(amount, part)
    return moved is not None and moved not in asked


def the_asked_result(amount: Span, part: Part) -> bool:
    """The amount is the level of the result the part asks ("net profits rose 44% to
    $205.4m" for "how much net profit"): as tied to the question as a value of its noun."""
    asked, moved = _lines(amount, part)
    return moved is not None and moved in asked


def _lines(amount: Span, part: Part) -> tuple[frozenset[bool], bool | None]:
    """Which lines of the results the part asks, and which one the amount is the level of
    (None if it is no result's level)."""
    asked = frozenset(_line(result) for result in asked_results(part))
    moved = moved_result(amount) if asked else None
    return asked, None if moved is None else _line(result_lemma(moved.lower_))


def _line(result: str) -> bool:
    """Is the result the top line (revenue) rather than the bottom one (profit)?"""
    return result in TOP_LINE
