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
from retrieval.reading.found import Finding
from retrieval.reading.selection import Selection, names_around

# Names a part names together to state a relation between them: the question's deal.
RELATED_PARTIES = 2


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
    must mention). A part's `names` also holds those it takes over from the part before
    -- "and for how much?" -- which are not its own."""
    words = part.text.lower()
    named = {name.lower() for name in asked.names if name.lower() in words}
    # "Carrow" inside "Carrow Securities" is the same firm, named once
    distinct = [n for n in named if not any(n != other and n in other for other in named)]
    return len(distinct) >= RELATED_PARTIES


def _states_its_names(finding: Finding, asked: AskedQuestion) -> bool:
    """The answering sentence (or the one it continues) names every name that its part
    names in its own words."""
    around = names_around(finding)
    words = finding.part.text.lower()
    own = [name for name in asked.names if name.lower() in words]
    return all(around.mentions(name, loose=True) for name in own)
