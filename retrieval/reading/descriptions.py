"""Descriptive parts ("what will CATL supply to BAIC", "which newspapers did X buy"): no
entity of a kind to look for, so the sentence itself is the answer, best where the asked
verb takes an object, or where the asked noun's members are named.
"""

from __future__ import annotations

import re

from retrieval.reading.asking import Part
from retrieval.reading.consideration import states_consideration
from retrieval.reading.evidence import Sentence
from retrieval.reading.found import Finding, Reading, Scored
from retrieval.reading.members import names_its_members
from retrieval.reading.payments import PAYING_OUT
from retrieval.text import CONCEPT_MARK, terms

# A descriptive answer (no entity to look for) needs a sentence at least this relevant.
MIN_PLAIN_RELEVANCE = 0.3
# ... or this relevant when it is a sibling part's best sentence: the parts of one question are
# about one thing, and "how many passengers is the plane to carry" finds the sentence that
# also says what Belgrade will build for it, in other words than the question's.
MIN_SHARED_RELEVANCE = 0.15
# A part of this many words of its own or fewer says little but what its siblings ask about
# ("what is behind the delay", "what's left out", "how deep were the cuts"). Measured on the
# tuning sets: 3 answers 7 more parts than none and loses none; letting a longer part in when
# it shares a word with the sentence loses one ("test output at the Oseberg field" took a
# sentence sharing "operate").
FEW_OWN_WORDS = 3
# A descriptive answer where the asked verb takes its object in the sentence.
ACTION_BONUS = 0.15


def descriptions(
    part: Part,
    top: list[Scored],
    reading: Reading,
    question: str = "",
    *,
    siblings: frozenset[Sentence] = frozenset(),
) -> list[Finding]:
    """A descriptive part ("what will CATL supply to BAIC") is best answered where its verb
    (or one of the same family: supply / provide) takes an object, or where things of the
    asked class are named that the question (`question`) does not name. A sentence that
    answers a sibling part best (`siblings`) answers this one when less relevant to it."""
    top = [item for item in top if _relevant(part, item, siblings)]
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


def _relevant(part: Part, item: Scored, siblings: frozenset[Sentence]) -> bool:
    score, sentence, _ = item
    if score >= MIN_PLAIN_RELEVANCE:
        return True
    return score >= MIN_SHARED_RELEVANCE and sentence in siblings and _of_one_topic(part)


def _of_one_topic(part: Part) -> bool:
    """A part that says little of its own ("how deep were the cuts") is about what its
    siblings are about; one with a topic of its own ("what do its managers propose in the
    wage dispute") is not answered by their sentences."""
    own = {term for term in part.terms if not term.endswith(CONCEPT_MARK)}
    return len(own) <= FEW_OWN_WORDS
