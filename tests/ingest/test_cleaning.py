"""Cleaning rules, table-style: seed boilerplate, invented variants, and content that must stay."""

from __future__ import annotations

import pytest

from retrieval.ingest.cleaning import (
    boilerplate_kind,
    clean_body,
    find_date,
    is_header_meta,
    is_headline,
    normalize_text,
    parse_date,
    strip_inline_junk,
)
from retrieval.ingest.formats import clean_title, first_sentence, split_title, to_paragraphs


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        # Seen in the seeds.
        ("Share to Wechat", "share widget"),
        ("Share to Weibo", "share widget"),
        ("Share To weixin sina", "share widget"),
        ("Online message", "comment widget"),
        ("Suggestions & Feedbacks We take every suggestion from you seriously", "feedback form"),
        (
            "If you have any questions, please leave a message here and leave your contact "
            "information, we will reply you as soon as possible.",
            "feedback form",
        ),
        (
            "Please leave your information and needs here, we will reply within 24 hours and "
            "call you~",
            "feedback form",
        ),
        ("(The picture comes from Xinhuanet)", "photo credit"),
        ("Auto loading next article...", "navigation"),
        ("Written by Nikkei Asia Published on 3 mins read", "reading time"),
        # Invented variants of the same widgets.
        ("Share this article", "share widget"),
        ("SHARE ON: Facebook | Twitter | LinkedIn", "share widget"),
        ("Facebook Twitter WhatsApp Email", "social links"),
        ("Please enable JavaScript to view the comments.", "tracking notice"),
        ("Suggestion and feedback", "feedback form"),
        ("Leave a comment", "feedback form"),
        ("12 Comments", "comment widget"),
        ("Photo: Reuters", "photo credit"),
        ("Image credit: Getty Images", "photo credit"),
        ("(Photo courtesy of Geely)", "photo credit"),
        ("Loading next story…", "navigation"),
        ("Read more", "navigation"),
        ("Related articles", "navigation"),
        ("You may also like", "navigation"),
        ("ADVERTISEMENT", "navigation"),
        ("We use cookies to give you the best experience. Accept all cookies", "cookie notice"),
        ("This website uses cookies.", "cookie notice"),
        ("Subscribe to our newsletter", "newsletter"),
        ("Sign up for the Autos Daily newsletter to get the news first.", "newsletter"),
        ("Get the best stories delivered to your inbox", "newsletter"),
        ("5 min read", "reading time"),
        ("© 2023 Nikkei Inc. All rights reserved.", "copyright"),
        ("Page 3 of 12", "page number"),
        # Real content that mentions the same words must stay.
        ("Share prices of both carmakers rose 5% after the announcement.", None),
        ("Shares of Geely rose.", None),
        (
            "Google said it will stop third-party cookies in Chrome, which worries advertisers.",
            None,
        ),
        ("The picture is clearer now that both sides have signed the agreement.", None),
        ("Read the full statement, the spokesman told reporters on Friday.", None),
        ("Copyright disputes over the battery design were settled last year.", None),
        ("The new venture will subscribe to 20% of the shares.", None),
        ("——Li Shufu, Chairman of Geely Holding Group", None),
        ("In 2023, we will reply to every regulator's query within weeks, Zhang said.", None),
    ],
)
def test_boilerplate_kind(paragraph: str, kind: str | None) -> None:
    assert boilerplate_kind(paragraph) == kind


def test_long_paragraphs_are_never_boilerplate() -> None:
    long = "Share to Wechat " + "and the two sides agreed to cooperate " * 20
    assert boilerplate_kind(long) is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "FB Pixel no scriptAlibaba can advance in 2023, says CEO",
            "Alibaba can advance in 2023, says CEO",
        ),
        ("Facebook pixel noscript Geely buys Volvo", "Geely buys Volvo"),
        ("2023/03/13 Share To weixin sina", "2023/03/13"),
        ("March 3, 2023 Share on Facebook Twitter", "March 3, 2023"),
        ("Geely will share technology with Renault", "Geely will share technology with Renault"),
    ],
)
def test_strip_inline_junk(raw: str, clean: str) -> None:
    assert strip_inline_junk(raw) == clean


@pytest.mark.parametrize(
    ("paragraph", "meta"),
    [
        ("By Jane Smith", True),
        ("By Nikkei Asia", True),
        ("By John Smith, Reuters", True),
        ("Written by Nikkei Asia", True),
        ("Published on March 3, 2023", True),
        ("Updated: 2023-03-13 08:30", True),
        ("2023/03/13", True),
        ("Monday, March 13, 2023 08:30 GMT", True),
        ("Home > News > Autos", True),
        ("By the end of 2023, Geely will sell hybrids in Korea", False),
        ("By March 2025", False),
        ("Updated figures show sales rose", False),
        ("On March 13, 2023, Geely signed a deal.", False),
    ],
)
def test_is_header_meta(paragraph: str, meta: bool) -> None:
    assert is_header_meta(paragraph) is meta


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2023/03/13 Share To weixin sina", "2023-03-13"),
        ("2023-03-13", "2023-03-13"),
        ("2023-03-13T08:00:00+08:00", "2023-03-13"),
        ("2023.3.9", "2023-03-09"),
        ("January 12, 2023", "2023-01-12"),
        ("Jan. 12, 2023", "2023-01-12"),
        ("January 12th 2023", "2023-01-12"),
        ("Sept 5, 2021", "2021-09-05"),
        ("12 January 2023", "2023-01-12"),
        ("1st of March, 2022", "2022-03-01"),
        ("Published on March 3, 2023", "2023-03-03"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26"),
        ("2023年3月13日", "2023-03-13"),
        ("13/03/2023", "2023-03-13"),
        ("03/13/2023", "2023-03-13"),
        # No year, ambiguous, impossible or not a date: unknown.
        ("On January 12, Alibaba reported its strategic cooperation with Geely.", None),
        ("ON December 23, GAC Group and SAIC Group signed", None),
        ("Netease car 8 month 9 Reported Wednesday", None),
        ("03/04/2023", None),
        ("2023-02-30", None),
        ("February 30, 2023", None),
        ("Revenue rose to 2,023 million in 2023.", None),
        ("version 1.2.2023", None),
        ("", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_find_date_only_looks_near_the_top() -> None:
    body = ["Headline", "Lead paragraph without a date.", "More.", "Still more.", "Even more."]
    assert find_date([*body, "The deal was signed on April 1, 2023."]) is None
    assert find_date(["Headline", "2023/03/13", *body]) == "2023-03-13"


def test_find_date_reads_a_dateline_but_not_a_long_lead() -> None:
    lead = "BEIJING, March 13, 2023 - BAIC and CATL signed an agreement " + "on batteries " * 20
    assert find_date(["Headline", lead]) == "2023-03-13"
    late = "BAIC and CATL, which have worked together " + "on batteries " * 20 + "since 1 May 2010"
    assert find_date(["Headline", late]) is None


def test_normalize_text_unifies_spaces_and_drops_invisible_characters() -> None:
    raw = "Geely\u00a0and\u200b Renault\r\nsigned\u00ad\ton\u3000Tuesday\x07"
    assert normalize_text(raw) == "Geely and Renault\nsigned    on Tuesday"


def test_a_carriage_return_printed_as_caret_m_is_a_line_ending() -> None:
    # Reuters-21578 prints CR as "^M": not text, and a stray space after it is no indent
    raw = "unit <Corvex^M\nand Halden>, and <Osko^M\n Ltd>.\n    It said so.\nREUTER^M"
    paragraphs = to_paragraphs(normalize_text(raw))
    assert paragraphs[0] == "unit <Corvex and Halden>, and <Osko Ltd>."
    assert not any("^M" in p for p in paragraphs)


REUTERS_STYLE = (
    "Standard Oil Co and BP North America\n"
    "Inc said they plan to form a venture to manage the money market\n"
    "borrowing and investment activities of both companies.\n"
    "    BP North America is a subsidiary of British Petroleum Co\n"
    "Plc <BP>, which also owns a 55 pct interest in Standard Oil.\n"
    "    The venture will be called BP/Standard Financial Trading\n"
    "and will be operated by Standard Oil under the oversight of a\n"
    "joint management committee.\n"
    " Reuter\n"
)


def test_unwraps_reuters_style_hard_line_breaks() -> None:
    paragraphs = to_paragraphs(REUTERS_STYLE)
    assert paragraphs[:3] == [
        "Standard Oil Co and BP North America Inc said they plan to form a venture to manage "
        "the money market borrowing and investment activities of both companies.",
        "BP North America is a subsidiary of British Petroleum Co Plc <BP>, which also owns a "
        "55 pct interest in Standard Oil.",
        "The venture will be called BP/Standard Financial Trading and will be operated by "
        "Standard Oil under the oversight of a joint management committee.",
    ]
    assert clean_body(paragraphs, title="STANDARD OIL TO FORM FINANCIAL UNIT")[-1].endswith(
        "joint management committee."
    )


def test_unwraps_block_paragraphs_and_keeps_hyphenated_words() -> None:
    text = (
        "Geely and Renault form alliance\n\n"
        "Geely and Renault signed a memorandum of understanding to build in-\n"
        "depth hybrid cooperation in Korea and China, the companies said on\n"
        "Tuesday in a joint statement released in Hangzhou and Paris today.\n\n"
        "The partners will share the CMA architecture for new models sold in\n"
        "both markets.\n"
    )
    assert to_paragraphs(text) == [
        "Geely and Renault form alliance",
        "Geely and Renault signed a memorandum of understanding to build in-depth hybrid "
        "cooperation in Korea and China, the companies said on Tuesday in a joint statement "
        "released in Hangzhou and Paris today.",
        "The partners will share the CMA architecture for new models sold in both markets.",
    ]


def test_lines_of_unwrapped_text_stay_paragraphs() -> None:
    long_line = "Alibaba and Geely will cooperate in cloud computing and " + "travel " * 20
    text = f"Headline here\n\n{long_line}\nSecond paragraph on its own line."
    assert to_paragraphs(text) == [
        "Headline here",
        long_line.strip(),
        "Second paragraph on its own line.",
    ]


def test_tables_in_newswire_text_keep_their_rows() -> None:
    text = (
        "The U.S. Agriculture Department\nreported the reserve prices as follows -\n"
        "         Natl   Loan\n Wheat   2.55   2.40\n Corn    1.35   1.92\n"
    )
    assert to_paragraphs(text)[-2:] == ["Wheat 2.55 2.40", "Corn 1.35 1.92"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "FB Pixel no scriptAlibaba can advance in 2023, says CEO, after China's COVID "
            "U-turn | KrASIA",
            "Alibaba can advance in 2023, says CEO, after China's COVID U-turn",
        ),
        (
            "Geely and Renault sign hybrid deal - Financial Times",
            "Geely and Renault sign hybrid deal",
        ),
        ("Geely and Renault sign hybrid deal — autonews.com", "Geely and Renault sign hybrid deal"),
        ("Geely results - Q3 2023", "Geely results - Q3 2023"),
        ("FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26", "FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26"),
        ("Short | Site", "Short | Site"),
    ],
)
def test_clean_title(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


def test_split_title_drops_a_site_name_line_before_the_headline() -> None:
    title, rest = split_title(["eastwest connect", "Alibaba and Geely cooperate", "Body text."])
    assert (title, rest) == ("Alibaba and Geely cooperate", ["Body text."])


def test_split_title_keeps_a_short_real_first_line() -> None:
    title, rest = split_title(["Geely buys Volvo", "Geely bought Volvo Cars from Ford in 2010."])
    assert (title, rest) == ("Geely buys Volvo", ["Geely bought Volvo Cars from Ford in 2010."])


def test_split_title_uses_the_first_sentence_of_a_long_opening() -> None:
    opening = "Geely and Renault signed a deal on Tuesday. " + "They will build hybrids. " * 20
    title, rest = split_title([opening])
    assert title == "Geely and Renault signed a deal on Tuesday."
    assert rest == [opening]


def test_first_sentence_is_cut_at_a_word_boundary() -> None:
    title = first_sentence("word " * 60, limit=50)
    assert len(title) <= 50 and title.endswith("word…")


@pytest.mark.parametrize(
    ("paragraph", "headline"),
    [
        ("Alibaba and Geely strategic cooperation: go hand in hand", True),
        ("BAIC GROUP and CATL signed Memorandum of Cooperation...", True),
        ("Geely buys Volvo.", True),
        (
            "Geely and Renault said on Tuesday that they had signed a memorandum of understanding "
            "to build hybrid cars in Korea.",
            False,
        ),
    ],
)
def test_is_headline(paragraph: str, headline: bool) -> None:
    assert is_headline(paragraph) is headline


def test_clean_body_drops_repeated_headline_bylines_and_sign_offs() -> None:
    paragraphs = [
        "Alibaba can advance in 2023, says CEO, after China’s COVID U-turn",
        "Written by Nikkei Asia Published on 3 mins read",
        "Daniel Zhang takes greater control of tech group’s important cloud business.",
        "Zhang said the group would advance.",
        "Reuter",
    ]
    title = "Alibaba can advance in 2023, says CEO, after China's COVID U-turn"
    assert clean_body(paragraphs, title=title) == [
        "Daniel Zhang takes greater control of tech group’s important cloud business.",
        "Zhang said the group would advance.",
    ]


def test_clean_body_drops_a_wrapped_headline_echo_and_placeholder() -> None:
    title = "FRANCE SETTLES 21.95 BILLION FRANCS SHORT-TERM CURRENCY INTERVENTION DEBT - OFFICIAL"
    paragraphs = [
        "******FRANCE SETTLES 21.95 BILLION FRANCS SHORT-TERM CURRENCY INTERVENTION",
        "DEBT - OFFICIAL",
        "Blah blah blah.",
    ]
    assert clean_body(paragraphs, title=title) == []


def test_clean_body_keeps_a_lead_that_starts_like_the_title() -> None:
    lead = "Geely buys Volvo Cars from Ford for 1.8 billion dollars."
    assert clean_body([lead], title="Geely buys Volvo Cars from Ford") == [lead]
