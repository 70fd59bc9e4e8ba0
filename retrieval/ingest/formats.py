"""Document structure shared by every format, and the HTML parser.

Lines are unwrapped into paragraphs, the headline is found (or derived) and the body cleaned
with :mod:`retrieval.ingest.cleaning`. Parsers raise :class:`SkipError` naming the problem
when content cannot become an article; :mod:`retrieval.ingest.documents` turns it into a
``SkippedInput``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from retrieval.ingest.cleaning import (
    boilerplate_kind,
    clean_body,
    collapse,
    find_date,
    is_header_meta,
    is_headline,
    normalize_text,
    parse_date,
    strip_inline_junk,
)

TITLE_MAX_CHARS = 120  # titles derived from a first sentence are cut here


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_TERMINAL = (".", "!", "?", '"', "”", "’", ")", "]", "。", "！", "？")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•·▪]|\d{1,3}[.)])\s")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_TITLE_SITE_SUFFIX = (  # " | KrASIA", " - Financial Times", " — example.com"
    re.compile(r"\s+[|｜]\s+[^|｜]{1,40}$"),
    re.compile(r"\s+[-–—]\s+(?:[A-Z][\w.&']*|[a-z0-9-]+\.[a-z]{2,})(?:\s[A-Z][\w.&']*){0,2}$"),
)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)

_DROP_TAGS = frozenset(
    _words(
        "script style noscript template svg nav footer aside form iframe button select input"
        " textarea dialog canvas object"
    )
)
_BLOCK_TAGS = _words(
    "p div section article main header h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table"
    " tr td th figure figcaption address hr details summary center"
)
_BREAK = "\x1e"  # marks block boundaries while flattening HTML (a control character)
_CHROME_NAME = re.compile(  # class/id tokens of page furniture
    r"(?:^|[\s_-])(?:share|sharing|social|comments?|related|newsletter|cookies?|consent|subscribe"
    r"|subscription|promo|advert|ads|adv|breadcrumbs?|sidebar|popup|modal|paywall|recommended"
    r"|outbrain|taboola|more-stories)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CHROME_ROLES = frozenset(_words("navigation banner complementary contentinfo search dialog alert"))
_DATE_METAS = _words(  # meta names/properties that carry a publication date, most specific first
    "article:published_time og:published_time datepublished date pubdate publishdate publish-date"
    " dc.date dc.date.issued parsely-pub-date sailthru.date article:modified_time"
)


class SkipError(Exception):
    """Content that cannot become an article; ``reason`` names the problem."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ParsedDoc:
    """A parsed, cleaned document before it gets its source-derived id and hash."""

    title: str
    text: str
    date: str | None = None
    url: str | None = None


def finish(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    no_text: str = "no body text besides the title",
    date_from_text: bool = True,
) -> ParsedDoc:
    """Find the title (unless given) and date, clean the body, and refuse an empty result."""
    if date is None and date_from_text:
        date = find_date(paragraphs)
    body: Sequence[str] = paragraphs
    if not title:
        title, body = split_title(paragraphs)
    kept = clean_body(body, title=title)
    if not title or not kept:
        raise SkipError(no_text)
    return ParsedDoc(title=title, text="\n\n".join(kept), date=date, url=url)


def clean_title(title: str) -> str:
    """Strip tracking notices and a ' | Site' (or ' - Site Name') suffix from a headline."""
    title = strip_inline_junk(collapse(title))
    for pattern in _TITLE_SITE_SUFFIX:
        shorter = pattern.sub("", title)
        if shorter != title and shorter.count(" ") >= 3:
            return shorter.strip()
    return title


def split_title(paragraphs: Sequence[str]) -> tuple[str, list[str]]:
    """Title and remaining paragraphs for text without a title field.

    Leading widgets, datelines and a site-name line ("eastwest connect") before the headline
    are dropped. When the first paragraph is not headline-like, its first sentence (shortened)
    is the title and the paragraph stays in the body.
    """
    rest = list(paragraphs)
    while rest:
        first = strip_inline_junk(rest[0])
        site_name = _is_site_name(first) and len(rest) > 1 and is_headline(rest[1])
        if first and not (site_name or boilerplate_kind(first) or is_header_meta(first)):
            break
        rest.pop(0)
    if not rest:
        return "", []
    first = clean_title(rest[0])
    if first and is_headline(first):
        return first, rest[1:]
    return first_sentence(rest[0]), rest


def _is_site_name(paragraph: str) -> bool:
    if len(paragraph) > 40 or paragraph.count(" ") > 3 or any(c.isdigit() for c in paragraph):
        return False
    return paragraph.islower() or bool(_DOMAIN.match(paragraph))


def first_sentence(paragraph: str, *, limit: int = TITLE_MAX_CHARS) -> str:
    """The first sentence of a paragraph, cut at a word boundary to at most ``limit`` chars."""
    sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0].strip()
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return f"{cut}…"


def to_paragraphs(text: str) -> list[str]:
    """Split normalized text into single-spaced paragraphs, unwrapping hard line breaks.

    Blank lines and indented lines start a paragraph. When the text is hard-wrapped (newswire,
    PDF, e-mail) lines are joined back into paragraphs; otherwise every line is a paragraph.
    """
    lines = [line.rstrip() for line in text.split("\n")]
    width = _wrap_width(lines)
    # Newswire style: paragraphs start with an indent, so every other line continues one.
    indented = bool(width) and any(line[:1].isspace() for line in lines[1:] if line)
    paragraphs: list[str] = []
    current: list[str] = []
    previous = ""
    for line in lines:
        if not line:
            _flush(current, paragraphs)
        elif current and width and _continues(previous, line, width, indented=indented):
            current.append(line.strip())
        else:
            _flush(current, paragraphs)
            current.append(line.strip())
        previous = line
    _flush(current, paragraphs)
    return paragraphs


def _wrap_width(lines: Sequence[str]) -> int:
    """Typical line width when the text looks hard-wrapped (a line breaks mid-sentence), else 0."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 3 or sum(length > 100 for length in lengths) > len(lengths) // 10:
        return 0  # paragraphs are lines already
    width = lengths[int(0.9 * (len(lengths) - 1))]
    for before, after in itertools.pairwise(lines):
        if not before.strip() or not after[:1].isalpha() or before.endswith(_TERMINAL):
            continue
        if after[0].islower() or (before[-1].islower() and len(before) >= 0.8 * width):
            return width
    return 0


def _continues(previous: str, line: str, width: int, *, indented: bool) -> bool:
    """Whether ``line`` continues the paragraph that ``previous`` belongs to."""
    if line[0].isspace() or _LIST_ITEM.match(line):
        return False
    if indented:
        return True
    if previous.endswith(_TERMINAL):  # a sentence ending well short of the margin ends a paragraph
        return len(previous) >= 0.85 * width
    short = len(previous) < 0.6 * width  # a short unfinished line is a heading, unless ...
    return not short or line[0].islower() or previous.endswith((",", ";", ":", "-"))


def _flush(current: list[str], paragraphs: list[str]) -> None:
    if not current:
        return
    text = current[0]
    for piece in current[1:]:
        hyphenated = text.endswith("-") and text[-2:-1].isalpha() and piece[:1].islower()
        text = f"{text}{piece}" if hyphenated else f"{text} {piece}"
    paragraphs.append(collapse(text))
    current.clear()


def parse_html(markup: str) -> ParsedDoc:
    """Main text of a web page; title, canonical url and date from its metadata."""
    soup = BeautifulSoup(markup, "html.parser")
    metas = _metas(soup)
    title = _html_title(soup, metas)
    url = http_url(_canonical(soup) or metas.get("og:url"))
    date = next(filter(None, (parse_date(metas.get(key, "")) for key in _DATE_METAS)), None)
    time_tag = soup.find("time")
    if date is None and isinstance(time_tag, Tag):
        date = parse_date(_attr(time_tag, "datetime") or time_tag.get_text(" "))
    for tag in soup.find_all(["head", "script", "style", "noscript", "template"]):
        if isinstance(tag, Tag) and not tag.decomposed:
            tag.decompose()
    container = _main_container(soup)
    _drop_chrome(container)
    paragraphs = _block_paragraphs(container)
    no_text = "HTML has no body text" if soup.body is not None else "HTML has no body"
    if not paragraphs:
        raise SkipError(no_text)
    return finish(paragraphs, title=title, date=date, url=url, no_text=no_text)


def _attr(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)


def _metas(soup: BeautifulSoup) -> dict[str, str]:
    metas: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        if isinstance(tag, Tag):
            key = _attr(tag, "property") or _attr(tag, "name") or _attr(tag, "itemprop")
            content = collapse(_attr(tag, "content"))
            if key and content:
                metas.setdefault(key.strip().lower(), content)
    return metas


def _html_title(soup: BeautifulSoup, metas: dict[str, str]) -> str | None:
    candidates = [metas.get("og:title"), metas.get("twitter:title")]
    for name in ("title", "h1"):
        tag = soup.find(name)
        candidates.append(tag.get_text(" ") if isinstance(tag, Tag) else None)
    return next(filter(None, (clean_title(c) for c in candidates if c)), None)


def _canonical(soup: BeautifulSoup) -> str | None:
    for tag in soup.find_all("link"):
        if isinstance(tag, Tag) and "canonical" in _attr(tag, "rel").lower().split():
            return _attr(tag, "href").strip() or None
    return None


def http_url(value: str | None) -> str | None:
    """``value`` if it is an absolute http(s) URL, else None."""
    return value if value and value.startswith(("http://", "https://")) else None


def _main_container(soup: BeautifulSoup) -> Tag:
    """The largest <article>/<main> when it holds a fair share of the page, else <body>."""
    page: Tag = soup.body or soup
    candidates = [tag for tag in soup.find_all(["article", "main"]) if isinstance(tag, Tag)]
    best = max(candidates, key=lambda tag: len(tag.get_text()), default=None)
    if best is not None and len(best.get_text()) >= 0.3 * len(page.get_text()):
        return best
    return page


def _drop_chrome(container: Tag) -> None:
    """Remove navigation, forms, widgets and share/comment/related/cookie blocks."""
    total = len(container.get_text())
    doomed = [tag for tag in container.find_all(True) if isinstance(tag, Tag) and _is_chrome(tag)]
    for tag in doomed:
        # A class like "article-body has-share-bar" must not take the story with it.
        if not tag.decomposed and (tag.name in _DROP_TAGS or len(tag.get_text()) < 0.5 * total):
            tag.decompose()


def _is_chrome(tag: Tag) -> bool:
    if tag.name in _DROP_TAGS or _attr(tag, "role") in _CHROME_ROLES or tag.has_attr("hidden"):
        return True
    if tag.name == "header" and tag.find_parent(["article", "main"]) is None:
        return True
    hidden = "display:none" in _attr(tag, "style").replace(" ", "")
    named = _CHROME_NAME.search(f"{_attr(tag, 'class')} {_attr(tag, 'id')}")
    return hidden or _attr(tag, "aria-hidden") == "true" or named is not None


def _block_paragraphs(container: Tag) -> list[str]:
    """Text of each block element; source line breaks inside a block are just spaces."""
    for br in container.find_all("br"):
        br.replace_with(_BREAK)
    for tag in container.find_all(_BLOCK_TAGS):
        if isinstance(tag, Tag):
            tag.insert_before(_BREAK)
            tag.insert_after(_BREAK)
    blocks = container.get_text().split(_BREAK)
    return [block for block in (collapse(normalize_text(b)) for b in blocks) if block]
