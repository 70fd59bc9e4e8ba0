"""The rule-based alliance extractor: the seed figures, and its general rules on new prose."""

from __future__ import annotations

import ast
import hashlib
import re

import pytest

from retrieval.ingest.documents import load_file
from retrieval.models import Alliance, Article
from retrieval.registry.extraction import (
    RULE_MODULES,
    SHARED_MODULES,
    ArticleExtraction,
    RuleExtractor,
)
from retrieval.registry.people import group_people
from retrieval.registry.reading import is_about_the_article
from retrieval.settings import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"


def seed_article(prefix: str) -> Article:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    [article], _ = load_file(path)
    return article


@pytest.fixture(scope="module")
def seeds() -> dict[str, ArticleExtraction]:
    extractor = RuleExtractor()
    return {p: extractor.extract(seed_article(p)) for p in ("000", "001", "002", "003", "004")}


def only(extraction: ArticleExtraction) -> Alliance:
    [alliance] = extraction.alliances
    return alliance


def article(text: str, *, title: str = "Company news", date: str | None = None) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(
        article_id=digest[:16], source="test.txt", title=title, text=text, date=date,
        content_hash=digest,
    )  # fmt: skip


def extract(text: str, **fields: str | None) -> list[Alliance]:
    return RuleExtractor().extract(article(text, **fields)).alliances  # type: ignore[arg-type]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# -- the seeds -----------------------------------------------------------------------------
def test_the_seeds_yield_exactly_four_alliances(seeds: dict[str, ArticleExtraction]) -> None:
    pairs = {frozenset(a.party_names) for e in seeds.values() for a in e.alliances}
    assert pairs == {
        frozenset({"Alibaba", "Geely"}),
        frozenset({"GAC", "SAIC"}),
        frozenset({"Geely", "Renault"}),
        frozenset({"BAIC", "CATL"}),
    }
    assert seeds["004"].alliances == []  # the article about Alibaba's CEO


def test_alibaba_geely(seeds: dict[str, ArticleExtraction]) -> None:
    alliance = only(seeds["000"])
    assert alliance.kind == "strategic cooperation agreement"
    assert "signed a strategic cooperation agreement" in alliance.kind_evidence
    assert alliance.date is not None
    # "On January 12" in an undated article: the year stays unknown.
    assert (alliance.date.value, alliance.date.basis) == ("--01-12", "unknown")
    assert [area.name for area in alliance.areas] == [
        "cloud computing and industrial Internet",
        "automobile intelligence and intelligent travel",
        "digital intelligent marketing",
        "sustainable development",
    ]
    geely = next(p for p in alliance.parties if p.name == "Geely")
    assert "Geely Holding Group" in geely.aliases


def test_gac_saic_with_signatories_and_witnesses(seeds: dict[str, ArticleExtraction]) -> None:
    alliance = only(seeds["001"])
    assert (alliance.kind, alliance.label) == (
        "framework agreement",
        "strategic cooperation framework agreement",
    )
    assert alliance.date is not None and alliance.date.value == "--12-23"
    people = {(p.name, p.part, p.title, p.organization) for p in alliance.people}
    assert people == {
        ("Feng Xingya", "signatory", "General Manager", "GAC"),
        ("Wang Xiaoqiu", "signatory", "President", "SAIC"),
        ("Zeng Qinghong", "witness", "Chairman", "GAC"),
        ("Chen Hong", "witness", "Chairman", "SAIC"),
    }
    areas = {area.name for area in alliance.areas}
    for expected in (
        "new energy", "intelligence", "networking", "lightweighting", "logistics",
        "auto finance", "insurance services", "after-market", "overseas markets",
    ):  # fmt: skip
        assert expected in areas


def test_geely_renault(seeds: dict[str, ArticleExtraction]) -> None:
    alliance = only(seeds["002"])
    assert alliance.kind == "memorandum of understanding"
    areas = " | ".join(area.name for area in alliance.areas)
    for expected in ("hybrid models", "Korean market", "China market", "South Korea market"):
        assert expected in areas
    assert "CMA architecture" in areas


def test_baic_catl(seeds: dict[str, ArticleExtraction]) -> None:
    alliance = only(seeds["003"])
    assert alliance.kind == "strategic cooperation agreement"
    assert alliance.date is not None
    # "On March 13th" in an article dated 2023-03-13.
    assert (alliance.date.value, alliance.date.basis) == ("2023-03-13", "article")
    catl = next(p for p in alliance.parties if p.name == "CATL")
    assert "Contemporary Amperex Technology Co. Limited" in catl.aliases
    areas = {area.name for area in alliance.areas}
    assert {"power battery products", "NEV market", "power batteries"} <= areas
    attendees = {p.name: p.organization for p in alliance.people if p.part == "attendee"}
    assert attendees["Jiang Deyi"] == "BAIC" and attendees["Zeng Yuqun"] == "CATL"
    assert attendees["Zheng Shu"] == "CATL"  # "CFO Zheng Shu" in CATL's half of the list


def test_every_field_quotes_a_sentence_of_its_article(
    seeds: dict[str, ArticleExtraction],
) -> None:
    for prefix, extraction in seeds.items():
        source = seed_article(prefix)
        text = squash(f"{source.title}\n{source.text}")
        for alliance in extraction.alliances:
            evidence = [alliance.kind_evidence, *(p.evidence for p in alliance.parties)]
            evidence += [a.evidence for a in alliance.areas]
            evidence += [p.evidence for p in alliance.people]
            evidence += [alliance.date.evidence] if alliance.date else []
            for sentence in evidence:
                assert squash(sentence) in text, (prefix, sentence)


def test_a_republishing_credit_is_not_an_alliance() -> None:
    credit = "It has been republished here as part of 36Kr’s ongoing partnership with Nikkei."
    assert is_about_the_article(credit)
    assert "partnership with Nikkei" in seed_article("004").text


def test_zhang_yong_and_daniel_zhang_are_one_person(seeds: dict[str, ArticleExtraction]) -> None:
    groups = group_people([*seeds["000"].people, *seeds["004"].people])
    [zhang] = [g for g in groups if any(m.name == "Zhang Yong" for m in g)]
    assert {m.name for m in zhang} == {"Zhang Yong", "Daniel Zhang"}
    # Same family name, other person: Jeff Zhang heads DAMO Academy, not Alibaba.
    assert all(m.name != "Jeff Zhang" for m in zhang)


# -- the rules on prose they were not written from -------------------------------------------
def test_acronym_in_parentheses_becomes_the_canonical_name() -> None:
    [alliance] = extract(
        "Acme Widgets Inc. and Borealis Motor Co., Ltd. (BMC) signed a memorandum of "
        "understanding on hydrogen trucks on March 3.",
        date="2021-03-05",
    )
    assert sorted(alliance.party_names) == ["Acme Widgets", "BMC"]
    assert alliance.kind == "memorandum of understanding"
    assert alliance.date is not None and alliance.date.value == "2021-03-03"


def test_a_month_day_after_the_article_date_is_last_year() -> None:
    [alliance] = extract(
        "On December 23, Kestrel Holdings and Nordlicht AG signed a framework agreement.",
        date="2024-01-05",
    )
    assert alliance.date is not None
    assert (alliance.date.value, alliance.date.basis) == ("2023-12-23", "article")


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        (
            "Zenith Corp said it agreed to acquire Orbit Systems Inc for 20 mln dlrs.",
            "acquisition",
            {"Zenith": "acquirer", "Orbit Systems": "target"},
        ),
        (
            "Orbit Systems Inc said it was acquired by Zenith Corp in a stock swap.",
            "acquisition",
            {"Zenith": "acquirer", "Orbit Systems": "target"},
        ),
        (
            "Zenith Corp said it sold its Helix unit to Pinecrest Partners Inc.",
            "acquisition",
            {"Zenith": "seller", "Pinecrest Partners": "acquirer"},
        ),
        (
            "The joint venture between Nordlicht AG and Kestrel Holdings will make cells.",
            "joint venture",
            {"Nordlicht": "partner", "Kestrel": "partner"},
        ),
        (
            "Zenith Corp said it bought a 12 pct stake in Orbit Systems Inc.",
            "investment",
            {"Zenith": "investor", "Orbit Systems": "investee"},
        ),
    ],
)
def test_deal_patterns(text: str, kind: str, roles: dict[str, str]) -> None:
    [alliance] = extract(text)
    assert alliance.kind == kind
    assert {p.name: p.role for p in alliance.parties} == roles


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Corp is in talks to acquire Orbit Systems Inc.",
        "Zenith Corp denied rumors that it would buy Orbit Systems Inc.",
        "Zenith Corp launched a hostile tender offer for Orbit Systems Inc.",
        "This article first appeared on Example News as part of our partnership with Foo Inc.",
    ],
)
def test_talks_rumours_bids_and_credits_are_not_alliances(text: str) -> None:
    assert extract(text) == []


def test_witnesses_and_signatories_from_one_sentence() -> None:
    [alliance] = extract(
        "Kestrel Holdings and Nordlicht AG signed a strategic cooperation agreement. "
        "Under the witness of Ann Lee, Chairman of Kestrel Holdings, and Bo Chen, President "
        "of Nordlicht AG, Carl Diaz, CEO of Kestrel Holdings, and Dana Wu, CFO of Nordlicht "
        "AG, signed the agreement on behalf of both parties."
    )
    parts = {p.name: (p.part, p.organization) for p in alliance.people}
    assert parts == {
        "Ann Lee": ("witness", "Kestrel"),
        "Bo Chen": ("witness", "Nordlicht"),
        "Carl Diaz": ("signatory", "Kestrel"),
        "Dana Wu": ("signatory", "Nordlicht"),
    }


def _registry_imports(module: str, package: str = "registry") -> set[str]:
    """The modules of `package` (a package under retrieval, or "" for retrieval's own
    modules) that a registry module imports, as paths under retrieval/ ("nlp/names")."""
    found = _imports(f"registry/{module}")
    if package == "registry":
        return {p.removeprefix("registry/") for p in found if p.startswith("registry/")}
    if package:
        return {p for p in found if p.startswith(f"{package}/")}
    return {p for p in found if "/" not in p}


def _imports(path: str) -> set[str]:
    """The retrieval modules a module imports, as paths under retrieval/, in either form
    ("from retrieval.nlp.names import x", "from retrieval.nlp import wordnet_files")."""
    tree = ast.parse((PROJECT_ROOT / "retrieval" / f"{path}.py").read_text())
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not node.module:
            continue
        if node.module in {"retrieval", "retrieval.nlp"}:
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif node.module.startswith("retrieval."):
            found.add(node.module)
    return {name.removeprefix("retrieval.").replace(".", "/") for name in found}


def _shared_closure(direct: set[str], skipped: set[str]) -> set[str]:
    """The shared modules the rules read, and those they read in turn (a rule reads
    WordNet's files through nlp/wordnet), not descending into `skipped`."""
    found: set[str] = set()
    todo = sorted(direct)
    while todo:
        path = todo.pop()
        if path in found or path in skipped:
            continue
        found.add(path)
        todo.extend(p for p in _imports(path) if not p.startswith("registry/"))
    return found


def test_the_rule_version_digests_every_module_the_extractor_runs() -> None:
    """`RuleExtractor.version` digests RULE_MODULES: a registry module the extractor
    imports but the list leaves out could change its rules without the registry being
    re-extracted (and a listed module it no longer imports re-extracts for nothing)."""
    seen: set[str] = set()
    todo = ["extraction"]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(_registry_imports(module))
    assert set(RULE_MODULES) == seen
    # the NLP modules the rules read with: digested too, but for the pipeline (its version
    # is the NLP version) and the parse cache (no rule)
    direct = {path for module in seen for package in ("nlp", "") for path in
              _registry_imports(module, package)}  # fmt: skip
    skipped = {"nlp/pipeline", "nlp/annotations", "models"}
    assert set(SHARED_MODULES) == _shared_closure(direct, skipped)
