"""Firms set up together are joint ventures: "A and B will form a company to make chips",
"A set up a company with B", "a jointly owned company", and the participle describing a
firm ("Cyacq, formed by Citicorp Capital Investors and Audio Video Affiliates", "a
consortium formed by Atlantic Richfield and Agip").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.models import AgreementKind
from retrieval.nlp.wordnet import kinds_above
from retrieval.registry.arguments import logical_objects, logical_subjects
from retrieval.registry.company_names import legal_form
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.cue_words import FINANCE_NOUNS, MODALS
from retrieval.registry.lexicon import NOUN_FRAMES, VERB_FRAMES, Frame
from retrieval.registry.org_words import (
    COMBINING_WORDS,
    FIRM_KIND_NOUNS,
    FORMING_VERBS,
    MEMBERS_AFTER_OF,
    MEMBERS_AS_OBJECT,
    ORG_NOUNS,
    OWNING_VERBS,
    PARTNERSHIP_NOUNS,
    UNIT_NOUNS,
)
from retrieval.registry.owned import NAMING
from retrieval.registry.passives import is_passive
from retrieval.registry.relative_gaps import RELATIVE_PRONOUNS
from retrieval.registry.syntax import finance_noun, predicate_lemma, prep_objects

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


def held_jointly(verb: Token) -> Frame | None:
    """A firm two or more others formed, own, or make up together: their joint venture."""
    return formed_jointly(verb) or owned_jointly(verb) or made_up_jointly(verb) or led_jointly(verb)


def led_jointly(verb: Token) -> Frame | None:
    """ "Cyacq, an investor group led by A and B", "a consortium headed by A and B": two
    or more firms leading one group of investors (or a consortium, a venture, a
    partnership) act together through it, its joint venture. Only a noun of such a body:
    a named thing "led by" firms is a market's index or a business group ("the Nikkei was
    led by Sony and Toyota"); a company "led by" firms is run by them, not shared."""
    if predicate_lemma(verb) not in _LEADING or not is_passive(verb):
        return None
    leaders = [o for o in prep_objects(verb, "by") if o.pos_ == "PROPN" and not _a_person(o)]
    if len(leaders) < 2:
        return None
    # one body ("a group"), not several ("a group of affiliated firms led by")
    bodies = [
        t
        for t in _described(verb)
        if t.tag_ == "NN" and (t.lemma_.lower() in _LED_BODIES or _investing_group(t))
    ]
    if any(not _lenders(t) and not _unsure(t) for t in bodies):
        return _FOUNDED
    return None


def _lenders(body: Token) -> bool:
    """ "a consortium of banks", "a banking consortium", "a consortium ... will provide a
    300 mln dlr credit", "the loan was arranged by a consortium": a syndicate of lenders or
    underwriters finances a borrower, it is no joint venture of its leaders."""
    words = [c for c in body.children if c.dep_ in {"compound", "amod"}] + prep_objects(body, "of")
    if any(w.lemma_.lower() in _LENDER_WORDS | FINANCE_NOUNS for w in words):
        return True
    verbs = _acts(body)
    things = [o for v in verbs for o in logical_objects(v) + _datives(v)]
    return any(predicate_lemma(v) in _FINANCING for v in verbs) or any(map(finance_noun, things))


def _unsure(body: Token) -> bool:
    """ "A consortium led by A and B may be formed", "... was not formed": a body whose
    forming is denied or only possible may not exist, nor its leaders' venture."""
    verbs = [v for v in _acts(body) if predicate_lemma(v) in FORMING_VERBS]
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS | {"would"})
        for v in verbs
        for c in v.children
    )


def _acts(body: Token) -> list[Token]:
    """The verbs the body is the subject or passive agent of, with the verbs they take
    ("agreed to lend": the lending is the body's too)."""
    head = body.head
    if body.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        verbs = [head.head]
    elif body.dep_ in {"nsubj", "nsubjpass"}:
        verbs = [head]
    else:
        return []
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "xcomp"]
    return verbs


def _datives(verb: Token) -> list[Token]:
    """ "lend Vardeau 500 mln dlrs": the second object; "provide a credit to Vardeau"."""
    return [c for c in verb.children if c.dep_ in {"dobj", "dative"}]


def made_up_jointly(verb: Token) -> Frame | None:
    """ "the partnership, which includes A and B", "Quist Partners is comprised of A and
    B": the members a verb of composition lists for a partnership (a consortium, a
    venture) are its partners, in a deal of the body's kind. Not any body's: a group or a
    company includes its units."""
    lemma = predicate_lemma(verb)
    passive = is_passive(verb)
    if lemma in MEMBERS_AS_OBJECT and not passive:
        slot, bodies, members = "obj", logical_subjects(verb), logical_objects(verb)
    elif lemma in MEMBERS_AFTER_OF:
        slot, members = "of", prep_objects(verb, "of")
        bodies = logical_objects(verb) if passive else logical_subjects(verb)
    else:
        return None
    # "a consortium that included Viktor Pinchuk, son-in-law of ...": people, no firms (a
    # name with its legal form is a firm's, whatever the recogniser says)
    named = [m for m in members if m.pos_ == "PROPN" and (legal_form(m.text) or not _a_person(m))]
    kinds = [k for k in map(_partnership_kind, bodies) if k is not None]
    if len(named) < 2 or not kinds:
        return None
    return Frame(kinds[0], {slot: "partner"}, symmetric=True)


def _partnership_kind(body: Token) -> AgreementKind | None:
    """What a body of partners is: a partnership (its noun, or a name that says so, "Quist
    Partners"), or a joint venture (a consortium, a venture, a syndicate)."""
    if body.pos_ == "PROPN":
        return "partnership" if body.lower_ in {"partners", "partnership"} else None
    return PARTNERSHIP_NOUNS.get(body.lemma_.lower())


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
    return _FOUNDED if _a_firm(verb) else None


def owned_jointly(verb: Token) -> Frame | None:
    """ "Astronet, which is jointly owned by Mitsubishi and Stromberg-Carlson", "KMA is
    owned 52 pct by KLV and 48 pct by a unit of Homestake": a firm that two or more others
    own or control together is their joint venture, however the sentence came to tell it
    (its owners are the passive's agents). Shares or assets so held are no firm."""
    if predicate_lemma(verb) not in OWNING_VERBS or not is_passive(verb):
        return None
    # "was privately owned by A and B": by private investors, people, not firms
    if any(c.lower_ == "privately" for c in verb.children):
        return None
    return _OWNED if len(owners(verb)) >= 2 and _a_firm(verb) else None


def owners(verb: Token) -> list[Token]:
    """The agents of a passive of owning, and of each share it gives ("owned 52 pct by KLV
    and 48 pct by Homestake": each "by" hangs on its share, the second share on the first
    agent as its conjunct)."""
    shares = [
        share
        for child in verb.children
        if child.dep_ in {"dobj", "npadvmod"} and _a_share(child)
        for share in with_conjuncts(child)
    ]
    found: list[Token] = []
    for holder in (verb, *shares):
        for agent in prep_objects(holder, "by"):
            found += prep_objects(agent, "by") if _a_share(agent) else _parents(agent)
    return [o for o in dict.fromkeys(found) if not _a_person(o)]


def _parents(agent: Token) -> list[Token]:
    """ "owned by affiliates of A and B": the firms whose parts own it (a unit stands for
    its parent, as a unit sold does for the seller); else the agent itself."""
    if agent.tag_ != "NNS" or agent.lemma_.lower() not in UNIT_NOUNS:
        return [agent]
    parents = [p for o in prep_objects(agent, "of") for p in with_conjuncts(o)]
    return [p for p in parents if p.pos_ == "PROPN"] or [agent]


def _a_person(owner: Token) -> bool:
    """ "controlled by financier Carl Lindner and his American Financial Corp": a name a
    noun of people describes (WordNet's kinds of person) is a person's, not a firm's."""
    if owner.ent_type_ == "PERSON":
        return True
    nouns = [c for c in owner.children if c.dep_ in NAMING and c.pos_ == "NOUN"]
    if owner.pos_ == "NOUN" and owner.lemma_.lower() not in ORG_NOUNS | UNIT_NOUNS:
        nouns.append(owner)
    return any("person" in kinds_above(n.lemma_.lower()) for n in nouns)


def _a_share(noun: Token) -> bool:
    return noun.ent_type_ == "PERCENT" or noun.lower_ in {"pct", "percent", "%"}


def _a_firm(verb: Token) -> bool:
    """The participle describes a firm (a name, or a noun of one), or the passive's
    subject is one."""
    return any(
        t.pos_ == "PROPN" or t.lemma_.lower() in _FIRM_WORDS or _investing_group(t)
        for t in _described(verb)
    )


def _described(verb: Token) -> list[Token]:
    """What a passive participle describes: the noun it hangs on ("a consortium led by"),
    or its subject; a relative pronoun stands for the noun its clause describes (that
    noun is the participle's head already)."""
    described = [verb.head] if verb.dep_ in {"acl", "relcl"} else []
    described += [
        c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS
    ]
    return described


def _investing_group(noun: Token) -> bool:
    """ "an investor group formed by A and B": a group of investors is a firm they
    invest through (unlike an industry group, a lobby)."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
    return noun.lemma_.lower() == "group" and bool(words & {"investor", "investment"})


# What two firms form when they form a firm ("a company", "a consortium"); a "group" they
# form may be a lobby ("an industry group formed by Chrysler and Ford to lobby Congress"),
# unless it is a group of investors (`_investing_group`).
_FIRM_WORDS = (FIRM_KIND_NOUNS - {"group", "groups"}) | {"consortium", "venture", "partnership"}


# Bodies whose leaders share them: a consortium, a venture, a partnership (and a group of
# investors, `_investing_group`); a company or a bank "led by" firms is run by them.
_LED_BODIES = frozenset({"consortium", "venture", "partnership"})
# Words of a body of lenders ("a consortium of banks", "a banking consortium"), beside the
# finance nouns ("an underwriting consortium", "a loan syndicate").
_LENDER_WORDS = frozenset({"bank", "banking", "lender", "underwriter"})
# What a body of lenders does: its loans, issues and credits (their objects, finance_noun).
_FINANCING = frozenset({"lend", "underwrite", "arrange", "finance", "syndicate"})

_ORGANISING = frozenset({"organize", "organise"})
# Verbs whose passive agents lead a body ("led by", "headed by").
_LEADING = frozenset({"lead", "head"})
# The founders are the passive's agents, its logical subjects.
_FOUNDED = Frame("joint venture", {"subj": "partner"}, symmetric=True)
# The owners are the agents of owning, or of the shares owned (joint_firms.owners).
_OWNED = Frame("joint venture", {"owners": "partner"}, symmetric=True)
