"""Reported clauses that refer back: "He said they are Pratt and Whitney, General Electric
and Rolls-Royce" goes on about the "three engine makers" of the sentence before it, as a
sentence opening with "They" would. A reporter is one, so a plural anaphor opening what
it reports ("they", "these", "those") points back to things just named; "it" is as often
the reporter itself ("The company said it ..."), and a plural reporter's "they" is the
reporter ("Analysts said they ...").
"""

from __future__ import annotations

from functools import lru_cache

from retrieval.nlp.pipeline import shared_pipeline

# Words in a report's first few that end its frame ("Leslie said", "The company added").
_REPORTED_BY = frozenset("said says added adds noted notes stated explained".split())
# A frame is a short subject and its verb: "United Technologies Corp's chairman said".
_FRAME_WORDS = 6
# Plural anaphors opening a reported clause: a reporter is one, so "they" or "these" after
# its verb point back to things just named ("three engine makers"); "it" is as often the
# reporter itself ("The company said it ..."), and "that" introduces the clause.
_REPORTED_ANAPHORS = frozenset({"they", "these", "those"})


@lru_cache(maxsize=4096)
def reports_back(text: str) -> bool:
    """The sentence reports, after a short frame, a clause opening with a plural anaphor
    ("Leslie said they are ..."). Cached: an article's sentences are gathered for every
    question about it, and the few that match are tagged."""
    opening = text.split(maxsplit=_FRAME_WORDS + 2)[: _FRAME_WORDS + 2]
    for index, word in enumerate(opening[:_FRAME_WORDS]):
        if word.endswith((",", ";", ":")):
            return False  # "In London, he said ...": no plain frame
        if word.lower() in _REPORTED_BY and index > 0:
            rest = [w.lower() for w in opening[index + 1 :]]
            rest = rest[1:] if rest[:1] == ["that"] else rest
            return bool(rest) and rest[0] in _REPORTED_ANAPHORS and _one_reporter(text)
    return False


# Tags and pronouns of a plural subject: "Analysts said they ..." report their own view.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})


def _one_reporter(text: str) -> bool:
    """The reporting verb's subject is singular, so a plural pronoun after it is not the
    reporter ("Officials said they ..."). Tagged only here: few sentences get this far."""
    doc = shared_pipeline().parse([text])[0]  # the parse blanks stock symbols itself
    verb = next((t for t in doc if t.lower_ in _REPORTED_BY), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return bool(subjects) and not any(
        s.tag_ in _PLURAL_TAGS or s.lower_ in _PLURAL_PRONOUNS for s in subjects
    )
