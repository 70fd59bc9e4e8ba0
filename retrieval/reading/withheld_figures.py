"""Figures an article says it withholds by naming them: "The value of the offering was
undisclosed", "declined to disclose the level at which Pacific purchased the securities".
The noun a denied disclosure takes is the asked figure when it is the asked noun (of what
the question asks it of, if the article says of what), or when a relative clause on it
tells the asked act ("the level at which Pacific purchased ..." for "at what price did
Pacific buy"). Another amount in that article is then another figure, as for an amount
left unsaid by an embedded "how much" (unsaid_figures.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from retrieval.reading.asking import Part
from retrieval.reading.payments import BUYING_VERBS
from retrieval.reading.role_verbs import same_role_verbs
from retrieval.reading.withheld_things import may_withhold, withheld_nouns
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.found import Finding

# Paying and buying tell one act from its two sides of the money: the price at which a
# firm bought is what it paid.
_PAYING = BUYING_VERBS | {"pay"}


def _acts_alike(predicate: str | None) -> frozenset[str]:
    """The asked verb, the verbs of its role class, and paying for buying."""
    verbs = same_role_verbs(predicate)
    return verbs | _PAYING if predicate in _PAYING else verbs


def withholds_the_figure(doc: Doc, part: Part) -> bool:
    """The sentence says the asked figure is not given: a noun it withholds is the asked
    noun of the asked thing, or is defined by the asked act."""
    withheld = withheld_nouns(doc)
    if not withheld:
        return False
    acts = _acts_alike(part.predicate)
    return any(
        _the_asked_noun(token, part) or _defined_by(token, acts)
        for token in doc
        if token.pos_ == "NOUN" and token.lemma_.lower() in withheld
    )


def _the_asked_noun(noun: Token, part: Part) -> bool:
    """The asked noun, of nothing named or of something the question names ("the value
    of the offering" for "the value of the upgrade offer")."""
    if part.focus is None or noun.lemma_.lower() != part.focus:
        return False
    of = [o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return all(stem(o.lower_) in part.terms for o in of)


def _defined_by(noun: Token, acts: frozenset[str]) -> bool:
    """A relative clause on the noun tells the asked act: "the level at which Pacific
    purchased the securities", "the amount it paid"."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in acts for c in noun.children)


def articles_withholding_figure(
    part: Part, found: Sequence[Finding], parse: Callable[[Sequence[str]], list[Doc]]
) -> set[str]:
    """The ids of the findings' articles with a sentence withholding the asked figure
    (only the sentences that could say so are parsed)."""
    articles = {f.article.article_id: f.article for f in found}
    wanted = [
        (aid, s.text)
        for aid, article in articles.items()
        for s in article.sentences
        if may_withhold(s.text)
    ]
    docs = parse([text for _, text in wanted]) if wanted else []
    return {
        aid for (aid, _), doc in zip(wanted, docs, strict=True) if withholds_the_figure(doc, part)
    }
