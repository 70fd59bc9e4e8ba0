"""An amount answers only for what the question says it measures.

"How much did exports fall" asks a change of exports: "production dropped 1.6%, reflecting
a decline in exports" gives production's fall, and "exports" stands in another clause.
The question names what its amount measures in three ways, read from its parse:
- the common noun subject of an intransitive verb of change ("exports fall", "premiums
  grow");
- the object of the gerund of a verb of spending ("spend ... developing its laser");
- a sum's kind after "in" on the asked verb ("owe ... in overdue payments": a possession
  noun, not the event the sum belongs to -- "in its tender" -- nor money itself, "in cash").
A noun of a measure itself ("headcount", a count) names no thing measured and is left out.
The answer's own clause (its verb's, without the clauses hung on it) must then hold that
noun: its lemma or stem, a WordNet synonym or kind, a noun of the same result line, or a
head noun near it in the reader's word embeddings (`MEASURED_SIMILARITY`; a compound
modifier only says which of its head is meant), not one of its WordNet antonyms
("imports" for "exports"). Else the amount measures something else of the article, and
the part is better refused. Two clauses cannot be judged and pass: one whose subject is a
pronoun (no coreference is read), and a market report's firm name moving, which stands
for its stock ("Corvex fell 6 pct" for "how much did Corvex's shares fall").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_above, kinds_of, relatives
from retrieval.nlp.wordnet_antonyms import antonyms
from retrieval.reading.kinds import (
    AMOUNT_ANSWERS,
    CHANGE_WORDS,
    RESULT_NOUNS,
    TOP_LINE,
    Kind,
    result_lemma,
)
from retrieval.reading.market import STOCK_NOUNS, a_name_moved
from retrieval.reading.qualifiers import noun_file
from retrieval.registry.syntax import verb_above
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.index.embeddings import MatrixEmbeddings

# Cosine (WordLlama) above which an article's noun may stand for the measured one: pairs of
# one measure lie above (shares/stock 0.54, profits/earnings 0.44, fall/decline 0.44,
# exports/trade 0.41), nouns of other measures below (exports/production 0.28,
# premiums/insurer 0.30, payments/loans 0.14, laser/microprocessor 0.03).
MEASURED_SIMILARITY = 0.4
# Kinds whose amount measures a named thing (a name's or a date's answer measures nothing).
_MEASURING = AMOUNT_ANSWERS - {Kind.COUNT}
# Verbs of change that take no object when their subject is what changes ("exports fell").
_CHANGES = CHANGE_WORDS | frozenset({"shrink", "sink", "expand", "contract", "slide"})
# What a noun of a number or quantity is a kind of in WordNet ("count", "total").
_MEASURE = "measure"
# Verbs whose object is used up on what their gerund says ("spent two years developing it").
_SPENDING = frozenset({"spend", "waste"})
# WordNet noun file of possessions: sums and holdings ("payments", "loans", "dividends").
_POSSESSIONS = 21
# What money is a kind of in WordNet ("cash", "dollars"): the form a sum takes, no measure.
_MONEY = "medium_of_exchange"
# Tags of the personal and demonstrative pronouns ("they", "that"): a subject they stand
# for is not in the clause, and no coreference is read to find it.
_REFERRING = frozenset({"PRP", "DT"})
# Dependencies hanging another clause on a verb: its words say something else.
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "parataxis", "csubj", "acl", "conj"})


def asked_measured(span: Span, predicate: str | None, kind: Kind) -> tuple[tuple[str, str], ...]:
    """The nouns the part says its amount measures (see the module), each as its lemma and
    as written ("share", "shares": the plural is nearer "stock" in the embeddings)."""
    if kind not in _MEASURING or predicate is None:
        return ()
    verbs = [t for t in span if t.pos_ == "VERB" and t.lemma_.lower() == predicate]
    if not verbs:
        return ()
    found = [*_changed(verbs[0]), *_spent_on(verbs[0]), *_sum_kind(verbs[0])]
    nouns = ((t.lemma_.lower(), t.lower_) for t in found)
    return tuple(dict.fromkeys(noun for noun in nouns if _a_thing(noun[0])))


def _a_thing(noun: str) -> bool:
    """A noun naming a thing an amount may be of. A noun WordNet does not know has no
    synonyms to recognise it by; a measure's own noun ("headcount", a count: "workforce
    was reduced by 11,000") says only that an amount is asked, not of what."""
    return noun_file(noun) is not None and _MEASURE not in kinds_above(noun)


def _changed(verb: Token) -> list[Token]:
    """ "How much did exports fall": the common noun subject of a verb of change without
    an object (a name's change is the name's; "cut its costs" changes its object)."""
    if verb.lemma_.lower() not in _CHANGES or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]


def _spent_on(verb: Token) -> list[Token]:
    """ "spend 100 mln dlrs developing its laser": the gerund of a verb of spending says
    what its object (time, money) is used up on, the gerund's object the thing. Other verbs'
    gerunds say what is done, not what the sum is of ("stop booking interest on loans")."""
    if verb.lemma_.lower() not in _SPENDING:
        return []
    gerunds = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG"]
    return [o for g in gerunds for o in g.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]


def _sum_kind(verb: Token) -> list[Token]:
    """ "owe ... in overdue payments": a possession after "in" names the kind of the sum."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        # its object follows it: a question's asked noun fronted with "how much" may be
        # misparsed as the object ("how much bullion does it sit on, in tonnes")
        objects = [o for o in prep.children if o.dep_ == "pobj" and o.i > prep.i]
        for noun in (o for o in objects if o.pos_ == "NOUN"):
            lemma = noun.lemma_.lower()
            if noun_file(lemma) == _POSSESSIONS and _MONEY not in kinds_above(lemma):
                found.append(noun)
    return found


def measured_kin(
    measured: Iterable[tuple[str, str]], words: Iterable[str], embedder: MatrixEmbeddings
) -> dict[str, frozenset[str]]:
    """For each measured noun (by lemma), the article's nouns (lemmas, words) near enough
    in meaning to it as written to stand for it. Its WordNet antonyms are left out: the
    opposite measure ("imports" for "exports") lies near in the embeddings too."""
    measured = list(measured)
    wanted = [written for _, written in measured]
    others = sorted({word for word in words if word and word not in wanted})
    if not wanted or not others:
        return {}
    matrix = embedder.embed_matrix([*wanted, *others])
    scores = matrix[len(wanted) :] @ matrix[: len(wanted)].T
    found: dict[str, frozenset[str]] = {}
    for column, (lemma, _) in enumerate(measured):
        opposite = {stem(word) for word in antonyms(lemma)}
        found[lemma] = frozenset(
            word
            for word, row in zip(others, scores, strict=True)
            if row[column] >= MEASURED_SIMILARITY and stem(word) not in opposite
        )
    return found


def measures_the_asked(
    amount: Span, measured: tuple[tuple[str, str], ...], kin: Mapping[str, frozenset[str]]
) -> bool:
    """The amount's clause holds each noun the part says it measures (or one standing for
    it): "exports fell 3.2%" for "how much did exports fall"; `kin`: `measured_kin`."""
    if not measured or _unread_subject(amount):
        return True
    clause = _clause_words(amount)
    words = {w for t in clause for w in (t.lemma_.lower(), t.lower_)}
    # a compound modifier says which of its head is meant ("an insurance unit"), so only
    # a head may stand for the measured noun by meaning alone
    heads = {w for t in clause if t.dep_ != "compound" for w in (t.lemma_.lower(), t.lower_)}
    return all(
        _stands_for(noun, written, words, heads & kin.get(noun, frozenset()))
        # a firm's name moving on a market stands for its stock ("Corvex fell 6 pct")
        or (noun in STOCK_NOUNS and a_name_moved(amount))
        for noun, written in measured
    )


def _unread_subject(amount: Span) -> bool:
    """The amount's clause says what it measures by a pronoun ("They fell 6 pct"): without
    coreference the noun it stands for is not known, so the clause cannot be judged. Only
    when the amount is the subject's own (its verb has no object: "it posted a loss" says
    the loss is the amount's, not the pronoun's thing)."""
    verb = verb_above(amount.root)
    for holder in (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,):
        if any(c.dep_ == "dobj" for c in holder.children):
            return False
        subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(s.pos_ == "PRON" and s.tag_ in _REFERRING for s in subjects)
    return False


def _stands_for(noun: str, written: str, words: set[str], near: set[str]) -> bool:
    """One of the clause's words is the noun, a synonym or kind of it, a name of the same
    result; or one of `near` (heads near it in the embeddings) is there."""
    if near:
        return True
    kindred = relatives(noun, "n") | kinds_of(noun)
    return any(
        word == noun
        or stem(word) == stem(noun)
        or word in kindred
        or _one_result_line(word, written)
        for word in words
    )


def _one_result_line(word: str, written: str) -> bool:
    """Two names of one result ("sales" and "revenue", "profit" and "earnings"); as
    written, since the tagger's lemma of "sales" is "sale", a deal."""
    results = [result_lemma(w) for w in (word, written)]
    return all(w in RESULT_NOUNS for w in results) and len({w in TOP_LINE for w in results}) == 1


def _clause_words(amount: Span) -> list[Token]:
    """The words of the amount's clause: its verb's, without the clauses hung on that verb
    ("reflecting a decline in exports"); with the noun a reduced or relative clause
    describes ("sales which fell 8%"), a gerund's or infinitive's controller ("Intel spent
    ... developing"), and the subject a coordinated verb shares ("rose and then fell 5%")."""
    verb = verb_above(amount.root)
    found = _own_words(verb)
    head = verb.head
    if verb.dep_ in ("acl", "relcl"):
        found += [head, *(c for c in head.children if c.dep_ == "compound")]
    elif verb.dep_ in ("xcomp", "conj") and head.i != verb.i:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        found += [word for subject in subjects for word in subject.subtree]
    return found


def _own_words(verb: Token) -> list[Token]:
    """The verb's subtree, less the subtrees of the clauses it governs (an open clause
    sharing its subject stays: "spent 100 mln dlrs developing the chip")."""
    found = [verb]
    stack = [c for c in verb.children if c.dep_ not in _OTHER_CLAUSES]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if not _another_clause(c))
    return found


def _another_clause(token: Token) -> bool:
    """A clause of its own below a noun or verb: a relative clause, a coordinated verb."""
    if token.dep_ == "conj":
        return token.pos_ in ("VERB", "AUX")
    return token.dep_ in _OTHER_CLAUSES and token.pos_ in ("VERB", "AUX")
