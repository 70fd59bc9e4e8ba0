"""Evidence: the candidate articles' sentences, scored against each part of a question.

Sentences come whole from the catalog (segmented at ingest), so a quote is always a real
sentence of the article. Scoring is two-staged for speed: every sentence is scored by the
words it shares with the part (idf-weighted stems, spelling slips allowed), and only the
best few are parsed by spaCy (through the annotation cache) to look for an answer of the
asked kind and its tie to the question's words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from retrieval.models import Chunk, SearchHit
from retrieval.nlp.abbreviations import defined_abbreviations, short_form_key
from retrieval.nlp.names import defined_short_forms
from retrieval.nlp.newswire import for_parsing
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.continuation import refers_back
from retrieval.reading.kindred import Kin
from retrieval.reading.matching import ArticleNames
from retrieval.reading.name_spellings import brief
from retrieval.text import stem, terms, words

SentenceSource = Callable[[Sequence[str]], dict[str, list[str]]]
# A sentence longer than this is a table or a run-on list, not a quotable statement.
MAX_SENTENCE_CHARS = 900
MIN_SENTENCE_WORDS = 4
FOCUS_BONUS = 0.15
# How much of a term's weight a word of its sense, or a kind of it, covers in its stead.
KIN_CREDIT = 0.5


@dataclass(frozen=True)
class Sentence:
    article_id: str
    position: int  # -1 for the headline
    text: str
    previous: str | None = None  # the sentence before, when this one refers back to it

    @cached_property
    def terms(self) -> frozenset[str]:
        return frozenset(terms(self.text))


@dataclass
class ArticleEvidence:
    chunk: Chunk  # the article's best passage: source, title, date, url for citing
    rank: int  # 0 = the retriever's best article
    sentences: list[Sentence]
    names: ArticleNames
    title_terms: frozenset[str] = field(default_factory=frozenset)
    # lines too short to quote ("12 mths", "Year"), each with the position of the sentence
    # after it: in a results table they open a block
    short_lines: tuple[tuple[int, str], ...] = ()
    # a cache, not part of the evidence: no argument, not compared, not shown
    _by_short_form: dict[tuple[str, ...], dict[int, frozenset[str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def article_id(self) -> str:
        return self.chunk.article_id

    @cached_property
    def terms(self) -> frozenset[str]:
        """Every word stem the article uses, headline included."""
        return self.title_terms.union(*(s.terms for s in self.sentences))

    @cached_property
    def expansions(self) -> dict[str, frozenset[str]]:
        """Stem of each short form the article defines ("vtrs") -> stems of its words."""
        text = "\n".join(s.text for s in self.sentences)
        return {
            short: frozenset(terms(words)) for short, words in defined_abbreviations(text).items()
        }

    @cached_property
    def full_names(self) -> dict[str, str]:
        """Each company short form the article defines -> its full name ("ETL" ->
        "Equiticorp Tasman Ltd", from "<Equiticorp Tasman Ltd> (ETL)")."""
        text = for_parsing("\n".join(s.text for s in self.sentences))  # "<...>" dropped
        return {short: full.strip() for short, full in defined_short_forms(text)}

    def spelled_out(self, name: str) -> str:
        """A short form as the article defines it ("Equiticorp Tasman Ltd (ETL)"): a
        reader needs the name, not the article's shorthand for it."""
        full = self.full_names.get(name)
        return f"{full} ({name})" if full and full != name else name

    def terms_of(self, sentence: Sentence, asked: tuple[str, ...] = ()) -> frozenset[str]:
        """The sentence's stems, with the words of the short forms it uses, and each asked
        short form whose full name it writes."""
        found = self._expanded_terms.get(sentence.position, sentence.terms)
        extra = self._asked_short_forms(asked).get(sentence.position) if asked else None
        return found | extra if extra else found

    def _asked_short_forms(self, asked: tuple[str, ...]) -> dict[int, frozenset[str]]:
        """Sentence position -> stems of the asked short forms it writes in full ("Japan
        Airlines" for "JAL"), as the article names them (matching.ArticleNames.written_out)."""
        if asked not in self._by_short_form:
            # in full: more words than one ("ATT" is only another spelling of "AT&T")
            fulls = [
                (frozenset(terms(n)), [f for f in self.names.written_out((n,)) if " " in f])
                for n in asked
                if brief(n)
            ]
            self._by_short_form[asked] = {
                s.position: frozenset().union(*hits)
                for s in self.sentences
                if (hits := [stems for stems, full in fulls if any(f in s.text for f in full)])
            }
        return self._by_short_form[asked]

    @cached_property
    def _expanded_terms(self) -> dict[int, frozenset[str]]:
        # once per article: relevance asks for every sentence once per part
        found = {}
        for sentence in self.sentences if self.expansions else ():
            used = {short_form_key(word) for word in words(sentence.text)}
            extra = [self.expansions[short] for short in used if short in self.expansions]
            if extra:
                found[sentence.position] = sentence.terms.union(*extra)
        return found


def gather(
    hits: Sequence[SearchHit], sentences_of: SentenceSource | None, *, articles: int
) -> list[ArticleEvidence]:
    """The retrieved articles (best first, at most `articles`) with all their sentences."""
    firsts: dict[str, Chunk] = {}
    for hit in hits:
        firsts.setdefault(hit.chunk.article_id, hit.chunk)
    chosen = list(firsts)[:articles]
    stored = sentences_of(chosen) if sentences_of is not None else {}
    gathered = []
    for rank, article_id in enumerate(chosen):
        chunk = firsts[article_id]
        texts = stored.get(article_id) or _from_hits(hits, article_id)
        kept = [t for t in texts if _quotable(t)]
        short_lines = _short_lines(texts)
        sentences = [
            Sentence(article_id, i, text, kept[i - 1] if i and refers_back(text) else None)
            for i, text in enumerate(kept)
        ]
        full = "\n".join([chunk.title, *kept])
        gathered.append(
            ArticleEvidence(
                chunk,
                rank,
                sentences,
                ArticleNames(full),
                frozenset(terms(chunk.title)),
                short_lines,
            )
        )
    return gathered


def _from_hits(hits: Sequence[SearchHit], article_id: str) -> list[str]:
    """Sentences of the retrieved chunks, for a catalog without stored sentences."""
    from retrieval.nlp.sentences import split_sentences  # noqa: PLC0415

    seen: dict[str, None] = {}
    for hit in hits:
        if hit.chunk.article_id == article_id:
            for sentence in split_sentences(hit.chunk.text):
                seen.setdefault(sentence, None)
    return list(seen)


def _short_lines(texts: list[str]) -> tuple[tuple[int, str], ...]:
    """Each unquotable short line with the position the next quotable sentence gets."""
    found = []
    kept = 0
    for text in texts:
        if _quotable(text):
            kept += 1
        elif len(text) <= MAX_SENTENCE_CHARS:
            found.append((kept, text))
    return tuple(found)


def _quotable(text: str) -> bool:
    return len(text) <= MAX_SENTENCE_CHARS and len(text.split()) >= MIN_SENTENCE_WORDS


@dataclass(frozen=True)
class Weights:
    """idf weights of the question's terms, split into what a part asks and its context."""

    idf: Callable[[str], float]

    def of(self, wanted: Iterable[str]) -> dict[str, float]:
        return {term: max(self.idf(term), 0.1) for term in wanted}


# Derivational endings: "ownership" and "own", "partnership" and "partner" are one word family.
DERIVATIONS = (
    "ership",
    "ment",
    "ation",
    "ship",
    "ion",
    "ance",
    "ence",
    "ity",
    "ness",
    "er",
    "or",
    "man",
    "woman",  # "chair" / "chairman", "spokes" aside: an agent noun of the word
)
MIN_ROOT = 3


def coverage(weights: dict[str, float], present: frozenset[str], kin: Kin = ()) -> float:
    """The weighted share of the terms present; a term whose kindred word is present in
    its stead ("airliner" for "plane") counts `KIN_CREDIT` of its weight."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    covered = sum(w for term, w in weights.items() if _has(term, present))
    if kin:  # a part with kindred words only: every other scores as before
        covered += sum(
            KIN_CREDIT * weights.get(term, 0.0)
            for term, words in kin
            if words & present and not _has(term, present)
        )
    return covered / total


def _has(term: str, present: frozenset[str]) -> bool:
    """The term or one of its word family: a derivation of it ("partner" + "ship") or the
    root it derives from. Looked up by ending, not by scanning `present`: a cold question
    meets a few hundred sentences of a few dozen terms each."""
    if term in present:
        return True
    if len(term) >= MIN_ROOT and any(term + ending in present for ending in DERIVATIONS):
        return True
    return any(
        term.endswith(ending)
        and len(term) - len(ending) >= MIN_ROOT
        and term[: -len(ending)] in present
        for ending in DERIVATIONS
    )


def relevance(
    sentence: Sentence,
    article: ArticleEvidence,
    part: Part,
    question: AskedQuestion,
    weights: Weights,
    *,
    similarity: float,
) -> float:
    """How much of the part (and of the question's context) a sentence covers, in words
    and in meaning (the embedding's cosine: "trimmed" is close to "cut", "worth" to
    "valued at", which no shared word shows)."""
    own = weights.of(part.terms)
    context = weights.of(t for t in question.context_terms if t not in own)
    in_sentence = article.terms_of(sentence, question.names)
    around = in_sentence | article.title_terms
    part_cover = coverage(own, in_sentence, part.kin) if own else coverage(context, in_sentence)
    context_cover = coverage(context, around) if context else 1.0
    # The noun asked about ("exchange", "stake") named in the sentence itself.
    focus = FOCUS_BONUS if part.focus and _has(stem(part.focus.lower()), in_sentence) else 0.0
    return 0.4 * part_cover + 0.2 * context_cover + 0.4 * max(similarity, 0.0) + focus
