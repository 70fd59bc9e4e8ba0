"""Areas of cooperation: the enumerations and objects that say what an alliance is about.

General shapes of deal prose, each applied to sentences already known to be about the
alliance (see retrieval.registry.extraction):
- an enumeration after "cooperation in", "in the fields of", "in four aspects including",
  "in ..., etc." — split at commas, with the serial "and" of the last item;
- the object of a joint verb: "jointly develop power battery products", "work together to
  expand overseas markets";
- target markets: "with China and South Korea as key markets";
- a named platform or architecture: "CMA ... architecture".
"""

from __future__ import annotations

import re

from retrieval.models import Area

_INTROS = (
    re.compile(
        r"\bin (?:the )?(?:[\w-]+ ){0,2}?(?:fields?|areas?|aspects?|sectors?|domains?|respects?)"
        r"(?: of|,? such as|,? including|,? like|,? namely)\s+",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:cooperat\w*|collaborat\w*|partnership|work(?:ing)? together) (?:in|on)\s+"
        r"(?!(?:the )?(?:[\w-]+ ){0,2}?(?:fields?|areas?|aspects?|sectors?|domains?)\b)"
        r"(?!(?:the|this|a|an|its|their|our)\b)",
        re.IGNORECASE,
    ),
    re.compile(r"\bin\s+(?=[^;.]{0,200}?,\s*etc\b)", re.IGNORECASE),
)
# Where an enumeration stops: a new clause ("..., the two parties will"), or the sentence.
_LIST_END = re.compile(
    r"[;.](?:\s|$)|,?\s*etc\b|,\s*(?:the two|both|and (?:jointly|will|to|also|thereby)|"
    r"thereby|so as|which|while|in order)\b|\s+(?:and|to) (?:jointly|further) ",
    re.IGNORECASE,
)
_JOINT_VERB = re.compile(
    r"\b(?:jointly|together to|to jointly|jointly to|will jointly)\s+"
    r"(?:develop|expand|explore|build|promote|create|produce|launch|research|establish)\s+"
    r"(?P<object>[^,;.]+)",
    re.IGNORECASE,
)
_CHAINED_VERB = re.compile(
    r"\s+and\s+(?:develop|expand|explore|build|promote|create|produce|launch|enter)\s+"
    r"(?P<object>[^,;.]+)",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r"\s+(?:based on|so as|so that|in order|to |which|that|through|using|by |with |and "
    r"(?:develop|expand|explore|build|promote|create|produce|launch|enter|carry)\b)",
    re.IGNORECASE,
)
_MARKETS = re.compile(
    r"\bwith (?P<places>[A-Z][\w ]{1,60}?) as (?:the )?(?:key|main|major|core|target|priority"
    r"|focus|strategic)(?: \w+)? markets?\b"
)
# "CMA architecture", "CMA ... with the architecture", then "platform CMA".
_PLATFORMS = (
    re.compile(
        r"\b(?P<name>[A-Z]{2,6})\b(?:\s+[^\s,;.]+){0,3}?\s+(?P<noun>architecture|platform)s?\b"
    ),
    re.compile(r"\b(?P<noun>architecture|platform)\s+(?P<name>[A-Z]{2,6})\b"),
)
# "As representative enterprises in the fields of ...": that describes the parties.
_DESCRIBES_PARTIES = re.compile(
    r"\b(?:enterprises?|compan(?:y|ies)|firms?|leaders?|players?|makers?)\s*$", re.IGNORECASE
)
_GENERIC_ITEMS = frozenset({"aspects", "fields", "areas", "sectors", "other aspects", "others"})
_VERBISH = re.compile(
    r"^(?:will|to|jointly|also|thereby|and jointly|which|that|is|are|be|has|have|the two)\b",
    re.IGNORECASE,
)
_DROP_WORDS = re.compile(
    r"^(?:the|a|an|and|or|related|other|various)\s+|\s+(?:fields?|etc)$", re.IGNORECASE
)
MAX_ITEM_WORDS = 7


def find_areas(sentence: str, *, exclude: frozenset[str] = frozenset()) -> list[Area]:
    """Areas named in one sentence; `exclude` holds company names (never an area)."""
    names = _enumerations(sentence) + _joint_objects(sentence) + _markets(sentence)
    names += _platforms(sentence, exclude)
    seen: set[str] = set()
    areas = []
    for name in names:
        key = name.lower()
        if key in seen or key in exclude or not _is_area(name):
            continue
        seen.add(key)
        areas.append(Area(name=name, evidence=sentence))
    return areas


def _enumerations(sentence: str) -> list[str]:
    items: list[str] = []
    for intro in _INTROS:
        for match in intro.finditer(sentence):
            if _DESCRIBES_PARTIES.search(sentence[max(0, match.start() - 40) : match.start()]):
                continue
            rest = sentence[match.end() :]
            end = _LIST_END.search(rest)
            open_ended = bool(end and end.group(0).strip(" ,").lower().startswith("etc"))
            items += split_list(rest[: end.start()] if end else rest, open_ended=open_ended)
    return items


def split_list(text: str, *, open_ended: bool = False) -> list[str]:
    """ "A and B, C, D, and E" -> [A and B, C, D, E]; "..., F and G" splits the last item,
    unless the list ends with "etc." (then its last item is not the "and" item)."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?", text) if p.strip()]
    oxford = bool(re.search(r",\s*(?:and|or)\s+[^,]*$", text))
    if len(parts) >= 3 and not oxford and not open_ended and " and " in parts[-1]:
        parts[-1:] = parts[-1].split(" and ", 1)
    items = []
    for part in parts:
        if _VERBISH.match(part):
            break  # the enumeration has turned into a new clause
        items.append(_clean(part))
    return [item for item in items if item]


def _joint_objects(sentence: str) -> list[str]:
    objects: list[str] = []
    for match in _JOINT_VERB.finditer(sentence):
        tail = sentence[match.start("object") :]
        objects.append(_object(match.group("object")))
        for chained in _CHAINED_VERB.finditer(tail):
            objects.append(_object(chained.group("object")))
    return objects


def _object(text: str) -> str:
    end = _OBJECT_END.search(text)
    return _clean(text[: end.start()] if end else text)


def _markets(sentence: str) -> list[str]:
    found = []
    for match in _MARKETS.finditer(sentence):
        for place in re.split(r",\s*|\s+and\s+", match.group("places")):
            if place.strip():
                found.append(f"{place.strip()} market")
    return found


def _platforms(sentence: str, exclude: frozenset[str]) -> list[str]:
    found = []
    named: set[str] = set()
    for pattern in _PLATFORMS:
        for match in pattern.finditer(sentence):
            name, noun = match.group("name"), match.group("noun").lower()
            if name.lower() in exclude or name in named or name in {"MOU", "CEO", "NEV", "EV"}:
                continue
            named.add(name)
            found.append(f"{name} {noun}")
    return found


def _clean(item: str) -> str:
    item = " ".join(item.split()).strip(' ,:;"“”')
    previous = None
    while previous != item:
        previous, item = item, _DROP_WORDS.sub("", item).strip()
    return item


def _is_area(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= MAX_ITEM_WORDS
        and not _VERBISH.match(name)
        and name[0].isalnum()
        and name.lower() not in _GENERIC_ITEMS
        and not re.match(r"^(?:cooperation|collaboration|partnership)\b", name, re.IGNORECASE)
    )
