"""The alliance picture: a real PNG that shows the parties' names, readable, no overlaps."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence

import pytest
from matplotlib.figure import Figure
from matplotlib.image import imread
from matplotlib.text import Text

from bot.graph import alliance_figure, render_png
from retrieval.ingest.documents import load_file
from retrieval.models import Alliance, AllianceFacts, Article, Party
from retrieval.registry.extraction import RuleExtractor, to_alliance
from retrieval.settings import PROJECT_ROOT

SEED_NAMES = {"Alibaba", "Geely", "Renault", "GAC", "SAIC", "BAIC", "CATL"}


@pytest.fixture(scope="module")
def seed_alliances() -> list[Alliance]:
    extractor = RuleExtractor()
    paths = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    return [a for path in paths for a in extractor.extract(load_file(path)[0][0]).alliances]


def texts(figure: Figure) -> list[Text]:
    return [text for axes in figure.axes for text in axes.texts]


def node_labels(figure: Figure) -> list[Text]:
    return [text for text in figure.axes[0].texts if text.get_fontweight() == "bold"]


def assert_no_overlaps(figure: Figure, labels: Sequence[Text]) -> None:
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in labels]
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not box_a.overlaps(box_b), f"{a!r} overlaps {b!r}"


def test_the_figure_names_every_party_and_labels_every_alliance(
    seed_alliances: list[Alliance],
) -> None:
    figure = alliance_figure(seed_alliances, title="Alliances in the registry")
    assert {t.get_text() for t in node_labels(figure)} == SEED_NAMES
    edge_text = " ".join(t.get_text() for t in figure.axes[0].texts)
    for expected in ("MoU\nAugust 9", "2023-03-13", "December 23", "January 12"):
        assert expected in edge_text
    # The timeline: one row per alliance, grouped by year (the year-less ones last).
    rows = [label.get_text() for label in figure.axes[1].get_yticklabels()]
    assert rows == [
        "BAIC – CATL · strategic coop. agreement",
        "Alibaba – Geely · strategic coop. agreement",
        "Geely – Renault · MoU",
        "GAC – SAIC · strategic coop. framework agreement",
    ]
    timeline = [t.get_text() for t in figure.axes[1].texts]
    assert timeline == [
        "2023-03-13", "2023", "January 12", "August 9", "December 23", "year not stated",
    ]  # fmt: skip


def test_names_and_labels_do_not_overlap(seed_alliances: list[Alliance]) -> None:
    figure = alliance_figure(seed_alliances, title="Alliances")
    assert_no_overlaps(figure, figure.axes[0].texts)
    assert_no_overlaps(figure, figure.axes[1].texts)
    assert_no_overlaps(figure, figure.axes[1].get_yticklabels())


def test_a_busier_network_stays_readable() -> None:
    hub = [("Hubco", name) for name in ("Ames", "Brix", "Cole", "Dyna", "Eton")]
    chain = [("Fenn", "Gala"), ("Gala", "Hart"), ("Hart", "Fenn")]
    alliances = [_alliance(a, b, day) for day, (a, b) in enumerate(hub + chain, start=1)]
    figure = alliance_figure(alliances, title="Busy", focus="Hubco")
    assert len(node_labels(figure)) == 9
    assert_no_overlaps(figure, figure.axes[0].texts)  # names and edge labels alike
    assert_no_overlaps(figure, figure.axes[1].texts)


def test_the_png_is_a_real_image_of_sensible_size(seed_alliances: list[Alliance]) -> None:
    png = render_png(seed_alliances, title="Alliances")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pixels = imread(io.BytesIO(png), format="png")
    height, width = pixels.shape[:2]
    assert 1000 <= width <= 2500 and 400 <= height <= 2000
    assert pixels.std() > 0.05  # not a blank canvas


def _alliance(first: str, second: str, day: int) -> Alliance:
    sentence = f"{first} Inc and {second} Corp signed a cooperation agreement."
    facts = AllianceFacts(
        parties=[Party(name=first, evidence=sentence), Party(name=second, evidence=sentence)],
        kind="partnership",
        label="cooperation agreement",
        kind_evidence=sentence,
    )
    article = Article(
        article_id=f"a{day}", source=f"{day}.txt", title="t", text=sentence,
        date=f"2024-03-{day:02d}", content_hash=str(day),
    )  # fmt: skip
    return to_alliance(facts, article, extractor="test")
