"""The branches of a coordination a question's names stand in: "the initial public
offerings of Corvex and Halden", "Moody's downgrade of Corvex and its upgrade of Halden",
"the orders announced by Corvex (...) and by Halden (...)". What is asked of the
coordination is asked of each conjunct, so each branch's names may be read apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.reading.asked_places import occurrences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def name_branches(doc: Doc, names: Sequence[str]) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    """The names grouped by the conjunct of the one coordination holding most of them
    (in the question's order), and the names outside it; no branches when fewer than two
    conjuncts hold a name, or a name is not found in the text."""
    held: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    where: dict[str, int | None] = {}
    for name in names:
        span = written(doc, name)
        if span is None:
            return [], ()
        # the parse may coordinate a word of the name, not its head: "Corvex Steel and
        # Halden Chemicals" read as "(Steel and Halden) Chemicals"
        found = next((c for c in map(conjunct, span) if c is not None), None)
        where[name] = found[0] if found else None
        if found:
            held[found[0]][found[1]].append(name)
    widest = max(held, key=lambda head: len(held[head]), default=None)
    if widest is None or len(held[widest]) < 2:
        return [], ()
    branches = [tuple(held[widest][branch]) for branch in sorted(held[widest])]
    return branches, tuple(name for name in names if where[name] != widest)


def written(doc: Doc, name: str) -> Span | None:
    """Where the name is first written as whole tokens ("Corvex" not inside "Corvexia")."""
    spans = occurrences(doc, name)
    return spans[0] if spans else None


# Coordinated noun phrases ("the offerings of A and B") share what is said of them;
# coordinated clauses ("A is selling X and has teamed up with B") each say their own.
NOMINAL = frozenset({"NOUN", "PROPN"})


def conjunct(token: Token) -> tuple[int, int] | None:
    """The nearest coordination of noun phrases above the token (the index of its first
    conjunct) and the conjunct the token is in; none when no coordination holds it."""
    node, below = token, None
    while True:
        if node.dep_ == "conj" and node.pos_ in NOMINAL:
            first = node.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            return first.i, node.i
        # the first conjunct heads the others: reached from below but not through them
        conjoined = any(c.dep_ == "conj" and c.pos_ in NOMINAL for c in node.children)
        if conjoined and node.pos_ in NOMINAL and (below is None or below.dep_ != "conj"):
            return node.i, node.i
        if node.head.i == node.i:
            return None
        node, below = node.head, node
