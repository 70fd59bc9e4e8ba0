"""`alliance-bot` command line: parse arguments, build the service, print results.

All logic lives in `retrieval` (and the Slack modules); this module only wires and prints.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from slack_bolt import App

from bot.cli.env_names import unknown_variable_warnings
from bot.cli.feedback import add_feedback_command, run_feedback
from bot.cli.output import answer_json, answer_text, eval_table, ingest_text
from bot.cli.registry import REGISTRY_COMMANDS, add_registry_commands
from bot.ingest_process import IngestFailed, ingest_in_child_process
from bot.slack.app import create_app
from bot.slack.server import serve
from bot.slack.settings import SlackSettingsError, load_slack_settings
from retrieval.errors import unwritable
from retrieval.evaluation import breakdown, load_questions, score_question, summarize
from retrieval.index.catalog import Catalog
from retrieval.index.embeddings import EmbedderUnavailable
from retrieval.index.store import StoreError
from retrieval.locking import WriterBusy
from retrieval.service import AllianceService, catalog_path
from retrieval.settings import Settings, SettingsError, load_settings

logger = logging.getLogger("alliance-bot")

EXIT_USAGE = 2
EXIT_FAILURE = 1
MANY_WORKERS_NEED_A_SERVER = (
    "alliance-bot: --workers > 1 needs a Chroma server (set ALLIANCE_BOT_CHROMA_URL): "
    "the embedded store may only be opened by one process"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="alliance-bot", description="Cited answers about corporate alliances."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="ingest files or folders (default: seeds/)")
    ingest.add_argument("paths", nargs="*", type=Path, help=".txt .md .html .pdf .jsonl")

    ask = commands.add_parser("ask", help="answer questions from the ingested articles")
    ask.add_argument("questions", nargs="+", metavar="QUESTION")
    ask.add_argument("--json", action="store_true", help="one JSON object per line")

    evaluate = commands.add_parser("eval", help="score a questions file (JSON Lines)")
    evaluate.add_argument("file", type=Path)
    evaluate.add_argument("-k", type=int, default=4, help="k for retrieval recall@k")
    evaluate.add_argument("--json", action="store_true", help="print per-question JSON lines")

    commands.add_parser("status", help="what is stored and how the last ingest went")

    add_registry_commands(commands)
    add_feedback_command(commands)

    serve = commands.add_parser("serve", help="run the Slack bot (Socket Mode or HTTP)")
    serve.add_argument("--port", type=int, default=3000)
    serve.add_argument("--host", default="0.0.0.0", help="interface for HTTP mode")
    serve.add_argument("--workers", type=int, default=1)
    return parser


def run_status(service: AllianceService, args: argparse.Namespace) -> int:
    status = service.ingest_status()
    print(f"articles stored   {service.catalog.count_articles()}")
    print(f"last ingest       {status.describe()}")
    return 1 if status.state in ("failed", "interrupted") else 0


def run_ingest(service: AllianceService, args: argparse.Namespace) -> int:
    missing = [str(path) for path in args.paths if not path.exists()]
    if missing:
        # A mistyped path ingests nothing, and says so with a failing exit code.
        print(f"alliance-bot: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_FAILURE
    report = service.ingest(args.paths or None, show_bar=sys.stderr.isatty())
    print(ingest_text(report))
    return 0


def ensure_ingested(service: AllianceService) -> None:
    """The first `ask` on a fresh machine works: an empty store gets the seeds."""
    if service.is_empty():
        report = service.ingest()
        print(f"(store was empty: ingested {len(report.added)} seed articles)", file=sys.stderr)


def run_ask(service: AllianceService, args: argparse.Namespace) -> int:
    ensure_ingested(service)
    for question in args.questions:
        answer = service.ask(question)
        print(answer_json(answer) if args.json else answer_text(answer) + "\n")
    return 0


def run_eval(service: AllianceService, args: argparse.Namespace) -> int:
    ensure_ingested(service)
    questions = load_questions(args.file)
    scores = []
    for question in questions:
        answer = service.ask(question.question)
        hits = service.search(question.question, top_k=args.k)
        score = score_question(question, answer, retrieved_sources=[h.chunk.source for h in hits])
        scores.append(score)
        if args.json:
            print(score.model_dump_json())
    print(eval_table(scores, summarize(scores, k=args.k), breakdown(scores)))
    return 0


def run_serve(settings: Settings, args: argparse.Namespace) -> int:
    """Serve Slack. This process builds no service: gunicorn forks its workers from it, and a
    worker forked from a process holding a Chroma client (or any native threads) hangs for
    good (FACTS.md). Each worker builds its own service after the fork; the seeds of an
    empty store are ingested by a child process before serving."""
    try:
        slack = load_slack_settings()
    except SlackSettingsError as error:
        print(f"alliance-bot: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.workers > 1 and not slack.socket_mode and settings.chroma_url is None:
        # Measured: two workers on one embedded Chroma directory hang at start, silently.
        print(MANY_WORKERS_NEED_A_SERVER, file=sys.stderr)
        return EXIT_USAGE
    writable_or_error(Path(settings.data_dir))  # the bot's own state lives there too
    seed_in_child_process(settings)

    # Re-ingest in a child process, so its memory leaves with it and not with the worker —
    # but only with a Chroma server: an embedded Chroma directory must not be opened by two
    # processes at once (FACTS.md), so there the worker ingests in-process.
    child_ingest = ingest_in_child_process if settings.chroma_url else None

    def build_app() -> App:
        assistant = AllianceService.from_settings(load_settings())
        # In the background: the worker takes requests (and acks within Slack's 3 s) at once.
        threading.Thread(target=warm_up, args=(assistant,), name="warm-up", daemon=True).start()
        return create_app(slack=slack, assistant=assistant, ingest=child_ingest, recover=True)

    serve(build_app, slack=slack, port=args.port, host=args.host, workers=args.workers)
    return 0


def warm_up(assistant: AllianceService) -> None:
    """Load indexes, model and registry before the first question needs them; a failure
    here is left for that question to report."""
    try:
        assistant.warm_up()
    except Exception:  # logged; the first question raises it properly
        logger.warning("warm-up failed; the first question will load what it needs", exc_info=True)


def writable_or_error(data_dir: Path) -> None:
    """Refuse to serve (before forking) from a data dir that cannot be written."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-check-"):
            pass
    except OSError as error:
        raise unwritable(data_dir, error) from error


def seed_in_child_process(settings: Settings) -> None:
    """An empty store gets the seeds, ingested by a child process (a fresh interpreter), so
    that this process never opens the store (only the catalog, plain SQLite)."""
    catalog = Catalog(catalog_path(settings))
    try:
        empty = catalog.count_articles() == 0
    finally:
        catalog.close()
    if empty:
        report = ingest_in_child_process()
        print(f"(store was empty: ingested {len(report.added)} seed articles)", file=sys.stderr)


Command = Callable[[AllianceService, argparse.Namespace], int]


def seeded(run: Command) -> Command:
    """Registry commands, like `ask`, work on a fresh machine: the seeds are ingested first."""

    def with_seeds(service: AllianceService, args: argparse.Namespace) -> int:
        ensure_ingested(service)
        return run(service, args)

    return with_seeds


COMMANDS: dict[str, Command] = {
    "ingest": run_ingest,
    "ask": run_ask,
    "eval": run_eval,
    "status": run_status,
    "feedback": run_feedback,
    **{name: seeded(run) for name, run in REGISTRY_COMMANDS.items()},
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for warning in unknown_variable_warnings(os.environ):
        print(f"alliance-bot: {warning}", file=sys.stderr)
    try:
        settings: Settings = load_settings()
        if args.command == "serve":
            return run_serve(settings, args)
        service = AllianceService.from_settings(settings)
    except (SettingsError, StoreError, EmbedderUnavailable) as error:
        print(f"alliance-bot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (WriterBusy, IngestFailed, OSError) as error:
        print(f"alliance-bot: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        return COMMANDS[args.command](service, args)
    except (WriterBusy, StoreError, ValueError, OSError) as error:
        print(f"alliance-bot: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as error:
        # A user gets one line, never a traceback; -v logs it.
        logger.debug("%s failed", args.command, exc_info=True)
        print(f"alliance-bot: {args.command} failed: {type(error).__name__}: {error} "
              "(run with -v for details)", file=sys.stderr)  # fmt: skip
        return EXIT_FAILURE
    finally:
        service.close()


if __name__ == "__main__":
    sys.exit(main())
