"""What a rumour says: a clause that is the content of a noun of hearsay ("rumours that
Halden may make a bid", "speculation the company would take a 10 pct stake") tells what is
said to be so, not what is; its figures and parties answer only a question asking about the
rumour ("what stake was it rumoured to take").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.nlp.hearsay_words import CONFIRMING_VERBS, RUMOUR_NOUNS
from retrieval.reading.negation import REFUSING_VERBS, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

# A question asking about the rumour itself ("rumoured", "the speculation that").
_ASKS_HEARSAY = re.compile(r"\b(rumou?r|speculat|gossip|hearsay)", re.IGNORECASE)
# Clause links by which a clause is a noun's content ("rumours that ..."); a relative
# clause counts only when no relative pronoun opens it (see _tells_of).
_CONTENT_LINKS = frozenset({"acl", "ccomp", "relcl"})
# A relative pronoun opens a clause saying something OF the rumour ("rumours, which lifted
# the stock"), not what the rumour says.
_RELATIVE_PRONOUNS = frozenset({"which", "who", "whose", "whom"})


def asks_hearsay(question: str) -> bool:
    return _ASKS_HEARSAY.search(question) is not None


def in_hearsay(token: Token) -> bool:
    """The token is in a clause that is a hearsay noun's content: the clause's verb hangs on
    the noun, or (the parse hanging it higher) the clause starts right after the noun,
    "that" aside ("comment on rumours the company would take a stake")."""
    for verb in (t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")):
        if verb.dep_ not in _CONTENT_LINKS or _of_the_rumour(verb):
            continue
        noun = verb.head
        before = verb.left_edge.i - 1
        if before >= 0 and verb.doc[before].lower_ == "that":
            before -= 1
        if noun.lemma_.lower() not in RUMOUR_NOUNS and before >= 0:
            noun = verb.doc[before]
        if noun.lemma_.lower() in RUMOUR_NOUNS:
            return not _confirmed(noun)
    return False


def _confirmed(noun: Token) -> bool:
    """The rumour is confirmed by the sentence's speaker ("Corvex confirmed rumours that
    it had taken a stake", "rumours that ... were confirmed"; not "did not confirm"): its
    content is then a fact. Whatever the link to the verb: the parse may hang "market
    rumours" on "confirmed" as a clause."""
    verb = noun.head
    if verb.lemma_.lower() not in CONFIRMING_VERBS or negated(verb):
        return False
    # "declined to confirm rumours": the confirming verb is what the speaker refused
    return not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS)


def _of_the_rumour(verb: Token) -> bool:
    """A relative clause a relative pronoun opens tells of the rumour, not its content."""
    return verb.dep_ == "relcl" and any(
        t.lower_ in _RELATIVE_PRONOUNS for t in verb.children if t.i < verb.i
    )
