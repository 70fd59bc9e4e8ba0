"""Unnamed answers: a sentence that restates the question but gives the asked party only
as an indefinite description ("will be sold to a British hotels group", "to sell to an
investment group") says the text does not name it there. A name in another sentence of
the article answers only if that sentence speaks of the asked noun again ("the group,
Halcor Partners, ..."); any other is about something else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.names import pieces
from retrieval.reading.asking import Part
from retrieval.reading.kinds import PARTY_ANSWERS, Kind, asked_noun_kind
from retrieval.reading.matching import ArticleNames
from retrieval.reading.members import equated
from retrieval.reading.negation import denied_disclosure
from retrieval.reading.sale_sides import SELLING_VERBS, other_side
from retrieval.reading.spans import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Classes of nouns that describe a party ("group", "buyer", "chairman"). A "name" part is
# left out: "formed a joint venture" introduces what a later sentence names ("The
# partnership is called H and R Co").
PARTY_NOUNS = frozenset({Kind.ORG, Kind.PERSON, Kind.AGENT})
INDEFINITE = frozenset({"a", "an", "another"})  # "bought out another partner"
# Plural indefinites: "from three principal shareholders", "several banks".
INDEFINITE_PLURAL = frozenset({"some", "several", "various", "certain", "other"})
# Adjectives that say a party is left unnamed on purpose.
WITHHELD = frozenset({"unnamed", "undisclosed", "unidentified"})
# A place or nationality in the description does not name the party ("a British group").
DESCRIBING_ENTITIES = frozenset({"NORP", "GPE", "LOC"})
# Entities that may stand for a party...
PARTY_ENTITIES = frozenset({"ORG", "PERSON", "FAC"})
# ...and those that only describe one, as a noun's modifier ("Shanghai police"); alone
# they are places ("properties located in Michigan").
DESCRIBING_PARTY = frozenset({"NORP", "GPE"})


def leaves_unnamed(doc: Doc, part: Part, kin: frozenset[str] = frozenset()) -> bool:
    """The sentence gives what a "which group"/"who" part asks for only as an indefinite
    noun phrase of the asked noun (or of a `kin` noun of the same meaning: "an unnamed
    Norwegian firm" for "which Norwegian company"), with no proper name in it."""
    if part.kind not in PARTY_ANSWERS or not _a_party_noun(part.focus):
        return False  # "which bank's merger": "a merger of the companies" is no party
    return any(
        _asked(token, part, kin)
        and (_withheld(token) or (_indefinite(token) and not _named(token)))
        for token in doc
        if token.pos_ == "NOUN" and not _modifier(token)
    )


def withholds_name(doc: Doc, part: Part, kin: frozenset[str] = frozenset()) -> bool:
    """The sentence says in a clause that the asked party's name is withheld ("a group it
    did not name", "declined to identify the three dealers")."""
    return any(_asked(token, part, kin) and _withheld(token) for token in doc)


def _asked(noun: Token, part: Part, kin: frozenset[str]) -> bool:
    lemma = noun.lemma_.lower()
    return lemma == part.focus or lemma in kin


def restates_unnamed(
    doc: Doc,
    part: Part,
    names: Sequence[str],
    kin: frozenset[str],
    *,
    restates: bool,
    answered: bool,
) -> bool:
    """The sentence restates the question (`restates`: the ranker says so; or it ties the
    asked noun to the asked verb) and gives the asked party only as a description ("sold to
    a British hotels group"), or, with no answer of its own, not at all ("Medizone said it
    acquired a patent" for "which company sold Medizone the patent")."""
    tied = ties_focus_to_predicate(doc, part, kin)
    if (restates or tied) and leaves_unnamed(doc, part, kin):
        return True
    if not restates or answered:
        return False
    # it restates the question only if it speaks of the question's parties
    here = ArticleNames(doc.text)
    speaks = any(here.mentions(name, loose=True) for name in names)
    return speaks and leaves_out(doc, part, names)


def leaves_out(doc: Doc, part: Part, names: Sequence[str]) -> bool:
    """A sentence restating a "who"/"which company" part names no one but the question's
    parties: it leaves the asked party out ("Medizone said it acquired a patent" for
    "which company sold Medizone the patent")."""
    # Only a noun for the party says what the sentence leaves out: "who signed" may ask for
    # the people signing for the firms the sentence names; a thing's name may come later
    # ("formed a joint venture ... It is called X").
    asks_a_party = part.kind in PARTY_ANSWERS and _a_party_noun(part.focus)
    return asks_a_party and not names_another(doc, names)


def names_another(doc: Doc, names: Sequence[str]) -> bool:
    """The sentence names someone the question does not, which may be the asked party the
    NER could not type as the answer ("summoned by Shanghai police"). A name opening with
    a whole name of the question is the asked firm's, or its product's ("the Medizone
    Therapy"); "First Boston Corp" is no "First Union"."""
    asked = [pieces(name) for name in names]
    return any(
        _a_party_entity(entity) and not _of_an_asked_name(entity, asked) for entity in doc.ents
    )


def _a_party_entity(entity: Span) -> bool:
    describes = entity.root.dep_ in ("compound", "amod", "nmod", "poss")
    return entity.label_ in PARTY_ENTITIES or (entity.label_ in DESCRIBING_PARTY and describes)


def _of_an_asked_name(entity: Span, asked: list[list[str]]) -> bool:
    """The entity opens with an asked name, or is the start of one (a short form)."""
    words = pieces(" ".join(t.text for t in entity if t.pos_ != "DET"))
    return bool(words) and any(
        words[: len(name)] == name or name[: len(words)] == words for name in asked if name
    )


def _modifier(noun: Token) -> bool:
    """The noun qualifies another word: "a joint-venture partnership", "a group-wide plan"."""
    hyphened = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == "-"
    return noun.dep_ == "compound" or hyphened


def ties_focus_to_predicate(doc: Doc, part: Part, kin: frozenset[str] = frozenset()) -> bool:
    """The sentence speaks of the asked noun doing what the question asks ("the three
    dealers that approached Bache" for "which dealers approached Bache"): it restates the
    question, however the ranker scored it."""
    if not part.predicate or not part.focus:
        return False
    return any(
        _asked(token, part, kin)
        and (
            token.head.lemma_ == part.predicate
            or _clause_of(token, part.predicate)
            or _other_side(token, part.predicate)
        )
        for token in doc
    )


def _other_side(noun: Token, predicate: str) -> bool:
    """The noun in the seller's slot of a purchase ("acquired from an unnamed company")
    for a question of who sold, or in the buyer's slot of a sale ("sold to a group") for
    one of who bought: the same relation, told from its other side."""
    other = other_side(predicate)
    slot = "from" if predicate in SELLING_VERBS else "to"  # bought from the seller, sold to
    return noun.head.lower_ == slot and noun.head.head.lemma_.lower() in other


def _clause_of(noun: Token, predicate: str) -> bool:
    return any(c.dep_ in ("relcl", "acl") and c.lemma_ == predicate for c in noun.children)


def names_the_focus(
    doc: Doc, part: Part, answers: Sequence[Candidate], kin: frozenset[str] = frozenset()
) -> bool:
    """The sentence names the asked noun: an answer stands in its phrase ("The group, Halcor
    Partners, ...", "dealers such as Halcor") or has it in its own ("Halcor, a dealer").
    Any noun for a party would not do ("its Brooks footwear division" is no buyer), nor a
    name elsewhere in the sentence ("Smit said ... foreign dealers ...")."""
    focus = [token for token in doc if _asked(token, part, kin)]
    named = [doc[a.start : a.end].root for a in answers if a.end <= len(doc)]
    return any(
        name in noun.subtree or noun in name.subtree or equated(noun, name)
        for noun in focus
        for name in named
    )


def _a_party_noun(lemma: str | None) -> bool:
    return lemma is not None and asked_noun_kind(lemma.lower()) in PARTY_NOUNS


def _indefinite(noun: Token) -> bool:
    """ "a(n) ... group", "unnamed group", "three principal shareholders"; the article is
    read from the words, as the parse may hang it elsewhere ("to sell to an investment group
    two subsidiaries")."""
    start = noun.left_edge.i
    before = noun.doc[start - 1] if start > 0 else None
    words = [child for child in noun.children if child.dep_ in ("det", "amod")]
    if before is not None and before.tag_ == "DT":
        words.append(before)
    if any(word.lower_ in INDEFINITE | WITHHELD for word in words):
        return True
    plural = noun.tag_ in ("NNS", "NNPS")
    counted = any(c.dep_ == "nummod" and c.like_num for c in noun.children)
    return plural and (counted or any(w.lower_ in INDEFINITE_PLURAL for w in words))


def _withheld(noun: Token) -> bool:
    """A clause on the noun says its name is withheld: "a consumer products company it
    did not name", "the buyer, which it declined to identify"; or the noun is what a
    denied disclosure is of: "declined to identify (the names of) the three dealers"; or
    an adjective says so ("an unnamed company")."""
    if any(c.dep_ == "amod" and c.lower_ in WITHHELD for c in noun.children):
        return True
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        if any(denied_disclosure(v) for v in verbs):
            return True
    named = noun.head.head if noun.head.lower_ == "of" else noun
    if named.i != noun.i and named.lemma_.lower() not in {"name", "identity"}:
        return False
    return named.dep_ == "dobj" and denied_disclosure(named.head)


def _named(noun: Token) -> bool:
    """The description is a name's ("Corvex, a Texas group"; "a group called Halcor";
    "a group led by Jan Smit"), or says what the party is ("Corvex is a group")."""
    if noun.dep_ in ("appos", "attr") or any(c.dep_ == "appos" for c in noun.children):
        return True
    # a name coordinated with the phrase is another party ("a group and Orient-Express")
    other = {t.i for child in noun.children if child.dep_ == "conj" for t in child.subtree}
    return any(
        token.pos_ == "PROPN" and token.ent_type_ not in DESCRIBING_ENTITIES
        for token in noun.subtree
        if token.i not in other
    )
