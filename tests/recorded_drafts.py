"""Drafts a real model wrote, recorded by `benchmarks/llm_local.py --record`, replayed.

Each line of tests/data/llm_drafts.jsonl is one model call: the question, the temperature,
the messages the model was sent (system rules, then the sources and question), and the
completion it wrote. `replay` answers a request with the completion recorded for the same
prompt, or failing that for the same question (and kind of prompt) at the same
temperature, so the service can be asked the recorded questions through the real
ChatOpenAI client while its retrieval differs from the recording's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval.settings import PROJECT_ROOT
from retrieval.sources import Source
from tests.fake_openai import Reply

DRAFTS = PROJECT_ROOT / "tests" / "data" / "llm_drafts.jsonl"
_QUESTION = re.compile(r"<question>\n(.*?)\n</question>", re.DOTALL)
_SOURCE = re.compile(
    r'<source id="(\d+)">\ntitle: ([^\n]*)\n(?:date: ([^\n]*)\n)?text:\n(.*?)\n</source>',
    re.DOTALL,
)


@dataclass(frozen=True)
class Draft:
    id: str
    question: str
    temperature: float
    messages: list[dict[str, str]]
    completion: str
    model: str

    @property
    def prompt(self) -> str:
        return self.messages[-1]["content"]

    @property
    def registry(self) -> bool:
        return "<records>" in self.prompt

    def sources(self) -> list[Source]:
        """The numbered sources as the model saw them (text as rendered in the prompt)."""
        return [
            Source(
                number=int(number),
                article_id=f"recorded-{number}",
                source=f"recorded-{number}",
                title=title,
                date=date or None,
                url=None,
                text=text,
            )
            for number, title, date, text in _SOURCE.findall(self.prompt)
        ]


def load_drafts(path: Path = DRAFTS) -> list[Draft]:
    drafts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            drafts.append(
                Draft(
                    id=row["id"],
                    question=row["question"],
                    temperature=float(row["temperature"]),
                    messages=row["messages"],
                    completion=row["completion"],
                    model=row["model"],
                )
            )
    return drafts


def asked(prompt: str) -> str:
    """The question of a grounded prompt."""
    found = _QUESTION.search(prompt)
    return found.group(1).strip() if found else ""


def replay(drafts: list[Draft]) -> Callable[[dict[str, Any]], Reply | None]:
    """A FakeOpenAI responder serving the recorded completion for a request."""
    exact = {(d.prompt, d.temperature): d.completion for d in drafts}
    by_question = {
        (asked(d.prompt), d.registry, d.temperature): d.completion for d in reversed(drafts)
    }

    def respond(request: dict[str, Any]) -> Reply | None:
        messages = request.get("messages") or [{}]
        prompt = str(messages[-1].get("content", ""))
        temperature = float(request.get("temperature") or 0.0)
        found = exact.get((prompt, temperature))
        if found is None:
            found = by_question.get((asked(prompt), "<records>" in prompt, temperature))
        return Reply(found) if found is not None else None

    return respond
