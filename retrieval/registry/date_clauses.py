"""Which clause's time a date is: an adverbial clause opened by "after", "since",
"before", "because", "if" … tells of another event than the clause it hangs on, at
another time (or at none the sentence relates), so a date in one does not date a deal in
the other: "the only acquisition since lawmakers approved banking effective January 1",
"joined X in March 1986, resigning after X was acquired by Y". A clause of the same time
("when", "as", "while") may share its date (deal_dates reads "the year when")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subordinators of a clause whose event is at another time than its host's, or at one
# the sentence does not relate to it (a cause, a condition, a concession).
OTHER_TIME_MARKS = frozenset(
    "after before since until till once because although though if unless whereas".split()
)


def of_another_time(clause: Token) -> bool:
    """Is `clause` an adverbial clause its subordinator sets at another time ("since
    lawmakers approved …", "after it was acquired")?"""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in clause.children
    )
