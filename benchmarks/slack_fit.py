"""Do long answers fit in Slack? Real answers from an ingested store, through the real App.

    ALLIANCE_BOT_DATA_DIR=/path/to/full-store python benchmarks/slack_fit.py
    python benchmarks/slack_fit.py "List every joint venture" "Which companies signed MoUs?"

Each question is asked of the real AllianceService on the configured data dir, then sent as
a signed mention to the production WSGI app (same setup as tests/slack: real Bolt, real
WebClient, the fake Slack API that refuses what Slack refuses). Prints, per question: the
answer's size, how it was delivered (messages, their largest block text, files), Slack
refusals, and whether the generic apology appeared (expect 0 and no).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the fake Slack server and harness live in tests/

from bot.slack.layout import text_length  # noqa: E402
from bot.slack.messages import ANSWER_ERROR  # noqa: E402
from retrieval.service import AllianceService  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402
from tests.bot_harness import BotHarness, mention  # noqa: E402

QUESTIONS = ["List every joint venture", "List all alliances"]


def measure(service: AllianceService, question: str, number: int) -> dict[str, object]:
    answer = service.ask(question)
    with (
        tempfile.TemporaryDirectory() as bot_dir,
        BotHarness(Path(bot_dir), assistant=service) as bot,
    ):
        ts = f"1700000{number:03d}.000100"
        started = time.perf_counter()
        bot.event(mention(question, ts=ts), event_id=f"Ev{number}")
        bot.settle()
        seconds = time.perf_counter() - started
        posts = [c.params for c in bot.slack.calls_to("chat.postMessage")]
        return {
            "question": question,
            "answer_chars": len(answer.text),
            "citations": len(answer.citations),
            "messages": len(posts),
            "largest_block_text": max(
                (text_length(p.get("blocks") or []) for p in posts), default=0
            ),
            "files": len(bot.slack.calls_to("files.completeUploadExternal")),
            "refused": len(bot.slack.refused()),
            "apology": any(p.get("text") == ANSWER_ERROR for p in posts),
            "seconds": round(seconds, 2),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("questions", nargs="*", default=QUESTIONS)
    args = parser.parse_args()
    service = AllianceService.from_settings(load_settings())
    try:
        print(f"store: {service.overview().articles} articles in {service.settings.data_dir}")
        for number, question in enumerate(args.questions):
            print(json.dumps(measure(service, question, number), ensure_ascii=False))
    finally:
        service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
