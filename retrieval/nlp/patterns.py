"""Entity patterns for newswire units the statistical NER does not know.

Reuters writes "51 pct", "79 mln dlrs", "300 mln Canadian dlrs", "4.17 dlrs a share";
en_core_web_sm tags those numbers CARDINAL. These token patterns (spaCy EntityRuler data,
applied after the NER and overriding it) give them the labels the reader asks for.
"""

from __future__ import annotations

from typing import Any

# Words for "per hundred" in news copy.
PERCENT_UNITS = ["pct", "percent", "%", "pc"]
# Scale words that sit between a number and its currency ("mln dlrs", "billion yen").
SCALES = ["mln", "million", "mn", "bln", "billion", "bn", "m", "trillion", "thousand", "b"]
# Currency names and their newswire abbreviations.
CURRENCIES = [
    "dlr",
    "dlrs",
    "dollar",
    "dollars",
    "usd",
    "yen",
    "stg",
    "sterling",
    "pound",
    "pounds",
    "mark",
    "marks",
    "dm",
    "franc",
    "francs",
    "lira",
    "lire",
    "peseta",
    "pesetas",
    "guilder",
    "guilders",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "peso",
    "pesos",
    "rupee",
    "rupees",
    "yuan",
    "renminbi",
    "rand",
    "schilling",
    "schillings",
    "euro",
    "euros",
    "ecu",
    "ecus",
    "won",
    "baht",
    "ringgit",
    "riyal",
    "riyals",
    "cruzado",
    "cruzados",
    "austral",
    "australs",
    # Reuters' Scandinavian kronor ("5.8 billion crowns") and other currencies it names
    "crown",
    "crowns",
    "escudo",
    "escudos",
    "punt",
    "punts",
    "forint",
    "forints",
    "rupiah",
    "dinar",
    "dinars",
    "drachma",
    "drachmas",
    "zloty",
    "zlotys",
    "shekel",
    "shekels",
    "real",
    "reais",
    # and the rest the corpora name ("50 mln Kenyan shillings")
    "shilling",
    "shillings",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "markka",
    "markkaa",
    "kwacha",
    "sdr",
    "sdrs",
    "kyat",
    "kyats",
    "dirham",
    "dirhams",
    "naira",
    "rial",
    "rials",
    "cents",
    "cent",
    "cts",  # Reuters' cents: "79.6 cts per share"
    "ct",
    "pence",
    "p",
]
# Currencies named after people and places ("1.2 billion bolivars", but "in 1830 Bolivar
# died", "200 Sucre residents"): money only after a scale word.
NAMED_CURRENCIES = ["bolivar", "bolivars", "sucre", "sucres", "inti", "intis", "taka"]
# Currency names that are no other English word ("1.2bn real users", "1.4bn won the vote").
_PLAIN_CURRENCIES = [c for c in CURRENCIES if c not in ("real", "won", "p", "ct", "mark")]
SYMBOLS = ["$", "£", "€", "¥", "us$", "a$", "c$", "hk$", "nz$", "s$"]
# The months' names in lower case, in the year's order (January is index 0).
MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()

_NUMBER: dict[str, Any] = {"LIKE_NUM": True}
# A number with its scale written on ("1.17bn", "328m"): BBC style, one token.
_SCALED: dict[str, Any] = {"TEXT": {"REGEX": r"^\d[\d,]*(\.\d+)?(bn|m|mn|tn)$"}}
_PENCE: dict[str, Any] = {"TEXT": {"REGEX": r"^\d[\d,]*(\.\d+)?p$"}}
_QUALIFIER: dict[str, Any] = {"IS_TITLE": True, "OP": "?"}  # "Canadian", "Australian", "U.S."

# A decimal fraction below one ("0.5165", ".82"): an exchange ratio or a part of a share,
# never a year or a date; the NER leaves many unlabelled.
_FRACTION: dict[str, Any] = {"TEXT": {"REGEX": r"^0?\.\d+$"}}

# A credit rating as the agencies write it (S&P and Fitch "BBB-plus", "A-1", "BB+";
# Moody's "Baa3", written "BAA-3" in capitals; Duff and Phelps "D&P-8"): a grade of one
# letter needs a number or a sign, being else a word or an initial ("a", "B"); of the
# others only AAA and BBB need none, the rest being names too ("AA", and "CCC" for the
# Commodity Credit Corp).
_GRADE = (
    r"^(?:(?:AAA|BBB)[+-]?"
    r"|(?:CCC|AA|BB|CC|A|B|C)(?:[+-]|-?[1-3](?:[+-])?)"
    r"|(?:Aaa|Aa-?[1-3]|Baa(?:-?[1-3])?|Ba-?[1-3]|Caa(?:-?[1-3])?)"
    r"|(?:BAA|BA|CAA|P)-?[1-3]"
    r"|D&P-?\d{1,2})$"
)
_PLUS_OR_MINUS = ["plus", "minus"]

# A mixed number as Reuters writes it, whole and fraction hyphenated ("8-1/4", three tokens):
# an amount it opens is whole ("an 8-1/4 pct coupon"), not its fraction ("1/4 pct").
_MIXED: list[dict[str, Any]] = [
    {"TEXT": {"REGEX": r"^\d+$"}},
    {"ORTH": "-"},
    {"TEXT": {"REGEX": r"^\d+/\d+$"}},
]

PATTERNS: list[dict[str, Any]] = [
    {"label": "PERCENT", "pattern": [*_MIXED, {"LOWER": {"IN": PERCENT_UNITS}}]},
    {"label": "PERCENT", "pattern": [*_MIXED, {"LOWER": "per"}, {"LOWER": "cent"}]},
    {
        "label": "MONEY",
        "pattern": [
            *_MIXED,
            {"LOWER": {"IN": SCALES}, "OP": "?"},
            _QUALIFIER,
            {"LOWER": {"IN": CURRENCIES}},
        ],
    },
    # "A-1-plus", "BBB-minus": the sign written as a word after a hyphen
    {
        "label": "RATING",
        "pattern": [
            {"TEXT": {"REGEX": _GRADE}},
            {"ORTH": "-", "OP": "?"},
            {"LOWER": {"IN": _PLUS_OR_MINUS}, "OP": "?"},
        ],
    },
    {"label": "CARDINAL", "pattern": [_FRACTION]},
    # "a 12-pct interest": the amount hyphenated into a modifier, as money is below
    {
        "label": "PERCENT",
        "pattern": [_NUMBER, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": PERCENT_UNITS}}],
    },
    {"label": "PERCENT", "pattern": [_NUMBER, {"LOWER": "per"}, {"LOWER": "cent"}]},
    {
        "label": "MONEY",
        "pattern": [
            _NUMBER,
            {"LOWER": {"IN": SCALES}, "OP": "?"},
            _QUALIFIER,
            {"LOWER": {"IN": CURRENCIES}},
        ],
    },
    {
        "label": "MONEY",
        "pattern": [
            {"LOWER": {"IN": SYMBOLS}},
            _NUMBER,
            {"LOWER": {"IN": SCALES}, "OP": "?"},
        ],
    },
    {
        "label": "MONEY",
        "pattern": [
            _NUMBER,
            {"LOWER": {"IN": SCALES}},
            _QUALIFIER,
            {"LOWER": {"IN": NAMED_CURRENCIES}},
        ],
    },
    # "$20bn", "£1.5bn": a symbol before a number with its scale written on (the NER
    # reads "£328m" and "$800m" itself, but drops the symbol or the whole amount here)
    {"label": "MONEY", "pattern": [{"LOWER": {"IN": SYMBOLS}}, _SCALED]},
    # "raised 1.17bn euros"
    {"label": "MONEY", "pattern": [_SCALED, _QUALIFIER, {"LOWER": {"IN": _PLAIN_CURRENCIES}}]},
    # British pence written on ("a 700p offer", "shares firmed to 670p"): the NER reads
    # them as names or dates
    {"label": "MONEY", "pattern": [_PENCE]},
    # an amount hyphenated into a modifier ("the 43-dlr-a-share offer", "a 700-mln-dlr
    # deal"): the NER reads the number alone
    {
        "label": "MONEY",
        "pattern": [
            _NUMBER,
            {"ORTH": "-"},
            {"LOWER": {"IN": SCALES}, "OP": "?"},
            {"ORTH": "-", "OP": "?"},
            {"LOWER": {"IN": CURRENCIES}},
        ],
    },
]
