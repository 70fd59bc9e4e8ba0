"""Questions that want every matching alliance ("Which companies has PDVSA formed joint
ventures with?"): one line per article that answers, each naming the other parties.

Each article that mentions the question's parties contributes its sentence most relevant
to what is asked, led by the organisations it names besides the asked ones; articles whose
best sentence is not relevant enough contribute nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.models import Answer
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.asks_every import wants_every
from retrieval.reading.compose import Sources, quotable
from retrieval.reading.eligibility import eligible_articles
from retrieval.reading.evidence import ArticleEvidence, Sentence, relevance
from retrieval.reading.found import Finding, Reading
from retrieval.reading.kinds import NAME_ANSWERS, PARTY_ANSWERS, Kind
from retrieval.reading.list_members import governed_by_asked
from retrieval.reading.members_beside import Line, proper_name, tied_names, with_members_beside
from retrieval.reading.of_nationality import lines_of_nationality
from retrieval.reading.parallel_frames import with_parallel_members
from retrieval.reading.ranking import similarities
from retrieval.reading.spans import candidates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MIN_LINE_RELEVANCE = 0.3
MAX_LINES = 6
MAX_NAMES_A_LINE = 4
# How many names make a list of members.
SEVERAL = 2
# An article's line is chosen among its this many most relevant sentences, counting the
# names each ties to what is asked (members_beside.MEMBER_TIE).
LINE_CHOICES = 5


def list_answer(
    question: str, asked: AskedQuestion, articles: Sequence[ArticleEvidence], reading: Reading
) -> Answer | None:
    """One cited line per answering article, or None when no article answers."""
    eligible = eligible_articles(asked, articles) or _about_each(asked, articles)
    if not eligible or not asked.parts:
        return None
    part = listed_part(asked)
    index = asked.parts.index(part)
    similarity = similarities(asked, eligible, reading.embedder)
    best: list[Finding] = []
    near: dict[str, list[Sentence]] = {}
    for article in eligible:
        scored = [
            (
                relevance(
                    sentence,
                    article,
                    part,
                    asked,
                    reading.weights,
                    similarity=similarity.get((index, article.article_id, sentence.position), 0.0),
                ),
                sentence,
            )
            for sentence in article.sentences
        ]
        if scored:
            score, sentence = _naming_most(scored, part, asked, reading)
            if score >= MIN_LINE_RELEVANCE:
                best.append(Finding(part, article, sentence, (), score))
                near[article.article_id] = _others_near(scored, sentence)
    best = sorted(best, key=lambda f: -f.score)[:MAX_LINES]
    if not best:
        return None
    lines = _answering_lines(best, near, asked, reading)
    if not lines:
        return None
    sources = Sources()
    text = "\n".join(_line(finding, names, quote, sources) for finding, names, quote in lines)
    return Answer(question=question, text=text, answered=True, citations=sources.citations())


def _answering_lines(
    best: list[Finding], near: dict[str, list[Sentence]], asked: AskedQuestion, reading: Reading
) -> list[Line]:
    """The lines quoted, each with the names it leads with (those of the asked people, as
    of a single answer: of_nationality.py); none when none answers."""
    lines = lines_of_nationality(_named_quotes(best, asked, reading))
    parties = asked.listing and best[0].part.kind in PARTY_ANSWERS
    if not asked.listing:
        # "which cities ...": a line whose sentence names no city the asked verb takes
        # (the bank's results, another firm's sale) lists none of them
        lines = [line for line in lines if line[1]]
    elif parties and not any(names for _, names, _ in lines):
        return []  # "who are its partners": lines naming nobody answer nothing
    lines = with_members_beside(lines, near, asked, reading)
    organisations = _listed_part(best, asked)  # members one a sentence: parallel_frames.py
    lines = lines_of_nationality(with_parallel_members(lines, organisations, asked, reading))
    return [] if parties and not any(names for _, names, _ in lines) else lines


def _naming_most(
    scored: list[tuple[float, Sentence]],
    part: Part,
    asked: AskedQuestion,
    reading: Reading,
) -> tuple[float, Sentence]:
    """The article's line: its most relevant sentence, unless another of its best relevant
    enough lists more answers of the asked kind tied to what is asked ("The issue is
    co-managed by A, B, C and D" over the lead naming its lead manager alone): a list is
    asked for, and the sentence listing the members answers it."""
    ranked = sorted(scored, key=lambda item: -item[0])
    near = [item for item in ranked[:LINE_CHOICES] if item[0] >= MIN_LINE_RELEVANCE]
    if len(near) < 2 or part.kind not in PARTY_ANSWERS:
        return ranked[0]
    docs = reading.parse([sentence.text for _, sentence in near])
    if _counts_unnamed(docs[0], part, []):
        return near[0]  # "a request by four foreign banks": the next sentence names them
    counts = [_tied_count(doc, replace(part, kind=Kind.ORG), asked) for doc in docs]
    # only a sentence listing several beats the best one: a line naming one other firm
    # ("the Midi-Pyrenees authority agreed to sell Aga its stake") is no list of members
    listing = [i for i in range(1, len(near)) if counts[i] >= SEVERAL and counts[i] > counts[0]]
    if not listing:
        return near[0]
    return near[max(listing, key=lambda i: (min(counts[i], SEVERAL + 1), near[i][0]))]


def _tied_count(doc: Doc, part: Part, asked: AskedQuestion) -> int:
    """How many names of the asked kind the sentence ties to what is asked ("each have a
    20 pct stake" for "which companies hold stakes"): names merely mentioned beside it
    ("the two consortiums, IDC and ITJ, were set up in 1986") list nothing asked."""
    return len(tied_names(doc, part, asked))


def _others_near(scored: list[tuple[float, Sentence]], line: Sentence) -> list[Sentence]:
    """The article's other sentences relevant enough to have been its line."""
    ranked = sorted(scored, key=lambda item: -item[0])[:LINE_CHOICES]
    return [s for score, s in ranked if score >= MIN_LINE_RELEVANCE and s is not line]


def listed_part(asked: AskedQuestion) -> Part:
    """The part wanting every answer ("which companies ..."); the first when the question
    lists by its verb ("List the ventures ...")."""
    return next((part for part in asked.parts if wants_every(part)), asked.parts[0])


def lists_by_noun(asked: AskedQuestion) -> bool:
    """A question asking only for every thing a plural noun names ("In which cities is
    Creditanstalt opening offices?"), not for alliances (`asked.listing`, which the
    registry answers too). It is listed once the passages have answered it, since the
    list's lines meet no bar of their own for being of the asked kind and tied to what is
    asked; a question with other parts is left to the passages, which search articles for
    each part (a list reads them only in the articles it quotes)."""
    return not asked.listing and len(asked.parts) == 1 and names_every(asked.parts[0])


def names_every(part: Part) -> bool:
    """ "Which cities ...", "which holdings ...", "which underwriters ...": a plural noun of
    a kind known by its name asks for every one that answers, as "which companies" does;
    not an amount of each ("what load factors did A and B report"), one answer a party,
    nor things told by description ("what terms"), which no name picks out."""
    return part.several and part.focus is not None and part.kind in NAME_ANSWERS


def _about_each(asked: AskedQuestion, articles: Sequence[ArticleEvidence]) -> list[ArticleEvidence]:
    """ "Which companies agreed to buy Antonson, Ferrado and the Harrowsmith magazines?":
    names listed side by side in a question that wants every answer, and not asked to act
    together, are alternatives, each answered in its own article: an article about any
    of them (and about the question's other parties) answers, when none is about all."""
    if len(asked.listed) < 2 or asked.joint:
        return []
    fixed = [name for name in asked.parties if name not in asked.listed]
    return [
        a
        for a in articles
        if all(a.names.mentions(name) for name in fixed)
        and any(a.names.mentions(name) for name in asked.listed)
    ]


def _listed_part(best: list[Finding], asked: AskedQuestion) -> Part:
    """Lines lead with firms, parties of a list's alliances, or a plural noun's kind."""
    return replace(best[0].part, kind=Kind.ORG) if asked.listing else best[0].part


def _named_quotes(
    best: list[Finding], asked: AskedQuestion, reading: Reading
) -> list[tuple[Finding, list[str], str]]:
    """Each article's line: the other parties it names, and its quote. A sentence that
    names none ("A Matsushita joint venture will make vtrs in Brazil") is often the lead of
    an article whose next sentence names the partner, or lists what the line's set holds
    ("The acquisitions include ..."): that one is quoted too. Sentences are parsed in two
    batches: the lines', then the next ones that are needed."""
    organisations = _listed_part(best, asked)
    docs = reading.parse([f.sentence.text for f in best])
    names = [_names(f, doc, organisations, asked) for f, doc in zip(best, docs, strict=True)]
    # a plural noun's members are named where the asked verb takes them, not in the
    # sentence after a lead that names none (as a venture's partner is)
    following = {
        i: after
        for i, f in enumerate(best)
        if asked.listing
        and (after := _next_sentence(f)) is not None
        and (not names[i] or _counts_unnamed(docs[i], f.part, names[i]) or _may_list(after))
    }
    quoted = [[f.sentence.text] for f in best]
    later = reading.parse(list(following.values())) if following else []
    for (i, after), doc in zip(following.items(), later, strict=True):
        announced = not names[i] or _counts_unnamed(docs[i], best[i].part, names[i])
        listed = enumerates(doc)
        if not (announced or listed):
            continue
        more = _names(best[i], doc, organisations, asked)
        # the members a count announces are several; one name more is no list of them,
        # unless the sentence lists members ("The acquisitions include ...")
        if more and (not names[i] or len(more) >= SEVERAL or listed):
            names[i] = more
            quoted[i] += [after]
    return [
        (f, found, " ".join(quotable(text) for text in texts))
        for f, found, texts in zip(best, names, quoted, strict=True)
    ]


def _counts_unnamed(doc: Doc, part: Part, names: list[str]) -> bool:
    """ "a suit ... against five power companies": the asked noun counted and not named
    there announces its members, which the next sentence names ("The suit was filed
    against Montana Power Co, ..."); not when the line names some ("Halden Bank and Osko
    Bank led a group of 12 banks")."""
    focus = part.focus
    if focus is None or any(name.lower().endswith(focus) for name in names):
        return False
    return any(
        token.lemma_.lower() == focus
        and token.tag_ == "NNS"
        and _counted(token)
        and not any(c.dep_ == "appos" for c in token.children)
        for token in doc
    )


# Verbs by which a sentence lists what a set holds ("The acquisitions include ..."); not
# "be", which as often places the set ("The branches are all in the Tucson area").
_HOLDING_VERBS = frozenset({"include", "comprise"})
_DEFINITE = frozenset({"the", "these", "those"})


# Any form of those verbs ("includes", "comprised"), to find the sentences worth parsing.
_HOLDING_FORMS = re.compile(rf"\b(?:{'|'.join(v[:-1] for v in sorted(_HOLDING_VERBS))})\w*", re.I)


def _may_list(text: str) -> bool:
    return _HOLDING_FORMS.search(text) is not None


def enumerates(doc: Doc) -> bool:
    """ "The acquisitions include Sleepeeze Ltd, ... and ...": a definite plural, taking up
    a set the sentence before named, listed member by member."""
    for verb in (t for t in doc if t.dep_ == "ROOT" and t.lemma_.lower() in _HOLDING_VERBS):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"]
        if any(c.lower_ in _DEFINITE for s in subjects for c in s.children if c.dep_ == "det"):
            return True
    return False


def _counted(noun: Token) -> bool:
    """A number on the noun: "five power companies", "the big four banks"."""
    return any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _line(finding: Finding, names: list[str], quote: str, sources: Sources) -> str:
    marker = sources.cite(finding, quote)
    lead = ", ".join(dict.fromkeys(names[:MAX_NAMES_A_LINE]))
    return f"• {lead + ' — ' if lead else ''}“{quote}” {marker}"


def _names(finding: Finding, doc: Doc, organisations: Part, asked: AskedQuestion) -> list[str]:
    found = candidates(doc, organisations, asked_names=asked.names, question=asked.text)
    if not asked.listing:
        # a plural noun's members are the asked relation's arguments (list_members.py)
        found = [c for c in found if governed_by_asked(doc[c.start : c.end], organisations)]
    names = [finding.article.spelled_out(c.text) for c in found]
    return without_descriptions([name for name in names if proper_name(name)])


def without_descriptions(names: list[str]) -> list[str]:
    """Each name once; a name that ends with another of them after words of its own is a
    description of it ("U.S. regional carrier Air Atlanta Inc" beside "Air Atlanta Inc"),
    left out. A name another only begins ("Halden Steel Works") is a name of its own."""
    unique = list(dict.fromkeys(names))
    return [n for n in unique if not any(o != n and n.endswith(f" {o}") for o in unique)]


def _next_sentence(finding: Finding) -> str | None:
    after = [s for s in finding.article.sentences if s.position == finding.sentence.position + 1]
    return after[0].text if after and finding.sentence.position >= 0 else None
