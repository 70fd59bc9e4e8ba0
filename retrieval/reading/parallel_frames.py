"""A list's members told in parallel sentences: "Economist Ian Harwood of Warburg
Securities said Lawson's budget must strike a balance ... Peter Fellner of James Capel and
Co said ..." News writing lines up the members of a list one a sentence, each in the same
frame: the member holds the same place under the same verb, reached by the same
dependency relations and prepositions (the firm the object of "of" on the subject of
"said"). A name in that frame in the sentences right after a list's line is one more
member; the run ends at the first sentence without one, where the article moves on.
A member that is not the doer (the object of "bought") is one of the list only when the
same party does the act: "Corvex bought Halden ... Rival Brix bought Lumo" lists Brix's
purchase beside Corvex's, not Corvex's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.reading.act_roles import doers
from retrieval.reading.compose import quotable
from retrieval.reading.members_beside import Line, proper_name
from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.reading.same_doer import doer_name, one_doer
from retrieval.reading.spans import candidates
from retrieval.registry.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.asking import AskedQuestion, Part
    from retrieval.reading.evidence import Sentence
    from retrieval.reading.found import Finding, Reading

# The most sentences a run of parallel ones adds after a line.
MAX_RUN = 3
Frame = tuple[str, ...]
# Each of the line's frames with the names of the doers of its verb there.
Frames = dict[Frame, list[str]]
# Steps by which a member is the act's doer, whoever did the line's act.
_DOER_STEPS = frozenset({"nsubj", "agent"})


def with_parallel_members(
    lines: Sequence[Line], part: Part, asked: AskedQuestion, reading: Reading
) -> list[Line]:
    """Each line with the members the sentences right after it name in the frame its own
    members stand in, quoted after it."""
    out = []
    for finding, names, quote in lines:
        frames = _member_frames(finding.sentence.text, names, part, asked, reading)
        added = _run(finding, frames, part, asked, reading) if frames else []
        known = {n.lower() for n in names}
        new = [n for _, found in added for n in found if n.lower() not in known]
        quotes = [quotable(s.text) for s, _ in added if s.text not in quote]
        spelled = [finding.article.spelled_out(n) for n in dict.fromkeys(new)]
        out.append((finding, [*names, *spelled], " ".join([quote, *quotes])))
    return out


def _member_frames(
    text: str, names: Sequence[str], part: Part, asked: AskedQuestion, reading: Reading
) -> Frames:
    """The frames the line's members stand in, with their verbs' doers."""
    doc = reading.parse([text])[0]
    wanted = {n.lower() for n in names}
    frames: Frames = {}
    for root, name in _named(doc, part, asked):
        frame, verb = _placed(root)
        if name.lower() in wanted and _telling(frame):
            frames.setdefault(frame, []).extend(_doer_names(verb, None))
    return frames


def _run(
    finding: Finding,
    frames: Frames,
    part: Part,
    asked: AskedQuestion,
    reading: Reading,
) -> list[tuple[Sentence, list[str]]]:
    """The sentences right after the line naming a member in one of its frames, up to
    the first that names none."""
    article, line = finding.article, finding.sentence
    after = [s for s in article.sentences if line.position < s.position <= line.position + MAX_RUN]
    after.sort(key=lambda s: s.position)
    if line.position < 0 or not after:
        return []
    run = []
    before = reading.parse([line.text])[0]  # a pronoun subject may stand for its subject
    for sentence, doc in zip(after, reading.parse([s.text for s in after]), strict=True):
        named = _named(doc, part, asked)
        found = [name for root, name in named if _in_frame(root, frames, before)]
        if not found:
            break
        run.append((sentence, found))
        before = doc
    return run


def _in_frame(root: Token, frames: Frames, before: Doc | None) -> bool:
    """The name stands in one of the line's frames, under its doer if it is not the doer."""
    frame, verb = _placed(root)
    if frame not in frames:
        return False
    if _DOER_STEPS & set(frame):
        return True
    return one_doer(_doer_names(verb, before), frames[frame])


def _doer_names(verb: Token | None, before: Doc | None) -> list[str]:
    if verb is None or verb.pos_ != "VERB":
        return []
    return [doer_name(d, before) for d in doers(verb)]


def _named(doc: Doc, part: Part, asked: AskedQuestion) -> list[tuple[Token, str]]:
    """The names of the asked kind in the sentence, each with its head word."""
    found = candidates(doc, part, asked_names=asked.names, question=asked.text)
    return [(doc[c.start : c.end].root, c.text) for c in found if proper_name(c.text)]


def _placed(token: Token) -> tuple[Frame, Token | None]:
    """The relations from the name up to its verb, with each preposition (and whether it
    hangs on a name or a common noun: "Ann Berg of X", not "an official of X") and the
    verb's lemma: ("pobj", "@of:name", "nsubj", "say") for the firm in "X of Y said"; with
    the verb. None for a name under no verb."""
    steps: list[str] = []
    while token.dep_ == "conj":  # "Salomon and Morgan Stanley said": one place
        token = token.head
    for head in (token, *token.ancestors):
        if head.pos_ in ("VERB", "AUX") and head is not token:
            return (*steps, head.lemma_.lower()), head
        steps.append(_step(head))
    return (), None


def _step(word: Token) -> str:
    if word.pos_ != "ADP":
        return word.dep_
    return f"@{word.lower_}:{'name' if word.head.pos_ == 'PROPN' else 'noun'}"


def _telling(frame: Frame) -> bool:
    """A frame that sets its names apart: under a verb saying which act, or through a
    preposition ("X of Y said"); the subject of "said" alone is any speaker at all."""
    if not frame:
        return False
    verb = frame[-1]
    specific = verb not in REPORTING_VERBS and verb not in GENERAL_VERBS
    return specific or any(step.startswith("@") for step in frame[:-1])
