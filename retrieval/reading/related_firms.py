"""Which related party a parsed sentence itself names, and whether it names another firm
beside it: a sentence naming one of the parties a part relates and another firm in that
party's clause states a deal of that party's with the other firm ("Air Canada agreed to buy
Gelco Express for 54 mln dlrs" for "what did Air Canada pay for its stake in EMS").

A party is found where the sentence writes it: as whole words, or as a name the sentence's
entities write in full ("Goldman, Sachs and Co." for "Goldman Sachs", "LSE" defined for
"London Stock Exchange") -- not by a word another name shares ("Life" of "Sumitomo Life
Insurance Co" is no "Nippon Life"). The headline does not count: it says what the article
is about, not what each of its sentences says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.matching import ArticleNames
from retrieval.reading.part_names import clause_of, whole_word
from retrieval.reading.public_bodies import a_public_body

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.asking import AskedQuestion
    from retrieval.reading.evidence import ArticleEvidence

# Entities that may write a party's name: firms, and firms the recogniser takes for
# people or places ("Electrolux" as a place).
_NAMING_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP"})


def names_another_firm(
    doc: Doc, question: AskedQuestion, article: ArticleEvidence, related: tuple[str, ...]
) -> bool:
    """A firm the sentence names (an organisation, not a public body) that is none of the
    question's names, nor a full name the article writes for one of them ("Tarsel Data
    Systems" for "TDS"), as an argument of the clause a related party is one of: the
    sentence states a relation of that party's with it. A firm in another clause, or
    where something happens ("on the New York Stock Exchange"), is no side of it."""
    names = tuple(question.names)
    full = [ArticleNames(written) for written in article.names.written_out(names)]
    # a short form related ("DWC") is its full name where the sentence writes that
    # ("Dorrance Weller said it signed ..."): one party, whose clause is read alike
    clauses = {
        clause
        for name in related
        for token in party_mentions(doc, (name, *article.names.written_out((name,))))
        if (clause := clause_of(token)) is not None
    }
    return any(
        ent.label_ == "ORG"
        and not a_public_body(ent)  # a regulator ruling on a deal is no partner in it
        and not any(ArticleNames(ent.text).mentions(n, loose=True) for n in names)
        and not any(written.mentions(ent.text, loose=True) for written in full)
        and clause_of(ent.root) in clauses
        for ent in doc.ents
    )


def named_itself(doc: Doc, article: ArticleEvidence, related: tuple[str, ...]) -> int:
    """How many of the related parties the sentence itself writes (headline aside)."""
    return sum(
        bool(party_mentions(doc, (name, *article.names.written_out((name,))))) for name in related
    )


def party_mentions(doc: Doc, spellings: tuple[str, ...]) -> list[Token]:
    """The head words of where the sentence writes a party under one of its spellings: as
    whole words, or as an entity whose text writes the name (not merely one word of it)."""
    found = []
    for spelling in spellings:
        for match in whole_word(spelling).finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                found.append(span.root)
    found += [
        ent.root
        for ent in doc.ents
        if ent.label_ in _NAMING_ENTITIES
        and any(ArticleNames(ent.text).writes(spelling) for spelling in spellings)
    ]
    return found
