"""The words of a question part that say what it asks: its subject, its object, the noun
an interrogative determines ("which Spanish company") or a copula names ("who is its
principal subcontractor"). The kind of answer a noun asks for is noun_kinds'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import focus_kind
from retrieval.reading.noun_kinds import inner_hyphen, kind_of
from retrieval.reading.predicates import participle_after_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def subject(span: Span, skip: frozenset[int] = frozenset()) -> Token | None:
    """The span's first noun subject, not one of the `skip` tokens (a describing phrase's)."""
    return next(
        (
            t
            for t in span
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.i not in skip
        ),
        None,
    )


def determined_noun(anchor: Token) -> Token | None:
    """ "which Spanish company" -> company; "which two organisations" -> organisations;
    "what revenue potential" -> revenue (the compound that carries the kind); "which of its
    executives" -> executives (one of them is asked)."""
    partitive = _partitive(anchor)
    if partitive is not None:
        return partitive
    if anchor.dep_ != "det" and anchor.tag_ != "WDT":
        return None
    possessor = _possessor(anchor)
    if possessor is not None:
        return possessor
    noun = None
    for chunk in anchor.doc.noun_chunks:
        if chunk.start <= anchor.i < chunk.end and chunk.root.i != anchor.i:
            noun = chunk.root
    if noun is None:
        noun = noun_after(anchor)
    if noun is None:
        return None
    if kind_of(noun) is None:
        # "what revenue potential": a compound carries the kind ("investment dealers" not)
        for child in noun.children:
            if child.dep_ == "compound" and focus_kind(child.lemma_) is not None:
                return child
    return _measured_thing(noun) or noun


def _possessor(anchor: Token) -> Token | None:
    """ "which company's shares": what is asked is the possessor, as with "whose shares";
    also when the parse hangs "which" on "shares" ("which New York hotel's loan"): a
    possessor takes the place of its noun's determiner, so a "which" before one is its."""
    if anchor.head.dep_ == "poss" and anchor.head.pos_ == "NOUN":
        return anchor.head
    possessors = [
        c for c in anchor.head.children if c.dep_ == "poss" and c.i > anchor.i and c.pos_ == "NOUN"
    ]
    return possessors[0] if possessors else None


def _partitive(anchor: Token) -> Token | None:
    """ "which of the banks": the noun of the "of" a "which" standing alone takes."""
    if anchor.lower_ != "which":
        return None
    of = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"]
    nouns = [g for c in of for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return nouns[0] if nouns else None


def _measured_thing(noun: Token) -> Token | None:
    """ "what size of holding": a size is measured in the unit of what it is the size of."""
    if noun.lemma_.lower() != "size":
        return None
    things = [g for c in noun.children if c.lower_ == "of" for g in c.children]
    return next((t for t in things if kind_of(t) is not None), None)


def copula_noun(span: Span, anchor: Token) -> Token | None:
    """ "What is the name of ...", "who is its principal subcontractor" -> name, subcontractor."""
    head = anchor.head
    if head.lemma_ != "be":
        return None
    for child in head.children:
        if child.i == anchor.i or child.dep_ not in ("nsubj", "attr"):
            continue
        # "What is Corvex's unit bidding": "is ... bidding" is a progressive, and "what"
        # its object; the parse makes the participle a modifier of the subject. Asking
        # who, one with an object of its own does modify it ("who are the groups seeking
        # to buy X": a person is no thing sought).
        reduced = anchor.lower_ == "who"
        if any(
            c.dep_ == "acl" and c.tag_ == "VBG" and not (reduced and _completed(c))
            for c in child.children
        ):
            return None
        # "What is Cityquest offering per share": a participle after the inverted subject
        # is the verb, though tagged a noun
        if participle_after_subject(head, span) == child:
            return None
        # "who is CATL's CFO": a role written in capitals is still the asked noun
        if child.pos_ == "NOUN" or focus_kind(child.lemma_) is not None:
            return child
    return _stranded_after(span, head)


def _stranded_after(span: Span, copula: Token) -> Token | None:
    """ "... and what were full year sales": a noun ending the clause after its copula
    that the parse hung on nothing in the clause (it made it the root of everything) is
    what the copula equates with the asked word."""
    last = next((t for t in reversed(span) if not t.is_punct), None)
    if last is None or last.pos_ != "NOUN" or last.i < copula.i:
        return None
    return last if last.head.i == last.i or not span.start <= last.head.i < span.end else None


def _completed(verb: Token) -> bool:
    """The verb has its object, or a clause that has its own ("seeking to buy X"): a
    wh-word cannot be it ("seeking to buy" leaves the object open)."""
    return any(
        c.dep_ in ("dobj", "ccomp") or (c.dep_ == "xcomp" and _completed(c)) for c in verb.children
    )


def modified_noun(token: Token) -> Token | None:
    """The noun a quantifier modifies in the parse ("how many Goldstar-made cameras" ->
    cameras), however many words stand between them."""
    head = token.head
    return head if token.dep_ == "amod" and head.pos_ == "NOUN" and head.i > token.i else None


def partitive_noun(many: Token) -> Token | None:
    """ "how many of its common shares": a partitive counts the noun of its "of"."""
    return next(
        (
            obj
            for prep in many.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN"
        ),
        None,
    )


def _gerund_before_noun(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.tag_ == "VBG" and following is not None and following.pos_ == "NOUN"


def _in_hyphenated(token: Token) -> bool:
    """A word of a hyphenated one: its hyphen, or joined by it to the next or the one
    before ("after" of "after-tax")."""
    doc, i = token.doc, token.i
    joined = (i + 1 < len(doc) and inner_hyphen(doc[i + 1])) or (i > 0 and inner_hyphen(doc[i - 1]))
    return inner_hyphen(token) or joined


def noun_after(token: Token) -> Token | None:
    """The head of the noun phrase right after `token`: "how many jobs" -> jobs, "how big a
    slice" -> slice, "which Russian gas company" -> company, "which County Bancorp
    shareholders" -> shareholders, "which Mexican and Argentine companies" -> companies."""
    last_noun = None
    for candidate in token.doc[token.i + 1 : token.i + 8]:
        if candidate.pos_ == "NOUN":
            last_noun = candidate
        elif _gerund_before_noun(candidate):
            continue  # "how many hearing aid centers": a gerund modifying the noun after it
        elif candidate.pos_ == "PROPN" and last_noun is None:
            continue  # "which three County Bancorp shareholders": a name modifying the noun
        elif candidate.pos_ == "CCONJ" and last_noun is None:
            continue  # "which Mexican and Argentine companies": modifiers coordinated
        elif _in_hyphenated(candidate):
            continue  # "what one-time after-tax gain": a hyphenated word modifies the noun
        elif candidate.dep_ == "amod" and candidate.head.i > candidate.i and last_noun is None:
            continue  # "which outside companies": a modifier of the noun, however tagged
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


def object_noun(span: Span) -> Token | None:
    for token in span:
        if token.dep_ == "dobj" and token.pos_ == "NOUN":
            return token
    return None
