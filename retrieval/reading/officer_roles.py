"""The officer roles a question part asks about ("who is Alibaba's CFO"): a sentence
answers only if it names the role (retrieval.reading.ranking).

For a part asking a person, a role in an "as" phrase describing a named object is that
object's role ("who is replacing Ainum Mohd-Saaid as chief executive", "who will succeed
John Smith as chairman"): the answer takes it over, and the sentence stating the succession
("Ms Mohd-Saaid is to be replaced by Lillian Tan") need not name it again. The role stays
asked when the object is the answer ("whom did Ford name as chief executive"), and for
other parts ("when did Ford appoint John Smith as chief executive": the sentence dating it
names the role).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import Kind
from retrieval.text import ACRONYMS, terms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OFFICER_ROLES = ("ceo", "cfo", "cto", "coo")


# Parts whose answer may take over the role of the one it replaces.
SUCCESSORS = frozenset({Kind.PERSON, Kind.AGENT})


def officer_roles(span: Span, kind: Kind) -> tuple[tuple[str, ...], ...]:
    """Officer roles by their distinctive words in order ("chief executive" is the CEO
    with or without "officer")."""
    words = (t for t in span if kind not in SUCCESSORS or not _of_a_named_object(t))
    asked = set(terms(" ".join(t.text for t in words)))
    officer = set(terms("officer"))
    roles = (tuple(t for t in terms(ACRONYMS[role]) if t not in officer) for role in OFFICER_ROLES)
    return tuple(role for role in roles if set(role) <= asked)


def _of_a_named_object(token: Token) -> bool:
    """In an "as" phrase on a named direct object, or on the verb taking one."""
    for ancestor in token.ancestors:
        if ancestor.lower_ != "as" or ancestor.dep_ != "prep":
            continue
        head = ancestor.head
        objects = [head] if head.dep_ == "dobj" else [c for c in head.children if c.dep_ == "dobj"]
        if any(o.pos_ == "PROPN" for o in objects):
            return True
    return False
