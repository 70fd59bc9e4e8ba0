"""Firms a question describes instead of naming, found by name in an article.

A paraphrased question describes its parties ("how big a holding is Finland's state-owned
miner taking"), and its article names them with much the same words, before the name or in
an apposition: "Finland's state-owned mining company Outokumpu Oy", "Iberica del Cobre,
S.A., a manufacturer of copper tubes and rods". A name whose own phrase shares most of a
description's words is the firm described. It then owns amounts as a named party would:
"Outokumpu will acquire 21 pct" is the described miner's holding, not another firm's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from retrieval.reading.amount_owners import asks_whose
from retrieval.reading.found import Reading
from retrieval.reading.kinds import Kind, focus_kind
from retrieval.registry.org_words import FIRM_KIND_NOUNS
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import AskedQuestion, Part
    from retrieval.reading.evidence import ArticleEvidence

# Words of a noun phrase that describe it (not "the", "which", "its", punctuation).
_DESCRIBING = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
# A description has this many telling words at least ("the Norwegian shipping company"
# tells only "shipping").
MIN_WORDS = 2
# ... and a name's phrase must share this many of them, and half or more.
MIN_SHARED = 2
FIRM_LABELS = frozenset({"ORG"})
# Entity types of the words that say where a firm is from ("Finland's", "Norwegian").
_WHERE = frozenset({"GPE", "NORP", "LOC"})
_AMOUNTS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.AMOUNT, Kind.DATE, Kind.DURATION})


class Description(NamedTuple):
    words: frozenset[str]  # the stems of every word of the phrase
    telling: frozenset[str]  # those that tell the firm apart: no place, no "company"


def descriptions(doc: Doc) -> tuple[Description, ...]:
    """Each common noun phrase of the question that says enough to tell a firm by:
    "Finland's state-owned miner" tells by state, own, miner (a place or a people's word
    says only where a firm is from, "company" or "maker" only that it is one)."""
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or _asked(token) or _an_amount(token):
            continue
        phrase = [t for t in doc[token.left_edge.i : token.i + 1] if t.pos_ in _DESCRIBING]
        telling = [t for t in phrase if t.ent_type_ not in _WHERE and not _a_firm_word(t)]
        if len({s for t in telling for s in terms(t.text)}) >= MIN_WORDS:
            found.append(Description(_stems(phrase), _stems(telling)))
    return tuple(found)


def _stems(tokens: list[Token]) -> frozenset[str]:
    return frozenset(stem for t in tokens for stem in terms(t.text))


def _a_firm_word(token: Token) -> bool:
    """ "company", "group", "concern": a noun saying only that it is a firm ("miner" and
    "maker" say what it does)."""
    return token.lemma_.lower() in FIRM_KIND_NOUNS


Described = tuple[tuple[Description, tuple[str, ...]], ...]


def described_names(
    described: Sequence[Description], article: ArticleEvidence, reading: Reading
) -> Described:
    """Each description with the article's firm names whose own phrase shares the most of
    its telling words, and at least half (descriptions no name matches left out)."""
    if not described:
        return ()
    sentences = [
        s.text for s in article.sentences if any(_shared(d.telling, s.terms) for d in described)
    ]
    best: dict[Description, tuple[int, list[str]]] = {}
    for doc in reading.parse(sentences):
        for entity in (e for e in doc.ents if e.label_ in FIRM_LABELS):
            own = _phrase_terms(entity)
            for description in (d for d in described if _shared(d.telling, own)):
                count = len(description.telling & own)
                most, names = best.get(description, (0, []))
                if count > most:
                    best[description] = (count, [entity.text])
                elif count == most and entity.text not in names:
                    names.append(entity.text)
    return tuple((d, tuple(names)) for d, (_, names) in best.items())


def acting_for(name: str, described: Described) -> tuple[str, ...]:
    """The firms described by a description holding the name: "Finland's state-owned
    miner" (Outokumpu Oy) acts where the question has Finland act."""
    words = frozenset(terms(name))
    return tuple(n for d, names in described if words and words <= d.words for n in names)


def _shared(description: frozenset[str], words: frozenset[str]) -> bool:
    shared = len(description & words)
    return shared >= MIN_SHARED and 2 * shared >= len(description)


def _asked(token: Token) -> bool:
    """ "which firm": the noun a wh-word determines is what is asked, not a party (the
    parse may hang the wh-word on the verb: "Which Finnish state-owned miner paid?")."""
    first = token.left_edge.i
    before = token.doc[first - 1] if first > 0 else None
    wh = ("WDT", "WP", "WP$")
    return any(c.tag_ in wh for c in token.children) or (before is not None and before.tag_ in wh)


def _an_amount(token: Token) -> bool:
    """ "the Spanish firm's 1986 sales": an amount of a firm describes no firm."""
    return any(focus_kind(word) in _AMOUNTS for word in (token.lower_, token.lemma_))


def _phrase_terms(entity: Span) -> frozenset[str]:
    """The stems of the words describing the name: those before it in its phrase
    ("Finland's state-owned mining company Outokumpu Oy") and its appositions ("Iberica del
    Cobre, S.A., a manufacturer of copper tubes")."""
    root = entity.root
    doc = root.doc
    words = [t for t in doc[root.left_edge.i : entity.start]]
    for child in root.children:
        if child.dep_ == "appos" and child.i >= entity.end:
            words.extend(child.subtree)
    return frozenset(stem for t in words for stem in terms(t.text))


def described_in(
    part: Part, question: AskedQuestion, articles: list[ArticleEvidence], reading: Reading
) -> dict[str, Described]:
    """For a part asking a sum or a stake, whose owner is checked: the firms each article
    names that the question describes."""
    if not asks_whose(part):
        return {}
    described = descriptions(reading.parse([question.text])[0])
    unique = {article.article_id: article for article in articles}
    return {key: described_names(described, a, reading) for key, a in unique.items()}


def described_owners(names: tuple[str, ...], described: Described) -> list[str]:
    """The firms described where the question writes a name inside the description
    ("Finland's state-owned miner"): a described firm holding no name of the question
    ("its carbon black maker") may be what is bought, not who pays."""
    return [firm for name in names for firm in acting_for(name, described)]
