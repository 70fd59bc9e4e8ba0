"""Withheld parties: an article that says the asked party's name is not given ("The name
of the buyer was not disclosed", "the purchaser, whose identity was not revealed", "sold
to an undisclosed buyer") names no one in that role. Its other names are the deal's other
parties ("Metro Cable said it agreed to sell Intermountain" gives the seller), no answer
to "who is buying Intermountain" -- unless one fills the asked role itself.

The role asked is read from the question: its asked noun ("which buyer"), and, when the
wh-phrase is the asked verb's subject, the noun of that verb's doer (WordNet's derived
noun of a person: "buyer" for "who is buying", "adviser" for "who advised"); when the
question names the subject of a sale, the party asked is on the sale's other side ("to
whom did Acme sell" asks the buyer).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_person
from retrieval.nlp.prepositions import preposition_objects
from retrieval.nlp.wordnet_derivations import doer_nouns, source_verbs
from retrieval.reading.act_roles import doers, targets
from retrieval.reading.asking import Part
from retrieval.reading.kinds import PARTY_ANSWERS
from retrieval.reading.payments import BUYING_VERBS
from retrieval.reading.reporters import clause_subject
from retrieval.reading.role_verbs import same_role_verbs
from retrieval.reading.sale_sides import handed_over_by_the_other_side, other_side
from retrieval.reading.withheld_things import articles_with, withheld_nouns
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.found import Finding

# Nouns whose withholding withholds what they are of: "the name of the buyer", "the
# identity of the purchaser" (and "the buyer, whose identity was not disclosed").
NAMING_NOUNS = frozenset({"name", "identity"})
# Paying and buying tell one act from its two sides of the money: the price at which a
# firm bought is what it paid, and the one who paid for a thing bought it.
_PAYING = BUYING_VERBS | {"pay"}
# Entity types of an amount or a time: no thing a role or a figure is of.
_AMOUNTS_AND_TIMES = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY", "DATE", "TIME"})
# Modifiers telling of parties besides the ones named: "declined to name its other
# partners" withholds none of those the article names.
_BESIDES = frozenset({"other", "another", "additional", "further"})


def _asked_side_verbs(part: Part) -> set[str]:
    """The asked verb, or the sale's other side when the question names its subject
    ("to whom did Acme sell" asks who buys)."""
    if not part.predicate:
        return set()
    named_subject = any(p == part.predicate and r == "subj" for p, r, _ in part.arguments)
    return set(other_side(part.predicate)) if named_subject else {part.predicate}


def asked_roles(part: Part) -> frozenset[str]:
    """The nouns of the role a party part asks for: its asked noun when it names a person
    ("which buyer"; not "which company", a group any party is), and the doer noun of the
    asked verb (of the sale's other side when the question names its subject)."""
    if part.kind not in PARTY_ANSWERS:
        return frozenset()
    roles = {part.focus} if part.focus and names_a_person(part.focus) else set()
    roles.update(noun for verb in _asked_side_verbs(part) for noun in doer_nouns(verb))
    return frozenset(roles)


def withheld_parties(doc: Doc) -> set[str]:
    """The lemmas of the nouns whose identity the sentence says is not given, a naming
    noun looked through to what it names ("the name of the buyer" withholds "buyer")."""
    return {token.lemma_.lower() for token in withheld_party_nouns(doc)}


def withheld_party_nouns(doc: Doc) -> list[Token]:
    """The nouns whose identity the sentence says is not given (`withheld_parties`).
    Not a noun an embedded question asks ("has not said which banks it sued this time"):
    its clause narrows it to some of them, which others the article names need not be;
    nor one told of as besides others ("its other partners", "a second partner")."""
    lemmas = withheld_nouns(doc, wh_asked=False)
    found = [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in lemmas]
    for token in list(found):
        named = _named_by(token) if token.lemma_.lower() in NAMING_NOUNS else None
        if named is not None:
            found.append(named)
    return [t for t in found if not _besides_others(t)]


def _besides_others(noun: Token) -> bool:
    return any(
        c.dep_ == "amod" and (c.lower_ in _BESIDES or c.ent_type_ == "ORDINAL")
        for c in noun.children
    )


def asked_words(part: Part) -> set[str]:
    """The stems a thing the question names may be written with: its terms and names."""
    return set(part.terms) | {stem(w.lower()) for name in part.names for w in name.split()}


def of_the_asked(noun: Token, part: Part) -> bool:
    """A noun told of something is the asked one only if the question names that thing
    too: its prepositions' objects ("a new leader for its Brixton division"), its
    possessor ("Halden's deal", "its new owner": a pronoun may stand for another firm),
    the names compounded on them ("the Brixton contract"), and, for the "to"/"from"
    party of a verb, what the verb trades ("sold its Iowa mill to an undisclosed buyer")."""
    words = asked_words(part)
    return all(stem(q.lower_) in words for q in _qualifiers(noun))


def _qualifiers(noun: Token) -> list[Token]:
    found = [c for c in noun.children if c.dep_ == "poss"]
    # an amount or a time the parse hangs on the noun ("a buyer for 3.1 mln dlrs", "the
    # buyer last year") tells a price or a date, not another thing the role is of
    found += [o for o in preposition_objects(noun) if o.ent_type_ not in _AMOUNTS_AND_TIMES]
    verb = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "from") and verb.pos_ == "VERB":
        # the thing traded, not the verb's own "for"/"in" phrases (a price, a place)
        found += [t for t in targets(verb) if t.dep_ != "pobj" or t.head.head != verb]
    # and what those are told of: "Halden's deal with Brixton", "the Brixton contract"
    # ("its Corvex unit": a pronoun there stands for the firm the sentence is about)
    return found + [
        c
        for q in found
        for c in [*q.children, *preposition_objects(q)]
        if (c.dep_ in ("poss", "pobj") and c.pos_ != "PRON")
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
    ]


def _named_by(naming: Token) -> Token | None:
    """What a naming noun names: its "of" object ("the name of the buyer"), or the noun a
    relative clause it stands in hangs on ("the buyer, whose identity was not disclosed")."""
    of = [o for c in naming.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if of:
        return of[0]
    whose = any(c.dep_ == "poss" and c.lower_ == "whose" for c in naming.children)
    clause = next((a for a in naming.ancestors if a.dep_ == "relcl"), None)
    return clause.head if whose and clause is not None else None


def articles_withholding_role(
    part: Part, found: Sequence[Finding], parse: Callable[[Sequence[str]], list[Doc]]
) -> set[str]:
    """The ids of the findings' articles with a sentence saying the asked party is not
    named (only the sentences that could say so are parsed)."""
    roles = asked_roles(part)
    if not roles:
        return set()

    def withholds(doc: Doc) -> bool:
        nouns = withheld_party_nouns(doc)
        return any(t.lemma_.lower() in roles and of_the_asked(t, part) for t in nouns)

    return articles_with(found, parse, withholds)


def acts_alike(predicate: str | None) -> frozenset[str]:
    """The verb, the verbs of its role class, and paying for buying."""
    verbs = same_role_verbs(predicate)
    return verbs | _PAYING if predicate in _PAYING else verbs


def role_verbs(part: Part) -> frozenset[str]:
    """The verbs whose doer has the asked role: the asked verb and its class ("acquire"
    for "buy"), of the sale's other side when the question names its subject; for an
    asked noun alone, the verbs it is derived from ("buy" for "buyer"); paying for
    buying."""
    if part.predicate:
        return frozenset().union(*(acts_alike(v) for v in _asked_side_verbs(part)))
    return source_verbs(part.focus) if part.focus else frozenset()


def fills_the_role(doc: Doc, span: Span, part: Part) -> bool:
    """The answer is named in the role the article withholds elsewhere: it does the
    asked act (the subject or "by" agent of a verb of the role, "will be acquired by
    Acme"; the possessor of its noun, "Acme's purchase of X"; the reporter its pronoun
    stands for, "Acme said it paid 3 mln dlrs for X"), the other side of a sale
    hands it the thing ("sold X to Acme"), or a noun of the role is said of it ("Acme
    Corp, the new owner of X")."""
    verbs = role_verbs(part)
    acts = [t for t in doc if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "NOUN")]
    if any(
        doer.i in range(span.start, span.end) or span.root in doer.subtree
        for act in acts
        for doer in map(_reported, doers(act))
    ):
        return True
    return handed_over_by_the_other_side(span, verbs) or _said_to_be(doc, span, part)


def _reported(doer: Token) -> Token:
    """A pronoun doing a reported act stands for the reporter ("Acme said it paid")."""
    if doer.lower_ not in ("it", "they"):
        return doer
    reporter = next((h for h in doer.ancestors if h.lemma_ in REPORTING_VERBS), None)
    subject = None if reporter is None else clause_subject(reporter, reporter)
    return doer if subject is None else subject


def _said_to_be(doc: Doc, span: Span, part: Part) -> bool:
    """A noun of the asked role, of the asked thing, is said of the answer: in
    apposition, as its predicate ("Acme is the new owner"), in a small clause ("making
    Acme the new owner of X")."""
    roles = asked_roles(part)
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in roles or not of_the_asked(noun, part):
            continue
        holders = [noun.head] if noun.dep_ == "appos" else []
        holders += [c for c in noun.children if c.dep_ == "nsubj"]
        if noun.dep_ == "attr":
            holders += [c for c in noun.head.children if c.dep_ == "nsubj"]
        if any(h.i in range(span.start, span.end) for h in holders):
            return True
    return False


def without_withheld_roles(
    part: Part, found: list[Finding], parse: Callable[[Sequence[str]], list[Doc]]
) -> list[Finding]:
    """An article saying the asked party is not named names no one in that role: its
    findings go, but for an answer named in that role itself ("Acme will buy X") -- the
    name withheld may be of another deal's party."""
    withholding = articles_withholding_role(part, found, parse)
    if not withholding:
        return found
    suspect = [f for f in found if f.article.article_id in withholding and f.answers]
    docs = dict(zip(map(id, suspect), parse([f.sentence.text for f in suspect]), strict=True))
    return [
        f
        for f in found
        if f.article.article_id not in withholding
        or (id(f) in docs and _fills(docs[id(f)], f, part))
    ]


def _fills(doc: Doc, finding: Finding, part: Part) -> bool:
    answer = finding.answers[0]
    return fills_the_role(doc, doc[answer.start : answer.end], part)
