"""`alliance-bot alliances | summary | graph`: the alliance registry on the command line.

`graph` imports the drawing module only when it runs: matplotlib is slow to import and no
other command needs it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.cli.output import alliance_text, answer_json, answer_text
from retrieval.service import AllianceService

EXIT_NOTHING = 1


def add_registry_commands(commands: Any) -> None:
    """Add the three sub-commands to the CLI's sub-parsers (argparse's private type)."""
    alliances = commands.add_parser("alliances", help="list alliance records from the registry")
    alliances.add_argument("company", nargs="?", help="only this company's alliances")
    alliances.add_argument("--json", action="store_true", help="one JSON record per line")

    summary = commands.add_parser("summary", help="a cited summary of alliances")
    summary.add_argument("company", nargs="?", help="a company (or topic); default: all")
    summary.add_argument("--json", action="store_true", help="the `ask --json` shape")

    graph = commands.add_parser("graph", help="draw the alliance network and timeline (PNG)")
    graph.add_argument("company", nargs="?", help="only this company's alliances")
    graph.add_argument("--out", type=Path, default=Path("alliances.png"), help="PNG to write")


def run_alliances(service: AllianceService, args: argparse.Namespace) -> int:
    records = service.alliances(args.company)
    if not records:
        print(_nothing(args.company), file=sys.stderr)
        return EXIT_NOTHING
    for record in records:
        print(record.model_dump_json() if args.json else alliance_text(record) + "\n")
    return 0


def run_summary(service: AllianceService, args: argparse.Namespace) -> int:
    answer = service.summarize(args.company)
    print(answer_json(answer) if args.json else answer_text(answer))
    return 0 if answer.answered else EXIT_NOTHING


def run_graph(service: AllianceService, args: argparse.Namespace) -> int:
    from bot.graph import save_png  # noqa: PLC0415 - matplotlib only for this command

    records = service.alliances(args.company)
    if not records:
        print(_nothing(args.company), file=sys.stderr)
        return EXIT_NOTHING
    title = f"Alliances of {args.company}" if args.company else "Alliances in the registry"
    # The company asked about is the party every record shares.
    shared = [n for n in records[0].party_names if all(n in r.party_names for r in records)]
    focus = shared[0] if args.company and shared else None
    path = save_png(records, args.out, title=title, focus=focus)
    print(f"wrote {path} ({len(records)} alliance{'s' if len(records) != 1 else ''})")
    return 0


def _nothing(company: str | None) -> str:
    if company:
        return f"alliance-bot: no alliances of {company!r} in the registry"
    return "alliance-bot: the alliance registry is empty (ingest some articles first)"


REGISTRY_COMMANDS: dict[str, Callable[[AllianceService, argparse.Namespace], int]] = {
    "alliances": run_alliances,
    "summary": run_summary,
    "graph": run_graph,
}
