"""Whose an amount is: a firm the question does not name ("Brierley launched a bid at 4.20
dlrs" for "what is Corvex offering"), or the payer the question names, paid ("repurchased
9.1 pct from Nortek for 42 dlrs" for "what did Nortek pay").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import name_key, same_party
from retrieval.reading.amounts import MEASURE_KINDS
from retrieval.reading.asked_roles import CLAUSES
from retrieval.reading.asking import Part
from retrieval.reading.kinds import (
    CHANGE_VERBS,
    OFFER_WORDS,
    SHARE_NOUNS,
    Kind,
    a_result_noun,
    focus_kind,
)
from retrieval.reading.named_subjects import (
    PRONOUNS,
    has_subject,
    name_around,
    named_subject,
    path_up_to,
)
from retrieval.reading.payments import BUYING_VERBS, PAYING_OUT, asks_a_payment
from retrieval.reading.relations import MODIFIERS
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.syntax import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def asks_whose(part: Part) -> bool:
    """The part asks an amount that is some party's: a sum or a stake, or "how much" a
    party paid or got ("how much did Unilever get when it sold Stauffer": what
    Chesebrough paid for Stauffer is Chesebrough's payment, whatever unit "how much"
    is answered in)."""
    return part.kind in MEASURE_KINDS or (part.kind is Kind.AMOUNT and asks_a_payment(part))


def stated_of_another(span: Span, names: list[str]) -> bool:
    """The amount belongs to a firm the question does not name: the possessor of the noun
    a money amount modifies ("Osko's 50 mln dlr offer") or of the noun whose infinitive
    holds it ("Osko's plan to pay 50 mln dlrs"), or else the named subject of its
    clause -- a proper name, not "the parent company"; a relative pronoun's or a pronoun's
    antecedent; for a verb with no subject of its own, the clause's above. Not the one who
    reports the figure ("CSAC said"), nor when the amount goes to an asked firm ("sell
    20 pct to Corvex")."""
    owner = _possessor(span) or _controller(span.root)
    if owner is not None:
        # "the Fed approved their proposed 1.19 billion dlr merger": the merger is theirs
        given = name_around(owner) if owner.pos_ == "PROPN" else ""
        return bool(given) and not any(same_party(name, given) for name in names)
    verb = _clause_verb(span.root)
    # who "said" is the source of the figure, not its party; but "Shell reported an
    # annual profit of $17.5bn": a result reported as a noun is the reporter's own
    if verb.lemma_.lower() in REPORTING_VERBS and not _in_its_object(span, verb):
        return False
    if any(same_party(name, name_around(r)) for r in _recipients(verb) for name in names):
        return False  # "Halden said it would sell 20 pct of Osko to Corvex": Corvex's
    for child in verb.children:
        subject = named_subject(child) if child.dep_ in ("nsubj", "nsubjpass") else None
        given = name_around(subject) if subject is not None else ""
        if not given or any(same_party(name, given) for name in names):
            continue
        if subject is not None and _described_by(subject, names):
            continue
        # a pronoun is read less surely than a name: it stands for another firm only if
        # no word of that firm's name is asked ("Vetra Oy ... it" for "vetra osko deal")
        if child.lower_ not in PRONOUNS or not _shares_a_word(given, names):
            return True
    return False


def _described_by(subject: Token, names: list[str]) -> bool:
    """ "OII Holdings Corp, a company formed by Kohlberg Kravis Roberts" for "what did KKR
    pick up": a firm an apposition ties to an asked one (formed by it, its unit) acts for
    it, as the article introduces it."""
    described = [c for c in subject.children if c.dep_ == "appos"]
    return any(
        same_party(name, name_around(t))
        for apposition in described
        for t in apposition.subtree
        if t.pos_ == "PROPN" and t.dep_ != "compound"
        for name in names
    )


def paid_by_another_asked(span: Span, part: Part) -> bool:
    """The amount is paid or offered by another firm the question names, in another role:
    "USAir offered to buy 50 pct for 71 dlrs" for "what did Norfolk Southern offer for
    USAir" (the asked target is the clause's bidder)."""
    paying = PAYING_OUT | OFFER_WORDS
    payers = [name for verb, role, name in part.arguments if role == "subj" and verb in paying]
    if not payers:
        return False
    asked = {*part.names, *(name for _, _, name in part.arguments)}
    others = [name for name in asked if not any(same_party(name, p) for p in payers)]
    controller = _controller(span.root)  # "granted Nevin an option to buy ... at 34 dlrs"
    if controller is not None:
        given = name_around(controller)
        return not any(same_party(p, given) for p in payers) and _one_of(given, others)
    # the first verb above with a subject, through a paying one ("offered to buy X for")
    verbs = [a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")]
    verb = next((v for v in verbs if has_subject(v)), None)
    if verb is None:
        return False
    path = verbs[: verbs.index(verb) + 1]
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for v in path for c in v.children)
    if passive or not any(v.lemma_.lower() in paying for v in path):
        return False  # "Bayou agreed to be acquired for six dlrs": Bayou is paid
    for child in (c for c in verb.children if c.dep_ == "nsubj"):
        subject = named_subject(child)
        given = name_around(subject) if subject is not None else ""
        payer = any(same_party(p, given) for p in payers)
        if not payer and _one_of(given, others):
            return True
    return False


def _one_of(given: str, names: list[str]) -> bool:
    """A name was found and is the same party as one of the names."""
    return bool(given) and any(same_party(name, given) for name in names)


def paid_to_the_payer(span: Span, part: Part) -> bool:
    """The amount was paid to the party the question says paid it: "Rexham repurchased
    9.1 pct from Nortek for 42 dlrs each" for "what did Nortek pay": what is bought
    "from" a firm is paid to it."""
    payers = [name for _, role, name in part.arguments if role == "subj"]
    if part.predicate not in PAYING_OUT or not payers:
        return False
    verb = _clause_verb(span.root)
    if verb.lemma_.lower() not in BUYING_VERBS:
        return False  # "received 50 mln dlrs from Corvex": Corvex paid it
    # "from" hangs on the verb or, as often, on what is bought ("9.1 pct from Nortek")
    path = path_up_to(span.root, verb)
    heads = [*path, *(c for t in path for c in t.children if c.dep_ in ("dobj", "conj"))]
    sellers = [o for h in heads for p in h.children if p.lower_ == "from" for o in p.children]
    return any(same_party(payer, name_around(o)) for o in sellers for payer in payers)


def _possessor(span: Span) -> Token | None:
    """Whose the amount is by a possessive: a sum, its noun's possessor's ("Osko's 50 mln
    dlr offer"); a percentage, that of the holding it measures ("Placer's stake ... to 74.5
    pct"), never of shares, whose possessor issued them ("19.6 pct of Viacom's shares")."""
    if span.label_ == "MONEY":
        return _owner_of_measured(span.root) or _maker_of_offer(span.root)
    return _holder_of_measured(span.root) if span.label_ == "PERCENT" else None


def _maker_of_offer(amount: Token) -> Token | None:
    """ "an offer it received from Trans World Airlines to buy USAir for 52 dlrs", "a bid
    by Osko at 40 dlrs": the sum of an offer is its maker's, whom "from" or "by" names on
    the offer or on the verb receiving it."""
    offer = next(
        (a for a in list(amount.ancestors)[:MAX_OFFER_DEPTH] if a.lemma_.lower() in OFFER_WORDS),
        None,
    )
    if offer is None or offer.pos_ != "NOUN":
        return None
    receiving = [c for c in offer.children if c.dep_ == "relcl" and c.lemma_ in RECEIVING]
    for node in (offer, *receiving):
        for prep in node.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
                maker = next((g for g in prep.children if g.pos_ == "PROPN"), None)
                if maker is not None:
                    return maker
    return None


# How far above an amount its offer noun may be ("offer ... to buy X for 52 dlrs cash").
MAX_OFFER_DEPTH = 6
RECEIVING = frozenset({"receive", "get"})


def _owner_of_measured(amount: Token) -> Token | None:
    """The possessor of the noun an amount modifies ("their 1.19 billion dlr merger",
    "Corvex's 50 mln dlr offer"), or of the amount itself ("Halden's three billion dlrs of
    debt"), whose the amount is, whoever the clause is about."""
    # a pronoun's firm is its clause's subject, read after ("Vetra said its 50 mln dlrs")
    own = next((c for c in amount.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if own is not None:
        return own
    if amount.dep_ not in MODIFIERS or amount.head.pos_ != "NOUN":
        return None
    return next((c for c in amount.head.children if c.dep_ == "poss"), None)


def _holder_of_measured(amount: Token) -> Token | None:
    """The possessor of a holding a percentage measures, who holds it: "Placer's 20 pct
    stake", "increasing Placer's stake in Equity to 74.5 pct" (the holding's new size)."""
    noun = amount.head
    if amount.dep_ == "pobj" and noun.lower_ == "to" and noun.head.lemma_.lower() in CHANGE_VERBS:
        noun = next((c for c in noun.head.children if c.dep_ == "dobj"), noun)
    elif amount.dep_ not in MODIFIERS:
        return None
    holding = noun.pos_ == "NOUN" and focus_kind(noun.lemma_) is Kind.PERCENT
    if not holding or noun.lemma_.lower() in SHARE_NOUNS:  # "Viacom's shares": the issuer
        return None
    # "its stake": the pronoun's firm is its clause's subject, read below
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def _controller(amount: Token) -> Token | None:
    """Who does what an infinitive after a noun says: the noun's possessor ("the
    management's plan to repurchase up to 380 mln dlrs": the management would buy), not
    the subject of the verb the noun hangs on ("S and P cited ...")."""
    verb = verb_above(amount)
    noun = verb.head
    if has_subject(verb) or verb.dep_ != "acl" or noun.pos_ != "NOUN":
        return None
    own = next((c for c in noun.children if c.dep_ == "poss"), None)
    return own if own is not None else _given_to(noun)


# Nouns of a right to act that the receiver holds: "granted X an option/right to buy".
_RIGHTS_GIVEN = frozenset({"option", "right", "warrant", "entitlement"})


def _given_to(noun: Token) -> Token | None:
    """Who is given the noun: "Firestone granted Nevin an option to buy": an option, a
    right, given to someone is held by, and its infinitive done by, the one it is given
    to (the verb's dative), not the giver. Only a noun of a right held: a proposal or an
    offer sent to someone is acted on by its sender ("sent Halden a proposal to acquire")."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in _RIGHTS_GIVEN:
        return None
    return next((c for c in noun.head.children if c.dep_ == "dative"), None)


def _recipients(verb: Token) -> list[Token]:
    """Who a verb gives to: its dative ("sell Corvex 20 pct") or the object of its "to"."""
    found = [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "PROPN"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        found += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    return found


def _clause_verb(token: Token) -> Token:
    """The verb whose subject an amount is said of: the first verb above it; for a verb
    with no subject of its own ("X is in talks ... to take a 20% stake"), the clause it
    hangs on."""
    verb = verb_above(token)
    while not has_subject(verb) and verb.dep_ in CLAUSES and verb.head.i != verb.i:
        verb = verb_above(verb.head)
    return verb


def _in_its_object(span: Span, verb: Token) -> bool:
    """The amount stands in a noun "report" takes ("reported an annual profit of
    $17.5bn": what a firm reports as its result), not as the object itself (the parse's
    slip for "said 50 mln dlrs was paid"). Other reporting verbs tell of others' deals as
    nouns too ("Halden announced the sale of Osko to Corvex for 50 mln dlrs"), but a
    period's result is its announcer's whatever the verb ("expect Hang Seng to announce
    net profit of one billion dlrs")."""
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.i not in range(span.start, span.end)
        and c.left_edge.i <= span.start
        and span.end - 1 <= c.right_edge.i
    ]
    if verb.lemma_.lower() == "report":
        return bool(objects)
    return any(a_result_noun(c) for c in objects)


def _shares_a_word(name: str, names: list[str]) -> bool:
    words = set(name_key(name).split())
    return any(words & set(name_key(other).split()) for other in names)
