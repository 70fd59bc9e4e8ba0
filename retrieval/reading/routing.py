"""Does a question want every matching alliance (the registry's kind of question)?

Decided from the question's parse, not from sentence templates: a part asking for several
organisations or alliances ("Which companies has X partnered with?", "What joint ventures
has Y announced?") or an imperative to list ("List all the corporate alliances you know
about") wants a complete list; anything asking for a detail (a stake, a date, a name)
goes to the passages even when it names two partners.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question

if TYPE_CHECKING:
    from spacy.tokens import Doc


def asks_for_a_list(question: str, *, parse: Callable[[str], Doc]) -> bool:
    return understand(normalize_question(question), parse=parse).listing
