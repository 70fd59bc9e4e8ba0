"""What an alliance record says besides its parties: areas of cooperation and the people.

The sentences about an alliance are its deal sentences, the sentences naming two of its
parties, and those referring back to "the agreement" or "the two sides" after its first
mention; areas come from those, people from those (signatories, witnesses, attendees) or
from anywhere in the article when they speak for one of the parties.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.models import Area, Participant
from retrieval.registry.areas import find_areas
from retrieval.registry.candidates import forms
from retrieval.registry.lexicon import VERB_FRAMES
from retrieval.registry.org_words import FIRM_KIND_NOUNS, ORG_NOUNS
from retrieval.registry.people import PersonSpan
from retrieval.registry.respelling import plural
from retrieval.registry.roles import assign_parts

# Words that never modify a noun but put a verb after them: "The company will purchase",
# "the group can contract out" (purchase, deal, contract and venture are verbs too).
_BEFORE_A_VERB = r"(?:will|would|may|might|can|could|shall|should|must|to|do|does|did|also|not)"
_ANAPHORA = re.compile(
    # up to two modifiers: "the KMA joint venture", "the proposed joint venture"; a takeover
    # offer or bid is the deal to shareholders ("when the offer closed on April 23")
    rf"\b(?:the|this|both) (?:(?!{_BEFORE_A_VERB}\b)[\w-]+ ){{0,2}}?"
    r"(?:agreement|cooperation|partnership|alliance|deal|venture|memorandum|acquisition|merger"
    r"|purchase|sale|transaction|takeover|accord|pact|contract|letter of intent|offer|bid)\b"
    r"|\b(?:the two|both) (?:sides|parties|companies|groups|firms)\b"
    # a plural of firms doing what only two together do is the deal's two ("the banks merged",
    # "the two airlines combined")
    rf"|\bthe (?:two )?(?:{'|'.join(sorted(plural(n) for n in FIRM_KIND_NOUNS if n[-1] != 's'))})"
    r" (?:have |had )?(?:merged|combined)\b",
    re.IGNORECASE,
)

# "Taft agreed in November to sell the stations": a definite description bought or sold
# in a later sentence ("the stations", "the division", "the Ohio-based company") is what
# the deal told before sold, when its head is a firm noun or the deal's sentence's own
# word for it ("its television stations"); a new deal would name or introduce its thing.
# The verbs of changing hands: the lexicon's one-word verbs whose object is the thing bought
# or sold ("buy", "acquire", "sell", "divest"), in every form.
_CHANGING_HANDS = "|".join(
    sorted(
        {
            form
            for lemma, frame in VERB_FRAMES.items()
            if " " not in lemma
            and frame.kind == "acquisition"
            and frame.slots.get("obj") == "target"
            for form in forms(lemma, verb=True)
        },
        key=len,
        reverse=True,
    )
)
# Where a noun phrase after a verb ends: a mark, or a preposition or relative word.
_PHRASE_END = r"(?=\s*[,.;]|\s+(?:in|of|for|from|to|which|that|at|on|by)\b)"
_DEFINITE_OBJECT = re.compile(
    rf"\b(?:{_CHANGING_HANDS})\s+the\s+(?:[\w-]+\s+){{0,4}}?(?P<head>[\w-]+){_PHRASE_END}",
    re.IGNORECASE,
)
# What a deal's own sentence says changed hands: the words after a verb of changing hands
# or after "the sale of" ("sell its independent television stations to", "the sale of its
# pump division to"), up to the preposition or mark that ends the phrase.
_THING_SOLD = re.compile(
    rf"\b(?:(?:{_CHANGING_HANDS})|(?:sale|purchase|acquisition)(?:,[^,.;]{{1,60}},)? of)\s+"
    rf"(?P<thing>(?:[\w-]+\s+){{0,4}}?[\w-]+){_PHRASE_END}",
    re.IGNORECASE,
)
# "acquire the Austin, Texas-based foodservice distributor": what is based somewhere is a
# firm, whatever its head noun, and a place may take a comma inside the description.
_BASED_OBJECT = re.compile(
    rf"\b(?:{_CHANGING_HANDS})\s+the\s+(?:[\w-]+,?\s+){{0,3}}?[\w-]+-based\b", re.IGNORECASE
)
_WORD = re.compile(r"[\w-]+")


def _things_sold(sentences: Sequence[ArticleSentence]) -> set[str]:
    """The words the deal's sentences use for what changed hands, lower-cased."""
    return {
        word
        for s in sentences
        for match in _THING_SOLD.finditer(s.text)
        for word in _WORD.findall(match.group("thing").lower())
    }


def _bought_again(sentence: ArticleSentence, told: set[str], names: Sequence[str]) -> bool:
    """The sentence buys or sells again, by its definite description, what the deal did."""
    for match in _BASED_OBJECT.finditer(sentence.text):
        if not _another_side(sentence, match.start(), names):
            return True
    for match in _DEFINITE_OBJECT.finditer(sentence.text):
        head = match.group("head").lower()
        if _another_side(sentence, match.start(), names):
            continue
        if head in ORG_NOUNS or head in told:
            return True
    return False


def _another_side(sentence: ArticleSentence, verb_at: int, names: Sequence[str]) -> bool:
    """A firm besides the record's named as the verb's subject (right before it, a few
    auxiliaries between: "In 1985, Orvane Corp bought the division") buys or sells in a
    deal of its own; a party's own unit ("its <Orvane Corp> unit had agreed to buy") acts
    for the party."""
    before = sentence.text[:verb_at]
    for name in (n for n in sentence.names if n not in names):
        subject = rf"{re.escape(name)}[\w.]*>?(?:\s+(?:[\w-]+|\w+>)){{0,3}}\s*$"
        if re.search(subject, before) and not re.search(rf"\bits <?{re.escape(name)}", before):
            return True
    return False


@dataclass(frozen=True)
class ArticleSentence:
    position: int  # -1 for the headline
    text: str
    names: tuple[str, ...]  # canonical organisation names, in order
    people: tuple[PersonSpan, ...]
    sure: frozenset[str] = frozenset()  # the names with the shape of a company


def about(
    names: Sequence[str],
    positions: Sequence[int],
    sentences: Sequence[ArticleSentence],
    own: Sequence[str] = (),
) -> list[ArticleSentence]:
    first = min(positions)
    told = _things_sold([s for s in sentences if s.position in positions])
    chosen = []
    for sentence in sentences:
        named = set(sentence.names) & set(names)
        refers = sentence.position > first and (
            _refers_back(sentence, [*names, *own]) or _bought_again(sentence, told, [*names, *own])
        )
        if sentence.position in positions or len(named) >= 2 or refers:
            chosen.append(sentence)
    return chosen


def _refers_back(sentence: ArticleSentence, names: Sequence[str]) -> bool:
    """ "The acquisition will ...": a definite deal noun refers to the deal told before; not
    "the purchase of Systems Research", a deal of another company the sentence names."""
    others = [n for n in sentence.names if n not in names]
    for match in _ANAPHORA.finditer(sentence.text):
        after = sentence.text[match.end() :]
        if not any(after.startswith((f" of {n}", f" of <{n}")) for n in others):
            return True
    return False


def areas_of(sentences: Sequence[ArticleSentence], names: Sequence[str]) -> list[Area]:
    exclude = frozenset(name.lower() for name in names)
    seen: set[str] = set()
    found = []
    for sentence in sentences:
        if sentence.position < 0:
            continue
        for area in find_areas(sentence.text, exclude=exclude):
            if area.name.lower() not in seen:
                seen.add(area.name.lower())
                found.append(area)
    return found


def people_of(
    names: Sequence[str],
    chosen: Sequence[ArticleSentence],
    sentences: Sequence[ArticleSentence],
) -> list[Participant]:
    chosen_positions = {s.position for s in chosen}
    found: list[Participant] = []
    for sentence in sentences:
        for span, part in assign_parts(sentence.text, list(sentence.people)):
            person = span.mention
            ours = person.organization in names
            if part == "quoted" and not ours:
                continue
            if part != "quoted" and sentence.position not in chosen_positions:
                continue
            if any(p.name == person.name for p in found):
                continue
            found.append(
                Participant(
                    name=person.name,
                    title=person.title,
                    organization=person.organization,
                    part=part,
                    evidence=sentence.text,
                )
            )
    return found
