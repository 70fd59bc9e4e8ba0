"""bot.slack.layout: every page of every answer passes Slack's limits (the fake's rules,
written independently), nothing of the answer is lost, and escaping growth is counted."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.slack.blocks import FEEDBACK_ACTION, SHARE_SUMMARY, escape_mrkdwn
from bot.slack.layout import (
    COMPACT_SOURCES,
    MAX_PAGES,
    SOURCES_ACTION,
    TEXT_BUDGET,
    AnswerLayout,
    Level,
    layout_answer,
    notice_layout,
    strongest,
    text_length,
)
from retrieval.models import Answer, Citation
from tests import fake_slack_rules
from tests.fakes import answer_for, citation, registry_answer

REF = "0123456789abcdef"


def all_pages(layout: AnswerLayout) -> list[tuple[Level, int, dict[str, Any]]]:
    return [
        (level, index, {"channel": "C1", "text": page.text, "blocks": page.blocks})
        for level in Level
        for index, page in enumerate(layout.pages[level])
    ]


def check_accepted(layout: AnswerLayout) -> None:
    """What Slack (the fake's independent rules) would accept, at every level, every page."""
    assert len({len(pages) for pages in layout.pages}) == 1
    for level, index, params in all_pages(layout):
        refused = fake_slack_rules.why("chat.postMessage", params)
        assert refused == "accepted", f"{level.name} page {index}: {refused}"
        assert text_length(params["blocks"]) <= TEXT_BUDGET
        for block in params["blocks"]:
            if block["type"] == "section":
                assert block["text"]["verbatim"] is True


def body_text(layout: AnswerLayout, level: Level = Level.FULL) -> str:
    """The answer text as the pages show it (sections in order)."""
    return "".join(
        block["text"]["text"]
        for page in layout.pages[level]
        for block in page.blocks
        if block["type"] == "section"
    )


def squeeze(text: str) -> str:
    return "".join(text.split())


CASES = {
    "short, one source": (answer_for("q"), 1, "full"),
    "eight sources": (answer_for("q", citations=[citation(n) for n in range(1, 9)]), 1, "full"),
    "30-line registry list": (registry_answer(30), 1, "compact"),
    "R&D × 700 grows to twice its length": (answer_for("q", text="R&D " * 700), 1, "full"),
    "300-line registry list": (registry_answer(300), 5, "compact"),
    "'&' × 30,000: too long to page": (
        answer_for("q", text="& " * 30_000, citations=[citation(n) for n in range(1, 13)]),
        1,
        "compact",
    ),
    "a refusal": (
        Answer(question="q", text="Not in the articles.", answered=False, citations=[citation()]),
        1,
        "none",
    ),
}


@pytest.mark.parametrize(("answer", "pages", "sources"), CASES.values(), ids=list(CASES))
def test_every_page_fits_and_nothing_is_lost(answer: Answer, pages: int, sources: str) -> None:
    layout = layout_answer(answer, ref=REF, share_action=SHARE_SUMMARY, title=answer.question)
    check_accepted(layout)
    assert layout.page_count == pages
    rendered = json.dumps([p.blocks for p in layout.pages[Level.FULL]], ensure_ascii=False)
    if layout.attachment is None:
        assert squeeze(body_text(layout)) == squeeze(escape_mrkdwn(answer.text))
        assert pages <= MAX_PAGES
    else:  # the first page starts the answer; the file holds all of it
        assert squeeze(escape_mrkdwn(answer.text)).startswith(squeeze(body_text(layout)))
        assert answer.text in layout.attachment.content
        assert "follows as a file" in rendered
    if sources == "full":
        assert all(f"“{escape_mrkdwn(c.quote)}”" in rendered for c in answer.citations)
        assert SOURCES_ACTION not in rendered
    if sources == "compact":
        compact = layout.pages[Level.COMPACT][-1].blocks
        assert SOURCES_ACTION in json.dumps(compact, ensure_ascii=False)
        assert f"Show all {len(answer.citations)} sources" in json.dumps(
            compact, ensure_ascii=False
        )
        assert f"…and {len(answer.citations) - COMPACT_SOURCES} more sources" in json.dumps(
            compact, ensure_ascii=False
        )
    if sources == "none":
        assert "Sources" not in rendered
    last = layout.pages[Level.FULL][-1].blocks
    assert last[-1]["type"] == "context_actions"
    assert last[-1]["elements"][0]["action_id"] == FEEDBACK_ACTION
    assert layout.pages[Level.FULL][0].blocks[0]["type"] == "header"


def test_the_30_citation_list_that_slack_refused_now_fits_in_one_message() -> None:
    answer = registry_answer(30)
    # The measurement: all 30 sources with quotes are more than Slack takes.
    everything = sum(len(c.title) + len(c.quote) + len(c.url or "") for c in answer.citations)
    assert everything + len(answer.text) > fake_slack_rules.MESSAGE_TEXT_TOTAL
    layout = layout_answer(answer, ref=REF)
    [page] = layout.pages[Level.FULL]
    check_accepted(layout)
    shown = json.dumps(page.blocks, ensure_ascii=False)
    for cited in strongest(answer.citations):
        assert f"[{cited.number}] <{cited.url.replace('&', '&amp;')}|" in shown  # type: ignore[union-attr]
    assert shown.count("“") == 0  # compact: no quotes


def test_pages_say_where_they_are_and_later_pages_have_their_own_fallback() -> None:
    layout = layout_answer(registry_answer(300), ref=REF)
    pages = layout.pages[Level.FULL]
    assert "Part 1 of 5, continued below" in json.dumps(pages[0].blocks)
    assert "Part 5 of 5" in json.dumps(pages[-1].blocks)
    assert pages[0].text.startswith("300 joint ventures")
    assert pages[1].text.startswith("• Company")
    assert all(len(page.text) <= 3000 for page in pages)


def test_the_strongest_sources_are_shown_in_number_order() -> None:
    cited = [
        citation(n, score=score) for n, score in enumerate([0.1, 0.9, 0.5, 0.9, 0.2, 0.8, 0.7], 1)
    ]
    assert [c.number for c in strongest(cited, 3)] == [2, 4, 6]


def test_the_plain_level_has_no_blocks_and_the_same_text() -> None:
    layout = layout_answer(answer_for("q", text="Geely & Volvo [1]."), ref=REF)
    [plain] = layout.pages[Level.PLAIN]
    assert plain.blocks == []
    assert "Geely &amp; Volvo [1]." in plain.text and "Sources" in plain.text


def test_a_notice_is_one_page_at_every_level() -> None:
    layout = notice_layout("Sorry & goodbye")
    check_accepted(layout)
    assert layout.page_count == 1 and layout.pages[Level.PLAIN][0].blocks == []


def test_without_a_reference_there_are_no_buttons() -> None:
    layout = layout_answer(registry_answer(12))
    rendered = json.dumps([p.blocks for p in layout.pages[Level.FULL]], ensure_ascii=False)
    assert SOURCES_ACTION not in rendered and FEEDBACK_ACTION not in rendered
    assert "…and 7 more sources" in rendered


def test_a_shared_answer_names_who_shared_it_escaped() -> None:
    layout = layout_answer(answer_for("q"), ref=REF, shared_by="U0ABC")
    assert "Shared by <@U0ABC>" in json.dumps(layout.pages[Level.FULL][0].blocks)
    forged = layout_answer(answer_for("q"), shared_by="<!channel>")
    assert "&lt;!channel&gt;" in json.dumps(forged.pages[Level.FULL][0].blocks)


def long_citation(n: int, size: int) -> Citation:
    return citation(n, title="T&" * size, url="https://x.example/" + "a" * size, quote="Q<" * size)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab &<>[]1.\n @")), max_size=40_000),
    sources=st.integers(min_value=0, max_value=120),
    size=st.integers(min_value=1, max_value=600),
    title=st.booleans(),
)
def test_any_answer_fits(text: str, sources: int, size: int, title: bool) -> None:
    answer = Answer(
        question="q" * size,
        text=text,
        answered=True,
        citations=[long_citation(n, size) for n in range(1, sources + 1)],
    )
    layout = layout_answer(
        answer,
        ref=REF,
        share_action=SHARE_SUMMARY,
        title=answer.question if title else None,
        shared_by="U1",
    )
    check_accepted(layout)
    if layout.attachment is None and text.strip():
        assert squeeze(body_text(layout, Level.COMPACT)) == squeeze(escape_mrkdwn(text))
