"""Which noun phrases describe a party a question does not name, and where a sentence
stating the description names it (bridging.py, anaphora.py).

A firm noun ("maker", "company") is named by an organisation. A noun whose first sense
denotes a person ("chancellor", "investor", "developer") is named by a person, or by a
firm: agent nouns are said of firms as much as of people ("a Florida developer",
"the investor"). Other nouns ("stake", "plant", "deal") are things, not parties.

The stating sentence names the party in the description's role: the same relation to a
head of the same lemma ("its tender for an auto parts maker": "tender for Clevite"). A
possessor is the agent of its noun however it is written: "whose bid" is stated as
"CSR's bid" or "a bid by CSR" (the genitive and the by-phrase of a nominal alternate; a
verb's by-phrase is its passive subject, not a possessor), and
the possessed noun may be any noun of the clause ("whose tax revenue forecasts": "Gordon
Brown's forecasts for tax revenues"). A prepositional argument of a noun is stated as one
of a compound the noun modifies, under any preposition ("a loan for a developer": "a loan
agreement with Punta Gorda Isles").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_person
from retrieval.nlp.wordnet import kinds_above, kinds_above_any
from retrieval.reading.part_names import own_names
from retrieval.reading.public_bodies import BUSINESS_KINDS, a_public_body, a_public_noun
from retrieval.registry.company_names import is_authority
from retrieval.registry.org_words import FIRM_KIND_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.evidence import ArticleEvidence

FIRM_LABELS = frozenset({"ORG"})
PERSON_LABELS = frozenset({"PERSON", "ORG"})
PLACE_LABELS = frozenset({"GPE"})
# What a noun naming a country or a district is a kind of, in its first sense ("country",
# "nation": a political unit; "state", "province": an administrative district).
_PLACE_KINDS = frozenset({"political_unit", "administrative_district", "municipality"})
# Marks that close a fronted adjunct ("In the country whose minister is X, which ...").
_CLOSING = frozenset({",", ":", "-", "–", "—"})
# Prepositions whose object is a nominal's agent, as its possessor is ("a bid by CSR",
# "an offer from CSR": "CSR's bid"). Not "of": on a deverbal noun it marks the theme
# ("the acquisition of Dunmore by Kestrel").
_AGENT_PREPOSITIONS = frozenset({"by", "from"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_CONTENT = _NOMINAL | {"VERB"}


def _a_firm_noun(lemma: str) -> bool:
    """A noun that stands for a firm: "maker", "company", or a kind of business in WordNet
    that is not a public body's noun."""
    if lemma in FIRM_KIND_NOUNS:
        return True
    return bool(kinds_above_any(lemma) & BUSINESS_KINDS) and not a_public_noun(lemma)


def party_labels(lemma: str) -> frozenset[str]:
    """The entity labels that name a party the noun describes; none for a thing."""
    if _a_firm_noun(lemma):
        return FIRM_LABELS
    if names_a_person(lemma):
        return PERSON_LABELS
    if _PLACE_KINDS & set(kinds_above(lemma)):
        return PLACE_LABELS
    return frozenset()


def fronted_description(doc: Doc) -> tuple[Span, Span, Token] | None:
    """A party described in a fronted adjunct by a possessive relative ("In the country
    whose finance minister is P. Chidambaram, which exchange ..."): the noun phrase with
    its clause, the clause, and "whose". The adjunct is set off by a comma, which closes
    the clause whatever the parser made of it (it may take the clause's verb for the
    question's)."""
    first = doc[0] if len(doc) else None
    if first is None or first.pos_ != "ADP":
        return None
    for token in doc[1:-1]:
        if any(t.text in _CLOSING for t in doc[1 : token.i]):
            return None  # the adjunct closed before the noun: the noun is not in it
        after = doc[token.i + 1]
        if token.pos_ != "NOUN" or after.tag_ != "WP$" or not party_labels(token.lemma_.lower()):
            continue
        end = next((t.i for t in doc[after.i :] if t.text in _CLOSING), None)
        if end is None or _finite_verbs(doc[after.i : end]) > 1:
            return None  # a relative clause has one finite verb; a second is the adjunct's
        return doc[_phrase_start(token) : end], doc[after.i : end], after
    return None


def _phrase_start(noun: Token) -> int:
    """Where the noun's phrase begins: its left edge, or its determiner when the parser
    hung the adjunct's first words on the noun ("In 1987 the group whose ...")."""
    start = min(noun.left_edge.i, noun.i)
    det = next((t.i for t in reversed(noun.doc[start : noun.i]) if t.pos_ == "DET"), None)
    return start if det is None else det


def _finite_verbs(span: Span) -> int:
    return len([t for t in span if "Fin" in t.morph.get("VerbForm", [])])


def the_party(
    doc: Doc,
    article: ArticleEvidence,
    named: Sequence[str],
    labels: frozenset[str],
    *,
    role: Token | None,
    clause: Span | None,
    anywhere: bool,
) -> str | None:
    """The party the stating sentence names in the description's `role`; with `anywhere`,
    when none is, the first it names that the question does not."""
    name = None
    if role is not None:
        name = in_role(doc, role, article, named, labels, clause=clause)
    if name is None and anywhere:
        name = first_party(doc, article, named, labels)
    # a bracketed ticker after the name is blanked out for parsing
    return None if name is None else name.strip()


def in_role(
    doc: Doc,
    role: Token,
    article: ArticleEvidence,
    named: Sequence[str],
    labels: frozenset[str],
    *,
    clause: Span | None = None,
) -> str | None:
    """The party the sentence names where the description's noun phrase (or relative
    pronoun) stands, not one the question names."""
    heads = _possessed(role, clause, _CONTENT)
    nominals = _possessed(role, clause, _NOMINAL)
    for entity in doc.ents:
        if entity.label_ not in labels or not _fills(entity.root, role, heads, nominals):
            continue
        if not _named(entity.text, article, named):
            return _without_genitive(entity)
    return None


def _without_genitive(entity: Span) -> str:
    """The name without the possessive ending the recogniser may take into it
    ("Kestrel Ltd's")."""
    end = entity.end
    while end > entity.start + 1 and entity.doc[end - 1].tag_ == "POS":
        end -= 1
    return entity.doc[entity.start : end].text


def _possessed(role: Token, clause: Span | None, tags: frozenset[str]) -> frozenset[str]:
    """For a possessive relative ("whose bid"), the lemmas a possessor in the stating
    sentence may hang on: the clause's words of those parts of speech (with verbs: the
    parser may take "whose tax revenue forecasts" for a clause whose verb is "forecasts")."""
    if role.dep_ != "poss" or clause is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in clause if t.pos_ in tags)


def _fills(root: Token, role: Token, possessed: frozenset[str], nominals: frozenset[str]) -> bool:
    """Does the entity stand in the role: the same relation to a head of the same lemma,
    or for a possessor, the genitive of a word of the clause or the agent phrase of one
    of its nouns? A by-phrase of the clause's verb names that verb's agent ("an offer
    rejected by X": the rejecter); the stating sentence's parse may still take the noun
    for a verb ("a share bid by X"), so the clause decides which words are nouns."""
    head = root.head.lemma_.lower()
    if root.dep_ == role.dep_ and head == role.head.lemma_.lower():
        return True
    if root.dep_ == role.dep_ == "pobj" and _same_nominal(root.head.head, role.head.head):
        return True
    if not possessed:
        return False
    if root.dep_ == "poss":
        return head in possessed
    by = root.head
    return (
        root.dep_ == "pobj"
        and by.lower_ in _AGENT_PREPOSITIONS
        and by.head.lemma_.lower() in nominals
    )


def _same_nominal(stated: Token, scene: Token) -> bool:
    """A prepositional argument of a compound the scene's noun modifies: "a loan for a
    developer" is stated as "a loan agreement with Punta Gorda Isles" (a compound's
    modifier names what its head is about). The same noun under another preposition is
    another role ("a loan from a bank" names the lender, not the borrower)."""
    if scene.pos_ != "NOUN" or stated.pos_ != "NOUN":
        return False
    compounds = {c.lemma_.lower() for c in stated.children if c.dep_ == "compound"}
    return scene.lemma_.lower() in compounds


def first_party(
    doc: Doc, article: ArticleEvidence, named: Sequence[str], labels: frozenset[str]
) -> str | None:
    """The first party the sentence names that the question does not: the described one
    (newswire leads with the firm its story is about). A short form is read as the
    article spells it out ("ETL": "Equiticorp Tasman Ltd")."""
    for entity in doc.ents:
        if entity.label_ not in labels:
            continue
        if entity.label_ == "ORG" and (a_public_body(entity) or is_authority(entity.text)):
            continue  # a regulator the sentence names is not the firm it is about
        if not _named(entity.text, article, named):
            return _without_genitive(entity)
    return None


def _named(found: str, article: ArticleEvidence, named: Sequence[str]) -> bool:
    full = article.spelled_out(found)
    return any(same(found, name) or same(full, name) for name in named)


def same(found: str, name: str) -> bool:
    """One name written within the other as whole words ("GE" is not within "GEC")."""
    return bool(own_names(found, [name]) or own_names(name, [found]))
