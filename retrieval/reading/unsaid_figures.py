"""Figures an article says it does not give: "He was unable to say how many shares were
repurchased", "declined to say how much it paid for the MD-11s", "did not say how much
the division lost". News writing reports a source's silence this way when the figure is
what readers would ask; an amount elsewhere in that article ("had been authorized to
repurchase 4.6 mln shares", "The mill, worth about 40 mln dlrs according to analysts")
is then another figure, not the one left unsaid -- unless it is tied to what is asked
within its clause, as an answer stated later may be (as for an article withholding its
deal's terms, undisclosed.py). A count of the asked noun is always so tied, so a count
("had been authorized to repurchase 4.6 mln shares") is still given: the tie cannot tell an
authorized count from one done. Other articles may still tell the figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import names_a_saying
from retrieval.reading.negation import DISCLOSING_VERBS, REFUSING_VERBS, negated
from retrieval.reading.withheld_things import articles_with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.asking import Part
    from retrieval.reading.found import Finding

# Words saying a source could not or would not tell: "unable to say", "declined to say".
NOT_TELLING = REFUSING_VERBS | {"unable"}
# Quantity words a "how" opens an embedded question of an amount with.
QUANTITY_WORDS = frozenset({"much", "many"})
# Cheap cues for the sentences worth parsing: an embedded "how much/many" and a word that
# may deny the saying (only these sentences are parsed).
_HOW_MUCH = re.compile(r"\bhow (?:much|many)\b")
_DENIAL = re.compile(r"n't\b|\b(?:not|never|unable|declin\w*|refus\w*)\b")


@dataclass(frozen=True)
class Unsaid:
    """An amount left unsaid: the verb of the embedded question ("repurchase") and the
    noun "how many" counts ("share"; None after "how much")."""

    verb: str
    noun: str | None


def unsaid_amounts(doc: Doc) -> list[Unsaid]:
    """The amounts the sentence says are not told: a "how much/many" question embedded
    under a verb of saying that is denied ("did not say", "declined to say", "was unable
    to say"). One told ("said how many shares it bought") is no silence."""
    found = []
    for how in doc:
        following = doc[how.i + 1] if how.i + 1 < len(doc) else None
        if how.lower_ != "how" or following is None or following.lower_ not in QUANTITY_WORDS:
            continue
        noun = _counted(following)
        # "how many of the shares Halden bought": the parse may make "many" the clause
        clause = next((a for a in [following, *following.ancestors] if a.dep_ == "ccomp"), None)
        if clause is not None and _denied_saying(clause.head):
            verb = _clause_verb(clause)
            found.append(Unsaid(verb.lemma_.lower(), noun.lemma_.lower() if noun else None))
    return found


def _counted(quantity: Token) -> Token | None:
    """What "how many/much" measures: the noun it modifies ("how many shares") or its
    "of" object ("how many of the shares", "how much of the stock")."""
    if quantity.dep_ == "amod":
        return quantity.head
    of = [o for c in quantity.children if c.lower_ == "of" for o in c.children]
    return next((o for o in of if o.dep_ == "pobj"), None)


def _clause_verb(clause: Token) -> Token:
    """The verb of the embedded question: the clause's head, or, where the parse heads it
    with the quantity ("how many of the shares Halden bought"), the verb inside it."""
    if clause.pos_ in {"VERB", "AUX"}:
        return clause
    return next((t for t in clause.subtree if t.pos_ == "VERB"), clause)


def _denied_saying(verb: Token) -> bool:
    saying = verb.lemma_.lower() in DISCLOSING_VERBS or names_a_saying(verb.lemma_.lower())
    if not saying:
        return False
    # "declined to say", "was unable to say": the infinitive hangs on the refusal
    above = verb.head if verb.dep_ == "xcomp" else None
    refused = above is not None and (above.lemma_.lower() in NOT_TELLING or negated(above))
    return negated(verb) or refused


def leaves_unsaid(unsaid: Unsaid, part: Part) -> bool:
    """The figure left unsaid is the asked one: it measures the asked noun ("how many
    shares" for "how many shares had it bought back"), or its question has the asked verb
    ("how much it paid" for "how much did it pay")."""
    return unsaid.noun == part.focus or unsaid.verb == part.predicate


def articles_leaving_unsaid(
    part: Part, found: Sequence[Finding], parse: Callable[[Sequence[str]], list[Doc]]
) -> set[str]:
    """The ids of the findings' articles with a sentence saying the asked figure is not
    told (only the sentences that could say so are parsed)."""
    return articles_with(
        found,
        parse,
        lambda doc: any(leaves_unsaid(u, part) for u in unsaid_amounts(doc)),
        cue=lambda text: bool(_HOW_MUCH.search(text.lower()) and _DENIAL.search(text.lower())),
    )
