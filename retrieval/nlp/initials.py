"""An initialism written out in common words: "OEM" in "serve original equipment
manufacturers", "NMR" in "nuclear magnetic resonance imaging". An article naming a thing
so need not write its initialism; a question using the initialism still means it.
"""

from __future__ import annotations

import re

from retrieval.nlp.vocabulary import is_stop_word

# Shorter initialisms are too often the initials of some words in a row by chance ("PC":
# "price cut"); longer ones are rarely written out in lower case at all.
MIN_LETTERS = 3
MAX_LETTERS = 6
_WORD = re.compile(r"[A-Za-z]+")


def is_initialism(word: str) -> bool:
    """Two or more capitals and nothing else ("EU", "OEM"); "J.P." with its full stops is a
    person's initials."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def written_out(initialism: str, text: str) -> bool:
    """Does `text` write `initialism` out as that many lower-case content words in a row,
    each opening with the next letter? Function words ("of", "and") break the row: they are
    rarely a letter of a business initialism, and counting them would let chance match."""
    if not is_initialism(initialism):
        return False
    if not MIN_LETTERS <= len(initialism) <= MAX_LETTERS:
        return False
    letters = initialism.lower()
    row = 0  # how many letters the words ending here have spelled
    for word in _WORD.findall(text):
        content = word.islower() and not is_stop_word(word)
        if content and word[0] == letters[row]:
            row += 1
        elif content and word[0] == letters[0]:
            row = 1
        else:
            row = 0
        if row == len(letters):
            return True
    return False
