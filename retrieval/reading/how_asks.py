"""What a question part opening with "how" asks for: "how many", "how much", "how long",
"how big" ask for a quantity of the kind the adjective names, of the noun it modifies; a
bare "how" asks the manner, which may be a quantity too ("how will ownership be split":
percentages). Split from retrieval.reading.asked_kind, which reads the other wh-words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_above
from retrieval.reading.kinds import (
    CHANGE_WORDS,
    MONEY_VERBS,
    OFFER_WORDS,
    TIME_UNITS,
    Kind,
)
from retrieval.reading.noun_kinds import kind_of, lemma
from retrieval.reading.per_party import asks_each
from retrieval.reading.question_clauses import perfect
from retrieval.reading.question_syntax import (
    copula_noun,
    modified_noun,
    noun_after,
    object_noun,
    partitive_noun,
    subject,
)
from retrieval.reading.verb_objects import (
    changed_object,
    in_money,
    put_in_money,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# "How much/many/long..." asks for a quantity of the kind its adjective names.
HOW_KINDS = {
    "many": Kind.COUNT,
    "long": Kind.DURATION,
    "old": Kind.DURATION,
    "often": Kind.COUNT,
    "big": Kind.AMOUNT,
    "large": Kind.AMOUNT,
    "far": Kind.AMOUNT,
    "high": Kind.AMOUNT,
    # a point in time: "how soon will the deal close" ("within 120 days", "by June")
    "soon": Kind.DATE,
    "early": Kind.DATE,
    "quickly": Kind.DURATION,
}
# Kinds a manner question can ask of its subject ("how will ownership be split").
QUANTITY_KINDS = frozenset({Kind.PERCENT, Kind.MONEY, Kind.COUNT})
# Verbs whose passive, asked "how", asks how a firm's ownership is shared out.
OWNING_VERBS = frozenset({"own", "hold", "split", "divide", "share"})


@dataclass(frozen=True)
class Ask:
    """What a wh-phrase asks: the kind of answer, the noun asked about, and whether it
    wants several answers."""

    kind: Kind
    focus: str | None = None
    several: bool = False


def how_ask(span: Span, anchor: Token, predicate: str | None) -> Ask:
    """ "How many/much/long/big ...": a quantity of the kind the word after "how" names, of
    the noun it modifies; a bare "how" asks the manner, which may be a quantity too
    ("how will ownership be split")."""
    following = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    word = following.lower_ if following is not None else ""
    if following is None or (word not in HOW_KINDS and word != "much"):
        return _manner_ask(span, predicate)
    noun = modified_noun(following) or noun_after(following)
    if noun is None and word == "many":
        noun = partitive_noun(following)
    if noun is not None and not span.start <= noun.i < span.end:
        noun = None  # "how big, how much money": the noun of the next part is not this one's
    noun_kind = kind_of(noun)
    if word == "many":
        return _how_many(span, noun)
    if word == "much":
        return _how_much(span, following, noun, predicate)
    if noun_kind is not None:
        return Ask(noun_kind, lemma(noun))  # "how big a slice" -> a share
    kind = HOW_KINDS[word]
    if kind is Kind.DURATION and perfect(span):
        kind = Kind.ELAPSED  # "how long have they been working together": since when
    # "how far does Amcor want to lift its holding": the measured noun is the object; in
    # "how big is its holding", the copula's subject
    measured = object_noun(span) or subject(span)
    quantity = kind_of(measured) if kind_of(measured) in QUANTITY_KINDS else None
    # "how big is the bank": the size is the copula's subject's ("The bank has 59.2 mln
    # dlrs in assets"), whatever it is measured in
    sized = predicate is None and measured is not None
    if kind is Kind.AMOUNT and noun is None and (quantity or sized):
        return Ask(quantity or kind, lemma(measured))
    return Ask(kind, lemma(noun))


def _how_many(span: Span, noun: Token | None) -> Ask:
    """ "how many shares": a count, whatever the noun; but "over how many years": a count
    of time units is a length of time (not "in how many years": occasions)."""
    # "in how many years did it post a loss" counts occasions, not a length of time
    counted = noun is not None and noun.head.lower_ == "in"
    if lemma(noun) in TIME_UNITS and not counted:
        return Ask(Kind.ELAPSED if perfect(span) else Kind.DURATION, lemma(noun))
    return Ask(Kind.COUNT, lemma(noun))


def _manner_ask(span: Span, predicate: str | None) -> Ask:
    """ "how are they selling": a manner; but "how will ownership be split" asks for the
    shares of its subject, whose noun says what kind of answer it is, "how will they
    divide ownership" those of its object, and "how is the venture owned" (a passive verb
    of owning or dividing) its owners' shares."""
    divided = subject(span)
    kind = kind_of(divided)
    if kind in QUANTITY_KINDS:
        return Ask(kind or Kind.THING, lemma(divided), True)
    # "how will they divide ownership": what is dealt out is the object
    dealt = object_noun(span)
    if asks_each(span) and kind_of(dealt) in QUANTITY_KINDS:
        return Ask(kind_of(dealt) or Kind.THING, lemma(dealt), True)
    # "how is the venture owned", "how is it split between them": the owners' shares
    if predicate in OWNING_VERBS and _passive(span, predicate):
        return Ask(Kind.PERCENT, None, True)
    return Ask(Kind.THING)


def _passive(span: Span, predicate: str) -> bool:
    """The part's verb is a passive participle: marked so by the parse, or after a form of
    "be" with no "have" ("how is the venture split": the parser may take "split" for a
    past tense, and "owned" for a modifier of the subject)."""
    for token in span:
        # a particle makes another verb ("the deal was held up")
        phrasal = any(c.dep_ == "prt" for c in token.children)
        if token.lemma_ != predicate or token.tag_ not in ("VBN", "VBD") or phrasal:
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            return True
        before = {t.lemma_ for t in span if t.i < token.i and t.pos_ == "AUX"}
        if "be" in before and "have" not in before:
            return True
    return False


def _how_much(span: Span, much: Token, noun: Token | None, predicate: str | None) -> Ask:
    """ "how much a share" is a price, "how much of Magma" a part of it (a share or a
    number of its shares, never a sum of money; but "how much of its debt" is money),
    "how much fuel oil" a quantity, "how much did they pay" money."""
    following = much.nbor(1) if much.i + 1 < len(much.doc) else None
    if following is not None and following.lower_ == "of":
        return Ask(Kind.PORTION if _owned_whole(following) else Kind.AMOUNT)
    form = _form_of_sum(following)
    if form is not None:
        return Ask(Kind.MONEY, lemma(form))
    per = much.i + 1 < len(much.doc) and much.doc[much.i + 1].lower_ in ("a", "an", "per", "each")
    if kind_of(noun) is Kind.MONEY or (noun is not None and per):
        # "how much a share": money per share
        return Ask(Kind.MONEY, lemma(noun))
    verb = next((t for t in span if t.pos_ == "VERB" and t.lemma_ == predicate), much.head)
    changed = changed_object(verb)
    if noun is None and changed is not None:
        # "by how much did it raise its shipment targets": the change of what the verb
        # moves, not a sum raised
        return Ask(kind_of(changed) or Kind.AMOUNT, lemma(changed))
    # "how much is Alcan offering": what is offered for a firm is a price; "how much was
    # the missed installment": the sum the copula's subject is
    # "how much did it earn in sales": what is counted in money is money
    # "how much are they putting into the venture": what is put into a firm is capital
    money_verb = predicate in MONEY_VERBS | OFFER_WORDS or in_money(verb) or put_in_money(verb)
    # "how much did its output drop": by how much a quantity changed, which is told as an
    # amount or a percentage alike ("fell 1.6%", "fell 20 mln dlrs"): no sum
    changed_after_do = predicate is None and _change_after_do(much)
    if noun is None and not changed_after_do and (money_verb or predicate is None):
        measured = copula_noun(span, much) if predicate is None else None
        summed = measured is not None and kind_of(measured) in (Kind.MONEY, None)
        return Ask(Kind.MONEY, lemma(measured) if summed else None)
    return Ask(Kind.AMOUNT, lemma(noun))


def _change_after_do(much: Token) -> bool:
    """ "how much did Japan's output drop": "did" supports a bare verb after its subject;
    the parser may read that verb as a noun, closing the subject ("output drop", with
    "did" the main verb) or heading the clause with "did" its auxiliary ("did the stock
    market fall"). A singular noun of change in the verb's place is the verb of change
    the question asks about."""
    head = much.head
    if head.lemma_.lower() == "do":
        in_place = [c for c in head.children if c.dep_ == "nsubj"]
    else:
        supported = any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in head.children)
        in_place = [head] if supported else []
    return any(
        t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in CHANGE_WORDS for t in in_place
    )


def _form_of_sum(following: Token | None) -> Token | None:
    """ "how much in damages", "how much in government loans": a sum is given in the form
    it takes ("20 mln dlrs in damages"), so the common noun after "in" is what the asked
    money is, never a place ("how much in Texas")."""
    if following is None or following.lower_ != "in":
        return None
    form = next((c for c in following.children if c.dep_ == "pobj"), None)
    if form is None or form.pos_ != "NOUN" or kind_of(form) not in (Kind.MONEY, None):
        return None
    # a unit counts what is asked ("how much in tonnes of wheat", "in barrels per day");
    # "in percentage terms" says how it is measured
    after = form.nbor(1).lower_ if form.i + 1 < len(form.doc) else ""
    unit = "unit_of_measurement" in kinds_above(form.lemma_.lower())
    if unit or after in ("of", "per", "a") or form.lemma_.lower() == "term":
        return None
    return form


# Nouns for what is owned in parts: a firm's shares, stock, equity, votes.
OWNED_WHOLES = frozenset("share stock equity right vote ownership".split())


def _owned_whole(of: Token) -> bool:
    """The whole after "how much of" is a firm (a name, "the company") or its ownership
    ("its voting rights"), not a sum ("its debt")."""
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    if whole is None:
        return False
    return whole.pos_ == "PROPN" or kind_of(whole) is Kind.ORG or whole.lemma_ in OWNED_WHOLES
