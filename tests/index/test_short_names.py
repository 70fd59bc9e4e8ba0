"""Short forms written out from the names the corpus writes (retrieval.index.short_names)."""

from __future__ import annotations

from retrieval.index.lexical import Bm25Index
from retrieval.index.short_names import learn, with_short_names, written_out

_BODIES = [
    "Title\n\nThe Bank of Lapland raised its discount rate, the Bank of Lapland said.",
    "Title\n\nA spokesman for the Bank of Lapland declined comment on Tuesday.",
    "Title\n\nGrain from Outer Mongolia reached the port of Oslo.",
    "Title\n\nOuter Mongolia and Outer Mongolia again; Orange Marmalade once.",
    "Title\n\nOuter Mongolia was named by Old Mariners in the report.",
    "Title\n\nBoard of Timber officials met. Bankers Trimble agreed. Board of Timber said.",
    "Title\n\nBankers Trimble said so. Bankers Trimble added. Bright Tunes played.",
]
_TEXTS = [(f"a{i}", text) for i, text in enumerate(_BODIES)]


def test_initials_spelling_one_name_most_of_the_time_stand_for_it() -> None:
    short_names = learn(_TEXTS)
    assert short_names["bol"] == "Bank of Lapland"  # the small word taken
    assert short_names["bl"] == "Bank of Lapland"  # or not
    assert short_names["om"] == "Outer Mongolia"  # 4 of 6 sightings: "Old Mariners" once


def test_initials_shared_by_several_names_are_left_alone() -> None:
    # "Board of Timber", "Bankers Trimble", "Bright Tunes": no name holds most "BT"s
    assert "bt" not in learn(_TEXTS)


def test_a_rare_name_teaches_nothing() -> None:
    assert "ot" not in learn([("a", "Title\n\nOrange Tree Inc said.")])


def test_a_run_is_named_from_its_first_word_that_is_no_small_word() -> None:
    texts = [
        (f"a{i}", "Title\n\nThe Grand Canal Works said. But Grand Canal Works added.")
        for i in range(3)
    ]
    short_names = learn(texts)
    assert short_names["gcw"] == "Grand Canal Works"
    assert "bgc" not in short_names  # "But Grand Canal" is no name
    assert "cw" not in short_names  # "Canal Works" is only ever the tail of the name


def _articles(*bodies: str) -> list[tuple[str, str]]:
    return [(f"a{i}", f"Title\n\n{body}") for i, body in enumerate(bodies)]


def test_a_short_form_rarer_than_its_name_stands_for_it() -> None:
    bodies = ["The Rural Water Board met."] * 3 + ["RWB said so."]
    assert learn(_articles(*bodies))["rwb"] == "Rural Water Board"


def test_a_short_form_the_articles_write_about_as_often_is_left_as_typed() -> None:
    name = "The Rural Water Board met."
    # "RWB" in two articles to the name's three: matched as typed, or another RWB
    assert "rwb" not in learn(_articles(*[name] * 3, "RWB shares rose.", "RWB fell."))
    # in one article to the name's three: the name is what the articles write
    assert learn(_articles(*[name] * 3, "RWB shares rose."))["rwb"] == "Rural Water Board"


def test_a_short_form_alone_in_the_question_is_written_out() -> None:
    short_names = {"om": "Outer Mongolia", "bol": "Bank of Lapland"}
    assert written_out("How much grain did OM export?", short_names) == ["Outer Mongolia"]
    assert written_out("What did the BOL's governor say?", short_names) == ["Bank of Lapland"]
    assert with_short_names("OM exports?", short_names) == "OM exports? Outer Mongolia"


def test_a_short_form_inside_a_longer_name_is_not() -> None:
    short_names = {"om": "Outer Mongolia"}
    assert written_out("What did OM Holdings pay?", short_names) == []
    assert written_out("Who bought Acme OM?", short_names) == []
    # a capitalised question word is no name word
    assert written_out("Which OM ports opened?", short_names) == ["Outer Mongolia"]


def test_a_name_already_asked_or_a_lower_case_word_is_not_added() -> None:
    short_names = {"om": "Outer Mongolia", "it": "Iron Tree"}
    assert written_out("Did OM, that is Outer Mongolia, export?", short_names) == []
    assert written_out("how much did om export?", short_names) == []
    assert written_out("Is IT spending up?", short_names) == []  # a stopword's capitals


def test_the_index_keeps_what_it_learned() -> None:
    index = Bm25Index.build((f"c{i}", f"a{i}", text) for i, text in enumerate(_BODIES, start=1))
    assert index.short_names["om"] == "Outer Mongolia"
    hits = index.search(with_short_names("OM grain", index.short_names), limit=3)
    assert hits[0][0] == "c3"
