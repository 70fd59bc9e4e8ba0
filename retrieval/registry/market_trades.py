"""Stakes bought or sold on the market, as filings report them, are no alliances.

A trade in a company's paper ("bought 219,000 Buckeye units", "raised its stake to 9.9 pct",
"over five pct of Tobin stock") has no counterparty the trader names; control bought, a
named buyer or seller, an agreement above the trade, or shares bought in the buyer's own
offer make it a deal between two firms. Read by retrieval.registry.modality.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.patterns import PERCENT_UNITS
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.cue_words import MARKET_WORDS, STAKE_CHANGE_VERBS, STAKE_NOUNS
from retrieval.registry.stray_prepositions import stray_prep_objects
from retrieval.registry.syntax import clause_path, predicate_lemma, prep_objects
from retrieval.registry.tenders import bought_in_an_offer, gives_a_majority, share_figure

if TYPE_CHECKING:
    from spacy.tokens import Token

_TRADES = frozenset({"acquire", "buy", "purchase", "sell", "take", "hold", "own"})


def market_phrase(text: str) -> bool:
    """The sentence speaks of the market in shares (a filing with the SEC, the open market)."""
    return "Securities and Exchange Commission" in text or "open market" in text.lower()


_CONTROL = frozenset({"control", "majority", "controlling", "all", "remaining"})


def _control(stake: Token) -> bool:
    """Control of a company is not a holding traded on the market."""
    return stake.lemma_.lower() in _CONTROL or any(
        c.lower_ in _CONTROL for c in stake.children if c.dep_ in {"amod", "det", "compound"}
    )


def _lots(thing: Token) -> bool:
    """ "219,000 Buckeye units": what is counted in thousands is securities (units, shares,
    warrants), never firms; buying them is a trade in a company's paper. The count may hang
    on the issuer's name inside the phrase ("12,500 Tobin Foods Inc shares"). A number that
    opens a name is part of it ("2001 Distributors Inc"): what is counted is a common noun."""
    if thing.pos_ == "PROPN":
        return False
    counts = [t for t in thing.doc[thing.left_edge.i : thing.i] if t.like_num]
    return any(share_figure(c.text) >= 1000 for c in counts)


# What a company's paper is called: a part "of X stock" is a part of its traded shares.
_PAPER = frozenset({"stock", "share", "shares", "common"})
_PERCENT = frozenset(PERCENT_UNITS)  # the newswire words for per cent the NLP layer knows


def _part_of_stock(thing: Token) -> bool:
    """ "over five pct of Tobin stock": a minority part of a company's traded shares (a
    holding, counted in the market's terms; buying the company itself is a majority). A
    number in words ("five") counts as small."""
    if thing.lemma_.lower() not in _PERCENT:
        return False
    paper = [g for c in thing.children if c.lower_ == "of" for g in c.children]
    amounts = [share_figure(c.text) for c in thing.children if c.dep_ == "nummod" and c.like_num]
    return any(p.lemma_.lower() in _PAPER for p in paper) and all(a < 50 for a in amounts)


def _objects(node: Token, trigger: Token) -> list[Token]:
    """What a trade verb (or the deal noun itself: "purchases of 12,500 shares") trades."""
    found = [c for c in node.children if c.dep_ in {"dobj", "nsubjpass"}]
    if node == trigger and node.pos_ == "NOUN":
        found += [g for c in node.children if c.lower_ == "of" for g in c.children]
    return found


def _agreed(trigger: Token) -> bool:
    """An agreement above the trade has a counterparty: no market trade."""
    return any(node.lemma_.lower() in {"agree", "agreement"} for node in clause_path(trigger))


def market_trade(trigger: Token, words: frozenset[str]) -> bool:
    """Shares bought, sold, raised or cut on the market, as filings report them."""
    for node in clause_path(trigger)[:3]:
        objects = _objects(node, trigger)
        if not any(o.lemma_.lower() in STAKE_NOUNS or o.like_num or _lots(o) for o in objects):
            continue
        if any(_control(o) for o in objects) or gives_a_majority(node):
            return False  # "acquired operational control of Cyclops": an acquisition
        if _named_counterparty(node) or bought_in_an_offer(node):
            return False  # "sold ... to Soo Line", "bought ... under its offer": a deal
        lemma = predicate_lemma(node)
        if lemma in STAKE_CHANGE_VERBS:
            return True
        if lemma.split()[0] in _TRADES and words & MARKET_WORDS:
            return True
        trade = lemma.split()[0] in _TRADES or node.lemma_.lower() in {"purchase", "sale"}
        paper = any(_lots(o) or _part_of_stock(o) for o in objects)
        if trade and (paper or _changing_a_stake(node)) and not _agreed(trigger):
            return not (lemma.split()[0] in _BUYING and _issued_to_the_buyer(node, objects))
    return False


def _named_counterparty(verb: Token) -> bool:
    """ "sold its railroad interests to Soo Line Railroad Co": a trade on the market has no
    buyer or seller the trader names; a named one makes it a deal between the two. The
    parse may hang "from X" on the shares ("bought 9.9 pct of the total from X"): it
    still names whom they came from; a body named by its members ("to a group consisting
    of A, B and C") names them."""
    direct = [
        g
        for child in verb.children
        if child.lower_ in {"to", "from"} and child.dep_ in {"prep", "dative"}
        for g in child.children
    ]
    stray = [g for p in ("to", "from") for g in stray_prep_objects(verb, p)]
    named = [m for g in direct + stray for m in with_conjuncts(g)]
    return any(g.pos_ == "PROPN" and g.ent_type_ not in _NOT_PARTIES for g in named)


_NOT_PARTIES = frozenset({"PERSON", "GPE", "DATE", "PERCENT", "MONEY", "CARDINAL"})


def _changing_a_stake(verb: Token) -> bool:
    """ "purchased additional shares, increasing its stake to 19.9 pct": shares bought to
    build a holding, from no one named (a block bought "from" a holder is a deal)."""
    sellers = prep_objects(verb, "from") or stray_prep_objects(verb, "from")
    raising = [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "xcomp", "conj"}
        and c.tag_ == "VBG"
        and c.lemma_.lower() in STAKE_CHANGE_VERBS
    ]
    # control gained is a deal (new paper bought is judged by `_issued_to_the_buyer`)
    control = any(share_figure(t.text) >= 50 for r in raising for t in r.subtree if t.like_num)
    return bool(raising) and not sellers and not control


_BUYING = frozenset({"buy", "purchase", "acquire", "take"})
# What makes paper new paper: its own common-noun modifiers ("newly issued", "new",
# "unissued"; the "New" of "New Valley shares" is a name's).
_NEW_PAPER = frozenset({"new", "newly", "unissued"})
# How new paper is sold: a noun with the modifier that makes it new ("a private placement",
# "a rights issue"); a bare placement or issue may be of existing shares ("a secondary
# placement", "the shares in issue").
_ISSUING = {"placement": frozenset({"private"}), "issue": frozenset({"rights", "share", "new"})}


def _issued_to_the_buyer(verb: Token, objects: list[Token]) -> bool:
    """ "bought 300,000 newly issued shares of X", "bought 2 mln X shares in a private
    placement": new paper comes from the company that issues it, so the buyer took a
    stake from the company itself (an investment in it), not from the market. Only the
    paper's own modifiers and the verb's own prepositions count ("its new fund" elsewhere
    in the clause says nothing of the shares)."""
    own = [c for o in objects for c in o.children if c.i < o.i and c.pos_ != "PROPN"]
    deeper = [g for c in own for g in c.children if g.dep_ == "advmod"]  # "newly issued"
    if any(m.is_lower and m.lower_ in _NEW_PAPER for m in own + deeper):
        return True
    ways = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
    return any(_new_issue(g) for g in ways)


def _new_issue(way: Token) -> bool:
    """ "a private placement", "a rights issue", not one "by"/"of" a named holder ("a
    placement of Halden's stake")."""
    marks = _ISSUING.get(way.lemma_.lower(), frozenset())
    held = [g for p in way.children if p.lower_ in {"by", "of"} for g in p.subtree]
    named = any(g.pos_ == "PROPN" for g in held)
    return not named and any(c.lower_ in marks for c in way.children if c.i < way.i)
