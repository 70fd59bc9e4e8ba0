"""Whether two acts have one doer, by name: items told in parallel ("Corvex bought Halden
... It also bought Lumo") belong to one list only when the same party does each act.

A doer is named by the whole proper name its head word belongs to, not the names of a
clause about it ("Brix Ltd, which competes with Corvex"), and without titles ("Mr Jobs"
is "Steve Jobs"). A pronoun stands for the subject of the verb its clause reports ("Lund
said he recommends ..."), or, as a main clause's subject, for the subject of the sentence
before it ("Corvex unveiled a laptop. It also unveiled ..."); a pronoun resolved neither
way is nobody known, as a common noun is ("rival analysts").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.names import HONORIFICS, same_party
from retrieval.reading.kinds import focus_kind
from retrieval.reading.named_subjects import controller_of, name_around

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def doer_name(doer: Token, before: Doc | None) -> str:
    """The doer's name, titles off; "" when the words name nobody."""
    if doer.pos_ == "PRON":
        named = controller_of(doer) or _reporter(doer)
        if named is None and doer.dep_ == "nsubj" and doer.head.dep_ == "ROOT":
            named = _subject(before) if before is not None else None
        if named is None:
            return ""
        doer = named
    words = name_around(doer).split() or _slipped_name(doer)
    return " ".join(w for w in words if w.lower().rstrip(".") not in HONORIFICS)


def one_doer(names: Sequence[str], others: Sequence[str]) -> bool:
    """Some name of the one act's doers is one of the other's."""
    return any(a and b and same_party(a, b) for a in names for b in others)


def _reporter(pronoun: Token) -> Token | None:
    """The subject of the verb the pronoun's clause reports ("Margoshes said he ..."),
    whatever the tagger made of it."""
    clause = pronoun.head
    if clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _slipped_name(word: Token) -> list[str]:
    """A capitalised word the tagger took for a common noun ("Margoshes said ..."), when
    it is no noun of a known kind ("Analysts said ...")."""
    return [word.text] if word.text[:1].isupper() and focus_kind(word.lemma_) is None else []


def _subject(doc: Doc) -> Token | None:
    """The subject of the sentence's main verb."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subjects = [] if root is None else [c for c in root.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None
