"""The words of deal prose, as data: which predicates make a deal, and who plays which part.

A frame says, for one deal predicate (a verb lemma such as "acquire", a noun lemma such as
"merger"), which syntactic slot holds which party:

- verbs: `subj` (the logical subject: active subject, or the passive's "by" agent), `obj`
  (the logical object: active object, or the passive subject), `passive` (the passive
  subject only), and prepositions by lemma
  (`with`, `from`, `to`, `into`, `in`, `between`);
- nouns: `poss` ("Air Canada's acquisition"), prepositions (`of`, `by`, `with`, `between`,
  `from`, `to`), `compound` ("the Baker/Hughes merger") and `gov`, the subject of the verb
  the noun is the object of ("A signed an agreement", "A completed the sale of ...").

Support verbs ("sign", "form", "complete" ...) carry no deal of their own: they lend their
subject to the deal noun they govern; modifiers decide the firmness of an agreement (letter
of intent). The cue words of modality and polarity (talks, could/may, ended deals) are in
cue_words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.models import AgreementKind, PartyRole


@dataclass(frozen=True)
class Frame:
    kind: AgreementKind
    slots: dict[str, PartyRole] = field(default_factory=dict)
    symmetric: bool = False  # parties are partners of each other (a merger, a venture)
    # A passive's "by" names the deal's agent ("was acquired by B"); not where others act
    # ("shares were tendered by their holders": the bidder is who reports it).
    agent_by: bool = True


_BUY: dict[str, PartyRole] = {"subj": "acquirer", "obj": "target", "from": "seller"}
_SELL: dict[str, PartyRole] = {"subj": "seller", "obj": "target", "to": "acquirer"}
_WITH: dict[str, PartyRole] = {"subj": "partner", "with": "partner"}
_PARTNERS: dict[str, PartyRole] = {
    "poss": "partner",
    "of": "partner",
    "with": "partner",
    "between": "partner",
    "among": "partner",
    "into": "partner",
    "compound": "partner",
    "gov": "partner",
}

# Verb lemma -> frame; a particle is part of the lemma ("take over", "team up").
VERB_FRAMES: dict[str, Frame] = {
    "acquire": Frame("acquisition", dict(_BUY)),
    "buy": Frame("acquisition", dict(_BUY)),
    "purchase": Frame("acquisition", dict(_BUY)),
    "take over": Frame("acquisition", dict(_BUY)),
    "buy out": Frame("acquisition", dict(_BUY)),
    "buy up": Frame("acquisition", dict(_BUY)),
    "snap up": Frame("acquisition", dict(_BUY)),
    "sell off": Frame("acquisition", dict(_SELL)),
    "offload": Frame("acquisition", dict(_SELL)),
    "divest": Frame("acquisition", dict(_SELL)),
    "sell": Frame("acquisition", dict(_SELL)),
    # "agreed to transfer its South American service to B": handing a business over
    "transfer": Frame("acquisition", dict(_SELL)),
    # "B was merged into C": what is merged is a partner ("passive": only the passive's
    # subject; the active object is often the subject's own units, "merged its units").
    "merge": Frame(
        "merger",
        {
            "subj": "partner",
            "passive": "partner",
            "with": "partner",
            "into": "partner",
            "merged": "partner",
        },
        symmetric=True,
    ),
    "combine": Frame(
        "merger", {"subj": "partner", "passive": "partner", "with": "partner"}, symmetric=True
    ),
    "invest": Frame("investment", {"subj": "investor", "in": "investee"}),
    # "paid 20 mln dlrs for Nettle Press"
    "pay": Frame("acquisition", {"subj": "acquirer", "for": "target"}),
    # "to exchange 2.2 mln of its shares for all Orbis stock": paying in shares
    "exchange": Frame("acquisition", {"subj": "acquirer", "for": "target"}),
    "team up": Frame("partnership", dict(_WITH), symmetric=True),
    "link up": Frame("partnership", dict(_WITH), symmetric=True),
    "link": Frame("partnership", {"obj": "partner", "with": "partner"}, symmetric=True),
    # "HP will partner MTV": the verb takes its partner as object as well as with "with".
    "partner": Frame("partnership", {**_WITH, "obj": "partner"}, symmetric=True),
    "ally": Frame("partnership", dict(_WITH), symmetric=True),
    "cooperate": Frame("partnership", dict(_WITH), symmetric=True),
    "collaborate": Frame("partnership", dict(_WITH), symmetric=True),
    "join forces": Frame("partnership", dict(_WITH), symmetric=True),
    "agree": Frame("cooperation agreement", dict(_WITH), symmetric=True),
    "license": Frame(
        "licensing agreement", {"subj": "partner", "to": "partner", "owner": "partner"}
    ),
    "licence": Frame(
        "licensing agreement", {"subj": "partner", "to": "partner", "owner": "partner"}
    ),
}

# Noun lemma -> frame. A noun's modifiers may name a more specific kind (see KIND_MODIFIERS).
# "compound": "the Amoco buyout of Dome" (a name before the noun, with the thing bought
# after "of", is its agent, as a possessor would be).
_ACQUISITION = Frame(
    "acquisition",
    {
        "poss": "acquirer",
        "compound": "acquirer",
        "of": "target",
        "by": "acquirer",
        "from": "seller",
        "gov": "acquirer",
    },
)
_OFFER: dict[str, PartyRole] = {
    "poss": "acquirer",
    "for": "target",
    "by": "acquirer",
    "from": "acquirer",
    "gov": "acquirer",
}
_SALE = Frame(
    "acquisition",
    {"poss": "seller", "of": "target", "to": "acquirer", "by": "seller", "gov": "seller"},
)
NOUN_FRAMES: dict[str, Frame] = {
    "acquisition": _ACQUISITION,
    "purchase": _ACQUISITION,
    "takeover": _ACQUISITION,
    # "a buyout from Verizon": the buyer makes it.
    "buyout": Frame("acquisition", {**_ACQUISITION.slots, "from": "acquirer"}),
    # An offer or bid is a deal only once the target takes it (see modality).
    "offer": Frame("acquisition", dict(_OFFER)),
    "bid": Frame("acquisition", dict(_OFFER)),
    "sale": _SALE,
    # the act nouns of getting rid of a business (WordNet's derivations of "dispose" and
    # "divest") are sales: "the disposition of its unit to B"
    "disposal": _SALE,
    "disposition": _SALE,
    "divestiture": _SALE,
    "merger": Frame("merger", dict(_PARTNERS), symmetric=True),
    # a bank holding company's word for a merger ("the affiliation of B with A": B's
    # holders get A's stock)
    "affiliation": Frame("merger", dict(_PARTNERS), symmetric=True),
    "venture": Frame("joint venture", dict(_PARTNERS), symmetric=True),
    # the securities and accounting term for a merger, only as "business combination"
    # ("a proposed business combination with B"; see NOUNS_NEEDING_MODIFIER)
    "combination": Frame("merger", dict(_PARTNERS), symmetric=True),
    # the act of investing ("made an investment in B"; see noun_uses.HOLDING_NOUNS)
    "investment": Frame("investment", {"by": "investor", "in": "investee", "gov": "investor"}),
    "consortium": Frame("joint venture", dict(_PARTNERS), symmetric=True),
    "partnership": Frame("partnership", dict(_PARTNERS), symmetric=True),
    "alliance": Frame("partnership", dict(_PARTNERS), symmetric=True),
    # compounds in their solid spelling, which respelling gives hyphenated ones ("tie-up")
    "tieup": Frame("partnership", dict(_PARTNERS), symmetric=True),
    "linkup": Frame("partnership", dict(_PARTNERS), symmetric=True),
    "coproduction": Frame("partnership", dict(_PARTNERS), symmetric=True),
    "cooperation": Frame("partnership", dict(_PARTNERS), symmetric=True),
    "collaboration": Frame("partnership", dict(_PARTNERS), symmetric=True),
    "agreement": Frame("cooperation agreement", dict(_PARTNERS), symmetric=True),
    "accord": Frame("cooperation agreement", dict(_PARTNERS), symmetric=True),
    "pact": Frame("cooperation agreement", dict(_PARTNERS), symmetric=True),
    "deal": Frame("cooperation agreement", dict(_PARTNERS), symmetric=True),
    "contract": Frame("cooperation agreement", dict(_PARTNERS), symmetric=True),
    "memorandum": Frame("memorandum of understanding", dict(_PARTNERS), symmetric=True),
    "mou": Frame("memorandum of understanding", dict(_PARTNERS), symmetric=True),
    "letter": Frame("memorandum of understanding", dict(_PARTNERS), symmetric=True),
    # a licence held from its grantor: "makes the drug under licence from B" (only after
    # "under": see noun_uses.HELD_UNDER_NOUNS)
    "license": Frame("licensing agreement", {"from": "partner", "gov": "partner"}),
    "licence": Frame("licensing agreement", {"from": "partner", "gov": "partner"}),
}
# "letter" is a deal noun only as "letter of intent".
NOUNS_NEEDING_OF = {"letter": "intent", "memorandum": "understanding"}
# "combination" is a deal noun only as "business combination" (a combination of colours,
# of factors, is none).
NOUNS_NEEDING_MODIFIER = {"combination": "business"}
# Generic agreement nouns: a more specific deal word inside them decides ("merger
# agreement", "an agreement to acquire").
GENERIC_NOUNS = frozenset({"agreement", "accord", "pact", "deal", "cooperation", "contract"})

# Modifiers (lemma, lower case) of an agreement noun -> the kind they make it.
KIND_MODIFIERS: dict[str, AgreementKind] = {
    "venture": "joint venture",
    "supply": "supply agreement",
    "distribution": "supply agreement",
    "licensing": "licensing agreement",
    "license": "licensing agreement",
    "licence": "licensing agreement",
    "merger": "merger",
    "acquisition": "acquisition",
    "purchase": "acquisition",
    "framework": "framework agreement",
    "strategic": "strategic cooperation agreement",
    "partnership": "partnership",
    "alliance": "partnership",
}
# Modifiers that make any agreement a preliminary one (an MoU in the registry's terms).
PRELIMINARY = frozenset({"preliminary", "tentative", "non-binding", "principle", "intent"})

# Verbs that lend their subject to the deal noun they govern.
SUPPORT_VERBS = frozenset(
    """
    sign form set establish create launch found enter reach conclude ink strike seal
    finalize finalise complete announce approve have make forge agree close execute
    unveil build start begin hold own
    """.split()
)
# Verbs of winning a race: "Citigroup beat Standard Chartered to buy Koram": the
# infinitive is what the winner (the subject, not the object) did, not a purpose.
WINNING_VERBS = frozenset({"beat", "pip", "outbid", "outpace"})
# Passive participles and adjectives whose infinitive is an event fixed or compelled, done
# by the clause's subject: "X is set to merge", "X is due to merge", "X was forced to sell".
RAISING_PREDICATES = frozenset("set due scheduled slated forced obliged compelled".split())
# Verbs whose clause reports another's words: "A said it ..." makes "it" A.
REPORTING_VERBS = frozenset(
    "say announce report tell state add note confirm disclose indicate reveal explain".split()
)

# Deal nouns whose form is also an English verb of another sense ("deal with", "bid for",
# "offered to", "ventured", "accorded"): used as a verb, they are not the deal noun.
VERB_HOMOGRAPHS = frozenset("accord bid deal offer venture contract".split())
