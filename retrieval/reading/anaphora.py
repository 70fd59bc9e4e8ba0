"""A party a question's scene introduces by an indefinite noun phrase and its question
then refers back to with a demonstrative: "Acme just finished its tender for a valve
maker. What share will that company own of its Dutch venture?" The indefinite ("a valve
maker") brings in a referent the asker does not name; the demonstrative ("that company")
picks it up again. That referent is the bridge: the scene's statement is its description
(first hop), and the question asks about it (second hop), so the scene's own article
answers only the description, never the question.

Not every indefinite brings in a referent. A predicate or an apposition says what a party
already named is ("Acme is a chip maker", "Acme, a maker of valves, ..."), and one under a
modal or a negation names a party that need not exist ("Acme may buy a chip maker"): a
demonstrative after them points back to the named party, not to a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.reading.bridge_parties import party_labels
from retrieval.reading.bridging import Bridge, named_party

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import AskedQuestion
    from retrieval.reading.evidence import ArticleEvidence
    from retrieval.reading.found import Reading

# Determiners, by their morphology, that introduce a new referent ("a", "an") and that
# point back to one ("that", "this").
_INDEFINITE = {"Definite": "Ind"}
_DEMONSTRATIVE = {"PronType": "Dem", "Number": "Sing"}
# An indefinite noun in these relations describes its head, a party already there.
_PREDICATES = frozenset({"attr", "appos", "oprd"})
# A verb's complement or conjunct is as hypothetical as the verb ("may seek to buy ...").
_SHARING_MOOD = frozenset({"xcomp", "conj"})


@dataclass(frozen=True)
class Anaphor:
    """The scene sentence that introduces the party, and the question's words for it."""

    scene: Span
    antecedent: Token  # the indefinite noun: where a stating sentence names the party
    anaphor: Span


def bridge_back(
    text: str,
    asked: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
    *,
    search: Callable[[str], Sequence[ArticleEvidence]],
    parse: Callable[[str], Doc],
) -> Bridge | None:
    """The party the scene introduces and the question refers back to, found by the
    scene's statement (bridging.py), with the question alone asked of it by name: the
    scene's words only describe the party and would bring back its article."""
    back = referred_back(parse(text))
    if back is None:
        return None
    # the scene's noun phrase for the party is what a stating sentence writes as its name,
    # so its words are no part of what the sentence must state
    noun = back.antecedent
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1].text
    said = back.scene.text.replace(phrase, " ", 1)
    named = named_party(
        back.scene, said, asked, articles, reading, search=search, noun=noun, role=noun
    )
    if named is None:
        return None
    name, found = named
    start = back.anaphor.sent.start_char
    asked_again = text[start : back.anaphor.start_char] + name + text[back.anaphor.end_char :]
    return Bridge(asked_again.strip(), found)


def referred_back(doc: Doc) -> Anaphor | None:
    """The first singular demonstrative noun phrase for a party (firm, person or place noun:
    "that company", "that developer") of a later sentence, and the nearest indefinite one
    for a party of an earlier sentence that introduces it ("a valve maker"). Only a party is
    found by name and asked of: the same noun for a thing refers back to what the scene's
    own article tells of ("a supply deal" ... "that deal", "a stake" ... "that stake",
    "a year ago" ... "this year")."""
    for token in doc:
        det = _determiner(token, _DEMONSTRATIVE)
        if det is None or token.sent.start == 0 or not party_labels(token.lemma_.lower()):
            continue
        antecedent = _antecedent(doc[: token.sent.start])
        if antecedent is not None:
            return Anaphor(antecedent.sent, antecedent, doc[det.i : token.i + 1])
    return None


def _antecedent(before: Span) -> Token | None:
    """The last indefinite noun for a party (firm, person or place noun) in `before` that
    introduces it."""
    found = None
    for token in before:
        if _determiner(token, _INDEFINITE) is None or not party_labels(token.lemma_.lower()):
            continue
        if _introduces(token):
            found = token
    return found


def _introduces(noun: Token) -> bool:
    """Does the indefinite noun bring a party into the scene: neither a predicate nor an
    apposition, and asserted (no modal or negation on the verb it belongs to)?"""
    if noun.dep_ in _PREDICATES:
        return False
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    while True:
        if any(_hypothetical(child) for child in verb.children):
            return False
        if verb.dep_ not in _SHARING_MOOD or verb.head is verb:
            return True
        verb = verb.head


def _hypothetical(child: Token) -> bool:
    """A modal ("may", "would") or a negation ("not", "never") on a verb."""
    return child.dep_ == "neg" or (child.dep_ in {"aux", "auxpass"} and child.tag_ == "MD")


def _determiner(token: Token, features: dict[str, str]) -> Token | None:
    """The token's determiner when the token is a common noun and that determiner has the
    morphological `features`."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ != "det" or child.i > token.i:
            continue
        if all(child.morph.get(name, []) == [value] for name, value in features.items()):
            return child
    return None
