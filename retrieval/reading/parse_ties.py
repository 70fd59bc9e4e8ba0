"""A part of a several-part question answered by a sentence whose answer the parse does not
tie to what the part asks, when another sentence read for it does.

The score of a finding mixes the sentence's relevance (its words) with its answer's tie to
the NEAREST anchor, any of the part's words. In a question of several parts, one article
answers most parts and its sentences share many words with every part, so a part is often
answered by a sentence about another thing of the same story: "won an order ... worth
600 mln marks" for "how much was its own share of the order worth", where another read
sentence says "its share of the order alone was worth 250 mln marks". What makes an
answer the asked one is syntax: it is an argument of the asked act -- the asked verb, a
WordNet synonym of it, or its event noun ("delivery" for "deliver") -- and of what the act
is asked of: the noun the part makes its subject or object ("its share", "the bond issue"),
or one of its synonyms, not owned by a party the part does not name. An answer tied so to
both is the asked relation; one tied to neither or only one may be another act's or
another thing's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.names import name_key
from retrieval.nlp.vocabulary import participle_base
from retrieval.nlp.wordnet import relatives, ways_of
from retrieval.nlp.wordnet_derivations import event_nouns
from retrieval.reading.act_roles import referent
from retrieval.reading.anchors import distance
from retrieval.reading.found import Finding
from retrieval.reading.interrogatives import WH_TAGS
from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.reading.tie_roles import (
    Restrictions,
    asked_clause,
    denied,
    in_the_clause,
    restrictions,
    roles_agree,
    says_restrictions,
)
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.syntax import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import Part

# An argument of the asked act: its object or subject (1 edge), the object of its
# preposition ("delivered to a terminal at Bayport": 2-3 edges).
ACT_EDGES = 3
# A tied finding answers instead when it scores at least this share of the untied one's:
# the tie is the part's own syntax, and the untied sentence often shares more words.
TIE_FLOOR = 0.6


def tied_findings(
    parts: Sequence[Part],
    chosen: Sequence[Finding],
    by_part: Sequence[Sequence[Finding]],
    parse: Callable[[Sequence[str]], Sequence[Doc]],
) -> list[Finding]:
    """The chosen findings, a part whose answer is not tied to its act and thing answered
    by the best other finding of the part whose answer is, with an answer no other part
    gives. Only in questions of several parts: with one part, the best finding's article
    is the one read, and which of its sentences answers is the ranking's job."""
    if len(parts) < 2:
        return list(chosen)
    found = list(chosen)
    for index, finding in enumerate(found):
        doc = parse([finding.part.text])[0]
        tokens = _thing_tokens(doc, finding.part)
        things = frozenset(t.lemma_.lower() for t in tokens)
        if not finding.answers or not things or not asked_act(finding.part):
            continue
        if acts_through_a_complement(doc, finding.part):
            continue
        taken = {a.text for i, f in enumerate(found) if i != index for a in f.answers[:1]}
        findings = by_part[parts.index(finding.part)]
        asked = (things, restrictions(tokens))
        found[index] = _better_tied(finding, findings, asked, taken, parse)
    return found


def _better_tied(
    finding: Finding,
    findings: Sequence[Finding],
    asked: tuple[frozenset[str], Restrictions],
    taken: set[str],
    parse: Callable[[Sequence[str]], Sequence[Doc]],
) -> Finding:
    """The finding if its answer is tied, else the best-scored tied finding of the part
    scoring near enough, whose answer no other part gives and is tied to the nearest of the
    part's words (findings.py's tie) no less firmly: the parse tie decides between answers
    the word tie does not tell apart, it does not override a firmer one."""
    things, restricting = asked
    if is_tied(finding, parse([finding.sentence.text])[0], things, restricting):
        return finding
    others = [
        f
        for f in findings
        if f.answers
        and f.answers[0].text not in taken
        and f.score >= TIE_FLOOR * finding.score
        and f.answers[0].tie >= finding.answers[0].tie
    ]
    docs = parse([f.sentence.text for f in others])
    tied = [f for f, doc in zip(others, docs, strict=True) if is_tied(f, doc, things, restricting)]
    return max(tied, key=lambda f: f.score, default=finding)


def is_tied(
    finding: Finding, doc: Doc, things: frozenset[str], restricting: Restrictions = frozenset()
) -> bool:
    """The finding's first answer is, by the parse, an argument of the asked act in a
    sentence naming what the act is asked of (`things`: lemmas of the part's arguments of
    its verb) with the restrictions the part puts on it ("the record orders")."""
    answer = finding.answers[0]
    span = doc[answer.start : answer.end]
    # an answer inside the phrase of a thing the part gives names it (its owner, its kind:
    # "a Transportation Department judge recommended" for "what did a judge recommend")
    if not len(span) or any(_is_asked_thing(t, things) for t in span.root.ancestors):
        return False
    return (
        _of_the_act(span, doc, finding.part)
        and _names_the_thing(span, doc, finding, things)
        and says_restrictions(doc, restricting)
    )


def _of_the_act(span: Span, doc: Doc, part: Part) -> bool:
    """The answer is near a word of the asked act in the act's own clause (or one it
    controls): "the ministry said that a judge recommended ..." makes the ministry the
    sayer, not an argument of the recommending. A denied act is not the asked one."""
    clause = verb_above(span.root)
    acts = [_named_act(t) for t in doc if _says_the_act(t, part) and not _inside(t, span)]
    # the act done by another party than the part names in its role is another's act
    lemmas = asked_act(part)
    own = [
        a
        for a in acts
        if in_the_clause(a, clause, span) and roles_agree(a, part, lemmas) and not denied(a)
    ]
    return _near(span, own, ACT_EDGES)


def _names_the_thing(span: Span, doc: Doc, finding: Finding, things: frozenset[str]) -> bool:
    """The sentence names the asked thing, anywhere: the answer may sit in a clause of its
    own ("a charge of 5 mln dlrs in its third quarter"), but an answer tied to the act in a
    sentence never naming the thing is another thing's ("an order worth 600 mln marks" for
    "its share of the order"). Not another party's thing, nor the thing's word modifying
    another noun, which names a kind of that noun ("its share price")."""
    named = {word for name in finding.part.names for word in name_key(name).split()}
    return any(
        _is_asked_thing(t, things)
        and not _inside(t, span)
        and not _owned_by_another(t, named)
        and t.dep_ != "compound"
        for t in doc
    )


def asked_act(part: Part) -> frozenset[str]:
    """Lemmas saying the asked act: the verb (not a light one: "make", "have" say no act
    of their own), its WordNet synonyms and the nouns of its event ("delivery")."""
    verb = part.phrasal or part.predicate
    # a saying verb's answer is what was said, whose own act is asked ("which vehicle had
    # AMC said it would not build"); a copula's question asks for the noun itself ("what is
    # the gold price in the warrants"): no act to tie to
    if not verb or verb in GENERAL_VERBS or verb in REPORTING_VERBS or verb == part.focus:
        return frozenset()
    return frozenset({verb}) | relatives(verb, "v") | event_nouns(verb)


def _says_the_act(token: Token, part: Part) -> bool:
    """The word says the asked act: one of its lemmas, or a verb whose main sense is a way
    of doing it ("plummet" is to fall)."""
    lemma = token.lemma_.lower()
    if lemma in asked_act(part):
        return True
    verb = part.phrasal or part.predicate
    return token.pos_ == "VERB" and verb is not None and verb in ways_of(lemma)


def acts_through_a_complement(doc: Doc, part: Part) -> bool:
    """The asked verb takes a verb as its complement ("need approving", "recommend
    awarding"): the complement's act is what the answer is an argument of, and the asked
    verb only frames it; no act to tie the answer to is known."""
    verb = part.phrasal or part.predicate
    return any(
        child.dep_ in ("xcomp", "ccomp", "dobj") and _says_an_act(child)
        for token in doc
        if token.lemma_.lower() == verb
        for child in token.children
    )


def _says_an_act(token: Token) -> bool:
    """A verb, or a gerund the tagger took for a noun ("recommend awarding")."""
    gerund = token.lower_.endswith("ing") and participle_base(token.lower_) is not None
    return token.pos_ == "VERB" or gerund


def _named_act(token: Token) -> Token:
    """Where the act is an argument's: a word modifying a noun ("lead manager", "delivery
    date") makes the noun the act's doer or circumstance, whose own arguments the act's
    are ("said Hambros Bank as lead manager")."""
    return token.head if token.dep_ in ("amod", "compound") else token


def _is_asked_thing(token: Token, things: frozenset[str]) -> bool:
    """One of the things the act is asked of: the noun, a WordNet synonym of it, or a verb
    whose act it names ("issuing bonds" for "the bond issue"; not "the order was shared"
    for "its share", a portion, no act of sharing)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return bool(things & event_nouns(lemma))
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return lemma in things or any(lemma in relatives(thing, "n") for thing in things)


def _owned_by_another(thing: Token, named: set[str]) -> bool:
    """The thing's owner is a name the part does not give ("Tessin's share", "Tessin, whose
    part is ..." for "its share" asked of Norvale): another party's thing."""
    for child in thing.children:
        if child.dep_ != "poss":
            continue
        owner = referent(child)
        if owner.pos_ != "PROPN":
            continue  # "its share": a pronoun may stand for the asked party
        # the owner's name: its head word and the words compounded onto it ("Tessin AG")
        words = {owner.lower_} | {c.lower_ for c in owner.children if c.dep_ == "compound"}
        if not words & named:
            return True
    return False


# The links from a verb to what it is asked of: its subject and objects, and the objects of
# its prepositions ("the stake in Sohu").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "agent", "prep"})


def asked_things(doc: Doc, part: Part) -> frozenset[str]:
    """Lemmas of the nouns the part's act is asked of ("which bank led its bond issue":
    "issue"; "who chairs the board of its unit": "board"; "how much was its share
    worth": "share"), not the asked phrase itself ("which bank": the answer's class)."""
    return frozenset(t.lemma_.lower() for t in _thing_tokens(doc, part))


def _thing_tokens(doc: Doc, part: Part) -> list[Token]:
    """The nouns of asked_things, in the sentence the part's wh-word asks in."""
    verb = part.phrasal or part.predicate
    found: list[Token] = []
    for token in asked_clause(doc):
        if token.lemma_.lower() != verb:
            continue
        # "was its share worth": what is worth is the copula's subject
        heads = [token, token.head] if token.dep_ in ("acomp", "attr", "xcomp") else [token]
        found += [n for head in heads for child in head.children for n in _argument_nouns(child)]
    if not found:  # the verb parsed off its clause: the arguments of the part's verbs
        verbs = [t for t in asked_clause(doc) if t.pos_ in ("VERB", "AUX")]
        found += [n for v in verbs for child in v.children for n in _argument_nouns(child)]
    return found


def _argument_nouns(child: Token) -> list[Token]:
    """The argument's head noun (through a preposition), unless a wh-word asks it."""
    if child.dep_ not in _ARGUMENTS:
        return []
    through = child.dep_ in ("prep", "agent")
    nouns = [g for g in child.children if g.dep_ == "pobj"] if through else [child]
    return [
        noun
        for noun in nouns
        if noun.pos_ in ("NOUN", "PROPN")
        and not any(t.tag_ in WH_TAGS for t in noun.subtree)
        and not _points_back(noun)
    ]


# Determiners pointing back ("who chairs that company"): the noun stands for a party said
# before (another part's answer), not for a thing a sentence names by that word.
_POINTING_BACK = frozenset({"that", "this", "these", "those", "same"})


def _points_back(noun: Token) -> bool:
    return any(c.dep_ in ("det", "amod") and c.lower_ in _POINTING_BACK for c in noun.children)


def _inside(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def _near(span: Span, anchors: list[Token], edges: int) -> bool:
    return any(distance(span.root, anchor) <= edges for anchor in anchors)
