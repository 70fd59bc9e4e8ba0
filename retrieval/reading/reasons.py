"""Where a sentence says why: the clause giving a cause or a purpose.

English gives a reason with a causal marker ("because", "due to", "owing to", "in order
to"), states a cause before a result ("A would not sell, so it would be impossible ...")
or, without either, by
- a verb whose subject causes what follows it ("problems with its credit relationships
  resulted in the transaction", "the row prompted the sale"),
- a verb citing a cause ("Moody's cited the increase in leverage"),
- a purpose clause: an infinitive modifying a verb ("sold the unit to raise cash"),
- a verb of intending ("which is intended to alleviate its problems"),
- a noun naming a purpose ("would further the Santos objective of developing ..."),
- an infinitive that completes "be" after a noun ("the decision to spin it off is to relieve
  the company of criticism") or an adjective of need ("the swap was necessary to avert a
  hostile bid").
The clause giving the reason leads the answer; its sentence is quoted after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.syntax import is_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CAUSAL_MARKERS = frozenset("because due owing order".split())
# Verbs whose subject is a cause of what follows them; verbs whose object is one.
CAUSING_VERBS = frozenset("cause prompt trigger spur result".split())
CITING_VERBS = frozenset({"cite"})
INTENDING_VERBS = frozenset("intend design aim".split())
PURPOSE_NOUNS = frozenset("objective aim goal purpose motive effort".split())
NEED_ADJECTIVES = frozenset("necessary needed required essential vital".split())
# Words before an infinitive that make it a degree ("enough shares to hold 49.9 pct").
_DEGREE = frozenset({"enough", "too", "sufficient", "insufficient"})
_MARKER_ROLES = frozenset({"mark", "prep", "advmod", "amod"})
# Clauses a cause may stand in before "so" opens the result ("A would not sell, so ...").
_CLAUSES = frozenset({"ccomp", "conj", "advcl"})
# A reason stated without a causal marker ties less than one stated with it, and a bare
# infinitive, which may say what a thing is for rather than why, least.
UNMARKED_TIE = 0.8
PURPOSE_CLAUSE_TIE = 0.6


def reason_clauses(doc: Doc) -> list[tuple[Span, float]]:
    """The clauses of the sentence that give a reason, each with how surely it does:
    those opened by a causal marker first; failing them, those stating one otherwise."""
    marked = [_marked(token) for token in doc if token.lower_ in CAUSAL_MARKERS]
    marked += [_before_a_result(token) for token in doc if token.lower_ == "so"]
    found = [(span, 1.0) for span in marked if span is not None]
    if found:
        return found
    unmarked = [(_unmarked(token), UNMARKED_TIE) for token in doc]
    purposes = [(_purpose_clause(token), PURPOSE_CLAUSE_TIE) for token in doc]
    return [(span, tie) for span, tie in [*unmarked, *purposes] if span is not None]


def _marked(token: Token) -> Span | None:
    doc = token.doc
    if token.lower_ == "order":  # "in order to raise cash": from "in"
        if token.head.lower_ != "in":
            return None
        return doc[token.head.i : token.head.right_edge.i + 1]
    if token.dep_ not in _MARKER_ROLES:
        return None
    if token.dep_ == "mark":  # "because the merger cannot take place": its clause
        return doc[token.i : token.head.right_edge.i + 1]
    return doc[token.i : token.right_edge.i + 1]  # "due to X", "because of X"


def _before_a_result(so: Token) -> Span | None:
    """ "his family would not sell its block, so it would be impossible to gain control":
    "so" after a comma opens a clause of result, and the clause before it is its cause
    (not "so far", "do so", "so-called": those open no clause with a subject)."""
    doc = so.doc
    result = so.head
    after_a_break = so.i > 0 and doc[so.i - 1].lower_ in (",", ";", "and")
    opens_a_clause = so.dep_ in ("mark", "cc", "advmod") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > so.i for c in result.children
    )
    if not (after_a_break and opens_a_clause):
        return None
    # the parser makes either clause the root: the cause hangs on the result or beside it
    above = result.head
    earlier = [c for c in above.children if c.dep_ in _CLAUSES and c.i < so.i and c.i != result.i]
    if earlier:
        return _phrase(earlier[-1])
    return doc[above.left_edge.i : so.i - 1] if above.i < so.i else None


def _unmarked(token: Token) -> Span | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in CAUSING_VERBS and _follows(token):
        return _cause(token)
    if token.pos_ == "VERB" and lemma in CITING_VERBS:
        return _child_phrase(token, ("dobj",))
    if token.pos_ == "VERB" and lemma in INTENDING_VERBS:
        return _child_phrase(token, ("xcomp", "prep"))
    if token.pos_ == "NOUN" and lemma in PURPOSE_NOUNS:
        return _phrase(token)
    if token.pos_ == "VERB" and token.dep_ == "xcomp" and _completes_a_purpose(token):
        return _phrase(token)
    return None


def _completes_a_purpose(infinitive: Token) -> bool:
    """ "the decision to spin it off is to relieve X", "was necessary to avert X": an active
    infinitive completing an adjective of need, or "be" said of an act or a purpose (not
    "the company is to sell", a plan; not "is likely to close", nor "is to be sold")."""
    children = list(infinitive.children)
    if not is_infinitive(infinitive):
        return False
    if any(c.dep_ in ("auxpass", "neg") for c in children):
        return False
    head = infinitive.head
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in NEED_ADJECTIVES
    if head.lemma_ != "be":
        return False
    adjectives = [c for c in head.children if c.dep_ == "acomp"]
    if adjectives:
        return all(a.lemma_.lower() in NEED_ADJECTIVES for a in adjectives)
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and _an_act(subject)


def _an_act(noun: Token) -> bool:
    """ "the decision to spin off Cavendish", "the aim": a noun whose own infinitive says
    what act it is, or a noun of purpose."""
    if noun.lemma_.lower() in PURPOSE_NOUNS:
        return True
    return any(
        c.dep_ in ("acl", "prep") and c.lower_ != "of" and any(t.pos_ == "VERB" for t in c.subtree)
        for c in noun.children
    )


def _cause(verb: Token) -> Span | None:
    """What the causing verb's clause gives as the cause: its subject ("losses resulted in
    the deal"), or what a result comes from ("efficiencies that will result from the
    merger"); a relative pronoun is no cause in itself."""
    source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if source is not None:
        return _child_phrase(source, ("pobj",))
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    return _phrase(subject)


def _follows(verb: Token) -> bool:
    """The causing verb says what it causes ("resulted in X", "prompted X")."""
    return any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in verb.children)


def _child_phrase(token: Token, roles: tuple[str, ...]) -> Span | None:
    child = next((c for c in token.children if c.dep_ in roles), None)
    return None if child is None else _phrase(child)


def _phrase(token: Token) -> Span:
    """The words the token heads."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _purpose_clause(token: Token) -> Span | None:
    """An infinitive modifying a verb, of no subject of its own ("for Fujitsu to buy"),
    not negated ("not to exceed 1.50 dlrs") and no degree ("enough shares to hold")."""
    if token.pos_ != "VERB" or token.dep_ != "advcl" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    children = list(token.children)
    if not is_infinitive(token):
        return None
    if any(c.dep_ in ("nsubj", "mark", "neg") for c in children):
        return None
    if any(t.lower_ in _DEGREE for t in token.doc[token.head.i : token.i]):
        return None
    return _phrase(token)
