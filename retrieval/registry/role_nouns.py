"""Nouns of a part in a contract: "Kelso, the U.S. distributor of Benton's watches",
"Harlow, a 50/50 partner with Benton", "Harlow, the licensee of a Benton patent", "Harlow
and its partner Benton". Such a noun is relational: it says of one firm (the name it is
predicated of: in apposition, or the subject of "be") that it holds a part in an agreement
with another (the noun's complement, its possessor, or whoever owns or makes the goods the
part is about). A firm cannot be another's distributor, licensee or partner without an
agreement between them, so the noun states that agreement as existing: a background deal,
told without any deal verb or deal noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.models import AgreementKind, PartyRole
from retrieval.registry.arguments import clause_subjects, reporter_subjects
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Role noun lemma -> the kind of agreement holding that role means.
ROLE_NOUNS: dict[str, AgreementKind] = {
    "partner": "partnership",
    "distributor": "supply agreement",
    "licensee": "licensing agreement",
    "sublicensee": "licensing agreement",
    "licensor": "licensing agreement",
    "franchisee": "licensing agreement",
}
# Modifiers that make the noun a part within one firm or fund, or between countries, not
# a contract between two firms ("a general partner of the fund", "trading partners").
NOT_BETWEEN_FIRMS = frozenset(
    "general limited managing senior junior trading founding name former prospective "
    "potential possible would-be likely probable preferred ideal desired hoped-for".split()
)
# Prepositions whose object is the other party, or goods of it ("distributor of B's
# watches", "a distributor for B", "a partner with B"). A partner "of" (or "in", "at") a
# firm is a member of it, a person ("a partner of Chandler Partnership said").
_COUNTERPART_PREPS = {"partner": ("with",)}
_GOODS_PREPS = ("with", "of", "for")
# Participles that tie goods to their maker or owner ("a drug made by B").
_MAKING = frozenset({"make", "produce", "manufacture", "own", "develop", "design"})
_BE = frozenset({"be", "become", "remain"})

Slot = tuple[str, PartyRole, tuple["Token", ...]]


def role_slots(noun: Token) -> tuple[Slot, ...] | None:
    """The two sides of the agreement a role noun states, or None when it states none: a
    role of a firm within itself or of no named counterpart."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in ROLE_NOUNS:
        return None
    if any(c.lower_ in NOT_BETWEEN_FIRMS for c in noun.children if c.dep_ in _MODIFIERS):
        return None
    # "Jim Kelso, a partner with Benton": a person's part in a firm, as its member
    holders = [h for h in _holders(noun) if h.ent_type_ != "PERSON"]
    others = _counterparts(noun)
    if not holders or not others or set(holders) & set(others):
        return None
    return (("gov", "partner", tuple(holders)), ("with", "partner", tuple(others)))


_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def _holders(noun: Token) -> list[Token]:
    """Whom the role is said of: the name the noun is in apposition to, the subject of
    "be", or a name in apposition to the noun ("its partner Benton Tool")."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        # "Buchheit, a partner with Cleary, Gottlieb, said": a speaker a partner is a
        # person, a member of the firm (quotes are told by people; a distributor is a firm)
        speaking = noun.head.dep_ == "nsubj" and noun.head.head.lemma_ in REPORTING_VERBS
        speaking = speaking and noun.lemma_.lower() == "partner"
        return [] if speaking else [noun.head]
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in _BE:
        return [s for c in noun.head.children if c.dep_ == "nsubj" for s in with_conjuncts(c)]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _BE:
        # "its partner in the venture is Benton": the name the subject is equated with
        # ("is not", "would be", "could be" equate nothing)
        verb = noun.head
        unsure = any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children)
        unsure = unsure or _ended(verb)
        named = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
        return [] if unsure else [s for c in named for s in with_conjuncts(c)]
    return [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


def _counterparts(noun: Token) -> list[Token]:
    """The other side: the noun's possessor ("its partner", "Benton's licensee"), or the
    object of "with"/"of"/"for" -- a firm, or goods whose owner or maker is named."""
    found = [_possessor(c) for c in noun.children if c.dep_ == "poss"]
    for prep in _COUNTERPART_PREPS.get(noun.lemma_.lower(), _GOODS_PREPS):
        for obj in prep_objects(noun, prep):
            # "of Fibre Trim made by B": a named product's maker, not the product (the
            # parse may hang the participle on the role noun: no firm is "made by" B)
            owners = _owner_of_goods(obj) or _made_by(noun)
            found += owners or ([obj] if obj.pos_ == "PROPN" else [])
    if not found and any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        # "The company said the other partner is B": "other" than the one speaking
        reporters = [s for s in reporter_subjects(noun) if s.ent_type_ != "PERSON"]
        found = reporters if _tied_to_a_venture(noun, reporters) else []
    return list(dict.fromkeys(found))


def _ended(verb: Token) -> bool:
    """ "its partner was B until 1985": a past role that ended, no agreement now."""
    return verb.tag_ == "VBD" and any(
        c.lower_ in {"until", "till", "before"} for c in verb.children
    )


# Nouns of the joint undertaking "the other partner" is other in.
_VENTURES = frozenset({"partnership", "venture", "consortium", "alliance"})


def _tied_to_a_venture(noun: Token, reporters: list[Token]) -> bool:
    """ "Harlow said the other partner in the venture is B", "Harlow said it formed a
    venture, whose other partner is B": "other" than the reporter only when the role is in
    a venture or the reporter is in one in this sentence (an analyst or a rival telling of
    a venture is in none). Sentences are parsed one by one: an earlier one is not seen."""
    if not reporters:
        return False
    if any(g.lemma_.lower() in _VENTURES for p in ("in", "of") for g in prep_objects(noun, p)):
        return True
    names = {r.lower_ for r in reporters}
    ventures = [w for w in noun.sent if w.lemma_.lower() in _VENTURES]
    return any(
        s.pos_ == "PRON" or s.lower_ in names or s.lemma_.lower() == "company"
        for w in ventures
        for s in clause_subjects(w)
    )


def _possessor(possessor: Token) -> Token:
    """ "A and its partner B": a pronoun on the second conjunct is the first conjunct."""
    noun = possessor.head
    if possessor.pos_ == "PRON" and noun.dep_ == "conj":
        return noun.head
    return possessor


def _owner_of_goods(thing: Token) -> list[Token]:
    """Whose goods a thing is: its possessor or name modifier ("B's watches", "a B
    patent"), or the agent of a participle of making ("a drug made by B")."""
    # the possessor owns the brand a name modifier gives ("PepsiCo's Taco Bell
    # restaurants"); a name's own compounds are its words ("Benton Tool Corp")
    owners = [c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners and thing.pos_ == "NOUN":
        owners = [c for c in thing.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return owners + _made_by(thing)


def _made_by(head: Token) -> list[Token]:
    """The agents of a participle of making on a word ("made by B")."""
    return [
        agent
        for clause in head.children
        if clause.dep_ == "acl" and clause.lemma_.lower() in _MAKING
        for agent in prep_objects(clause, "by")
    ]
