"""Articles into sentences at ingest, and the catch-up when the sentence rules change.

Segmenting is cheap (spaCy's tokenizer, about 170,000 tokens/s), and the reader and the
registry both need every article's sentences, so it is done once, at ingest, and stored
with the catalog. The catalog records the NLP version that segmented it; a data dir made
by another version (or before sentences were kept) is re-segmented from its stored chunks.
"""

from __future__ import annotations

import logging

from retrieval.index.catalog import SENTENCE_VERSION_KEY, Catalog
from retrieval.nlp.pipeline import nlp_version
from retrieval.nlp.sentences import split_sentences

logger = logging.getLogger(__name__)
BATCH = 500


def segment(text: str) -> list[str]:
    return [sentence for sentence in split_sentences(text) if sentence.strip()]


def is_current(catalog: Catalog) -> bool:
    return catalog.get_meta(SENTENCE_VERSION_KEY) == nlp_version()


def mark_current(catalog: Catalog) -> None:
    catalog.set_meta(SENTENCE_VERSION_KEY, nlp_version())


def resegment(catalog: Catalog) -> int:
    """Bring every stored article's sentences to the current version; returns how many."""
    if is_current(catalog):
        targets = catalog.unsegmented_articles()
    else:
        targets = [row[0] for row in catalog.stored_articles()]
    with catalog.transaction():
        for start in range(0, len(targets), BATCH):
            batch = targets[start : start + BATCH]
            for article_id, text in catalog.article_texts(batch).items():
                catalog.put_sentences(article_id, segment(text))
        mark_current(catalog)
    if targets:
        logger.info("catalog: %d article(s) segmented into sentences", len(targets))
    return len(targets)
