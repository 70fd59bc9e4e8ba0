"""The PNG of benchmarks/run.py: ingest time, query latency and peak RSS against corpus size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only: no display on a server, and no GUI toolkit needed

import matplotlib.pyplot as plt  # after choosing the backend
from matplotlib.ticker import FuncFormatter, NullLocator

from benchmarks.report import GIB_IN_MIB, metric_value

STYLE = {"bot": ("tab:blue", "AllianceBot"), "recipe": ("tab:orange", "LangChain + Chroma recipe")}


def series(result: dict[str, Any], pipeline: str, key: str) -> list[float]:
    return [metric_value(size[pipeline], key) or 0.0 for size in result["sizes"]]


def article_counts(result: dict[str, Any]) -> list[float]:
    # Both pipelines hold the same articles (run.py checks); the bot's count is the x axis.
    return series(result, "bot", "articles")


def write_plot(result: dict[str, Any], path: Path) -> Path:
    """Three panels sharing a log-scale x axis of articles; returns the path written."""
    figure, (ingest, latency, memory) = plt.subplots(1, 3, figsize=(16, 6.5))
    x = article_counts(result)
    for pipeline, (colour, name) in STYLE.items():
        ingest.plot(x, series(result, pipeline, "ingest_s"), "o-", color=colour, label=name)
        memory.plot(x, series(result, pipeline, "peak_rss"), "o-", color=colour, label=name)
    plot_latency(latency, result, x)
    ingest.set_title("Ingest time (parse + chunk + embed + store)")
    ingest.set_ylabel("seconds (log scale)")
    ingest.set_yscale("log")
    memory.set_title("Peak RSS (max of ingest and query process)")
    memory.set_ylabel("MiB")
    memory.axhline(2 * GIB_IN_MIB, color="tab:red", linestyle=":", label="target 2 GiB")
    labels = [
        f"{count:,.0f}\n{size['label']}" for count, size in zip(x, result["sizes"], strict=True)
    ]
    for axes in (ingest, latency, memory):
        axes.set_xscale("log")
        # Ticks at the measured sizes, named: three points need no decade grid.
        axes.set_xticks(x, labels=labels, fontsize=8)
        axes.xaxis.set_minor_locator(NullLocator())
        axes.set_xlabel("corpus size (articles, log scale)")
        axes.grid(True, which="both", alpha=0.3)
        axes.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2)
        if axes.get_yscale() == "log":
            axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))  # 10, not 10^1
    figure.suptitle(plot_title(result))
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def plot_latency(axes: Any, result: dict[str, Any], x: list[float]) -> None:
    """p50 solid, p95 dashed; the recipe's full answer is its retrieval, so one pair."""
    lines = (
        ("bot", "answer", "tab:blue", "bot full answer"),
        ("bot", "retrieval", "tab:cyan", "bot retrieval"),
        ("recipe", "retrieval", "tab:orange", "recipe retrieval (= its answer)"),
    )
    for pipeline, kind, colour, name in lines:
        for quantile, style in (("p50", "o-"), ("p95", "s--")):
            values = series(result, pipeline, f"{kind}_{quantile}")
            axes.plot(x, values, style, color=colour, label=f"{name} {quantile}")
    axes.axhline(50, color="tab:red", linestyle=":", label="target p50 50 ms")
    axes.axhline(150, color="tab:red", linestyle="-.", label="target p95 150 ms")
    axes.set_yscale("log")
    axes.set_title("Query latency (warm process)")
    axes.set_ylabel("milliseconds per query (log scale)")


def plot_title(result: dict[str, Any]) -> str:
    machine = result.get("machine", {})
    return (
        f"AllianceBot vs tutorial recipe, same embedder ({result.get('embedder', '?')}), "
        f"{machine.get('cpus', '?')} CPUs, {result.get('mode', '?')} run"
    )
