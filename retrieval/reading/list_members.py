"""Which names of the asked kind a line gives as members of a plural noun's list ("In
which cities is Creditanstalt opening representative offices?").

A news sentence names places and firms for many reasons ("when Allegis sold Westin hotels
in San Francisco and Chicago", "Creditanstalt, the largest commercial bank in Austria,
has arranged ..."); the list's members are the arguments of the asked relation: the names
the asked verb takes, directly ("sold by Ashland Oil and First Mississippi"), through a
preposition and the noun it hangs on ("sold its stake in Volksfuersorge"), or conjoined
with and set beside each other ("in Tokyo, Hong Kong, Moscow and Prague"). A name whose
nearest governing verb is another one answers that verb's relation, not the asked one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.registry.syntax import predicate_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# Verbs of reporting: a question's "which companies are named as operators" asks what the
# article says, and a sentence's "a company named IOG" names; neither is a relation.
_REPORTING = frozenset({"name", "say", "report", "mention", "cite", "list", "announce"})
# Verbs that head a preposition ("including BMW", "following the sale") link a name to
# the noun before them; they are not the clause's verb.
_LINKING = frozenset({"prep"})


def governed_by_asked(name: Span, part: Part) -> bool:
    """Whether the nearest verb governing the name is the asked one ("open", "sell")."""
    verb = _governing_verb(name.root)
    return verb is not None and _asked(verb, part)


def _governing_verb(token: Token) -> Token | None:
    for head in token.ancestors:
        if head.pos_ in {"VERB", "AUX"} and head.dep_ not in _LINKING:
            return head
    return None


def _asked(verb: Token, part: Part) -> bool:
    """The asked verb, when it says which relation: not a verb of so many senses ("get",
    "have") or of reporting, which any sentence's verb might be a way of."""
    asked = part.phrasal or part.predicate
    if asked is None or asked in GENERAL_VERBS or asked in _REPORTING:
        return False
    if part.phrasal:  # "set up offices" answers "set up", "set prices" does not
        return predicate_lemma(verb).replace(" ", "_") == part.phrasal
    return verb.lemma_.lower() == part.predicate
