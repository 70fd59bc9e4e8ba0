"""Follow-up condensing: the pure heuristic (table) and the LLM condenser with fakes."""

from __future__ import annotations

import pytest

from retrieval.models import Turn
from retrieval.reading.followups import LLMCondenser, name_words, standalone_query
from tests.llm_fakes import FailingChatModel, scripted


def user(text: str) -> Turn:
    return Turn(role="user", text=text)


def bot(text: str) -> Turn:
    return Turn(role="assistant", text=text)


GEELY = [user("Who did Geely partner with?"), bot("Geely partnered with Renault [1].")]
BAIC = [user("What did BAIC GROUP and CATL agree?"), bot("They will develop batteries [1].")]


@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        # nothing earlier: unchanged
        ("When was it signed?", [], "When was it signed?"),
        ("When was it signed?", [bot("Hello!")], "When was it signed?"),
        # no names: the latest names are carried over
        ("When was it signed?", BAIC, "When was it signed? (BAIC, CATL)"),
        ("and when?", GEELY, "and when? (Geely)"),
        # names but nothing asked: the previous question about the new company
        ("What about Renault?", GEELY, "Who did Renault partner with?"),
        ("And Alibaba?", GEELY, "Who did Alibaba partner with?"),
        (
            "What about Geely Holding Group?",
            [user("Which companies has Alibaba Group partnered with?")],
            "Which companies has Geely Holding Group partnered with?",
        ),
        # names and a question of its own: unchanged
        ("Who is CATL's chief financial officer?", GEELY, "Who is CATL's chief financial officer?"),
        # names plus a pointer back: the earlier names are added, not repeated
        ("Did they also work with Alibaba?", GEELY, "Did they also work with Alibaba? (Geely)"),
        ("Did they sign with Geely?", GEELY, "Did they sign with Geely?"),
        # names come from the latest user turn that had any
        ("and when?", [*BAIC, user("really?")], "and when? (BAIC, CATL)"),
        # no names anywhere: a short message gets the previous question
        (
            "and when?",
            [user("what is the battery deal about?")],
            "and when? (what is the battery deal about?)",
        ),
        (
            "could you also tell me what the agreement says about batteries in detail please",
            [user("what is the battery deal about?")],
            "could you also tell me what the agreement says about batteries in detail please",
        ),
    ],
)
def test_standalone_query(question: str, history: list[Turn], expected: str) -> None:
    assert standalone_query(question, history) == expected


def test_name_words_keeps_distinctive_name_words_in_order() -> None:
    assert name_words("Did BAIC GROUP and CATL meet Zheng Shu?") == ["BAIC", "CATL", "Zheng", "Shu"]


def test_the_llm_condenser_asks_the_model_with_the_thread_and_uses_its_question() -> None:
    model, recorder = scripted("Standalone question: When did Geely and Renault sign their MoU?\n")
    condense = LLMCondenser(model, timeout=2.0)
    query = condense("and when?", GEELY)
    assert query == "When did Geely and Renault sign their MoU?"
    _, prompt = recorder.texts()
    assert "<user>Who did Geely partner with?</user>" in prompt
    assert "<assistant>Geely partnered with Renault [1].</assistant>" in prompt
    assert "<latest_message>\nand when?\n</latest_message>" in prompt


def test_the_llm_condenser_is_not_called_without_earlier_user_turns() -> None:
    model, recorder = scripted("unused")
    assert LLMCondenser(model, timeout=2.0)("Who did Geely partner with?", []) == (
        "Who did Geely partner with?"
    )
    assert recorder.prompts == []


@pytest.mark.parametrize(
    "model",
    [
        FailingChatModel(),
        scripted("When? (too late)", sleep=3.0)[0],
        scripted("   ")[0],
        scripted("x" * 400)[0],
    ],
    ids=["error", "timeout", "empty", "too-long"],
)
def test_the_llm_condenser_falls_back_to_the_heuristic(model: object) -> None:
    condense = LLMCondenser(model, timeout=0.3)  # type: ignore[arg-type]
    assert condense("and when?", GEELY) == "and when? (Geely)"
