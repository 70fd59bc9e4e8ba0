"""What a question asks for: its content terms, the names it mentions, the answer type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from retrieval.nlp.initials import is_initialism
from retrieval.reading.officer_roles import OFFICER_ROLES
from retrieval.text import ACRONYMS, QUESTION_WORDS, STOPWORDS, has_concept, stem, terms, words

AnswerType = Literal["person", "date", "number", "list", "other"]

# Corporate suffixes say little about *which* company is meant.
GENERIC_NAME_WORDS = frozenset(
    """
    group groups holding holdings co company companies corp corporation inc ltd limited plc
    motor motors automobile automotive auto international technology technologies the
    """.split()
)

QUESTION_STEMS = frozenset(stem(word) for word in QUESTION_WORDS)

_NUMBER_WORDS = ("how many", "how much", "how long", "how old", "what percentage", "how big")
_PERSON_WORDS = ("who ", "whom ", "whose ")
_DATE_WORDS = ("when ", "what date", "which date", "what year", "which year", "what month")
_LIST_WORDS = (
    "which companies",
    "list ",
    "what companies",
    "which firms",
    "which automakers",
    "which alliance",
    "which partners",
)


@dataclass(frozen=True)
class Question:
    text: str
    content_terms: tuple[str, ...]
    entity_phrases: tuple[tuple[str, ...], ...]
    answer_type: AnswerType
    # Officer roles asked about ("CTO" or "chief technology officer"): a sentence answers
    # only if it names the same role — "CEO" shares "chief" and "officer" with "CTO".
    roles: tuple[frozenset[str], ...] = ()

    @property
    def entity_terms(self) -> frozenset[str]:
        return frozenset(term for phrase in self.entity_phrases for term in phrase)

    @property
    def topic_terms(self) -> tuple[str, ...]:
        """Content terms that are not part of a name: what is being asked about the names."""
        names = self.entity_terms
        return tuple(term for term in self.content_terms if term not in names)


def analyze(text: str) -> Question:
    return Question(
        text=text,
        content_terms=_content_terms(text),
        entity_phrases=_entity_phrases(text),
        answer_type=_answer_type(text),
        roles=_roles(text),
    )


def _roles(text: str) -> tuple[frozenset[str], ...]:
    asked = set(terms(text))
    expansions = (frozenset(terms(ACRONYMS[role])) for role in OFFICER_ROLES)
    return tuple(role for role in expansions if role <= asked)


def _content_terms(text: str) -> tuple[str, ...]:
    # A word with a concept ("partnered") counts once, through its concept: an article
    # that says "cooperation" answers it as well as one that says "partner".
    seen: dict[str, None] = {}
    for term in terms(text):
        if term not in QUESTION_STEMS and not has_concept(term) and term not in seen:
            seen[term] = None
    return tuple(seen)


def _entity_phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of capitalised words (not the first word unless it is an acronym or name-like).

    Each phrase is reduced to its distinctive stems ("Geely Holding Group" -> ("geeli",)),
    so that a corporate suffix alone never satisfies it.
    """
    phrases: list[tuple[str, ...]] = []
    current: list[str] = []
    for position, word in enumerate(words(text)):
        if _is_name_word(word, first=position == 0):
            current.append(word)
            continue
        if current:
            phrases.append(_distinctive(current))
            current = []
    if current:
        phrases.append(_distinctive(current))
    return tuple(phrase for phrase in phrases if phrase)


def _is_name_word(word: str, *, first: bool) -> bool:
    lowered = word.lower()
    # Role and deal abbreviations (CFO, MoU, JV) are what is asked about, not who.
    if lowered in STOPWORDS or lowered in QUESTION_WORDS or lowered in ACRONYMS:
        return False
    if is_initialism(word):
        return True  # acronyms: CATL, SAIC, BAIC
    return not first and word[:1].isupper()


def _distinctive(name_words: list[str]) -> tuple[str, ...]:
    kept = [w for w in name_words if w.lower() not in GENERIC_NAME_WORDS]
    return tuple(stem(re.sub(r"['’]s$", "", w.lower())) for w in kept)


def _answer_type(text: str) -> AnswerType:
    lowered = f"{text.lower().strip()} "
    if lowered.startswith(_NUMBER_WORDS) or " how many " in lowered:
        return "number"
    if lowered.startswith(_DATE_WORDS):
        return "date"
    if lowered.startswith(_PERSON_WORDS):
        return "person"
    if lowered.startswith(_LIST_WORDS):
        return "list"
    return "other"
