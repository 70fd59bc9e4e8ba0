"""A party the question describes instead of naming, as the subject of its scene: "The
car-parts maker that J.P. Industries is offering 13.50 dlrs a share for has its own venture
with a Japanese company. Who is the Japanese partner ...?" The parts are about that firm, and
its own story (the venture) need not repeat the description (the offer): one search for the
whole question finds neither well. The description's relative clause is a proposition
about the firm with named arguments ("J.P. Industries", "13.50 dlrs"); a sentence stating
it names the firm ("Clevite said it received a 13.50 dlr a share offer from J.P.
Industries"): the first hop. The question asked again with that name in the description's
stead finds the firm's own story: the second hop.

The party is the one the stating sentence names where the clause's relative pronoun stands
("the company that Acme agreed to buy": "Acme agreed to buy Delta Valve Co"). Without
one, the first other party the sentence names is a guess (often the reporter, an adviser,
an analyst's employer), made only when the first reading left a part unanswered. A party
a scene introduces and its question refers back to is found the same way (anaphora.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.bridge_parties import (
    FIRM_LABELS,
    fronted_description,
    party_labels,
    same,
    the_party,
)
from retrieval.reading.evidence import ArticleEvidence, Sentence, coverage
from retrieval.reading.found import Finding, Reading
from retrieval.reading.kinds import Kind
from retrieval.reading.matching import ArticleNames
from retrieval.reading.part_names import own_names
from retrieval.reading.selection import Selection
from retrieval.reading.spans import Candidate
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"relcl", "acl"})
# A relative pronoun stands in its clause where the described party does ("that" in "the
# company that Acme agreed to buy"); "that" introducing a contact clause is a marker.
_RELATIVE_PRONOUNS = frozenset({"WDT", "WP", "WP$"})
# Articles a search for the description adds to the question's, for the first hop.
PER_DESCRIPTION = 4
# A sentence states the description when it uses this share of its words (idf-weighted)
# and names every firm the description names.
STATED = 0.5


@dataclass(frozen=True)
class Bridge:
    """The described party found by name: the question with the name in the description's
    stead, and the finding that names it (quoted as the answer to the description)."""

    question: str
    finding: Finding


class Finder(Protocol):
    """How the party the question does not name is found: bridge, or anaphora.bridge_back."""

    def __call__(
        self,
        text: str,
        asked: AskedQuestion,
        articles: Sequence[ArticleEvidence],
        reading: Reading,
        *,
        search: Callable[[str], Sequence[ArticleEvidence]],
        parse: Callable[[str], Doc],
    ) -> Bridge | None: ...


def described_subject(doc: Doc) -> Span | None:
    """A statement's subject that describes a party by a common noun and a relative clause
    ("The company that sold an 80 pct stake in Merlin to Bond Corp is also taking over
    ..."), not a question's own wh-phrase ("Which company that ...") or subject."""
    for token in doc:
        if token.dep_ not in _SUBJECTS or token.pos_ != "NOUN" or token.head.dep_ != "ROOT":
            continue
        if not party_labels(token.lemma_.lower()):
            continue  # "The stake that Brisk bought ...": a thing, not a party to bridge to
        if not any(child.dep_ in _CLAUSES for child in token.children):
            continue
        if any(child.tag_ in {"WDT", "WP", "WP$"} for child in token.children):
            continue
        # a statement puts its subject first; a question fronts its wh-phrase or verb
        # ("How big is the penalty tax the bureau imposed?" asks of that tax, it does not
        # describe a party)
        if token.left_edge.i != token.sent.start:
            continue
        return doc[token.left_edge.i : token.right_edge.i + 1]
    return None


def bridge(
    text: str,
    asked: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
    *,
    search: Callable[[str], Sequence[ArticleEvidence]],
    parse: Callable[[str], Doc],
    anywhere: bool = False,
) -> Bridge | None:
    """The described party of the question's scene, found in the sentence that best states
    its description (in `articles`, or in those a search for the description finds), with
    the question asked of it by name: the party the sentence names where the relative
    pronoun stands ("the company that Acme agreed to buy": "Acme agreed to buy Delta
    Valve Co"); only with `anywhere` (a part the first reading left unanswered) the
    first it names that the question does not."""
    description = _description(parse(text))
    if description is None:
        return None
    described, noun, gap = description
    if gap is None and not anywhere:
        return None
    # a stating sentence writes the party's name for the description's noun phrase ("the
    # parts maker"), so only its clause's words are what the sentence must state
    clause, role = (_clause(described), None) if gap is None else gap
    named = named_party(
        described,
        clause.text,
        asked,
        articles,
        reading,
        search=search,
        noun=noun,
        role=role,
        clause=clause,
        anywhere=anywhere,
    )
    if named is None:
        return None
    name, found = named
    return Bridge(text.replace(described.text, name, 1), found)


def _description(doc: Doc) -> tuple[Span, Token, tuple[Span, Token] | None] | None:
    """The noun phrase describing a party (a subject, or in a fronted adjunct), its noun,
    and its relative clause and pronoun when it has one."""
    described = described_subject(doc)
    if described is not None:
        return described, described.root, _gap(described)
    fronted = fronted_description(doc)
    if fronted is None:
        return None
    described, clause, pronoun = fronted
    return described, doc[pronoun.i - 1], (clause, pronoun)


def _clause(described: Span) -> Span:
    """The description's clause ("that J.P. Industries is offering 13.50 dlrs a share
    for"), however its pronoun was parsed."""
    root = described.root
    clause = next(c for c in root.children if c.dep_ in _CLAUSES)
    return described.doc[clause.left_edge.i : clause.right_edge.i + 1]


def _gap(described: Span) -> tuple[Span, Token] | None:
    """The description's relative clause, and its pronoun standing where the party does."""
    for clause in described.root.children:
        if clause.dep_ not in _CLAUSES:
            continue
        for token in clause.subtree:
            if token.tag_ in _RELATIVE_PRONOUNS and token.dep_ != "mark":
                return described.doc[clause.left_edge.i : clause.right_edge.i + 1], token
    return None


def named_party(
    described: Span,
    said: str,
    asked: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
    *,
    search: Callable[[str], Sequence[ArticleEvidence]],
    noun: Token,
    role: Token | None,
    clause: Span | None = None,
    anywhere: bool = False,
) -> tuple[str, Finding] | None:
    """The party's name from the sentence that best states its description (`said`: the
    words it must use, and whose names it must name), of a kind `noun` may stand for and
    in the description's `role` (bridge_parties.the_party), with that sentence as the
    finding answering the description."""
    # the noun phrase's own modifiers ("The Australian group", "a Hong Kong firm") say
    # what the party is; a stating sentence need not repeat them
    anchors = own_names(said, asked.names)
    labels = party_labels(noun.lemma_.lower())
    if not anchors or not labels:
        return None  # "the shipbuilder that skipped its payout": nothing to find it by
    weights = reading.weights.of(set(terms(said)))
    seen = {a.article_id for a in articles}
    pool = [*articles, *(a for a in search(described.text) if a.article_id not in seen)]
    best = _stating(pool, anchors, weights)
    if best is None:
        return None
    article, sentence = best
    doc = reading.parse([sentence.text])[0]
    named = [*asked.names, *anchors]
    name = the_party(doc, article, named, labels, role=role, clause=clause, anywhere=anywhere)
    if name is None:
        return None
    # a place is kept a named party's kind: a PLACE part is read differently downstream
    # (findings.NAMED_KINDS), and the bridged reading of a country was then lost
    kind = Kind.ORG if labels == FIRM_LABELS else Kind.AGENT
    part = Part(described.text, kind, focus=noun.lemma_, predicate=None, terms=tuple(weights))
    found = Finding(part, article, sentence, (Candidate(name, 0, 0, 1.0),), 1.0)
    return name, found


def _stating(
    articles: Sequence[ArticleEvidence], anchors: list[str], weights: dict[str, float]
) -> tuple[ArticleEvidence, Sentence] | None:
    """The sentence naming every anchor that uses most of the description's words."""
    best: tuple[float, ArticleEvidence, Sentence] | None = None
    for article in articles:
        if not all(article.names.mentions(name) for name in anchors):
            continue
        for sentence in article.sentences:
            score = coverage(weights, sentence.terms)
            if score < STATED or (best is not None and score <= best[0]):
                continue
            said = ArticleNames(sentence.text)
            if all(said.mentions(name, loose=True) for name in anchors):
                best = (score, article, sentence)
    return (best[1], best[2]) if best is not None else None


def answers_better(first: Selection, second: Selection, stated: Finding) -> bool:
    """Is the reading of the question asked of the party by name better than the first?
    With a part left unanswered, when it answers more parts. With every part answered, when
    it answers as many and fewer of them from the article stating the description
    (`stated`): that article tells the scene's story (the first hop), so answers from it
    may be the scene's, not the party's. Answers of the same kinds again are no reason to
    put a party the question did not name in front of them.

    A first reading answering with the described party itself answered the description,
    not the question: what a question asks of a party is another argument of its verb
    than the party ("The group whose bid was topped sold its interests. To whom?" is not
    answered by the group). Those answers count for nothing."""
    hop_one = sum(_names_the_party(found, stated) for found in first.findings)
    answered = len(first.findings) - hop_one
    if first.missing:
        return len(second.findings) > answered
    if hop_one:
        return bool(second.findings) and not second.missing and len(second.findings) >= answered
    article = stated.article.article_id

    def from_scene(selection: Selection) -> int:
        return sum(found.article.article_id == article for found in selection.findings)

    return len(second.findings) >= len(first.findings) and from_scene(second) < from_scene(first)


def _names_the_party(found: Finding, stated: Finding) -> bool:
    """Does the finding answer with the party the stating sentence names?"""
    party = stated.answers[0].text
    spelled = found.article.spelled_out
    return any(same(a.text, party) or same(spelled(a.text), party) for a in found.answers)


def with_bridge(selection: Selection, finding: Finding) -> Selection:
    """The selection with the sentence naming the described party first, as the answer to
    the description."""
    corroborating = {index + 1: found for index, found in selection.corroborating.items()}
    return replace(selection, findings=(finding, *selection.findings), corroborating=corroborating)


def without_statement(
    articles: Sequence[ArticleEvidence], finding: Finding
) -> list[ArticleEvidence]:
    """The articles without the sentence stating the description: it answers what the scene
    says of the party (the first hop), not what the question asks of it."""
    stated = finding.sentence.text
    return [
        replace(a, sentences=[s for s in a.sentences if s.text != stated])
        if a.article_id == finding.article.article_id
        else a
        for a in articles
    ]
