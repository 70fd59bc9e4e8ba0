"""The kind of answer a question part asks for, read from its parse.

A part's kind comes from its interrogative word and the noun it asks about ("what stake" ->
stake or percentage, "which shipyard" -> organisation, "how many jobs" -> a count), or from
the verb ("what did they pay" -> money, "what is it called" -> a name); a part without an
interrogative asks about its head noun ("price per share") or is a yes/no clause. Besides
the kind: the noun asked about (the focus), the part's main verb (the predicate), and
whether several answers are wanted ("which two organisations").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.reading.kinds import (
    MONEY_VERBS,
    NAMING_VERBS,
    PERSON_VERBS,
    Kind,
    focus_kind,
)
from retrieval.reading.question_parts import COORDINATORS
from retrieval.reading.rates import asks_each

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
}
# Verbs that say nothing of what is asked ("what stake does X have").
LIGHT_VERBS = frozenset({"be", "have", "do"})
# Kinds a manner question can ask of its subject ("how will ownership be split").
QUANTITY_KINDS = frozenset({Kind.PERCENT, Kind.MONEY, Kind.COUNT})
# Verbs whose passive, asked "how", asks how a firm's ownership is shared out.
OWNING_VERBS = frozenset({"own", "hold", "split", "divide", "share"})
SIMPLE_WH = {"when": Kind.DATE, "where": Kind.PLACE, "why": Kind.REASON}
# Noun tags that ask for several answers at once ("which companies").
PLURAL_ASKS = frozenset({"NNS", "NNPS"})


@dataclass(frozen=True)
class _Ask:
    kind: Kind
    focus: str | None = None
    several: bool = False


def asked_kind(
    span: Span, anchor: Token | None, described: frozenset[int] = frozenset()
) -> tuple[Kind, str | None, str | None, bool]:
    """The part's kind, focus noun, predicate verb, and whether it wants several answers.
    The verb of a clause describing a name ("the venture that won") is not the asked one."""
    predicate = _predicate(span, described)
    ask = _ask(span, anchor, predicate)
    return ask.kind, ask.focus, predicate, ask.several


def _ask(span: Span, anchor: Token | None, predicate: str | None) -> _Ask:
    if anchor is None:
        if _asks_yes_or_no(span):
            return _Ask(Kind.THING)  # "will it still have a hand in running the place?"
        head = _head_noun(span)
        return _Ask(_kind_of(head) or Kind.THING, _lemma(head))
    word = anchor.lower_
    if word == "how":
        return _how_ask(span, anchor, predicate)
    if word in SIMPLE_WH:
        # "when ...": a date; "where is the new plant": the place of the subject
        return _Ask(SIMPLE_WH[word], _lemma(_subject(span)) if word == "where" else None)
    noun = _determined_noun(anchor) or _copula_noun(span, anchor)
    if word in ("who", "whom", "whose"):
        return _who_ask(noun, predicate)
    return _what_ask(anchor, noun, predicate)


def _how_ask(span: Span, anchor: Token, predicate: str | None) -> _Ask:
    following = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    word = following.lower_ if following is not None else ""
    if following is None or (word not in HOW_KINDS and word != "much"):
        return _manner_ask(span, predicate)
    noun = _modified_noun(following) or _noun_after(following)
    noun_kind = _kind_of(noun)
    if word == "many":
        return _Ask(Kind.COUNT, _lemma(noun))  # "how many shares": a count, whatever noun
    if word == "much":
        return _how_much(following, noun, predicate)
    if noun_kind is not None:
        return _Ask(noun_kind, _lemma(noun))  # "how big a slice" -> a share
    kind = HOW_KINDS[word]
    if kind is Kind.DURATION and _perfect(span):
        kind = Kind.ELAPSED  # "how long have they been working together": since when
    # "how far does Amcor want to lift its holding": the measured noun is the object; in
    # "how big is its holding", the copula's subject
    measured = _object_noun(span) or _subject(span)
    if kind is Kind.AMOUNT and noun is None and _kind_of(measured) in QUANTITY_KINDS:
        return _Ask(_kind_of(measured) or kind, _lemma(measured))
    return _Ask(kind, _lemma(noun))


def _manner_ask(span: Span, predicate: str | None) -> _Ask:
    """ "how are they selling": a manner; but "how will ownership be split" asks for the
    shares of its subject, whose noun says what kind of answer it is, "how will they
    divide ownership" those of its object, and "how is the venture owned" (a passive verb
    of owning or dividing) its owners' shares."""
    subject = _subject(span)
    kind = _kind_of(subject)
    if kind in QUANTITY_KINDS:
        return _Ask(kind or Kind.THING, _lemma(subject), True)
    # "how will they divide ownership": what is dealt out is the object
    dealt = _object_noun(span)
    if asks_each(span) and _kind_of(dealt) in QUANTITY_KINDS:
        return _Ask(_kind_of(dealt) or Kind.THING, _lemma(dealt), True)
    # "how is the venture owned", "how is it split between them": the owners' shares
    if predicate in OWNING_VERBS and _passive(span, predicate):
        return _Ask(Kind.PERCENT, None, True)
    return _Ask(Kind.THING)


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


def _how_much(much: Token, noun: Token | None, predicate: str | None) -> _Ask:
    """ "how much a share" is a price, "how much of Magma" a part of it (a share or a
    number of its shares, never a sum of money), "how much fuel oil" a quantity, "how much
    did they pay" money."""
    following = much.nbor(1) if much.i + 1 < len(much.doc) else None
    if following is not None and following.lower_ == "of":
        return _Ask(Kind.PORTION)
    per = much.i + 1 < len(much.doc) and much.doc[much.i + 1].lower_ in ("a", "an", "per", "each")
    if _kind_of(noun) is Kind.MONEY or (noun is not None and per):
        return _Ask(Kind.MONEY, _lemma(noun))  # "how much a share": money per share
    if noun is None and (predicate in MONEY_VERBS or predicate is None):
        return _Ask(Kind.MONEY)
    return _Ask(Kind.AMOUNT, _lemma(noun))


def _asks_yes_or_no(span: Span) -> bool:
    """A part opening with an auxiliary is a yes/no question ("Is Bank of Ceylon ...",
    "did Southcorp take it")."""
    first = next((t for t in span if not t.is_punct and t.lower_ not in COORDINATORS), None)
    return first is not None and first.pos_ == "AUX"


def _who_ask(noun: Token | None, predicate: str | None) -> _Ask:
    kind = _kind_of(noun)
    if predicate in PERSON_VERBS or kind is Kind.PERSON:
        return _Ask(Kind.PERSON, _lemma(noun))
    return _Ask(Kind.ORG if kind is Kind.ORG else Kind.AGENT, _lemma(noun))


OBJECTS = frozenset({"dobj", "pobj", "dative", "iobj"})


def _what_ask(anchor: Token, noun: Token | None, predicate: str | None) -> _Ask:
    several = noun is not None and (
        noun.tag_ in PLURAL_ASKS or any(c.dep_ == "nummod" for c in noun.children)
    )
    focus = _lemma(noun)
    if predicate in NAMING_VERBS:
        return _Ask(Kind.NAME, focus, several)  # "what is it called"
    copula = anchor.head.lemma_ == "be"
    # an object of the money verb, however the parser names it ("what did it cost them":
    # "what" comes out a dative beside the object "them")
    if predicate in MONEY_VERBS and (copula or (noun is None and anchor.dep_ in OBJECTS)):
        return _Ask(Kind.MONEY, focus, several)  # "what is it worth", "what did they pay"
    if noun is None:
        return _Ask(Kind.THING)
    kind = _kind_of(noun)
    if kind is None and anchor.lower_ == "which" and not several:
        # "which consumer goods giant": picking one out of a class asks for its name
        # ("which service areas", plural, asks for a description of several).
        kind = Kind.ENTITY
    elif kind is None and copula and noun.dep_ in ("nsubj", "attr") and not several:
        kind = Kind.NAME  # "What is the outfit that combines ...": its identity
    return _Ask(kind or Kind.THING, focus, several)


def _perfect(span: Span) -> bool:
    """Perfect aspect ("have been working", "has held"): time up to now."""
    return any(t.lemma_ == "have" and t.dep_ == "aux" for t in span)


def _kind_of(token: Token | None) -> Kind | None:
    return focus_kind(token.lemma_) if token is not None else None


def _lemma(token: Token | None) -> str | None:
    return token.lemma_ if token is not None else None


def _subject(span: Span) -> Token | None:
    return next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"), None)


# -- syntax helpers ----------------------------------------------------------------------
def _determined_noun(anchor: Token) -> Token | None:
    """ "which Spanish company" -> company; "which two organisations" -> organisations;
    "what revenue potential" -> revenue (the compound that carries the kind)."""
    if anchor.dep_ != "det" and anchor.tag_ != "WDT":
        return None
    noun = None
    for chunk in anchor.doc.noun_chunks:
        if chunk.start <= anchor.i < chunk.end and chunk.root.i != anchor.i:
            noun = chunk.root
    if noun is None:
        noun = _noun_after(anchor)
    if noun is None:
        return None
    if focus_kind(noun.lemma_) is None:
        for child in noun.children:
            if child.dep_ == "compound" and focus_kind(child.lemma_) is not None:
                return child
    return noun


def _copula_noun(span: Span, anchor: Token) -> Token | None:
    """ "What is the name of ...", "who is its principal subcontractor" -> name, subcontractor."""
    head = anchor.head
    if head.lemma_ != "be":
        return None
    for child in head.children:
        if child.i == anchor.i or child.dep_ not in ("nsubj", "attr"):
            continue
        # "What is Corvex's unit bidding": "is ... bidding" is a progressive, and "what"
        # its object; the parse makes the participle a modifier of the subject
        if any(c.dep_ == "acl" and c.tag_ == "VBG" for c in child.children):
            return None
        # "who is CATL's CFO": a role written in capitals is still the asked noun
        if child.pos_ == "NOUN" or focus_kind(child.lemma_) is not None:
            return child
    return None


def _modified_noun(token: Token) -> Token | None:
    """The noun a quantifier modifies in the parse ("how many Goldstar-made cameras" ->
    cameras), however many words stand between them."""
    head = token.head
    return head if token.dep_ == "amod" and head.pos_ == "NOUN" and head.i > token.i else None


def _noun_after(token: Token) -> Token | None:
    """The head of the noun phrase right after `token`: "how many jobs" -> jobs, "how big a
    slice" -> slice, "which Russian gas company" -> company."""
    last_noun = None
    for candidate in token.doc[token.i + 1 : token.i + 8]:
        if candidate.pos_ == "NOUN":
            last_noun = candidate
        elif (
            candidate.pos_ in ("ADJ", "DET", "NUM")
            or candidate.tag_ == "HYPH"
            or (
                candidate.lower_ == "per"  # "what per-share price"
            )
        ):
            if last_noun is not None and candidate.pos_ != "ADJ":
                break
        else:
            break
    return last_noun


def _object_noun(span: Span) -> Token | None:
    for token in span:
        if token.dep_ == "dobj" and token.pos_ == "NOUN":
            return token
    return None


def _head_noun(span: Span) -> Token | None:
    nouns = [t for t in span if t.pos_ == "NOUN"]
    for noun in nouns:
        if focus_kind(noun.lemma_) is not None:
            return noun
    return nouns[0] if nouns else None


def _predicate(span: Span, described: frozenset[int] = frozenset()) -> str | None:
    """The part's main verb; a money word anywhere ("worth", "cost", "to invest") wins."""
    lemmas = [t.lemma_.lower() for t in span if t.i not in described]
    money = next((lemma for lemma in lemmas if lemma in MONEY_VERBS), None)
    if money is not None:
        return money
    # An acronym tagged as a verb ("What will CATL supply") is a name, not the verb.
    verbs = [
        t
        for t in span
        if t.pos_ == "VERB"
        and t.i not in described
        and t.dep_ not in ("aux", "auxpass")
        and not t.text.isupper()
        and t.lemma_ not in LIGHT_VERBS
        and not t.ent_type_  # "National do Brasil": a name, not the verb "do"
    ]
    if verbs:
        return verbs[0].lemma_.lower()
    # "What will CATL supply to BAIC?": the word after the modal and its subject is the verb
    # whatever the tagger made of it.
    modal = next((t for t in span if t.tag_ == "MD"), None)
    after = [
        t
        for t in span
        if modal is not None and t.i > modal.i + 1 and t.is_alpha and t.i not in described
    ]
    return after[0].lemma_.lower() if after and not after[0].text[:1].isupper() else None
