"""Ingestion front end on real files: formats, seeds, bad inputs, discovery, and a fuzz test."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.ingest.documents import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    article_id_for,
    content_hash,
    discover_files,
    load_file,
    load_files,
)
from retrieval.models import Article, SkippedInput
from retrieval.settings import PROJECT_ROOT

DATA = Path(__file__).parent.parent / "data" / "documents"
SEEDS = PROJECT_ROOT / "seeds"
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def load_one(path: Path) -> Article:
    articles, skipped = load_file(path)
    assert skipped == [] and len(articles) == 1
    return articles[0]


def skip_reason(path: Path) -> str:
    articles, skipped = load_file(path)
    assert articles == [] and len(skipped) == 1
    assert skipped[0].source == path.name
    return skipped[0].reason


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def make_pdf(path: Path, lines: list[str], *, title: str | None = None) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    if title:
        pdf.set_title(title)
    for line in lines:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return write(path, bytes(pdf.output()))


# --- the five seeds -------------------------------------------------------------------------

SEED_EXPECTATIONS = {
    "000_1bfa03ad5d30758b.txt": (
        "Alibaba and Geely strategic cooperation: digital and real integration, go hand in hand",
        None,
        ["eastwest connect"],
        [
            "On January 12, Alibaba reported its strategic cooperation with Geely.",
            "——Li Shufu, Chairman of Geely Holding Group",
            "——Zhang Yong, Chairman and CEO of Alibaba Group",
            "Geely hopes to deepen cross-field integration and innovation with Alibaba",
            "the digital economy and the real economy.",
        ],
    ),
    "001_2f798c6c0f03ddce.txt": (
        "GAC Group joins hands with SAIC Group to explore technologies such as vehicle "
        "electrical separation",
        None,
        ["The picture comes from", "Xinhuanet"],
        [
            "ON December 23, GAC Group and SAIC Group signed a strategic cooperation framework",
            "overseas manufacturing resources, and international logistics.",
        ],
    ),
    "002_7247fc497ecb25fe.txt": (
        "Focus on the Sino Korean market and the official publicity cooperation between Geely "
        "and Renault",
        None,
        [],
        [
            "The two sides have signed a memorandum of understanding (MoU)",
            "Li Shufu, chairman of Geely Holding Group, once said",
            "Continue to explore the possibility of in-depth cooperation between the two sides .",
        ],
    ),
    "003_12dc8710fa54c8a9.txt": (
        "BAIC GROUP and CATL established in-depth cooperation and signed Memorandum of "
        "Cooperation...",
        "2023-03-13",
        [
            "2023/03/13",
            "Share To weixin sina",
            "Share to Wechat",
            "Share to Weibo",
            "Online message",
            "Suggestions & Feedbacks",
            "We take every suggestion",
            "please leave a message",
            "we will reply within 24 hours",
        ],
        [
            "On March 13th, BAIC GROUP and Contemporary Amperex Technology Co. Limited (CATL)",
            "explore the NEV market.",
            "Zeng Yuqun, chairman of CATL",
            "abundant impetus for the strategic expansion of both sides.",
        ],
    ),
    "004_1ff6289c2dee9128.txt": (
        "Alibaba can advance in 2023, says CEO, after China's COVID U-turn",
        None,
        ["FB Pixel", "no script", "KrASIA", "Written by", "mins read", "Auto loading"],
        [
            "Daniel Zhang takes greater control of tech group’s important cloud business.",
            "Zhang said in an internal letter to employees",
            "Jane Jiang will succeed Judy Tong as group chief people officer on April 1, 2023.",
            "This article first appeared on Nikkei Asia.",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_seed_loads_clean(name: str) -> None:
    title, date, gone, kept = SEED_EXPECTATIONS[name]
    article = load_one(SEEDS / name)
    assert article.source == name
    assert article.title == title
    assert article.date == date
    for boilerplate in gone:
        assert boilerplate.lower() not in f"{article.title}\n{article.text}".lower()
    for sentence in kept:
        assert sentence in article.text
    assert "\u00a0" not in article.text and "  " not in article.text
    assert not article.text.startswith(article.title[:30])  # the headline is not repeated


def test_seed_004_keeps_every_ceo_quote() -> None:
    article = load_one(SEEDS / "004_1ff6289c2dee9128.txt")
    raw = (SEEDS / "004_1ff6289c2dee9128.txt").read_text(encoding="utf-8")
    quotes = [line for line in raw.splitlines() if line.startswith("“")]
    assert len(quotes) >= 3
    for quote in quotes:
        assert " ".join(quote.split()) in article.text


# --- formats: happy paths -------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    path = write(
        tmp_path / "note.txt",
        "\ufeffNissan and Renault rebalance their alliance\n\n"
        "Published on February 6, 2023\n\n"
        "Renault will cut its stake in Nissan to 15%.\n\nBoth will invest in Ampere.\n",
    )
    article = load_one(path)
    assert article.title == "Nissan and Renault rebalance their alliance"
    assert (
        article.text
        == "Renault will cut its stake in Nissan to 15%.\n\nBoth will invest in Ampere."
    )
    assert article.date == "2023-02-06"
    assert article.url is None
    assert article.article_id == article_id_for("note.txt")
    assert article.content_hash == content_hash(
        title=article.title, text=article.text, date=article.date, url=None
    )


def test_markdown_file() -> None:
    article = load_one(DATA / "alliance.md")
    assert article.title == "Toyota and Suzuki deepen their alliance"
    assert article.date == "2019-08-28"
    assert article.url == "https://example.com/toyota-suzuki"
    assert article.text.startswith(
        "Toyota will take a 4.9% stake in Suzuki, and Suzuki will buy Toyota shares worth"
    )
    for gone in ("**", "](", "#", "`", "logo.png", "> "):
        assert gone not in article.text
    assert "joint development of autonomous driving" in article.text
    assert '"This is a partnership of equals," a Suzuki spokesman said.' in article.text


def test_markdown_without_front_matter_takes_the_heading(tmp_path: Path) -> None:
    path = write(tmp_path / "plain.md", "# Geely buys *Volvo*\n\nGeely bought Volvo in 2010.\n")
    article = load_one(path)
    assert (article.title, article.text) == ("Geely buys Volvo", "Geely bought Volvo in 2010.")


def test_html_file_keeps_main_text_only() -> None:
    article = load_one(DATA / "article.html")
    assert article.title == "Geely and Renault sign hybrid deal"
    assert article.url == "https://autonews.example.com/geely-renault"
    assert article.date == "2022-08-09"
    assert article.text == (
        "Renault Group and Geely Holding signed a memorandum of understanding to build hybrid "
        "cars for South Korea and China.\n\n"
        "The partners will use Geely's CMA architecture.\n\n"
        "Production starts in 2024."
    )


def test_html_without_metadata_uses_h1_and_time(tmp_path: Path) -> None:
    page = (
        "<html><body><div class='content'><h1>Honda and Sony form EV venture</h1>"
        "<time datetime='2022-06-16'>16 June</time>"
        "<p>Honda and Sony set up Sony Honda Mobility.</p></div></body></html>"
    )
    article = load_one(write(tmp_path / "page.htm", page))
    assert (article.title, article.date) == ("Honda and Sony form EV venture", "2022-06-16")
    assert article.text == "16 June\n\nHonda and Sony set up Sony Honda Mobility."


def test_broken_html_with_text_still_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.html", "<p>Geely and Volvo<p>Geely and Volvo share <b>CMA")
    article = load_one(path)
    assert article.title == "Geely and Volvo"
    assert article.text == "Geely and Volvo share CMA"


def test_pdf_file(tmp_path: Path) -> None:
    body = (
        "Geely and Renault signed a memorandum of understanding to build hybrid cars in Korea "
        "and China, the companies said on Tuesday in a joint statement."
    )
    path = make_pdf(tmp_path / "deal.pdf", [body, body], title="Geely and Renault form alliance")
    article = load_one(path)
    assert article.title == "Geely and Renault form alliance"
    assert body in article.text  # the PDF's hard line breaks are unwrapped


def test_pdf_without_metadata_title_uses_first_line(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "memo.pdf", ["Toyota and Suzuki alliance", "", "Body text."])
    article = load_one(path)
    assert (article.title, article.text) == ("Toyota and Suzuki alliance", "Body text.")


def test_jsonl_file_loads_good_lines_and_skips_bad_ones() -> None:
    articles, skipped = load_file(DATA / "records.jsonl")
    by_source = {article.source: article for article in articles}
    assert list(by_source) == [
        "records.jsonl#wire-1",
        "records.jsonl#wire-2",
        "records.jsonl#bbc-1",
    ]
    wire = by_source["records.jsonl#wire-1"]
    assert wire.title == "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT"
    assert wire.date == "1987-02-26"
    assert wire.text == (
        "Standard Oil Co and BP North America Inc said they plan to form a venture to manage the "
        "money market borrowing and investment activities of both companies.\n\n"
        "BP North America is a subsidiary of British Petroleum Co Plc <BP>, which also owns a 55 "
        "pct interest in Standard Oil."
    )
    untitled = by_source["records.jsonl#wire-2"]
    assert untitled.title == "FEDERAL RESERVE WEEKLY REPORT - FEB 26"
    assert untitled.text.startswith("Two weeks ended Feb 25")
    assert by_source["records.jsonl#bbc-1"].url == "https://news.example.com/renault-nissan"
    assert (
        by_source["records.jsonl#bbc-1"].date is None
    )  # no date field; the body's 1999 is not one
    reasons = {skip.source: skip.reason for skip in skipped}
    assert set(reasons) == {
        "records.jsonl#line 3",
        "records.jsonl#line 4",
        "records.jsonl#line 7",
        "records.jsonl#line 8",
        "records.jsonl#line 9",
    }
    assert reasons["records.jsonl#line 3"].startswith("line 3: invalid JSON: ")
    assert reasons["records.jsonl#line 4"] == "line 4: missing 'text'"
    assert reasons["records.jsonl#line 7"] == "line 7: no body text besides the title"
    assert reasons["records.jsonl#line 8"] == "line 8: not a JSON object but list"
    assert reasons["records.jsonl#line 9"] == "line 9: duplicate id 'wire-1' (first on line 1)"


def test_jsonl_line_problems(tmp_path: Path) -> None:
    good = b'{"id": "a", "title": "T", "text": "Body."}\n'
    lines = [
        good,
        b'{"id": "b", "text": "   "}\n',
        b'{"id": "c", "text": 42}\n',
        b'{"id": "d", "title": "T", "text": "caf\xe9"}\n',
        b'{"title": "No id", "text": "Still loads."}\n',
        b'{"id": 7, "title": "Numeric id", "text": "Loads too."}\n',
    ]
    articles, skipped = load_file(write(tmp_path / "mixed.jsonl", b"".join(lines)))
    assert [a.source for a in articles] == ["mixed.jsonl#a", "mixed.jsonl#line 5", "mixed.jsonl#7"]
    offset = len(b"".join(lines[:3])) + len(b'{"id": "d", "title": "T", "text": "caf')
    assert [s.reason for s in skipped] == [
        "line 2: empty 'text'",
        "line 3: 'text' is not a string but int",
        f"line 4: not valid UTF-8 at byte {offset}",
    ]


# --- bad files ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl"])
def test_binary_file_is_skipped(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"image{suffix}", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert skip_reason(path) == "binary file (NUL bytes)"


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file_is_skipped(tmp_path: Path, suffix: str) -> None:
    assert skip_reason(write(tmp_path / f"empty{suffix}", b"")) == "empty file"
    blank = write(tmp_path / f"blank{suffix}", b" \n\t\r\n")
    assert skip_reason(blank) == "empty file (whitespace only)"


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", "Título\n\nCafé con Geely".encode("latin-1"))
    assert skip_reason(path) == "not valid UTF-8 at byte 1"  # the í of Título


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = write(tmp_path / "wide.txt", "Geely buys Volvo\n\nThe deal closed.".encode("utf-16"))
    assert load_one(path).title == "Geely buys Volvo"


def test_too_large_file_is_skipped_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    assert skip_reason(path) == "too large (over 50 MB)"


def test_text_with_only_a_title_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "title.txt", "Just a headline\n")
    assert skip_reason(path) == "no body text besides the title"


def test_text_that_is_only_boilerplate_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "widgets.txt", "Share to Wechat\n\nOnline message\n\nRead more\n")
    assert skip_reason(path) == "no body text besides the title"


def test_truncated_pdf_is_skipped(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", ["Geely and Volvo", "Body text " * 50]).read_bytes()
    path = write(tmp_path / "cut.pdf", whole[: len(whole) // 2])
    assert skip_reason(path).startswith("truncated or broken PDF: ")


def test_pdf_without_text_layer_is_skipped(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a drawing, no text: like a scanned page
    path = write(tmp_path / "scan.pdf", bytes(pdf.output()))
    assert skip_reason(path).startswith("PDF has no text layer")


def test_file_named_pdf_that_is_not_one_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "fake.pdf", "Geely and Volvo")
    assert skip_reason(path) == "not a PDF file (no %PDF- header)"


def test_html_without_body_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "head.html", "<html><head><title>Only a title</title></head></html>")
    assert skip_reason(path) == "HTML has no body"


def test_html_of_only_navigation_and_scripts_is_skipped(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav>"
        "<script>document.write('Geely and Volvo')</script><footer>© 2023</footer></body></html>"
    )
    assert skip_reason(write(tmp_path / "nav.html", page)) == "HTML has no body text"


def test_unsupported_and_unreadable_files(tmp_path: Path) -> None:
    reason = skip_reason(write(tmp_path / "sheet.xlsx", b"PK\x03\x04"))
    assert reason.startswith("unsupported file type .xlsx")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert skip_reason(folder).startswith("cannot read file: ")


# --- discovery ------------------------------------------------------------------------------


def test_discover_files_walks_folders(tmp_path: Path) -> None:
    root = tmp_path / "news"
    for relative in (
        "b.txt",
        "a.md",
        "sub/deeper/c.html",
        "sub/d.pdf",
        "sub/e.jsonl",
        "sub/f.HTM",
        "notes.docx",
        ".hidden.txt",
        ".git/config.txt",
        "sub/.cache/g.txt",
    ):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text("x", encoding="utf-8")
    loose = write(tmp_path / "loose.txt", "x")
    files, skipped = discover_files([root, loose, tmp_path / "missing", root / "notes.docx", loose])
    assert [path.relative_to(tmp_path).as_posix() for path in files] == [
        "news/a.md",
        "news/b.txt",
        "news/sub/d.pdf",
        "news/sub/deeper/c.html",
        "news/sub/e.jsonl",
        "news/sub/f.HTM",
        "loose.txt",
    ]
    assert skipped == [
        SkippedInput(source=str(tmp_path / "missing"), reason="no such file or folder"),
        SkippedInput(
            source=str(root / "notes.docx"),
            reason="unsupported file type .docx (supported: .txt, .md, .html, .htm, .pdf, .jsonl)",
        ),
    ]


def test_discover_files_survives_a_symlink_loop(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "x")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    files, skipped = discover_files([tmp_path])
    assert [path.name for path in files] == ["a.txt"] and skipped == []


def test_load_files_collects_articles_and_skips(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Geely buys Volvo\n\nThe deal closed in 2010.")
    write(tmp_path / "bad.txt", b"\x00\x01")
    articles, skipped = load_files([tmp_path, tmp_path / "gone.md"])
    assert [a.source for a in articles] == ["good.txt"]
    assert [s.source for s in skipped] == [str(tmp_path / "gone.md"), "bad.txt"]


def test_article_ids_and_hashes_are_stable() -> None:
    assert article_id_for("note.txt") == article_id_for("note.txt")
    assert article_id_for("note.txt") != article_id_for("news.jsonl#note.txt")
    assert len(article_id_for("x")) == 16
    base = content_hash(title="T", text="Body", date=None, url=None)
    assert base == content_hash(title="T", text="Body", date=None, url=None)
    assert base != content_hash(title="T", text="Body", date="2023-01-01", url=None)
    assert base != content_hash(title="T", text="Body", date=None, url="https://x.example")
    # Fields are encoded unambiguously: moving text between fields changes the hash.
    assert content_hash(title="ab", text="c", date=None, url=None) != content_hash(
        title="a", text="bc", date=None, url=None
    )


# --- robustness -----------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000).map(lambda text: text.encode("utf-8")),
        st.lists(st.text(max_size=80), max_size=20).map(
            lambda lines: "\n".join(lines).encode("utf-8")
        ),
    ),
    suffix=st.sampled_from(SUPPORTED_SUFFIXES),
)
def test_load_file_never_raises_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        articles, skipped = load_file(path)
    assert articles or skipped
    for article in articles:
        assert article.title and article.text
    for skip in skipped:
        assert skip.reason


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared news corpus not available")
def test_shared_corpora_load_completely() -> None:
    # Speed is measured by benchmarks/ (about 2.5 s for both here), never asserted in tests.
    reuters, reuters_skips = load_file(CORPUS / "reuters21578.jsonl")
    bbc, bbc_skips = load_file(CORPUS / "bbc_news_2225.jsonl")
    assert len(reuters) + len(reuters_skips) == 21578
    assert len(reuters) > 19000 and all(article.date for article in reuters)
    assert (len(bbc), bbc_skips) == (2225, [])
