"""Which clause's time a date is: an adverbial clause opened by "after", "since",
"before", "because", "if" … tells of another event than the clause it hangs on, at
another time (or at none the sentence relates), so a date in one does not date a deal in
the other: "the only acquisition since lawmakers approved banking effective January 1",
"joined X in March 1986, resigning after X was acquired by Y". A clause of the same time
("when", "as", "while") may share its date (deal_dates reads "the year when")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.registry.date_tense import CONCLUDING
from retrieval.registry.lexicon import NOUN_FRAMES, REPORTING_VERBS, VERB_FRAMES
from retrieval.registry.org_words import FIRM_KIND_NOUNS
from retrieval.registry.syntax import clause_path

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


def describes_a_firm(phrase: Token) -> bool:
    """Is `phrase` a participle describing a noun other than a deal, or an apposition
    describing a firm ("General Partners, controlled by A and B, said today …", "the
    group, a partnership of A and B, was to go to court on March 27")? What the sentence
    says above it, and when, is about what it describes, not about the deal told in
    passing. (Asking the participle's noun to be a firm too, as the apposition's must be,
    dated more deals wrongly on dev: 1/3 -> 1/4 in one set, none right gained.) A
    participle with a subject or an auxiliary is a clause of its own ("an announcement
    that the firm will be acquired"), and one on a deal noun tells of that deal ("its
    offer, agreed with the board, …")."""
    described = phrase.head
    if described.lemma_.lower() in NOUN_FRAMES:
        return False
    if phrase.dep_ == "acl" and phrase.tag_ in {"VBN", "VBG"}:
        return not any(c.dep_ in _OWN_CLAUSE for c in phrase.children)
    # the parser's appositions are often of other words ("since December a unit of X"):
    # only one on a firm's name or a firm noun is read
    return phrase.dep_ == "appos" and _a_firm(described)


def _a_firm(word: Token) -> bool:
    """Is `word` a firm's name or a firm noun ("the company", "the group")?"""
    return word.ent_type_ == "ORG" or word.lemma_.lower() in FIRM_KIND_NOUNS


# Dependents that make a participle a clause of its own.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


def of_another_conjunct(verb: Token) -> bool:
    """Is `verb` a coordinated verb of another event than a deal ("agreed to buy X and
    declared a dividend on Monday")? Each conjunct of a coordination is its own event,
    and a date modifying one does not scope over the other; a conjunct that concludes,
    makes or reports a deal, or says something of a deal noun ("and completed the purchase
    on Monday", "and announced the pact on Monday"), tells of the deal: its date may be
    the deal's."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ not in {"VERB", "AUX"}:
        return False
    return not _tells_of_a_deal(verb)


def of_another_verb(
    date: Token, day: bool, heads: Sequence[Token], own: set[int], trigger: Token
) -> bool:
    """Is `date` (`day`: a single day) the time of a verb of another event on the deal's
    own clause (`own`): the first of two coordinated verbs, or a "whose" clause about
    another thing (of_the_first_conjunct, of_a_whose_clause)?"""
    path = clause_path(trigger)
    first = not day and any(of_the_first_conjunct(date, h, path) for h in heads if h.i in own)
    return first or any(of_a_whose_clause(h, trigger) for h in heads[:2])


def of_the_first_conjunct(date: Token, verb: Token, path: list[Token]) -> bool:
    """Is `date` the time of `verb` alone, the first of two coordinated verbs the second of
    which (on the deal's `path`) tells of the deal ("B filed for bankruptcy in 1994 and was
    sold to W")? A date after the first verb and before the second conjunct modifies the
    first only; one before the first verb ("In 1994, B filed ... and was sold") scopes
    over both, and a first verb of a deal ("agreed in January to buy B and will complete
    it") dates the deal. Only a date coarser than a day is read so (of_another_verb): a
    single day on two past verbs of one subject names one occasion ("its board met on
    Monday and agreed to buy B"), a year or a month a background ("founded in 1950")."""
    second = next((t for t in path if t.dep_ == "conj" and t.head.i == verb.i), None)
    if second is None or verb.pos_ != "VERB" or not verb.i < date.i < second.i:
        return False
    coordinator = next((c for c in verb.children if c.dep_ == "cc"), None)
    if coordinator is None or not date.i < coordinator.i:
        return False
    return not _tells_of_a_deal(verb)


def of_a_whose_clause(verb: Token, trigger: Token) -> bool:
    """Is `verb` a relative clause opened by "whose" about a thing of another noun than the
    deal ("Benton, whose registration statement became effective on Monday")? Its date is
    that thing's, even where the parse takes the clause for the main one and the deal noun
    for a second subject; a deal in the subject itself ("whose merger with W was completed
    on Monday", "whose board approved the acquisition last November") is dated by it, and
    so is a clause on the deal noun itself ("the merger of A and B, whose terms were
    disclosed on Monday"): its antecedent is the deal."""
    if verb.dep_ == "relcl" and verb.head.i == trigger.i:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    whose = next((s for s in subjects if any(c.lower_ == "whose" for c in s.children)), None)
    if whose is None or trigger.i == verb.i:
        return False
    inside = [c for c in verb.children if c not in subjects or c.i == whose.i]
    return not any(trigger in c.subtree for c in inside)


def of_a_relative_clause(heads: Sequence[Token], trigger: Token) -> bool:
    """Is a date off the deal's clause one of a relative clause on a noun other than a
    firm or a deal ("from Reline, the firm of the Oatleys, who founded Rosemount and sold
    it to Southcorp in 2001")? Such a clause describes its antecedent, and its time is its
    own event's. One on a firm may be the deal's, where the parse hangs a clause on the
    deal noun's firm ("its merger with B, which was effective July 1")."""
    return any(
        head.dep_ == "relcl" and trigger not in head.subtree and _of_another_noun(head, trigger)
        for head in heads
    )


def told_apart(trigger: Token, others: Sequence[Token]) -> bool:
    """Is a deal word in a relative clause on a noun other than a firm or a deal, with the
    sentence's other deal words outside it ("X bought the stake from R, the firm of the
    Oatleys, who sold Rosemount to Southcorp in 2001")? That clause tells of its
    antecedent's deal, and its date is no date of theirs."""
    for token in clause_path(trigger):
        if token.dep_ == "relcl":
            apart = any(o not in token.subtree for o in others)
            return apart and _of_another_noun(token, trigger)
    return False


def _of_another_noun(clause: Token, trigger: Token) -> bool:
    """Is a relative clause on a noun other than the deal word, a deal noun, a firm or
    what the deal word takes ("sold its operations, which made sheets, to S last year":
    the parse often lets such a clause run on over the deal's own phrases)?"""
    antecedent = clause.head
    if trigger.i in (antecedent.i, antecedent.head.i):
        return False
    return antecedent.lemma_.lower() not in NOUN_FRAMES and not _a_firm(antecedent)


def _tells_of_a_deal(verb: Token) -> bool:
    """Does a verb conclude, make or report a deal, or say something of a deal noun?"""
    lemma = verb.lemma_.lower()
    if lemma in VERB_FRAMES or lemma in CONCLUDING or lemma in REPORTING_VERBS:
        return True
    # a deal noun its subject or object ("and the purchase will become effective July 1"),
    # or an object pointing back to the deal of the other conjunct ("and unveiled it / the
    # plan / the terms on Monday"): the conjunct tells of that deal
    taken = (c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"})
    return any(_the_deal(c, object_=c.dep_ == "dobj") for c in taken)


# Nouns a later mention of a deal takes ("the plan", "its terms", "the details"), with
# no word of their own to tell them apart ("its plans for a new plant" are another's).
_DEAL_ANAPHORS = frozenset({"plan", "term", "detail", "proposal", "transaction"})


def _the_deal(word: Token, object_: bool) -> bool:
    """Is `word` a deal noun, or an object pointing back to the deal ("it", "the plan")?"""
    if word.lemma_.lower() in NOUN_FRAMES:
        return True
    bare = all(c.dep_ in {"det", "poss"} for c in word.children)
    anaphor = word.lemma_.lower() in _DEAL_ANAPHORS and bare
    return object_ and (anaphor or word.lower_ in {"it", "them"})
