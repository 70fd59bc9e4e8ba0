"""The names a question is about, and which of them are its parties.

The names are the question's named entities and proper-noun runs; its parties are those an
answering article must mention (not places or nationalities, which articles spell in many
ways). Which of them the question joins or lists is asked_together.py's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.nlp.names import COMPANY_FORMS, name_key
from retrieval.nlp.patterns import SCALES
from retrieval.nlp.vocabulary import is_common_word, is_proper_noun, is_word_of_the_language
from retrieval.reading.asked_places import modifies_a_noun
from retrieval.reading.entity_pieces import entity_pieces
from retrieval.reading.interrogatives import WH_TAGS
from retrieval.reading.nationality import is_nationality
from retrieval.registry.places import place_name
from retrieval.text import ACRONYMS, QUESTION_WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

# "Japanese", "Spanish": articles say "Japan", "Spain"; places are spelled in many ways
# ("Utah's Topaz Mountains", "Topaz Mountain area of Utah"): neither must be matched.
PLACES = frozenset({"GPE", "LOC", "FAC"})
CLOSED_CLASSES = frozenset(
    {"DET", "PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SYM"}
)
NAME_LABELS = frozenset(
    {"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT"}
)


NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def question_names(doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """All names of the question, and its parties: organisations, people and other proper
    names, but not places or nationalities ("Japanese", "Spain"), which articles spell in
    many ways ("Japan", "Spanish")."""
    found: list[str] = []
    parties: list[str] = []
    # a capitalised word inside a date or an amount ("in March") is no name
    covered = {t.i for e in doc.ents if e.label_ in NOT_NAMES for t in e}
    ends: dict[int, str] = {}  # the last token of each entity name, and the name
    for entity, short_form in entity_pieces(doc):
        if entity.label_ in NAME_LABELS and not any(t.tag_ in WH_TAGS for t in entity):
            name = _without_acronyms(strip_possessive(entity))
            if not name:
                continue
            found.append(name)
            # a name with a legal form is a firm, whatever the NER says ("Keppel Corp" FAC)
            firm = entity[-1].lower_.rstrip(".") in COMPANY_FORMS
            kind = entity.label_ not in PLACES and not is_nationality(entity)
            # a chat initialism beside a name is a short form articles spell out in full
            # ("JP" for Japan): no party an article must write so
            if not short_form and (firm or (kind and not counted(entity.root))):
                parties.append(name)
            covered.update(range(entity.start, entity.end))
            ends[entity.end - 1] = name
    run: list[Token] = []
    for token in [*doc, None]:
        acronym = token is not None and token.lower_ in ACRONYMS  # "Gazprom MoU": "Gazprom"
        if token is not None and _name_word(token) and token.i not in covered and not acronym:
            run.append(token)
            continue
        if run and len(run) == 1 and len(run[0].text) == 1:
            run = []  # a lone letter names nothing by itself ("hepatitis B", "class A")
        if run and _continues(run, ends):
            _extend(ends[run[0].i - 1], doc[run[0].i : run[-1].i + 1].text, found, parties)
            run = []
        if run:
            name = doc[run[0].i : run[-1].i + 1].text
            found.append(name)
            # "U.S. Lines' Pacific operations": a place the NER left unlabelled, modifying a
            # common noun, is where, not who (a subject or an object may be a firm: "how
            # much did Pacific pay")
            if not (modifies_a_noun(run[-1]) and place_name(name.split())) and not counted(run[-1]):
                parties.append(name)
            run = []
    return _distinct(found), _distinct(parties)


def _continues(run: list[Token], ends: dict[int, str]) -> bool:
    """ "quaker st", recased "Quaker st": a name typed in lower case whose first word alone
    got the articles' capital, and so alone the NER's label; its lower-case words right
    after it, tagged proper nouns, are still its words ("st" for "State"), not a name of
    their own that no article writes."""
    before = run[0].i - 1
    doc = run[0].doc
    if not (before in ends and all(t.is_lower for t in run) and doc[before].whitespace_):
        return False
    # a writer who capitalises names types a lower-case word after one as another name
    # ("Texaco pennzoil settlement"), unless the word is one cut short ("Quaker st")
    return not _cased(doc) or all(_cut_short(t) for t in run)


def _cut_short(token: Token) -> bool:
    """A word cut short: a few letters and no word of the language ("st", "intl",
    "mfg"), the way a name's words are shortened; a whole unknown word ("pennzoil") is
    a name of its own."""
    return len(token.text) <= _CUT_LENGTH and not is_word_of_the_language(token.lower_)


# The most letters of a word cut short in a typed name ("intl", "natl", "bros").
_CUT_LENGTH = 4


def _extend(name: str, more: str, found: list[str], parties: list[str]) -> None:
    """Replace `name` by `name more` where it was listed."""
    for names in (found, parties):
        names[:] = [f"{n} {more}" if n == name else n for n in names]


def counted(token: Token) -> bool:
    """ "How many 7E7 Dreamliners", "how many MD-11s": a name whose units are counted is a
    kind of thing (a model), not a party an article must name."""
    return any(
        child.dep_ == "amod"
        and child.lower_ in ("many", "few")
        and any(g.lower_ == "how" for g in child.children)
        for child in token.children
    )


def only_a_name(span: Span, focus: str | None, names: Sequence[str]) -> bool:
    """ "where did REYNA file": a focus every word of which is a name (case and all) is
    no noun asked about; "how many apples did Apple sell" asks of apples."""
    words = [t for t in span if focus in (t.lemma_.lower(), t.lower_)]
    return bool(words) and all(t.text in names for t in words)


# A stock symbol with its exchange or share class after a full stop ("RT.A" class A, "BKB.N"
# New York, "IBM.O"): a code of capitals, no word of the language, so a name whatever its tag.
DOTTED_SYMBOL = re.compile(r"[A-Z][A-Z0-9]{1,5}\.[A-Z]{1,2}")


def _name_word(token: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence of the question that the
    tagger took for something else ("the CTO of Geely")."""
    if token.lower_ in SCALE_WORDS and token.i > 0 and token.doc[token.i - 1].like_num:
        return False  # "quaker st 100 mln revolver": a number's scale, however tagged
    if DOTTED_SYMBOL.fullmatch(token.text):
        return True  # "RT.A debt": a stock symbol names its firm, though tagged an adjective
    if _initialism_among_common_nouns(token):
        return False
    if token.pos_ == "PROPN":
        # a question that writes names in capitals writes none in lower case: a common
        # word ("hepatitis" of "Life Technologies' hepatitis B test") the tagger calls a
        # proper noun is that word (a question's normalising may capitalise names a writer
        # typed in lower case, and leave others: "Continental Airlines adding denver")
        common = (
            token.is_lower and is_common_word(token.lower_) and not is_proper_noun(token.lower_)
        )
        return not (common and _cased(token.doc))
    # capitals opening a sentence say nothing ("... its assets. Roughly what is ..."),
    # unless the word is no word of the language ("Entwistle stake in Bird Inc")
    opening = bool(token.is_sent_start) and not is_word_of_the_language(token.lower_)
    capitalised = (
        token.text[:1].isupper() and (not token.is_sent_start or opening) and token.is_alpha
    )
    # a word of its own ("3G" is not the name "G")
    own_word = len(token.text) > 1 and (token.i == 0 or bool(token.doc[token.i - 1].whitespace_))
    return (
        capitalised and own_word and token.tag_ not in WH_TAGS and token.pos_ not in CLOSED_CLASSES
    )


def _initialism_among_common_nouns(token: Token) -> bool:
    """ "its cable TV operation", "the TV and film studio": an initialism that is also a
    word of the language ("TV", "PC") modified by a lower-case common noun, or coordinated
    with one, is that word: a name takes neither inside a compound or a coordination."""
    if not (token.text.isupper() and len(token.text) > 1 and is_common_word(token.lower_)):
        return False
    neighbours = [c for c in token.children if c.dep_ in _COMMON_BESIDE]
    if token.dep_ == "conj":
        neighbours.append(token.head)
    return any(n.is_lower and n.pos_ == "NOUN" for n in neighbours)


# The words a noun is compounded with or coordinated with.
_COMMON_BESIDE = frozenset({"compound", "conj"})


def _cased(doc: Doc) -> bool:
    """The question writes some word after its first with an initial capital ("Life"): its
    writer capitalises names (one typed in lower case, with an initialism or two in
    capitals, "what did IBM pay for rolm", does not)."""
    return any(t.is_title for t in doc[1:] if t.is_alpha and len(t.text) > 1)


# The words newswire writes after a number for its scale ("100 mln", "2 bln").
SCALE_WORDS = frozenset(word for word in SCALES if len(word) > 1)
# A lower-case prefix hyphened to a name ("ex-Republic Airlines", "pro-Yukos", "anti-Intel"):
# English joins a prefix to a proper noun so; it is no word of the name.
_PREFIX = re.compile(r"^[a-z]+-(?=[A-Z])")
_PLURAL_INITIALISM = re.compile(r"[A-Z]{2,}s")


def _distinct(names: list[str]) -> tuple[str, ...]:
    """Names once each, without a prefix hyphened to them; business abbreviations ("LBO",
    "MoU", "CEO") are not names, nor is a legal form alone ("the combined co"), nor an
    initialism in the plural ("ATMs", "PCs"): a name is of one thing, so it has none."""
    return tuple(
        dict.fromkeys(
            n
            for n in (_PREFIX.sub("", name) for name in names)
            if name_key(n)
            and n.lower() not in QUESTION_WORDS
            and n.lower() not in ACRONYMS
            and not _PLURAL_INITIALISM.fullmatch(n)
        )
    )


def _without_acronyms(name: str) -> str:
    """ "Gazprom MoU" -> "Gazprom": a business abbreviation beside a name is not part of it."""
    words = name.split()
    while words and words[-1].lower() in ACRONYMS:
        words.pop()
    while words and words[0].lower() in ACRONYMS:
        words.pop(0)
    return " ".join(words)


def strip_possessive(entity: Span) -> str:
    """ "Renault's" -> "Renault"; a plural's bare apostrophe too ("U.S. Lines'"); a dash or
    a comma the NER took in is no part of the name ("Indiana National -")."""
    text = entity.text.removeprefix("the ").removeprefix("The ").rstrip(" -–—,;:")
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text.removesuffix(suffix)
    for mark in ("'", "’"):
        if text.endswith("s" + mark):
            return text.removesuffix(mark)
    return text
