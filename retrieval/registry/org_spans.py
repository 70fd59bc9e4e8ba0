"""Where a parsed sentence names organisations: token spans with a canonical name.

Names come from two sources that check each other: the article's own company directory
(runs of capitalised words with a legal form, a ticker or a defined short form, learnt
from the whole article) and spaCy's entities. A name the directory is sure of is kept
whatever spaCy calls it ("Purolator" tagged as a place); a capitalised run the directory
is unsure of needs spaCy's ORG; spaCy's ORG alone needs the shape of a name (not a
government body, a place or a role). People are never organisations. The other
capitalised runs are candidates, taken only where a deal wants a party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.registry.companies import CompanyDirectory, Mention
from retrieval.registry.company_names import (
    canonical_company,
    clean_surface,
    has_suffix,
    is_authority,
    is_company_name,
)
from retrieval.registry.lexicon import NOUN_FRAMES
from retrieval.registry.misspelt_names import only_suffixes
from retrieval.registry.org_words import BUSINESS_HEADS, ORG_NOUNS
from retrieval.registry.people import PERSON_TITLES
from retrieval.registry.places import PLACE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class OrgSpan:
    start: int  # token indices in the sentence's doc, end exclusive
    end: int
    name: str  # canonical
    surface: str
    strong: bool


def find_orgs(
    doc: Doc, directory: CompanyDirectory, known: frozenset[str], people: frozenset[str]
) -> tuple[list[OrgSpan], list[OrgSpan]]:
    """Names in order of trust: the directory's sure names, spaCy's ORG entities (a name
    joined by a slash split in its parts: "the Baker/Hughes merger"), the directory's
    other capitalised runs that spaCy called ORG elsewhere in the article, and single
    proper nouns the directory resolves ("Baker" for "Baker International"). The other
    capitalised runs come back as candidates, unless they name one of the article's people.
    """
    finder = _Finder(doc)
    mentions = directory.mentions(doc.text)
    _take_sure(finder, doc, mentions, directory)
    for ent in (e for e in doc.ents if e.label_ == "ORG"):
        for start, end, name in _parts(ent, directory):
            if name.split()[-1].lower() not in people and not _who(doc[start:end]):
                finder.take(start, end, name, doc[start:end].text, False)
    candidates: list[OrgSpan] = []
    for mention in (m for m in mentions if not m.strong):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if mention.name in known and mention.name.split()[-1].lower() not in people:
            finder.take(span.start, span.end, mention.name, mention.surface, False)
        elif _may_be_party(span, mention.name, people):
            candidates.append(OrgSpan(span.start, span.end, mention.name, mention.surface, False))
    for token in doc:
        if token.pos_ == "PROPN" and token.i not in finder.taken and token.ent_type_ != "PERSON":
            resolved = directory.resolve(token.text)
            if resolved is not None and directory.knows(resolved):
                finder.take(token.i, token.i + 1, resolved, token.text, False)
    free = [c for c in candidates if not any(i in finder.taken for i in range(c.start, c.end))]
    return sorted(finder.found, key=lambda s: s.start), free


def _take_sure(
    finder: _Finder, doc: Doc, mentions: list[Mention], directory: CompanyDirectory
) -> None:
    """The directory's sure names, but a person's name it learnt from a noun before it
    that may name a firm ("publisher Lewis D. Whitehead"); one the article writes with a
    legal form is a firm's ("Kurt A. Becher GmbH")."""
    for mention in (m for m in mentions if m.strong):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        incorporated = any(has_suffix(f) for f in directory.surfaces.get(mention.name, ()))
        if span is not None and not incorporated and _initialled_person(span, mention.name):
            continue
        finder.take_chars(mention.start, mention.end, mention.name, mention.surface, True)


class _Finder:
    """Names taken so far in a sentence; a name never overlaps one taken before it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.found: list[OrgSpan] = []
        self.taken: set[int] = set()

    def take_chars(self, start: int, end: int, name: str, surface: str, strong: bool) -> None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            self.take(span.start, span.end, name, surface, strong)

    def take(self, start: int, end: int, name: str, surface: str, strong: bool) -> None:
        if any(i in self.taken for i in range(start, end)):
            return
        self.found.append(OrgSpan(start, end, name, surface, strong))
        self.taken.update(range(start, end))


def _parts(ent: Span, directory: CompanyDirectory) -> list[tuple[int, int, str]]:
    """An ORG entity as names: "Baker/Hughes" is two when each part is one the article
    knows; otherwise the entity is one name."""
    pieces: list[list[Token]] = [[]]
    for token in ent:
        if token.text in {"/", "-"}:
            pieces.append([])
        else:
            pieces[-1].append(token)
    if len(pieces) > 1 and all(pieces):
        names = [directory.resolve(" ".join(t.text for t in piece)) for piece in pieces]
        if all(names):
            return [
                (piece[0].i, piece[-1].i + 1, str(name))
                for piece, name in zip(pieces, names, strict=True)
            ]
    if is_authority(ent.text):
        return []  # "the Federal Deposit Insurance Corp": its canonical name hides the body
    name = directory.resolve(ent.text) or canonical_company(ent.text)
    if only_suffixes(clean_surface(ent.text)):
        return []  # "Group PLC" of "dixons Group PLC": no name of its own (misspelt_names)
    named = is_company_name(name) or is_company_name(ent.text)  # "Wisconsin Central Ltd"
    return [(ent.start, ent.end, name)] if len(name) >= 2 and named else []


# What a capitalised run is when spaCy calls it one of these: not a firm. (A firm it does
# not know it often calls a place or a nationality: "Santander", "Verizon", "Symbian".)
_NOT_FIRMS = frozenset(
    """
    PRODUCT WORK_OF_ART EVENT LAW LANGUAGE DATE TIME MONEY PERCENT QUANTITY CARDINAL ORDINAL
    """.split()
)


def _may_be_party(span: Span, name: str, people: frozenset[str]) -> bool:
    if _titled(span, name) or _a_town_before_its_state(span) or _an_attribute(span):
        return False
    if _initialled_person(span, name):  # whatever noun stands before it ("publisher")
        return False
    if not _described_as_firm(span) and (
        any(t.ent_type_ in _NOT_FIRMS for t in span) or _personal(span, name, people)
    ):
        return False
    lowered = name.lower()
    # "MoU", "Alliance": a deal word is not a firm; "the Dutchman": a person.
    return lowered not in NOUN_FRAMES and not lowered.endswith(("man", "men", "woman"))


def _an_attribute(span: Span) -> bool:
    """ "a group of South African investors": a run of adjectives modifying a noun says what
    the noun is (its nationality), and names no firm -- a firm's name is a noun."""
    return span.root.dep_ == "amod" and all(t.pos_ == "ADJ" for t in span)


def _a_town_before_its_state(span: Span) -> bool:
    """ "Marketing Technologies Group Inc, Rockville Center, N.Y.": a name set off by
    commas and followed by a state is the town a firm is in, not a firm."""
    doc = span.doc
    if span.start == 0 or span.end + 1 >= len(doc) or doc[span.start - 1].text != ",":
        return False
    state = doc[span.end + 1].lower_.rstrip(".")
    return doc[span.end].text == "," and state in PLACE_WORDS


def _described_as_firm(span: Span) -> bool:
    """ "the British bank Abbey National", "gas giant Gazprom", "Santander, Spain's
    biggest bank": a name a firm noun describes is a firm, whatever the tagger says."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in ORG_NOUNS:
        return True
    root = span.root
    # "its Dayton Walther business": a name compounded with a firm noun names a firm
    head = root.head
    if root.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in BUSINESS_HEADS:
        return True
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    return any(t.lemma_.lower() in ORG_NOUNS and t.pos_ == "NOUN" for t in described)


def _titled(span: Span, name: str) -> bool:
    """ "Mr Botin", "chairman John Elliott", "Lord Woolf", "President Reagan's" (the run
    may hold the title its clean name dropped)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_.rstrip(".") in PERSON_TITLES:
        return True
    # ... but "Chief Auto Parts", "Sir Speedy" are firms: the title must come before a
    # person's name
    titled = span[0].lower_.rstrip(".") in PERSON_TITLES
    if titled and any(t.ent_type_ == "PERSON" for t in span[1:]):
        return True
    return name.split(maxsplit=1)[0].lower().rstrip(".") in PERSON_TITLES


def _who(span: Span) -> bool:
    """ "Turner, who is opposition leader": what "who" relates is a person."""
    return _related_by(span, {"who", "whom"})


def _related_by(span: Span, pronouns: set[str]) -> bool:
    return any(
        c.dep_ == "relcl" and any(g.lower_ in pronouns for g in c.children)
        for c in span.root.children
    )


# A middle initial: "D." of "Lewis D. Whitehead".
_INITIAL = re.compile(r"[A-Z]\.")


def _initialled_person(span: Span, name: str) -> bool:
    """A given name, a middle initial and a family name, which spaCy calls a person
    ("Lewis D. Whitehead"): a person's name, though a noun like "publisher" or "dealer"
    before it may also name a firm."""
    words = name.split()
    return (
        len(words) == 3
        and _INITIAL.fullmatch(words[1]) is not None
        and all(w.isalpha() and w[:1].isupper() and len(w) > 1 for w in (words[0], words[2]))
        and any(t.ent_type_ == "PERSON" for t in span)
    )


def _personal(span: Span, name: str, people: frozenset[str]) -> bool:
    """ "Mr Botin", "chairman John Elliott", "Lord Woolf", a name spaCy calls a person, or
    the family name of one of the article's people."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_.rstrip(".") in PERSON_TITLES:
        return True
    words = name.split()
    if words[0].lower().rstrip(".") in PERSON_TITLES or _who(span):
        return True
    # What "which" relates is a thing: "C.H. Masland, which supplies carpets" is a firm
    # named after its founder, whatever the tagger (or a family name like it) says.
    if _related_by(span, {"which"}) or _taken_over(span):
        return False
    # spaCy's PERSON on a one-word name ("Alfa-Eco's", "Verizon") is a guess; a first
    # and a family name is a person.
    return words[-1].lower() in people or (
        len(words) >= 2 and any(t.ent_type_ == "PERSON" for t in span)
    )


# Nouns of taking a firm over (the lexicon's acquisition and merger nouns): what they are
# "of" is a firm, never a person.
_TAKEOVER_NOUNS = frozenset(
    noun for noun, frame in NOUN_FRAMES.items() if frame.kind in {"acquisition", "merger"}
)


def _taken_over(span: Span) -> bool:
    """ "its acquisition of Brody Kessler": a firm is bought whole, a person never is, so
    the tagger's PERSON on a name there is a firm named after its founders."""
    of = span.root.head
    taken = of.head.lemma_.lower() in _TAKEOVER_NOUNS
    return span.root.dep_ == "pobj" and of.lower_ == "of" and taken
