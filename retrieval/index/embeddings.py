"""LangChain Embeddings: the bundled offline default and pluggable alternatives.

Every embedder returns unit-length vectors (the collection uses cosine space) and carries a
`signature` (name + dimension) that the store records, so that a collection built with one
model is never queried with another.
"""

from __future__ import annotations

import hashlib
from importlib import import_module
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from langchain_core.embeddings import Embeddings

from retrieval.settings import EmbedderSettings
from retrieval.text import terms

FloatMatrix = npt.NDArray[np.float32]


class EmbedderUnavailable(RuntimeError):
    """The configured embedder cannot be built (missing extra, missing model files)."""


class SignedEmbeddings(Protocol):
    """Embeddings that also say which model made them."""

    signature: str
    dimension: int

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...
    def embed_query(self, text: str) -> list[float]: ...
    def embed_matrix(self, texts: list[str]) -> FloatMatrix: ...


def normalize_rows(matrix: npt.NDArray[Any]) -> FloatMatrix:
    """Scale rows to unit length; all-zero rows stay zero instead of becoming NaN."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    scaled: FloatMatrix = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return scaled


class MatrixEmbeddings(Embeddings):
    """Base for local embedders that produce a whole matrix at once."""

    signature: str = ""
    dimension: int = 0

    def embed_matrix(self, texts: list[str]) -> FloatMatrix:
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_matrix(texts).tolist()  # type: ignore[no-any-return]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_matrix([text])[0].tolist()  # type: ignore[no-any-return]


class WordLlamaEmbeddings(MatrixEmbeddings):
    """The bundled default: WordLlama's static model, loaded from the installed wheel only."""

    def __init__(self, *, config: str = "l2_supercat", dimension: int = 256) -> None:
        wordllama = import_module("wordllama")
        package_dir = Path(str(wordllama.__file__)).parent
        # The wheel ships weights but looks for its tokenizer under a differently named
        # folder; pointing cache_dir at the package and disabling download keeps it offline.
        try:
            self._model = wordllama.WordLlama.load(
                config=config, dim=dimension, cache_dir=package_dir, disable_download=True
            )
        except (FileNotFoundError, ValueError, OSError) as error:
            raise EmbedderUnavailable(f"WordLlama model {config!r}/{dimension}: {error}") from error
        self.dimension = dimension
        self.signature = f"wordllama:{config}:{dimension}"

    def embed_matrix(self, texts: list[str]) -> FloatMatrix:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return normalize_rows(self._model.embed(texts, norm=False))


class HashingEmbeddings(MatrixEmbeddings):
    """Deterministic bag-of-stems feature hashing: cheap, offline, lexical-only.

    Useful as a second real embedder (tests of the model-mismatch guard) and on machines
    where even the static model is too heavy.
    """

    def __init__(self, *, dimension: int = 256) -> None:
        self.dimension = dimension
        self.signature = f"hash:{dimension}"

    def embed_matrix(self, texts: list[str]) -> FloatMatrix:
        matrix = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for term in terms(text):
                digest = hashlib.blake2b(term.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dimension
                matrix[row, bucket] += 1.0 if digest[4] & 1 else -1.0
        return normalize_rows(matrix)


class AdaptedEmbeddings(MatrixEmbeddings):
    """Wraps any LangChain Embeddings (API or sentence-transformers) with normalisation."""

    def __init__(self, inner: Embeddings, *, signature: str, dimension: int) -> None:
        self._inner = inner
        self.signature = signature
        self.dimension = dimension

    def embed_matrix(self, texts: list[str]) -> FloatMatrix:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return normalize_rows(np.array(self._inner.embed_documents(texts)))

    def embed_query(self, text: str) -> list[float]:
        vector = normalize_rows(np.array([self._inner.embed_query(text)]))
        return vector[0].tolist()  # type: ignore[no-any-return]


# Optional providers: (package to import, class name, extra that installs it).
OPTIONAL_PROVIDERS = {
    "openai": ("langchain_openai", "OpenAIEmbeddings", "openai"),
    "ollama": ("langchain_ollama", "OllamaEmbeddings", "ollama"),
}


def build_embedder(settings: EmbedderSettings) -> MatrixEmbeddings:
    """The embedder the settings ask for; a missing optional package names its extra."""
    if settings.kind == "wordllama":
        return WordLlamaEmbeddings(config=settings.model, dimension=settings.dimension)
    if settings.kind == "hash":
        return HashingEmbeddings(dimension=settings.dimension)
    if settings.kind == "sentence-transformers":
        return _sentence_transformer(settings)
    module_name, class_name, extra = OPTIONAL_PROVIDERS[settings.kind]
    module = _import_optional(module_name, extra)
    options: dict[str, Any] = {"model": settings.model}
    if settings.base_url:
        options["base_url"] = settings.base_url
    if settings.kind == "openai":
        # The length check tokenises with tiktoken, which downloads its tables at first use:
        # that fails offline, and OpenAI-compatible servers do their own truncation.
        options["check_embedding_ctx_length"] = False
    inner = getattr(module, class_name)(**options)
    signature = f"{settings.kind}:{settings.model}:{settings.dimension}"
    return AdaptedEmbeddings(inner, signature=signature, dimension=settings.dimension)


def _sentence_transformer(settings: EmbedderSettings) -> MatrixEmbeddings:
    module = _import_optional("sentence_transformers", "sentence-transformers")
    model = module.SentenceTransformer(settings.model, device="cpu", local_files_only=True)

    class _SentenceTransformerEmbeddings(MatrixEmbeddings):
        def embed_matrix(self, texts: list[str]) -> FloatMatrix:
            encoded = model.encode(texts, batch_size=64, normalize_embeddings=True)
            return np.asarray(encoded, dtype=np.float32)

    embedder = _SentenceTransformerEmbeddings()
    embedder.dimension = int(model.get_sentence_embedding_dimension())
    embedder.signature = f"sentence-transformers:{Path(settings.model).name}:{embedder.dimension}"
    return embedder


def _import_optional(module_name: str, extra: str) -> Any:
    try:
        return import_module(module_name)
    except ImportError as error:
        raise EmbedderUnavailable(
            f"{module_name} is not installed: pip install 'alliance-bot[{extra}]'"
        ) from error
