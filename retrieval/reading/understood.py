"""A question understood once per parse of it.

In one ask, the router (routing.py) and the extractive reader both understand the
question, from the same parse: the annotation cache hands both the one doc it keeps. The
second understanding would be the first over again (2 ms a question, measured), so the
first is kept with the doc, in its user data: it lives as long as the parse does and is
never stored (annotations.EXCLUDE drops user data). A reader given another text (a
misspelling corrected) understands that text afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from retrieval.reading.asking import AskedQuestion, understand

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The user-data key of the understanding kept with a question's doc.
_KEY = "alliance_bot.asked"


def understood(text: str, *, parse: Callable[[str], Doc]) -> AskedQuestion:
    """`understand(text)`, read from the doc when its parse was understood before."""
    doc = parse(text)
    kept = doc.user_data.get(_KEY)
    if isinstance(kept, AskedQuestion) and kept.text == text:
        return kept
    asked = understand(text, parse=lambda _: doc)
    doc.user_data[_KEY] = asked
    return asked
