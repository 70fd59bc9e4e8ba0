"""Does an article mention a name the question uses, however it spells it?

A question says "P&G", "Coke", "HP" or "UK"; the article says "Procter and Gamble Co
<PG>", "Coca-Cola", "Hewlett-Packard", "U.K.". A name is found in an article when
- its words appear there (case, punctuation and legal forms ignored), or with one slip;
- it is a short form (initialism, clipping) of a name the article writes out, or the
  article's short form of it, or a short form the article defines (ticker, brackets);
- failing all those, the embedding model puts it very close to one of the article's
  names (world knowledge: "Coke" is "Coca-Cola").
Whether a name found in a sentence is one the question uses is `asked_match`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.nlp.initials import written_out as initials_written_out
from retrieval.nlp.names import (
    LEGAL_FORMS,
    abbreviates,
    compound_pieces,
    defined_short_forms,
    name_key,
    pieces,
)
from retrieval.reading.asked_match import is_asked_name
from retrieval.reading.name_slips import name_words, one_slip_from
from retrieval.reading.name_spellings import (
    after_apposition,
    brief,
    cut_short,
    windows,
    without_middle_initials,
)
from retrieval.reading.units import stated_units
from retrieval.text import stem

# Capitalised runs: the article's candidate names.
_RUN = re.compile(r"[A-Z][\w&'.-]*(?:\s+(?:(?:and|of|de|du|la|&)\s+)?[A-Z][\w&'.-]*)*")
# Cosine above which two names are taken as the same organisation (WordLlama: "Coke" /
# "Coca-Cola" 0.64-0.79, "HP" / "Hewlett-Packard" 0.74; unrelated companies below 0.2).
SAME_NAME_SIMILARITY = 0.6
# A name of this many words may be written as its first two ("Great American").
SHORT_FORM_FROM = 3
MIN_SHORT_WORD = 4
# Two names joined into one: "ATT/Philips", "Hughes Aircraft-Raytheon", and two firms the
# NER took for one ("Polysar and Raision Tehtaat" -- "Procter and Gamble" is spelled whole).
_JOINED = re.compile(r"/|-(?=[A-Z])| and (?=[A-Z])")

# Ordinals open many firms' names ("First Union", "Second National") and any sentence:
# alone they are no name to find side by side with another.
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


@dataclass
class ArticleNames:
    """The names one article uses, for matching a question's names against."""

    text: str
    embedder: MatrixEmbeddings | None = None
    # Names another article of the question's spells as written: no nickname of a firm
    # here ("Texon", spelled in its own article, is not "Texaco" because they look alike).
    spelled_elsewhere: frozenset[str] = frozenset()
    _vectors: np.ndarray | None = field(default=None, init=False, repr=False)
    _units: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = field(
        default_factory=dict, init=False, repr=False
    )
    _written: dict[tuple[str, ...], tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False
    )
    _abbreviating: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False)

    def units_of(self, names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        """For each of `names`, the names the article gives as its units
        (retrieval.reading.units)."""
        if names not in self._units:
            self._units[names] = stated_units(self.text, names)
        return self._units[names]

    @cached_property
    def words(self) -> set[str]:
        return set(pieces(self.text))

    @cached_property
    def sequence(self) -> str:
        """The article's word stems in order, space-delimited, for phrase lookups (stems:
        "ICN Pharmaceutical Inc" is "ICN Pharmaceuticals")."""
        text = without_middle_initials(self.text.replace("&", " and "))
        return f" {' '.join(stem(p) for p in pieces(text))} "

    @cached_property
    def runs(self) -> list[str]:
        found = {m.group(0).rstrip(".") for m in _RUN.finditer(self.text)}
        return sorted(run for run in found if len(run) > 1)

    @cached_property
    def short_forms(self) -> list[tuple[str, str]]:
        return defined_short_forms(self.text)

    def written_out(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The full names the article gives for those of `names` it defines as short
        forms ("Sociedad Iberica de Molturacion, S.A. (Simsa)" for "Simsa"); asked once
        per question, read for every sentence."""
        if names not in self._written:
            defined = tuple(
                after_apposition(full)
                for short, full in self.short_forms
                if is_asked_name(short, list(names))
            )
            self._written[names] = defined or self._abbreviated(names)
        return self._written[names]

    def _abbreviated(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """What an asked initialism abbreviates ("National Computer Systems Inc" for
        "NCS"): the firm written out, as a short form the article defines is."""
        return tuple(full for n in names if n.isupper() for full in self._stretches(n))

    def _stretches(self, name: str) -> tuple[str, ...]:
        """For a brief name, the longest stretch of each of the article's names that it
        abbreviates ("ABB" for the run "Asea Brown Boveri sets group structure": any
        stretch of a run may be what the short form abbreviates)."""
        if name not in self._abbreviating:
            found = []
            for run in self.runs if brief(name) else ():
                parts = [part for part in windows(run) if abbreviates(name, part)]
                found += [max(parts, key=len)] if parts else []
            self._abbreviating[name] = tuple(found)
        return self._abbreviating[name]

    def mentions(self, name: str, *, loose: bool = False) -> bool:
        """`loose`: within one sentence a name may be cut to its first or last word
        ("Trump and Interstate" after "Donald Trump and Interstate Properties")."""
        if loose and self._short_form(name):
            return True
        return self.writes(name) or (name not in self.spelled_elsewhere and self.resembles(name))

    def writes(self, name: str) -> bool:
        """The name as written, cut short or abbreviated, or its initials' words written
        out ("original equipment manufacturers" for "OEM") -- not a nickname."""
        return (
            self.spells(name)
            or self.abbreviation_of(name)
            or self.contracted(name)
            or self.compounded(name)
            or initials_written_out(name, self.text)
        )

    def _short_form(self, name: str) -> bool:
        wanted = name_key(name).split()
        ends = {wanted[0], wanted[-1]} if len(wanted) > 1 else set()
        return any(len(word) >= MIN_SHORT_WORD and word in self.words for word in ends)

    def spells(self, name: str) -> bool:
        """The name's words in a row ("Great American First Savings Bank", not five common
        words scattered over the article); a name joined of two ("Hughes Aircraft-Raytheon",
        "ATT/Philips") may have its parts apart; one slip allowed in a one-word name."""
        if self._phrase(name):
            return True
        joined = [part for part in _JOINED.split(name) if part.strip()]
        # a name joined to itself ("Reynolds and Reynolds") is one firm's, spelled whole
        distinct = len({part.strip() for part in joined}) > 1
        if distinct and all(self._phrase(part) for part in joined):
            return True
        return self._side_by_side(name.split())

    def _side_by_side(self, tokens: list[str]) -> bool:
        """ "Wormald Holmes", "Hecla Greens Creek": names typed side by side, each written
        here and each opening one of the article's names."""
        if len(tokens) < 2:
            return False
        for cut in range(1, len(tokens)):
            first, rest = " ".join(tokens[:cut]), tokens[cut:]
            if cut == 1 and first.lower() in _ORDINALS:
                continue  # "First Union": an ordinal opens the name, and names nothing alone
            if not (self._opens_name(first) and self._phrase(first)):
                continue
            whole = " ".join(rest)
            if (self._opens_name(whole) and self._phrase(whole)) or self._side_by_side(rest):
                return True
        return False

    def names_with(self, words: str) -> bool:
        """Does one of the article's names (a run of capitalised words) hold the words in
        a row ("midway airlines" in "Midway Airlines Inc")?"""
        wanted = f" {' '.join(stem(w) for w in name_key(words).split())} "
        return wanted.strip() != "" and any(wanted in f" {run} " for run in self.run_stems)

    @cached_property
    def run_stems(self) -> list[str]:
        """The stems of each name the article writes in mixed case: a headline in capitals
        ("OVER POISON PILL") is no evidence that its words are names; a one-word acronym
        is."""
        lines = (line for run in self.runs for line in run.split("\n"))
        names = [line for line in lines if not (line.isupper() and len(line.split()) > 1)]
        return [" ".join(stem(w) for w in name_key(name).split()) for name in names]

    def _opens_name(self, name: str) -> bool:
        key = name_key(name).split()
        return bool(key) and stem(key[0]) in self.run_heads

    @cached_property
    def run_heads(self) -> set[str]:
        """The first word of each of the article's names ("Wormald" of "Wormald Intl")."""
        heads = set()
        for run in self.runs:
            key = name_key(run).split()
            if key:
                heads.add(stem(key[0]))
        return heads

    def _phrase(self, name: str) -> bool:
        name = without_middle_initials(name)
        wanted = [stem(w) for w in name_key(name).split() or pieces(name)]
        if not wanted:
            return False
        if f" {' '.join(wanted)} " in self.sequence:
            return True
        if len(wanted) > 1 and self._joined_by_and(name_key(name).split()):
            return True
        if len(wanted) >= SHORT_FORM_FROM and f" {' '.join(wanted[:2])} " in self.sequence:
            return True  # "Great American" for "Great American First Savings Bank"
        return len(wanted) == 1 and self._has_word(name_key(name) or wanted[0])

    def _joined_by_and(self, words: list[str]) -> bool:
        """A name of partners typed without its connector ("kennedy gardner" for "Morgan,
        Olmstead, Kennedy and Gardner"): its words, capitalised in the article, joined by
        "and" there as a firm's -- not common words or places side by side ("plants in
        Chicago and Milwaukee", "in Houston and natural gas")."""
        pattern = r"(?:\s*,?\s+and)?\s+".join(re.escape(w) for w in words)
        for match in re.finditer(rf"\b{pattern}\b", self.text, re.IGNORECASE):
            found = [w for w in match.group().replace(",", " ").split() if w.lower() != "and"]
            if " and " not in f" {match.group().lower()} ":
                continue
            if all(w[:1].isupper() for w in found) and self._a_firm_s(match):
                return True
        return False

    def _a_firm_s(self, match: re.Match[str]) -> bool:
        """The joined words are a firm's name: a legal form follows within its capitalised
        words ("Kennedy and Gardner Capital Corp"), or partners listed before them
        ("Morgan, Olmstead, Kennedy and Gardner")."""
        after = re.match(r"(?:\s+[A-Z][\w&'.-]*){1,3}", self.text[match.end() :])
        forms = [w.lower().rstrip(".") for w in after.group().split()] if after else []
        listed = re.search(r"[A-Z][\w'.-]*,\s*$", self.text[: match.start()])
        return any(w in LEGAL_FORMS for w in forms) or listed is not None

    def contracted(self, name: str) -> bool:
        """ "quaker st", "pac western", "natl pizza": a name typed with some of its words
        cut short ("st" for "State"), the others whole, as a stretch of one of the
        article's names."""
        # legal forms kept: "hldg" is cut from "Holding", "inds" from "Industries"
        typed = pieces(name)
        if len(typed) < 2:
            return False
        for run in self.runs:
            words = pieces(run)
            for start in range(len(words) - len(typed) + 1):
                if cut_short(typed, words[start : start + len(typed)]):
                    return True
        return False

    def compounded(self, name: str) -> bool:
        """ "AlliedSignal" for "Allied-Signal", "NatWest" for "National Westminster": a
        name written as one word of capitalised pieces, each piece a word of a stretch of
        one of the article's names or that word's beginning (compounds clip their words
        from the front: "StanChart", "NatSemi", "AmEx")."""
        typed = compound_pieces(name)
        if not typed:
            return False
        if self._phrase(" ".join(typed)):
            return True
        for run in self.runs:
            words = pieces(run)
            for start in range(len(words) - len(typed) + 1):
                stretch = words[start : start + len(typed)]
                if all(w.startswith(t) for t, w in zip(typed, stretch, strict=True)):
                    return True
        return False

    def abbreviation_of(self, name: str) -> bool:
        for short, full in self.short_forms:
            if name_key(name) in (name_key(short), name_key(full)):
                return True
        if self._stretches(name):
            return True
        short_runs = (run for run in self.runs if run.replace(".", "").isupper() and len(run) <= 8)
        return any(abbreviates(run, name) for run in short_runs)

    def resembles(self, name: str) -> bool:
        """A nickname ("Coke") close in meaning to one of the article's names. A name
        sharing a word with the article's name ("Halden Lines", "Halden Steel") is judged
        by its spelling, never by closeness: it is another company of the same family."""
        if self.embedder is None or not self.runs:
            return False
        if set(name_key(name).split()) & self.words:
            return False
        if self._vectors is None:
            self._vectors = self.embedder.embed_matrix(self.runs)
        query = self.embedder.embed_matrix([name])[0]
        return bool((self._vectors @ query).max() >= SAME_NAME_SIMILARITY)

    def _has_word(self, word: str) -> bool:
        if word in self.words or word in LEGAL_FORMS:
            return True
        return one_slip_from(word, self.name_words)

    @cached_property
    def name_words(self) -> frozenset[str]:
        return name_words(self.text)
