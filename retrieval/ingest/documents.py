"""Ingestion front end: paths -> cleaned :class:`Article` records or :class:`SkippedInput`.

``discover_files`` expands the paths a user gives into supported files; ``load_file`` reads one
file (size cap, encoding checks) and parses it by suffix: plain text, Markdown and PDF here,
HTML in :mod:`retrieval.ingest.html_pages`, JSON Lines in :mod:`retrieval.ingest.jsonl_records`.
Bad content never raises: it comes back as a ``SkippedInput`` whose reason names the problem.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DeprecationError, PyPdfError

from retrieval.ingest.cleaning import normalize_text, parse_date
from retrieval.ingest.formats import (
    ParsedDoc,
    SkipError,
    clean_title,
    finish,
    http_url,
    to_paragraphs,
)
from retrieval.ingest.html_pages import parse_html
from retrieval.ingest.jsonl_records import parse_jsonl
from retrieval.models import Article, SkippedInput

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".jsonl")
MAX_FILE_BYTES = 50 * 1024 * 1024

# Besides its own errors, pypdf raises these on damaged files (all seen when fuzzing real
# PDFs: garbled filters, malformed numbers, wrong object types, bad xrefs). They are caught only
# around calls into pypdf, so they cannot hide bugs of ours.
_PDF_DAMAGE = (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError)
_PDF_ERRORS = (PyPdfError, DeprecationError, NotImplementedError, RecursionError, *_PDF_DAMAGE)
_PDF_JUNK_TITLE = re.compile(
    r"^(?:untitled|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|odt|rtf|txt|pptx?))$",
    re.IGNORECASE,
)

_MARKDOWN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.MULTILINE), replacement)
    for pattern, replacement in (
        (r"^ {0,3}(?:```|~~~).*$", ""),  # code fences (their content stays)
        (r"^ {0,3}\[[^\]]+\]:\s+\S+.*$", ""),  # link reference definitions
        (r"!\[[^\]]*\]\([^)]*\)", ""),  # images
        (r"\[([^\]]+)\]\([^)]*\)", r"\1"),  # inline links -> their text
        (r"\[([^\]]+)\]\[[^\]]*\]", r"\1"),  # reference links -> their text
        (r"<(https?://[^>\s]+)>", r"\1"),  # autolinks
        (r"<[^>\n]+>", ""),  # inline HTML tags
        (r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", "\n\\1\n"),  # ATX headings -> own paragraph
        (r"^ {0,3}(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$", ""),  # setext underlines, rules
        (r"^ {0,3}(?:>[ \t]?)+", ""),  # blockquote markers
        (r"^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+", "\n"),  # list items -> own paragraph
        (r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$", ""),  # table rule
        (r"[ \t]*\|[ \t]*", " "),  # table cell separators
        (r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2"),  # bold
        (r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1"),  # *italic*
        (r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", r"\1"),  # _italic_
        (r"`([^`\n]+)`", r"\1"),  # inline code
    )
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BINARY_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip"),
)


def article_id_for(source: str) -> str:
    """Stable article id: the first 16 hex digits of the sha1 of its source name."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def content_hash(*, title: str, text: str, date: str | None, url: str | None) -> str:
    """sha256 over title, text, date and url (unambiguously encoded), to detect changes."""
    payload = json.dumps([title, text, date, url], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def make_article(*, source: str, doc: ParsedDoc) -> Article:
    """An :class:`Article` with its id derived from ``source`` and its content hash."""
    return Article(
        article_id=article_id_for(source),
        source=source,
        title=doc.title,
        text=doc.text,
        date=doc.date,
        url=doc.url,
        content_hash=content_hash(title=doc.title, text=doc.text, date=doc.date, url=doc.url),
    )


def discover_files(paths: Sequence[Path]) -> tuple[list[Path], list[SkippedInput]]:
    """Supported files under ``paths``, in order, without duplicates.

    Files named directly are taken (an unsupported suffix is reported); folders are walked
    recursively in sorted order, ignoring hidden entries and unsupported files silently.
    """
    found: list[Path] = []
    skipped: list[SkippedInput] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path))
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(path)
            else:
                skipped.append(SkippedInput(source=str(path), reason=_unsupported(path)))
        else:
            skipped.append(SkippedInput(source=str(path), reason="no such file or folder"))
    return list(dict.fromkeys(found)), skipped


def _walk(folder: Path, seen: set[Path] | None = None) -> Iterable[Path]:
    seen = set() if seen is None else seen
    real = folder.resolve()
    if real in seen:  # a symlink loop
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir())
    except OSError:  # unreadable folder: nothing to take from it
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file() and entry.suffix.lower() in SUPPORTED_SUFFIXES:
            yield entry


def _unsupported(path: Path) -> str:
    suffix = path.suffix or "(none)"
    return f"unsupported file type {suffix} (supported: {', '.join(SUPPORTED_SUFFIXES)})"


def load_files(paths: Sequence[Path]) -> tuple[list[Article], list[SkippedInput]]:
    """``discover_files`` then ``load_file`` on each file found."""
    files, skipped = discover_files(paths)
    articles: list[Article] = []
    for path in files:
        loaded, skips = load_file(path)
        articles.extend(loaded)
        skipped.extend(skips)
    return articles, skipped


def load_file(path: Path) -> tuple[list[Article], list[SkippedInput]]:
    """Articles in one file (by suffix), or the reasons it, or some of its lines, were skipped."""
    suffix = path.suffix.lower()
    try:
        if suffix not in SUPPORTED_SUFFIXES:
            raise SkipError(_unsupported(path))
        data = _read_capped(path)
        if suffix == ".jsonl":
            return _load_jsonl(path.name, data)
        if suffix == ".pdf":
            doc = parse_pdf(data)
        elif suffix == ".md":
            doc = parse_markdown(decode_text(data))
        elif suffix == ".txt":
            doc = parse_plain(decode_text(data))
        else:
            doc = parse_html(decode_text(data))
    except SkipError as skip:
        return [], [SkippedInput(source=path.name, reason=skip.reason)]
    return [make_article(source=path.name, doc=doc)], []


def _read_capped(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise SkipError(f"cannot read file: {error.strerror or error}") from error
    if len(data) > MAX_FILE_BYTES:
        raise SkipError(f"too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    if not data.strip():
        raise SkipError("empty file" if not data else "empty file (whitespace only)")
    return data


def decode_text(data: bytes) -> str:
    """Text of a file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM.

    Raises SkipError for binary data (NUL bytes), invalid UTF-8 (naming the byte offset) and
    text that is only whitespace.
    """
    encoding = "utf-16" if data.startswith(_UTF16_BOMS) else "utf-8"
    if encoding == "utf-8" and b"\x00" in data:
        raise SkipError("binary file (NUL bytes)")
    for magic, kind in _BINARY_MAGIC:
        # Binary formats that can start as plain ASCII (a truncated "%PDF-1.4 1 0 obj<<..."
        # decodes fine and would become an article of PDF syntax).
        if data.startswith(magic):
            raise SkipError(f"{kind} data, not text (rename it, or export the text)")
    try:
        text = data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise SkipError(f"not valid {encoding.upper()} at byte {error.start}") from None
    if not text.strip():
        raise SkipError("empty file (whitespace only)")
    return text


def parse_plain(text: str) -> ParsedDoc:
    """A .txt file: the first meaningful line is the title."""
    return finish(to_paragraphs(normalize_text(text)))


def parse_markdown(text: str) -> ParsedDoc:
    """A .md file: markup stripped; YAML-ish front matter may give title, date and url."""
    text = normalize_text(text)
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).split("\n"):
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[front.end() :]
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return finish(
        to_paragraphs(text),
        title=clean_title(meta.get("title", "")) or None,
        date=parse_date(meta.get("date", "")),
        url=http_url(meta.get("url")),
    )


def parse_pdf(data: bytes) -> ParsedDoc:
    """Text layer of a PDF; title from its metadata (unless junk) or its first line."""
    if b"%PDF-" not in data[:1024]:
        raise SkipError("not a PDF file (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SkipError("encrypted PDF (needs a password)")
        metadata = reader.metadata
        meta_title = (metadata.title if metadata else None) or ""
        pages = [page.extract_text() or "" for page in reader.pages]
    except _PDF_ERRORS as error:
        raise SkipError(f"truncated or broken PDF: {error or type(error).__name__}") from error
    text = normalize_text("\n\n".join(pages))
    if not text.strip():
        raise SkipError("PDF has no text layer (scanned image?)")
    title = clean_title(meta_title)
    return finish(
        to_paragraphs(text), title=None if _PDF_JUNK_TITLE.match(title) else title or None
    )


def _load_jsonl(name: str, data: bytes) -> tuple[list[Article], list[SkippedInput]]:
    """One article per line; a bad line is skipped (``name#line N``) while the rest load."""
    records, skipped = parse_jsonl(name, data)
    return [make_article(source=f"{name}#{key}", doc=doc) for key, doc in records], skipped
