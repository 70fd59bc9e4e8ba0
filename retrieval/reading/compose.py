"""The answer text: the answer first, then the sentences that state it, each cited.

"48 pct [1]" leads when a part asks for an entity (a stake, a price, a partner), then each
supporting sentence is quoted verbatim with its source number. A quote is cut only when a
sentence is very long, and then only between clauses outside brackets and quotation marks.
Sources are numbered in order of first use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from retrieval.models import Answer, Citation
from retrieval.reading.asking import AskedQuestion
from retrieval.reading.found import Finding
from retrieval.reading.partial_answers import answers_in_part
from retrieval.reading.selection import Selection

MAX_QUOTE_CHARS = 420
MAX_LEAD_ANSWERS = 4
PAIRS = {"(": ")", "[": "]", "“": "”", '"': '"'}


@dataclass
class Sources:
    numbers: dict[str, int] = field(default_factory=dict)
    quotes: dict[str, list[str]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    findings: dict[str, Finding] = field(default_factory=dict)

    def cite(self, finding: Finding, quote: str) -> str:
        article_id = finding.article.article_id
        number = self.numbers.setdefault(article_id, len(self.numbers) + 1)
        self.quotes.setdefault(article_id, [])
        if quote not in self.quotes[article_id]:
            self.quotes[article_id].append(quote)
        self.scores[article_id] = max(self.scores.get(article_id, 0.0), finding.score)
        self.findings.setdefault(article_id, finding)
        return f"[{number}]"

    def citations(self) -> list[Citation]:
        return [
            Citation(
                number=number,
                source=self.findings[article_id].article.chunk.source,
                title=self.findings[article_id].article.chunk.title,
                date=self.findings[article_id].article.chunk.date,
                url=self.findings[article_id].article.chunk.url,
                quote=" ".join(self.quotes[article_id]),
                score=round(self.scores[article_id], 4),
            )
            for article_id, number in self.numbers.items()
        ]


def compose(
    question: str,
    asked: AskedQuestion,
    selection: Selection,
    more: Mapping[int, Sequence[str]] | None = None,
) -> Answer:
    """The answer; `more`: quotes of a finding's article giving more of its answers
    (repeated_acts.py), quoted after its own, under its source's number."""
    sources = Sources()
    leads = []
    quoted: dict[str, str] = {}  # quote -> its markers (a sentence answering two parts once)
    for index, finding in enumerate(selection.findings):
        quote = _quote(finding)
        marker = sources.cite(finding, quote)
        for other in selection.corroborating.get(index, ()):
            marker += sources.cite(other, _quote(other))
        lead = _lead(finding)
        if lead:
            leads.append(f"{lead} {marker}")
        for said in (quote, *(more or {}).get(index, ())):
            own = sources.cite(finding, said) if said != quote else marker
            known = quoted.get(said, "")
            quoted[said] = known + "".join(m for m in _markers(own) if m not in known)
    lines = [f"“{quote}” {markers}" for quote, markers in quoted.items()]
    text = "\n".join([*(["; ".join(leads)] if leads else []), *lines])
    # a missing detail leaves an answer that says what is not stated (partial_answers.py)
    answered = not selection.missing or answers_in_part(asked, selection)
    if selection.missing:
        text += "\n" + missing_note(selection.missing)
        for finding in selection.nearest:
            quote = _quote(finding)
            if quote not in quoted:
                marker = sources.cite(finding, quote)
                text += f"\nNearest passage for “{finding.part.text}”: “{quote}” {marker}"
    return Answer(question=question, text=text, answered=answered, citations=sources.citations())


def refuse(question: str, asked: AskedQuestion, selection: Selection, *, searched: int) -> Answer:
    """What was searched and what was missing, pointing at the closest article."""
    wanted = _wanted(selection.missing or asked.parts)
    closest = selection.closest
    if selection.absent and closest is None:
        missing = " or ".join(selection.absent)
        text = (
            f"I couldn't find an answer: none of the {searched} most relevant articles "
            f"mentions {missing}."
        )
        return Answer(question=question, text=text, answered=False, citations=[])
    if closest is None:
        text = f"I couldn't find {wanted} in the {searched} most relevant articles."
        return Answer(question=question, text=text, answered=False, citations=[])
    sources = Sources()
    quote = quotable(closest.sentence.text)
    marker = sources.cite(closest, quote)
    text = f"I couldn't find {wanted} in the {searched} most relevant articles. "
    if selection.withheld:  # the article says it does not say
        # with more than one part missing, "it" would read as all of them: name the one
        what = "it" if len(selection.missing) <= 1 else _wanted((closest.part,))
        text += f"“{closest.article.chunk.title}” {marker} says {what} was not given: “{quote}”"
    else:
        text += f"The closest, “{closest.article.chunk.title}” {marker}, says: “{quote}”"
    if selection.absent:
        text += f" None of them mentions {' or '.join(selection.absent)}."
    return Answer(question=question, text=text, answered=False, citations=sources.citations())


def _markers(markers: str) -> list[str]:
    return [f"[{number}]" for number in markers.strip("[]").split("][") if number]


def _quote(finding: Finding) -> str:
    """The sentence, with the one before it when it refers back ("This was done ...")."""
    sentence = finding.sentence
    if sentence.previous is not None:
        return f"{quotable(sentence.previous)} {quotable(sentence.text)}"
    return quotable(sentence.text)


def _lead(finding: Finding) -> str:
    if not finding.answers:
        return ""
    spelled = finding.article.spelled_out
    if finding.part.several:
        texts = list(dict.fromkeys(a.text for a in finding.answers))[:MAX_LEAD_ANSWERS]
        return ", ".join(spelled(text) for text in texts)
    return spelled(finding.answers[0].text)


# The fixed opening of the sentence naming what the articles do not state: a part left
# unanswered, whether the rest of the answer stands (partial_answers.py) or not.
NOT_STATED = "The articles do not say"


def missing_note(parts: Sequence[object]) -> str:
    return f"({NOT_STATED} {_wanted(parts)}.)"


def _wanted(parts: Sequence[object]) -> str:
    described = []
    for part in parts:
        kind = getattr(part, "kind", None)
        text = getattr(part, "text", "")
        what = f"the {kind.value}" if kind is not None and kind.value != "description" else "that"
        # a part asked of one of several parties says which (distributive.py)
        names = getattr(part, "names", ()) if getattr(part, "one_party", False) else ()
        whose = f" for {names[0]}" if names else ""
        described.append(f"{what}{whose} asked for in “{text}”" if text else what)
    return "; nor ".join(described) if described else "an answer"


def quotable(sentence: str, *, limit: int = MAX_QUOTE_CHARS) -> str:
    """The sentence, or for a very long one its opening clauses up to `limit`, cut only at
    a comma or semicolon outside brackets and quotation marks (ending with "…")."""
    if len(sentence) <= limit:
        return sentence
    depth: list[str] = []
    cut = -1
    for index, char in enumerate(sentence[:limit]):
        if depth and char == depth[-1]:
            depth.pop()
        elif char in PAIRS:
            depth.append(PAIRS[char])
        elif char in ",;" and not depth:
            cut = index
    if cut <= 0:
        return sentence  # no safe place to cut: quote it whole
    return sentence[:cut] + " …"
