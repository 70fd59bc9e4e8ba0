"""What happened and what has not (yet): the mood of a question and of an answer's clause,
read from the parse.

A question in the past or the perfect ("what sentences did they get", "what fee has
Newcastle offered", "which company did it end up taking a stake in") asks about an event
told as done (realis). A clause telling of an event still to come or only thought of
(irrealis) does not state it: one due, expected, scheduled, planned, hoped for or sought
("are due to be sentenced on 29 April", "planned to buy them itself", "hoped to take a 37.5
pct stake"), one arranged with "be to" ("Bolivia is to make an offer"), one that may come
about ("may make a bid"), or the consequent of a condition ("would offer 41.75 dlrs if the
board recommended it"; retrieval.registry.irrealis). A future of the past reported ("said
it would pay 20 dlrs a share") is an announced deal's terms, not irrealis: the registry
reads it so too. A question itself asking about a plan, a prospect or a condition ("what
did it plan to pay", "what would it pay if") asks about just that.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_doing
from retrieval.reading.negation import in_scope_of_first
from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.registry.irrealis import conditional_consequent
from retrieval.text import stem

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc, Token

    from retrieval.reading.asking import Part
    from retrieval.reading.evidence import ArticleEvidence
    from retrieval.reading.found import Finding
    from retrieval.reading.spans import Candidate

# Verbs of an attitude to what is to come, whose infinitive (or that-clause) is expected,
# planned, hoped for or sought, not done: "expects to close", "plans to buy", "is seeking
# to acquire".
INTENDING = frozenset("expect anticipate forecast plan intend aim hope want seek wish".split())
# Words that put their infinitive ahead, and only it ("is due to be sentenced", "is set
# to", "is likely to bid"); without one they have other senses ("set aside", "the 1986
# target", "due to lower margins").
RAISING = frozenset("due set schedule slate likely unlikely poised target project".split())
EXPECTING = INTENDING | RAISING
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
# Modals of what may come about ("may make a bid"); "could" is as often a past ability
# ("could only buy 40 pct"), and "would" a reported future, so only with a condition.
POSSIBILITY_MODALS = frozenset({"may", "might"})
# Words of a question that asks about a condition or a plan itself ("is going to").
CONDITIONS = frozenset({"if", "unless", "once", "going"})
# Clauses deep enough to reach from an answer to the word that puts it ahead.
MAX_CLAUSES = 5


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
    return _expecting(word)


def _expecting(word: Token) -> bool:
    """A verb or adjective of expecting or planning ("expects", "due", "set"), not one
    with a particle, which is another verb ("set aside", "set up")."""
    if word.pos_ not in ("VERB", "ADJ", "AUX") or word.lemma_.lower() not in EXPECTING:
        return False
    return not any(_particle(c, word) for c in word.children)


# Particles of phrasal verbs, which the parse may call adverbs ("set aside", "set up").
PARTICLES = frozenset("aside up out off back down apart forth".split())


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
    path = _path_to_verb(token)
    if _presupposed(path):
        return False
    verb, entry = path[-1], path[-2] if len(path) > 1 else None
    for _ in range(MAX_CLAUSES):
        if _irrealis(verb, entry):
            return True
        head = _governor(verb)
        if head is None:
            return False
        if _puts_ahead(head, verb):
            return True
        if head.pos_ not in ("VERB", "AUX"):
            return False
        verb, entry = head, verb
    return False


def _path_to_verb(token: Token) -> list[Token]:
    """The word and the words above it up to the first verb (the word itself if it is one)."""
    path = [token]
    while path[-1].pos_ not in ("VERB", "AUX") and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


# Determiners of a definite noun phrase, which refers to what is.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


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


def _irrealis(verb: Token, entry: Token | None) -> bool:
    """ "may make a bid"; "would offer ... if the board recommended it"; what a verb of
    expecting or planning is about ("expects earnings of one dlr", "the sale is expected in
    June", "is due on 29 April"), its subject too when it is the subject of what is
    expected ("it planned to buy them"), but not otherwise ("Goodyear expects")."""
    if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children):
        return True
    if conditional_consequent(verb):
        return True
    expecting = _expecting_predicate(verb)
    if expecting is None:
        return False
    if entry is not None and entry.dep_ == "nsubj":
        entry = next((c for c in expecting.children if c.dep_ in ("xcomp", "ccomp")), None)
        return entry is not None and _puts_ahead(expecting, entry)
    if entry is not None and entry.dep_ == "xcomp" and entry.head.i == expecting.i:
        return _puts_ahead(expecting, entry)  # "planned [to acquire B for 640 mln dlrs]"
    return True


def _expecting_predicate(verb: Token) -> Token | None:
    """The verb's word of expecting: the verb itself ("expects", "is scheduled"; "set" or
    "due" only as a participle or an adjective), or its predicate adjective ("is due")."""
    if verb.lemma_.lower() == "be":
        return next((c for c in verb.children if c.dep_ == "acomp" and _expecting(c)), None)
    if not _expecting(verb):
        return None
    if verb.lemma_.lower() in INTENDING or _takes_a_clause(verb):
        return verb
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb if passive or verb.pos_ == "ADJ" else None


def _governor(verb: Token) -> Token | None:
    """The word the verb's clause completes: the verb or adjective taking it as an
    infinitive or that-clause ("expects [to close]", "due [to be sentenced]"), the noun
    taking it as an infinitive ("plans [to buy]"), or the first of conjuncts sharing its
    auxiliaries ("plans to sell the shares and [buy] them itself")."""
    if verb.head.i == verb.i:
        return None
    if verb.dep_ in ("xcomp", "acl"):
        return verb.head
    if verb.dep_ == "ccomp":  # "expects that ...", not "said that ..."
        return verb.head if _expecting(verb.head) else None
    if verb.dep_ == "conj" and in_scope_of_first(verb):
        return verb.head
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
    as not happened: every answer is in a clause of what has not, or, it giving none, every
    word of the event (of its stems `asked`: "sentenced" for "what sentences") is ("are due
    to be sentenced on 29 April"). A sentence never naming the event is not judged."""
    if answers:
        kept = [a for a in answers if not unhappened(doc[a.start : a.end].root)]
        return kept or None
    told = [t for t in doc if t.pos_ in ("VERB", "NOUN") and stem(t.lower_) in asked]
    return None if told and all(unhappened(t) for t in told) else []


def asked_stems(part: Part) -> frozenset[str]:
    """The stems of the event a part asks about: its noun's and its verb's, unless that is
    a verb of no event of its own ("get", "make")."""
    words = [part.focus, None if part.predicate in GENERAL_VERBS else part.predicate]
    return frozenset(stem(w.lower()) for w in words if w)


def happened_descriptions(
    part: Part, found: list[Finding], parse: Callable[[list[str]], list[Doc]]
) -> list[Finding]:
    """For a part asking what happened ("what sentences did they get"), the sentences
    describing it, but none from an article telling of the event only as still to come
    ("the two men are due to be sentenced on 29 April": no sentence of it says what
    sentences they got)."""
    asked = asked_stems(part)
    if not found or not asked or not asks_what_happened(parse([part.text])[0]):
        return found
    articles = {f.article.article_id: f.article for f in found}
    ahead = {key for key, article in articles.items() if _tells_only_ahead(article, asked, parse)}
    return [f for f in found if f.article.article_id not in ahead]


def _tells_only_ahead(
    article: ArticleEvidence, asked: frozenset[str], parse: Callable[[list[str]], list[Doc]]
) -> bool:
    telling = [s.text for s in article.sentences if s.terms & asked]
    return bool(telling) and all(as_happened(doc, [], asked) is None for doc in parse(telling))
