"""A serving worker loads, before the first question, what that question would wait for."""

from __future__ import annotations

import pytest

import retrieval.registry.store as registry_store
from retrieval.registry.identity import CompanyIdentity
from retrieval.service import AllianceService


def test_after_warm_up_a_registry_question_builds_no_company_identity(
    seeded_service: AllianceService, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []

    class Counting(CompanyIdentity):
        def __init__(self, *args: object, **kwargs: object) -> None:
            built.append(1)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(registry_store, "CompanyIdentity", Counting)
    seeded_service.warm_up()
    assert built == [1]
    answer = seeded_service.ask("Which companies has Alibaba partnered with?")
    assert answer.answered and "Geely" in answer.text
    assert built == [1]  # the warm-up's identity served the question
