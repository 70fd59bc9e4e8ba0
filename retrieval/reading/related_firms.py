"""Which related party a parsed sentence itself names, and whether it names another firm
beside it: a sentence naming one of the parties a part relates and another firm in that
party's clause states a deal of that party's with the other firm ("Air Canada agreed to buy
Gelco Express for 54 mln dlrs" for "what did Air Canada pay for its stake in EMS").

A party is found where the sentence writes it: as whole words, or as a name the sentence's
entities write in full ("Goldman, Sachs and Co." for "Goldman Sachs", "LSE" defined for
"London Stock Exchange") -- not by a word another name shares ("Life" of "Sumitomo Life
Insurance Co" is no "Nippon Life"). A headline says what the article is about, not what
each of its sentences says: under one naming the other party, a firm that acts where the
question has that party act ("Sumitomo Bank spent 500 mln dlrs to become a partner in
Goldman" for what Nippon Life paid for its Goldman stake) does the asked act itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.wordnet_derivations import source_verbs
from retrieval.reading.matching import ArticleNames
from retrieval.reading.named_subjects import has_subject
from retrieval.reading.negation import REFUSING_VERBS
from retrieval.reading.part_names import clause_of, conjoined, whole_word
from retrieval.reading.public_bodies import a_public_body
from retrieval.registry.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import AskedQuestion, Part
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
    return bool(other_firms(doc, question, article, related))


def another_actor(
    doc: Doc, question: AskedQuestion, article: ArticleEvidence, related: tuple[str, ...]
) -> bool:
    """Another firm acts on a verb of the clause a related party is in ("Sumitomo Bank
    spent 500 mln dlrs to become a partner in Goldman", "a proposal from Deutsche Boerse"):
    the act asked of a party is another's. A firm only receiving or selling ("will pay 40
    mln dlrs to Corbel Investments for the stake") may be the asked deal's third side; one
    reporting it ("..., Reuters reported"), acting in a clause joined by "and" or "but"
    ("Tamura Bank had offered 450 mln dlrs, but the insurer paid ..."), not acting ("did
    not bid", "declined to bid"), or thinking or expecting another's act ("Salomon Brothers
    Inc expects the insurer to pay ...") is no side of the party's act."""
    verbs = [
        verb
        for name in related
        for token in _mentions(doc, article, name)
        if (verb := _verb_of(token)) is not None
    ]
    clauses = {_clause_top(verb) for verb in verbs}
    for firm in _firms(doc, question, article):
        verb = _acted_on(firm)
        if (
            verb is not None
            and verb.lemma_.lower() not in REPORTING_VERBS
            and not _not_done(verb)
            and not _anothers_act(verb, verbs)
            and _clause_top(verb) in clauses
        ):
            return True
    return False


# Verbs whose complement is an act not done ("declined to bid", "failed to buy"): as "not".
_NOT_DOING = REFUSING_VERBS | {"fail", "reject"}


def _not_done(verb: Token) -> bool:
    """The verb is negated, or is, or is the complement of, a verb of not doing."""
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NOT_DOING
    negated = any(child.dep_ == "neg" for child in verb.children)
    return negated or refused or verb.lemma_.lower() in _NOT_DOING


def _anothers_act(verb: Token, acts: list[Token]) -> bool:
    """The verb takes as complement a clause with a subject of its own that holds one of
    the `acts` ("estimated that the insurer will pay", "expects the insurer to pay"): its
    subject thinks or expects another's act, as a reporter reports it. A pronoun subject
    may be the firm itself ("believes it will pay"), so it does not count."""
    for clause in verb.children:
        own = any(s.dep_ in _SUBJECTS and s.pos_ != "PRON" for s in clause.children)
        if (
            clause.dep_ in _SAME_ACT
            and own
            and any(clause.is_ancestor(a) or clause == a for a in acts)
        ):
            return True
    return False


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def other_firms(
    doc: Doc, question: AskedQuestion, article: ArticleEvidence, related: tuple[str, ...]
) -> list[Span]:
    """The firms of `names_another_firm`."""
    # a short form related ("DWC") is its full name where the sentence writes that
    # ("Dorrance Weller said it signed ..."): one party, whose clause is read alike
    clauses = {
        clause
        for name in related
        for token in _mentions(doc, article, name)
        if (clause := clause_of(token)) is not None
    }
    return [ent for ent in _firms(doc, question, article) if clause_of(ent.root) in clauses]


def _firms(doc: Doc, question: AskedQuestion, article: ArticleEvidence) -> list[Span]:
    """The organisations the sentence names that are no public body, none of the
    question's names, nor a full name the article writes for one ("Tarsel Data Systems"
    for "TDS")."""
    names = tuple(question.names)
    full = [ArticleNames(written) for written in article.names.written_out(names)]
    return [
        ent
        for ent in doc.ents
        if ent.label_ == "ORG"
        and not a_public_body(ent)  # a regulator ruling on a deal is no partner in it
        and not any(ArticleNames(ent.text).mentions(n, loose=True) for n in names)
        and not any(written.mentions(ent.text, loose=True) for written in full)
    ]


def _acted_on(firm: Span) -> Token | None:
    """The verb the name acts on: as its subject or co-agent, a passive's agent, the
    maker of an act named by a noun ("Deutsche Boerse's offer", "a proposal from
    Deutsche Boerse": the verb over that noun), or the name right before a finite verb
    the parse left without a subject ("... and Sumitomo Bank Ltd spent 500 mln dlrs": a
    finite verb has a subject, before it). None when it acts on none."""
    name = firm.root
    head = name.head
    if name.dep_ == "nsubj":
        return head
    if name.dep_ == "pobj" and head.dep_ == "agent":
        return head.head
    if name.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB":
        return head.head  # "agreed with", "merged with": a co-agent, as "A and B agreed"
    act = head.head if name.dep_ == "pobj" and head.lower_ in _MAKERS else head
    maker = name.dep_ == "poss" or act is not head
    if name.dep_ in ("pobj", "poss") and act.pos_ == "NOUN" and source_verbs(act.lemma_.lower()):
        return _verb_of(act) if maker else None
    after = firm.doc[firm.end] if firm.end < len(firm.doc) else None
    if after is not None and after.tag_ in _FINITE and not has_subject(after):
        return after
    return None


def _verb_of(token: Token) -> Token | None:
    """The verb the word is an argument of, or None (as `clause_of`, one clause up)."""
    top = clause_of(token, links=frozenset())
    return None if top is None else token.doc[top]


def _clause_top(verb: Token) -> int:
    """The verb heading the clause through the verbs that share or report its arguments
    ("agreed to build", "said it agreed"), not through a clause joined to it by "and",
    "but" or "while": another act."""
    top = clause_of(verb, links=_SAME_ACT)
    return verb.i if top is None else top


# Clause links within one act: a verb's complement clauses.
_SAME_ACT = frozenset({"xcomp", "ccomp"})
# Prepositions naming who makes what a noun of an act names ("a bid by", "a proposal from").
_MAKERS = frozenset({"by", "from"})
# Tags of a finite verb, which has a subject of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def acting_parties(part: Part, related: tuple[str, ...]) -> set[str]:
    """The related parties the part has act: its verbs' subjects, and a name joined to
    one by "and" ("what did Kestrel and Dunmore agree", however the parse hung each)."""
    acting = {name for _, role, name in part.arguments if role == "subj" and name in related}
    for first, second in conjoined(part.text, related):
        if first in acting or second in acting:
            acting |= {first, second}
    return acting


def written_parties(doc: Doc, article: ArticleEvidence, related: tuple[str, ...]) -> list[str]:
    """The related parties the sentence itself writes (headline aside)."""
    return [name for name in related if _mentions(doc, article, name)]


def _mentions(doc: Doc, article: ArticleEvidence, name: str) -> list[Token]:
    """Where the sentence writes the party, by its name or a full name its article writes
    for it ("Dorrance Weller" for "DWC")."""
    return party_mentions(doc, (name, *article.names.written_out((name,))))


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
