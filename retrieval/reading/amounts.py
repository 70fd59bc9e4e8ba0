"""What an amount is the amount of: an amount of the asked kind may measure another noun
("assets of 200 mln dlrs", "a 5.1 billion dlr holding company"), which is no answer to
what was paid or held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import Kind, focus_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Kinds whose answer, written as "N of <amount>", measures that noun.
MEASURE_KINDS = frozenset({Kind.MONEY, Kind.PERCENT})
# Dependencies of a word modifying a noun before it ("a 5.1 billion dlr company").
MODIFIERS = frozenset({"nmod", "compound", "amod", "nummod"})


def measures_another(span: Span, anchors: list[tuple[Token, float]]) -> bool:
    """The amount is the measure of a noun the question does not ask about: "assets of
    200 mln dlrs", "sales of 12 pct" -- the "of" hangs on that noun."""
    noun = _measured_noun(span.root)
    if noun is None or noun.pos_ != "NOUN":
        return False
    if focus_kind(noun.lemma_) in MEASURE_KINDS:
        return False  # "a price of", "a stake of": the amount is what is asked
    return noun.i not in {token.i for token, _ in anchors}


def _measured_noun(amount: Token) -> Token | None:
    """The noun an amount measures: the head of its "of" ("assets of 200 mln dlrs"), or
    the noun a participle that takes the amount modifies ("assets totalling 200 mln dlrs",
    "sales amounting to 12 pct"): a reduced relative clause describes its noun; a firm the
    amount modifies."""
    head = amount.head
    if amount.dep_ == "pobj" and head.lower_ == "of":
        # "in excess of", "for a total of": a complex preposition, no measured noun; but
        # "with" introduces a noun ("banks with assets of ...")
        noun = head.head
        complex_preposition = noun.dep_ == "pobj" and noun.head.lower_ != "with"
        return None if complex_preposition else noun
    if amount.dep_ == "pobj" and head.dep_ == "prep":
        amount, head = head, head.head  # "amounting to", "running at"
    participle = head.dep_ == "acl" and head.tag_ == "VBG"
    # a reduced relative follows its noun ("assets totalling"); a gerund the parse hung far
    # away ("subject to approval ... and to Welsh Carson obtaining ...") is no such clause
    if amount.dep_ in ("dobj", "attr", "prep") and participle and head.head.i == head.i - 1:
        return head.head
    if amount.dep_ in MODIFIERS and focus_kind(head.lemma_) is Kind.ORG:
        return head  # "a 5.1 billion dlr holding company": the firm's size
    return None
