"""Undisclosed terms: an article that says its deal's terms were not disclosed ("Terms were
not disclosed", "for an undisclosed sum") states no price for that deal. A sum of money
elsewhere in it is another figure ("partners have invested 300 mln dlrs in the
properties"), unless it is tied to the asked payment as firmly as an answer can be.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from retrieval.reading.negation import DISCLOSING_VERBS, denied_disclosure

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.evidence import ArticleEvidence

# Nouns for what a deal's buyer gives: its terms, its price -- and its details, which are
# its terms told item by item ("no financial details were revealed").
TERMS_NOUNS = frozenset({"term", "price", "sum", "amount", "value", "consideration", "detail"})
# Modifiers that leave out what was already stated: "other terms were not disclosed"
# follows a price given.
REST = frozenset({"other", "further", "additional", "remaining", "more", "exact", "full"})
WITHHOLDING_ADJECTIVES = frozenset({"undisclosed", "unspecified", "unannounced"})
# Nouns of the deals whose terms are meant ("the terms of the acquisition"): a sale's.
_DEALS = frozenset(
    "deal acquisition purchase sale merger transaction agreement takeover buyout".split()
)


def withholds_terms(doc: Doc, asked: frozenset[str] = frozenset()) -> bool:
    """The sentence says the deal's terms or price are not given: "Terms were not
    disclosed", "did not disclose the price", "for an undisclosed sum". `asked`: other
    deal nouns the question itself names ("the terms of the settlement"); the terms of
    another deal ("of the venture") withhold nothing of an asked sale's."""
    return any(_withheld(token, asked) for token in doc if token.lemma_.lower() in TERMS_NOUNS)


def _withheld(noun: Token, asked: frozenset[str]) -> bool:
    if noun.pos_ != "NOUN" or not _of_the_deal(noun, _DEALS | asked):
        return False
    if noun.lemma_.lower() == "detail" and _about_another_thing(noun):
        return False  # "no details on timing": details of something else than the terms
    modifiers = {c.lower_ for c in noun.children}
    if modifiers & REST:
        return False
    if modifiers & WITHHOLDING_ADJECTIVES:
        return True
    return noun.dep_ in ("nsubjpass", "dobj") and denied_disclosure(noun.head)


def _about_another_thing(noun: Token) -> bool:
    """Details told of a thing by a preposition other than "of" ("on timing", "about the
    plan"): what they are details of is named, and it is not the deal's terms."""
    return any(c.dep_ == "prep" and c.lower_ != "of" for c in noun.children)


def _of_the_deal(noun: Token, deals: frozenset[str]) -> bool:
    """Terms of nothing named, or of a deal ("the terms of the loan" are a financing's)."""
    objects = [g for c in noun.children if c.lower_ == "of" for g in c.children]
    return all(o.lemma_.lower() in deals for o in objects)


def articles_withholding_terms(
    articles: Sequence[ArticleEvidence],
    parse: Callable[[Sequence[str]], list[Doc]],
    asked: frozenset[str] = frozenset(),
) -> set[str]:
    """The ids of the articles with a sentence withholding their deal's terms (only the
    sentences that could say so are parsed)."""
    wanted = [
        (article.article_id, sentence.text)
        for article in articles
        for sentence in article.sentences
        if _may_withhold(sentence.text.lower())
    ]
    docs = parse([text for _, text in wanted]) if wanted else []
    return {aid for (aid, _), doc in zip(wanted, docs, strict=True) if withholds_terms(doc, asked)}


# Cheap cues for the sentences worth parsing, from the same words: a verb of disclosing
# (its stem: "disclos", "announc") or a withholding adjective, with a noun of terms.
_CUES = tuple(sorted({verb.rstrip("e") for verb in DISCLOSING_VERBS} | WITHHOLDING_ADJECTIVES))
_TERMS_CUES = tuple(sorted(noun.rstrip("e") for noun in TERMS_NOUNS))


def _may_withhold(text: str) -> bool:
    return any(cue in text for cue in _CUES) and any(cue in text for cue in _TERMS_CUES)
