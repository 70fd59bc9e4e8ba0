"""People with titles: "Feng Xingya, General Manager of GAC Group", "CFO Zheng Shu".

Two patterns cover most news prose: the appositive (name, title [of org]) and the title
before the name ([org] title name). In a list of appositives an item without "of Org" works
for the organisation of the item before it ("Jiang Deyi, chairman of BAIC GROUP, Zhang
Xiyong, general manager, ..."). People are grouped into one person across articles when the
text supports it: the same organisation, a shared title word and a shared family name, in
either name order ("Zhang Yong" / "Daniel Zhang").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from retrieval.models import PersonMention
from retrieval.nlp.names import LEGAL_FORMS
from retrieval.registry.companies import CompanyDirectory

_TITLE_WORDS = (
    r"chairman|chairwoman|chair|president|co-president|ceo|cfo|cto|coo|chief \w+ officer"
    r"|chief executive|general manager|manager|director|secretary|founder|co-founder|head"
    r"|spokesman|spokeswoman|spokesperson|partner|executive|officer|assistant|chairman-elect"
)
_TITLE_WORD = re.compile(rf"\b(?:{_TITLE_WORDS})\b", re.IGNORECASE)
_T = rf"(?i:{_TITLE_WORDS})"  # titles in any case; names stay case-sensitive
_NAME_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]\.(?:[A-Z]\.)?)"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}"
# "Zeng Qinghong, Chairman of GAC Group" / "Liu Yu and Hu Hanjun, vice general manager"
_APPOSITIVE = re.compile(
    rf"(?P<names>{_NAME}(?: and {_NAME})?),\s+(?P<title>(?:[\w-]+ ){{0,4}}?{_T}"
    rf"(?: (?:and|&) (?:[\w-]+ ){{0,2}}?{_T})?(?: [a-z]+)?)"
    r"(?: of (?P<org>[^,;]{2,60}?))?(?=,|;| and |\.|$| signed| attended| said)",
)
# "Chairman and CEO Daniel Zhang", "CFO Zheng Shu"
_TITLE_FIRST = re.compile(
    rf"\b(?P<title>{_T}(?: (?:and|&) {_T})?) (?P<name>{_NAME})",
)
_NOT_PERSON = frozenset(
    "group holding holdings company corp inc ltd limited co the of and park china".split()
)


# Words that title a person ("analyst", "Mr"): the name they precede is no firm's.
PERSON_TITLES = frozenset(
    """
    mr mrs ms dr sir lord lady chairman president executive director minister secretary
    analyst spokesman spokeswoman chief officer manager founder boss economist commissioner
    governor
    """.split()
)
# Lower-case role nouns of sport ("Scotland captain Barry Ferguson"): like the titles before
# a first and a family name, never a name's capitalised first word ("Captain D's", "Coach
# Inc" are firms).
_SPORTS_ROLES = frozenset("captain coach striker midfielder defender goalkeeper winger".split())
_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir)\.? ([A-Z][\w'-]+)")
# A given name, maybe hyphenated ("commissioner Karl-Heinz Narjes"), and an initial.
_GIVEN_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:[A-Z]\. )?"
# The family name, captured; not when the name runs on ("president Shearson Lehman
# Brothers", "chief Goldman Sachs and Co"): a longer name is a firm's.
_FAMILY_NAME = r"([A-Z][a-z][\w'-]*)\b(?! (?:[A-Z]|and Co\b|& ))"
# A lower-case role noun before a first and a family name is a person's title ("said
# analyst Jack Kirnan", "chairman John Elliott"): the family name is a person's however
# the sentences that repeat it alone are parsed ("Kirnan said ...").
_ROLE_BEFORE_NAME = re.compile(
    rf"\b(?:{'|'.join(sorted(PERSON_TITLES | _SPORTS_ROLES))}) {_GIVEN_NAME}{_FAMILY_NAME}"
)


# A public office written as a title before a name ("President Reagan", "Treasury
# Secretary James Baker"): only people hold these, whatever the name's length.
_OFFICES = ("president", "minister", "governor", "secretary", "commissioner", "chairman")
_OFFICE_BEFORE_NAME = re.compile(
    rf"\b(?:{'|'.join(o.capitalize() for o in _OFFICES)}) (?:{_GIVEN_NAME})?{_FAMILY_NAME}"
)


def family_names(texts: Iterable[str], titled: Iterable[PersonMention]) -> frozenset[str]:
    """The article's people by family name: those found with a title (`titled`), "Mr X",
    names after a role noun ("analyst Jack Kirnan") and after an office ("President
    Reagan")."""
    names = {person.name.split()[-1].lower() for person in titled}
    for text in texts:
        names.update(match.lower() for match in _TITLED_NAME.findall(text))
        names.update(match.lower() for match in _ROLE_BEFORE_NAME.findall(text))
        offices = (match.lower() for match in _OFFICE_BEFORE_NAME.findall(text))
        names.update(name for name in offices if name not in LEGAL_FORMS)
    return frozenset(names)


@dataclass(frozen=True)
class PersonSpan:
    """One person in one sentence: where, who, which title, which organisation."""

    start: int
    end: int
    mention: PersonMention
    after_and: bool  # the list item was joined with "and": it ends an enumeration


def find_people(sentence: str, directory: CompanyDirectory) -> list[PersonSpan]:
    """Every titled person in `sentence`, in order; list items inherit the last organisation."""
    spans = _appositives(sentence, directory) + _titles_first(sentence, directory)
    spans.sort(key=lambda span: span.start)
    kept: list[PersonSpan] = []
    for span in spans:
        # Two names of one appositive share its span ("Liu Yu and Hu Hanjun, ..."): keep both.
        if any(
            span.start < other.end and other.start < span.end and span.start != other.start
            for other in kept
        ):
            continue
        kept.append(span)
    return _inherit_organisations(kept)


def _appositives(sentence: str, directory: CompanyDirectory) -> list[PersonSpan]:
    found: list[PersonSpan] = []
    for match in _APPOSITIVE.finditer(sentence):
        # Case-insensitive matching must still see capitalised names.
        names = [n for n in re.split(r" and ", match.group("names")) if _is_person_name(n)]
        org_text = match.group("org")
        org = directory.resolve(org_text) if org_text else None
        title = _clean_title(match.group("title"))
        if org_text and org is None:
            title = f"{title} of {org_text.strip()}"  # "president of domestic ... division"
        joined = " and " in match.group("names") or _joined_by_and(sentence, match.start())
        for name in names:
            person = PersonMention(name=name, title=title, organization=org, evidence=sentence)
            found.append(PersonSpan(match.start(), match.end(), person, joined))
    return found


def _titles_first(sentence: str, directory: CompanyDirectory) -> list[PersonSpan]:
    found: list[PersonSpan] = []
    for match in _TITLE_FIRST.finditer(sentence):
        name = match.group("name")
        if not _is_person_name(name):
            continue
        org = _organisation_before(sentence, match.start(), directory)
        person = PersonMention(
            name=name, title=_clean_title(match.group("title")), organization=org,
            evidence=sentence,
        )  # fmt: skip
        joined = _joined_by_and(sentence, match.start())
        found.append(PersonSpan(match.start(), match.end(), person, joined))
    return found


def _organisation_before(sentence: str, start: int, directory: CompanyDirectory) -> str | None:
    """ "Alibaba Chairman X" (adjacent), or the company the sentence opens with as subject."""
    before = [m for m in directory.mentions(sentence[:start]) if m.strong]
    if not before:
        return None
    if start - before[-1].end <= 3:
        return before[-1].name
    return before[0].name if before[0].start <= 4 else None


def _inherit_organisations(spans: list[PersonSpan]) -> list[PersonSpan]:
    result: list[PersonSpan] = []
    last_org: str | None = None
    for span in spans:
        person = span.mention
        if person.organization is None and last_org is not None:
            person = person.model_copy(update={"organization": last_org})
        last_org = person.organization or last_org
        result.append(PersonSpan(span.start, span.end, person, span.after_and))
    return result


def _is_person_name(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in _NOT_PERSON for w in words)
        and not any(_TITLE_WORD.fullmatch(w) for w in words)
    )


def _clean_title(title: str) -> str:
    return " ".join(title.split()).strip(" ,")


def _joined_by_and(sentence: str, start: int) -> bool:
    return bool(re.search(r"\band\s*$", sentence[:start]))


# -- one person, many names ---------------------------------------------------------------
def same_person(a: PersonMention, b: PersonMention) -> bool:
    """The text supports that two mentions name one person (see the module docstring)."""
    if a.name == b.name:
        return a.organization == b.organization or None in (a.organization, b.organization)
    if not a.organization or a.organization != b.organization:
        return False
    if not _title_words(a.title) & _title_words(b.title):
        return False
    first, second = a.name.split(), b.name.split()
    # Chinese order puts the family name first, Western order last: "Zhang Yong"/"Daniel Zhang".
    return first[0] == second[-1] or first[-1] == second[0]


def _title_words(title: str | None) -> set[str]:
    return {word.lower() for word in _TITLE_WORD.findall(title or "")}


def group_people(mentions: Iterable[PersonMention]) -> list[list[PersonMention]]:
    """Mentions grouped into persons (single-link: one supported pair joins two groups)."""
    groups: list[list[PersonMention]] = []
    for mention in mentions:
        joined = [g for g in groups if any(same_person(mention, other) for other in g)]
        merged = [mention] + [m for g in joined for m in g]
        groups = [g for g in groups if g not in joined] + [merged]
    return groups
