"""Descriptive parts ("what will CATL supply to BAIC", "which newspapers did X buy"): no
entity of a kind to look for, so the sentence itself is the answer, best where the asked
verb takes an object, or where the asked noun's members are named.
"""

from __future__ import annotations

import re

from retrieval.reading.asking import Part
from retrieval.reading.consideration import states_consideration
from retrieval.reading.found import Finding, Reading, Scored
from retrieval.reading.members import names_its_members
from retrieval.reading.payments import PAYING_OUT
from retrieval.text import terms

# A descriptive answer (no entity to look for) needs a sentence at least this relevant.
MIN_PLAIN_RELEVANCE = 0.3
# A descriptive answer where the asked verb takes its object in the sentence.
ACTION_BONUS = 0.15


def descriptions(
    part: Part, top: list[Scored], reading: Reading, question: str = ""
) -> list[Finding]:
    """A descriptive part ("what will CATL supply to BAIC") is best answered where its verb
    (or one of the same family: supply / provide) takes an object, or where things of the
    asked class are named that the question (`question`) does not name."""
    top = [item for item in top if item[0] >= MIN_PLAIN_RELEVANCE]
    if not top:
        return []
    family = set(terms(part.predicate)) if part.predicate else set()
    paying = part.predicate in PAYING_OUT
    docs = reading.parse([sentence.text for _, sentence, _ in top]) if family or part.focus else []
    asked = frozenset(re.findall(r"[a-z0-9]+", question.lower()))
    found, given, named = [], [], []
    for index, (score, sentence, article) in enumerate(top):
        doc = docs[index] if docs else None
        acts = doc is not None and any(
            token.pos_ == "VERB"
            and set(terms(token.text)) & family
            and any(child.dep_ in ("dobj", "attr", "oprd") for child in token.children)
            for token in doc
        )
        finding = Finding(part, article, sentence, (), score + (ACTION_BONUS if acts else 0))
        found.append(finding)
        if doc is not None and paying and states_consideration(doc):
            given.append(finding)
        if doc is not None and part.focus and names_its_members(doc, part.focus, asked):
            named.append(finding)
    # "which newspapers did X buy" is answered where they are named ("the newspapers, The
    # Herald, ..."), even when another sentence gives the price paid for them; "how will X
    # pay for Y" by what is given for it, when a sentence says so
    return sorted(named or given or found, key=lambda f: -f.score)
