"""The PNG of benchmarks/run.py: ingest time, query latency and peak RSS against corpus size;
below them, where dev_news was scored, its quality per group for the bot and the recipe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only: no display on a server, and no GUI toolkit needed

import matplotlib.pyplot as plt  # after choosing the backend
from matplotlib.ticker import FuncFormatter, NullLocator

from benchmarks.news_report import NEWS_COLUMNS, news_size
from benchmarks.report import GIB_IN_MIB, NEWS_GROUPS, lookup, metric_value

STYLE = {"bot": ("tab:blue", "AllianceBot"), "recipe": ("tab:orange", "LangChain + Chroma recipe")}


def series(result: dict[str, Any], pipeline: str, key: str) -> list[float]:
    return [metric_value(size[pipeline], key) or 0.0 for size in result["sizes"]]


def article_counts(result: dict[str, Any]) -> list[float]:
    # Both pipelines hold the same articles (run.py checks); the bot's count is the x axis.
    return series(result, "bot", "articles")


def write_plot(result: dict[str, Any], path: Path) -> Path:
    """Three panels sharing a log-scale x axis of articles, and the dev_news panels (bot,
    recipe) below when it was scored; returns the path written."""
    news = news_size(result)
    layout: list[Any] = [["ingest", "ingest", "latency", "latency", "memory", "memory"]]
    if news is not None:
        layout.append(["news bot"] * 3 + ["news recipe"] * 3)
    figure, panels = plt.subplot_mosaic(layout, figsize=(16, 6.5 * len(layout)))
    ingest, latency, memory = panels["ingest"], panels["latency"], panels["memory"]
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
    if news is not None:
        for pipeline in STYLE:
            plot_news(panels[f"news {pipeline}"], news, pipeline)
    figure.suptitle(plot_title(result))
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def plot_latency(axes: Any, result: dict[str, Any], x: list[float]) -> None:
    """p50 solid, p95 dashed; the bot's answer cold (first pass) and warm (later passes); the
    recipe's full answer is its retrieval, so one pair."""
    lines = (
        ("bot", "answer_cold", "tab:blue", "bot full answer, cold"),
        ("bot", "answer_warm", "tab:purple", "bot full answer, warm"),
        ("bot", "retrieval", "tab:cyan", "bot retrieval, warm"),
        ("recipe", "retrieval", "tab:orange", "recipe retrieval (= its answer), warm"),
    )
    for pipeline, kind, colour, name in lines:
        for quantile, style in (("p50", "o-"), ("p95", "s--")):
            values = series(result, pipeline, f"{kind}_{quantile}")
            axes.plot(x, values, style, color=colour, label=f"{name} {quantile}")
    plot_news_latency(axes, result, x)
    axes.axhline(100, color="tab:red", linestyle=":", label="target p50 100 ms (cold)")
    axes.axhline(300, color="tab:red", linestyle="-.", label="target p95 300 ms (cold)")
    axes.set_yscale("log")
    axes.set_title("Query latency (cold: first pass; warm: later passes)")
    axes.set_ylabel("milliseconds per query (log scale)")


def plot_news_latency(axes: Any, result: dict[str, Any], x: list[float]) -> None:
    """dev_news answers (one cold pass, at the size where it was scored) as stars."""
    for count, size in zip(x, result["sizes"], strict=True):
        if not size.get("news_questions"):
            continue
        for pipeline, (colour, _) in STYLE.items():
            for quantile, marker in (("p50", "*"), ("p95", "P")):
                value = metric_value(size[pipeline], f"news_answer_{quantile}")
                label = f"{pipeline} dev_news answer, cold {quantile}"
                axes.plot([count], [value or 0.0], marker, color=colour, markersize=11, label=label)


def plot_news(axes: Any, size: dict[str, Any], pipeline: str) -> None:
    """Grouped bars: one group per dev_news group, one bar per quality figure (n/a: none)."""
    groups = list(size[pipeline]["query"]["news"]["groups"])
    width = 0.8 / len(NEWS_COLUMNS)
    colours = ("tab:green", "tab:blue", "tab:red", "tab:gray")
    for number, ((name, field), colour) in enumerate(zip(NEWS_COLUMNS, colours, strict=True)):
        values = [lookup(size[pipeline], (*NEWS_GROUPS, group, field)) for group in groups]
        positions = [g + (number - (len(NEWS_COLUMNS) - 1) / 2) * width for g in range(len(groups))]
        axes.bar(positions, [v or 0.0 for v in values], width, color=colour, label=name)
    axes.set_xticks(range(len(groups)), labels=groups, rotation=35, ha="right", fontsize=8)
    axes.set_ylim(0, 1.05)
    axes.set_ylabel("share")
    axes.grid(True, axis="y", alpha=0.3)
    axes.legend(fontsize=8, ncol=len(NEWS_COLUMNS), loc="upper center", bbox_to_anchor=(0.5, -0.3))
    axes.set_title(f"dev_news at {size['label']}: {STYLE[pipeline][1]} (p2 held out)")


def plot_title(result: dict[str, Any]) -> str:
    machine = result.get("machine", {})
    return (
        f"AllianceBot vs tutorial recipe, same embedder ({result.get('embedder', '?')}), "
        f"{machine.get('cpus', '?')} CPUs, {result.get('mode', '?')} run"
    )
