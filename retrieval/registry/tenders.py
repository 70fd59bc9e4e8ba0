"""Tendered shares: "19.8 mln of the 20 mln shares in Rexnord Inc were tendered pursuant to
its offer", "38.3 mln shares of Supermarkets General Corp were validly tendered". Holders
who have tendered their shares have taken the offer: the bidder (the passive's agent, or
the firm reporting it) has acquired the firm whose shares they are (shares naming no firm:
the one the sentence's offer is for). Only shares that were
tendered count: "if 90 pct of the shares are tendered", "unless at least 1.1 mln shares are
tendered", "shares will be tendered" and "withdrew previously tendered shares" report no
acceptance; nor do too few shares for control ("only 353 shares", "about 2.4 pct of the
outstanding shares": an offer needs a majority, and "only" says fewer came than sought), a
firm's own shares ("shares of its Class A common were tendered for exchange": a
recapitalisation), debt ("debentures were tendered"), or shares tendered to an offer whose
bidder is named in it ("to a rival offer by Harcourt": not the firm reporting the count).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.prepositions import preposition_objects
from retrieval.registry.cue_words import STAKE_CHANGE_VERBS
from retrieval.registry.lexicon import Frame
from retrieval.registry.stated import under_a_condition

if TYPE_CHECKING:
    from spacy.tokens import Token

TENDERING_VERB = "tender"
# The passive's subject (the shares) is what is bought: its firm is the target; the
# firm that reports the count made the offer (its "by" names holders or a time).
TENDERED = Frame(
    "acquisition", {"subj": "acquirer", "passive": "target", "to": "acquirer"}, agent_by=False
)
# Auxiliaries of a passive that has happened ("were tendered", "had been tendered").
_DONE = frozenset({"was", "were", "been"})
# Words that say fewer shares came than were sought, or none.
_SHORT_OF = frozenset({"only", "just", "merely", "no", "none", "fewer", "less"})
# Fractions below a half, as the wire writes them ("one-third").
_FRACTIONS = ("third", "quarter", "fifth", "sixth", "tenth")
# Auxiliaries of a clause that is no report of a fact ("having been tendered").
_NOT_FINITE = frozenset({"having", "being"})
# Dependencies of a clause describing a noun ("shares that had been tendered").
_DESCRIBING = frozenset({"relcl", "acl", "amod"})
# Nouns of what holders tender: a firm's shares.
_SHARES = frozenset({"share", "stock", "common", "stake"})
# The percentage of a firm's shares that gives control.
MAJORITY = 50.0


def tendered_frame(verb: Token) -> Frame | None:
    """The frame of a tendering that happened, None for any other verb."""
    if verb.lemma_.lower() != TENDERING_VERB or verb.tag_ != "VBN":
        return None
    shares = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    happened = _reported_as_done(verb) and not _offer_of_another(verb)
    # "debentures were tendered in its exchange offer": debt, no firm's shares
    of_shares = any(t.lemma_.lower() in _SHARES or t.ent_type_ == "PERCENT" for t in shares)
    enough = not any(_too_few(t) or _its_own(t) for t in (*shares, *_after(verb)))
    return TENDERED if happened and of_shares and enough else None


def _reported_as_done(verb: Token) -> bool:
    """A finite passive of the past, reported as a fact: not "being tendered", "will be
    tendered" or an adjective ("tendered shares"); not "having been tendered" nor a clause
    describing the shares ("shares that had been tendered were withdrawn"); not under a
    condition ("if 90 pct had been tendered"). A denial ("were not tendered") is modality's."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in _DONE for a in auxiliaries if a.dep_ == "auxpass"):
        return False
    if any(a.lower_ in _NOT_FINITE for a in auxiliaries) or verb.dep_ in _DESCRIBING:
        return False
    return not under_a_condition(verb)


def _after(verb: Token) -> list[Token]:
    """The words after the verb in its clause ("were tendered, fewer than the 10 mln it
    sought")."""
    return [t for t in verb.subtree if t.i > verb.i and t.lower_ in ("fewer", "less")]


def _offer_of_another(verb: Token) -> bool:
    """ "were tendered to a rival offer by Harcourt", "to Turner's offer": the offer is
    another bidder's (`_anothers`), not necessarily the firm's that reports the count (a
    name outright, "tendered to Morgan Stanley", is the slot's)."""
    return any(
        _anothers(o)
        for preposition in verb.children
        if preposition.dep_ == "prep"
        for o in preposition.children
        if o.dep_ == "pobj" and o.pos_ != "PROPN"
    )


def _too_few(token: Token) -> bool:
    """ "only 353 shares", "no shares", "or about 2.4 pct of the outstanding shares",
    "five pct" (the wire spells out numbers below ten), "one-third" (not "two-thirds")."""
    if token.lower_ in _SHORT_OF:
        return True
    if token.ent_type_ != "PERCENT":
        return False
    if token.lower_.endswith(_FRACTIONS) or (token.like_num and token.is_alpha):
        return True
    try:
        return float(token.text.replace(",", "")) < MAJORITY
    except ValueError:
        return False  # no figure


def _its_own(token: Token) -> bool:
    return token.dep_ == "poss" and token.lower_ in ("its", "their")


# Nouns of a bid; what one is "for" is the firm whose holders tender.
_BIDS = frozenset({"offer", "bid"})


def offer_sought(verb: Token) -> tuple[Token, ...]:
    """ "in announcing the proration factor for its tender offer for Piedmont, that 17 mln
    shares were tendered": shares that name no firm of their own are the shares of the
    firm the sentence's offer is for (the side a tendering leaves unnamed)."""
    if tendered_frame(verb) is None:
        return ()
    shares = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if any(t.pos_ == "PROPN" for t in shares):
        return ()
    bids = [t for t in verb.doc if t.lemma_.lower() in _BIDS and t.pos_ == "NOUN"]
    return tuple(
        obj
        for bid in bids
        for prep in bid.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
    )


# Prepositions by which shares are bought in an offer ("under", "through", "in" its
# offer, "pursuant to" it, which the parse may hang on "pursuant" as a clause).
_IN_AN_OFFER = frozenset({"under", "through", "in", "via"})
_BUYING = frozenset({"acquire", "buy", "purchase"})


def bought_in_an_offer(verb: Token) -> bool:
    """ "purchased 444,646 shares pursuant to its tender offer", "acquired 2.4 mln shares
    under the offer": shares a bidder buys in its offer come from the holders who took it,
    not from the market. The offer is the buyer's own (no other firm's: "under Harcourt's
    offer" is the rival's)."""
    if verb.lemma_.lower() not in _BUYING:
        return False
    for offer in verb.subtree:
        if offer.lemma_.lower() not in _BIDS or offer.pos_ != "NOUN" or offer.dep_ != "pobj":
            continue
        preposition = offer.head
        pursuant = preposition.lower_ == "to" and preposition.head.lower_ == "pursuant"
        if not (pursuant or preposition.lower_ in _IN_AN_OFFER):
            continue
        if not _anothers(offer) and _in_the_clause_of(preposition, verb):
            return True
    return False


# Modifiers that make an offer another bidder's by their meaning.
_RIVAL = frozenset({"rival", "competing"})


def _anothers(offer: Token) -> bool:
    """ "under Harcourt's offer", "in the Harcourt offer", "under the offer (made) by
    Harcourt Brace", "under a rival offer": a bidder named as the offer's owner or maker,
    or a rival's offer. Other names in its phrase are the firm it is "for", a date ("its
    January 15 offer") or a relative clause's ("that expired on Friday")."""
    if any(c.lemma_.lower() in _RIVAL for c in offer.children):
        return True
    owners = [c for c in offer.children if c.dep_ in {"poss", "compound"}]
    # its maker by "by": on the offer ("the offer by Harcourt") or on a participle of it
    # ("the offer made by Harcourt Brace")
    made = [offer] + [c for c in offer.children if c.dep_ == "acl"]
    makers = [
        o
        for head in made
        for by in head.children
        if by.dep_ in {"agent", "prep"} and by.lower_ == "by"
        for o in by.children
        if o.dep_ == "pobj"
    ]
    return any(t.pos_ == "PROPN" for n in owners + makers for t in n.subtree)


def _in_the_clause_of(token: Token, verb: Token) -> bool:
    """No other verb between the phrase and the verb: where the parse hangs it (on the
    verb, on the shares, on "pursuant"), the phrase is the buying's, not a clause's below
    ("before making a tender offer")."""
    node = token.head
    while node != verb and node.pos_ not in {"VERB", "AUX"} and node.head != node:
        node = node.head
    return node == verb


def gives_a_majority(verb: Token) -> bool:
    """ "acquired 2,455,000 Cyclops shares, giving it 83 pct of the total": a participle
    on a purchase that puts the buyer's holding at a majority says it bought control of
    the firm, not a holding traded on the market ("giving it 9.8 pct" is one)."""
    clauses = [c for c in verb.children if c.dep_ in {"advcl", "xcomp", "conj"}]
    return any(
        t.ent_type_ == "PERCENT" and t.like_num and share_figure(t.text) >= MAJORITY
        for c in clauses
        if c.tag_ == "VBG"
        for holding in _holding_stated(c)
        for t in holding.subtree
    )


# Participles that state where a holding stands by their object ("giving it 83 pct")
# or by their "to" ("bringing its holding to 55 pct"); other figures in the clause are a
# premium paid, a change ("by 55 pct") or a goal, not the holding.
_HOLDING_BY_OBJECT = frozenset({"give"})
_HOLDING_BY_TO = STAKE_CHANGE_VERBS | {"bring", "take"}


def _holding_stated(participle: Token) -> list[Token]:
    lemma = participle.lemma_.lower()
    if lemma in _HOLDING_BY_OBJECT:
        return [c for c in participle.children if c.dep_ == "dobj"]
    if lemma in _HOLDING_BY_TO:
        return preposition_objects(participle, "to")
    return []


def a_controlling_share(figure: float) -> bool:
    """A percentage that gives control: above half, up to the whole."""
    return MAJORITY < figure <= 100


def share_figure(text: str) -> float:
    """The number a figure's text writes ("2,455,000"); 0 for none ("five")."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0
