"""Which wh-words ask: an interrogative opens a question part, a relative pronoun
("the venture, which makes engines", "AG, for which a manager placed orders") opens a
clause about the noun before it. The small parser often hangs a question's wh-word on a
name as a relative clause, so the reading checks what a relative cannot be: inverted
("where did GenCorp move its meeting"), standing for a noun it cannot stand for ("the
tract, who ..."), or with no main clause around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_group, names_a_person
from retrieval.reading.kinds import ENTITY_LABELS, PARTY_ANSWERS, Kind, focus_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def is_interrogative(token: Token) -> bool:
    if token.tag_ not in WH_TAGS or token.lower_ == "that":
        return False
    if token.lower_ == "how" or token.dep_ == "det" or _determiner_read_as_subject(token):
        return True  # "which other consumer goods giant": a determiner asks
    if _determiner_before_the_subject(token):
        return True
    if token.dep_ == "advmod" and token.head.dep_ == "advcl" and not _inverted(token):
        return False  # "When Newmont hands Magma out, how much ...": a time clause
    # "AG, for which a manager placed orders": a preposition fronted with the wh-word
    # opens the clause in its place
    lead = token.head if _fronted_with(token) else token
    previous = lead.nbor(-1) if lead.i > 0 else None
    # "the venture, which makes ...": a wh-word right after a noun opening a clause about
    # it is a relative pronoun, not a question.
    after_noun = previous is not None and (
        previous.pos_ in ("NOUN", "PROPN")
        or (previous.text == "," and previous.i > 0 and previous.nbor(-1).pos_ in ("NOUN", "PROPN"))
    )
    relative = after_noun and lead.head.dep_ == "relcl" and _has_main_clause(token)
    if relative and _subject_after_auxiliary(token):
        return True  # "..., where did GenCorp move its meeting": a relative never inverts
    return not (relative and _may_stand_for(token, lead.head.head))


def _fronted_with(token: Token) -> bool:
    """The wh-word is the object of the preposition just before it and stands alone: a
    relative pronoun ("for which a manager placed orders"); one before its noun is a
    determiner, which asks ("analysts from which two brokerages commented")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    determines = after is not None and after.pos_ in ("NUM", "ADJ", "NOUN")
    return token.dep_ == "pobj" and token.head.i == token.i - 1 and not determines


def _may_stand_for(pronoun: Token, noun: Token) -> bool:
    """A relative pronoun agrees with the noun it stands for: "what" stands for none, and
    "who" only for a person or a body of people ("the partner, who ...", "the bank, who
    ..."). "What is Corvex's stake in the tract, who operates it, and ..." asks who: a
    tract is neither."""
    word = pronoun.lower_
    if word == "what":
        return False
    if word not in ("who", "whom"):
        return True
    if noun.ent_type_ in ENTITY_LABELS[Kind.PLACE]:
        return False  # "sell it in North America, who will sell it": a place is no "who"
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ != "NOUN"
        or focus_kind(lemma) in PARTY_ANSWERS
        or names_a_person(lemma)
        or names_a_group(lemma)
    )


def _inverted(token: Token) -> bool:
    """An auxiliary right after the wh-word, before its subject ("Where will the venture
    be located, ..."): a direct question inverts; a clause of time does not ("When
    Newmont hands Magma out")."""
    return token.i + 1 < len(token.doc) and token.nbor(1).pos_ == "AUX"


def _subject_after_auxiliary(token: Token) -> bool:
    """An auxiliary right after the wh-word, then its verb's subject: a question ("where
    did GenCorp move"), though the parse hung it on the noun before as a relative clause;
    a relative pronoun may be followed by an auxiliary only as the subject itself ("which
    was sold")."""
    if not _inverted(token):
        return False
    verb = token.head
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and token.i + 1 < child.i < verb.i
        for child in verb.children
    )


def _determiner_read_as_subject(token: Token) -> bool:
    """ "..., which Japanese trading house is handling the imports": a clause has one
    subject, so a wh-word the parse makes a second subject beside the noun phrase after it
    is that phrase's determiner (a question), not a relative pronoun. So with a copula's
    one complement: "..., which Halden unit was lead manager" (two attributes)."""
    if token.i + 1 >= len(token.doc) or token.nbor(1).pos_ not in ("ADJ", "NOUN", "PROPN"):
        return False
    # a relative pronoun always has a role in its clause: one the parse leaves without
    # ("dep") before a noun phrase is that phrase's determiner too
    if token.dep_ == "dep":
        return True
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and has_a_twin(token)


def has_a_twin(token: Token) -> bool:
    """The parse gave the token's verb a second word of the same part after it ("What is
    Corvex paying": two subjects); a clause has one, so the token is something else."""
    return any(c.dep_ == token.dep_ and c.i > token.i for c in token.head.children)


def _determiner_before_the_subject(token: Token) -> bool:
    """ "..., which anxiety medicine would it get to distribute": the noun phrase after the
    wh-word is not the clause's subject (that comes after it: "it"), so the wh-word
    determines that phrase and asks; a relative pronoun is followed by its clause's
    subject ("the talks, which analysts expect to end")."""
    if token.lower_ not in ("which", "what") or token.i + 1 >= len(token.doc):
        return False
    if token.dep_ in ("nsubj", "nsubjpass"):
        return False  # "the unit, which last year earned 5 mln dlrs"
    noun = token.nbor(1)
    if noun.pos_ not in ("ADJ", "NOUN"):
        return False
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # the subject after the phrase is of the nearest verb's clause, or of the verb that
    # clause complements ("would it get to distribute")
    clause = set() if verb is None else {verb.i, verb.head.i if verb.dep_ == "xcomp" else verb.i}
    return noun.dep_ not in ("nsubj", "nsubjpass") and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.i > noun.i and t.head.i in clause for t in token.sent
    )


def _has_main_clause(token: Token) -> bool:
    """The sentence has a finite main clause of its own. When the parser's root is the
    fronted phrase ("Besides Union Faith and Nova, who else will own ...") or a fronted
    subordinate clause, the "relative clause" it hangs on that phrase is the question
    itself."""
    root = next(t for t in token.sent if t.head.i == t.i)
    # a clause a subordinating word opens ("Once Yugansk is carved out, who will ...") is no
    # main clause, whatever the parser made its root
    subordinate = any(c.dep_ == "mark" for c in root.children)
    return root.pos_ in ("VERB", "AUX") and not subordinate
