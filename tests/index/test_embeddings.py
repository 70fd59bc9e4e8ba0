"""Embedders: the bundled default, the hashing one, and an OpenAI-protocol server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any, ClassVar

import numpy as np
import pytest

from retrieval.index.embeddings import HashingEmbeddings, build_embedder
from retrieval.settings import EmbedderSettings
from tests.loopback import LoopbackServer


def test_wordllama_vectors_are_unit_length_and_meaningful() -> None:
    embedder = build_embedder(EmbedderSettings())
    vectors = embedder.embed_matrix(
        ["Geely and Renault sign an MoU", "Renault and Geely agree to cooperate", "rain in Spain"]
    )
    assert vectors.shape == (3, 256)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert embedder.signature == "wordllama:l2_supercat:256"


def test_hashing_embedder_is_deterministic_and_handles_empty_text() -> None:
    embedder = HashingEmbeddings(dimension=64)
    first, again = (
        embedder.embed_matrix(["CATL batteries"]),
        embedder.embed_matrix(["CATL batteries"]),
    )
    assert np.array_equal(first, again)
    assert not np.isnan(embedder.embed_matrix([""])).any()


class EmbeddingsHandler(BaseHTTPRequestHandler):
    """Speaks POST /v1/embeddings like an OpenAI-compatible server (vLLM, LM Studio ...)."""

    requests: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "body": body})
        texts = body["input"]
        vectors = HashingEmbeddings(dimension=32).embed_matrix([str(t) for t in texts])
        payload = {
            "object": "list",
            "model": body["model"],
            "data": [
                {"object": "embedding", "index": i, "embedding": (v * 3.0).tolist()}
                for i, v in enumerate(vectors)
            ],
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        }
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def embeddings_server() -> Iterator[str]:
    EmbeddingsHandler.requests = []
    with LoopbackServer(EmbeddingsHandler) as server:
        yield f"{server.root_url}/v1"


def test_openai_compatible_embeddings_through_a_local_server(
    embeddings_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    settings = EmbedderSettings(
        kind="openai", model="text-embed-local", dimension=32, base_url=embeddings_server
    )
    embedder = build_embedder(settings)
    vectors = embedder.embed_matrix(["Geely partners with Renault", "CATL"])
    assert vectors.shape == (2, 32)
    # Normalised on our side even though the server returns longer vectors.
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert EmbeddingsHandler.requests[0]["path"] == "/v1/embeddings"
    assert EmbeddingsHandler.requests[0]["body"]["model"] == "text-embed-local"
    assert embedder.signature == "openai:text-embed-local:32"
