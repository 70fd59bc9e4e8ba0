"""Firms set up together are joint ventures: "A and B will form a company to make chips",
"A set up a company with B", "a jointly owned company", and the participle describing a
firm ("Cyacq, formed by Citicorp Capital Investors and Audio Video Affiliates", "a
consortium formed by Atlantic Richfield and Agip").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import logical_subjects
from retrieval.registry.lexicon import NOUN_FRAMES, VERB_FRAMES, Frame
from retrieval.registry.org_words import COMBINING_WORDS, FIRM_KIND_NOUNS, FORMING_VERBS
from retrieval.registry.passives import is_passive
from retrieval.registry.syntax import predicate_lemma, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


def joint_firm_frame(noun: Token) -> Frame | None:
    """ "A and B will form a company to make chips", "A set up a company with B", "a jointly
    owned company": a firm that two parties set up together is a joint venture."""
    if noun.lemma_.lower() not in FIRM_KIND_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if predicate_lemma(verb) not in FORMING_VERBS or _made_otherwise(verb):
        return None
    joint = any(t.lower_ in {"joint", "jointly"} for t in noun.subtree)
    # "with B", not "a company with assets of ..."
    partners = [
        p for p in prep_objects(verb, "with") + prep_objects(noun, "with") if p.pos_ == "PROPN"
    ]
    founders = logical_subjects(verb)
    # "each formed a company": one each, not one together
    each = any(t.lower_ == "each" for f in founders for t in (f, *f.head.children))
    plural = not each and (
        len(founders) >= 2 or any(f.lower_ in {"they", "both"} for f in founders)
    )
    together = plural or bool(partners) or joint
    return NOUN_FRAMES["venture"] if together else None


def _made_otherwise(verb: Token) -> bool:
    """The firm comes of a merger ("agreed to merge, forming a new holding company") or of
    a purchase ("acquired Zembla and Benton to form a new company"): no venture."""
    if any(t.lemma_.lower() in COMBINING_WORDS for t in verb.doc):
        return True
    return any(predicate_lemma(a) in VERB_FRAMES for a in verb.ancestors if a.pos_ == "VERB")


def formed_jointly(verb: Token) -> Frame | None:
    """ "Cyacq was formed by Citicorp Capital Investors Ltd and Audio Video Affiliates",
    "a consortium formed by Atlantic Richfield Co and Agip": a firm two or more others set
    up is their joint venture (its founders are the passive's agents)."""
    # who organises a group leads it ("an investors group organized by Harold Geneen and
    # DLJ"); who forms a firm owns it
    if predicate_lemma(verb) not in FORMING_VERBS - _ORGANISING or not is_passive(verb):
        return None
    if _made_otherwise(verb) or len(prep_objects(verb, "by")) < 2:
        return None
    described = [verb.head] if verb.dep_ == "acl" else []
    described += [c for c in verb.children if c.dep_ == "nsubjpass"]
    firm = any(t.pos_ == "PROPN" or t.lemma_.lower() in _FIRM_WORDS for t in described)
    return _FOUNDED if firm else None


# What two firms form when they form a firm ("a company", "a consortium"); a "group" they
# form may be a lobby ("an industry group formed by Chrysler and Ford to lobby Congress").
_FIRM_WORDS = (FIRM_KIND_NOUNS - {"group", "groups"}) | {"consortium", "venture", "partnership"}


_ORGANISING = frozenset({"organize", "organise"})
# The founders are the passive's agents, its logical subjects.
_FOUNDED = Frame("joint venture", {"subj": "partner"}, symmetric=True)
