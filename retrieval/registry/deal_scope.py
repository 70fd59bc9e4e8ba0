"""The scope of a deal word: the words above it whose modality reaches it, and how.

From the deal word up its path to the root, stopping at an ordinary noun (a deal named
inside a noun phrase is presupposed) and at a clause of time, cause or manner (its deal
happened). Each word comes with how the path reached it: through its own clause, from its
subject, or from a later conjunct; that decides which of its words may deny the deal
(retrieval.registry.denials).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from retrieval.nlp.patterns import MONTH_NAMES
from retrieval.nlp.verb_frames import names_a_thought, takes_an_infinitive
from retrieval.nlp.wordnet_derivations import source_verbs
from retrieval.registry.conditions import verb_beyond_condition
from retrieval.registry.cue_words import BLOCKING_NOUNS, HINDERING_VERBS, NOUNS_OF_INTENT
from retrieval.registry.irrealis import gives_terms
from retrieval.registry.lexicon import NOUN_FRAMES, REPORTING_VERBS
from retrieval.registry.syntax import is_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

# A right or an option to buy is not yet a purchase, unless it is exercised.
NOUNS_OF_RIGHT = frozenset({"right", "option"})

# Verbs of holding a clause true (`_held_true`).
_ATTITUDES = frozenset("believe claim allege contend think assume suppose".split())
# How the path reached a word above the deal word: through its own clause, from its
# subject, or from a later conjunct ("talks were called off and it announced an offer").
Reach = Literal["own", "subject", "conjunct"]


def scope(trigger: Token) -> list[tuple[Token, Reach]]:
    """The words whose modality reaches the deal word: its path to the root, up to an
    ordinary noun. A deal named inside a noun phrase ("a reply to the purchase of X") is
    presupposed, so what the sentence says around it does not undo it. Each node comes
    with how the path reached it: from its subject ("the acquisition could boost
    earnings": the modal is about the earnings, not the acquisition), from a later
    conjunct (the first conjunct's own words are not about the second), or its own."""
    found: list[tuple[Token, Reach]] = [(trigger, "own")]
    node = trigger
    # "its proposed merger", "the sale": a definite deal is presupposed by what is said
    # about it, so only words that deny or end it count above it, as above a subject.
    presupposed = _definite(trigger)
    while node.head != node and len(found) < 40:
        if _adjunct(node) or _voted_on(node):
            break  # "X lost money after acquiring Y": the clause above is not about Y
        node = _dated_phrase(node)
        clause = _clause_of_its_object(node)
        reach = _reach(node, as_subject=presupposed or clause is not None)
        # "Chrysler, which bought Gulfstream": presupposed; "a proposal under which it
        # would buy B" gives the proposal's terms, as real as the proposal (irrealis)
        relative = node.dep_ == "relcl" and not gives_terms(node)
        content = node.dep_ == "acl" and is_infinitive(node)  # "its decision to buy X"
        topic = _topic_of_the_object(node)
        node = _above(node, clause)
        if topic is not None:
            found.append((topic, reach))
        if presupposed and _held_true(trigger, node):
            break  # "the suit alleges the sale violated ...": the sale is not alleged
        if node.pos_ in {"NOUN", "PROPN"} and _closes_scope(node, relative, content):
            break
        found.append((node, reach))
    return found


def _reach(node: Token, as_subject: bool) -> Reach:
    """How the path reaches the word above `node`: from a subject (`as_subject`: the deal
    is presupposed, or the node is the subject of a clause the parse left without one),
    from a later conjunct, or through the word's own clause."""
    if as_subject or node.dep_ in {"nsubj", "nsubjpass", "csubj"}:
        return "subject"
    if node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
        return "conjunct"
    return "own"


def _above(node: Token, clause: Token | None) -> Token:
    """The next word up the path: the clause the node is the subject of (`clause`, see
    `_clause_of_its_object`), else the verb past a condition ("agreed subject to
    approvals to acquire B": the infinitive is the verb's own), else the node's head."""
    beyond = verb_beyond_condition(node)
    return clause if clause is not None else beyond if beyond is not None else node.head


def _closes_scope(noun: Token, relative: bool, content: bool) -> bool:
    """An ordinary noun ends the path (a deal named inside its phrase is presupposed),
    unless the clause tells a deal's content ("the deal, in which Fujitsu would have
    bought ...", `content`) or what was agreed ("a letter of intent to sell"); a relative
    clause (`relative`) reaches only a noun of a deal's frame."""
    lemma = noun.lemma_.lower()
    judging = BLOCKING_NOUNS | NOUNS_OF_RIGHT | NOUNS_OF_INTENT | NOUN_FRAMES.keys()
    if lemma not in judging and not (content and takes_it_as_content(lemma)):
        return True
    return relative and lemma not in NOUN_FRAMES


# Prepositions that give what talk is about ("talks on the sale", "regarding the sale").
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "regarding", "concerning"})


def _topic_of_the_object(node: Token) -> Token | None:
    """ "is holding discussions with B regarding the purchase of its unit": a preposition
    of topic the parse hung on the verb belongs to the verb's object when that is talk."""
    verb = node.head
    if node.dep_ != "prep" or node.lower_ not in _TOPIC_PREPOSITIONS or verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < node.i]
    return next((o for o in objects if o.lemma_.lower() in BLOCKING_NOUNS), None)


def _voted_on(node: Token) -> bool:
    """ "anticipates a meeting will be held to vote on a proposed merger with B": what
    holders vote on is a deal the firms agreed; when or whether they vote is said of the
    vote, not of the deal."""
    if node.dep_ == "pobj" and node.head.lower_ == "on":
        return node.head.head.lemma_.lower() == "vote"
    return node.dep_ == "dobj" and _a_meeting_considers(node.head)


# What a holders' meeting is called to do with a deal put to it.
_PUT_TO_A_MEETING = frozenset({"consider", "approve", "ratify"})


def _a_meeting_considers(verb: Token) -> bool:
    """ "a special shareholder meeting to be held May 21 to consider the proposed merger":
    what a meeting is held to consider is put to its vote, so it is the vote's deal. The
    infinitive hangs on the meeting, on the verb it is the subject of, or on "meet"."""
    if verb.lemma_.lower() not in _PUT_TO_A_MEETING or not is_infinitive(verb):
        return False
    held = verb.head
    subjects = [c for c in held.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(w.lemma_.lower() in {"meeting", "meet"} for w in [held, *subjects])


def _held_true(deal: Token, verb: Token) -> bool:
    """ "the suit alleges the sale violated its franchises": a definite deal that is an
    argument of the clause a verb of holding true takes is presupposed by the clause, and
    a presupposition projects past such a verb (what is alleged is the violation)."""
    clause = deal.head
    return verb.lemma_.lower() in _ATTITUDES and clause.head == verb and clause.dep_ == "ccomp"


def _definite(noun: Token) -> bool:
    """ "the merger", "its merger", "Chrysler's takeover" (not "a merger", not a verb)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss"
        for c in noun.children
    )


def _adjunct(node: Token) -> bool:
    """A clause of time, cause or manner ("after acquiring", "by selling", "when it
    bought"): its deal happened; the clause it modifies says something else."""
    infinitive = is_infinitive(node)
    if node.dep_ == "advcl" and not infinitive:
        return True
    if node.dep_ != "pcomp" or node.head.dep_ != "prep" or node.head.lower_ == "to":
        return False
    # "bars the company from acquiring", "prevented it from buying": "from" and a gerund
    # complete a verb of hindering, which is about the deal and denies it.
    return not (node.head.lower_ == "from" and node.head.head.lemma_.lower() in HINDERING_VERBS)


def _dated_phrase(node: Token) -> Token:
    """ "its September 22, 1986 agreement": the parse makes the date the phrase's head and
    the deal noun its apposition; the date only dates the deal, so the phrase stands where
    the date does."""
    head = node.head
    # capitalised: the modal "may" is no month
    date = head.ent_type_ == "DATE" or (head.lower_ in MONTH_NAMES and head.text[:1].isupper())
    if node.dep_ == "appos" and date:
        return head
    return node


def _clause_of_its_object(node: Token) -> Token | None:
    """ "said its agreement with X has been terminated": a finite clause needs a subject, so
    where the parse makes the phrase the reporting verb's object and leaves the clause after
    it with none, the phrase is that clause's subject. Only a clause with an auxiliary is
    taken for finite ("has been terminated"; "to end" is not, and a bare past tense may be
    a participle the parse hung there)."""
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for clause in verb.children:
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        finite = any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in clause.children)
        if clause.dep_ == "ccomp" and clause.i > node.i and finite and not subjects:
            return clause
    return None


def takes_it_as_content(noun: str) -> bool:
    """ "its decision to buy X": a noun made from a verb of deciding that takes an
    infinitive takes it as its content, as the verb does ("decided to buy") -- not as a
    purpose ("funds to buy X"). Only a verb of thought: the nouns of wishing, asking or
    owing ("its desire to acquire", "its application to acquire", "its obligation to pay")
    tell of no deal made."""
    return any(takes_an_infinitive(v) and names_a_thought(v) for v in source_verbs(noun))
