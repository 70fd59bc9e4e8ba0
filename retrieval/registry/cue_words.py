"""Cue words of deal prose, as data: what puts a deal in doubt or ends it (blocking,
hindering and speculative verbs, modals, conditions), what shows an offer taken, and what
makes an agreement or a trade no alliance (finance, stakes bought on the market).
"""

from __future__ import annotations

# -- modality and polarity ---------------------------------------------------------------
# A deal predicate under one of these is not (yet, or any more) a deal.
BLOCKING_VERBS = frozenset(
    """
    talk negotiate discuss consider study explore seek propose offer bid intend plan hope
    want aim try attempt deny reject block oppose refuse decline terminate end cancel abandon scrap
    drop withdraw fail rule rumor rumour speculate prevent prohibit challenge sue fight
    resist contemplate mull eye weigh pursue urge ask invite solicit suggest envisage
    welcome examine review evaluate dissolve unwind break resume request lose believe
    claim allege contend think assume suppose doubt enable allow permit
    overturn overrule veto void annul invalidate quash bar preclude forbid
    """.split()
)
# Verbs of hindering: "from" and a gerund complete them ("bars Tobin from acquiring").
HINDERING_VERBS = frozenset("bar prevent prohibit preclude forbid stop keep restrain block".split())
# Verbs that state an intention only when they take an infinitive: "is looking to buy it"
# (but "looks forward to completing the merger" is about a deal agreed).
INTENT_WITH_INFINITIVE = frozenset({"look"})
# Verbs that put a deal in the future of someone's guess: they deny the clause they take
# ("X is expected to buy Y", "tipped to buy"), but not a deal that is their subject ("the
# merger is expected to close").
SPECULATIVE_VERBS = frozenset("expect tip tout predict forecast anticipate seem appear".split())
# Adjectives that put a deal short of done: "close to striking a deal", "poised to bid".
SHORT_OF_DONE = frozenset(
    "close near likely unlikely poised ready eager keen willing able unable possible".split()
)
# Particles that turn a verb into a blocking one: "call off", "pull out", "back out".
BLOCKING_PHRASALS = frozenset({"call off", "pull out", "back out", "break off", "walk away"})
# Nouns of talking: talks are held towards a deal, no deal yet.
TALK_NOUNS = frozenset("talk talks negotiation negotiations discussion discussions".split())
BLOCKING_NOUNS = TALK_NOUNS | frozenset(
    """
    proposal offer bid plan
    possibility rumor rumour speculation attempt interest study consideration approach
    overture report reports effort intention idea prospect hope hopes threat candidate
    suitor bidder feasibility comment
    """.split()
)
# Adjectives on a deal word that deny it ("possible merger", "failed takeover").
BLOCKING_MODIFIERS = frozenset(
    """
    possible potential proposed rumored rumoured failed aborted abandoned collapsed
    hostile unsolicited rival planned prospective mooted hypothetical forced enforced
    """.split()
)
MODALS = frozenset({"could", "may", "might", "should", "can"})
# Auxiliaries of the future, and of the future seen from the past ("said it would
# complete it in June": reported speech shifts "will" back; date_tense).
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
BACKSHIFTED = frozenset({"would", "'d"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Words that make what follows them in a clause a condition, not a fact ("if 90 pct are
# tendered", "until its offer is declared unconditional"), read from the words where the
# parse may hang them anywhere (denials.under_a_condition).
CONDITION_WORDS = CONDITIONAL_MARKS | frozenset({"until", "provided", "once"})
# "proposed" names a board-agreed deal awaiting its vote when the sentence says so.
VOTE_WORDS = frozenset({"shareholder", "shareholders", "stockholders", "vote", "meeting"})
# An offer taken: "a recommended offer", "the board approved the offer".
ACCEPTED_OFFER_MODIFIERS = frozenset(
    "recommended agreed accepted friendly successful completed approved".split()
)
ACCEPTING_VERBS = frozenset("accept approve recommend complete endorse back agree".split())
# Words that join a second actor to the first ("A, along with B", "together with",
# "jointly with", "a joint bid"; and "A and B", candidates.NAMES_JOINED): an offer beside
# one may be made by two firms together, and its makers are then partners (joint_bids),
# taken or not.
JOINING_WORDS = frozenset({"along", "together", "jointly", "joint"})
# Stakes traded on the market and reported in filings are not alliances.
MARKET_WORDS = frozenset("filing filings 13d open-market".split())
STAKE_NOUNS = frozenset(
    """
    stake interest shares share pct percent % equity holding stock all majority control
    half part rest remainder portion bulk most minority capital ownership
    """.split()
)
STAKE_CHANGE_VERBS = frozenset("raise increase cut reduce lower boost lift trim build".split())

# Agreements for money lent or raised are not alliances ("an agreement ... for a credit
# line").
FINANCE_NOUNS = frozenset(
    """
    loan loans credit line financing refinancing debt note notes bond bonds debenture
    debentures underwriting mortgage lease leasing facility borrowing claim claims receivables
    """.split()
)

# Finance nouns with a sense of plant too ("28 long-term care facilities", "a production
# line"): financing only with a word of credit on them ("a revolving credit facility").
AMBIGUOUS_FINANCE = frozenset({"facility", "line"})
CREDIT_MODIFIERS = frozenset(
    "credit loan revolving standby borrowing financing lending bank term".split()
)
# Modifiers that class an agreement as no alliance: financing ("a credit agreement", "Ginnie
# Mae repurchase agreements") or a promise kept within talks ("a confidentiality agreement").
NO_ALLIANCE_MODIFIERS = FINANCE_NOUNS | frozenset(
    "repurchase confidential confidentiality nondisclosure non-disclosure secrecy".split()
)
# Words that say a deal (or an offer) was ended or refused: the article's other mentions
# of the same parties are then no alliance either ("the sale to Fujitsu would lead ...").
ENDING = frozenset(
    """
    terminate end cancel scrap abandon withdraw dissolve unwind lose reject block drop
    overturn overrule veto void annul invalidate quash
    """.split()
)
# Endings whose own negation leaves a deal standing ("did not block the merger", "did not
# terminate its agreement"): hindering or undoing what exists. Not the verbs that decide on
# a proposal (reject withdraw abandon drop scrap lose): "has not rejected the proposed
# merger" agrees nothing.
UNDOING_VERBS = HINDERING_VERBS | frozenset(
    "terminate cancel void annul invalidate unwind overturn quash".split()
)
# Verbs of refusing an ending asked for ("refused to block", "denied a motion to block").
# reading/negation.py has its own REFUSING_VERBS; the registry does not import reading.
REFUSING_VERBS = frozenset("refuse decline deny reject dismiss".split())

# Nouns whose infinitive states what was agreed ("a letter of intent to sell").
NOUNS_OF_INTENT = frozenset({"intent", "principle", "understanding", "option", "right", "contract"})
