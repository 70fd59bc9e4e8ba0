"""Bad input on the real pipeline: odd questions get graceful replies through Slack, and a
folder of 1,000 broken files is skipped file by file without storing anything from it."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.slack.answering import MAX_QUESTION_CHARS
from bot.slack.blocks import MAX_BLOCKS, MAX_FALLBACK_CHARS, MAX_SECTION_CHARS
from bot.slack.messages import ANSWER_ERROR, STORE_UNAVAILABLE
from retrieval.service import AllianceService
from tests.bot_harness import BotHarness, mention, message

ODD_QUESTIONS = {
    "huge": "Which companies did Geely partner with? " + "a" * 40_000,
    "emoji": "🤝🚗🔋💥🤔",
    "punctuation": "?!?… ,.;: -- ((()))",
    "chinese": "吉利和沃尔沃是什么关系？",
    "french": "Avec quelles entreprises Geely a-t-il signé un partenariat ?",
    "arabic": "ما هي الشراكات التي وقعتها شركة جيلي؟",
    "markup": "<!channel> <@U0VICTIM> <https://evil.example|who> &amp; partnered?",
    "nul": "Who\x00 partnered\u200b with\ufeff Geely?",
}


def assert_fits_in_slack(posted: dict[str, Any]) -> None:
    blocks = posted["blocks"]
    assert 0 < len(blocks) <= MAX_BLOCKS
    assert 0 < len(posted["text"]) <= MAX_FALLBACK_CHARS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS


def test_odd_questions_get_graceful_replies_from_the_real_pipeline(
    seeded_service: AllianceService, tmp_path: Path
) -> None:
    with BotHarness(tmp_path / "bot", assistant=seeded_service) as bot:
        for number, text in enumerate(ODD_QUESTIONS.values()):
            ts = f"1700000000.{number:06d}"
            event = (
                message(text, ts=ts, channel="D0DM", channel_type="im")
                if number % 2
                else mention(text, ts=ts)
            )
            assert bot.event(event, event_id=f"EvOdd{number}").status == 200
        bot.settle()
        posts = {
            call.params["thread_ts"]: call.params for call in bot.slack.calls_to("chat.postMessage")
        }
    assert len(posts) == len(ODD_QUESTIONS)  # one reply each, in its own thread
    for number, name in enumerate(ODD_QUESTIONS):
        posted = posts[f"1700000000.{number:06d}"]
        assert posted["text"] not in (ANSWER_ERROR, STORE_UNAVAILABLE), name
        assert_fits_in_slack(posted)
        rendered = json.dumps(posted["blocks"], ensure_ascii=False) + posted["text"]
        assert "<!channel>" not in rendered and "<@U0VICTIM>" not in rendered
    assert f"up to {MAX_QUESTION_CHARS:,} characters" in posts["1700000000.000000"]["text"]


# -- 1,000 random or broken files ------------------------------------------------------------

SUFFIXES = (".txt", ".md", ".html", ".pdf", ".jsonl")
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
    b"4 0 obj<</Length 44>>stream\nBT /F1 24 Tf 72 700 Td (Geely Volvo deal) Tj ET\n"
    b"endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _noise(rng: random.Random) -> bytes:
    # Long enough never to be valid UTF-8 by chance, or nothing at all.
    return rng.choice([b"", rng.randbytes(rng.randrange(64, 4000))])


BINARY_JUNK: list[Callable[[random.Random], bytes]] = [
    _noise,
    lambda rng: b"\x00" * rng.randrange(1, 2000),
    lambda rng: MINIMAL_PDF[: rng.randrange(1, len(MINIMAL_PDF) // 2)],
    lambda rng: b"\xff\xfe\x00" + rng.randbytes(rng.randrange(1, 500)) + b"\x00" * 10,
    lambda rng: b"%PDF-1.7\n" + b"\x00" * rng.randrange(1, 100),
]
# JSON junk goes only into .jsonl files: in a .txt it would be valid (if odd) text.
JSON_JUNK: list[Callable[[random.Random], bytes]] = [
    lambda rng: b'{"title": "Geely", "text": "unterminated' + rng.randbytes(rng.randrange(50)),
    lambda rng: b'{"title": 5, "text": null}\n[1, 2]\n"a string"\n',
    lambda rng: b" \n\t\n",
]


def broken_bytes(rng: random.Random, suffix: str) -> bytes:
    """Bytes no loader can turn into an article: noise, NULs, truncation, broken JSON."""
    makers = BINARY_JUNK + (JSON_JUNK if suffix == ".jsonl" else [])
    return rng.choice(makers)(rng)


def write_broken_folder(folder: Path, count: int, seed: int = 20240611) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    paths = []
    for number in range(count):
        suffix = SUFFIXES[number % len(SUFFIXES)]
        path = folder / f"broken_{number:04d}{suffix}"
        path.write_bytes(broken_bytes(rng, suffix))
        paths.append(path)
    return paths


@pytest.mark.parametrize("store_mode", ["embedded"], indirect=True)
def test_a_thousand_broken_files_are_each_skipped_and_store_nothing(
    seeded_service: AllianceService, tmp_path: Path
) -> None:
    articles_before = seeded_service.catalog.count_articles()
    chunks_before = seeded_service.vectors.count()
    paths = write_broken_folder(tmp_path / "broken", 1000)
    report = seeded_service.ingest([tmp_path / "broken"])
    # A JSON Lines file is skipped line by line: "broken_0004.jsonl#line 1".
    reasons = {Path(skip.source.split("#")[0]).name: skip.reason for skip in report.skipped}
    missing = [path.name for path in paths if path.name not in reasons]
    assert missing == [], f"{len(missing)} broken files were not reported: {missing[:5]}"
    assert all(reason.strip() for reason in reasons.values())
    assert report.added == [] and report.updated == [] and report.chunks_written == 0
    assert seeded_service.catalog.count_articles() == articles_before
    assert seeded_service.vectors.count() == chunks_before
    assert list(seeded_service.catalog.files_under(str((tmp_path / "broken").resolve()))) == []
    answer = seeded_service.ask("Who is CATL's chief financial officer?")
    assert answer.answered and "Zheng Shu" in answer.text
