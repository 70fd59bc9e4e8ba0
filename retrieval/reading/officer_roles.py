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


def titled_to_another_office(span: Span, asked: str) -> bool:
    """The span names people only by the office a title before each name gives ("the trio
    are chief executive Willie Walsh, chief financial officer Brian Dunne and ..."), each
    another officer's than the `asked` text names: a title before a name says the office
    its bearer holds, so in a sentence saying only who people are (a copula) he is not who
    holds, or takes over, the asked one ("who replaced Willie Walsh as chief executive").
    Not when the sentence gives the asked office otherwise ("the new chief executive is
    chief operating officer Jane Doe")."""
    wanted = _roles_in(set(terms(asked)))
    people = [t for t in span if t.ent_type_ == "PERSON" and t.dep_ != "compound"]
    if not wanted or not people or any(not _described(person) for person in people):
        return False
    if any(not _title_roles(person) or _title_roles(person) & wanted for person in people):
        return False
    titles = {t.i for name in span.sent if name.ent_type_ == "PERSON" for t in _title(name)}
    rest = " ".join(t.text for t in span.sent if t.i not in titles)
    return not _roles_in(set(terms(rest))) & wanted


def _described(person: Token) -> bool:
    """The name is what a copula says its subject is ("the trio are ... Brian Dunne")."""
    while person.dep_ == "conj" and person.head.i != person.i:
        person = person.head
    return person.dep_ == "attr" and person.head.lemma_ == "be"


def _title(person: Token) -> list[Token]:
    """The words of the common nouns compounded before a name: its title."""
    return [
        word
        for child in person.children
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < person.i
        for word in child.subtree
    ]


def _title_roles(person: Token) -> set[tuple[str, ...]]:
    return _roles_in(set(terms(" ".join(t.text for t in _title(person)))))


def _roles_in(words: set[str]) -> set[tuple[str, ...]]:
    """The officer roles whose distinctive words are all among `words` (index terms)."""
    officer = set(terms("officer"))
    roles = (tuple(t for t in terms(ACRONYMS[role]) if t not in officer) for role in OFFICER_ROLES)
    return {role for role in roles if set(role) <= words}
