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

from retrieval.nlp.wordnet import doer_nouns, source_verbs
from retrieval.reading.act_roles import doers
from retrieval.reading.asking import Part
from retrieval.reading.kinds import PARTY_ANSWERS
from retrieval.reading.role_verbs import same_role_verbs
from retrieval.reading.sale_sides import other_side
from retrieval.reading.withheld_things import may_withhold, withheld_nouns
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.found import Finding
    from retrieval.reading.spans import Candidate

# Nouns whose withholding withholds what they are of: "the name of the buyer", "the
# identity of the purchaser" (and "the buyer, whose identity was not disclosed").
NAMING_NOUNS = frozenset({"name", "identity"})


def asked_roles(part: Part) -> frozenset[str]:
    """The nouns of the role a party part asks for: its asked noun, and the doer noun of
    the asked verb (of the sale's other side when the question names its subject)."""
    if part.kind not in PARTY_ANSWERS:
        return frozenset()
    roles = {part.focus} if part.focus else set()
    if part.predicate:
        named_subject = any(p == part.predicate and r == "subj" for p, r, _ in part.arguments)
        verbs = other_side(part.predicate) if named_subject else {part.predicate}
        roles.update(noun for verb in verbs for noun in doer_nouns(verb))
    return frozenset(roles)


def withheld_parties(doc: Doc) -> set[str]:
    """The lemmas of the nouns whose identity the sentence says is not given, a naming
    noun looked through to what it names ("the name of the buyer" withholds "buyer")."""
    return {token.lemma_.lower() for token in withheld_party_nouns(doc)}


def withheld_party_nouns(doc: Doc) -> list[Token]:
    """The nouns whose identity the sentence says is not given (`withheld_parties`).
    Not a noun an embedded question asks ("has not said which banks it sued this time"):
    its clause narrows it to some of them, which others the article names need not be."""
    lemmas = withheld_nouns(doc, wh_asked=False)
    found = [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in lemmas]
    for token in list(found):
        named = _named_by(token) if token.lemma_.lower() in NAMING_NOUNS else None
        if named is not None:
            found.append(named)
    return found


def of_the_asked(noun: Token, part: Part) -> bool:
    """A role noun told of something ("a new leader for its Brixton division", "the buyer
    of its Iowa unit") is the asked one only if the question names that thing too."""
    objects = [o for c in noun.children if c.dep_ == "prep" for o in c.children]
    words = set(part.terms) | {stem(w.lower()) for name in part.names for w in name.split()}
    return all(stem(o.lower_) in words for o in objects if o.dep_ == "pobj")


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
    articles = {f.article.article_id: f.article for f in found}
    wanted = [
        (aid, s.text)
        for aid, article in articles.items()
        for s in article.sentences
        if may_withhold(s.text)
    ]
    docs = parse([text for _, text in wanted]) if wanted else []
    return {
        aid
        for (aid, _), doc in zip(wanted, docs, strict=True)
        if any(
            t.lemma_.lower() in roles and of_the_asked(t, part) for t in withheld_party_nouns(doc)
        )
    }


def role_verbs(part: Part) -> frozenset[str]:
    """The verbs whose doer has the asked role: the asked verb and its class ("acquire"
    for "buy"), of the sale's other side when the question names its subject; for an
    asked noun alone, the verbs it is derived from ("buy" for "buyer")."""
    if part.predicate:
        named_subject = any(p == part.predicate and r == "subj" for p, r, _ in part.arguments)
        verbs = other_side(part.predicate) if named_subject else {part.predicate}
        return frozenset().union(*(same_role_verbs(v) for v in verbs))
    return source_verbs(part.focus) if part.focus else frozenset()


def fills_the_role(doc: Doc, answer: Candidate, verbs: frozenset[str]) -> bool:
    """The answer does the asked act in its sentence: the subject or "by" agent of a verb
    of the role ("will be acquired by Acme"), or the possessor of its noun ("Acme's
    purchase of X") -- it is named in the role the article withholds elsewhere."""
    span = doc[answer.start : answer.end]
    acts = [t for t in doc if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "NOUN")]
    return any(
        doer.i in range(span.start, span.end) or span.root in doer.subtree
        for act in acts
        for doer in doers(act)
    )


def without_withheld_roles(
    part: Part, found: list[Finding], parse: Callable[[Sequence[str]], list[Doc]]
) -> list[Finding]:
    """An article saying the asked party is not named names no one in that role: its
    findings go, but for an answer doing the asked act itself ("Acme will buy X") -- the
    name withheld may be of another deal's party."""
    withholding = articles_withholding_role(part, found, parse)
    if not withholding:
        return found
    verbs = role_verbs(part)
    kept = []
    for finding in found:
        if finding.article.article_id in withholding:
            doc = parse([finding.sentence.text])[0]
            if not any(fills_the_role(doc, a, verbs) for a in finding.answers[:1]):
                continue
        kept.append(finding)
    return kept
