"""Text cleaning shared by every input format: strip web boilerplate, find dates.

Everything here works on *paragraphs* (single-spaced strings) so that the rules below do not
care whether the text came from a web page, a PDF or a hard-wrapped newswire. Boilerplate rules
are general patterns (share widgets, tracking-pixel notices, feedback forms, "read more"
links, cookie and newsletter banners, bylines); each is limited to short paragraphs so that a
real sentence that merely mentions cookies or newsletters is never dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

HEADER_ZONE = 6  # paragraphs at the top where bylines, datelines and repeated headlines live
DATE_ZONE = 4  # paragraphs searched for the publication date: short ones in full, ...
DATELINE_WORDS = 25
DATELINE_CHARS = 60  # ... long ones only this far (a dateline opening the lead)

_SPACE_LIKE = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_TRANSLATION: dict[int, str | None] = {ord(char): " " for char in _SPACE_LIKE}
_TRANSLATION |= {ord(char): None for char in "\u00ad\u200b\u200c\u200d\u2060\ufeff"}
_TRANSLATION |= {ord("\t"): "    ", ord("\f"): "\n\n", ord("\v"): "\n"}
_TRANSLATION |= {ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\r"): "\n"}
_TRANSLATION |= {code: None for code in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)}

_SOCIAL = (
    r"(?:we ?chat|weixin|weibo|sina|qq|qzone|facebook|twitter|x|linkedin|whats ?app|telegram"
    r"|reddit|pinterest|e-?mail|line|messenger|flipboard|copy link|print)"
)
_SHARE_TAIL = rf"\bshare (?:to|on|via|with)\b(?:[\s,|/:·]+{_SOCIAL}\b)+[\s,|/·]*$"
_PIXEL = r"\b(?:fb|facebook|meta|tracking) ?pixel\b(?: ?no ?-?script)?|<?/?noscript>?"
_INLINE_JUNK = re.compile(rf"{_PIXEL}|{_SHARE_TAIL}", re.IGNORECASE)


class _Rule(NamedTuple):
    """A boilerplate pattern, tried only on paragraphs of at most ``max_words`` words that
    contain one of the lower-case ``hints`` (a cheap pre-check; no hints: always tried)."""

    name: str
    max_words: int
    hints: tuple[str, ...]
    pattern: re.Pattern[str]


def _rule(spec: tuple[str, int, str], *pattern: str) -> _Rule:
    """``spec`` is (name, max_words, hints separated by '|'); ``pattern`` parts are joined."""
    name, max_words, hints = spec
    compiled = re.compile("".join(pattern), re.IGNORECASE)
    return _Rule(name, max_words, tuple(hints.split("|")) if hints else (), compiled)


_BOILERPLATE = (
    _rule(
        ("share widget", 12, "share"),
        r"^share(?: this| the)?(?: article| story| post| page)?\b",
        rf"(?:[\s,|/:·]+(?:to|on|via|with|{_SOCIAL})\b)*\W*$",
    ),
    _rule(("social links", 12, ""), rf"^(?:{_SOCIAL}\b[\s,|/·]*){{2,}}$"),
    _rule(
        ("tracking notice", 25, "javascript"),
        r"^(?:please )?(?:enable|turn on) javascript",
        r"|javascript is (?:disabled|required)",
    ),
    _rule(
        ("feedback form", 40, "suggest|leave|we will"),
        r"suggestions? ?(?:&|and) ?feedbacks?|we take every suggestion",
        r"|\bplease leave (?:a |your )?(?:message|comment|information|contact|feedback)",
        r"|\bleave (?:a|your) (?:message|comment|reply)\b",
        r"|\bwe will (?:reply|respond|get back)(?: to)?(?: you)? (?:within|as soon as)",
    ),
    _rule(
        ("comment widget", 5, ""),
        r"^(?:online message|(?:post|add|leave|write|view|show) ",
        r"(?:a |all )?comments?|\d* ?comments?|comment section|reply)\W*$",
    ),
    _rule(
        ("photo credit", 20, "pic|photo|image|graphic"),
        r"^[(\[]?\s*(?:the )?(?:picture|photo|image|pic|graphic)s? ?",
        r"(?:comes? from|is from|source|credits?|courtesy(?: of)?|by)?\s*[:：]",
        r"|^[(\[]?\s*(?:the )?(?:picture|photo|image|pic)s? (?:comes? from|is from|courtesy of)\b",
    ),
    _rule(
        ("navigation", 12, ""),
        r"^(?:(?:auto[ -]?)?loading (?:the )?next (?:article|story|post)",
        r"|read (?:more|next|the full (?:article|story))|(?:next|previous|prev) ",
        r"(?:article|story|post)|related (?:articles?|stories|news|posts|content|reading)",
        r"|recommended(?: for you| reading| articles?| stories)?|you (?:may|might) also ",
        r"(?:like|be interested in)|continue reading|click here\b.*|back to top|see also",
        r"|most (?:read|popular|viewed)|advertisement|sponsored(?: content)?",
        r"|scroll (?:down )?to continue)\b\W*$",
    ),
    _rule(
        ("cookie notice", 60, "cookie"),
        r"\b(?:we|this (?:web)?site|our (?:web)?site|this page) uses? cookies\b",
        r"|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|consent)\b",
    ),
    _rule(
        ("newsletter", 30, "newsletter|subscribe|inbox"),
        r"\b(?:subscribe|sign up|signup|register)\b.{0,40}\bnewsletters?\b",
        r"|^subscribe(?: now| today| here| for free)?\W*$",
        r"|\b(?:delivered )?(?:to|in) your inbox\b",
    ),
    _rule(("reading time", 15, "read"), r"\b\d+ ?(?:min|mins|minutes?)(?: to)? read\b"),
    _rule(
        ("copyright", 30, "copyright|©|(c)|rights reserved"),
        r"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|by\b)|\ball rights reserved\b",
    ),
    _rule(("page number", 4, ""), r"^(?:page ?)?\d{1,4}(?: ?(?:of|/) ?\d{1,4})?$"),
)
_BOILERPLATE_MAX_WORDS = max(rule.max_words for rule in _BOILERPLATE)
_INLINE_HINTS = ("pixel", "noscript", "share")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_NAME = r"[A-Z][\w.'’-]*"
_HEADER_META = (
    re.compile(
        rf"^(?:[Bb]y|BY) {_NAME}(?: (?:{_NAME}|and|&|de|van|von|der|la|,))*"
        rf"(?: ?[,|/–—-] ?[A-Z][\w.'’ -]{{0,40}})?$"
    ),
    re.compile(
        r"^(?:written|posted|reported|edited|compiled|photographed) by\b|^(?:author|editor|"
        r"reporter|correspondent)s?\s*[:：]",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:(?:first |last )?(?:published|posted|updated|modified)|release date|date)"
        rf"(?:\s*[:：]|\s+(?:on|at)\b|\s*$|\s+(?=\d|{_MONTH}))",
        re.IGNORECASE,
    ),
    re.compile(r"^[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,40}){2,}$"),  # breadcrumb: Home > News > Autos
)
_META_NOISE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?"
    r"|\b(?:gmt|utc|bst|cet|cst|est|edt|pst|ist|jst|hkt|bjt)\b|[+-]\d{2}:?\d{2}\b"
    r"|\b(?:published|posted|updated|last|first|on|at)\b",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(r"\(?(?:reuters?|ap|afp|upi|xinhua)\)?\W*", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\s*\bblah,? blah,? blah\W*$", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[\W_]+")
_YEAR = r"(?:1[89]|2[01])\d\d"
_DATE = re.compile(
    rf"(?<![\d.])(?P<y1>{_YEAR})[-/.](?P<m1>\d{{1,2}})[-/.](?P<d1>\d{{1,2}})(?![\d.])"
    rf"|\b(?P<m2>{_MONTH}) ?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y2>{_YEAR})(?!\d)"
    rf"|\b(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?: of)?[ -](?P<m3>{_MONTH})(?:,? |-)"
    rf"(?P<y3>{_YEAR})(?!\d)"
    rf"|(?P<y4>{_YEAR}) ?年 ?(?P<m4>\d{{1,2}}) ?月 ?(?P<d4>\d{{1,2}}) ?日"
    rf"|(?<![\d.])(?P<a5>\d{{1,2}})[/.](?P<b5>\d{{1,2}})[/.](?P<y5>{_YEAR})(?![\d.])",
    re.IGNORECASE,
)
_YEAR_HINT = re.compile(_YEAR)  # cheap pre-check: no year, no full date
_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {name: number for number, name in enumerate(_ABBR, start=1)}


def normalize_text(text: str) -> str:
    """Unify line breaks and odd spaces, drop zero-width and control characters, and
    carriage returns printed as "^M"."""
    text = _PRINTED_RETURN_AND_SPACE.sub("\n", text).replace(_PRINTED_RETURN, "")
    return text.replace("\r\n", "\n").translate(_TRANSLATION)


# Reuters-21578 prints a carriage return as the two characters "^M" ("<Pratt^M\nand
# Whitney>", a "REUTER^M" sign-off): a line ending, not text. The line after one may
# carry a stray space ("Rolls-Royce^M\n Ltd>"), which is no paragraph's indent.
_PRINTED_RETURN = "^M"
_PRINTED_RETURN_AND_SPACE = re.compile(r"\^M\n (?=\S)")


def collapse(text: str) -> str:
    """Single-space a string and strip it."""
    return " ".join(text.split())


def boilerplate_kind(paragraph: str) -> str | None:
    """Name of the boilerplate rule a paragraph matches, or None for content."""
    words = paragraph.count(" ") + 1
    if words > _BOILERPLATE_MAX_WORDS:
        return None
    lower = paragraph.lower()
    for rule in _BOILERPLATE:
        if words > rule.max_words or (rule.hints and not any(h in lower for h in rule.hints)):
            continue
        if rule.pattern.search(paragraph):
            return rule.name
    return None


def strip_inline_junk(paragraph: str) -> str:
    """Remove tracking-pixel notices and trailing share widgets glued onto real text."""
    lower = paragraph.lower()
    if not any(hint in lower for hint in _INLINE_HINTS) or not _INLINE_JUNK.search(paragraph):
        return paragraph
    return collapse(_INLINE_JUNK.sub(" ", paragraph))


def is_header_meta(paragraph: str) -> bool:
    """Bylines, 'published on' lines, bare datelines and breadcrumbs (top of an article only)."""
    if paragraph.count(" ") >= 15:
        return False
    if any(pattern.search(paragraph) for pattern in _HEADER_META):
        return True
    if not _YEAR_HINT.search(paragraph):
        return False
    leftover = _META_NOISE.sub(" ", _DATE.sub(" ", paragraph))
    return paragraph != leftover and not any(char.isalnum() for char in leftover)


def is_headline(paragraph: str) -> bool:
    """Short enough, and not a long finished sentence, to be a title line."""
    words = paragraph.count(" ") + 1
    if len(paragraph) > 200 or words > 30:
        return False
    finished = paragraph.endswith((".", "!", "?")) and not paragraph.endswith(("...", "…"))
    return not finished or words <= 15


def clean_body(paragraphs: Sequence[str], *, title: str) -> list[str]:
    """Drop repeated headlines, top-of-page metadata and boilerplate; keep every real sentence."""
    folded_title = _fold(title)
    kept: list[str] = []
    for index, raw in enumerate(paragraphs):
        paragraph = strip_inline_junk(raw)
        if not paragraph or boilerplate_kind(paragraph):
            continue
        if index < HEADER_ZONE and (_repeats(paragraph, folded_title) or is_header_meta(paragraph)):
            continue
        kept.append(paragraph)
    while kept:
        last = _PLACEHOLDER.sub("", kept[-1])
        if last and not _SIGNOFF.fullmatch(last):
            kept[-1] = last
            break
        kept.pop()
    return kept


def _fold(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


def _repeats(paragraph: str, folded_title: str) -> bool:
    """True when a headline-like paragraph repeats the title, or a piece of a title that was
    wrapped over two lines, or a longer form of a title truncated with '...'."""
    if not folded_title or not is_headline(paragraph):
        return False
    folded = _fold(paragraph)
    if len(folded) >= 8 and folded in folded_title:
        return True
    unfinished = not paragraph.endswith((".", "!", "?"))
    return unfinished and len(folded_title) >= 20 and folded.startswith(folded_title)


def parse_date(value: str) -> str | None:
    """First full date (with a year) in ``value`` as ISO 'YYYY-MM-DD', else None."""
    if not _YEAR_HINT.search(value):
        return None
    for match in _DATE.finditer(value):
        iso = _to_iso(match)
        if iso:
            return iso
    return None


def find_date(paragraphs: Sequence[str]) -> str | None:
    """Publication date stated near the top of an article (never deep in the body).

    Only the first few paragraphs are searched: short ones (datelines, bylines) in full, long
    ones only at their start ("BEIJING, March 13, 2023 - ...").
    """
    for paragraph in paragraphs[:DATE_ZONE]:
        short = paragraph.count(" ") < DATELINE_WORDS
        found = parse_date(paragraph if short else paragraph[:DATELINE_CHARS])
        if found:
            return found
    return None


def _to_iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    if parts["y1"]:
        year, month, day = parts["y1"], parts["m1"], parts["d1"]
    elif parts["y2"] or parts["y3"]:
        key = "2" if parts["y2"] else "3"
        year, day = parts[f"y{key}"], parts[f"d{key}"]
        month = str(_MONTHS[parts[f"m{key}"][:3].lower()])
    elif parts["y4"]:
        year, month, day = parts["y4"], parts["m4"], parts["d4"]
    else:  # d/m/y or m/d/y: only when one part cannot be a month
        first, second, year = int(parts["a5"]), int(parts["b5"]), parts["y5"]
        if (first > 12) == (second > 12):
            return None
        day, month = (str(first), str(second)) if first > 12 else (str(second), str(first))
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
