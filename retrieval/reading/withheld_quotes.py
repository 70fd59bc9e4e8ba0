"""The sentence a refusal quotes when an article says the asked detail is withheld.

A refusal points at the closest sentence. When an article about the asked deal says the
detail is not given ("The price was not disclosed", "The name of the buyer was not
disclosed"), that sentence is the answer's evidence: the article says it does not say.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from retrieval.reading.found import Finding
from retrieval.reading.kinds import AMOUNT_ANSWERS, PARTY_ANSWERS
from retrieval.reading.matching import ArticleNames
from retrieval.reading.payments import asks_a_price_paid
from retrieval.reading.undisclosed import withholds_terms
from retrieval.reading.unsaid_figures import leaves_unsaid, unsaid_amounts
from retrieval.reading.withheld_figures import withholds_the_figure
from retrieval.reading.withheld_roles import asked_roles, of_the_asked, withheld_party_nouns
from retrieval.reading.withheld_things import may_withhold, withheld_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.reading.asking import AskedQuestion, Part
    from retrieval.reading.evidence import ArticleEvidence

Parse = Callable[[Sequence[str]], list["Doc"]]
# A withholding sentence is quoted over any closest sentence: it is what the article says
# of the asked detail.
WITHHELD_SCORE = 1.0


def withholding_finding(
    question: AskedQuestion,
    parts: Sequence[Part],
    articles: Sequence[ArticleEvidence],
    parse: Parse,
) -> Finding | None:
    """The first sentence, in article order, of an article naming every party of the
    question (the deal asked about), that says a detail asked by a part is not given."""
    names = _asked_names(question)
    if not names:
        return None  # no deal named: a withholding sentence may be any deal's
    about = [a for a in articles if all(a.names.mentions(n) for n in names)]
    for article in about:
        sentences = [s for s in article.sentences if may_withhold(s.text)]
        docs = parse([s.text for s in sentences]) if sentences else []
        for sentence, doc in zip(sentences, docs, strict=True):
            if _names_another_firm(doc, names):
                continue  # "the price of Halden's earlier purchase of Acme": another deal's
            part = next((p for p in parts if withholds(doc, p)), None)
            if part is not None:
                return Finding(part, article, sentence, (), WITHHELD_SCORE)
    return None


def _asked_names(question: AskedQuestion) -> tuple[str, ...]:
    """Every name the question asks about, places aside (where a deal is, not whose): one
    the entity tagger missed ("Halden") is as much the deal's as a tagged party."""
    names = (*question.names, *question.parties, *question.guessed)
    places = set(question.places)
    return tuple(dict.fromkeys(n for n in names if n not in places))


def _names_another_firm(doc: Doc, names: Sequence[str]) -> bool:
    """The sentence names an organisation the question does not: what it withholds may be
    that firm's deal ("It also bought Acme Corp for an undisclosed sum")."""
    for entity in (e for e in doc.ents if e.label_ == "ORG"):
        spelled = ArticleNames(entity.text)
        if not any(spelled.mentions(n) or ArticleNames(n).mentions(entity.text) for n in names):
            return True
    return False


def withholds(doc: Doc, part: Part) -> bool:
    """The sentence says the part's detail is not given, as the answer filters read it: a
    price or the terms ("terms were not disclosed"), the asked figure ("declined to say how
    much it paid", "the value of the offering was undisclosed"), the asked party ("the name
    of the buyer was not disclosed"), or the asked things ("the products were not named")."""
    if asks_a_price_paid(part) and withholds_terms(doc):
        return True
    if part.kind in AMOUNT_ANSWERS:
        unsaid = any(leaves_unsaid(u, part) for u in unsaid_amounts(doc))
        return unsaid or withholds_the_figure(doc, part)
    if part.kind in PARTY_ANSWERS:
        roles = asked_roles(part)
        nouns = withheld_party_nouns(doc) if roles else []
        return any(t.lemma_.lower() in roles and of_the_asked(t, part) for t in nouns)
    return part.focus is not None and part.focus in withheld_nouns(doc)
