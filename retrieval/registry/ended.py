"""A deal noun whose own clause says the deal was ended: "the takeover of Fairchild by
Fujitsu which was withdrawn", "the merger, abandoned last year". The deal is over, whatever
the sentence's main verb says of it. An ending only tried ("sued to block the merger"),
refused or negated ("the court refused to block the merger", "denied a motion to block it",
"did not block it") is no ending: what it would end is a deal agreed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.cue_words import ENDING, HINDERING_VERBS, REFUSING_VERBS, UNDOING_VERBS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token


# A firm may be dissolved: "the purchase of Benton, which was dissolved in 1985".
_ENDING_A_FIRM = frozenset({"dissolve"})


def ended_by_its_clause(deal: Token) -> bool:
    """A clause on the deal noun ends it; so does one the parse hung on the last firm of
    the deal's phrase ("the takeover of Fairchild by Fujitsu Ltd which was withdrawn"),
    when the deal undergoes it: passive, its subject the relative pronoun (not "Benton
    Corp, which Corwin had rejected": that clause is about the firm)."""
    if deal.pos_ not in {"NOUN", "PROPN"}:
        return False
    named = [
        noun
        for prep in deal.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
    on_names = [c for noun in named for c in noun.children if _undergone(c)]
    return any(_ends_its_noun(clause) for clause in [*deal.children, *on_names])


def _undergone(clause: Token) -> bool:
    relative = any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in clause.children)
    return relative and clause.lemma_.lower() not in _ENDING_A_FIRM


def _ends_its_noun(clause: Token) -> bool:
    """A relative clause ("which was withdrawn", "that Allegis rejected") or a participle
    ("abandoned last year") of ending, not negated, whose verb has no object of its own:
    "the merger, which ended the dispute" ends the dispute, not the merger."""
    relative = clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ == "VBN")
    if not relative or clause.lemma_.lower() not in ENDING:
        return False
    children = list(clause.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    return not any(c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"} for c in children)


# Verbs of trying: an ending they govern is only attempted.
_ATTEMPTING = frozenset("aim try attempt seek sue fight".split())


def attempted_ending(path: Sequence[Token]) -> tuple[set[Token], bool]:
    """ "a suit aimed at blocking the sale", "seeks to void the issue": an ending (or
    hindering) verb on the deal's path whose nearest verb or noun above is one of trying.
    The attempt presupposes the deal (one cannot block what was never agreed) and says it
    is not yet undone: neither the ending nor the trying denies it. Returns the exempted
    nodes and whether the deal is presupposed: so it is by trying or refusing to end it,
    not by an ending merely negated ("has not yet blocked the proposed merger": pending)."""
    found: set[Token] = set()
    presupposed = False
    for node in path:
        attempt = _attempt_over(node, path[0])
        if attempt is not None:
            found |= {node, attempt}
            presupposed = presupposed or attempt.dep_ != "neg"
    return found, presupposed


def _attempt_over(node: Token, deal: Token) -> Token | None:
    if node.pos_ != "VERB" or node.lemma_.lower() not in ENDING | HINDERING_VERBS:
        return None
    above = next((a for a in node.ancestors if a.pos_ in {"VERB", "NOUN"}), None)
    if above is not None and above.lemma_.lower() in _ATTEMPTING:
        return above
    return _refusal_over(node) if _ends_its_object(node, deal) else None


def _ends_its_object(ending: Token, deal: Token) -> bool:
    """The deal is what the ending acts on, its object ("block the merger"), not an
    activity it stops or keeps going ("could not stop buying dollars": aspect, no deal
    ended)."""
    return any(c.dep_ == "dobj" and deal in c.subtree for c in ending.children)


def _refusal_over(ending: Token) -> Token | None:
    """The negation of an ending that hinders or undoes ("did not block the merger", "did
    not terminate its agreement": its own "not"; not "has not rejected the proposal", which
    decides nothing), or a refusal whose complement the ending is ("refused to block",
    "denied the motion for an injunction to block the merger"), itself not negated.
    Refusing to end a deal leaves it standing, as trying to end it does."""
    own = next((c for c in ending.children if c.dep_ == "neg"), None)
    if own is not None:
        return own if ending.lemma_.lower() in UNDOING_VERBS else None
    refusal = _governing_verb(ending)
    if refusal is None or refusal.lemma_.lower() not in REFUSING_VERBS:
        return None
    return None if any(c.dep_ == "neg" for c in refusal.children) else refusal


def _governing_verb(ending: Token) -> Token | None:
    """The verb whose complement the ending is: through an infinitive ("refused to block",
    xcomp) or a noun that asks for it ("a request to block": acl, or an infinitival
    relcl), up that noun's prepositions ("the motion for an injunction to block the
    merger", the "for" often hung on the verb) to the verb it is the object of.
    Not through a conjunct, an adverbial, a finite relative or a clausal object ("denied the
    appeal and blocked", "rejected the appeal, blocking", "denied it would block": a
    statement)."""
    if ending.dep_ == "xcomp" and ending.head.pos_ in {"VERB", "AUX"}:
        return ending.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in ending.children)
    asked = ending.dep_ == "acl" or (ending.dep_ == "relcl" and infinitive)
    if not asked or ending.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = ending.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
        if noun.pos_ in {"VERB", "AUX"}:
            return noun
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    return None


def hindering(verb: Token | None) -> bool:
    """A verb of ending or hindering ("refused to block the merger of A with B", "did not
    void the sale of B to A"): its subject acts on a deal whose phrase names its own
    parties, from outside it (deal_nouns does not make that subject a party)."""
    return verb is not None and verb.lemma_.lower() in ENDING | HINDERING_VERBS
