from __future__ import annotations

from retrieval.index.search import diversify, reciprocal_rank_fusion
from retrieval.service import AllianceService


def test_rrf_rewards_agreement_between_rankings() -> None:
    fused = reciprocal_rank_fusion([(["a", "b", "c"], 1.0), (["c", "b", "d"], 1.0)], k=60)
    assert {item for item, _ in fused[:2]} == {"b", "c"}
    assert {item for item, _ in fused} == {"a", "b", "c", "d"}


def test_rrf_weights() -> None:
    fused = reciprocal_rank_fusion([(["a"], 0.0), (["b"], 1.0)], k=60)
    assert fused[0][0] == "b"


def test_diversify_caps_chunks_per_article() -> None:
    ranked = [("a1", 5.0), ("a2", 4.0), ("a3", 3.0), ("b1", 2.0), ("c1", 1.0)]
    article_of = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "c1": "C"}
    kept = diversify(ranked, article_of=article_of, per_article=2, limit=4)
    assert [chunk for chunk, _ in kept] == ["a1", "a2", "b1", "c1"]


def test_hybrid_search_finds_the_gold_seed(seeded_service: AllianceService) -> None:
    hits = seeded_service.search("Who is CATL's chief financial officer?", top_k=4)
    assert hits[0].chunk.source == "003_12dc8710fa54c8a9.txt"
    per_article: dict[str, int] = {}
    for hit in hits:
        per_article[hit.chunk.article_id] = per_article.get(hit.chunk.article_id, 0) + 1
    assert max(per_article.values()) <= seeded_service.settings.retrieval.per_article
