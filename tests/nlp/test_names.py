"""Organisation naming: initialisms, clippings, tickers, bracketed short forms, slips."""

from __future__ import annotations

import random

import pytest

from retrieval.nlp.names import (
    abbreviates,
    compound_pieces,
    defined_short_forms,
    name_key,
    same_party,
    swapped_initials,
)
from retrieval.nlp.short_form_index import short_form_probes, spelling_keys
from retrieval.nlp.spelling import close_spelling, one_slip, spelling_distance


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("HP", "Hewlett-Packard"),
        ("CDC", "Control Data Corp"),
        ("P&G", "Procter and Gamble"),
        ("MHI", "Mitsubishi Heavy Industries"),
        ("Amex", "American Express"),
        ("Cat", "Caterpillar"),
        ("NUMMI", "New United Motor Manufacturing Inc"),
        ("PDVSA", "Petroleos de Venezuela S.A."),
        ("NZFP", "NZ Forest Products"),
        # a possessive ending is no word of the name
        ("S&P", "Standard and Poor's Corp"),
        # one word of capitalised words gives each word's initial
        ("GSK", "GlaxoSmithKline"),
        ("GSK", "GlaxoSmithKline plc"),
        # initials joined by a connector written out: the compound fuses the words without it
        ("BofA", "BankAmerica Corp"),
        ("BofA", "Bank of America"),
        # a closed compound's words give a letter each
        ("JAL", "Japan Airlines"),
    ],
)
def test_short_forms_of_names(short: str, full: str) -> None:
    assert abbreviates(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Coke", "Coca-Cola"),  # a nickname, not a clipping: needs other evidence
        ("Sony", "Sony Corp"),  # the same name, not a short form of it
        ("Ford", "Fordham Industries"),
        ("IM", "International Business Machines"),  # initials may not skip a name word
        ("G", "General Motors"),
        ("NAT", "NatWest"),  # a clipping of a compound's first word is no initialism
        ("BofA", "BayBanks"),
        ("JL", "Japan Airlines"),  # nor a word of a closed compound
    ],
)
def test_not_short_forms(short: str, full: str) -> None:
    assert not abbreviates(short, full)


def test_name_key_ignores_case_punctuation_and_legal_forms() -> None:
    assert name_key("Procter & Gamble Co.") == name_key("PROCTER AND GAMBLE")
    assert name_key("U.K.") == name_key("UK")
    assert name_key("McDonald's Corp") == name_key("MCDONALD'S CORP") == "mcdonald"


def test_short_forms_a_text_defines() -> None:
    text = (
        "Procter and Gamble Co <PG> said. Contemporary Amperex Technology Co. Limited (CATL) "
        "signed. Petroleos de Venezuela, S.A. (PDVSA) agreed."
    )
    assert defined_short_forms(text) == [
        ("PG", "Procter and Gamble Co"),
        ("CATL", "Contemporary Amperex Technology Co. Limited"),
        ("PDVSA", "Petroleos de Venezuela, S.A."),
    ]


def test_a_bracket_defines_a_mixed_case_form_spelled_from_the_name_in_order() -> None:
    # "PwC" is no initialism of one word, but the bracket defines it; a bracketed word
    # whose letters the name does not hold in order defines nothing
    text = "Advisers PricewaterhouseCoopers (PwC) said. Halden Corp (Texas) agreed."
    assert defined_short_forms(text) == [("PwC", "PricewaterhouseCoopers")]
    # no name opens with a connector; a party label or a legal form defines no name
    assert defined_short_forms("Banks are Osko Ltd and Sumitomo Finance (Asia) Ltd.") == []
    assert defined_short_forms("Rep. Dan Glickman (D-Kan.) agreed.") == []
    assert defined_short_forms("Anglo American Property (Pty) Ltd said.") == []


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("investmnt", "investment", True),
        ("acquisiton", "acquisition", True),
        ("Nokia", "Nokai", True),
        ("Sony", "Sonu", False),  # too short to risk a slip
        ("Hughes", "Hugh", False),
    ],
)
def test_spelling_slips(a: str, b: str, close: bool) -> None:
    assert close_spelling(a, b) is close


def test_one_slip_is_a_spelling_distance_of_one() -> None:
    # the one-pass check agrees with the whole alignment on random near pairs
    rng = random.Random(7)
    for _ in range(20_000):
        a = "".join(rng.choice("abc") for _ in range(rng.randrange(1, 7)))
        b = list(a)
        for _ in range(rng.randrange(1, 3)):
            spot = rng.randrange(len(b) + 1)
            choice = rng.randrange(4)
            if choice == 0:
                b.insert(spot, rng.choice("abc"))
            elif choice == 1 and spot < len(b):
                del b[spot]
            elif choice == 2 and spot < len(b):
                b[spot] = rng.choice("abc")
            elif spot + 1 < len(b):
                b[spot], b[spot + 1] = b[spot + 1], b[spot]
        other = "".join(b)
        if other != a:
            assert one_slip(a, other) is (spelling_distance(a, other) == 1), (a, other)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a slip in one long word where two others agree, extra words aside
        ("Banco Portugues de Investimento", "Oporto Banco Portugues de Investmento Sarl", True),
        # firms one letter apart are common: two short names stay apart
        ("Capitol Bancorp", "Capital Bancorp", False),
        ("Country Bank", "County Bank", False),
        ("American Airlines", "America West Airlines", False),
        ("Sears", "Spears", False),
    ],
)
def test_a_slip_is_forgiven_only_inside_a_long_name(a: str, b: str, same: bool) -> None:
    assert same_party(a, b) is same
    assert same_party(b, a) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Halco", "Halcorvex Savings", True),  # as it names "Halcorvex"
        ("Nation", "National Westminster Bank", False),  # a word opens many names
        ("Ha", "Halcorvex Savings", False),  # too short a clipping
        # a word of the language, as the clipping or the lead, opens other firms' names
        ("Nova", "Novacor Chemicals", False),
        ("She", "Shearson Lehman Brothers", False),
        ("Gold", "Golden Nugget Inc", False),
        # a letter short is another name, not a clipping
        ("Transamerica", "TransAmerican Natural Gas Corp", False),
        # a place's name is coined, wherever it stands in the firm's name
        ("Wisc", "First Wisconsin Corp", True),
        ("Halco", "First Halcorvex Savings", True),
        ("Wis", "First Wisconsin Corp", False),  # too short a clipping
    ],
)
def test_a_clipping_of_a_coined_word_names_the_longer_name(a: str, b: str, same: bool) -> None:
    assert same_party(a, b) is same
    assert same_party(b, a) is same


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        ("GGHF", "GGFH Inc", True),
        ("NMR", "NRM", True),
        ("GGHF", "GHGH", False),  # not the same letters
        ("GGHF", "Gghf Holdings", False),  # a word, not an initialism
        ("AB", "BA", False),  # too short to tell a slip from another name
    ],
)
def test_initialisms_one_swap_apart(a: str, b: str, swapped: bool) -> None:
    assert swapped_initials(a, b) is swapped


def generated_names(seed: int, count: int) -> tuple[list[str], list[str]]:
    """Company-like names with connectors, legal forms, hyphens and shared first letters,
    and short forms of them (letters taken from word prefixes, as initialisms are)."""
    rng = random.Random(seed)
    words = ["Amer", "Alpha", "Anglo", "Beta", "Bank", "Cable", "Cork", "Delta", "Data"]
    words += ["Motors", "Mining", "Petro", "Pacific", "Steel", "Systems", "Trust", "Tele"]
    glue = ["and", "of", "de", "&", "The", "Co", "Corp", "Group", "Inc"]
    names, shorts = [], []
    for _ in range(count):
        parts = [rng.choice(words + glue[:5]) for _ in range(rng.randint(1, 4))]
        name = " ".join(parts) + rng.choice(["", "", " Co", " Corp", " Group", " Inc"])
        names.append(name.replace(" Tele ", " Tele-", 1))
        pieces_ = name.replace("&", " ").split()
        short = "".join(p[: rng.randint(1, 2)] for p in pieces_ if rng.random() < 0.9)
        shorts.append(short[:5] or "X")
    return names, shorts


def test_the_short_form_index_misses_no_short_form() -> None:
    """`abbreviates(short, full)` implies a shared key of `short_form_probes(short)` and
    `spelling_keys(full)`: the index the registry's identity looks short forms up in never
    hides a name a short form spells."""
    names, shorts = generated_names(seed=7, count=600)
    keys = {full: spelling_keys(full) for full in names}
    spelled = 0
    for short in shorts:
        probes = short_form_probes(short)
        for full in names:
            if abbreviates(short, full):
                spelled += 1
                assert probes & keys[full], (short, full)
    assert spelled > 500  # the generated names do spell each other often


def test_the_short_form_index_finds_initials_of_a_closed_compound() -> None:
    assert abbreviates("JAL", "Japan Airlines")
    assert short_form_probes("JAL") & spelling_keys("Japan Airlines")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # one name with or without its ampersand, or with "and" written out
        ("AT&T", "ATT", True),
        ("AT&T", "AT and T Co", True),
        ("P&G", "PG", True),
        ("AT&T", "ATX", False),
    ],
)
def test_an_ampersand_is_optional_in_a_name(a: str, b: str, same: bool) -> None:
    assert same_party(a, b) is same
    assert same_party(b, a) is same


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("NatWest", ["nat", "west"]),
        ("AlliedSignal", ["allied", "signal"]),
        ("PdVSA", ["pd", "vsa"]),  # a piece in capitals
        ("BofA", []),  # a piece of one letter: an initialism, not a compound of words
        ("BoE", []),
        ("GE", []),
        ("Toyota", []),
        ("P&G", []),
        ("Nat West", []),  # two words
    ],
)
def test_compound_pieces(name: str, expected: list[str]) -> None:
    assert compound_pieces(name) == expected
