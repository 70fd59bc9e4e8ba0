"""New shares a company issues to a named firm: a stake bought from the company itself.

"Halden issued two mln new shares to Osko", "is placing 89 mln shares with Osko",
"Osko will subscribe for 30 mln shares in Halden": only the issuer can issue, place or
allot its own shares and take a subscription for them, so the taker bought its stake from
the company (REGISTRY_LABELLING: counted), not on the market. The verb's object (or the
subscription's) must be the company's paper itself: an order placed with a firm, a bond
issued through underwriters or a statement issued to the press is none, and paper that
names another holder ("placed its Osko shares with B", "its stake in Osko") is a holder
selling, not the company issuing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.models import PartyRole
from retrieval.registry.lexicon import VERB_FRAMES, Frame
from retrieval.registry.passives import is_passive
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of giving out new paper, with the preposition naming who takes it.
_ISSUING: dict[str, str] = {"issue": "to", "allot": "to", "place": "with"}
ISSUING_VERBS = frozenset({*_ISSUING, "subscribe"})
# Equity, not debt: a loan, bond or note issued is financing (the convention excludes it).
SHARE_NOUNS = frozenset({"share", "stock"})
SHARE_WORDS = frozenset({"share", "shares", "stock"})  # as written, for the prefilter
# Words in the paper's phrase saying it is a holding of shares already out ("its stake in").
_HOLDING_WORDS = frozenset({"stake", "holding", "interest", "block", "existing"})
# Takers that sell the issue on or hold it for others are no investors: "with B as
# underwriter", "to B, the underwriter", "to B, which acted as agent", "on behalf of clients".
_INTERMEDIARIES = frozenset(
    "underwriter underwrite manager nominee broker agent dealer custodian trustee".split()
)
# Shares given "in exchange for", "in return for", "as payment for" a thing, or "in a share
# swap": the price of a purchase. "for" alone pays for a thing only when it names one (a
# unit, a stake, a firm), not a price ("for 10 dlrs each").
_IN_PAYMENT = frozenset("exchange return payment consideration".split())
_PAID_DEALS = frozenset("merger swap takeover acquisition amalgamation".split())
_BOUGHT_THINGS = frozenset(
    "unit stake business division subsidiary interest holding asset operation company "
    "share stock".split()
)

ISSUE = Frame("investment", {"subj": "investee", "to": "investor"})
PLACE = Frame("investment", {"subj": "investee", "with": "investor"})
# The act nouns: "a placing of 5 mln shares with B", "the issue of new shares to B"; the
# subject of the verb governing the noun ("completed a placement") or its possessor issues.
_ISSUING_NOUNS: dict[str, str] = {"issue": "to", "allotment": "to", "placement": "with",
                                  "placing": "with"}  # fmt: skip
ISSUING_NOUNS = frozenset(_ISSUING_NOUNS)
NOUN_ISSUE = Frame("investment", {"poss": "investee", "to": "investor", "gov": "investee"})
NOUN_PLACE = Frame("investment", {"poss": "investee", "with": "investor", "gov": "investee"})
# "issuer" is read by `subscribed_issuer` (verb_slots reads slots it knows apart).
SUBSCRIBE = Frame("investment", {"subj": "investor", "issuer": "investee"})


def share_issue_frame(verb: Token) -> Frame | None:
    """The frame of an active verb of issuing shares, or of subscribing for them."""
    lemma = verb.lemma_.lower()
    if lemma == "subscribe":
        return SUBSCRIBE if subscribed_issuer(verb) else None
    taker = _ISSUING.get(lemma)
    if taker is None or is_passive(verb) or not prep_objects(verb, taker):
        return None  # a passive hides the issuer ("shares were placed with B")
    papers = [c for c in verb.children if c.dep_ == "dobj"]
    if not papers or not all(_own_new_paper(p) for p in papers) or _paying(verb):
        return None
    # "issued shares in Delta Corp to B": the parse may hang whose shares on the verb
    if any(g.pos_ == "PROPN" for p in ("in", "of") for g in prep_objects(verb, p)):
        return None
    takers = prep_objects(verb, taker)
    if not _investing_takers(verb, takers):
        return None
    return ISSUE if taker == "to" else PLACE


def _investing_takers(head: Token, takers: list[Token]) -> bool:
    """Every taker a named firm taking the shares for itself: not holders or investors
    ("to Osko holders"), nor an underwriter, broker or nominee ("with B as underwriter",
    "to B, the underwriter", "to B, which acted as agent", "on behalf of clients")."""
    if not takers or not all(_a_firm(t) for t in takers):
        return False
    if any(c.lower_ == "as" for t in [head, *takers] for c in t.children):
        return False
    if any(g.lemma_.lower() == "behalf" for h in [head, *takers] for g in prep_objects(h, "on")):
        return False
    told = [
        w for t in takers for c in t.children if c.dep_ in {"appos", "relcl"} for w in c.subtree
    ]
    return not any(w.lemma_.lower() in _INTERMEDIARIES for w in told)


# Clauses of purpose: "in order to acquire", "to acquire", ", acquiring".
_PURPOSES = frozenset({"advcl", "xcomp", "acl"})


def _paying(verb: Token) -> bool:
    """ "issue shares to B in order to acquire B's unit", "in exchange for its unit": shares
    given as the price of a deal are that deal's payment, not a stake of their own."""
    # the clause hangs on the verb, on "order" in "in order to", or on the verb whose
    # complement the issue is ("agreed to issue shares to B, in order to acquire C")
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    orders = [g for v in verbs for c in v.children if c.lower_ == "in" for g in c.children]
    clauses = [c for w in (*verbs, *orders) for c in w.children if c.dep_ in _PURPOSES]
    clauses = [c for c in clauses if c != verb]
    if any(c.lemma_.lower() in VERB_FRAMES for c in clauses):
        return True
    # the phrase hangs on the verb, its shares or its taker ("to B and C for their stakes")
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "dative", "prep"})]
    heads += [g for h in list(heads) for g in h.children if g.dep_ in {"pobj", "conj"}]
    return any(_paid_for(c) for h in heads for c in h.children if c.dep_ == "prep")


def _paid_for(prep: Token) -> bool:
    """ "in exchange for", "as payment for", "in a share swap merger", "for its unit"."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ in {"in", "as"}:
        return any(
            o.lemma_.lower() in _IN_PAYMENT
            or any(w.lemma_.lower() in _PAID_DEALS for w in o.subtree)
            for o in objects
        )
    return prep.lower_ == "for" and any(
        o.pos_ == "PROPN"
        or o.lemma_.lower() in _BOUGHT_THINGS
        or any(c.dep_ == "poss" for c in o.children)
        for o in objects
    )


def _a_firm(taker: Token) -> bool:
    """A name, or a noun the name is in apposition to ("with affiliate Jardine Strategic");
    not a common noun the name only modifies ("to Osko holders", "with investors")."""
    return taker.pos_ == "PROPN" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in taker.children
    )


def _own_new_paper(paper: Token) -> bool:
    """ "89 mln (new) shares", "10 pct of the stock": the issuer's shares, named by no
    other holder or firm ("Osko shares", "its shares in Osko", "its stake")."""
    noun = _paper_noun(paper)
    if noun is None:
        return False
    # the taker, where the parse hangs it on the shares, is no holder of them
    takers = {t.i for c in paper.children if c.lower_ in {"to", "with"} for t in c.subtree}
    words = [t for t in paper.subtree if t.i not in takers]
    if any(t.pos_ == "PROPN" or t.lemma_.lower() in _HOLDING_WORDS for t in words):
        return False
    # "its shares": which company's is not said (a holder's, as often as the issuer's)
    return not any(t.dep_ == "poss" and t in noun.subtree for t in words)


def _paper_noun(paper: Token) -> Token | None:
    """The share noun: the object itself, or after "of" ("10 pct of the stock")."""
    if paper.lemma_.lower() in SHARE_NOUNS:
        return paper
    inner = [g for c in paper.children if c.lower_ == "of" for g in c.children]
    return next((g for g in inner if g.lemma_.lower() in SHARE_NOUNS), None)


def subscribed_issuer(verb: Token) -> list[Token]:
    """ "subscribed for 10 mln shares in/of Halden", "for new Halden shares": the firm
    whose shares are subscribed for, named in the paper's own phrase."""
    if verb.lemma_.lower() != "subscribe":
        return []
    papers = [
        g for p in ("to", "for") for g in prep_objects(verb, p) if g.lemma_.lower() in SHARE_NOUNS
    ]
    found: list[Token] = []
    for paper in papers:
        found += [g for p in ("of", "in") for g in prep_objects(paper, p) if g.pos_ == "PROPN"]
        found += [c for c in paper.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return found


def share_issue_noun_frame(noun: Token) -> Frame | None:
    """ "a placing of 89 mln shares with B": the act noun of issuing, of the company's own
    paper; its taker may hang on the noun, the shares or the verb above."""
    taker = _ISSUING_NOUNS.get(noun.lemma_.lower())
    if taker is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    papers = [g for c in noun.children if c.lower_ == "of" for g in c.children]
    if not papers or not all(_own_new_paper(p) for p in papers):
        return None
    if any(c.lower_ == "by" for c in noun.children):
        return None  # "a placement by Halden of ...": a holder's, not the issuer's own
    places = [noun, *papers, noun.head]
    takers = [t for w in places for t in prep_objects(w, taker)]
    if not _investing_takers(noun, takers):
        return None
    return NOUN_ISSUE if taker == "to" else NOUN_PLACE


def takers_on_the_paper(noun: Token) -> tuple[str, PartyRole, tuple[Token, ...]] | None:
    """ "the placing of 5 mln shares with B": the parse hangs the taker on the shares, where
    a deal noun's own slots are not looked for; None when the noun or its verb has it."""
    taker = _ISSUING_NOUNS.get(noun.lemma_.lower())
    if taker is None or prep_objects(noun, taker) or prep_objects(noun.head, taker):
        return None
    papers = [g for c in noun.children if c.lower_ == "of" for g in c.children]
    found = tuple(t for p in papers for t in prep_objects(p, taker))
    return (taker, "investor", found) if found else None
