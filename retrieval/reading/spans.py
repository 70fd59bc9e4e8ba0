"""Answer candidates of an asked kind in a parsed sentence, and how closely each is tied to
what the question asks about.

A candidate is an entity of the right kind (spaCy NER, plus the newswire unit patterns)
that the question does not already name. Its tie is 1 / (1 + the length of the dependency
path) to the nearest word of the question's part ("stake", "pay", the focus noun): "Fiat
and STET each hold 48 pct of Telit" ties "48 pct" to "hold" in one step, while a figure in
another clause of the same sentence is several steps away.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from retrieval.nlp.names import COMPANY_FORMS, abbreviates, name_key, swapped_initials
from retrieval.nlp.patterns import PATTERNS, SYMBOLS
from retrieval.nlp.pipeline import shared_tokenizer
from retrieval.reading.asked_names import argument_slots
from retrieval.reading.asking import Part
from retrieval.reading.kinds import ENTITY_LABELS, KIND_VERBS, NAMING_VERBS, Kind, focus_kind
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TIME_UNITS = frozenset("year years month months week weeks day days decade decades".split())
# Kinds whose answer is a proper name, which the NER may miss for small or foreign firms.
NAMED_KINDS = frozenset({Kind.ORG, Kind.AGENT, Kind.ENTITY, Kind.NAME, Kind.PLACE})
# A place named next to an organisation noun ("UK firm Phytopharm") is not its name.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
# Anchor weights: the asked noun or verb itself, a noun of the same class, another word.
FOCUS_WEIGHT = 0.8
OTHER_WEIGHT = 0.7
NAME_WEIGHT = 0.5
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "mme", "herr"})
# Kinds whose answer sits next to the noun asked about ("how many X", "which plant").
QUANTITY_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.AMOUNT, Kind.COUNT})
NEAR_FOCUS_KINDS = frozenset({Kind.COUNT, Kind.PLACE})
# Kinds whose answer, written as "N of <amount>", measures that noun.
MEASURE_KINDS = frozenset({Kind.MONEY, Kind.PERCENT})
NUMERIC_KINDS = frozenset({Kind.DATE, Kind.DURATION, Kind.ELAPSED, Kind.COUNT, Kind.AMOUNT})
NEGATIVE_DETERMINERS = frozenset({"no", "neither", "none", "nobody", "nothing"})
CAUSAL_MARKERS = frozenset("because due owing order".split())
_YEAR_DIGITS = 4


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int  # token offsets in the sentence doc
    end: int
    tie: float


def candidates(
    doc: Doc, part: Part, *, asked_names: Iterable[str], question: str
) -> list[Candidate]:
    """Answer candidates for `part` in `doc`, best tied first."""
    anchors = anchor_tokens(doc, part)
    if part.kind is Kind.REASON:
        return _reasons(doc, anchors)
    labels = ENTITY_LABELS.get(part.kind)
    if labels is None:
        return []
    names = list(asked_names)
    lowered_question = question.lower()
    spans = [e for e in doc.ents if e.label_ in labels and _fits(e, part.kind)]
    if part.kind in NAMED_KINDS:
        places = part.kind is Kind.PLACE
        spans += _unlabelled_names(doc) + _named_by_focus(doc, anchors, places=places)
        if "ORG" in labels:
            spans += [e for e in doc.ents if e.label_ not in labels and _company_form(e)]
    found: dict[tuple[int, int], Candidate] = {}
    for span in spans:
        text = _strip_possessive(span.text)
        if text.lower() in lowered_question or _is_asked(text, names) or _is_ticker(span):
            continue
        if part.kind in NEAR_FOCUS_KINDS and part.focus and not _near_focus(span, anchors):
            continue  # "how many employees": a number of something else is no answer
        if part.kind in MEASURE_KINDS and _measures_another(span, anchors):
            continue  # "assets of 200 mln dlrs" is not what was paid
        if part.kind in MEASURE_KINDS and names and _stated_of_another(span, names):
            continue  # "Brierley launched a bid at 4.20 dlrs": not what the asked firm pays
        tie = _tie(span, anchors)
        if part.kind is Kind.NAME and _given_as_name(span):
            tie = 1.0  # "the system, known as ASAP Express": the text names it
        found.setdefault((span.start, span.end), Candidate(text, span.start, span.end, tie))
    return sorted(found.values(), key=lambda c: -c.tie)


def contradicts(doc: Doc, part: Part) -> bool:
    """The sentence gives the asked relation to another party: "Interpart paid ..." for
    "how much is Renta paying", "a 20% stake in Sina" for "what stake in Sohu"."""
    if not part.arguments:
        return False
    # the asked noun and verb, and their kind's own ("invest" for "pay", "holding" for "stake")
    heads = [
        token
        for token, weight in anchor_tokens(doc, part)
        if weight >= FOCUS_WEIGHT and not token.ent_type_  # not a word inside a name
    ]
    for token in heads:
        asked = _asked_roles(token, part)
        for role, head in argument_slots(token):
            given = _name_around(head)
            wanted = asked.get(role)
            if wanted and given and not any(_same_party(w, given) for w in wanted):
                return True
    return part.kind is Kind.PERCENT and _share_of_another(doc, part)


def _asked_roles(token: Token, part: Part) -> dict[str, set[str]]:
    """The roles the question gave the word a sentence word stands for: itself; for a verb
    of the asked kind ("invest" for "pay"), the question's verbs; for a noun of the asked
    class, the asked noun ("VW's Hanover plant" is not who builds it). A prepositional
    role counts whichever word it hangs on: "took a stake in X" parses either way."""
    lemma = token.lemma_.lower()
    asked_heads = {head for head, _, _ in part.arguments}
    if lemma in asked_heads:
        heads = {lemma}
    elif token.pos_ == "VERB":
        heads = asked_heads - {part.focus}
    else:
        heads = {part.focus or ""} if token.pos_ == "NOUN" else set()
    roles: dict[str, set[str]] = {}
    for head, role, name in part.arguments:
        if head in heads or role != "subj":
            roles.setdefault(role, set()).add(name)
    return roles


def _share_of_another(doc: Doc, part: Part) -> bool:
    """ "20% of Sina" states a stake in Sina: for "what stake in Sohu" it is another's."""
    wanted = {name for _, role, name in part.arguments if role == "in"}
    if not wanted:
        return False
    for entity in doc.ents:
        if entity.label_ != "PERCENT":
            continue
        for role, head in argument_slots(entity.root):
            given = _name_around(head)
            if role == "of" and given and not any(_same_party(w, given) for w in wanted):
                return True
    return False


def _name_around(token: Token) -> str:
    """The whole proper name a head word belongs to ("Sina", "Interpart SA")."""
    words = [t for t in token.subtree if t.pos_ == "PROPN" or t.dep_ == "compound"]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _same_party(a: str, b: str) -> bool:
    key_a, key_b = set(name_key(a).split()), set(name_key(b).split())
    if key_a and key_b and (key_a <= key_b or key_b <= key_a):
        return True
    return abbreviates(a, b) or abbreviates(b, a)


def denies(doc: Doc, part: Part) -> bool:
    """The sentence says the asked thing is not stated: "it has not disclosed the price
    to be paid" -- the focus or verb asked about sits under a negated verb."""
    for token, weight in anchor_tokens(doc, part):
        if weight < 1.0:
            continue
        for governor in [token, *token.ancestors]:
            if governor.pos_ in ("VERB", "AUX") and _negated(governor):
                return True
    return False


def _negated(verb: Token) -> bool:
    """ "has not disclosed", "never said", "Neither company disclosed", "no one gave"."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            grand.lower_ in NEGATIVE_DETERMINERS for grand in (child, *child.children)
        ):
            return True
    return False


def _is_ticker(span: Span) -> bool:
    """A Reuters stock symbol ("<HPWH.HK>") names a listing, not a company to report."""
    before = span.doc.text[max(span.start_char - 1, 0) : span.start_char]
    return before == "<" and " " not in span.text.strip("<>") and span.text.strip("<>").isupper()


def _is_asked(text: str, names: list[str]) -> bool:
    """A candidate that is, contains, is part of, or abbreviates a name the question uses."""
    words = set(name_key(text).split())
    if not words:
        return True
    for name in names:
        asked = set(name_key(name).split())
        if asked and (words <= asked or asked <= words):
            return True
        if abbreviates(text, name) or abbreviates(name, text):
            return True
        if swapped_initials(text, name):
            return True  # "GGFH" for the asked "GGHF"
    return False


def _named_by_focus(doc: Doc, anchors: list[tuple[Token, float]], *, places: bool) -> list[Span]:
    """Whatever name stands in apposition to the asked noun ("technology firm Sydus", "VW's
    Hanover plant"), whatever label the NER gave it: the question's noun says what it is."""
    in_place = {i for e in doc.ents if e.label_ in PLACE_LABELS for i in range(e.start, e.end)}
    spans = []
    for token, weight in anchors:
        if weight < FOCUS_WEIGHT or token.pos_ != "NOUN":
            continue
        linked = [c for c in token.children if c.dep_ in ("appos", "compound")]
        if token.dep_ in ("appos", "compound"):
            linked.append(token.head)
        for other in linked:
            if other.pos_ == "PROPN" and (places or other.i not in in_place):
                left = min(t.i for t in other.subtree if t.pos_ == "PROPN" or t.i == other.i)
                spans.append(doc[left : other.i + 1])
    return spans


def may_hold(kind: Kind, text: str) -> bool:
    """A cheap look (tokens only, no parse) for something that could answer `kind`: a
    money or percentage pattern, a number, a capitalised word after the first."""
    if kind in (Kind.THING, Kind.REASON):
        return True
    doc = shared_tokenizer().tokens(text)
    if kind in (Kind.MONEY, Kind.PERCENT):
        labels = {doc.vocab.strings[match_id] for match_id, _, _ in _unit_matcher()(doc)}
        # "$180bn", "£4.50", "18.8%": a currency or percent sign on a number
        marks = tuple(SYMBOLS) if kind is Kind.MONEY else ("%",)
        signed = any(token.lower_.startswith(marks) or token.text.endswith(marks) for token in doc)
        return kind.name in labels or signed
    if kind in NUMERIC_KINDS:
        return any(token.like_num for token in doc)
    return any(token.text[:1].isupper() for token in doc[1:])


@cache
def _unit_matcher() -> Any:
    from spacy.matcher import Matcher  # noqa: PLC0415

    matcher = Matcher(shared_tokenizer().tokens("").vocab)
    for pattern in PATTERNS:
        matcher.add(pattern["label"], [pattern["pattern"]])
    return matcher


def anchor_tokens(doc: Doc, part: Part) -> list[tuple[Token, float]]:
    """The sentence's words that the part asks about, weighted: its focus noun and verb
    count fully, a noun of the focus noun's class ("holding" for "stake") almost as much,
    its other words less."""
    wanted = set(part.terms)
    named = {word for name in part.names for word in name_key(name).split()}
    lemmas = {lemma for lemma in (part.focus, part.predicate) if lemma}
    focus_class = focus_kind(part.focus) if part.focus else None
    kind_verbs = KIND_VERBS.get(part.kind, frozenset())
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in lemmas:
            found.append((token, 1.0))
        elif part.preposition and token.pos_ == "ADP" and lemma == part.preposition:
            found.append((token, FOCUS_WEIGHT))  # "until January 1999" for "until when"
        elif focus_class is not None and token.pos_ == "NOUN" and focus_kind(lemma) is focus_class:
            found.append((token, FOCUS_WEIGHT))
        elif token.pos_ == "VERB" and lemma in kind_verbs:
            found.append((token, FOCUS_WEIGHT))  # "will own 80 pct" for "ownership split"
        elif _content(token) and set(terms(token.text)) & wanted:
            found.append((token, OTHER_WEIGHT))
        elif token.pos_ == "PROPN" and token.lower_ in named:
            found.append((token, NAME_WEIGHT))  # the answer is about the asked parties
    return found


def _content(token: Token) -> bool:
    """Not a function word: spaCy's stop list is blind to the part of speech ("mine" the
    pronoun, "mine" the pit; "show" the verb, "part" the noun)."""
    return not token.is_stop or token.pos_ in ("NOUN", "VERB")


def _strip_possessive(text: str) -> str:
    """ "McDonnell Douglas Corp's" -> "McDonnell Douglas Corp"; "<Air U.K. Ltd>" loses the
    ticker-style brackets of Reuters copy."""
    text = text.strip("<> ")
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.removeprefix("the ")


def _company_form(entity: Span) -> bool:
    """A name ending in a company's legal form ("Dorval Labs SA", "Kanto Yakuhin KK"),
    which the small NER model often takes for a person."""
    return len(entity) > 1 and entity[-1].lower_.rstrip(".") in COMPANY_FORMS


def _unlabelled_names(doc: Doc) -> list[Span]:
    """Proper-noun runs the NER left without a label (small firms: "Sydus")."""
    labelled = {i for entity in doc.ents for i in range(entity.start, entity.end)}
    runs: list[Span] = []
    start = None
    for token in [*doc, None]:
        inside = (
            token is not None
            and token.pos_ == "PROPN"
            and token.i not in labelled
            and token.lower_.rstrip(".") not in HONORIFICS
        )
        if inside and start is None and token is not None:
            start = token.i
        elif not inside and start is not None:
            end = token.i if token is not None else len(doc)
            runs.append(doc[start:end])
            start = None
    return runs


def _near_focus(span: Span, anchors: list[tuple[Token, float]]) -> bool:
    """The answer modifies the asked noun (or one of its class): "750 vehicles", "a plant
    in Hanover"."""
    return any(
        weight >= FOCUS_WEIGHT and token.pos_ == "NOUN" and _distance(span.root, token) <= 2
        for token, weight in anchors
    )


def _stated_of_another(span: Span, names: list[str]) -> bool:
    """The amount's own clause has a named subject (a proper name, not "the parent
    company") that the question does not name."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
    for subject in subjects:
        given = _name_around(subject)
        if given and not any(_same_party(name, given) for name in names):
            return True
    return False


def _given_as_name(span: Span) -> bool:
    """The span is what something is called: the complement of a naming verb ("called
    Halcor", "named Halcor", "known as Halcor", "under the name Halcor")."""
    head = span.root.head
    if head.lemma_.lower() in NAMING_VERBS and span.root.dep_ in ("oprd", "dobj", "attr"):
        return True
    if head.lower_ == "as" and head.head.lemma_.lower() in NAMING_VERBS:
        return True
    return head.lower_ == "name" and span.root.dep_ in ("appos", "compound")


def _measures_another(span: Span, anchors: list[tuple[Token, float]]) -> bool:
    """The amount is the measure of a noun the question does not ask about: "assets of
    200 mln dlrs", "sales of 12 pct" -- the "of" hangs on that noun."""
    preposition = span.root.head
    if preposition.lower_ != "of" or span.root.dep_ != "pobj":
        return False
    noun = preposition.head
    if noun.pos_ != "NOUN" or noun.dep_ == "pobj":
        return False  # "in excess of", "to the tune of": a complex preposition, no noun
    if focus_kind(noun.lemma_) in MEASURE_KINDS:
        return False  # "a price of", "a stake of": the amount is what is asked
    return noun.i not in {token.i for token, _ in anchors}


def _fits(entity: Span, kind: Kind) -> bool:

    if kind is Kind.ELAPSED:
        # a duration ("13 years"), or the start of one ("2010", "since March 1985")
        year = any(t.text.isdigit() and len(t.text) == _YEAR_DIGITS for t in entity)
        return year or _fits(entity, Kind.DURATION)
    words = {token.lower_ for token in entity}
    if kind is Kind.DURATION and entity.label_ == "CARDINAL":
        # "120 ... years": a bare number with a time unit close by
        window = entity.doc[max(entity.start - 3, 0) : entity.end + 8]
        return any(token.lower_ in TIME_UNITS for token in window)
    if kind is Kind.DURATION:
        # "18 months", "two-year", not "last year"
        counted = any(token.like_num for token in entity) or any("-" in w for w in words)
        return (
            bool(words & TIME_UNITS or any(w.endswith(tuple(TIME_UNITS)) for w in words))
            and counted
        )
    if kind is Kind.COUNT:
        # A year is a date, not a count.
        text = entity.text.replace(",", "")
        return not (text.isdigit() and len(text) == _YEAR_DIGITS and text[:2] in ("19", "20"))
    return True


def _tie(entity: Span, anchors: list[tuple[Token, float]]) -> float:
    if not anchors:
        return 0.0
    # One edge away (the object of "hold", the name "called") is a full tie.
    return max(
        weight / (1.0 + 0.5 * max(_distance(entity.root, anchor) - 1, 0))
        for anchor, weight in anchors
    )


def _distance(a: Token, b: Token) -> int:
    """Edges on the dependency path between two tokens of one sentence."""
    path_a = [a, *a.ancestors]
    depth_b = {token.i: depth for depth, token in enumerate([b, *b.ancestors])}
    for depth_a, token in enumerate(path_a):
        if token.i in depth_b:
            return depth_a + depth_b[token.i]
    return len(path_a) + len(depth_b)


def _reasons(doc: Doc, anchors: list[tuple[Token, float]]) -> list[Candidate]:
    """A clause opened by a causal marker ("because", "due to", "in order to")."""
    for token in doc:
        if token.lower_ in CAUSAL_MARKERS and token.dep_ in ("mark", "prep", "advmod", "amod"):
            return [Candidate(doc.text, 0, len(doc), 1.0 if anchors else 0.5)]
    return []
