"""What an amount is the amount of: an amount of the asked kind may measure another noun
("assets of 200 mln dlrs", "a 5.1 billion dlr holding company"), or be the price of another
named firm ("agreed to sell Vetra Oy for 100,000 dlrs"), which is no answer to what was paid
for or held in the asked one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import same_party
from retrieval.nlp.noun_classes import names_a_sum
from retrieval.nlp.wordnet_derivations import event_nouns
from retrieval.reading.asking import Part
from retrieval.reading.kinds import (
    CHANGE_VERBS,
    DEAL_NOUNS,
    MONEY_VERBS,
    OFFER_WORDS,
    RESULT_NOUNS,
    Kind,
    focus_kind,
)
from retrieval.reading.rate_parts import part_for_rate
from retrieval.reading.relations import MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Kinds whose answer, written as "N of <amount>", measures that noun.
MEASURE_KINDS = frozenset({Kind.MONEY, Kind.PERCENT})
# What a percentage of is no stake: flows of goods and money, and markets.
FLOWS = (RESULT_NOUNS - {"loss"}) | frozenset(
    """trade market revenues output production exports imports capacity traffic demand
    consumption supply supplies profits""".split()
)


# Nouns that quantify what their "of" gives, measuring nothing else: "the equivalent of
# 8.2 pct", "a total of 20 mln dlrs", "a maximum of 400 mln".
TRANSPARENT_NOUNS = frozenset("equivalent total maximum minimum average aggregate".split())


# Nouns of complex prepositions: "revenues in excess of X" measures the revenues.
_COMPLEX = frozenset({"excess", "range", "region", "neighbourhood", "neighborhood", "order"})


# Verbs by which a thing changes hands for money, from either side.
_CHANGING_HANDS = ("buy", "purchase", "acquire", "sell", "dispose", "divest")
# Nouns of a deal: money measuring one is its price (not "sales": a flow; nor an offer,
# which may be another bidder's). With the act nouns of the verbs by which a thing changes
# hands ("a 130 mln rand cash sale", "a 200 mln dlr disposal"): "sale" is the act of
# selling, though WordNet derives it from no verb.
TRADES = (
    DEAL_NOUNS
    | {"transaction", "buyout", "purchase", "sale"}
    | frozenset(n for verb in _CHANGING_HANDS for n in event_nouns(verb) if n != verb)
)


def measures_another(
    span: Span,
    anchors: list[tuple[Token, float]],
    *,
    payment: bool = False,
    other_sum: bool = False,
    focus: str | None = None,
) -> bool:
    """The amount is the measure of a noun the question does not ask about: "assets of
    200 mln dlrs", "sales of 12 pct" -- the "of" hangs on that noun; or a share of
    a flow or a market ("40 pct of the country's external trade"). For a `payment`
    asked, a flow of money ("revenues of eight mln dlrs") is a firm's own, not a price;
    for `other_sum` (a sum asked that is no result: a tax, a fee), a result the question
    does not name ("a 72.1 billion yen net profit" is no penalty). A part of a whole
    measures no asked `focus` rate, nor a rate a stake ("a 25 pct share" for "what rate")."""
    named = frozenset(token.i for token, _ in anchors)
    if _share_of_a_flow(span, anchors) or part_for_rate(span, focus, named):
        return True
    noun = measured_noun(span.root)
    if noun is None and payment and span.label_ == "MONEY":
        noun = _sized(span)  # "a 15 mln dlr renewal": the renewal's size, not a payment
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in TRANSPARENT_NOUNS:
        return False
    anchored = noun.i in {token.i for token, _ in anchors}
    # the head of a compound may be a general noun the asked one narrows ("the minimum
    # investment requirement is one mln dlrs" measures the investment asked about)
    asked = {token.i for token, weight in anchors if weight >= 1.0}
    anchored = anchored or any(c.dep_ == "compound" and c.i in asked for c in noun.children)
    flow = (payment or (other_sum and not anchored)) and noun.lemma_.lower() in FLOWS
    if focus_kind(noun.lemma_) in MEASURE_KINDS and not flow:
        return False  # "a price of", "a stake of": the amount is what is asked
    if span.label_ == "MONEY" and _prices_a_trade(noun):
        return False  # "a transaction giving holders 24.40 dlrs a share": its price
    # a flow measured is a firm's own however near the asked noun's class ("turnover had
    # grown to 30 mln guilders" for "what price did Hoogovens pay")
    return flow or not anchored


def _prices_a_trade(noun: Token) -> bool:
    """The noun is one deal, so a sum measuring it is its price; "sales" in the plural
    ("sales of 12 mln dlrs") is a flow of trade, a firm's revenue, no price."""
    return noun.lemma_.lower() in TRADES and noun.tag_ != "NNS"


def _sized(span: Span) -> Token | None:
    """The common noun a sum written before it sizes ("a 15 mln dlr renewal", "a 69 mln
    dlrs gain on sale"): English puts a measure before a noun to say how big that thing
    is, so the sum is what was paid only if the noun is a payment, a deal or an offer (or
    the noun asked about). Only a noun in the sum's own phrase: a conjunction or a comma
    between them is the parse's slip ("for five mln dlrs and Intercon founders")."""
    amount = span.root
    head = amount.head
    if amount.dep_ not in MODIFIERS or head.pos_ != "NOUN" or head.i < span.end:
        return None
    between = span.doc[span.end : head.i]
    if any(t.pos_ == "CCONJ" or (t.is_punct and t.text != "-") for t in between):
        return None
    # a firm's size is read by _modified ("a 50 mln dlr joint venture company" is invested)
    firm = focus_kind(head.lemma_) is Kind.ORG
    return None if firm or head.lemma_.lower() in OFFER_WORDS else head


def _a_deal(firm: Token) -> bool:
    """A firm that is a deal: "a 50 mln dlr joint venture company" is what is invested."""
    return any(c.lemma_.lower() in DEAL_NOUNS for c in firm.children if c.dep_ == "compound")


def _share_of_a_flow(span: Span, anchors: list[tuple[Token, float]]) -> bool:
    """A percentage "of" a flow or a market ("40 pct of the country's external trade",
    "20 pct of its sales") that is not the noun asked about: a share of that, not of a
    firm ("30 pct of the mine" stays a stake)."""
    if span.label_ != "PERCENT":
        return False
    anchored = {token.i for token, _ in anchors}
    for child in span.root.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for noun in (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if noun.lemma_.lower() in FLOWS and noun.i not in anchored:
                return True
    return False


def measures_the(entity: Span, noun: str | None) -> bool:
    """The entity is a value of the noun: its "of" ("a payout of five cts"), the copula's
    or the change's subject ("total debt rose to 1.44 billion dlrs"), or a noun it
    modifies ("a 25 dlr special dividend")."""
    measured = measured_noun(entity.root) if noun else None
    return measured is not None and measured.lemma_.lower() == noun


def measured_noun(amount: Token) -> Token | None:
    """The noun an amount measures: the head of its "of" ("assets of 200 mln dlrs"), or
    the noun a participle that takes the amount modifies ("assets totalling 200 mln dlrs",
    "sales amounting to 12 pct"): a reduced relative clause describes its noun; a firm the
    amount modifies; the flow after "in" ("1.7bn euros in net income")."""
    measured = _in_a_flow(amount) or _copula_subject(amount)
    if measured is not None:
        return measured
    head = amount.head
    if amount.dep_ == "pobj" and head.lower_ == "of":
        return _of_noun(head)
    if amount.dep_ == "pobj" and head.dep_ == "prep":
        changed = _changed_to(head)
        if changed is not None:
            return changed  # "earnings rose 25% to 1.04bn", "reduced the debt to 1.8bn"
        amount, head = head, head.head  # "amounting to", "running at"
    participle = head.dep_ == "acl" and head.tag_ == "VBG"
    # a reduced relative follows its noun ("assets totalling"); a gerund the parse hung far
    # away ("subject to approval ... and to Welsh Carson obtaining ...") is no such clause
    if amount.dep_ in ("dobj", "attr", "prep") and participle and head.head.i == head.i - 1:
        return head.head
    return _modified(amount, head)


def _modified(amount: Token, head: Token) -> Token | None:
    """The noun an amount before it measures: a firm's size ("a 5.1 billion dlr holding
    company"), a sum ("a 72.1 billion yen net profit"); not a deal's, which is its price."""
    if amount.dep_ not in MODIFIERS:
        return None
    if focus_kind(head.lemma_) is Kind.ORG:
        return None if _a_deal(head) else head
    return head if head.pos_ == "NOUN" and names_a_sum(head.lemma_.lower()) else None


def _of_noun(of: Token) -> Token | None:
    """The noun an amount's "of" measures. A preposition ending in another noun's "of"
    ("for a total of") has no measured noun; a complex preposition ("in excess of", "in
    the region of") measures the noun it follows ("revenues in excess of 100 mln dlrs");
    "with" introduces a noun ("banks with assets of ..."). A percentage measures nothing by
    its "of": that names its whole."""
    while of.head.lower_ == "of" and of.head.i == of.i - 1:
        of = of.head  # a word typed twice: "in excess of of 100 mln dlrs"
    noun = of.head
    if noun.ent_type_ == "PERCENT":
        # "28.5 pct of its 263 mln dlrs in loans": a percentage's "of" takes the whole it
        # is a part of, an amount in its own right, not a measure of the percentage
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ == "with":
        return noun
    complex_preposition = noun.head.lower_ in {"in", "on"} and noun.lemma_.lower() in _COMPLEX
    outer = noun.head.head
    return outer if complex_preposition and outer.pos_ == "NOUN" else None


def _copula_subject(amount: Token) -> Token | None:
    """ "Video Monitors' sales were 7.6 mln dlrs": a copula's amount measures its subject,
    as a verb of level's does ("total debt stood at 1.44 billion dlrs", "costs totalled
    12 mln dlrs", "sales amounted to 5 mln dlrs")."""
    verb = amount.head
    if amount.dep_ == "pobj" and (verb.lower_, verb.head.lemma_.lower()) in _LEVEL_PHRASES:
        verb = verb.head
    elif not (amount.dep_ == "attr" and verb.lemma_.lower() == "be") and not (
        amount.dep_ == "dobj" and verb.lemma_.lower() in _LEVEL_VERBS
    ):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return subjects[0] if subjects else None


# Verbs saying what level their subject is at, with the preposition taking the level.
_LEVEL_PHRASES = frozenset({("at", "stand"), ("to", "amount"), ("at", "total")})
_LEVEL_VERBS = frozenset({"total"})


def _in_a_flow(amount: Token) -> Token | None:
    """ "contributed 1.7bn euros in net income", "50 mln dlrs in sales": "in" after an
    amount names the flow it measures (not what it was paid in: "in cash" is no flow; nor
    what a payment is made of: "will pay up to 20 mln dlrs in future profits for Halden")."""
    if amount.dep_ == "dobj" and amount.head.lemma_.lower() in MONEY_VERBS:
        return None
    for child in amount.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                if noun.lemma_.lower() in FLOWS:
                    return noun
    return None


def _changed_to(preposition: Token) -> Token | None:
    """The noun a verb of change brings to the amount of its "to": its object, or its
    subject when it has none ("earnings rose to 1.04bn": the earnings' new measure). A
    verb of change takes a "to" of its own, so one the parse hung on a verb below it is
    its ("reduced the debt it took on to fund X to 1.8bn euros")."""
    if preposition.lower_ != "to" or preposition.head.pos_ not in ("VERB", "AUX"):
        return None  # "a sum equal to 300 mln": no verb's "to"
    above = [preposition.head, *preposition.head.ancestors][:4]
    verb = next((v for v in above if _changes(v)), None)
    if verb is None:
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"] or [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
    ]
    noun = nouns[0] if nouns and nouns[0].pos_ == "NOUN" else None
    # an offer raised to a sum is a price offered ("raised its bid to 42 dlrs a share")
    return None if noun is None or noun.lemma_.lower() in OFFER_WORDS else noun


def _changes(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in CHANGE_VERBS


# A passive's holder is read from the few words after "by" (the parse often garbles such
# coordinated pairs).
MAX_HOLDER_WORDS = 8
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def holder_tie(span: Span, part: Part, tie: float) -> float | None:
    """A share given in a passive to the holder the question asks about ("owned 51 pct by
    Springer SA and 49 pct by National do Brasil" for "what stake does National do Brasil
    hold") is fully tied; one given to another holder is no answer (None); any other
    keeps its tie."""
    holder = _passive_holder(span) if part.kind is Kind.PERCENT else ""
    asked = {name for _, role, name in part.arguments if role == "subj"}
    if not holder or not asked:
        return tie
    return 1.0 if any(same_party(name, holder) for name in asked) else None


def _passive_holder(span: Span) -> str:
    """The name right after the share's "by", read from the words."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "by":
        return ""
    first = next((t for t in doc[span.end + 1 :] if t.text not in "<>"), None)
    if first is None or not first.text[:1].isupper() or first.ent_type_ in TIME_ENTITIES:
        return ""  # "to 20 pct by buying shares", "by March": no holder named
    words = []
    for token in doc[span.end + 1 : span.end + 1 + MAX_HOLDER_WORDS]:
        if token.pos_ == "CCONJ" or token.text in ",;.":
            break
        words.append(token.text.strip("<>"))
    return " ".join(w for w in words if w)
