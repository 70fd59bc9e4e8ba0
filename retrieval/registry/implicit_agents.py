"""Who does what a passive without its agent says was done: "he said X, taken over last
year, ..." -- the firm of whoever reports it; failing a reporter, the article's company
("operations are being sold to Greyhound").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.models import PartyRole
from retrieval.registry.arguments import logical_objects, reporter_subjects
from retrieval.registry.lexicon import Frame
from retrieval.registry.passives import is_passive, restates_a_purchase

if TYPE_CHECKING:
    from spacy.tokens import Token

Slots = list[tuple[str, PartyRole, tuple["Token", ...]]]


def implicit_agent(verb: Token, frame: Frame, slots: Slots) -> tuple[Slots, PartyRole | None]:
    """A passive without its agent: the firm reporting it ("he said X, taken over last
    year, ..." speaks for his company) fills the agent's slot; with no reporter the
    article's company is the agent (returned as the implicit role)."""
    # "B was merged into C" names both partners: no agent is missing.
    named_all = frame.symmetric and len(slots) >= 2
    agent = frame.slots.get("subj")
    # another slot may name the agent ("were tendered to Morgan Stanley"); a partner named
    # there ("was licensed to Kodak") leaves the other partner implicit
    named_agent = agent != "partner" and any(
        r == agent and any(t.pos_ == "PROPN" for t in ts) for _, r, ts in slots
    )
    if (
        agent is None
        or named_all
        or named_agent
        or not is_passive(verb)
        or any(s[0] == "subj" for s in slots)
    ):
        return slots, None
    reporter = [t for t in reporter_subjects(verb) if not _a_person(t)]
    if reporter:
        return [*slots, ("subj", agent, tuple(reporter))], None
    if not restates_a_purchase(verb) and (
        verb.dep_ != "acl" or any(t.pos_ == "PROPN" for t in logical_objects(verb))
    ):
        # "operations are being sold to Greyhound", "results include Technicon Corp,
        # acquired in August": the article's company did it; not "the price paid for the
        # holding", which says nothing of who paid.
        return slots, agent
    return slots, None


def _a_person(token: Token) -> bool:
    return token.lower_ in {"he", "she"} or token.ent_type_ == "PERSON"
