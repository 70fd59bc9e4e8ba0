"""Which sentences are worth parsing, and the text spaCy is given for them.

Parsing runs at a few thousand words a second, so only sentences that could state a deal
are parsed: a form of a deal predicate (retrieval.registry.lexicon) and at least two
organisations, or one and a word that may refer to another ("it", "the company"). The
forms are generated from the lexicon's lemmas, so the filter and the frames never drift
apart. Reuters' stock symbols ("Gelco Corp <GEC>") are dropped and its brackets around
private companies ("<Onex Capital Corp Ltd>") removed before parsing: they are markup,
and they confuse the parser.
"""

from __future__ import annotations

import re
from functools import cache

from retrieval.registry.lexicon import NOUN_FRAMES, ORG_NOUNS, VERB_FRAMES

_IRREGULAR = {
    "buy": ["bought"],
    "sell": ["sold"],
    "take": ["took", "taken", "takes", "taking"],
    "ally": ["allied", "allies"],
    "join": ["joined", "joins", "joining"],
}
_BRACKETED = re.compile(r"(\s*)<([^<>]{1,80}?)>")
_TICKER = re.compile(r"[A-Z0-9][A-Z0-9.]{0,11}")
_DETERMINED_ORG = "|".join(sorted(ORG_NOUNS))
# A word that may refer to an organisation named earlier: a pronoun, or a definite
# description ("the company", "the Spanish group", "the two firms").
_REFERRING = re.compile(
    rf"\b(?:it|its|they|their|both|we|our)\b"
    rf"|\b(?:the|this|both|two)\s+(?:[\w.-]+\s+){{0,2}}?(?:{_DETERMINED_ORG})\b",
    re.IGNORECASE,
)
# Cues that an article reports trading in a company's shares on the market.
_MARKET = re.compile(
    r"Securities and Exchange Commission|\b13-?D\b|open market"
    r"|\b(?:raised|increased|boosted|lifted|lowered|cut|reduced|trimmed)\s+(?:its|his|their)"
    r"\s+(?:stake|holding|interest)",
    re.IGNORECASE,
)


def forms(lemma: str) -> set[str]:
    """Inflected forms of a lemma: enough for a prefilter, not a morphology."""
    base = lemma.split()[0]
    found = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
    if base.endswith("e"):
        found.add(base[:-1] + "ing")
    if base.endswith("y"):
        found |= {base[:-1] + "ies", base[:-1] + "ied"}
    found.update(_IRREGULAR.get(base, []))
    return found


@cache
def trigger_pattern() -> re.Pattern[str]:
    words = set()
    for lemma in [*VERB_FRAMES, *NOUN_FRAMES]:
        words |= forms(lemma)
    words |= {"joint venture", "tie-up", "link-up", "buy-out"}
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def has_trigger(text: str) -> bool:
    return bool(trigger_pattern().search(text))


def worth_parsing(sentence: str, organisations: int) -> bool:
    if organisations == 0 or not has_trigger(sentence):
        return False
    return organisations >= 2 or bool(_REFERRING.search(sentence))


def reports_market_trading(text: str) -> bool:
    """The article reports stakes traded on the market (a filing, a stake raised or cut):
    shares bought or sold in it are market trades, not alliances."""
    return bool(_MARKET.search(text))


def for_parsing(sentence: str) -> str:
    """ "Gelco Corp's <GEC> Canadian unit" -> "Gelco Corp's Canadian unit"; a bracketed
    name standing alone ("to buy <Acme Inc>") keeps its words."""

    def replace(match: re.Match[str]) -> str:
        before = sentence[: match.start()].split()
        last = before[-1] if before else ""
        follows_a_name = last[:1].isupper() or last[:1].isdigit() or last.endswith(("'s", ")"))
        if _TICKER.fullmatch(match.group(2)) and follows_a_name:
            return ""
        return match.group(1) + match.group(2)

    return _BRACKETED.sub(replace, sentence)
