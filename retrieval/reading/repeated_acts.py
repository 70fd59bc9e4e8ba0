"""Answers told as the same act again: "Apple has unveiled a new, low-cost Macintosh ...
Mr Jobs also unveiled the iPod shuffle." News writing takes the things one party did one
act to up a sentence at a time ("Margoshes said he recommends Imperial Oil <IMO.A>, ...
In addition, Margoshes said he recommended Atlantic Richfield"), so the sentence that
answers "what did Jobs unveil" may give only one of them.

The items of one list share a role: the object of the same verb (its lemma), done by the
same party (the same name, a name the question gives the doer, or a pronoun standing for
it). A question asking for one thing ("what did Jobs unveil") cannot know there are
several; there, only a sentence marking its act as one more ("also", "in addition",
"additionally", "too") adds one. A plural ("which oil stocks did he recommend") wants
every object of the act.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.reading.act_roles import doers
from retrieval.reading.compose import quotable
from retrieval.reading.interrogatives import WH_TAGS
from retrieval.reading.kinds import Kind
from retrieval.reading.negation import negated
from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.reading.prospective import FUTURE_MODALS
from retrieval.reading.same_doer import doer_name, one_doer
from retrieval.reading.unrealised import (
    INTENTION_VERBS,
    MODALS,
    POSSIBILITY_MODALS,
    asks_intentions,
)
from retrieval.registry.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.asking import AskedQuestion, Part
    from retrieval.reading.found import Finding, Reading

# Kinds an act's object is answered by: a thing, a named thing; not an amount, a date or a
# reason, which the same act done again would give for another occasion.
_OBJECT_KINDS = frozenset({Kind.THING, Kind.ENTITY, Kind.NAME, Kind.ORG, Kind.PLACE})
# Words marking an act as one more of the same ("Mr Jobs also unveiled ...").
_ADDITIVE = frozenset({"also", "too", "additionally"})
# Modals by which a sentence supposes an act rather than tells it ("might also drop"),
# and those by which it foretells one ("will also unveil").
_SUPPOSING = MODALS | POSSIBILITY_MODALS
_FORETELLING = FUTURE_MODALS - _SUPPOSING
# The clauses an act's marker may stand in: the act's own, or one it reports or completes
# ("In addition, Margoshes said he recommended ..."); not the clause a relative clause's
# noun stands in ("BT Retail, which sells ..., also had a good quarter").
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
# The most sentences added to an answer: a list taken up item by item, not the article.
MAX_MORE = 3


def more_of_the_act(asked: AskedQuestion, finding: Finding, reading: Reading) -> list[str]:
    """Quotes of the answering article's other sentences in which the asked act is done
    again by the same party to something else, in the article's order."""
    part = finding.part
    verb = _asked_verb(part)
    if verb is None or part.kind not in _OBJECT_KINDS or not _asks_object(asked, part, reading):
        return []
    sentences = sorted(
        (s for s in finding.article.sentences if s.position >= 0), key=lambda s: s.position
    )
    docs = reading.parse([s.text for s in sentences])
    position = finding.sentence.position
    line = next((d for s, d in zip(sentences, docs, strict=True) if s.position == position), None)
    before = {s.position: d for s, d in zip(sentences[1:], docs, strict=False)}
    plans = asks_intentions(part)
    known = _doers_in(line, verb, before.get(position), plans=plans) if line is not None else []
    # the doer the question names, or else any party it names ("has X's unit contracted")
    givers = [name for lemma, role, name in part.arguments if lemma == verb and role == "subj"]
    parties = [*known, *(givers or asked.parties)]
    # the line's previous sentence is quoted with it already (compose._quote)
    seen = {finding.sentence.text, finding.sentence.previous or ""}
    more: list[str] = []
    for sentence, doc in zip(sentences, docs, strict=True):
        if len(more) >= MAX_MORE:
            break
        if sentence.position == position or sentence.text in seen:
            continue
        acts = _acts(doc, verb, plans=plans)
        prior = before.get(sentence.position)
        if any(_again(act, parties, prior, one_more=not part.several) for act in acts):
            more.append(quotable(sentence.text))
    return more


def _asked_verb(part: Part) -> str | None:
    """The asked act, when its verb says which one: not a verb of many senses ("get") or
    of reporting ("say"), which any sentence's verb may be."""
    verb = part.predicate
    if verb is None or part.phrasal or verb in GENERAL_VERBS or verb in REPORTING_VERBS:
        return None
    return verb


def _asks_object(asked: AskedQuestion, part: Part, reading: Reading) -> bool:
    """The question asks what the act is done to: the subject of its verb (or of the
    clause the verb hangs on: "has X contracted to buy") is no interrogative ("what did
    Jobs unveil", not "who unveiled the Mac mini"), or a passive's is ("which stations
    were bought")."""
    doc = reading.parse([asked.text])[0]
    for verb in (t for t in doc if t.lemma_.lower() == part.predicate):
        for head in (verb, *verb.ancestors):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                asking = any(t.tag_ in WH_TAGS for s in subjects for t in s.subtree)
                return asking == (subjects[0].dep_ == "nsubjpass")
    return False


def _acts(doc: Doc, verb: str, *, plans: bool) -> list[Token]:
    """The verb's occurrences doing the act to something, neither denied ("did not buy")
    nor only supposed ("Edelman might also drop his offer"): an act that may happen is
    none done; nor, unless the question asks what is meant to be, foretold or meant
    ("will also unveil", "plans to unveil")."""
    return [
        t
        for t in doc
        if t.lemma_.lower() == verb
        and t.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in t.children)
        and not negated(t)
        and not _modal(t, _SUPPOSING)
        and (plans or not _to_come(t))
    ]


def _modal(act: Token, modals: frozenset[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in modals for c in act.children)


def _to_come(act: Token) -> bool:
    """ "will also unveil", "plans to unveil": an act to come, or one meant."""
    meant = act.dep_ == "xcomp" and act.head.lemma_.lower() in INTENTION_VERBS
    return meant or _modal(act, _FORETELLING)


def _doers_in(doc: Doc, verb: str, before: Doc | None, *, plans: bool) -> list[str]:
    """The names of the line's doers of the act."""
    return [doer_name(d, before) for act in _acts(doc, verb, plans=plans) for d in _doers(act)]


def _doers(act: Token) -> list[Token]:
    """The act's doers, or those of the clause it hangs on ("a contract to buy")."""
    for token in (act, *act.ancestors):
        found = doers(token) if token.pos_ in ("VERB", "AUX") else []
        if found:
            return found
    return []


def _again(act: Token, parties: Sequence[str], before: Doc | None, *, one_more: bool) -> bool:
    """The act done by the line's doer or the question's ("Mr Jobs" for "Steve Jobs"),
    marked as one more of the same when the question asks for one thing."""
    if one_more and not _additive(act):
        return False
    return one_doer([doer_name(d, before) for d in _doers(act)], parties)


def _additive(act: Token) -> bool:
    """ "Mr Jobs also unveiled", "In addition, Margoshes said he recommended ..."."""
    clause = [act]
    while clause[-1].dep_ in _CLAUSE_LINKS and clause[-1].head.pos_ in ("VERB", "AUX"):
        clause.append(clause[-1].head)
    for head in clause:
        for child in head.children:
            if child.lower_ in _ADDITIVE:
                return True
            if child.dep_ == "prep" and any(c.lower_ == "addition" for c in child.children):
                return True
    return False
