"""A question answered in part: which missing parts still leave an answer.

A question of several parts states its premise -- who did what with whom -- in the parts
that name the question's names ("How many shares is Mr. Jax Fashions placing
privately"). A part that names none of them asks a detail of what the others establish:
its subject or object points back at them ("at what price will the buyers offer them",
"what did the project cost", "and for how much?"). When only such details are missing,
and each found part that names someone is answered by a sentence naming them too, the
found parts answer the question and the answer says plainly which detail the articles do
not state. When a part naming someone is missing, or answered only by a sentence about
others ("Olivetti acquired a 76 pct stake" for "what stake did Telerate take"), what is
missing may be the premise itself (a deal no article reports, a pair of firms never
named together), and the question is refused.
"""

from __future__ import annotations

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.found import Finding
from retrieval.reading.selection import Selection, names_around


def answers_in_part(asked: AskedQuestion, selection: Selection) -> bool:
    """Some part is answered, every party is in the articles read, each missing part is a
    detail of the others, and each found part's sentence names whom its part names."""
    if not selection.findings or selection.absent:
        return False
    if any(_own_names(part, asked) or part.one_party for part in selection.missing):
        return False
    return all(_states_its_names(finding, asked) for finding in selection.findings)


def _own_names(part: Part, asked: AskedQuestion) -> list[str]:
    """The question's names in the part's own words. (A part's `names` also holds those
    it takes over from the part before -- "and for how much?" -- which are not its own.)"""
    words = part.text.lower()
    return [name for name in asked.names if name.lower() in words]


def _states_its_names(finding: Finding, asked: AskedQuestion) -> bool:
    around = names_around(finding)
    return all(around.mentions(name, loose=True) for name in _own_names(finding.part, asked))
