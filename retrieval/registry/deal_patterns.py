"""The grammar of deal prose, as data: the patterns `retrieval.registry.deals` applies.

Sentences reach these patterns abstracted: each company is a placeholder (``§0§`` when its
shape says it is a company, ``§0w§`` when only its capitals do), "we" is ``§W§``, "the two
sides" ``§B§`` and "it" after "said" ``§I§``. Groups ``a`` and ``b`` (or ``b2``) capture the
two parties.
"""

from __future__ import annotations

import re

from retrieval.models import AgreementKind, PartyRole

WE, IT, BOTH = "§W§", "§I§", "§B§"
_A = r"(?P<a>§(?:\d+w?|W|I|B)§)"
_B = r"(?P<b>§(?:\d+w?|W|I|B)§)"
# A company known by its shape (suffix, ticker, brackets) may follow lower-case descriptors:
# "with textiles concern §1§", "to buy Southampton-based builders' merchants §1§".
_LOOSE_B = r"(?:[a-z][\w'’-]*\s+){1,3}(?P<b2>§\d+§)"
_SIGNING = (
    r"signed|sign|signing|agreed|agree|agrees|formed|form|set up|established|establish|launched"
    r"|launch|entered|enter|reached|inked|concluded|completed|approved|announced|reported"
)
# What may stand between "acquire" and the company acquired: "all the outstanding shares of",
# "an 80 pct interest in", "certain assets of", "privately held".
_OBJECT_LEAD = (
    r"(?:\s+(?:all|an?|the|its|certain|privately[- ]held|privately[- ]owned|closely[- ]held"
    r"|\d[\d.,]* (?:pct|percent|%)|majority|minority|controlling|substantial|remaining"
    r"|outstanding|shares|stock|common|stake|interest|assets|business|of|in|substantially"
    r"|and|liabilities|operations|properties|\d[\d,.]*))*\s+"
)
REFERENCES = (
    (re.compile(r"\b(?:we|our company|us)\b", re.IGNORECASE), WE),
    (
        re.compile(
            r"\b(?:the two|both) (?:sides|parties|companies|groups|firms|enterprises)\b"
            r"|\bthe companies\b|\bthe parties\b",
            re.IGNORECASE,
        ),
        BOTH,
    ),
    (re.compile(r"(?<=\bsaid )(?:that )?(?:it|they)\b|\bthe company\b(?= said)"), IT),
)
# "§0§, a maker of ..., said it has agreed": the company that speaks is the one that acts.
SAID_IT = re.compile(r"(§\d+w?§)(?:,[^§]{0,120}?,)?\s+said(?: on \w+)?(?: that)? §I§")
# Descriptors between a preposition and a company: "to privately-held §1§", "by the §1§".
_DESCRIBED = (
    r"(?:(?:the|a|an|privately[- ]held|privately[- ]owned|closely[- ]held|newly[- ]formed"
    r"|[\w.]+-based)\s+)*"
)
_TARGET = rf"{_DESCRIBED}(?:{_B}|{_LOOSE_B})"
PartyPattern = tuple[re.Pattern[str], tuple[PartyRole, PartyRole], AgreementKind | None]
# (pattern with groups a and b, their roles, the kind the pattern itself implies)
PARTY_PATTERNS: tuple[PartyPattern, ...] = (
    (re.compile(rf"\bbetween {_A},? and {_B}"), ("partner", "partner"), None),
    (
        re.compile(
            rf"\b(?:venture|merger|partnership|alliance|combination) of {_A},? (?:and|with) {_B}"
        ),
        ("partner", "partner"),
        None,
    ),
    (
        re.compile(
            rf"{_A}[^§]{{0,60}}?\b(?:was|were|is|are|be|been|being) (?:acquired|bought|purchased"
            rf"|taken over) by {_TARGET}"
        ),
        ("target", "acquirer"),
        "acquisition",
    ),
    (
        re.compile(rf"\b(?:acquisition|purchase|takeover) of {_A}[^§]{{0,60}}? by {_B}"),
        ("target", "acquirer"),
        "acquisition",
    ),
    (
        re.compile(
            rf"{_A}[^§]{{0,100}}?\b(?:sell|sells|sold|selling|sale of)\b(?: its| their)?"
            rf"(?: §\d+w?§(?:['’]s)?)?[^§]{{0,80}}?\bto {_TARGET}"
        ),
        ("seller", "acquirer"),
        "acquisition",
    ),
    (re.compile(rf"{_A} said (?:that )?(?:§I§|it) and {_B}"), ("partner", "partner"), None),
    (
        re.compile(
            rf"{_A},? and {_B}(?:,[^§]{{0,60}},)?(?: \w+){{0,3}}? (?:{_SIGNING}|will|plan|plans"
            r"|have|had|jointly|merged|merge|said (?:they|§I§))\b"
        ),
        ("partner", "partner"),
        None,
    ),
    (
        re.compile(
            rf"{_A},? and {_B}(?:['’]s?)?(?: \w+){{0,2}}? (?:strategic|cooperation|partnership"
            r"|alliance|joint venture|venture|merger|deal|tie-up|pact)"
        ),
        ("partner", "partner"),
        None,
    ),
    (
        re.compile(
            rf"{_A}[^§]{{0,80}}?\b(?:acquire|acquires|acquired|acquiring|buy|buys|bought|purchase"
            rf"|purchases|purchased|take over|took over|takes over){_OBJECT_LEAD}{_TARGET}"
        ),
        ("acquirer", "target"),
        "acquisition",
    ),
    (
        re.compile(
            rf"{_A}[^§]{{0,80}}?\b(?:acquire|acquires|acquired|buy|buys|bought|purchase|purchased)"
            rf"\b[^§]{{0,60}}? from {_TARGET}"
        ),
        ("acquirer", "seller"),
        "acquisition",
    ),
    (
        re.compile(
            rf"{_A}(?:['’]s)?[^§]{{0,60}}?\b(?:acquisition|purchase|takeover) of{_OBJECT_LEAD}"
            rf"{_TARGET}"
        ),
        ("acquirer", "target"),
        "acquisition",
    ),
    (
        re.compile(rf"{_A}[^§]{{0,80}}?\bmerge[rsd]? (?:with|into) {_B}"),
        ("partner", "partner"),
        "merger",
    ),
    (
        re.compile(
            rf"{_A}[^§]{{0,80}}?\b(?:invest|invests|invested|investment|stake)\b[^§]{{0,30}}?"
            rf" in {_B}"
        ),
        ("investor", "investee"),
        "investment",
    ),
    (
        re.compile(
            rf"{_A}[^§]{{0,120}}?\b(?:{_SIGNING}|build|partnered|teamed|cooperat\w*|collaborat\w*"
            rf"|partnership|alliance|combine)\b[^§]{{0,100}}?\bwith (?:those of )?{_TARGET}"
        ),
        ("partner", "partner"),
        None,
    ),
)
# Agreement nouns, most specific first: (pattern, kind, label or None for the matched text).
KINDS: tuple[tuple[re.Pattern[str], AgreementKind, str | None], ...] = (
    (
        re.compile(
            r"(?:strategic )?(?:[\w-]+ ){0,2}?(?:cooperation|partnership|collaboration|alliance)"
            r" framework agreement|framework agreement",
            re.IGNORECASE,
        ),
        "framework agreement",
        None,
    ),
    (
        re.compile(r"joint[- ]venture|\bJV\b|joint (?:company|firm)|general partnership", re.I),
        "joint venture",
        "joint venture",
    ),
    (
        re.compile(r"memorandum of (?:understanding|cooperation)|\bMoU\b", re.IGNORECASE),
        "memorandum of understanding",
        "memorandum of understanding",
    ),
    (
        re.compile(r"strategic (?:cooperation|partnership|alliance)(?: agreement)?", re.I),
        "strategic cooperation agreement",
        "strategic cooperation agreement",
    ),
    (re.compile(r"\bmerge[rsd]?\b|\bcombine\b", re.I), "merger", "merger"),
    (
        re.compile(
            r"\b(?:acquir\w+|acquisition|buy|buys|bought|purchas\w+|takeover|take over|took over"
            r"|sell|sells|sold|sale of)\b",
            re.I,
        ),
        "acquisition",
        "acquisition",
    ),
    (re.compile(r"\b(?:invest\w*|stake)\b", re.I), "investment", "investment"),
    (
        re.compile(r"\bsupply (?:agreement|contract|deal)|\b(?:agreed|contract) to supply\b", re.I),
        "supply agreement",
        "supply agreement",
    ),
    (re.compile(r"\blicens\w+ agreements?\b", re.I), "licensing agreement", "licensing agreement"),
    (
        re.compile(
            r"\b(?:cooperation|partnership|collaboration|alliance) agreement|\bpartnership\b"
            r"|\balliance\b|\bcooperation\b|\btie-up\b|\bpact\b",
            re.I,
        ),
        "partnership",
        None,
    ),
)
# Any agreement noun at all: one search that rules out most sentences of a news corpus
# before the ten specific patterns run (they were a fifth of ingest time on BBC).
ANY_KIND = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _, _ in KINDS), re.I)
# Verbs that make a mention a concluded agreement (not merely reported or planned).
SIGNED = re.compile(
    r"\b(?:signed|signing|agreed|inked|concluded|formed|established|set up|entered into"
    r"|reached)\b",
    re.IGNORECASE,
)
NOT_A_DEAL = re.compile(
    r"\b(?:rumou?rs?|talks|negotiat\w*|terminated|termination|called off|scrapped|abandon\w*"
    r"|not true|no interest|denied|considering|may (?:seek|acquire|buy)|would have|tender offer"
    r"|offer(?:ed|s)? (?:to (?:buy|acquire)|for)|bid (?:to|for)|unsolicited|hostile"
    r"|possible|possibility|seeks? to|sought|proposal to|close to)\b",
    re.IGNORECASE,
)
# Sentences about the article itself, not its news: "This article first appeared on ...,
# republished as part of 36Kr's partnership with Nikkei".
ABOUT_THE_ARTICLE = re.compile(
    r"\b(?:this (?:article|story|report|post)|first (?:appeared|published)|originally "
    r"(?:appeared|published)|republish\w*|reprint\w*|syndicat\w*|all rights reserved)\b",
    re.IGNORECASE,
)
