"""The HTML parser: a web page's main text, without its furniture (navigation, share
widgets, comments, cookie banners), and its title, canonical url and date from metadata.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from retrieval.ingest.cleaning import collapse, normalize_text, parse_date
from retrieval.ingest.formats import ParsedDoc, SkipError, clean_title, finish, http_url


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


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
