"""Payments: whether a question part asks what was paid, received or put in, and whether
a sentence speaks of a payment or a deal at all -- a figure beside only an asked firm's name
("Buitoni's revenue was 429 billion lire") is a fact about that firm, no price it paid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import name_key
from retrieval.reading.anchors import NAME_WEIGHT, anchor_tokens
from retrieval.reading.asking import Part
from retrieval.reading.kinds import DEAL_NOUNS, MONEY_VERBS, OFFER_WORDS, Kind
from retrieval.reading.phrasals import paying_phrasal
from retrieval.reading.role_verbs import BUYING
from retrieval.registry.syntax import verb_above
from retrieval.text import ACQUIRE_CONCEPT, ALLIANCE_CONCEPT, INVEST_CONCEPT, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.anchors import Expansions

# Kinds whose answer may be what was paid, received or held in a deal.
PAYMENT_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.AMOUNT, Kind.PORTION})
# Stems that say a sentence speaks of a deal or a payment: a figure beside them may be
# what was paid for, or held in, whatever words the question used.
_TRADE_STEMS = frozenset(
    {
        ACQUIRE_CONCEPT,
        INVEST_CONCEPT,
        ALLIANCE_CONCEPT,
        "sell",
        "sold",
        "merger",
        "merg",
        "deal",
        "bid",
    }
)
# Verbs by which money changes hands for something: paying, spending, putting it in,
# buying, selling, receiving (not "worth", "value", "cost": what a thing measures).
PAYMENT_VERBS = frozenset(
    "pay spend invest buy acquire purchase sell get receive fetch shell fork cough".split()
)
# The verbs of paying out, not of being paid; and of buying, whose "from" is who is paid.
PAYING_OUT = (PAYMENT_VERBS - {"sell", "get", "receive", "fetch"}) | {"repurchase"}
BUYING_VERBS = BUYING | frozenset({"repurchase", "redeem"})  # role_verbs.BUYING: who buys
# Lemmas that measure what a thing is worth ("Exel is valued at 2.6bn"): a firm's worth
# is no money passing, whoever may pay it.
WORTH_WORDS = frozenset("value worth capitalise capitalize".split())
# ... of which only a firm's capital is measured.
_FIRMS_ONLY = frozenset({"capitalise", "capitalize"})
# Nouns of the same: only a firm has a capitalisation ("Activision has a stock market
# capitalisation of about $2.95bn"), whatever the parse makes of the firm's name.
_FIRM_WORTH_NOUNS = frozenset({"capitalisation", "capitalization"})
# Lemmas that say a sentence speaks of money passing: verbs of paying or of a price.
_MONEY_WORDS = (MONEY_VERBS | PAYMENT_VERBS) - WORTH_WORDS
# ... and beside an offer word, what the offer is valued at: a price offered.
_OFFER_MONEY_WORDS = _MONEY_WORDS | WORTH_WORDS


def asks_a_payment(part: Part) -> bool:
    """The part asks what a party paid, received or put in ("what did Buitoni pay for
    Vismara", "how much are they investing"), not a size ("how big is Vismara") nor a
    worth ("what is the contract worth")."""
    return part.kind in PAYMENT_KINDS and bool(part.verbs & PAYMENT_VERBS)


def asks_a_price_paid(part: Part) -> bool:
    """A payment asked as a sum of money, which may yet be paid in shares ("what is
    Royal Gold paying": "for 1.1 mln shares")."""
    return part.kind is Kind.MONEY and asks_a_payment(part)


def speaks_of_payment(doc: Doc, part: Part, expansions: Expansions | None = None) -> bool:
    """A sentence whose only word of the part is one asked firm's name gives facts about
    that firm ("Buitoni's revenue was 429 billion lire"), not about what is asked of it
    ("what did Buitoni pay for Vismara"): a figure there answers only if the sentence
    also holds a word of the asked relation, names two of the asked firms (however it
    words what passes between them), or speaks of a payment or a deal at all."""
    anchors = anchor_tokens(doc, part, expansions)
    # what an offer is valued at is a price offered; what a firm is valued at, its worth
    offered = any(token.lemma_.lower() in OFFER_WORDS for token in doc)
    money = _OFFER_MONEY_WORDS if offered else _MONEY_WORDS
    relation = [t for t, weight in anchors if weight > NAME_WEIGHT]
    if any(offered or t.lemma_.lower() not in WORTH_WORDS for t in relation):
        return True
    named = {token.lower_ for token, _ in anchors}
    asked = [name for name in part.names if set(name_key(name).split()) & named]
    if len(asked) >= 2:
        return True
    return any(
        token.lemma_.lower() in money
        or paying_phrasal(token)
        or set(terms(token.text)) & _TRADE_STEMS
        or _a_sale(token)
        for token in doc
    )


def _a_sale(token: Token) -> bool:
    """One sale, the act of selling ("the 130 mln rand cash sale"); "sales" in the plural
    are a firm's revenue ("90 mln dlrs in sales"), no deal."""
    return token.lemma_.lower() == "sale" and token.tag_ == "NN"


def worth_of_a_firm(span: Span) -> bool:
    """ "Knorr Foods Co Ltd, capitalised at four billion yen", "Halden is valued at 2.6bn",
    "a market capitalisation of $2.95bn": what a firm is worth is no money passing; what
    an offer or a deal is valued at is its price ("the offer, valued at 50 mln dlrs")."""
    word = span.root.head
    if word.dep_ == "prep":
        word = word.head  # "capitalised at"
    if word.pos_ == "NOUN" and word.lemma_.lower() in _FIRM_WORTH_NOUNS:
        return True
    if word.lemma_.lower() not in WORTH_WORDS:
        return False
    valued = _described(word)
    if valued is None or valued.lemma_.lower() in OFFER_WORDS | DEAL_NOUNS:
        return False
    return valued.pos_ == "PROPN" or valued.ent_type_ == "ORG"


def _described(word: Token) -> Token | None:
    """What a worth word is said of: for a participle set off by a comma, wherever the
    parse hung it, the phrase before the comma -- its head ("Corvex's offer for Halden,
    valued at"), but a firm's own name for what only a firm has ("Knorr Foods Co Ltd,
    capitalised at"); else the noun it modifies, or its subject."""
    if word.tag_ == "VBN" and word.i > 1 and word.nbor(-1).text == ",":
        before = word.nbor(-2)
        if word.lemma_.lower() in _FIRMS_ONLY:
            return before
        while before.dep_ == "pobj" and before.head.head.pos_ in ("NOUN", "PROPN"):
            before = before.head.head
        return before
    if word.dep_ == "acl":
        return word.head
    return next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# Nouns of money a firm pays out to its own holders: no price of anything.
DISTRIBUTIONS = frozenset({"dividend", "distribution", "payout"})
# How far above an amount its noun may be ("a dividend since fiscal 1978 of 10 cts").
MAX_DISTRIBUTION_DEPTH = 4


def a_distribution(span: Span) -> bool:
    """ "declared its first dividend since fiscal 1978 of 10 cts per share": money a firm
    pays out to its holders is no price paid for a stake or a firm."""
    ancestors = list(span.root.ancestors)[:MAX_DISTRIBUTION_DEPTH]
    for index, token in enumerate(ancestors):
        if token.pos_ == "NOUN" and token.lemma_.lower() in DISTRIBUTIONS:
            return True
        if token.pos_ in ("VERB", "AUX"):
            # an "of" no number can take belongs to the verb's object ("declared its first
            # dividend since fiscal 1978 of 10 cts": the parse hangs it on the year)
            stray = any(t.lower_ == "of" and t.head.pos_ == "NUM" for t in ancestors[:index])
            declared = [c for c in token.children if c.dep_ == "dobj"]
            return stray and any(c.lemma_.lower() in DISTRIBUTIONS for c in declared)
    return False


# Verbs of settling a debt, and particles making "pay" one ("pay back", "pay off").
_SETTLING = frozenset({"repay", "refinance", "retire"})
_SETTLING_PARTICLES = frozenset({"back", "off", "down"})
# Nouns of money owed.
DEBT_NOUNS = frozenset("debt loan borrowing mortgage indebtedness".split())


def for_its_own(span: Span) -> bool:
    """ "will pay 900,000 dlrs to cancel 711,192 of its own shares": money a firm pays for
    what is its own already (its shares bought back) is no price paid to another firm."""
    verb = _verb_above(span)
    if verb is None or verb.lemma_.lower() not in MONEY_VERBS:
        return False
    # what is paid for: the object of the purpose ("to cancel ...") or of "for" -- not
    # where the money comes from ("from their own pockets")
    paid_for = [
        t
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "for")
        for t in c.subtree
    ]
    inside = {t.i for t in span}
    return any(
        t.lower_ == "own" and t.dep_ == "amod" and _possessed(t.head) and t.i not in inside
        for t in paid_for
    )


def _possessed(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def a_repayment(span: Span) -> bool:
    """ "to begin paying back a 1.6 mln dlrs mountain of debt", "repay 50 mln dlrs of
    loans": money settling a debt is what was owed, no price paid for a firm or a stake."""
    verb = _verb_above(span)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    priced = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    if lemma == "pay" and not priced and _of_debt(span.root):
        return True  # "required to pay 200 mln dlrs in bank debt": a sum of what is owed
    particle = any(c.dep_ == "prt" and c.lower_ in _SETTLING_PARTICLES for c in verb.children)
    if lemma not in _SETTLING and not (lemma == "pay" and particle):
        return False
    settled = [c for c in verb.children if c.dep_ == "dobj" and span.root in c.subtree]
    return any(t.lemma_.lower() in DEBT_NOUNS for c in settled for t in c.subtree)


def _of_debt(noun: Token) -> bool:
    """The sum's own noun says it is debt ("90 mln dlrs in bank debt", "40 mln dlrs of
    its loans"); a debt only coordinated with the means ("in cash and assumed debt") is
    part of a price, so the debt noun must be the preposition's own object, and alone: "in
    debt and cash" joins it to another means of paying."""
    preps = (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of"))
    objects = (o for p in preps for o in p.children if o.dep_ == "pobj")
    alone = (o for o in objects if not any(c.dep_ == "conj" for c in o.children))
    return any(o.lemma_.lower() in DEBT_NOUNS for o in alone)


def a_things_price(amount: Span) -> bool:
    """What a thing costs ("its AIDS test will cost about one dlr each", "the experiment
    cost $12"): the price of goods or of an act, which no party is paid for the asked
    deal. The subject of "cost" is a common noun, not a firm or what refers to one."""
    verb = verb_above(amount.root)
    if verb.lemma_.lower() != "cost":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.pos_ == "NOUN" for s in subjects)


# Verbs putting money into a venture for a return.
INVESTING_VERBS = frozenset({"invest"})


def an_investment(span: Span) -> bool:
    """ "the company's proposal to invest about 400 mln pesos": money a verb of investing
    takes is put into a venture for a return, not a charge paid for a right or a service
    (a fee, a royalty, a rent, a tax)."""
    verb = _verb_above(span)
    return verb is not None and verb.lemma_.lower() in INVESTING_VERBS


def invested_in(span: Span) -> str:
    """The head noun of what the investing verb above the money puts it into ("plant" of
    "in the new engine plant", "refinery" of "into its Texas refinery"); "" when unsaid.
    Only the head: "in the car's plant" is put into a plant, not into a car."""
    verb = _verb_above(span)
    if verb is None:
        return ""
    into = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into")]
    return " ".join(g.text for p in into for g in p.children if g.dep_ == "pobj")


def _verb_above(span: Span) -> Token | None:
    """The nearest verb governing the money."""
    return next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
