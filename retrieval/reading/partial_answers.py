"""A question answered in part: which missing parts still leave an answer.

A question of several parts states its premise -- a deal between its parties -- in a part
that names two of them together ("What is M.A. Hanna paying for PMS Consolidated"). Its
other parts ask details of that deal or of one party: their subject or object points back
("at what price will the buyers offer them", "and for how much?", "who runs Carrow?").
When only details are missing, and the found parts are answered from evidence about the
question's own parties, the found parts answer the question and the answer says in a
fixed sentence which detail the articles do not state (compose.missing_note). When the
part relating the parties is missing, what is missing may be the premise itself (a deal
no article reports, a pair of firms never named together), and the question is refused;
so it is when a found part's sentence is about others ("Olivetti acquired a 76 pct stake"
for "what stake did Telerate take") or names none of the question's parties.
"""

from __future__ import annotations

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.continuation import names_around
from retrieval.reading.found import Finding
from retrieval.reading.kinds import DEAL_VERBS, Kind
from retrieval.reading.part_names import RELATED_PARTIES, own_names
from retrieval.reading.selection import Selection
from retrieval.registry.lexicon import VERB_FRAMES

# A part asking for a firm as the other side of a deal ("which company bought Telerate")
# asks for a party of the deal: its wh-word stands for the party the question cannot name,
# so with one named party it relates two, and it states the premise (that someone bought
# Telerate). A firm asked for by another verb ("which bank advised Norland") is a detail.
PARTY_KINDS = frozenset({Kind.ORG, Kind.AGENT})
# Verbs that make a deal: the registry's (buy, sell, merge, license ...) and the reader's.
DEAL_PREDICATES = frozenset(VERB_FRAMES) | DEAL_VERBS


def answers_in_part(asked: AskedQuestion, selection: Selection) -> bool:
    """Some part is answered, every party is in the articles read, no missing part states
    the premise, and the found parts' sentences are about the question's parties."""
    if not selection.findings or selection.absent:
        return False
    if any(part.one_party or _relates_parties(part, asked) for part in selection.missing):
        return False
    about_them = any(
        names_around(finding).mentions(party, loose=True)
        for finding in selection.findings
        for party in asked.parties
    )
    return about_them and all(_states_its_names(f, asked) for f in selection.findings)


def _relates_parties(part: Part, asked: AskedQuestion) -> bool:
    """The part names two of the question's names in its own words ("how much did Halden
    pay Vardeau for Osko": a firm the question names need not be a party every article
    must mention), or names one and asks for another (PARTY_KINDS). A part's `names` also
    holds those it takes over from the part before -- "and for how much?" -- which are not
    its own."""
    asks_a_party = part.kind in PARTY_KINDS and part.predicate in DEAL_PREDICATES
    return len(own_names(part.text, asked.names)) + asks_a_party >= RELATED_PARTIES


def _states_its_names(finding: Finding, asked: AskedQuestion) -> bool:
    """The answering sentence (or the one it continues) names every name that its part
    names in its own words."""
    around = names_around(finding)
    own = own_names(finding.part.text, asked.names)
    return all(around.mentions(name, loose=True) for name in own)
