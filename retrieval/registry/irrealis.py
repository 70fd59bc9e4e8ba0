"""Clauses that tell of a deal as a hypothesis or as the terms of something, read from the
parse.

A conditional consequent ("it would buy B if it won approval") states what happens in the
world the condition opens, not what was done: a verb with a modal of the hypothetical
("would", "could", "might") and an adverbial clause marked "if" or "unless" is irrealis.
A term of an agreement is the exception: "under the agreement, A would buy B if holders
approve" is what was agreed, and the agreement itself is what is real or not.

A relative clause whose relative pronoun is the object of "under" or "by" ("a proposal
under which A would buy B", "a plan whereby A would merge with B") does not presuppose
its event, as a relative clause does ("Chrysler, which bought Gulfstream"): it gives the
terms of its head noun, so the event is as real as the proposal or agreement is -- when
its verb is a modal one. In the realised past ("the plan under which A acquired B last
year", "has acquired") the relative tells of an event that happened, as any relative does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.cue_words import CONDITIONAL_MARKS
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modals of the hypothetical: the consequent of an open or unreal condition ("will ... if"
# is a promise of the future, which the registry reads as the deal announced).
_HYPOTHETICAL_MODALS = frozenset({"would", "'d", "could", "might"})
# "'d" is "would" before a bare verb ("it'd buy") but "had" before a past participle ("it'd
# bought", "it'd been sold"); the tagger calls both MD.
_HAD_OR_WOULD = "'d"
# "whether" opens an indirect question ("would decide whether to sell"), not a condition.
_CONDITION_MARKS = CONDITIONAL_MARKS - {"whether"}
# Prepositions whose object is the frame whose terms a clause gives ("under the
# agreement", "under which", "by which", "whereby").
_TERMS_PREPOSITIONS = frozenset({"under", "by"})
_WHEREBY = frozenset({"whereby"})


def hypothetical(verb: Token) -> bool:
    """ "would buy", "could merge": a modal of the hypothetical on the verb."""
    return any(
        c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS and not _had(c) for c in verb.children
    )


def _had(modal: Token) -> bool:
    """ "it'd bought": "'d" before a past participle is the perfect's "had"."""
    if modal.lower_ != _HAD_OR_WOULD:
        return False
    verb = next((t for t in modal.doc[modal.i + 1 :] if t.tag_.startswith("VB")), None)
    return verb is not None and verb.tag_ == "VBN"


def conditional_consequent(verb: Token) -> bool:
    """ "said it would buy B if it won approval": a hypothetical modal on the verb and a
    condition clause of its own; not the terms of an agreement ("under the agreement, A
    would buy B if holders approve")."""
    if not hypothetical(verb):
        return False
    if terms_frame(verb) is not None:
        return False
    return any(c.dep_ == "advcl" and _marked_as_condition(c) for c in verb.children)


def _marked_as_condition(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children)


def terms_frame(verb: Token) -> Token | None:
    """The noun whose terms the verb's clause gives: the object of its "under" or "by"
    ("under the agreement"), or, for a relative pronoun there ("under which"), the noun
    the relative clause modifies."""
    if any(c.lower_ in _WHEREBY for c in verb.children):
        return verb.head if verb.dep_ == "relcl" else None
    for obj in _terms_objects(verb):
        if obj.tag_ == "WDT":
            return verb.head if verb.dep_ == "relcl" else None
        if obj.pos_ == "NOUN" and obj.head.lower_ == "under":
            return obj
    # "said under the agreement it would buy B": the parse hangs the frame on the
    # reporting verb; it frames the reported clause
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
        return next((o for o in _terms_objects(verb.head) if o.pos_ == "NOUN"), None)
    return None


def _terms_objects(verb: Token) -> list[Token]:
    return [o for p in sorted(_TERMS_PREPOSITIONS) for o in prep_objects(verb, p)]


def _realised_past(verb: Token) -> bool:
    """ "acquired", "has acquired", "had acquired", "was acquired": an event told as done
    (a past tense or a perfect, no modal)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)


def gives_terms(relative: Token) -> bool:
    """ "a proposal under which A would buy B": a relative clause giving its noun's terms."""
    if relative.dep_ != "relcl" or _realised_past(relative):
        return False  # "the plan under which A acquired B last year": it happened
    return terms_frame(relative) == relative.head
