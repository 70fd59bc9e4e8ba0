"""Slack load: N concurrent signed mentions (plus a Slack retry of each) against the real App.

    python benchmarks/slack_load.py                      # real AllianceService on the seeds
    python benchmarks/slack_load.py --assistant fake --delay 0.2
    python benchmarks/slack_load.py -n 200 --threads 16

Same setup as tests/slack/test_http.py: the production WSGI app on 127.0.0.1 (wsgiref, a thread
per request), real signature checks, and the real WebClient talking to the fake Slack API.
Prints ack latency, answer latency, answers posted (expect N) and duplicates (expect 0).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the fake Slack server and harness live in tests/

from tests.bot_harness import BotHarness, mention  # noqa: E402
from tests.fakes import FakeAssistant  # noqa: E402

QUESTIONS = [
    "Who is the president of SAIC Group?",
    "Who replaced Cheng Li at Alibaba?",
    "Who is the chairman of Geely Holding Group?",
    "Which companies signed partnerships?",
    "What did BAIC and CATL agree?",
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def build_assistant(kind: str, delay: float, data_dir: Path) -> tuple[Any, str]:
    """The real service (seeds ingested) when asked and importable, else the fake."""
    if kind in {"real", "auto"}:
        try:  # imported here: the fake must still work when the pipeline cannot load
            from retrieval.service import AllianceService  # noqa: PLC0415
            from retrieval.settings import load_settings  # noqa: PLC0415

            service = AllianceService.from_settings(load_settings(data_dir=data_dir / "rag"))
            report = service.ingest()
            return service, f"real AllianceService ({len(report.added)} seed articles)"
        except Exception as error:
            if kind == "real":
                raise
            print(f"(real assistant unavailable: {error!r}; using the fake)", file=sys.stderr)
    return FakeAssistant(delay=delay), f"fake assistant, {delay * 1000:.0f} ms per answer"


def fire(bot: BotHarness, count: int) -> tuple[list[float], dict[str, float]]:
    """Send `count` mentions at once, then a retry of each; return ack latencies, send times."""
    barrier = threading.Barrier(count)
    sent_at: dict[str, float] = {}

    def send(index: int) -> float:
        ts = f"1700001000.{index:06d}"
        event = mention(QUESTIONS[index % len(QUESTIONS)], ts=ts)
        barrier.wait()
        started = time.monotonic()
        sent_at[ts] = started
        reply = bot.event(event, event_id=f"EvLoad{index}")
        elapsed = time.monotonic() - started
        assert reply.status == 200, reply
        retry = bot.event(event, event_id=f"EvLoad{index}", retry_num=1)
        assert retry.status == 200, retry
        return elapsed

    with ThreadPoolExecutor(max_workers=count) as pool:
        acks = list(pool.map(send, range(count)))
    return acks, sent_at


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50, help="concurrent mentions")
    parser.add_argument("--assistant", choices=["auto", "real", "fake"], default="auto")
    parser.add_argument("--delay", type=float, default=0.2, help="fake answer time, seconds")
    parser.add_argument("--threads", type=int, default=8, help="answer threads (pool size)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        assistant, label = build_assistant(args.assistant, args.delay, Path(tmp))
        with BotHarness(Path(tmp) / "bot", assistant=assistant, answer_threads=args.threads) as bot:
            started = time.monotonic()
            acks, sent_at = fire(bot, args.n)
            bot.settle()
            wall = time.monotonic() - started
            posts = bot.slack.calls_to("chat.postMessage")
        if hasattr(assistant, "close"):
            assistant.close()

    per_thread = Counter(str(call.params.get("thread_ts")) for call in posts)
    answered = [call for call in posts if "went wrong" not in str(call.params.get("text"))]
    answer_latency = [call.at - sent_at[str(call.params["thread_ts"])] for call in posts]
    ms = [a * 1000 for a in acks]
    print(json.dumps({"assistant": label, "mentions": args.n, "answer_threads": args.threads}))
    print(
        f"ack latency      p50 {percentile(ms, 0.5):7.1f} ms   p99 {percentile(ms, 0.99):7.1f} ms"
        f"   max {max(ms):7.1f} ms   mean {statistics.fmean(ms):7.1f} ms"
    )
    lat = [a * 1000 for a in answer_latency] or [0.0]
    print(
        f"answer latency   p50 {percentile(lat, 0.5):7.1f} ms   p99 {percentile(lat, 0.99):7.1f} ms"
    )
    print(f"answers posted   {len(posts)} (expected {args.n}); without errors: {len(answered)}")
    print(f"duplicates       {sum(n - 1 for n in per_thread.values())} (retries sent: {args.n})")
    print(f"wall time        {wall:.2f} s")
    return 0 if len(posts) == args.n and len(per_thread) == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
