"""Sentences that lean on the one before them: an opening anaphor ("This was done because
..."), a reported clause that refers back, or a personal pronoun ("He said the consortium
..."). The reader quotes the first kind together with its antecedent sentence and reads the
names of both for a sentence that continues the one before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.matching import ArticleNames
from retrieval.reading.reported_anaphors import reports_back

if TYPE_CHECKING:
    from retrieval.reading.found import Finding

# A sentence opening with one of these refers back to the one before it ("This was done
# because ..."): it is read, and quoted, together with it.
ANAPHORS = frozenset({"this", "that", "these", "those", "such", "it", "they"})
# A sentence opening with a personal pronoun continues the one before it too ("He said the
# consortium ..."): enough to find whom it is about, though not worth quoting beside it.
CONTINUING = ANAPHORS | {"he", "she"}


def refers_back(text: str, anaphors: frozenset[str] = ANAPHORS) -> bool:
    """The sentence opens with a word that refers to the one before it, or reports a
    clause that does ("He said they are Pratt and Whitney, General Electric and ...")."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in anaphors or reports_back(text)


def continues(text: str) -> bool:
    return refers_back(text, CONTINUING)


def names_around(finding: Finding) -> ArticleNames:
    """The names of the answering sentence and of the one before it that it continues."""
    position = finding.sentence.position
    follows = position > 0 and continues(finding.sentence.text)
    before = finding.article.sentences[position - 1].text if follows else ""
    return ArticleNames(" ".join([before, finding.sentence.text]))
