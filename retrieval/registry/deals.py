"""Deal mentions: which sentence says that which companies made what kind of agreement.

Company mentions are replaced by placeholders (``§0§``), and references by ``§W§`` ("we"),
``§I§`` ("it" after "said") and ``§B§`` ("the two sides"), so the patterns (in
retrieval.registry.deal_patterns) read like the grammar of deal prose rather than like names:
"§0§ and §1§ signed", "between §0§ and §1§", "§0§ ... acquire ... §1§", "§1§ was acquired
by §0§", "§0§ ... sell ... to §1§", "§0§ ... signed ... with §1§". The kind of agreement
comes from the sentence's agreement noun ("framework agreement", "memorandum of
understanding", "joint venture") or, failing that, from the deal verb. Sentences that report
talks, rumours, bids or ended deals, and sentences about the article itself (republishing
notes), are not deals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.models import AgreementKind, PartyRole
from retrieval.registry.companies import Mention
from retrieval.registry.deal_patterns import (
    ABOUT_THE_ARTICLE,
    ANY_KIND,
    BOTH,
    KINDS,
    NOT_A_DEAL,
    PARTY_PATTERNS,
    REFERENCES,
    SAID_IT,
    SIGNED,
)


@dataclass(frozen=True)
class DealMention:
    """One sentence's claim that some parties made some kind of agreement."""

    parties: tuple[tuple[str, PartyRole], ...]  # canonical names or WE/IT/BOTH
    kind: AgreementKind
    label: str
    strength: int  # 3: named agreement + signing verb, 2: deal pattern, 1: weak
    sentence: str
    position: int  # sentence index in the article; -1 for the headline


def is_about_the_article(sentence: str) -> bool:
    return bool(ABOUT_THE_ARTICLE.search(sentence))


def abstract(sentence: str, mentions: list[Mention]) -> tuple[str, list[str]]:
    """The sentence with placeholders, and the canonical name behind each ``§i§``."""
    names: list[str] = []
    pieces: list[str] = []
    cursor = 0
    for index, mention in enumerate(mentions):
        pieces.append(sentence[cursor : mention.start])
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        # "Norway's <Norska Design>", "Allied's Blocks Inc unit": a weak possessor only
        # qualifies the company that follows it.
        if (
            following is not None
            and not mention.strong
            and _possessive_gap(sentence, mention, following)
        ):
            cursor = following.start
            continue
        pieces.append(f"§{len(names)}§" if mention.strong else f"§{len(names)}w§")
        names.append(mention.name)
        cursor = mention.end
    pieces.append(sentence[cursor:])
    # "Contemporary Amperex Technology Co. Limited (CATL)": the acronym is the same party.
    text = re.sub(r"(§(\d+)§)\s*\(§\d+§\)", r"\1", "".join(pieces))
    for pattern, token in REFERENCES:
        text = pattern.sub(token, text)
    return SAID_IT.sub(r"\1", text), names


def _possessive_gap(sentence: str, mention: Mention, following: Mention) -> bool:
    return bool(re.fullmatch(r"['’]s\s+", sentence[mention.end : following.start])) or (
        mention.surface.endswith(("'s", "’s"))
        and not sentence[mention.end : following.start].strip()
    )


def agreement_kind(sentence: str) -> tuple[AgreementKind, str] | None:
    """The kind and label of the first (most specific) agreement noun in the sentence."""
    if not ANY_KIND.search(sentence):
        return None
    for pattern, kind, label in KINDS:
        match = pattern.search(sentence)
        if match:
            matched = re.sub(r"^(?:a|an|the)\s+", "", match.group(0).lower())
            return kind, label or " ".join(matched.split())
    return None


def find_deals(sentence: str, mentions: list[Mention], *, position: int) -> list[DealMention]:
    """Deal mentions in one sentence (usually zero or one)."""
    if is_about_the_article(sentence) or NOT_A_DEAL.search(sentence):
        return []
    named = agreement_kind(sentence)
    if named is None:
        return []
    text, names = abstract(sentence, mentions)
    signed = bool(SIGNED.search(sentence))
    found = []
    for pattern, roles, implied in PARTY_PATTERNS:
        for match in pattern.finditer(text):
            parties = tuple(
                (_name_of(token, names), role)
                for token, role in zip(_tokens(match), roles, strict=True)
            )
            if parties[0][0] == parties[1][0] and parties[0][0] != BOTH:
                continue
            kind, label = _kind(named, implied, sentence)
            if kind == "investment" and implied == "acquisition":
                parties = tuple((name, _AS_INVESTMENT.get(role, role)) for name, role in parties)
            strength = 3 if signed and kind == named[0] and implied is None else 2
            found.append(DealMention(parties, kind, label, strength, sentence, position))
        if found:
            return found
    if BOTH in text and signed:
        kind, label = named
        return [DealMention(((BOTH, "partner"),), kind, label, 3, sentence, position)]
    return []


def _kind(
    named: tuple[AgreementKind, str], implied: AgreementKind | None, sentence: str
) -> tuple[AgreementKind, str]:
    """A named agreement type wins over a deal verb, except generic nouns over verbs."""
    kind, label = named
    if implied is None or kind not in ("partnership", "acquisition", "merger", "investment"):
        return kind, label
    if implied == "acquisition" and _is_minority_stake(sentence):
        return "investment", "investment"
    return implied, implied


_AS_INVESTMENT: dict[PartyRole, PartyRole] = {
    "acquirer": "investor",
    "target": "investee",
    "seller": "investee",
}


def _is_minority_stake(sentence: str) -> bool:
    """Buying "4.5 mln shares" or "a 13 pct stake" is an investment, not a takeover."""
    bought = re.search(
        r"\b(?:buy|buys|bought|acquir\w+|purchas\w+|take|took|sell|sells|sold)\s+"
        r"(?:[\w,.-]+\s+){0,4}?"
        r"(?:(?P<pct>\d+(?:\.\d+)?) ?(?:pct|percent|%)|[\d.,]+ (?:mln |million )?(?:\w+ )?shares)",
        sentence,
        re.IGNORECASE,
    )
    if bought is None:
        return False
    return bought.group("pct") is None or float(bought.group("pct")) < 50


def _tokens(match: re.Match[str]) -> tuple[str, str]:
    found = match.groupdict()
    return str(found["a"]), str(found.get("b") or found.get("b2"))


def _name_of(token: str, names: list[str]) -> str:
    inner = token.strip("§").rstrip("w")
    return names[int(inner)] if inner.isdigit() else token
