"""Parts ordered in time: "How many shares did Henley hold in March, and what level did it
later file to go up to?" asks, in its second part, for an event after the first part's, and
newswire reports each step of a story in a new article. An adverb of sequence on a part's
verb ("later", "since", "subsequently") orders its event after the events of the question's
other parts, and "originally", "initially" or "first" orders one before a part asked as
later; so its answer comes from an article dated after (or before) the articles answering
them. The first reading may have answered such a part from the other parts' article (which
restates the old figure) or from a sibling story of the same day: when a finding of the part
from an article dated on the asked side answers nearly as well, that one answers instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING

from retrieval.reading.found import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.reading.asking import Part


class Order(Enum):
    BEFORE = -1
    AFTER = 1


# Adverbs of sequence, by lemma, when they modify a verb ("did it later file", "has since
# topped", "were first sued"); not "since March" (a preposition), nor "first-quarter" (an
# adjective), nor "then" (as often "in that case" as "next").
_AFTER = frozenset({"later", "since", "subsequently", "afterwards", "afterward", "eventually"})
_BEFORE = frozenset({"originally", "initially", "first", "earlier", "previously"})
_VERBS = frozenset({"VERB", "AUX"})
# A finding on the asked side of the other parts answers instead when it scores at least
# this share of the first reading's: the order is the part's own word for which report it
# means, and the other report often restates the older figure in words closer to the
# question's ("close to five pct" beside "up to 24.9 pct").
ORDER_FLOOR = 0.5


def asked_order(doc: Doc) -> Order | None:
    """The order in time a part's adverb of sequence gives its event, if any."""
    for token in doc:
        if token.dep_ != "advmod" or token.head.pos_ not in _VERBS:
            continue
        word = token.lower_
        if word in _AFTER:
            return Order.AFTER
        if word in _BEFORE:
            return Order.BEFORE
    return None


def in_order(
    parts: Sequence[Part],
    chosen: Sequence[Finding],
    by_part: Sequence[Sequence[Finding]],
    parse: Callable[[Sequence[str]], Sequence[Doc]],
) -> list[Finding]:
    """The chosen findings (in part order), each part ordered in time answered from an
    article dated on the asked side of the other parts' articles when one answers nearly as
    well. Parts asked before the rest are settled first: "what did it originally ask, and
    what did it later agree" orders the later part after the original one's answer."""
    if len(chosen) < 2 or len(parts) < 2:
        return list(chosen)
    orders = dict(
        zip(parts, (asked_order(doc) for doc in parse([p.text for p in parts])), strict=True)
    )
    found = list(chosen)
    for order in (Order.BEFORE, Order.AFTER):
        for index, finding in enumerate(found):
            if orders.get(finding.part) is not order:
                continue
            # "later" follows the events the other parts ask about; "first" or
            # "originally" orders an event only against a part asked as later ("were
            # first sued" alone is the first of several suits, reported in any article)
            others = [
                f
                for i, f in enumerate(found)
                if i != index and (order is Order.AFTER or orders.get(f.part) is Order.AFTER)
            ]
            findings = by_part[parts.index(finding.part)]
            found[index] = _ordered(finding, others, findings, order)
    if found == list(chosen):
        return found
    return [_restored(f, found, by_part[parts.index(f.part)]) for f in found]


def _restored(finding: Finding, found: list[Finding], findings: Sequence[Finding]) -> Finding:
    """The finding with the answers it lost to a part that now answers otherwise: a
    sentence whose first answer another part took was read for its next one
    (selection._without), and gets the first one back once no other part gives it."""
    whole = next((f for f in findings if f.sentence is finding.sentence), finding)
    if len(whole.answers) <= len(finding.answers):
        return finding
    taken = {a.text for f in found if f is not finding for a in f.answers[:1]}
    return whole if whole.answers[0].text not in taken else finding


def _ordered(
    finding: Finding, others: list[Finding], findings: Sequence[Finding], order: Order
) -> Finding:
    """The finding, or the best of the part's findings dated on the asked side of the other
    parts' articles, with an answer no other part gave, scoring near enough."""
    dates = [f.article.chunk.date for f in others if f.article.chunk.date]
    if not dates:
        return finding
    bound = max(dates) if order is Order.AFTER else min(dates)
    if _on_side(finding.article.chunk.date, bound, order):
        return finding
    taken = {a.text for f in others for a in f.answers[:1]}
    placed = [
        f
        for f in findings
        if f.answers
        and f.answers[0].text not in taken
        and _on_side(f.article.chunk.date, bound, order)
        and f.score >= ORDER_FLOOR * finding.score
    ]
    return max(placed, key=lambda f: f.score, default=finding)


def _on_side(date: str | None, bound: str, order: Order) -> bool:
    """The date lies strictly on the asked side of the bound (ISO dates compare as text)."""
    if not date:
        return False
    return date > bound if order is Order.AFTER else date < bound
