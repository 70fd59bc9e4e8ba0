"""What a question's clauses say of time and scope: the present perfect asking every
partner ever ("who has X teamed up with"), perfect aspect (time up to now), and the
adverbial clauses that set the asked clause's time or condition, whose verb is not the
asked one; the act a verb of expecting or trying takes for complement, which is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.act_frames import takes_an_act
from retrieval.reading.kinds import DEAL_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def partners_ever(span: Span, predicate: str | None) -> bool:
    """ "Who has X teamed up with?", "With whom has X formed ventures?": the partner of a
    verb of allying, asked in the present perfect, which spans all time up to now, asks for
    every partner; "who did X team up with" (past), "who had X teamed up with" (a time
    before another) or "who has X most recently teamed up with" (one picked out) ask for
    one. The parser often takes a fronted "who" for a subject, so the "with" (stranded or
    fronted) says who is asked; it must be the allying verb's, not another's ("who has X
    agreed to merge with": the merger's partner)."""
    if predicate not in DEAL_VERBS or not _present_perfect(span) or _picks_one(span):
        return False
    first = next((t for t in span if not t.is_punct), None)
    withs = [
        t
        for t in span
        if t.lower_ == "with"
        and (t == first or all(c.dep_ != "pobj" or c.tag_ in ("WP", "WDT") for c in t.children))
    ]
    return any(w.head.lemma_.lower() == predicate for w in withs)


# Words that pick one out of many ("the latest agreement", "most recently", "first").
_PICKING = frozenset("latest last first recently newest most".split())


def _picks_one(span: Span) -> bool:
    return any(t.lower_ in _PICKING or t.tag_ in ("JJS", "RBS") for t in span)


def _present_perfect(span: Span) -> bool:
    """ "has", "have" before a past participle (however parsed), not the past "had"."""
    return any(t.lemma_ == "have" and t.tag_ in ("VBZ", "VBP") for t in span)


def perfect(span: Span) -> bool:
    """Perfect aspect ("have been working", "has held"): time up to now."""
    return any(t.lemma_ == "have" and t.dep_ == "aux" for t in span)


def adverbial_clauses(span: Span, anchor: Token | None) -> frozenset[int]:
    """Words of the adverbial clauses that set the asked one's time or condition ("once
    expenses are paid out", "when it sold Stauffer"): their verb is not the asked one. Not
    a participle the parser hung on an inverted "be" ("how much are Halden Corp and Osko
    Ltd investing"): that is the asked verb in the progressive."""
    inside = set()
    for token in span:
        if token.dep_ == "advcl" and not _progressive_clause(token):
            words = {t.i for t in token.subtree}
            inside |= set() if anchor is not None and anchor.i in words else words
    return frozenset(inside)


def _progressive_clause(verb: Token) -> bool:
    """A present participle after the "be" it hangs on, with no word marking a clause."""
    marked = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)
    after_be = verb.head.lemma_.lower() == "be" and verb.head.i < verb.i
    return verb.tag_ == "VBG" and after_be and not marked


def complement_asked(verb: Token, verbs: list[Token]) -> Token:
    """The verb an asked verb's complement names, when the asked verb, in its main sense,
    takes an infinitive or a gerund for what is done ("how much does Allegis expect to
    bring in", "which part of Santa Fe is KCS still trying to acquire", "did they fail to
    agree terms"): expecting, trying, failing only say how sure or near the act is. Not a
    verb choosing or using something for an act ("which engine did Airbus choose to power
    the A340": what was chosen), nor a passive ("which firm was hired to place them"), nor
    a verb with an object ("want banks to put in"). Nor a verb of making a deal ("agree to
    buy", "sign to supply"): the agreement is itself the deal asked about, whose date and
    terms are its own ("till what date did TWA agree not to buy more shares")."""
    while _takes_an_act(verb) and not any(
        c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children
    ):
        complement = next((c for c in verb.children if c.dep_ == "xcomp" and c in verbs), None)
        if complement is None:
            break
        verb = complement
    return verb


def _takes_an_act(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma not in DEAL_VERBS and takes_an_act(lemma)
