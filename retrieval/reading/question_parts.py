"""Where a question's parts begin and end, and which words open them.

A part starts at each interrogative word ("what", "who", "how much"...) that opens a new
clause, and at each coordinated clause ("... and did Southcorp take it"). Words before a
dash in a chat-style question ("fosters southcorp bid - price per share"), or a fronted
adjunct set off by a comma ("Under Philips' deal with Fluke, what ..."), are context shared
by every part, not a part of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.interrogatives import is_interrogative
from retrieval.reading.kinds import AMOUNT_ANSWERS, Kind, focus_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COORDINATORS = frozenset({",", ";", "and", "&", "/", "+", "or", "plus"})
CONTEXT_MARKS = frozenset({"-", "–", "—", ":"})


def end_of_context(doc: Doc) -> int:
    """Index after a leading "topic -" prefix that holds no question of its own, or after
    a fronted adjunct set off by a comma ("Under Philips' deal with Fluke, what ...")."""
    fronted = _fronted_clause_end(doc)
    if fronted is not None:
        return fronted
    first = next((t for t in doc if is_interrogative(t)), None)
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
            if not any(is_interrogative(t) for t in prefix) and not any(
                t.pos_ in ("AUX", "VERB") and t.dep_ == "ROOT" for t in prefix
            ):
                return token.i + 1
            return 0
    return 0


def statements_end(doc: Doc) -> int:
    """Index after the statements a question opens with ("Laidlaw was negotiating to buy
    half of Tricil from Trimac. Who ended up acquiring ...?"): sentences that end in a full
    stop and ask nothing set the scene for the question after them; 0 when there are none."""
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        if sentence[-1].text != "." or any(is_interrogative(t) for t in sentence):
            return sentence.start if index else 0
    return 0


def _fronted_clause_end(doc: Doc) -> int | None:
    """Index after a fronted adverbial clause set off by a comma ("Once Corvex sells the
    hotel, will it still run it?", "After the merger, ..."): it says when or on what
    condition, and is context for the question after it."""
    if len(doc) == 0 or doc[0].dep_ != "mark" or doc[0].head.dep_ != "advcl":
        return None
    last = doc[0].head.right_edge.i  # the parser hangs the comma on the clause, or not
    # a question the parse hung inside the clause ("If X lands its talks, which drug would
    # it get") starts after the clause's own comma
    asking = next((t.i for t in doc[1:last] if is_interrogative(t)), None)
    if asking is not None and doc[asking - 1].text == ",":
        last = max((t.i for t in doc[1:asking] if t.text == ","), default=last)
    comma = last if doc[last].text == "," else last + 1
    if comma < len(doc) - 1 and doc[comma].text == ",":
        return comma + 1
    return None


def part_spans(doc: Doc, *, start: int) -> list[tuple[int, int]]:
    """Token ranges of the question's parts (at least one)."""
    cuts = [start]
    anchors = [t.i for t in doc[start:] if is_interrogative(t)]
    if anchors and any(
        t.is_alpha and t.lower_ not in COORDINATORS for t in doc[start : anchors[0]]
    ):
        # "total investment + when does the mine start": a fragment before the first
        # question word is a part of its own when a coordinator separates them.
        # A fragment set off by a comma is a fronted adjunct ("Under Philips' deal, what
        # ..."): context, not a part; one a question mark closes ("price? how many
        # offices ...") asks a question of its own.
        first = _cut_before(doc, anchors[0], floor=start)
        if first is not None and (not doc[first - 1].is_punct or doc[first - 1].text == "?"):
            cuts.append(first)
    for anchor in anchors[1:]:
        cut = _cut_before(doc, anchor, floor=cuts[-1])
        if cut is None:
            cut = _in_situ_start(doc, anchor, floor=cuts[-1])
        if cut is None:
            cut = _pied_piped_start(doc, anchor, floor=cuts[-1])
        if cut is not None:
            cuts.append(cut)
    cuts += _joined_asks(doc, start, asked=bool(anchors))
    for token in doc[start:]:
        # "... n did southcorp take it": a coordinated yes/no clause is a part too.
        if token.lower_ in COORDINATORS and token.i + 1 < len(doc):
            following = doc[token.i + 1]
            new_clause = following.pos_ == "AUX" and following.i not in anchors
            if (
                new_clause
                and token.i + 1 > cuts[-1]
                and not _governs_open_question(following, anchors, cuts[-1])
            ):
                cuts.append(token.i + 1)
    cuts = sorted(set(cuts))
    ends = [_before_joiners(doc, a, b) for a, b in zip(cuts, [*cuts[1:], len(doc)], strict=True)]
    return [(a, b) for a, b in zip(cuts, ends, strict=True) if b > a]


def _before_joiners(doc: Doc, start: int, end: int) -> int:
    """A part ends before the comma and "and" that join it to the next ("... imports, and
    how many ...")."""
    while end - 1 > start and doc[end - 1].lower_ in COORDINATORS and end < len(doc):
        end -= 1
    return end


# Kinds of one value each: two nouns of them joined ask two things ("the per share cash
# price, total deal size"); nouns of parties joined ask for one list ("banks and brokers").
SINGLE_VALUED = AMOUNT_ANSWERS | {Kind.DATE, Kind.DURATION}


def _joined_asks(doc: Doc, start: int, *, asked: bool) -> list[int]:
    """Where a noun joined to an asked one asks its own question, its wh-word and verb left
    out: "per share price and total $ value?" (a verbless question: two nouns of any asked
    kind), "what is the per share cash price, total deal size, and which ..." (`asked`: a
    wh-word asks the first, so only nouns of one value each ask apart)."""
    cuts = []
    for token in doc[start:]:
        head = token.head
        if token.dep_ != "conj" or token.pos_ != "NOUN" or head.pos_ != "NOUN":
            continue
        joined = doc[token.left_edge.i - 1]
        kinds = {focus_kind(token.lemma_), focus_kind(head.lemma_)}
        fits = kinds <= SINGLE_VALUED if asked else None not in kinds
        if fits and (joined.lower_ in COORDINATORS or joined.is_punct):
            cuts.append(token.left_edge.i)
    return cuts


def _governs_open_question(verb: Token, anchors: list[int], start: int) -> bool:
    """The verb is the clause of a question word before it in the same part: "How large,
    by revenue and headcount, is the business?" -- a comma closing a parenthesis, not a
    coordinated clause. A wh-phrase with no verb yet, then a parenthesis between paired
    commas ("how many MD-11s, worth how much, had SAS planned to buy"), waits for its
    clause: the verb after the parenthesis is it."""
    doc = verb.doc
    open_anchors = [i for i in anchors if start <= i < verb.i]
    between = doc[open_anchors[0] : verb.i] if open_anchors else doc[0:0]
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in between) and (
        sum(t.text == "," for t in between) >= 2
    )
    return verbless or any(
        verb in doc[i].ancestors or doc[i].head.i == verb.i for i in open_anchors
    )


def _cut_before(doc: Doc, anchor: int, *, floor: int) -> int | None:
    """Where the part opened by `anchor` starts: after the coordinator before it."""
    index = anchor - 1
    while index > floor and doc[index].pos_ in ("ADP", "ADV", "SCONJ"):
        index -= 1  # "and for how much", "n at what price", "and roughly what", "and since when"
    if index > floor and (doc[index].lower_ in COORDINATORS or doc[index].is_punct):
        return index + 1
    return None


def _in_situ_start(doc: Doc, anchor: int, *, floor: int) -> int | None:
    """Where the last part starts when its wh-word closes the question ("which jet, in
    service when", "fare cuts - how much off and travel through when"): informal questions
    may leave the wh-phrase in place at the end; the part is the phrase back to the
    coordinator before it. A wh-phrase left in place mid-question ("how many MD-11s, worth
    how much, had SAS planned to buy") is a parenthesis of its part."""
    end = anchor + 1 if doc[anchor].lower_ == "how" else anchor
    if not all(token.is_punct for token in doc[end + 1 :]):
        return None
    for index in range(anchor - 1, floor, -1):
        if doc[index].lower_ in COORDINATORS or doc[index].text in CONTEXT_MARKS:
            return index + 1 if index + 1 < anchor else None
    return None


def _pied_piped_start(doc: Doc, anchor: int, *, floor: int) -> int | None:
    """Where a part starts whose wh-word sits inside a noun phrase that opens it (", and
    analysts from which two brokerages commented"): a comma and a conjunction coordinate
    clauses; the words between them and the wh-word, without a verb, are its phrase."""
    for index in range(anchor - 1, floor + 1, -1):
        token = doc[index]
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.lower_ in COORDINATORS - {",", ";"} and doc[index - 1].text == ",":
            return index + 1
    return None


# Clauses and appositions that may describe a name: "Airod, the Malaysian joint venture
# that won a U.S. Air Force contract", "Halden, which makes engines".
DESCRIBING = frozenset({"relcl", "acl", "appos"})


def describing_clauses(doc: Doc) -> frozenset[int]:
    """Tokens of a non-restrictive clause or apposition (set off by a comma). It says which
    company is meant, not what is asked of it: it helps find the article (context), but an
    answer is not tied to it ("Who is Lockheed's partner in Airod, the venture that won a
    contract to service F-16 and F-4 parts?" does not ask about the jets' makers). A
    restrictive clause ("which company that makes engines") narrows what is asked: kept."""
    found: set[int] = set()
    for token in doc:
        if token.dep_ in DESCRIBING and set_off(token) and not _asks(token):
            found.update(t.i for t in token.subtree)
    return frozenset(found | _appositions_by_shape(doc))


# Determiners opening a noun phrase set off after a name: an apposition ("Isis, the
# British software house McDonnell Douglas bought, ...").
_APPOSITION_OPENERS = frozenset({"the", "a", "an"})


def _appositions_by_shape(doc: Doc) -> set[int]:
    """A noun phrase between commas right after a name, opened by a determiner, whatever
    the parse made of it: it describes the name ("Where is Isis, the British software
    house McDonnell Douglas bought, based": the parser may take "house" for the subject of
    "bought"). Not one holding a wh-word, which asks."""
    found: set[int] = set()
    for comma in (t for t in doc[1:-2] if t.text == ","):
        before, opener = doc[comma.i - 1], doc[comma.i + 1]
        if before.pos_ != "PROPN" or opener.lower_ not in _APPOSITION_OPENERS:
            continue
        end = next((t.i for t in doc[comma.i + 2 :] if t.text == ","), None)
        phrase = doc[comma.i + 1 : end] if end is not None else None
        if phrase is not None and not any(is_interrogative(t) for t in phrase):
            found.update(range(phrase.start, phrase.end))
    return found


def set_off(phrase: Token) -> bool:
    """A comma comes right before the words the token heads: a clause or apposition so set
    off describes or asserts ("Corvex, which makes engines"); one without a comma picks
    out which thing is meant ("the shares it does not own")."""
    left = phrase.left_edge.i
    return left > 0 and phrase.doc[left - 1].text == ","


def _asks(token: Token) -> bool:
    """The clause holds the question itself (a wh-word the parser hung on a name)."""
    return any(is_interrogative(t) for t in token.subtree)


PRO_FORMS = frozenset({"one", "ones"})


def pro_form(token: Token) -> bool:
    """ "ones" in "which ones": a noun standing for one said before (not the number)."""
    return token.lower_ in PRO_FORMS and token.pos_ in ("NOUN", "PRON")
