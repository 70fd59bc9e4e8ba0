"""Tendered shares: "19.8 mln of the 20 mln shares in Rexnord Inc were tendered pursuant to
its offer", "38.3 mln shares of Supermarkets General Corp were validly tendered". Holders
who have tendered their shares have taken the offer: the bidder (the passive's agent, or
the firm reporting it) has acquired the firm whose shares they are. Only shares that were
tendered count: "if 90 pct of the shares are tendered", "unless at least 1.1 mln shares are
tendered", "shares will be tendered" and "withdrew previously tendered shares" report no
acceptance; nor do too few shares for control ("only 353 shares", "about 2.4 pct of the
outstanding shares": an offer needs a majority, and "only" says fewer came than sought), or
a firm's own shares ("shares of its Class A common were tendered for exchange": a
recapitalisation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.lexicon import Frame

if TYPE_CHECKING:
    from spacy.tokens import Token

TENDERING_VERB = "tender"
# The passive's subject (the shares) is what is bought: its firm is the target; the
# firm that reports the count made the offer.
TENDERED = Frame("acquisition", {"subj": "acquirer", "passive": "target", "to": "acquirer"})
# Auxiliaries of a passive that has happened ("were tendered", "had been tendered").
_DONE = frozenset({"was", "were", "been"})
# Focus particles that say fewer shares came than were sought.
_SHORT_OF = frozenset({"only", "just", "merely"})
# The percentage of a firm's shares that gives control.
MAJORITY = 50.0
# Words that make the tendering a condition, not a fact.
_CONDITIONS = frozenset({"if", "unless", "until", "whether", "provided"})


def tendered_frame(verb: Token) -> Frame | None:
    """The frame of a tendering that happened, None for any other verb."""
    if verb.lemma_.lower() != TENDERING_VERB or verb.tag_ != "VBN":
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in _DONE for a in auxiliaries if a.dep_ == "auxpass"):
        # "being tendered", "will be tendered", an adjective ("tendered shares"); a denial
        # ("were not tendered") is modality's
        return None
    # read from the words, as the parse may hang "if" anywhere in the clause
    if any(t.lower_ in _CONDITIONS for t in verb.subtree if t.i < verb.i):
        return None
    shares = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if any(_too_few(t) or _its_own(t) for t in shares):
        return None
    return TENDERED


def _too_few(token: Token) -> bool:
    """ "only 353 shares", "or about 2.4 pct of the outstanding shares"."""
    if token.lower_ in _SHORT_OF:
        return True
    if token.ent_type_ != "PERCENT" or not token.like_num:
        return False
    try:
        return float(token.text.replace(",", "")) < MAJORITY
    except ValueError:
        return False  # "one-third": read as no figure


def _its_own(token: Token) -> bool:
    return token.dep_ == "poss" and token.lower_ in ("its", "their")
