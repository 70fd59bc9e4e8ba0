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
# "placed shares with B as underwriter": a firm that sells the issue on is no investor.
_AS = "as"

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
    takers = prep_objects(verb, taker)
    if not all(_a_firm(t) for t in takers) or any(
        c.lower_ == _AS for t in [verb, *takers] for c in t.children
    ):
        return None  # "to Osko holders", "with Osko as underwriter"
    return ISSUE if taker == "to" else PLACE


def _paying(verb: Token) -> bool:
    """ "issue shares to B in order to acquire B's unit": shares given as the price of a
    deal told in the purpose clause are that deal's payment, not a stake of their own."""
    # the clause hangs on the verb, on "order" in "in order to", or on the verb whose
    # complement the issue is ("agreed to issue shares to B, in order to acquire C")
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    orders = [g for v in verbs for c in v.children if c.lower_ == "in" for g in c.children]
    clauses = [c for w in (*verbs, *orders) for c in w.children if c.dep_ in _PURPOSES]
    clauses = [c for c in clauses if c != verb]
    return any(c.lemma_.lower() in VERB_FRAMES for c in clauses)


_PURPOSES = frozenset({"advcl", "xcomp", "acl"})


def _a_firm(taker: Token) -> bool:
    """A name, or a noun the name is in apposition to ("with affiliate Jardine Strategic");
    not a common noun the name only modifies ("to Osko holders", "with investors")."""
    return taker.pos_ == "PROPN" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in taker.children
    )


def _own_new_paper(paper: Token) -> bool:
    """ "89 mln (new) shares", "10 pct of its stock": the issuer's shares, named by no
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
    """The share noun: the object itself, or after "of" ("10 pct of its stock")."""
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
    if any(c.lower_ in {"by", _AS} for c in noun.children):
        return None  # "a placement by Halden of ...": a holder's, not the issuer's own
    places = [noun, *papers, noun.head]
    takers = [t for w in places for t in prep_objects(w, taker)]
    if not takers or not all(_a_firm(t) for t in takers):
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
