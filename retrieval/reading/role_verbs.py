"""Verbs that give their doer one role: a question may ask with one verb ("who holds the
rest of the equity", "who builds the systems", "who is heading the team") and the article
say it with another, often in the passive ("is owned by", "are made by", "a delegation
led by"). The by-agent of such a passive is the subject of the active verb, so it answers
the asked "who" whichever verb of the class the article chose.

The classes are WordNet's main senses grouped by what the doer is to the thing: its
holder (own.v.01 {own, have, possess}; have.v.01 {have, hold}; "control"), the one in
charge of it (lead.v {lead, head}, run.v {operate, run}, "direct", "chair", "manage"),
its maker (build.v.01 {construct, build, make}, produce.v.02 {produce, make, create},
manufacture.v.01), its buyer (buy.v.01 {buy, purchase}; "acquire"). WordNet reaches
"own" from "hold" only through the light verb "have", and "make" is too general to take
its kin from, so the classes are kept as data here. A former holder is the seller ("who
owned it before" asks who sold it), a new one the buyer ("who ended up owning it").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.text import stem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

HOLDING = frozenset({"own", "hold", "possess", "control"})
LEADING = frozenset({"lead", "head", "run", "direct", "chair", "manage"})
MAKING = frozenset({"make", "build", "manufacture", "produce", "construct", "assemble"})
# buying: buy.v.01 {buy, purchase}, whose way "acquire" (get.v.01's acquire) is
BUYING = frozenset({"buy", "purchase", "acquire"})
ROLE_CLASSES = (HOLDING, LEADING, MAKING, BUYING)
# Verbs telling a sale, from either side: a former holder is its seller.
SALE_VERBS = BUYING | {"sell"}
# Verbs whose word family is read first as its doers: "management" is those in charge
# more than the act ("a group that includes senior management" says not who leads it),
# so a sentence with it covers no verb of being in charge.
_NOUN_FIRST = frozenset({"manage"})
# Adverbs putting a state before now: "who owned it before", "who previously held it".
_EARLIER = frozenset({"before", "previously", "formerly", "earlier", "originally"})
# Verbs whose only sense is holding a thing; "hold" and "control" hold offices, talks and
# markets too, and are a holding only of a firm, of what stands for one, or of a stake.
_ONLY_HOLDING = frozenset({"own", "possess"})
_HELD_NOUNS = frozenset({"stake", "share", "interest", "pct", "percent", "%", "majority"})
# Verbs of coming to a state, with their particle: "ended up owning", "wound up holding".
_COMING_TO = frozenset({("end", "up"), ("wind", "up")})
# Modifiers that are part of a noun's own phrase ("the Halden turbines", "Halden Ltd's
# equity"), not the phrases hung on it ("talks with Halden Ltd").
NOUN_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})


def same_role_verbs(predicate: str | None) -> frozenset[str]:
    """The asked verb and the verbs of its class, whose doer has the asked role."""
    if predicate is None:
        return frozenset()
    return frozenset({predicate}).union(*(c for c in ROLE_CLASSES if predicate in c))


def role_kin(verb: str, predicate: str | None) -> frozenset[str]:
    """Verbs an article may tell the asked role by, for a question's verb: the other
    verbs of its class ("made" for "builds"); for a holder asked before now (the asked
    predicate made "sell") or come to (made "buy"), the verbs of the sale that ended or
    began the holding ("acquired X from Timex" for "who owned X before")."""
    if predicate in ("sell", "buy") and verb in HOLDING:
        return SALE_VERBS  # a holding ended or begun by a sale
    if predicate is None or verb != predicate:
        return frozenset()
    return same_role_verbs(predicate) - {predicate} - _NOUN_FIRST


def acted_on(span: Span, predicate: str | None, names: Sequence[str]) -> tuple[str, ...]:
    """What the question's verb of a role acts on: the stem of its object's head (a
    common noun: "turbines" of "who builds the Halden turbines") and the question's names
    in the object's own phrase ("Halden Ltd", "Osko" of "the Osko team"). Another verb of
    the class answers only of that: "Corvex held talks with X" says nothing of who owns
    X, and "held talks" is no answer to "who owns X" ("held" holds talks)."""
    verbs = same_role_verbs(predicate) | (HOLDING if predicate in ("sell", "buy") else set())
    found: list[str] = []
    for token in span:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        for noun in _objects(token):
            if noun.pos_ == "NOUN":
                found.append(stem(noun.lower_))
            phrase = noun_phrase_text(noun)
            found += [name for name in names if name in phrase]
    return tuple(dict.fromkeys(found))


def acts_on_the_asked_thing(verb: Token, part: Part) -> bool:
    """The verb's object or passive subject, or the noun its participle hangs on ("a
    delegation led by"), has the question's object noun or one of its names (acted_on).
    When the question qualifies the thing by a name ("Osko's stake", "the Halden fund"),
    one noun must have both: a verb other than the asked one acting on any stake
    says nothing of Osko's ("Vetra raised its stake", "established a new fund")."""
    nouns = _objects(verb, phrasal=False)
    if verb.dep_ in ("acl", "relcl"):
        nouns.append(verb.head)
    names = [n for n in part.acted_on if n in part.names]
    stems = set(part.acted_on) - set(names)
    # the names the question qualifies the asked noun by ("Osko's stake", "the Halden
    # fund"); a name that is itself the thing ("the Osko team" parsed apart) is not one
    owners = {q for noun, q in part.qualified if stem(noun) in stems}

    def named(noun: Token, words: set[str]) -> bool:
        return any(word in noun_phrase_text(noun) for word in words)

    if stems and owners:
        return any(stem(noun.lower_) in stems and named(noun, owners) for noun in nouns)
    return any(stem(noun.lower_) in stems or named(noun, set(names)) for noun in nouns)


def _objects(verb: Token, phrasal: bool = True) -> list[Token]:
    """The verb's object or passive subject; of a phrasal verb, the object of the
    preposition right after its particle too: "with" takes the object of "come up with"
    ("came up with the Halden process"), not a phrase of time or place ("in 1990")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not phrasal:
        return found
    particles = {c.i for c in verb.children if c.dep_ == "prt"}
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i - 1 in particles]
    return found + [g for c in preps for g in c.children if g.dep_ == "pobj"]


def noun_phrase_text(noun: Token) -> str:
    """The noun with the words of its own phrase before it ("Halden Ltd 's equity")."""
    words = [noun]
    for word in words:
        words += [c for c in word.children if c.dep_ in NOUN_MODIFIERS | {"case"}]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def a_former_holder(verb: Token) -> bool:
    """The verb asks who held a thing before now ("who owned it before"): a verb of
    holding in the past, with an adverb of anteriority standing alone ("before 1990"
    dates the holding, and says nothing of a sale); "hold" a thing held ("who previously
    held the chairman's post" asks no seller)."""
    if not _holds_a_thing(verb) or (verb.tag_ != "VBD" and not _perfect(verb)):
        return False
    return any(
        child.lower_ in _EARLIER and child.dep_ == "advmod" and not list(child.children)
        for child in verb.children
    )


def _holds_a_thing(verb: Token) -> bool:
    """ "own", "possess"; "hold", "control" a name, a pronoun for one, or a stake."""
    lemma = verb.lemma_.lower()
    if lemma in _ONLY_HOLDING:
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return lemma in HOLDING and any(
        o.pos_ in ("PROPN", "PRON") or o.ent_type_ or o.lemma_.lower() in _HELD_NOUNS
        for o in objects
    )


def a_new_holder(verb: Token) -> bool:
    """The verb asks who came to hold a thing ("who ended up owning it"): coming to hold
    a thing is acquiring it, so the buyer answers."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if (verb.lemma_.lower(), particle) not in _COMING_TO:
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in HOLDING
        for c in verb.children
    )


def _perfect(verb: Token) -> bool:
    """ "who had owned it before": a perfect of the past."""
    return verb.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)
