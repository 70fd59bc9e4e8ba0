"""Who reports a sentence ties nothing in what it reports.

"The company said the terms of the sale have been approved by its board and by Prime
Motor Inns Inc": "the company" is the source of the statement (newswire attributes nearly
every sentence so), not a party to what it states; asked "which company is buying",
"company" there says nothing of Prime Motor Inns, which only approved. The reporter's own
noun still ties the reporter and its apposition ("the buyer, Kessel Holdings, said"); and
an asked firm reporting by name tells of its own deal ("Kanto Yakuhin KK will sell it in
Asia, Stellan said" for "which company will market Stellan's drug"): only a common noun
standing for the reporter ("the company", "the bank") is set aside.
Only for a name asked (a party, a person, a place: NAME_ANSWERS): an amount or a date the
reporter gives of itself ("Sina said its shares were purchased for about 230 mln dlrs") is
tied to it by the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import NAME_ANSWERS
from retrieval.registry.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part


def beside_the_report(
    span: Span, part: Part, anchors: list[tuple[Token, float]]
) -> list[tuple[Token, float]]:
    """The anchors, less the subjects of reporting verbs that the candidate (a party) lies
    outside of."""
    if part.kind not in NAME_ANSWERS:
        return anchors
    return [(token, weight) for token, weight in anchors if not _reports_on(token, span)]


def _reports_on(anchor: Token, span: Span) -> bool:
    """The anchor is a common noun reporting ("the company said") a statement that holds
    the candidate `span` outside the noun's own phrase (its apposition is the reporter)."""
    if anchor.pos_ != "NOUN" or anchor.dep_ != "nsubj":
        return False
    if anchor.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    return not anchor.left_edge.i <= span.root.i <= anchor.right_edge.i
