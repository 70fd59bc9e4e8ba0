"""Parts that say little of their own: "... and for how much?" continues the clause
before it, "it" stands for the names of the part before, and a first part after a topic
("Corvex debenture to its parent - how big?") is about that topic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.reading.kinds import PARTY_ANSWERS, Kind, focus_kind
from retrieval.reading.question_parts import CONTEXT_MARKS
from retrieval.text import QUESTION_WORDS, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import Part

# A part with fewer content words than this continues the previous part ("and for how much").
ELLIPSIS_TERMS = 2


def continue_ellipses(
    parts: list[Part],
    referring: list[bool],
    without_verbs: list[bool],
    topic: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    pointing: Sequence[int | None] = (),
) -> tuple[Part, ...]:
    """ "... and to what level?", "... and on what share-exchange terms?": a part that says
    almost nothing of its own, or has no verb, continues the clause before it, whose words
    it borrows. A part that names nobody but speaks of "it", "they" or "that" is about the
    names of the part before ("... and roughly what did it shell out?"). A first part that
    says almost nothing is about the topic set before it ("debenture to its parent - how
    big"): it borrows the topic's words, and, naming nobody itself nor asking for a party,
    the topic's names ("Halden purchase - how much?" asks what was paid for Halden).
    `topic`: its terms and the question's names within it. `pointing`: for each part, the part
    before whose asked firm it points to ("who chairs that company"), if any."""
    topic_terms, topic_names = topic
    kept: list[Part] = []
    points = pointing or [None] * len(parts)
    for part, refers, elliptical, firm in zip(parts, referring, without_verbs, points, strict=True):
        says_little = len(part.terms) < ELLIPSIS_TERMS or elliptical
        if not kept and says_little and (topic_terms or topic_names):
            kept.append(_about_the_topic(part, topic_terms, topic_names))
        elif not kept and elliptical and not part.names and len(parts) > 1:
            kept.append(_of_the_clause_after(part, parts[1]))
        elif kept and says_little and not part.names:
            # "Who bought Tricil, and for how much?": what the clause asks of a party is
            # asked of the answer ("for how much did [who] buy it")
            borrowed = tuple(dict.fromkeys([*part.terms, *kept[-1].terms]))
            answer = kept[-1].kind in PARTY_ANSWERS
            kept.append(replace(part, terms=borrowed, names=kept[-1].names, of_an_answer=answer))
        elif kept and (refers or firm is not None) and not part.names:
            kept.append(_referring_back(part, kept, firm))
        else:
            kept.append(part)
    return tuple(_totals_of_before(kept))


def _about_the_topic(
    part: Part, topic_terms: tuple[str, ...], topic_names: tuple[str, ...]
) -> Part:
    """A first part saying almost nothing, with the topic's words and names."""
    borrowed = tuple(dict.fromkeys([*part.terms, *topic_terms]))
    # a party asked for ("Corvex/Halden deal - who is paying?") is one of the topic's
    # names, which the part cannot take as given
    given = topic_names if part.kind not in PARTY_ANSWERS else ()
    kind = _measured(part.kind, topic_terms)
    return replace(part, kind=kind, terms=borrowed, names=part.names or given)


def _referring_back(part: Part, kept: list[Part], firm: int | None) -> Part:
    """ "which company controls X, and what stake did it buy": "it" may be the answer;
    "whose offer ..., and who chairs that company": that company is."""
    answer = kept[-1].kind in PARTY_ANSWERS
    pointed = firm is not None and kept[firm].kind in PARTY_ANSWERS
    return replace(
        part,
        names=kept[-1].names,
        of_an_answer=answer or pointed,
        about_the_answer=pointed,
        answer_of=firm if pointed else None,
    )


def _of_the_clause_after(part: Part, following: Part) -> Part:
    """ "What size and coupon does the issue carry": a first noun joined to the next
    part's shares the clause that follows it, whose words (but its noun) and names it
    borrows."""
    own = set(terms(following.focus)) if following.focus else set()
    shared = [term for term in following.terms if term not in own]
    borrowed = tuple(dict.fromkeys([*part.terms, *shared]))
    return replace(part, terms=borrowed, names=following.names)


# Kinds a topic's noun gives to an amount asked of it without a class ("stake - size?").
_MEASURED = frozenset({Kind.PERCENT, Kind.MONEY, Kind.COUNT})


def _measured(kind: Kind, topic_terms: tuple[str, ...]) -> Kind:
    """ "Leaseway stake - size?": an amount of no class ("size", "how big") is measured in
    the unit of the one topic noun that has one (a stake in a percentage)."""
    if kind is not Kind.AMOUNT:
        return kind
    kinds = [k for k in {focus_kind(term) for term in topic_terms} if k in _MEASURED]
    return kinds[0] if len(kinds) == 1 else kind


# Nouns that aggregate a measure without naming it: "and what's the total?" totals the
# measure the part before asked for (a price per share: the whole price).
AGGREGATES = frozenset({"total", "sum", "aggregate"})


def _totals_of_before(parts: list[Part]) -> list[Part]:
    totals = list(parts)
    for index in range(1, len(totals)):
        before = totals[index - 1].kind
        if totals[index].focus in AGGREGATES and before in (Kind.MONEY, Kind.AMOUNT):
            totals[index] = replace(totals[index], kind=before)
    return totals


def topic_text(context: Span) -> str:
    """The words of a topic set before a dash ("Corvex debenture - how big?"); a fronted
    adjunct ("After the debenture sale, how much is Ostel paying?") says when or on what
    condition, not what is asked about, and lends none. The topic's own words, not its
    names: a name the question's reading missed ("Corvex takeover of Halden - who
    advised?", the tagger taking "Corvex" for a noun) would anchor every mention of the
    firm. A capitalised word may be a name."""
    if len(context) == 0 or context[-1].text not in CONTEXT_MARKS:
        return ""
    return " ".join(
        t.text for t in context if t.pos_ in ("NOUN", "VERB", "ADJ") and not t.text[0].isupper()
    )


def verbless(span: Span) -> bool:
    """A part with no verb of its own ("and on what terms?") is the rest of a clause."""
    return not any(token.pos_ in ("VERB", "AUX") for token in span)


def refers_back(span: Span) -> bool:
    """The span holds a third-person or demonstrative pronoun ("it", "their", "that"),
    which stands for something named before it."""
    for token in span:
        if token.pos_ != "PRON":
            continue
        kind = token.morph.get("PronType", [])
        if "Dem" in kind or ("Prs" in kind and token.morph.get("Person", []) == ["3"]):
            return True
    return False


def points_to_a_firm(span: Span, before: Span | None, asked: Sequence[str | None]) -> int | None:
    """Which part before asks for the firm a demonstrative before a noun for a firm ("that
    company", "this group") stands for, or None. A noun a part before asked for (`asked`:
    each part's focus; "which Borg-Warner shareholder ..., and who leads the group that
    offered to acquire that shareholder?") is that part's answer; another noun the part
    just `before` did not use is the firm it asks for, not one it named. A noun it used is
    repeated ("the corn milling business, and what were that business's sales")."""
    used = {t.lemma_.lower() for t in before} if before is not None else set()
    for token in span:
        if token.pos_ != "DET" or "Dem" not in token.morph.get("PronType", []):
            continue
        noun = token.head.lemma_.lower()
        if noun in asked and _a_firm_noun(token.head, set()):
            return len(asked) - 1 - list(reversed(asked)).index(noun)
        if before is not None and _a_firm_noun(token.head, used):
            return len(asked) - 1
    return None


def _a_firm_noun(noun: Token, used: set[str]) -> bool:
    """ "company", "group", "buyer": not "this year", "that price", nor a noun used before."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and focus_kind(lemma) in (Kind.ORG, Kind.AGENT) and lemma not in used


def parts_pointed_to(
    doc: Doc, spans: Sequence[tuple[int, int]], focuses: Sequence[str | None]
) -> list[int | None]:
    """For each part's span, the earlier part whose asked firm it points to, if any."""
    return [
        points_to_a_firm(doc[start:end], doc[slice(*spans[i - 1])] if i else None, focuses[:i])
        for i, (start, end) in enumerate(spans)
    ]


def topic_of(
    context: Span, name_terms: set[str], parties: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The topic set before the question ("Halden purchase - how much?"): its terms, and
    the question's names within it."""
    words = topic_text(context)
    own_terms = tuple(t for t in content_terms(words) if t not in name_terms)
    return own_terms, tuple(n for n in parties if n in context.text) if words else ()


def content_terms(text: str) -> list[str]:
    """The text's terms, without those of question words."""
    question_stems = {t for word in QUESTION_WORDS for t in terms(word)}
    return [t for t in terms(text) if t not in question_stems]
