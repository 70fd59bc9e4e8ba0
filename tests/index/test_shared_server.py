"""Several hosts, one Chroma server: the topology README supports, and the one it refuses.

Supported: each host (data dir: catalog, BM25, registry) has its own collection on the
shared `chroma run` server, and the hosts share Redis for the Slack state. Refused: a second
data dir on a collection another one built; its orphan sweep would delete the first one's
vectors (measured before the fix: 2 of 24 chunks lost), so it gets a message naming
ALLIANCE_BOT_CHROMA__COLLECTION and changes nothing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.slack.deps import BotStores
from bot.slack.settings import load_slack_settings
from retrieval.index.store import CollectionOwned
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.bot_harness import BOT_TOKEN, SIGNING_SECRET, BotHarness, mention
from tests.conftest import SEEDS

QUESTION = "Who replaced Cheng Li at Alibaba?"


def host(data_dir: Path, chroma_url: str, collection: str) -> AllianceService:
    settings = load_settings(
        data_dir=data_dir, chroma_url=chroma_url, chroma={"collection": collection}
    )
    return AllianceService.from_settings(settings)


@pytest.fixture
def host_a(tmp_path: Path, chroma_server: str) -> Iterator[AllianceService]:
    service = host(tmp_path / "host-a", chroma_server, f"shared-{tmp_path.name[-20:]}")
    service.ingest([SEEDS])
    try:
        yield service
    finally:
        service.close()


def test_a_second_data_dir_on_the_same_collection_is_refused_and_changes_nothing(
    host_a: AllianceService,
    tmp_path: Path,
    chroma_server: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    collection = host_a.settings.chroma.collection
    vectors = host_a.vectors.count()
    other_seeds = tmp_path / "other-seeds"
    shutil.copytree(SEEDS, other_seeds)
    (other_seeds / "extra.txt").write_text("Geely and Renault\n\nGeely partnered with Renault.")
    with pytest.raises(CollectionOwned) as refused:  # at start, before any ingest or question
        host(tmp_path / "host-b", chroma_server, collection)
    message = str(refused.value)
    assert "ALLIANCE_BOT_CHROMA__COLLECTION" in message and collection in message
    # The CLI says the same, without a traceback.
    monkeypatch.setenv("ALLIANCE_BOT_DATA_DIR", str(tmp_path / "host-b"))
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", chroma_server)
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA__COLLECTION", collection)
    assert main(["ingest", str(other_seeds)]) != 0
    err = capsys.readouterr().err
    assert "ALLIANCE_BOT_CHROMA__COLLECTION" in err and "Traceback" not in err
    # Host A lost nothing, and a re-ingest (with its orphan sweep) still finds all of it.
    assert host_a.vectors.count() == vectors
    assert host_a.ingest([SEEDS]).unchanged == 5
    assert host_a.vectors.count() == vectors
    assert "Wu Zeming" in host_a.ask(QUESTION).text


def test_hosts_with_their_own_collections_share_one_server_and_one_redis(
    host_a: AllianceService, tmp_path: Path, chroma_server: str, redis_url: str
) -> None:
    vectors_a = host_a.vectors.count()
    host_b = host(tmp_path / "host-b", chroma_server, f"{host_a.settings.chroma.collection}-b")
    try:
        extra = tmp_path / "b-articles"
        shutil.copytree(SEEDS, extra)
        (extra / "000_1bfa03ad5d30758b.txt").unlink()  # host B's articles differ
        assert len(host_b.ingest([extra]).added) == 4
        assert host_a.ingest([SEEDS]).unchanged == 5  # A's sweep leaves B alone...
        assert len(host_b.ingest([extra]).removed) == 0  # ...and B's leaves A alone
        assert host_a.vectors.count() == vectors_a
        assert 0 < host_b.vectors.count() < vectors_a

        def stores(name: str) -> BotStores:
            slack = load_slack_settings(
                bot_token=BOT_TOKEN,
                signing_secret=SIGNING_SECRET,
                data_dir=tmp_path / name,
                redis_url=redis_url,
            )
            return BotStores.from_settings(slack)

        a = BotHarness(tmp_path / "host-a", assistant=host_a, stores=stores("host-a"))
        b = BotHarness(tmp_path / "host-b", assistant=host_b, stores=stores("host-b"))
        with a, b:
            # Slack delivers the question to host A and retries it on host B: one answer.
            assert a.event(mention(QUESTION, ts="5.000001"), event_id="EvTopo").status == 200
            assert b.event(mention(QUESTION, ts="5.000001"), event_id="EvTopo", retry_num=1)
            a.settle()
            b.settle()
            answers = a.answers() + b.answers()
            assert len(answers) == 1 and "Wu Zeming" in answers[0]["text"]
            # And each host answers from its own collection.
            assert b.event(mention(QUESTION, ts="6.000001"), event_id="EvTopoB").status == 200
            b.settle()
            assert "Wu Zeming" in b.answers()[-1]["text"]
    finally:
        host_b.close()
