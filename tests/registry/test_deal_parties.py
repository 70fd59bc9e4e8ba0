"""Who the parties of a deal are when the parse hides them: each case is a fact of English
deal prose, in invented sentences with invented companies."""

from __future__ import annotations

import hashlib

from retrieval.models import Alliance, Article
from retrieval.registry.extraction import RuleExtractor


def extract(text: str, *, title: str = "Company news") -> list[Alliance]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    article = Article(
        article_id=digest[:16], source="test.txt", title=title, text=text,
        date="1987-06-19", content_hash=digest,
    )  # fmt: skip
    return RuleExtractor().extract(article).alliances


def pairs(alliances: list[Alliance]) -> set[frozenset[str]]:
    return {frozenset(a.party_names) for a in alliances}


def test_a_unit_among_the_speakers_speaks_for_its_owner() -> None:
    """ "A and the X division of B said they formed a venture" (the unit named after its
    owner): "they" is A and B."""
    found = extract(
        "<Halbrook and Sons Co> and the Corliss Plastics division of Corliss Industries Inc "
        "said they formed a 50-50 joint venture called Halcor Inc."
    )
    assert frozenset({"Halbrook and Sons", "Corliss Industries"}) in pairs(found)
