"""Which sentences are worth parsing.

Parsing runs at a few thousand words a second, so only sentences that could state a deal
are parsed: a form of a deal predicate (retrieval.registry.lexicon) and an organisation
(the other party may be left unsaid), or words that refer to two ("the two firms"). The
forms are generated from the lexicon's lemmas, so the filter and the frames never drift
apart. The text spaCy is then given for them is parse_text's.
"""

from __future__ import annotations

import re
from functools import cache

from retrieval.registry.becoming_units import CHANGE_WORDS, OWNED_FIRM_NOUNS
from retrieval.registry.cue_words import ACCEPTED_OFFER_MODIFIERS, ACCEPTING_VERBS, JOINING_WORDS
from retrieval.registry.getting import GETTING_OBJECTS
from retrieval.registry.grants import GRANTING_VERBS, RIGHT_NOUNS
from retrieval.registry.joint_work import JOINT_WORK_VERBS
from retrieval.registry.lexicon import NOUN_FRAMES, VERB_FRAMES
from retrieval.registry.org_words import (
    FIRM_KIND_NOUNS,
    FORMING_VERBS,
    MEMBERS_VERBS,
    ORG_NOUNS,
    OWNING_VERBS,
)
from retrieval.registry.respelling import respelled
from retrieval.registry.role_nouns import ROLE_NOUNS
from retrieval.registry.share_issues import ISSUING_NOUNS, ISSUING_VERBS, SHARE_WORDS
from retrieval.registry.supplying import MAKING_VERBS, SUPPLY_VERBS

_IRREGULAR = {
    "buy": ["bought"],
    "sell": ["sold"],
    "take": ["took", "taken", "takes", "taking"],
    "win": ["won", "wins", "winning"],
    "ally": ["allied", "allies"],
    "join": ["joined", "joins", "joining"],
    "pay": ["paid", "pays", "paying"],
}
_DETERMINED_ORG = "|".join(sorted(ORG_NOUNS))
# A word that may refer to an organisation named earlier: a pronoun, or a definite
# description ("the company", "the Spanish group", "the two firms").
_REFERRING = re.compile(
    rf"\b(?:it|its|they|their|both|we|our)\b"
    rf"|\b(?:the|this|both|two)\s+(?:[\w.-]+\s+){{0,2}}?(?:{_DETERMINED_ORG})\b"
    # a place-based modifier seats a firm ("the Ohio-based defense contractor"): references
    r"|\bthe\s+[\w.-]+-based\b",
    re.IGNORECASE,
)
# Cues that an article reports trading in a company's shares on the market.
_MARKET = re.compile(
    r"Securities and Exchange Commission|\b13-?D\b|open market"
    r"|\b(?:raised|increased|boosted|lifted|lowered|cut|reduced|trimmed)\s+(?:its|his|their)"
    r"\s+(?:stake|holding|interest)"
    # shares bought or sold on an exchange are trades in the market
    r"|\b(?:bought|purchased|sold)\b[^.]{0,40}\bon the [^.]{0,30}\bstock exchange\b",
    re.IGNORECASE,
)


def forms(lemma: str, *, verb: bool = True) -> set[str]:
    """Inflected forms of a lemma: enough for a prefilter, not a morphology. A noun has
    its plural only ("offerings" and "according" are not deal words)."""
    base = lemma.split(maxsplit=1)[0]
    found = {base, base + "s", base + "es"}
    if verb:
        found |= {base + "ed", base + "d", base + "ing"}
        if base.endswith("e"):
            found.add(base[:-1] + "ing")
        if base.endswith("y"):
            found |= {base[:-1] + "ies", base[:-1] + "ied"}
        if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", base):
            found |= {base + base[-1] + "ed", base + base[-1] + "ing"}  # "snapped", "swapping"
        found.update(_IRREGULAR.get(base, []))
    return found


# Words beside an offer that say it was taken (denials.offer_taken reads the same lexicon):
# "completed its tender offer for B" as well as "the offer was accepted". Not the weak
# ones: money backs an offer ("backed by bank loans"), and a friendly offer may be only
# planned or welcomed.
_WEAK = {"back", "friendly"}
_TAKEN_OFFER = {form for verb in ACCEPTING_VERBS - _WEAK for form in forms(verb, verb=True)}
_TAKEN_OFFER |= (ACCEPTED_OFFER_MODIFIERS - _WEAK) | {"taken", "unconditional"}
# Forms of joining another to bid ("joined with B to bid for C"); a deal verb's purpose is
# a trigger of its own ("joined with B to buy C").
_JOINED = frozenset(forms("join"))
# Predicates that are deals only with a particular word beside them ("take over", "take a
# stake", "team up", "join forces"), and offers, which are deals once taken: without one of
# these words the sentence is not worth parsing for them.
_NEEDS = {
    "take": {"over", "stake", "interest", "control", "holding"},
    # verbs of getting that buy only with "control" (getting.py)
    **{verb: {"control"} for verb in GETTING_OBJECTS.keys() - {"take"}},
    "team": {"up", "with"},
    "join": {"forces"},
    "snap": {"up"},
    "pay": {"for"},
    "exchange": {"for"},
    "combination": {"business"},
    # an offer made together ("along with B", "joined with B to bid for C": joint_purposes)
    "offer": _TAKEN_OFFER | JOINING_WORDS | _JOINED,
    "bid": _TAKEN_OFFER | JOINING_WORDS | _JOINED,
}
_WORKING_WITH = frozenset({"with", "on", "together"})
# Verbs that set up a firm: a deal when two parties do it together ("form a company with
# B": joint_firms.joint_firm_frame), so worth parsing beside a firm noun ("set up" is left
# out: "set" alone is everywhere).
_BESIDE_NOUNS = {verb: FIRM_KIND_NOUNS for verb in FORMING_VERBS if " " not in verb}
# ... verbs of granting beside a noun of right (grants.py), and a passive of owning with
# its agents (a firm two others own is their venture: joint_firms.owned_jointly).
_BESIDE_NOUNS |= {verb: RIGHT_NOUNS for verb in GRANTING_VERBS}
_BESIDE_NOUNS |= {verb: frozenset({"by"}) for verb in OWNING_VERBS}
# ... verbs of issuing beside shares (share_issues.py: new paper taken from its issuer),
_BESIDE_NOUNS |= {verb: SHARE_WORDS for verb in ISSUING_VERBS | ISSUING_NOUNS}
# ... and verbs of composition beside "Partners" (a partnership's name; partnership nouns
# are deal words already): its members are its partners (joint_firms.made_up_jointly).
_BESIDE_NOUNS |= {verb.split()[0]: frozenset({"partners"}) for verb in MEMBERS_VERBS}
# Of those, the passive's participle only ("owned by"; "its own unit" is everywhere).
_PARTICIPLES_ONLY = {"own": {"owned"}, "control": {"controlled"}, "make": {"made"}}
# Plurals that name something else: revenue, partners in general.
_NOT_DEALS = frozenset({"sales", "partners", "partner", "combined", "offerings"})


@cache
def trigger_words() -> dict[str, frozenset[str]]:
    """Every form of every deal predicate's first word, with the words it needs beside it
    (a set lookup per word is far faster than one pattern with hundreds of alternatives)."""
    words: dict[str, frozenset[str]] = {}
    for lemmas, verb in ((VERB_FRAMES, True), (NOUN_FRAMES, False)):
        for lemma in lemmas:
            base = lemma.split()[0]
            for form in forms(lemma, verb=verb) - _NOT_DEALS:
                words[form] = frozenset(_NEEDS.get(base, ()))
    for base, needed in _NEEDS.items():
        for form in forms(base):
            if form in words or base in VERB_FRAMES or base in GETTING_OBJECTS:
                words[form] = frozenset(needed)
    for noun, beside in _relation_nouns().items():
        words.setdefault(noun, beside)
    # things developed together (joint_work.py); "work" is one only beside its partner or
    # its work ("work with", "work on", "work together"): alone it is everywhere
    for lemma in JOINT_WORK_VERBS:
        for form in forms(lemma):
            words.setdefault(form, _WORKING_WITH if lemma == "work" else frozenset())
    # shares tendered to an offer (tenders.py): a deal once they were
    words.setdefault("tendered", frozenset({"shares", "stock"}))
    for base, nouns in _BESIDE_NOUNS.items():
        for form in _PARTICIPLES_ONLY.get(base, forms(base)) - words.keys():
            words[form] = nouns
    return words


def _relation_nouns() -> dict[str, frozenset[str]]:
    """Nouns of a part in a contract ("its partner B", "the distributor of B's goods"), and
    of a firm become another's unit (becoming_units.py), only beside a word of change."""
    nouns = dict.fromkeys(ROLE_NOUNS, frozenset[str]())
    return nouns | dict.fromkeys(OWNED_FIRM_NOUNS, CHANGE_WORDS)


_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")


def deal_words_respelled(text: str) -> str:
    """The text with its mistyped deal words spelt right ("acuqisition")."""
    return respelled(text, _deal_words())


@cache
def _deal_words() -> frozenset[str]:
    """The one-word deal lemmas (respelling inflects them itself), and the verbs of
    supplying and making that an agreement's purpose is read by ("an agreement to
    distribute its products to B", noun_complements)."""
    lemmas = (*VERB_FRAMES, *NOUN_FRAMES, *SUPPLY_VERBS, *MAKING_VERBS)
    return frozenset(w for w in lemmas if " " not in w)


def has_trigger(text: str, *, offer_taken_later: bool = False) -> bool:
    """`offer_taken_later`: a later sentence has a word that takes an offer ("The board
    approved the offer"), so an offer here may be a deal without one beside it; so may an
    offer beside names joined by "and" (two firms bidding together)."""
    words = _WORDS.findall(deal_words_respelled(text).lower())
    # a compound's own words too: "recently-acquired Ozark" holds "acquired"
    present = {*words, *(part for word in words if "-" in word for part in word.split("-"))}
    triggers = trigger_words()
    offers_maybe_taken = offer_taken_later or bool(NAMES_JOINED.search(text))
    return any(
        word in triggers
        and (
            not triggers[word]
            or triggers[word] & present
            or (offers_maybe_taken and word in offer_forms())
        )
        for word in present
    )


# Two names joined by "and" ("Wagner and Brown and AFG Industries", "Harlow Corp and
# Benton Inc"): an offer beside them may be theirs together (joint_bids), taken or not.
NAMES_JOINED = re.compile(r"\b[A-Z][\w.'-]*>?,? (?:and|&) <?[A-Z]")


@cache
def offer_forms() -> frozenset[str]:
    return frozenset(forms("offer") | forms("bid"))


def mentions_an_offer(sentence: str) -> bool:
    return bool(set(_WORDS.findall(sentence.lower())) & offer_forms())


def takes_an_offer(sentence: str) -> bool:
    """A word that takes an offer ("approved", "accepted", "recommended")."""
    return bool(set(_WORDS.findall(sentence.lower())) & _NEEDS["offer"])


# Words that say a sentence dates a deal it refers back to.
DATING_WORDS = re.compile(
    r"\b(?:announc\w*|agreed|agreement|signed|signing|completed|effective|closed|closing"
    r"|reached|concluded)\b",
    re.IGNORECASE,
)


def worth_parsing(sentence: str, organisations: int, *, offer_taken_later: bool = False) -> bool:
    """A deal word, and an organisation; or none and words that refer to two ("the two
    groups"), or a date and a dating word.

    One name is enough: a deal predicate may leave its other party unsaid, a passive
    without its agent ("the stake was acquired from B"), a deal noun without its owner
    ("to finance the acquisition of B"), and that party is then the firm the article is
    about (implicit_agents); or the other party is named in a way only the parser's
    entities see ("K mart"); or the sentence dates a deal told elsewhere."""
    if not has_trigger(sentence, offer_taken_later=offer_taken_later):
        return False
    if organisations:
        return True
    references = _REFERRING.findall(sentence)
    if not references:
        # no party, but it may date a deal told before ("The sale, completed yesterday");
        # only the parse says "Profits of the venture, announced yesterday" do not
        return bool(_DATED.search(sentence)) and bool(DATING_WORDS.search(sentence))
    return any(_PLURAL.search(r) for r in references)


_DATED = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|today|yesterday|(?:19|20)\d\d)\b"
    # "May" is a month mid-sentence (the modal is "may" there)
    r"|(?<=[a-z,] )May\b"
)
_PLURAL = re.compile(r"\b(?:they|their|both|two|companies|firms|groups|sides|parties)\b", re.I)


def reports_market_trading(text: str) -> bool:
    """The article reports stakes traded on the market (a filing, a stake raised or cut):
    shares bought or sold in it are market trades, not alliances."""
    return bool(_MARKET.search(text))
