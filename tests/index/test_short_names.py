"""Short forms written out from the names the corpus writes (retrieval.index.short_names)."""

from __future__ import annotations

from retrieval.index.lexical import Bm25Index
from retrieval.index.short_names import learn, with_short_names, written_out

_BODIES = [
    "Title\n\nThe Bank of Lapland raised its discount rate, the Bank of Lapland said.",
    "Title\n\nA spokesman for the Bank of Lapland declined comment on Tuesday.",
    "Title\n\nGrain from Outer Mongolia reached the port of Oslo.",
    "Title\n\nOuter Mongolia, and Outer Mongolia again; Orange Marmalade once.",
    "Title\n\nOuter Mongolia was named by Old Mariners in the report.",
    "Title\n\nBoard of Timber officials met. Bankers Trimble agreed. Board of Timber said.",
    "Title\n\nBankers Trimble said so. Bankers Trimble added. Bright Tunes played.",
    "Title\n\nThe Bank of Lapland cut its rate.",
]
_TEXTS = [(f"a{i}", text) for i, text in enumerate(_BODIES)]


def test_initials_spelling_one_name_most_of_the_time_stand_for_it() -> None:
    short_names = learn(_TEXTS)
    assert short_names["bol"] == "Bank of Lapland"  # the small word taken
    assert short_names["bl"] == "Bank of Lapland"  # or not
    assert short_names["om"] == "Outer Mongolia"  # 3 of 5 articles: "Old Mariners" in one


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


def test_and_gives_no_initial_and_of_may() -> None:
    short_names = learn(_articles(*["Hill and Yale said. Gulf of Rona fell."] * 3))
    assert "hay" not in short_names  # an initialism writes "and" as "&" or drops it
    assert short_names["hy"] == "Hill and Yale"
    assert short_names["gor"] == short_names["gr"] == "Gulf of Rona"
    assert written_out("Did H&Y rise?", short_names) == ["Hill and Yale"]


def test_names_and_short_forms_are_counted_by_articles() -> None:
    one_article = [("a", "Title\n\n" + "The Orange Tree Works said. " * 5)] * 3  # overlap
    assert "otw" not in learn(one_article)
    assert "otw" in learn(_articles(*["The Orange Tree Works said."] * 3))
    # the short form written three times in one article is written in one article
    bodies = ["The Rural Water Board met."] * 3 + ["RWB said. RWB added. RWB rose."]
    assert learn(_articles(*bodies))["rwb"] == "Rural Water Board"


def test_a_short_form_the_question_writes_inside_a_name_is_never_written_out() -> None:
    short_names = {"om": "Outer Mongolia"}
    assert written_out("Did OM Holdings buy it, and what did OM pay?", short_names) == []
    assert written_out("What did OM pay? Did OM sell?", short_names) == ["Outer Mongolia"]
    assert written_out("What did OM-Lavalin pay?", short_names) == []  # hyphenated name


def test_a_span_never_written_as_a_whole_run_is_no_name() -> None:
    # "Board of Rivers" only ever opens the longer "Board of Rivers and Lakes"
    truncated = learn(_articles(*["The Board of Rivers and Lakes met."] * 3))
    assert "bor" not in truncated and "br" not in truncated
    # a name also written alone counts where a longer run goes on from it
    bodies = ["Bank of Lapland Governor Ann Berg spoke."] * 2 + ["The Bank of Lapland met."] * 3
    assert learn(_articles(*bodies))["bol"] == "Bank of Lapland"
    # a run is whole without its legal form
    assert learn(_articles(*["Grand Canal Works Inc said."] * 3))["gcw"] == "Grand Canal Works"
    assert learn(_articles(*["Hale Kent Rowe and Co said."] * 3))["hkr"] == "Hale Kent Rowe"
