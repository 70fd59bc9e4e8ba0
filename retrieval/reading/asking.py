"""What a question asks: its parts, the kind of answer each part wants, the names it is about.

Read from spaCy's parse of the question, not from phrase lists:
- a part starts at each interrogative word ("what", "who", "how much"...) that opens a new
  clause, and at each coordinated clause ("... and did Southcorp take it"); words before a
  dash in a chat-style question ("fosters southcorp bid - price per share") are context
  shared by every part;
- a part's kind comes from its interrogative word and the noun it asks about ("what
  stake" -> stake or percentage, "which shipyard" -> organisation), or from the verb
  ("what did they pay" -> money, "what is it called" -> a name); a part without an
  interrogative asks about its head noun ("price per share") or is a yes/no clause;
- the names are the question's named entities and proper-noun runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from retrieval.reading.kinds import (
    DEAL_NOUNS,
    MONEY_VERBS,
    NAMING_VERBS,
    PERSON_VERBS,
    Kind,
    focus_kind,
)
from retrieval.reading.nationality import is_nationality, nationalities
from retrieval.text import ACRONYMS, QUESTION_WORDS, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
COORDINATORS = frozenset({",", ";", "and", "&", "/", "+", "or", "plus"})
CONTEXT_MARKS = frozenset({"-", "–", "—", ":"})
# "Japanese", "Spanish": articles say "Japan", "Spain"; places are spelled in many ways
# ("Utah's Topaz Mountains", "Topaz Mountain area of Utah"): neither must be matched.
PLACES = frozenset({"GPE", "LOC", "FAC"})
CLOSED_CLASSES = frozenset(
    {"DET", "PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SYM"}
)
NAME_LABELS = frozenset(
    {"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT"}
)
# "How much/many/long..." asks for a quantity of the kind its adjective names.
HOW_KINDS = {
    "many": Kind.COUNT,
    "long": Kind.DURATION,
    "old": Kind.DURATION,
    "often": Kind.COUNT,
    "big": Kind.AMOUNT,
    "large": Kind.AMOUNT,
    "far": Kind.AMOUNT,
    "high": Kind.AMOUNT,
}
OFFICER_ROLES = ("ceo", "cfo", "cto", "coo")
# Verbs that say nothing of what is asked ("what stake does X have").
LIGHT_VERBS = frozenset({"be", "have", "do"})
JOINT_WORDS = frozenset({"together", "jointly", "joint", "each", "both", "between"})
# A part with fewer content words than this continues the previous part ("and for how much").
ELLIPSIS_TERMS = 2
# Kinds a manner question can ask of its subject ("how will ownership be split").
QUANTITY_KINDS = frozenset({Kind.PERCENT, Kind.MONEY, Kind.COUNT})
SIMPLE_WH = {"when": Kind.DATE, "where": Kind.PLACE, "why": Kind.REASON}
# Nouns and verbs that ask for several answers at once ("which companies", "list").
PLURAL_ASKS = frozenset({"NNS", "NNPS"})
LISTING_VERBS = frozenset({"list", "name", "enumerate"})


@dataclass(frozen=True)
class Part:
    text: str
    kind: Kind
    focus: str | None  # lemma of the noun asked about ("stake"), if any
    predicate: str | None  # lemma of the verb asked about ("pay"), if any
    terms: tuple[str, ...]  # stems of the part's own content words
    several: bool = False  # "which two organisations", "which companies"
    names: tuple[str, ...] = ()  # the question's names that occur in this part
    # Officer roles asked about ("CFO" or "chief financial officer"): a sentence answers
    # only if it names the same role -- "CEO" shares "chief" and "officer" with "CTO".
    roles: tuple[tuple[str, ...], ...] = ()
    # The preposition the asked word hangs on ("until when", "to what level", "at which
    # plant"): in a sentence, its object is where the answer sits.
    preposition: str | None = None
    # Who does what to whom, as asked, by the word that relates them: ("pay", "subj",
    # "Renta Inmobiliaria") for "is Renta paying", ("stake", "in", "Sohu") for "stake in
    # Sohu". A sentence giving the same relation another party ("Interpart paid", "a stake
    # in Sina") does not answer.
    arguments: tuple[tuple[str, str, str], ...] = ()
    # Nationalities the part asks its answer to have ("which Spanish company").
    nationalities: tuple[str, ...] = ()


@dataclass(frozen=True)
class AskedQuestion:
    text: str
    parts: tuple[Part, ...]
    names: tuple[str, ...]
    parties: tuple[str, ...]  # the names an answering article must mention (no places)
    context_terms: tuple[str, ...]  # stems shared by every part (names, topic before a dash)
    listing: bool
    # Names the question joins ("Ford and Volkswagen ... together"): an answer must come
    # from a sentence (or headline) that names them together.
    joint: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        every = [*self.context_terms, *(t for part in self.parts for t in part.terms)]
        return tuple(dict.fromkeys(every))

    @property
    def kinds(self) -> tuple[Kind, ...]:
        return tuple(part.kind for part in self.parts)


def understand(text: str, *, parse: Callable[[str], Doc]) -> AskedQuestion:
    doc = parse(text)
    names, parties = _names(doc)
    name_terms = {t for name in names for t in terms(name)}
    context_end = _context_end(doc)
    spans = _part_spans(doc, start=context_end)
    parts = _continue_ellipses(
        [_part(doc[start:end], name_terms, parties, names) for start, end in spans]
    )
    context = doc[:context_end].text if context_end else ""
    context_terms = tuple(dict.fromkeys([*name_terms, *_content_terms(context)]))
    listing = any(_lists(part) for part in parts) or (
        len(doc) > 0 and doc[0].lemma_.lower() in LISTING_VERBS
    )
    # Relations and joint action compare names slot by slot, places included ("Halden").
    return AskedQuestion(text, parts, names, parties, context_terms, listing, _joint(doc, names))


def _continue_ellipses(parts: list[Part]) -> tuple[Part, ...]:
    """ "... and to what level?", "... and who sold it?": a part that says almost nothing
    of its own continues the clause before it, whose words it borrows."""
    kept: list[Part] = []
    for part in parts:
        if kept and len(part.terms) < ELLIPSIS_TERMS and not part.names:
            borrowed = tuple(dict.fromkeys([*part.terms, *kept[-1].terms]))
            kept.append(replace(part, terms=borrowed, names=kept[-1].names))
        else:
            kept.append(part)
    return tuple(kept)


def _lists(part: Part) -> bool:
    """ "Which companies ...", "what joint ventures ...": every matching alliance is wanted."""
    return part.several and (part.kind is Kind.ORG or (part.focus or "") in DEAL_NOUNS)


# -- parts --------------------------------------------------------------------------------
def _context_end(doc: Doc) -> int:
    """Index after a leading "topic -" prefix that holds no question of its own, or after
    a fronted adjunct set off by a comma ("Under Philips' deal with Fluke, what ...")."""
    first = next((t for t in doc if _is_interrogative(t)), None)
    if first is not None:
        before = first.i - 1
        while before > 0 and doc[before].pos_ == "ADP":
            before -= 1
        if before > 0 and doc[before].text == ",":
            return before + 1
    for token in doc:
        spaced = token.i > 0 and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)
        if token.text in CONTEXT_MARKS and spaced:
            prefix = doc[: token.i]
            if not any(_is_interrogative(t) for t in prefix) and not any(
                t.pos_ in ("AUX", "VERB") and t.dep_ == "ROOT" for t in prefix
            ):
                return token.i + 1
            return 0
    return 0


def _part_spans(doc: Doc, *, start: int) -> list[tuple[int, int]]:
    """Token ranges of the question's parts (at least one)."""
    cuts = [start]
    anchors = [t.i for t in doc[start:] if _is_interrogative(t)]
    if anchors and any(
        t.is_alpha and t.lower_ not in COORDINATORS for t in doc[start : anchors[0]]
    ):
        # "total investment + when does the mine start": a fragment before the first
        # question word is a part of its own when a coordinator separates them.
        # A fragment set off by a comma is a fronted adjunct ("Under Philips' deal, what
        # ..."): context, not a part.
        first = _cut_before(doc, anchors[0], floor=start)
        if first is not None and not doc[first - 1].is_punct:
            cuts.append(first)
    for anchor in anchors[1:]:
        cut = _cut_before(doc, anchor, floor=cuts[-1])
        if cut is not None:
            cuts.append(cut)
    for token in doc[start:]:
        # "... n did southcorp take it": a coordinated yes/no clause is a part too.
        if token.lower_ in COORDINATORS and token.i + 1 < len(doc):
            following = doc[token.i + 1]
            if following.pos_ == "AUX" and following.i not in anchors and token.i + 1 > cuts[-1]:
                cuts.append(token.i + 1)
    cuts = sorted(set(cuts))
    ends = [*cuts[1:], len(doc)]
    return [(a, b) for a, b in zip(cuts, ends, strict=True) if b > a]


def _cut_before(doc: Doc, anchor: int, *, floor: int) -> int | None:
    """Where the part opened by `anchor` starts: after the coordinator before it."""
    index = anchor - 1
    while index > floor and doc[index].pos_ in ("ADP", "ADV"):
        index -= 1  # "and for how much", "n at what price", "and roughly what"
    if index > floor and (doc[index].lower_ in COORDINATORS or doc[index].is_punct):
        return index + 1
    return None


def _is_interrogative(token: Token) -> bool:
    if token.tag_ not in WH_TAGS or token.lower_ == "that":
        return False
    if token.lower_ == "how" or token.dep_ == "det":
        return True  # "which other consumer goods giant": a determiner asks
    if token.dep_ == "advmod" and token.head.dep_ == "advcl":
        return False  # "When Newmont hands Magma out, how much ...": a time clause
    previous = token.nbor(-1) if token.i > 0 else None
    # "the venture, which makes ...": a wh-word right after a noun opening a clause about
    # it is a relative pronoun, not a question.
    after_noun = previous is not None and (
        previous.pos_ in ("NOUN", "PROPN")
        or (previous.text == "," and previous.i > 0 and previous.nbor(-1).pos_ in ("NOUN", "PROPN"))
    )
    return not (after_noun and token.head.dep_ == "relcl")


def _part(
    span: Span, name_terms: set[str], parties: Sequence[str], all_names: Sequence[str]
) -> Part:
    anchor = next((t for t in span if _is_interrogative(t)), None)
    kind, focus, predicate, several = _kind(span, anchor)
    own = tuple(t for t in _content_terms(span.text) if t not in name_terms)
    names = tuple(name for name in parties if name in span.text)
    return Part(
        span.text.strip(" ,;-"),
        kind,
        focus,
        predicate,
        own,
        several,
        names,
        _roles(span.text),
        _preposition(anchor),
        _arguments(span, (focus, predicate), all_names),
        nationalities(span),
    )


def _arguments(
    span: Span, heads: tuple[str | None, str | None], parties: Sequence[str]
) -> tuple[tuple[str, str, str], ...]:
    found = []
    for token in span:
        if token.lemma_ not in heads and token.pos_ != "VERB":
            continue
        for role, filler in argument_slots(token):
            # "will Toyota and Volkswagen build": each conjunct fills the role
            for name_token in (filler, *filler.conjuncts):
                name = next((p for p in parties if name_token.text in p.split()), None)
                if name is not None:
                    found.append((token.lemma_.lower(), role, name))
    return tuple(dict.fromkeys(found))


def argument_slots(token: Token) -> list[tuple[str, Token]]:
    """(role, head word) of a verb's or noun's subject, possessor and prepositional
    objects: "Renta is paying" -> ("subj", Renta); "a stake in Sohu" -> ("in", Sohu)."""
    slots = []
    for child in token.children:
        if child.dep_ in ("nsubj", "poss") and child.pos_ == "PROPN":
            slots.append(("subj", child))
        elif child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            slots += [(child.lemma_.lower(), obj) for obj in objects]
    # "FCL launched a bid ..., valuing the company at ...": a verb without a subject of
    # its own takes the subject of the clause it hangs on.
    subjectless = token.pos_ == "VERB" and not any(
        child.dep_ in ("nsubj", "nsubjpass") for child in token.children
    )
    if subjectless and token.dep_ in ("advcl", "xcomp", "conj", "acl") and token.head.i != token.i:
        slots += [(role, head) for role, head in argument_slots(token.head) if role == "subj"]
    return slots


def _preposition(anchor: Token | None) -> str | None:
    if anchor is None:
        return None
    for token in (anchor, anchor.head):
        if token.dep_ == "pobj" and token.head.pos_ == "ADP":
            return token.head.lemma_.lower()
    previous = anchor.nbor(-1) if anchor.i > 0 else None
    return previous.lemma_.lower() if previous is not None and previous.pos_ == "ADP" else None


def _roles(text: str) -> tuple[tuple[str, ...], ...]:
    """Officer roles by their distinctive words in order ("chief executive" is the CEO
    with or without "officer")."""
    asked = set(terms(text))
    officer = set(terms("officer"))
    roles = (tuple(t for t in terms(ACRONYMS[role]) if t not in officer) for role in OFFICER_ROLES)
    return tuple(role for role in roles if set(role) <= asked)


def _joint(doc: Doc, parties: Sequence[str]) -> tuple[str, ...]:
    """Parties coordinated with each other ("Ford and Volkswagen", "Sony, Philips and
    Samsung") in a question about what they do together ("together", "jointly", "joint
    venture", "each", "between")."""
    if not any(token.lower_ in JOINT_WORDS for token in doc):
        return ()
    heads: dict[int, str] = {}
    for entity in doc.ents:
        name = _strip_possessive(entity)
        if name in parties:
            heads[entity.root.i] = name
    for token in doc:
        if token.pos_ == "PROPN" and token.i not in heads and token.text in parties:
            heads[token.i] = token.text
    # Names inside a subordinate clause that says nothing of acting together are not the
    # joint parties: "Airod, the joint venture that won a contract to service F-16 and F-4
    # parts" does not ask about the two jets together.
    actors = {i: n for i, n in heads.items() if _in_joint_clause(doc[i])}
    joined = [
        name
        for index, name in heads.items()
        if (doc[index].dep_ == "conj" and doc[index].head.i in actors)
        or (
            index in actors
            and any(child.dep_ == "conj" and child.i in heads for child in doc[index].children)
        )
    ]
    return tuple(dict.fromkeys(joined))


SUBORDINATE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})


def _in_joint_clause(token: Token) -> bool:
    """The innermost subordinate clause holding the word speaks of acting together (or
    the word is in the main clause)."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in SUBORDINATE:
            return any(t.lower_ in JOINT_WORDS for t in node.subtree)
        node = node.head
    return True


@dataclass(frozen=True)
class _Ask:
    kind: Kind
    focus: str | None = None
    several: bool = False


def _kind(span: Span, anchor: Token | None) -> tuple[Kind, str | None, str | None, bool]:
    predicate = _predicate(span)
    ask = _ask(span, anchor, predicate)
    return ask.kind, ask.focus, predicate, ask.several


def _ask(span: Span, anchor: Token | None, predicate: str | None) -> _Ask:
    if anchor is None:
        if _asks_yes_or_no(span):
            return _Ask(Kind.THING)  # "will it still have a hand in running the place?"
        head = _head_noun(span)
        return _Ask(_kind_of(head) or Kind.THING, _lemma(head))
    word = anchor.lower_
    if word == "how":
        return _how_ask(span, anchor, predicate)
    if word in SIMPLE_WH:
        # "when ...": a date; "where is the new plant": the place of the subject
        return _Ask(SIMPLE_WH[word], _lemma(_subject(span)) if word == "where" else None)
    noun = _determined_noun(anchor) or _copula_noun(span, anchor)
    if word in ("who", "whom", "whose"):
        return _who_ask(noun, predicate)
    return _what_ask(anchor, noun, predicate)


def _how_ask(span: Span, anchor: Token, predicate: str | None) -> _Ask:
    following = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    word = following.lower_ if following is not None else ""
    if following is None or (word not in HOW_KINDS and word != "much"):
        return _manner_ask(span)
    noun = _modified_noun(following) or _noun_after(following)
    noun_kind = _kind_of(noun)
    if word == "many":
        return _Ask(Kind.COUNT, _lemma(noun))  # "how many shares": a count, whatever noun
    if word == "much":
        return _how_much(following, noun, predicate)
    if noun_kind is not None:
        return _Ask(noun_kind, _lemma(noun))  # "how big a slice" -> a share
    kind = HOW_KINDS[word]
    if kind is Kind.DURATION and _perfect(span):
        kind = Kind.ELAPSED  # "how long have they been working together": since when
    object_noun = _object_noun(span)  # "how far does Amcor want to lift its holding"
    if kind is Kind.AMOUNT and noun is None and _kind_of(object_noun) is not None:
        return _Ask(_kind_of(object_noun) or kind, _lemma(object_noun))
    return _Ask(kind, _lemma(noun))


def _manner_ask(span: Span) -> _Ask:
    """ "how are they selling": a manner; but "how will ownership be split" asks for the
    shares of its subject, whose noun says what kind of answer it is."""
    subject = _subject(span)
    kind = _kind_of(subject)
    if kind in QUANTITY_KINDS:
        return _Ask(kind or Kind.THING, _lemma(subject), True)
    return _Ask(Kind.THING)


def _how_much(much: Token, noun: Token | None, predicate: str | None) -> _Ask:
    """ "how much a share" is a price, "how much of Magma" a part of it, "how much fuel
    oil" a quantity, "how much did they pay" money."""
    following = much.nbor(1) if much.i + 1 < len(much.doc) else None
    if following is not None and following.lower_ == "of":
        return _Ask(Kind.AMOUNT)
    per = much.i + 1 < len(much.doc) and much.doc[much.i + 1].lower_ in ("a", "an", "per", "each")
    if _kind_of(noun) is Kind.MONEY or (noun is not None and per):
        return _Ask(Kind.MONEY, _lemma(noun))  # "how much a share": money per share
    if noun is None and (predicate in MONEY_VERBS or predicate is None):
        return _Ask(Kind.MONEY)
    return _Ask(Kind.AMOUNT, _lemma(noun))


def _asks_yes_or_no(span: Span) -> bool:
    """A part opening with an auxiliary is a yes/no question ("Is Bank of Ceylon ...",
    "did Southcorp take it")."""
    first = next((t for t in span if not t.is_punct and t.lower_ not in COORDINATORS), None)
    return first is not None and first.pos_ == "AUX"


def _who_ask(noun: Token | None, predicate: str | None) -> _Ask:
    kind = _kind_of(noun)
    if predicate in PERSON_VERBS or kind is Kind.PERSON:
        return _Ask(Kind.PERSON, _lemma(noun))
    return _Ask(Kind.ORG if kind is Kind.ORG else Kind.AGENT, _lemma(noun))


def _what_ask(anchor: Token, noun: Token | None, predicate: str | None) -> _Ask:
    several = noun is not None and (
        noun.tag_ in PLURAL_ASKS or any(c.dep_ == "nummod" for c in noun.children)
    )
    focus = _lemma(noun)
    if predicate in NAMING_VERBS:
        return _Ask(Kind.NAME, focus, several)  # "what is it called"
    copula = anchor.head.lemma_ == "be"
    if predicate in MONEY_VERBS and (copula or (noun is None and anchor.dep_ in ("dobj", "pobj"))):
        return _Ask(Kind.MONEY, focus, several)  # "what is it worth", "what did they pay"
    if noun is None:
        return _Ask(Kind.THING)
    kind = _kind_of(noun)
    if kind is None and anchor.lower_ == "which" and not several:
        # "which consumer goods giant": picking one out of a class asks for its name
        # ("which service areas", plural, asks for a description of several).
        kind = Kind.ENTITY
    elif kind is None and copula and noun.dep_ in ("nsubj", "attr") and not several:
        kind = Kind.NAME  # "What is the outfit that combines ...": its identity
    return _Ask(kind or Kind.THING, focus, several)


def _perfect(span: Span) -> bool:
    """Perfect aspect ("have been working", "has held"): time up to now."""
    return any(t.lemma_ == "have" and t.dep_ == "aux" for t in span)


def _kind_of(token: Token | None) -> Kind | None:
    return focus_kind(token.lemma_) if token is not None else None


def _lemma(token: Token | None) -> str | None:
    return token.lemma_ if token is not None else None


def _subject(span: Span) -> Token | None:
    return next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"), None)


# -- syntax helpers ----------------------------------------------------------------------
def _determined_noun(anchor: Token) -> Token | None:
    """ "which Spanish company" -> company; "which two organisations" -> organisations;
    "what revenue potential" -> revenue (the compound that carries the kind)."""
    if anchor.dep_ != "det" and anchor.tag_ != "WDT":
        return None
    noun = None
    for chunk in anchor.doc.noun_chunks:
        if chunk.start <= anchor.i < chunk.end and chunk.root.i != anchor.i:
            noun = chunk.root
    if noun is None:
        noun = _noun_after(anchor)
    if noun is None:
        return None
    if focus_kind(noun.lemma_) is None:
        for child in noun.children:
            if child.dep_ == "compound" and focus_kind(child.lemma_) is not None:
                return child
    return noun


def _copula_noun(span: Span, anchor: Token) -> Token | None:
    """ "What is the name of ...", "who is its principal subcontractor" -> name, subcontractor."""
    head = anchor.head
    if head.lemma_ != "be":
        return None
    for child in head.children:
        if child.i == anchor.i or child.dep_ not in ("nsubj", "attr"):
            continue
        # "who is CATL's CFO": a role written in capitals is still the asked noun
        if child.pos_ == "NOUN" or focus_kind(child.lemma_) is not None:
            return child
    return None


def _modified_noun(token: Token) -> Token | None:
    """The noun a quantifier modifies in the parse ("how many Goldstar-made cameras" ->
    cameras), however many words stand between them."""
    head = token.head
    return head if token.dep_ == "amod" and head.pos_ == "NOUN" and head.i > token.i else None


def _noun_after(token: Token) -> Token | None:
    """The head of the noun phrase right after `token`: "how many jobs" -> jobs, "how big a
    slice" -> slice, "which Russian gas company" -> company."""
    last_noun = None
    for candidate in token.doc[token.i + 1 : token.i + 8]:
        if candidate.pos_ == "NOUN":
            last_noun = candidate
        elif (
            candidate.pos_ in ("ADJ", "DET", "NUM")
            or candidate.tag_ == "HYPH"
            or (
                candidate.lower_ == "per"  # "what per-share price"
            )
        ):
            if last_noun is not None and candidate.pos_ != "ADJ":
                break
        else:
            break
    return last_noun


def _object_noun(span: Span) -> Token | None:
    for token in span:
        if token.dep_ == "dobj" and token.pos_ == "NOUN":
            return token
    return None


def _head_noun(span: Span) -> Token | None:
    nouns = [t for t in span if t.pos_ == "NOUN"]
    for noun in nouns:
        if focus_kind(noun.lemma_) is not None:
            return noun
    return nouns[0] if nouns else None


def _predicate(span: Span) -> str | None:
    """The part's main verb; a money word anywhere ("worth", "cost", "to invest") wins."""
    lemmas = [t.lemma_.lower() for t in span]
    money = next((lemma for lemma in lemmas if lemma in MONEY_VERBS), None)
    if money is not None:
        return money
    # An acronym tagged as a verb ("What will CATL supply") is a name, not the verb.
    verbs = [
        t
        for t in span
        if t.pos_ == "VERB"
        and t.dep_ not in ("aux", "auxpass")
        and not t.text.isupper()
        and t.lemma_ not in LIGHT_VERBS
        and not t.ent_type_  # "National do Brasil": a name, not the verb "do"
    ]
    if verbs:
        return verbs[0].lemma_.lower()
    # "What will CATL supply to BAIC?": the word after the modal and its subject is the verb
    # whatever the tagger made of it.
    modal = next((t for t in span if t.tag_ == "MD"), None)
    after = [t for t in span if modal is not None and t.i > modal.i + 1 and t.is_alpha]
    return after[0].lemma_.lower() if after and not after[0].text[:1].isupper() else None


def _names(doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """All names of the question, and its parties: organisations, people and other proper
    names, but not places or nationalities ("Japanese", "Spain"), which articles spell in
    many ways ("Japan", "Spanish")."""
    found: list[str] = []
    parties: list[str] = []
    covered: set[int] = set()
    for entity in doc.ents:
        if entity.label_ in NAME_LABELS and not any(t.tag_ in WH_TAGS for t in entity):
            name = _without_acronyms(_strip_possessive(entity))
            if not name:
                continue
            found.append(name)
            if entity.label_ not in PLACES and not is_nationality(entity):
                parties.append(name)
            covered.update(range(entity.start, entity.end))
    run: list[Token] = []
    for token in [*doc, None]:
        acronym = token is not None and token.lower_ in ACRONYMS  # "Gazprom MoU": "Gazprom"
        if token is not None and _name_word(token) and token.i not in covered and not acronym:
            run.append(token)
            continue
        if run:
            name = doc[run[0].i : run[-1].i + 1].text
            found.append(name)
            parties.append(name)
            run = []
    return _distinct(found), _distinct(parties)


def _name_word(token: Token) -> bool:
    """A proper noun, or a capitalised word inside the question that the tagger took for
    something else ("the CTO of Geely")."""
    if token.pos_ == "PROPN":
        return True
    capitalised = token.text[:1].isupper() and token.i > 0 and token.is_alpha
    # a word of its own ("3G" is not the name "G")
    own_word = len(token.text) > 1 and bool(token.doc[token.i - 1].whitespace_)
    return (
        capitalised and own_word and token.tag_ not in WH_TAGS and token.pos_ not in CLOSED_CLASSES
    )


def _distinct(names: list[str]) -> tuple[str, ...]:
    """Names once each; business abbreviations ("LBO", "MoU", "CEO") are not names."""
    return tuple(
        dict.fromkeys(
            n for n in names if n and n.lower() not in QUESTION_WORDS and n.lower() not in ACRONYMS
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


def _strip_possessive(entity: Span) -> str:
    text = entity.text
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text.removeprefix("the ").removeprefix("The ")


def _content_terms(text: str) -> list[str]:
    question_stems = {t for word in QUESTION_WORDS for t in terms(word)}
    return [t for t in terms(text) if t not in question_stems]


def describe(question: AskedQuestion) -> Sequence[str]:
    """One line per part, for logs and refusals: "a stake or percentage (stake)"."""
    return [
        f"{part.kind.value}" + (f" ({part.focus})" if part.focus else "") for part in question.parts
    ]
