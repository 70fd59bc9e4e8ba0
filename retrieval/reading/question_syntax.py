"""The words of a question part that say what it asks: its subject, its object, the noun
an interrogative determines ("which Spanish company") or a copula names ("who is its
principal subcontractor"), and the kind of answer a noun asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import DEAL_VERBS, Kind, focus_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def kind_of(token: Token | None) -> Kind | None:
    return focus_kind(token.lemma_) if token is not None else None


def lemma(token: Token | None) -> str | None:
    """The word's lemma; for the last piece of a hyphenated noun, the whole word's ("tie-ups"
    is tokenised "tie", "-", "ups": its lemma is "tie-up", not "up")."""
    if token is None:
        return None
    doc, i = token.doc, token.i
    hyphen = doc[i - 1] if i >= 2 else None
    if hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_:
        before = doc[i - 2]
        if not before.whitespace_ and before.is_alpha:
            return f"{before.lower_}-{token.lemma_}"
    return token.lemma_


def subject(span: Span) -> Token | None:
    return next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"), None)


def determined_noun(anchor: Token) -> Token | None:
    """ "which Spanish company" -> company; "which two organisations" -> organisations;
    "what revenue potential" -> revenue (the compound that carries the kind)."""
    if anchor.dep_ != "det" and anchor.tag_ != "WDT":
        return None
    noun = None
    for chunk in anchor.doc.noun_chunks:
        if chunk.start <= anchor.i < chunk.end and chunk.root.i != anchor.i:
            noun = chunk.root
    if noun is None:
        noun = noun_after(anchor)
    if noun is None:
        return None
    if focus_kind(noun.lemma_) is None:
        for child in noun.children:
            if child.dep_ == "compound" and focus_kind(child.lemma_) is not None:
                return child
    return noun


def copula_noun(span: Span, anchor: Token) -> Token | None:
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


def modified_noun(token: Token) -> Token | None:
    """The noun a quantifier modifies in the parse ("how many Goldstar-made cameras" ->
    cameras), however many words stand between them."""
    head = token.head
    return head if token.dep_ == "amod" and head.pos_ == "NOUN" and head.i > token.i else None


def noun_after(token: Token) -> Token | None:
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


def object_noun(span: Span) -> Token | None:
    for token in span:
        if token.dep_ == "dobj" and token.pos_ == "NOUN":
            return token
    return None


def head_noun(span: Span) -> Token | None:
    """The noun a verbless question asks for: one of a kind ("price"), a phrase's head
    before its modifiers ("per share price" asks a price, not a share)."""
    nouns = sorted((t for t in span if t.pos_ == "NOUN"), key=lambda t: t.dep_ == "compound")
    for noun in nouns:
        if focus_kind(noun.lemma_) is not None:
            return noun
    return nouns[0] if nouns else None


def partners_ever(span: Span, predicate: str | None) -> bool:
    """ "Who has X teamed up with?", "With whom has X formed ventures?": the partner of a
    verb of allying, asked in the perfect, which spans all time up to now, asks for every
    partner; "who did X team up with" asks for the one of an event. The parser often takes
    a fronted "who" for a subject, so the stranded (or fronted) "with" says who is asked."""
    if predicate not in DEAL_VERBS or not any(t.lemma_ == "have" for t in span):
        return False
    first = next((t for t in span if not t.is_punct), None)
    fronted = first is not None and first.lower_ == "with"
    stranded = any(
        t.lower_ == "with" and all(c.dep_ != "pobj" or c.tag_ in ("WP", "WDT") for c in t.children)
        for t in span
    )
    return fronted or stranded


def perfect(span: Span) -> bool:
    """Perfect aspect ("have been working", "has held"): time up to now."""
    return any(t.lemma_ == "have" and t.dep_ == "aux" for t in span)
