from __future__ import annotations

from pathlib import Path

from retrieval.index.lexical import Bm25Index, load_cached, save_cached

DOCS = [
    ("c1", "a1", "Geely and Renault sign a memorandum of understanding on hybrids"),
    ("c2", "a2", "CATL will supply power batteries to BAIC"),
    ("c3", "a3", "Renault Renault Renault quarterly results"),
    ("c4", "a4", "The weather in Hangzhou"),
]


def test_rare_matching_terms_rank_first() -> None:
    index = Bm25Index.build(DOCS)
    ranked = index.search("Which battery supplier works with BAIC?", limit=3)
    assert [chunk_id for chunk_id, _ in ranked] == ["c2"]


def test_scores_saturate_and_limit_applies() -> None:
    index = Bm25Index.build(DOCS)
    ranked = index.search("Renault Geely hybrids", limit=1)
    assert ranked[0][0] == "c1"  # three query terms beat one term repeated three times
    assert len(ranked) == 1


def test_unknown_terms_and_empty_index() -> None:
    assert Bm25Index.build(DOCS).search("zzzz", limit=5) == []
    assert Bm25Index.build([]).search("Renault", limit=5) == []


def test_cache_is_keyed_by_generation(tmp_path: Path) -> None:
    path = tmp_path / "bm25.pickle"
    index = Bm25Index.build(DOCS)
    save_cached(path, index, generation=3)
    loaded = load_cached(path, generation=3)
    assert loaded is not None and loaded.chunk_ids == index.chunk_ids
    assert load_cached(path, generation=4) is None
    path.write_bytes(b"garbage")
    assert load_cached(path, generation=3) is None
