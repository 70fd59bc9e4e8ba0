"""Withheld things: an article that says which things of the asked kind it does not give
("Penna did not say what errors had been made", "the products covered by the partnership
were not disclosed") answers no "which N" part with them. Its sentences that speak of
them ("compensation for errors made during the project", "to fund the clinical
investigation of certain pharmaceutical products") only restate what the part asks, as
an article withholding its deal's terms states no price (undisclosed.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_above_any, names_a_saying
from retrieval.reading.interrogatives import WH_TAGS
from retrieval.reading.negation import (
    NEGATIVE_DETERMINERS,
    REFUSING_VERBS,
    denied_disclosure,
    negated,
)
from retrieval.reading.undisclosed import WITHHOLDING_ADJECTIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.found import Finding

# Words that may open a sentence saying something is not given, from the lists the
# parse is read with: a negation, a refusal, a withholding adjective (cheap cues: only
# these sentences are parsed; whole words, as "another" or "notes" negate nothing).
_CUES = re.compile(
    r"n't\b|\b(?:"
    + "|".join(
        sorted(
            {"not", "cannot", "never", *NEGATIVE_DETERMINERS, *WITHHOLDING_ADJECTIVES}
            | {f"{verb.removesuffix('e')}\\w*" for verb in REFUSING_VERBS}
        )
    )
    + r")\b"
)


def withheld_nouns(doc: Doc, *, wh_asked: bool = True) -> set[str]:
    """The lemmas of the nouns whose identity the sentence says is not given: the subject
    or object of a denied disclosure ("the products ... were not disclosed", "declined to
    identify the customers"), the noun a wh-word asks in what a negated verb of saying
    takes ("did not say what errors had been made"), one an adjective withholds ("an
    undisclosed buyer", "the buyer was undisclosed"). `wh_asked`: with the nouns a
    wh-word asks, which its clause narrows ("which banks it has gone after this time")."""
    return {t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and _withheld(t, wh_asked)}


def _withheld(noun: Token, wh_asked: bool = True) -> bool:
    if any(c.dep_ == "amod" and c.lower_ in WITHHOLDING_ADJECTIVES for c in noun.children):
        return True
    if _said_withheld(noun):
        return True
    role = _neither_phrase(noun)
    if role.dep_ in ("nsubjpass", "dobj") and denied_disclosure(role.head):
        return True
    return wh_asked and _asked_by_wh(noun)


def _said_withheld(noun: Token) -> bool:
    """ "The value of the offering was undisclosed": a withholding adjective predicated
    of the noun, its subject, says so as the attributive one does."""
    if noun.dep_ != "nsubj" or negated(noun.head):
        return False
    return any(
        c.dep_ == "acomp" and c.lower_ in WITHHOLDING_ADJECTIVES and not _negates(c)
        for c in noun.head.children
    )


def _negates(adjective: Token) -> bool:
    """ "was not undisclosed": the parse may hang the "not" on the adjective."""
    return any(c.dep_ == "neg" for c in adjective.children)


def _neither_phrase(noun: Token) -> Token:
    """ "Neither terms of the arrangement nor the products ... were disclosed": a noun
    joined by "nor" shares the role of the phrase "neither" opens, wherever the parse
    hangs it."""
    if not any(c.lower_ == "nor" for c in noun.head.children) or noun.dep_ != "conj":
        return noun
    for above in noun.ancestors:
        if any(c.lower_ == "neither" for c in above.children):
            return above
    return noun


def _asked_by_wh(noun: Token) -> bool:
    """ "did not say what errors had been made": the noun a wh-determiner picks, in a
    clause a negated verb of saying or disclosing takes, is what is not said."""
    if not any(c.dep_ == "det" and c.tag_ in WH_TAGS for c in noun.children):
        return False
    for clause in noun.ancestors:
        if clause.dep_ in ("ccomp", "xcomp", "dobj"):
            verb = clause.head
            saying = names_a_saying(verb.lemma_.lower()) or denied_disclosure(verb)
            return saying and (negated(verb) or denied_disclosure(verb))
    return False


def stands_for(noun: Token, focus: str) -> bool:
    """The noun names things of the asked kind: it is the asked noun or a kind of it, or
    a modifier says they are ("pharmaceutical products" are pharmaceuticals, a kind of
    drug)."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
    return any(
        w.lemma_.lower() == focus or focus in kinds_above_any(w.lemma_.lower()) for w in words
    )


def articles_withholding(
    focus: str, found: Sequence[Finding], parse: Callable[[Sequence[str]], list[Doc]]
) -> set[str]:
    """The ids of the findings' articles that say which things of the asked kind
    (`focus`) they do not give: a noun withheld there is the asked one, or a noun the
    article writes as of the asked kind ("certain pharmaceutical products")."""
    articles = {f.article.article_id: f.article for f in found}
    texts = [
        (aid, s.text)
        for aid, article in articles.items()
        for s in article.sentences
        if may_withhold(s.text)
    ]
    texts += [(f.article.article_id, f.sentence.text) for f in found]
    docs = parse([text for _, text in texts]) if texts else []
    withheld: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    for (aid, _), doc in zip(texts, docs, strict=True):
        withheld.setdefault(aid, set()).update(withheld_nouns(doc))
        kinds.setdefault(aid, {focus}).update(_of_the_kind(doc, focus))
    return {aid for aid, nouns in withheld.items() if nouns & kinds.get(aid, {focus})}


def articles_with(
    found: Sequence[Finding],
    parse: Callable[[Sequence[str]], list[Doc]],
    test: Callable[[Doc], bool],
    cue: Callable[[str], bool] | None = None,
) -> set[str]:
    """The ids of the findings' articles with a sentence that has the cue (by default,
    a word that may say something is not given) and whose parse passes the test (only
    the sentences with the cue are parsed)."""
    articles = {f.article.article_id: f.article for f in found}
    wanted = [
        (aid, s.text)
        for aid, article in articles.items()
        for s in article.sentences
        if (cue or may_withhold)(s.text)
    ]
    docs = parse([text for _, text in wanted]) if wanted else []
    return {aid for (aid, _), doc in zip(wanted, docs, strict=True) if test(doc)}


def may_withhold(text: str) -> bool:
    """The sentence has a word that may say something is not given (worth parsing)."""
    return _CUES.search(text.lower()) is not None


def _of_the_kind(doc: Iterable[Token], focus: str) -> set[str]:
    return {t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and stands_for(t, focus)}
