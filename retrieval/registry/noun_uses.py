"""Where a deal noun is no deal of the clause it stands in: part of a name ("WiMedia
Alliance"), a word for revenue ("sales"), a description of a named body ("Andover Group, an
investment partnership"), a modifier of another noun ("merger costs"), or incomplete
("letter" without "of intent", a "contract" no party concluded with another).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp import wordnet_files as db
from retrieval.nlp.distributive import DISTRIBUTIVE_WORDS
from retrieval.nlp.noun_classes import names_a_doing
from retrieval.nlp.wordnet import kinds_above
from retrieval.registry.cue_words import NO_ALLIANCE_MODIFIERS
from retrieval.registry.lexicon import NOUN_FRAMES, NOUNS_NEEDING_MODIFIER, NOUNS_NEEDING_OF
from retrieval.registry.org_words import ORG_NOUNS, UNIT_NOUNS
from retrieval.registry.syntax import finance_noun, governing_verb, phrase_tokens, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


# What a business, or a place of business, is a kind of in WordNet: a plant, a store, a
# terminal, a mine; a branch or a department (a division of an organization -- not any
# organization: a board is one, and "network boards" are goods).
_SITES = frozenset({"structure", "facility", "excavation", "division"})


def a_site(thing: Token) -> bool:
    """ "28 long-term care facilities", "five television stations", "its refinery", "six
    Virginia branches": a business or the place it is run in changes hands, no goods."""
    lemma = thing.lemma_.lower()
    return thing.pos_ == "NOUN" and bool(_SITES & {lemma, *kinds_above(lemma)})


# Land and what stands on it, WordNet's real property ("land", "real estate"); the bare
# word "property" is read so too: in a firm's deal a property is a piece of real estate.
_REAL_PROPERTY = "real_property"

# Modifiers of bare "property" that name the use real estate is put to ("office
# properties", "residential property"); any other modifier WordNet does not join to the
# noun names another kind of property ("literary property", "a film property": rights).
_USE_MODIFIERS = frozenset({"office", "commercial", "residential", "industrial", "retail"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def real_property(thing: Token) -> bool:
    """ "acquired properties from B", "bought land from B": land and buildings a firm owns
    are its assets changing hands (a unit/asset sale), never goods a supplier delivers.
    A modifier WordNet joins to the noun names a kind of its own: "intellectual property",
    "personal property" are no real estate."""
    if thing.pos_ != "NOUN":
        return False
    lemma = thing.lemma_.lower()
    modifiers = [c for c in thing.children if c.dep_ in {"amod", "compound"}]
    joined = [f"{m.lower_}_{lemma}" for m in modifiers if db.senses(f"{m.lower_}_{lemma}", "n")]
    word = joined[0] if joined else lemma
    if word == "property":
        return all(_names_a_use_or_place(m) for m in modifiers)
    senses = db.senses(word, "n")
    # the first word of the first sense's synset: "real_estate" for "real estate"
    own = db.synset("n", senses[0])[0][0] if senses else word
    return _REAL_PROPERTY in {own, *kinds_above(word)}


def _names_a_use_or_place(modifier: Token) -> bool:
    """ "office property", "Boston property", "London properties": a use or a place."""
    place = modifier.ent_type_ in _PLACES or modifier.pos_ == "PROPN"
    return place or modifier.lemma_.lower() in _USE_MODIFIERS


# Nouns WordNet's first sense puts in no measure or collection class, though in "N1 of N2"
# they measure out land or holdings: "a parcel/tract/plot/block of land", "a portfolio of".
_MEASURE_CLASSES = frozenset({"measure", "collection"})
_MEASURING_NOUNS = frozenset({"parcel", "tract", "plot", "block", "portfolio"})


def quantified(thing: Token) -> Token | None:
    """ "a parcel of properties", "40 acres of land", "10,000 tonnes of wheat": in the
    pseudo-partitive "N1 of N2", N1 a measure or collection noun and N2 a bare common noun
    (no determiner, no name), N1 only measures out N2, and N2 is what the phrase is about.
    Any other N1 is the thing itself: "photographs of land", "a copy of shares"."""
    lemma = thing.lemma_.lower()
    if lemma not in _MEASURING_NOUNS and not _MEASURE_CLASSES & {lemma, *kinds_above(lemma)}:
        return None
    for inner in prep_objects(thing, "of"):
        bare = not any(c.dep_ in {"det", "poss"} for c in inner.children)
        if inner.pos_ == "NOUN" and bare:
            return inner
    return None


def compound_under_a_deal(noun: Token) -> bool:
    """ "merger agreement": the head noun carries the deal."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in NOUN_FRAMES


def classifies_another_noun(noun: Token) -> bool:
    """A noun compounded with another classifies it, and the clause is about that one:
    "merger costs", "a merger specialist", "its merger commitment" (lenders' promise to
    finance one). Who has such a head is no party of the deal, though the deal noun still
    tells of it (and may date it: "the purchase price ... as of the May 31 closing date").
    A firm ("a venture company") or a member ("merger partners") is the deal's own; a name
    is what the deal noun describes ("the joint venture Cimatel")."""
    if noun.dep_ != "compound" or noun.head.pos_ != "NOUN":
        return False
    head = noun.head
    if head.lemma_.lower() in ORG_NOUNS | UNIT_NOUNS or a_site(head):
        return False  # the firm itself, or its site ("a joint venture factory")
    # what its holders do or say of the deal makes them its sides ("ended merger talks",
    # "a takeover attempt"), unless it is lending for it ("merger financing")
    return finance_noun(head) or not names_a_doing(head.lemma_.lower())


def not_a_deal_here(noun: Token) -> bool:
    return _in_a_name(noun) or _revenue(noun) or _describes_a_name(noun)


def _describes_a_name(noun: Token) -> bool:
    """ "Andover Group, a Great Falls investment partnership": a deal noun in apposition to
    a name says what kind of body that is, unless it names members ("a venture of A and B")."""
    if noun.dep_ != "appos" or noun.head.pos_ != "PROPN":
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _MEMBER_PREPOSITIONS for c in noun.children)


_MEMBER_PREPOSITIONS = frozenset({"of", "between", "with", "among", "by"})


def _revenue(noun: Token) -> bool:
    """ "an increase in sales": sales are revenue; a sale is a deal."""
    return noun.lemma_.lower() == "sale" and noun.tag_ == "NNS"


def _in_a_name(noun: Token) -> bool:
    """ "WiMedia Alliance", "Multi-band OFDM alliance": a deal word in a name names a body."""
    if noun.ent_type_ in {"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}:
        return noun.lemma_.lower() not in {"mou", "memorandum"}
    return False


def complete(noun: Token, lemma: str) -> bool:
    """ "letter" is a deal noun only as "letter of intent" (and so on), "combination" only as
    "business combination"; "contract" only as
    one concluded with a party (`concluded_with`)."""
    if lemma in ORDER_NOUNS:
        return concluded_with(noun)
    if lemma in HOLDING_NOUNS:
        return made(noun)
    if lemma in HELD_UNDER_NOUNS:
        return held_under(noun)
    modifier = NOUNS_NEEDING_MODIFIER.get(lemma)
    if modifier is not None:
        return any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() == modifier for c in noun.children
        )
    needed = NOUNS_NEEDING_OF.get(lemma)
    if needed is None:
        return True
    return any(
        c.lower_ == "of" and any(g.lemma_.lower() == needed for g in c.children)
        for c in noun.children
    )


# Nouns of an agreement that name a customer's order as often ("won a contract from the
# Navy", "was awarded a contract by NYNEX", "our contract was void"): an agreement between
# partners only when a party concludes it with another (signs it, enters into it "with").
ORDER_NOUNS = frozenset({"contract"})
_CONCLUDING = frozenset("sign ink conclude enter execute".split())


def concluded_with(noun: Token) -> bool:
    """ "A signed a contract with B", "a contract A signed with B": the verb concluding it
    (governing it, or the relative clause on it) and a named party after "with"."""
    verbs = [governing_verb(noun), *(c for c in noun.children if c.dep_ == "relcl")]
    concluding = [v for v in verbs if v is not None and v.lemma_.lower() in _CONCLUDING]
    partners = [p for h in (noun, *concluding) for p in prep_objects(h, "with")]
    partners += prep_objects(noun, "between")  # "a contract between A and B"
    # "A and B signed a contract": the signers of one contract are its two sides (not
    # of contracts each signed with another: "A and B signed contracts with the Navy")
    if not partners and noun.tag_ == "NN" and _one_between_signers(noun):
        partners += [s for v in concluding for s in _joint_signers(v)]
    return bool(concluding) and any(p.pos_ in {"PROPN", "NOUN"} for p in partners)


# "a contract each", "a separate contract": one each, not one between them (the floating
# words, shared with bids, and their adjectives).
_EACH_OWN = DISTRIBUTIVE_WORDS | frozenset({"separate", "respective", "individual"})
# Entity types of a customer named in the contract's own clause ("to supply the Navy").
_CUSTOMERS = frozenset({"ORG", "GPE", "NORP"})


def _one_between_signers(noun: Token) -> bool:
    """A contract its signers can have with each other: not one each ("a contract each",
    "a separate contract"), nor one whose own clause names a customer, the other side
    ("a contract to supply the Navy", "to build a plant for B"): the signers are then
    co-contractors at most."""
    if any(c.lower_ in _EACH_OWN for c in noun.children):
        return False
    told = [w for c in noun.children if c.dep_ in {"acl", "relcl"} for w in c.subtree]
    served = [w for w in told if w.dep_ in {"dobj", "dative"} or _object_of_for(w)]
    return not any(w.ent_type_ in _CUSTOMERS or w.pos_ == "PROPN" for w in served)


def _object_of_for(word: Token) -> bool:
    return word.dep_ == "pobj" and word.head.lower_ == "for"


def _joint_signers(verb: Token) -> list[Token]:
    """The later conjuncts of a coordinated subject of names ("A and B signed")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if any(t.lower_ in DISTRIBUTIVE_WORDS for s in subjects for t in (*s.subtree, *verb.children)):
        return []  # "A and B each signed a contract": one each, with someone else
    return [c for s in subjects for c in s.conjuncts if c.pos_ == "PROPN"]


# Nouns of a permission that, as the terms something is done "under", tie the doer to the
# grantor: "builds the helicopters under license from B", "operates 16 restaurants under
# licence from its parent". Elsewhere a licence is as often a regulator's ("won a
# broadcast license", "an export licence").
HELD_UNDER_NOUNS = frozenset({"license", "licence"})


def a_deal_noun(noun: Token) -> bool:
    """A noun of the lexicon's deal nouns, a licence only where it is one (`held_under`):
    "agreed on a license to sell sportswear" agrees on the licence, a deal of its own."""
    lemma = noun.lemma_.lower()
    return lemma in NOUN_FRAMES and (lemma not in HELD_UNDER_NOUNS or held_under(noun))


def held_under(noun: Token) -> bool:
    """The licence is what the clause's act is done under, from a named grantor."""
    under = noun.dep_ == "pobj" and noun.head.lower_ == "under"
    return under and any(g.pos_ == "PROPN" for g in _grantors(noun))


def _grantors(noun: Token) -> list[Token]:
    found = prep_objects(noun, "from")
    return [*found, *(c for g in found for c in g.children if c.dep_ in {"appos", "poss"})]


# Nouns of an act whose result is also the asset held ("its investment in Delta was written
# down", "will sell its investment in Amtech"): the act, a deal, only when told as done.
HOLDING_NOUNS = frozenset({"investment"})


def made(noun: Token) -> bool:
    """ "A made an equity investment in B": the act is the object of "make"; a holding is
    owned, sold or written down, never made."""
    verb = governing_verb(noun)
    return noun.dep_ == "dobj" and verb is not None and verb.lemma_.lower() == "make"


def bought_within_a_purchase(verb: Token) -> bool:
    """ "acquired PCR Inc in 1986 as part of its purchase of SCM", "was acquired by Quaker
    in its acquisition of Golden Grain": a thing bought in (or as part of) a purchase of
    something else came with that whole; the deal is the purchase the phrase names."""
    wholes = prep_objects(verb, "in")
    for part in prep_objects(verb, "as"):
        if part.lemma_.lower() == "part":
            wholes += prep_objects(part, "of")
    return any(_a_purchase(whole) for whole in wholes)


def _a_purchase(noun: Token) -> bool:
    """A noun of buying ("purchase", "acquisition", "takeover"), with what it bought."""
    frame = NOUN_FRAMES.get(noun.lemma_.lower())
    slots = frame.slots if frame is not None else {}
    bought = prep_objects(noun, "of")
    return slots.get("poss") == "acquirer" and slots.get("of") == "target" and bool(bought)


def for_money(noun: Token) -> bool:
    """ "an agreement ... for a 35 mln dlr credit line": financing, not an alliance. A noun
    modifier classifies its head noun (a "credit agreement" is a kind of financing; "a
    confidential agreement" keeps talks secret), so such a modifier says the same."""
    if any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in NO_ALLIANCE_MODIFIERS
        for c in noun.children
    ):
        return True
    verb = governing_verb(noun)
    heads = [noun] if verb is None else [noun, verb]
    return any(
        finance_noun(inner)
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in {"for", "on", "to"}
        for inner in phrase_tokens(prep)
    )
