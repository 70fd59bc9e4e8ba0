"""Articles that tell the asked event only as still to come: for a part asking what happened
("what sentences did they get"), such an article describes none of it ("the two men are due
to be sentenced on 29 April")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.reading.realis import as_happened, asks_what_happened
from retrieval.text import stem

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from retrieval.reading.asking import Part
    from retrieval.reading.evidence import ArticleEvidence
    from retrieval.reading.found import Finding


def asked_stems(part: Part) -> frozenset[str]:
    """The stems of the event a part asks about: its noun's and its verb's, unless that is
    a verb of no event of its own ("get", "make")."""
    words = [part.focus, None if part.predicate in GENERAL_VERBS else part.predicate]
    return frozenset(stem(w.lower()) for w in words if w)


def happened_descriptions(
    part: Part, found: list[Finding], parse: Callable[[list[str]], list[Doc]]
) -> list[Finding]:
    """For a part asking what happened ("what sentences did they get"), the sentences
    describing it, but none from an article telling of the event only as still to come
    ("the two men are due to be sentenced on 29 April": no sentence of it says what
    sentences they got)."""
    asked = asked_stems(part)
    if not found or not asked or not asks_what_happened(parse([part.text])[0]):
        return found
    articles = {f.article.article_id: f.article for f in found}
    ahead = {key for key, article in articles.items() if _tells_only_ahead(article, asked, parse)}
    return [f for f in found if f.article.article_id not in ahead]


def _tells_only_ahead(
    article: ArticleEvidence, asked: frozenset[str], parse: Callable[[list[str]], list[Doc]]
) -> bool:
    telling = [s.text for s in article.sentences if s.terms & asked]
    return bool(telling) and all(as_happened(doc, [], asked) is None for doc in parse(telling))
