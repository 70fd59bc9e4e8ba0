"""Is a question about the alliances themselves (the registry's kind of question)?

Decided from the question's parse, not from sentence templates. The registry holds each
alliance's parties, kind, date, areas and signatories, so it answers
- a part asking for several organisations or alliances ("Which companies has X partnered
  with?", "What joint ventures has Y announced?") or an imperative to list;
- a part asking which alliance ("Which alliance is aimed at the Korean market?") or what
  was agreed ("What did BAIC agree in 2023?");
- a part asking when a deal was made ("When did Renault and Geely sign their MoU?").
Anything else — a stake, a price, a person, a name — goes to the passages, even when the
question names two partners.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.kinds import DEAL_NOUNS, DEAL_VERBS, Kind
from retrieval.reading.normalize import normalize_question
from retrieval.reading.understood import understood

if TYPE_CHECKING:
    from spacy.tokens import Doc


def asks_the_registry(question: str, *, parse: Callable[[str], Doc]) -> bool:
    return about_alliances(understood(normalize_question(question), parse=parse))


def about_alliances(asked: AskedQuestion) -> bool:
    return asked.listing or any(_about_an_alliance(part) for part in asked.parts)


def _about_an_alliance(part: Part) -> bool:
    if part.focus in DEAL_NOUNS and part.kind in (Kind.ENTITY, Kind.THING, Kind.NAME):
        return True  # "which alliance ..."
    deal_verb = part.predicate in DEAL_VERBS
    return deal_verb and (part.kind is Kind.DATE or (part.kind is Kind.THING and not part.focus))
