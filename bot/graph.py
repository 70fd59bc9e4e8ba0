"""Pictures of the alliance registry: the network of companies and a timeline of events.

Only the picture commands import this module (matplotlib takes a while to import and `ask`
never needs it). It draws on a bare `matplotlib.figure.Figure` with the Agg canvas: no
pyplot, no global state, safe in the bot's worker threads.

- Network: companies as labelled nodes, one edge per pair of partners labelled with the
  agreement type and date; each group of connected companies gets its own cell so that
  unrelated alliances never cross.
- Timeline: one lane per year and a lane for dates whose year the article does not state
  ("December 23"); a hollow marker is an article's date, used when the text gives none.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from retrieval.models import Alliance
from retrieval.registry.event_dates import date_parts, display_date

MAX_ALLIANCES = 40  # beyond this the picture stops being readable
# Layout units: a pair of partners is NODE_GAP apart; groups GROUP_GAP; rows wrap at ROW_WIDTH.
NODE_GAP, GROUP_GAP, ROW_WIDTH = 2.2, 2.2, 20.0
SMALL_GROUP = 8
NODE_STYLE = {"boxstyle": "round,pad=0.45", "facecolor": "#e8f0fb", "edgecolor": "#2b5d9c"}
FOCUS_STYLE = {**NODE_STYLE, "facecolor": "#fde9c8", "edgecolor": "#b5651d"}
EDGE_COLOR = "#7a8ba3"
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
UNKNOWN_YEAR = "year not stated"
SHORT_KINDS = (
    ("memorandum of understanding", "MoU"),
    ("strategic cooperation", "strategic coop."),
    ("joint venture", "JV"),
)


def alliance_figure(
    alliances: Sequence[Alliance], *, title: str, focus: str | None = None
) -> Figure:
    """The network above, the timeline below; the caller saves or inspects it."""
    shown = _most_connected(alliances)
    lanes = _lanes(shown)
    positions = layout(_graph(shown))
    ys = [y for _, y in positions.values()] or [0.0]
    network_height = 2.2 + 0.9 * (max(ys) - min(ys))
    timeline_height = 1.0 + 0.34 * sum(1 for a in shown if event_of(a) is not None)
    figure = Figure(
        figsize=(13, network_height + timeline_height + 0.6), dpi=110, layout="constrained"
    )
    FigureCanvasAgg(figure)
    suffix = f" (the {len(shown)} of {len(alliances)} among the most connected companies)"
    figure.suptitle(title + (suffix if len(shown) < len(alliances) else ""), fontsize=15)
    # Separate sub-figures: the timeline's long row labels must not narrow the network.
    grid = figure.add_gridspec(2, 1, height_ratios=[network_height, timeline_height])
    network = figure.add_subfigure(grid[0]).subplots()
    timeline = figure.add_subfigure(grid[1]).subplots()
    draw_network(network, shown, focus=focus)
    draw_timeline(timeline, shown, lanes)
    return figure


def render_png(alliances: Sequence[Alliance], *, title: str, focus: str | None = None) -> bytes:
    buffer = io.BytesIO()
    alliance_figure(alliances, title=title, focus=focus).savefig(buffer, format="png")
    return buffer.getvalue()


def save_png(
    alliances: Sequence[Alliance], path: Path, *, title: str, focus: str | None = None
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_png(alliances, title=title, focus=focus))
    return path


# -- network -------------------------------------------------------------------------------
def _graph(alliances: Sequence[Alliance]) -> nx.Graph:
    """Companies and, per pair of partners, their alliances."""
    graph = nx.Graph()
    for alliance in alliances:
        first, second = alliance.party_names[:2]
        known = graph.edges[first, second]["alliances"] if graph.has_edge(first, second) else []
        graph.add_edge(first, second, alliances=[*known, alliance])
    return graph


def draw_network(axes: Axes, alliances: Sequence[Alliance], *, focus: str | None) -> None:
    graph = _graph(alliances)
    positions = layout(graph)
    for one, other, data in graph.edges(data=True):
        # Labels sit nearer the less connected end: spokes of a hub crowd at its centre.
        first, second = sorted((one, other), key=lambda name: graph.degree[name])
        (x1, y1), (x2, y2) = positions[second], positions[first]
        axes.plot([x1, x2], [y1, y2], color=EDGE_COLOR, linewidth=2.2, zorder=1)
        share = 0.5 if graph.degree[first] == graph.degree[second] else 0.6
        axes.text(
            x1 + share * (x2 - x1), y1 + share * (y2 - y1) + 0.13, edge_label(data["alliances"]),
            ha="center", va="bottom", fontsize=9, color="#333333", zorder=2,
            bbox={"boxstyle": "round,pad=0.25", "facecolor": "white", "edgecolor": "none",
                  "alpha": 0.9},
        )  # fmt: skip
    for name, (x, y) in positions.items():
        style = FOCUS_STYLE if name == focus else NODE_STYLE
        axes.text(x, y, name, ha="center", va="center", fontsize=12, fontweight="bold",
                  bbox=style, zorder=3)  # fmt: skip
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    axes.set_xlim(min(xs) - 1.0, max(xs) + 1.0)
    axes.set_ylim(min(ys) - 0.5, max(ys) + 0.9)
    axes.set_title("Who partnered with whom", loc="left", fontsize=12)
    axes.axis("off")


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Each connected group side by side (biggest first), wrapping into rows."""
    groups = sorted(nx.connected_components(graph), key=lambda g: (-len(g), sorted(g)))
    positions: dict[str, tuple[float, float]] = {}
    cursor_x, row_y, row_height = 0.0, 0.0, 0.0
    for group in groups:
        spread = NODE_GAP * max(1.0, math.sqrt(len(group) - 1))
        local = {
            n: (x * spread, y * spread * 0.6)
            for n, (x, y) in _group_layout(graph.subgraph(group)).items()
        }
        width = max(x for x, _ in local.values()) - min(x for x, _ in local.values())
        height = max(y for _, y in local.values()) - min(y for _, y in local.values())
        if cursor_x > 0 and cursor_x + width > ROW_WIDTH:
            cursor_x, row_y = 0.0, row_y - row_height - GROUP_GAP
            row_height = 0.0
        left = min(x for x, _ in local.values())
        top = max(y for _, y in local.values())
        for name, (x, y) in local.items():
            positions[name] = (cursor_x + x - left, row_y + y - top)
        cursor_x += width + GROUP_GAP
        row_height = max(row_height, height)
    return positions


def _group_layout(group: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions within [-1, 1]: a pair side by side, a hub in the middle of its partners."""
    names = sorted(group.nodes)
    if len(names) == 2:
        return {names[0]: (-0.5, 0.0), names[1]: (0.5, 0.0)}
    hub = max(names, key=lambda name: (group.degree[name], name))
    if group.number_of_edges() == len(names) - 1 and group.degree[hub] == len(names) - 1:
        others = [name for name in names if name != hub]
        step = 2 * math.pi / len(others)
        start = math.pi / 2 if len(others) % 2 else 0.0  # two partners: left and right
        circle = {
            name: (math.cos(start + i * step), math.sin(start + i * step))
            for i, name in enumerate(others)
        }
        return {hub: (0.0, 0.0), **circle}
    if len(names) <= SMALL_GROUP:
        # A ring keeps every node and edge label apart; springs can line three nodes up.
        ring = nx.circular_layout(nx.cycle_graph(names) if len(names) > 2 else group)
        return {str(name): (float(x), float(y)) for name, (x, y) in ring.items()}
    spring = nx.spring_layout(group, seed=7, k=1.5 / math.sqrt(len(names)))
    return {str(name): (float(x), float(y)) for name, (x, y) in spring.items()}


def edge_label(alliances: Sequence[Alliance]) -> str:
    """Type and date of a pair's alliance; several of one type: "acquisition ×9" and the
    span of their dates, so that a busy pair keeps a short label."""
    by_kind: dict[str, list[str]] = {}
    for alliance in alliances:
        when = display_date(alliance.date) if alliance.date else alliance.article_date
        by_kind.setdefault(textwrap.fill(_kind(alliance), 20), []).append(when or "")
    parts = []
    for kind, dates in by_kind.items():
        known = sorted(d for d in dates if d)
        if len(dates) == 1:
            parts.append(f"{kind}\n{known[0]}" if known else kind)
            continue
        span = (
            f"{known[0]} – {known[-1]}" if known and known[0] != known[-1] else "".join(known[:1])
        )
        parts.append(f"{kind} ×{len(dates)}" + (f"\n{span}" if span else ""))
    return "\n".join(parts)


def _most_connected(alliances: Sequence[Alliance]) -> list[Alliance]:
    if len(alliances) <= MAX_ALLIANCES:
        return list(alliances)
    degree: dict[str, int] = {}
    for alliance in alliances:
        for name in alliance.party_names:
            degree[name] = degree.get(name, 0) + 1
    ranked = sorted(alliances, key=lambda a: -sum(degree[n] for n in a.party_names))
    return ranked[:MAX_ALLIANCES]


# -- timeline ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Event:
    lane: str  # the year, or UNKNOWN_YEAR
    day: int  # day of the year, 1-366
    reported: bool  # placed at the article's date: the text gives no date
    alliance: Alliance


def draw_timeline(axes: Axes, alliances: Sequence[Alliance], lanes: list[str]) -> None:
    """One row per alliance (so no label can overlap another), grouped by year: the marker
    sits at the day of the year, the row is labelled with the parties and the agreement."""
    events = sorted(
        (e for e in map(event_of, alliances) if e is not None),
        key=lambda e: (lanes.index(e.lane), e.day),
    )
    rows: list[str] = []
    for shade, lane in enumerate(lanes):
        group = [event for event in events if event.lane == lane]
        if not group:
            continue
        top = len(rows)
        for event in group:
            y = -len(rows)
            rows.append(f"{' – '.join(event.alliance.party_names)} · {_kind(event.alliance)}")
            axes.plot([event.day], [y], marker="o", markersize=9, zorder=3,
                      markerfacecolor="white" if event.reported else "#2b5d9c",
                      markeredgecolor="#2b5d9c", markeredgewidth=2)  # fmt: skip
            late = event.day > 280  # keep the date inside the axis near the year's end
            axes.text(event.day + (-8 if late else 8), y, _date_text(event), fontsize=9,
                      va="center", ha="right" if late else "left", zorder=4)  # fmt: skip
        axes.axhspan(-len(rows) + 0.5, -top + 0.5, zorder=0,
                     color="#eef2f7" if shade % 2 == 0 else "#f8f9fb")  # fmt: skip
        axes.text(1.0, -top + 0.3, lane, transform=axes.get_yaxis_transform(), ha="right",
                  va="bottom", fontsize=10, fontweight="bold", color="#555555")  # fmt: skip
    axes.set_yticks([-i for i in range(len(rows))], rows, fontsize=10)
    axes.set_xticks([_day_of_year(month, 1) for month in range(1, 13)], MONTHS)
    axes.set_xlim(-5, 372)
    axes.set_ylim(-len(rows) + 0.4, 0.9)
    axes.grid(axis="x", color="#e3e7ed", linewidth=0.8)
    axes.set_title(
        "When, by year (hollow: no date in the text, the article's date)", loc="left", fontsize=12
    )
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.tick_params(axis="y", length=0)


def _lanes(alliances: Sequence[Alliance]) -> list[str]:
    found = {event.lane for event in map(event_of, alliances) if event is not None}
    years = sorted(lane for lane in found if lane != UNKNOWN_YEAR)
    return years + ([UNKNOWN_YEAR] if UNKNOWN_YEAR in found or not years else [])


def event_of(alliance: Alliance) -> Event | None:
    """Where an alliance goes on the timeline; None when neither it nor its article is dated."""
    value = alliance.date.value if alliance.date else alliance.article_date
    if not value:
        return None
    year, month = date_parts(value)
    if month is None:
        return None
    day = 15  # "March 2023": the middle of the month
    if value.startswith("--"):
        day = int(value[5:7])
    elif len(value) >= 10:
        day = int(value[8:10])
    lane = str(year) if year else UNKNOWN_YEAR
    return Event(lane, _day_of_year(month, day), alliance.date is None, alliance)


def _day_of_year(month: int, day: int) -> int:
    # A leap year, so that "--02-29" has a place.
    return (dt.date(2000, month, day) - dt.date(2000, 1, 1)).days + 1


def _kind(alliance: Alliance) -> str:
    kind = alliance.label
    for long, short in SHORT_KINDS:
        kind = kind.replace(long, short)
    return textwrap.shorten(kind, 44, placeholder="…")


def _date_text(event: Event) -> str:
    alliance = event.alliance
    if alliance.date is None:
        return f"reported {alliance.article_date}"
    return display_date(alliance.date)
