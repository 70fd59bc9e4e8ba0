"""Chat shorthand in questions, written out before the question is parsed.

People type "jv w goodway whats it called n how r they selling" in Slack; the parser
reads English. These are the common English texting abbreviations (a fact of how people
write, not of any one question); only lower-case stand-alone words are touched, so names
("N.V.", "W.R. Grace", "Co") are left alone. Misspellings are handled later, by matching
words against the article's own words with a small edit distance.
"""

from __future__ import annotations

import re

CHAT_FORMS = {
    "n": "and",
    "+": "and",
    "@": "at",
    "w": "with",
    "w/": "with",
    "wat": "what",
    "wht": "what",
    "hw": "how",
    "whats": "what is",
    "wats": "what is",
    "whos": "who is",
    "r": "are",
    "u": "you",
    "ur": "your",
    "cld": "could",
    "shd": "should",
    "wd": "would",
    "abt": "about",
    "frm": "from",
    "b4": "before",
    "bc": "because",
    "yr": "year",
    "yrs": "years",
    "sh": "share",
    "shr": "share",
    "shrs": "shares",
    "shs": "shares",
    "pref": "preferred",
    "co": "company",
    "grp": "group",
    "min": "minimum",
    "mkt": "market",
    "mkts": "markets",
    "wk": "week",
    "wks": "weeks",
    "px": "price",  # traders' shorthand
    "div": "dividend",
    "divs": "dividends",
    "pfd": "preferred",
    "conv": "convertible",
    "debs": "debentures",
    "qtrly": "quarterly",
    "qtly": "quarterly",
    "uw": "underwriting",
    "pres": "president",
    "ests": "estimates",
    "orig": "original",
    "amt": "amount",
    "avg": "average",
    "pwr": "power",
    "ppl": "people",
    "intl": "international",
    "natl": "national",
    "thru": "through",
    "acq": "acquisition",
    "cos": "companies",
    "govt": "government",
    "mgmt": "management",
    "svc": "service",
    "svcs": "services",
    "approx": "approximately",
    "incl": "including",
    "info": "information",
    "biz": "business",
    "mgr": "manager",
    "dept": "department",
    "cmte": "committee",
    "exch": "exchange",
    "ops": "operations",
    "mfr": "manufacturer",
    "mfg": "manufacturing",
    "cust": "customer",
    "custs": "customers",
    "emps": "employees",
    "rev": "revenue",
    "revs": "revenues",
    "circ": "circulation",
    "mos": "months",
    "yday": "yesterday",
    "tmrw": "tomorrow",
    "jv": "joint venture",
    "jvs": "joint ventures",
    "mou": "memorandum of understanding",
    # business shorthand for periods
    "q1": "first quarter",
    "q2": "second quarter",
    "q3": "third quarter",
    "q4": "fourth quarter",
    "qtr": "quarter",
    "qtrs": "quarters",
    "h1": "first half",
    "h2": "second half",
    "fy": "fiscal year",
    # months, written as names are ("may" is written out already; "mar" is a verb and
    # "apr" an annual percentage rate)
    **{name[:3].lower(): name for name in "January February June July".split()},
    **{name[:3].lower(): name for name in "August September October November December".split()},
    "sept": "September",
    # spoken contractions of a verb and "to"
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
}
_TOKEN = re.compile(r"(?<![\w&./-])([a-z][a-z0-9/]*|\+|@)(?![\w&.-])")
_REPEATED_PUNCTUATION = re.compile(r"([?!.])\1+")


# "how much $$": dollar signs standing alone for money.
_MONEY_SIGNS = re.compile(r"(?<!\S)\$+(?=[\s?!.,;:]|$)")
# "what % of X", "coniston pct of allegis": a percent sign or the newswire's "pct" standing
# alone, for the noun it is read as (not a number's unit: "5 %", "15 pct").
_PERCENT_SIGN = re.compile(r"(?<!\S)(?<!\d )(?:%|pct)(?=[\s?!.,;:]|$)", re.IGNORECASE)


# "SLB Q3 1987", "H1 sales", "FY 1986": business writing puts a fiscal period's short form
# in capitals; it is never a word of a name, but the parser takes it into the name before
# it ("SLB Q3"), which no article then writes: it is written out as a lower-case one is.
# Not before a capitalised word: there the letters are a name's own ("Q1 Corp", "FY
# Holdings"), a period modifying no name.
_PERIOD = re.compile(r"(?<![\w&./-])(Q[1-4]|H[12]|FY)(?![\w&.-])(?!\s+[A-Z])")


# "$/shr", "$/oz": a slash between a money sign and a unit reads "per" (a rate).
_PER_UNIT = re.compile(r"(?<![\w/])(\$+)/([A-Za-z]+)\b")
_UNITS = frozenset(
    "sh shr shrs shs share shares unit units ton tons tonne tonnes bbl barrel barrels oz ounce "
    "head yr year month day".split()
)


def _per(match: re.Match[str]) -> str:
    unit = match.group(2).lower()  # the wire's "Shr"
    if unit not in _UNITS:
        return match.group()
    return f"money per {CHAT_FORMS.get(unit, unit)}"


def normalize_question(text: str) -> str:
    """Write out chat shorthand; collapse "??" and runs of spaces."""
    text = _PER_UNIT.sub(_per, text)
    expanded = _TOKEN.sub(lambda m: CHAT_FORMS.get(m.group(1), m.group(1)), text)
    expanded = _PERIOD.sub(lambda m: CHAT_FORMS[m.group(1).lower()], expanded)
    expanded = _MONEY_SIGNS.sub("money", expanded)
    expanded = _PERCENT_SIGN.sub("percentage", expanded)
    expanded = _REPEATED_PUNCTUATION.sub(r"\1", expanded)
    return re.sub(r"\s+", " ", expanded).strip()
