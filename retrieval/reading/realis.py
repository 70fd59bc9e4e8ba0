"""What happened and what has not (yet): the mood of a question and of an answer's clause.

A question in the past or the perfect ("what sentences did they get", "what fee has it
offered") asks about an event told as done. A clause of an event still to come or only
thought of does not state it: one due, expected, planned, hoped for or sought ("are due to
be sentenced on 29 April", "hoped to take a 37.5 pct stake"), arranged with "be to" ("is to
make an offer"), that may come about ("may make a bid"), or a condition's consequent ("would
offer 41.75 dlrs if the board recommended it"). A reported future ("said it would pay 20
dlrs") is an announced deal's terms, as the registry reads it. A question about a plan or a
condition itself ("what did it plan to pay", "what would it pay if") asks about just that.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_doing
from retrieval.reading.prospective import EXPECTING
from retrieval.reading.unrealised import INTENTION_VERBS, possible, takes_scope_from_above
from retrieval.registry.irrealis import conditional_consequent
from retrieval.text import stem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from retrieval.reading.spans import Candidate

# Words that put their infinitive ahead, and only it ("is due to be sentenced", "is set
# to", "is likely to bid"); without one they have other senses ("set aside", "the 1986
# target", "due to lower margins").
RAISING = frozenset("due set schedule slate likely unlikely poised target project".split())
# Words of expecting, planning, hoping or seeking (prospective's and unrealised's, with
# raising adjectives): what they govern is expected, planned, hoped for or sought, not done.
AWAITING = EXPECTING | INTENTION_VERBS | RAISING | {"wish"}
# Those whose infinitive or object is an attitude's content ("expects to close", "plans to
# buy", "is seeking to acquire"), without an infinitive too ("expects earnings of 1 dlr").
INTENDING = AWAITING - RAISING
# Nouns whose infinitive is planned or thought of ("plans to buy", "its intention to
# sell", "an option to buy"). Not "offer" or "bid": an offer made is an act done, its
# terms what a question of offering asks.
PLAN_NOUNS = frozenset(
    "plan proposal intention intent hope aim option possibility prospect expectation".split()
)
# Verbs and nouns of a plan: one stating its price is a deal arranged with the other
# side, as newswire reports one awaiting its closing ("planned to acquire Goodyear
# Aerospace for 640 mln dlrs"); a plan with no price ("planned to buy them up itself"),
# or a hope or a wish with one, is not.
ARRANGING = frozenset({"plan", "intend", "intention"})
# Words of a question that asks about a condition itself ("if", "unless").
CONDITIONS = frozenset({"if", "unless", "once"})
# Clauses deep enough to reach from an answer to the word that puts it ahead.
MAX_CLAUSES = 5
# Particles of phrasal verbs, which the parse may call adverbs ("set aside", "set up").
PARTICLES = frozenset("aside up out off back down apart forth".split())
# Determiners of a definite noun phrase, which refers to what is.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def asks_what_happened(doc: Doc) -> bool:
    """The question part's verb is in the past or the perfect ("did they get", "was sold",
    "has offered", "how big was the stake"), and no modal, word of expecting or planning,
    or condition in the part asks about what is to come or would be."""
    if any(t.tag_ == "MD" or _asks_ahead(t) for t in doc):
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    # "what sentences did they get": the parse may hang the past "did" off its verb
    past_do = any(t.lemma_.lower() == "do" and t.tag_ == "VBD" for t in doc)
    if root.tag_ == "VBD" or past_do or any(a.tag_ == "VBD" for a in auxes):
        return True
    return root.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)


def _asks_ahead(word: Token) -> bool:
    """ "what did it plan to pay", "what date had it been set for", "when is it due to",
    "if", "what plans": a word of planning, expecting or condition."""
    lemma = word.lemma_.lower()
    if lemma in CONDITIONS or (word.pos_ == "NOUN" and lemma in PLAN_NOUNS):
        return True
    if word.lower_ == "going":  # "was going to buy": the lemma is "go"
        return any(c.dep_ == "xcomp" and _infinitive(c) for c in word.children)
    return _expecting(word)


def _expecting(word: Token) -> bool:
    """A verb or adjective of expecting or planning ("expects", "due", "set"), not one
    with a particle, which is another verb ("set aside", "set up")."""
    if word.pos_ not in ("VERB", "ADJ", "AUX") or word.lemma_.lower() not in AWAITING:
        return False
    return not any(_particle(c, word) for c in word.children)


def _particle(child: Token, verb: Token) -> bool:
    if child.dep_ == "prt":
        return True
    return child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in PARTICLES


def _takes_a_clause(word: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") for c in word.children)


def unhappened(token: Token) -> bool:
    """The word is in a clause of what is still to come or only thought of: its verb, or
    a verb or noun whose complement that verb is, is irrealis (see the module's note). A
    word in a definite noun phrase hanging from that clause refers to what is ("is likely to
    raise its dividend from the 1986 payment of 12 pct": that payment was made)."""
    return _irrealis_path(token) is not None


def _irrealis_path(token: Token) -> list[Token] | None:
    """The words from the word up to the one making its clause irrealis ("12 dlrs", "pay",
    "expects"), or None when the word's clause is told as happened."""
    path = _path_to_verb(token)
    if _presupposed(path):
        return None
    verb, entry = path[-1], path[-2] if len(path) > 1 else None
    for _ in range(MAX_CLAUSES):
        content = _irrealis(verb, entry)
        if content is not None:
            return [*path, *content]
        head = _governor(verb)
        if head is None:
            return None
        path.append(head)
        if _puts_ahead(head, verb):
            return path
        if head.pos_ not in ("VERB", "AUX"):
            return None
        verb, entry = head, verb
    return None


def _path_to_verb(token: Token) -> list[Token]:
    """The word and the words above it up to the first verb (the word itself if it is one)."""
    path = [token]
    while path[-1].pos_ not in ("VERB", "AUX") and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _presupposed(path: list[Token]) -> bool:
    """A noun above the word on its way to the verb is definite: "the 1986 payment", "its
    20 pct stake" (not "Fichtel's holding company" for "Fichtel" itself). A name refers
    whatever its clause's mood: what is asked of it is its part in the event ("hopes to buy
    the Fichtel unit"), presupposed only in a definite noun of an act ("expected the August
    13 purchase of Diamond to cut earnings": the purchase was made). Only a word inside
    the noun phrase counts: a modifier or an "of" complement, not another preposition's
    object, which the parse may hang on the noun or on the verb ("expects to complete the
    purchase in mid-June")."""
    name = path[0].pos_ == "PROPN" and path[0].ent_type_ != "DATE"
    for below, noun in pairwise(path):
        if below.dep_ == "prep" and below.lower_ != "of":
            return False
        if noun.pos_ not in ("NOUN", "PROPN") or (name and not names_a_doing(noun.lemma_)):
            continue
        if any(_definite(child, below) for child in noun.children):
            return True
    return False


def _definite(child: Token, below: Token) -> bool:
    """ "the", "this", or a possessor other than the word on the way up ("its stake")."""
    if child.dep_ == "det":
        return child.lower_ in DEFINITE
    return child.dep_ == "poss" and child.i != below.i


def _irrealis(verb: Token, entry: Token | None) -> list[Token] | None:
    """ "may make a bid"; "would offer ... if the board recommended it"; what a verb of
    expecting or planning is about ("expects earnings of one dlr", "the sale is expected in
    June", "is due on 29 April"), its subject too when it is the subject of what is
    expected ("it planned to buy them"), but not otherwise ("Goodyear expects"). The words
    added to the path (the infinitive expected of a subject), or None when realis."""
    if possible(verb) or conditional_consequent(verb):
        return []
    expecting = _expecting_predicate(verb)
    if expecting is None or (entry is not None and entry.dep_ == "conj"):
        return None  # "wanted control and [bought] 20 pct": no content of "want"
    if entry is not None and entry.dep_ == "nsubj":
        entry = next((c for c in expecting.children if c.dep_ in ("xcomp", "ccomp")), None)
        return [entry] if entry is not None and _puts_ahead(expecting, entry) else None
    if entry is not None and entry.dep_ == "xcomp" and entry.head.i == expecting.i:
        # "planned [to acquire B for 640 mln dlrs]"
        return [] if _puts_ahead(expecting, entry) else None
    return []


def _expecting_predicate(verb: Token) -> Token | None:
    """The verb's word of expecting: the verb itself ("expects", "is scheduled"; "set" or
    "due" only as an adjective or a passive participle with a goal, "set for May 3", not
    "set at 12 dlrs"), or its predicate adjective ("is due")."""
    if verb.lemma_.lower() == "be":
        return next((c for c in verb.children if c.dep_ == "acomp" and _expecting(c)), None)
    if not _expecting(verb):
        return None
    if verb.lemma_.lower() in INTENDING or _takes_a_clause(verb):
        return verb
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    goal = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return verb if (passive and goal) or verb.pos_ == "ADJ" else None


def _governor(verb: Token) -> Token | None:
    """The word the verb's clause completes: the verb or adjective taking it as an
    infinitive or that-clause ("expects [to close]", "due [to be sentenced]"), the noun
    taking it as an infinitive ("plans [to buy]"), or the first of conjuncts sharing its
    auxiliaries ("plans to sell the shares and [buy] them itself")."""
    if takes_scope_from_above(verb):
        return verb.head
    if verb.dep_ == "ccomp" and verb.head.i != verb.i:  # "expects that ...", not "said that"
        return verb.head if _expecting(verb.head) else None
    return None


def _puts_ahead(head: Token, verb: Token) -> bool:
    """ "expects to", "due to", "plans to" (the noun), "is to" (an arrangement): the word
    above puts the verb's event ahead of what is told."""
    lemma = head.lemma_.lower()
    if lemma in ARRANGING and _priced(verb):
        return False  # "said it planned to acquire Goodyear Aerospace for 640 mln dlrs"
    if verb.dep_ == "acl":
        return head.pos_ == "NOUN" and lemma in PLAN_NOUNS and _infinitive(verb)
    if verb.dep_ == "conj":
        return False
    if _expecting(head):
        return True
    # "Bolivia is to make a formal offer": "be" with an infinitive of its own
    return lemma == "be" and verb.dep_ == "xcomp" and _infinitive(verb)


def _priced(verb: Token) -> bool:
    """The verb's clause states a price: "for" a sum of money."""
    return any(
        o.ent_type_ == "MONEY"
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def as_happened(
    doc: Doc, answers: Sequence[Candidate], asked: frozenset[str]
) -> list[Candidate] | None:
    """The answers in the sentence told as happened; None when it tells the asked event only
    as not happened: every answer is in a clause of what has not that tells the event (a
    word of its stems `asked` is on the way from the answer up to what makes the clause
    irrealis: "expects to pay 12 dlrs" for "what did it pay", not "had hoped to market the
    drug with Brix" for "whom did it work with"), or, it giving none, every word of the
    event is ("are due to be sentenced on 29 April"). A sentence never naming it is not
    judged."""
    if answers:
        kept = [a for a in answers if not _tells_unhappened(doc[a.start : a.end].root, asked)]
        return kept or None
    told = [t for t in doc if t.pos_ in ("VERB", "NOUN") and _names(t, asked)]
    return None if told and all(unhappened(t) for t in told) else []


def _tells_unhappened(token: Token, asked: frozenset[str]) -> bool:
    path = _irrealis_path(token)
    return path is not None and any(_names(t, asked) for t in path)


def _names(word: Token, asked: frozenset[str]) -> bool:
    """The word is one of the asked event's ("bought" for "buy", "sentenced")."""
    return stem(word.lower_) in asked or stem(word.lemma_.lower()) in asked
