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

from retrieval.nlp.names import HONORIFICS, same_party
from retrieval.reading.act_roles import doers
from retrieval.reading.compose import quotable
from retrieval.reading.kinds import Kind
from retrieval.reading.predicates import GENERAL_VERBS
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
# Modals by which a sentence supposes an act rather than tells it ("might also drop").
_SUPPOSING = frozenset({"might", "may", "could", "would", "should"})
# The clauses an act's marker may stand in: the act's own, or one it reports or completes
# ("In addition, Margoshes said he recommended ..."); not the clause a relative clause's
# noun stands in ("BT Retail, which sells ..., also had a good quarter").
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
# The most sentences added to an answer: a list taken up item by item, not the article.
MAX_MORE = 3
# Interrogatives: a verb whose subject holds one asks for its doer, not its object.
_INTERROGATIVES = frozenset({"what", "which", "who", "whose", "whom"})


def more_of_the_act(asked: AskedQuestion, finding: Finding, reading: Reading) -> list[str]:
    """Quotes of the answering article's other sentences in which the asked act is done
    again by the same party to something else, in the article's order."""
    part = finding.part
    verb = _asked_verb(part)
    if verb is None or part.kind not in _OBJECT_KINDS or not _asks_object(asked, part, reading):
        return []
    sentences = [s for s in finding.article.sentences if s.position >= 0]
    docs = reading.parse([s.text for s in sentences])
    position = finding.sentence.position
    line = next((d for s, d in zip(sentences, docs, strict=True) if s.position == position), None)
    known = _doers_in(line, verb) if line is not None else []
    # the doer the question names, or else any party it names ("has X's unit contracted")
    givers = [name for lemma, role, name in part.arguments if lemma == verb and role == "subj"]
    givers = givers or list(asked.parties)
    seen = {finding.sentence.text, finding.sentence.previous or ""}
    more: list[str] = []
    for sentence, doc in zip(sentences, docs, strict=True):
        if sentence.position == position or sentence.text in seen or len(more) >= MAX_MORE:
            continue
        if any(_again(act, known, givers, one_more=not part.several) for act in _acts(doc, verb)):
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
                asking = any(t.lower_ in _INTERROGATIVES for s in subjects for t in s.subtree)
                return asking == (subjects[0].dep_ == "nsubjpass")
    return False


def _acts(doc: Doc, verb: str) -> list[Token]:
    """The verb's occurrences doing the act to something, neither denied ("did not buy")
    nor only supposed ("Edelman might also drop his offer"): an act that may happen is
    none done."""
    return [
        t
        for t in doc
        if t.lemma_.lower() == verb
        and t.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in t.children)
        and not any(c.dep_ == "neg" or c.lower_ in _SUPPOSING for c in t.children)
    ]


def _doers_in(doc: Doc, verb: str) -> list[Token]:
    return [d for act in _acts(doc, verb) for d in _doers(act)]


def _doers(act: Token) -> list[Token]:
    """The act's doers, or those of the clause it hangs on ("a contract to buy")."""
    for token in (act, *act.ancestors):
        found = doers(token) if token.pos_ in ("VERB", "AUX") else []
        if found:
            return found
    return []


def _again(act: Token, known: Sequence[Token], givers: Sequence[str], *, one_more: bool) -> bool:
    """The act done by the line's doer or the question's ("Mr Jobs" for "Steve Jobs"),
    marked as one more of the same when the question asks for one thing."""
    if one_more and not _additive(act):
        return False
    found = _doers(act)
    if any(d.pos_ == "PRON" for d in found):
        return bool(known or givers)  # "he recommends ...": the article's doer, told again
    names = [_phrase(d) for d in found]
    return any(
        same_party(name, other)
        for name in names
        for other in [*(_phrase(k) for k in known), *givers]
    )


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


def _phrase(token: Token) -> str:
    """The name a doer's head stands in ("Steve Jobs" for "Jobs"), without its titles."""
    words = [
        t
        for t in token.subtree
        if (t.pos_ == "PROPN" or t.i == token.i) and t.lower_.rstrip(".") not in HONORIFICS
    ]
    return " ".join(t.text for t in words)
