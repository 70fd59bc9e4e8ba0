"""`python -m retrieval.registry.extraction_worker`: alliance extraction for a parent ingest.

Reads length-prefixed pickled jobs `(extractor, articles)` from stdin and writes the
length-prefixed pickled list of extractions to stdout, until stdin closes. A plain child
process (not multiprocessing) on purpose: multiprocessing's spawn and forkserver re-import
the parent's main script, which runs a caller's unguarded top-level code a second time.
Only our own parent talks to it, through pipes, so pickle is safe here.
"""

from __future__ import annotations

import pickle
import sys
from typing import IO, Any

from retrieval.models import Article
from retrieval.registry.extraction import AllianceExtractor, extract_all

HEADER_BYTES = 8


def read_message(stream: IO[bytes]) -> Any:
    """One length-prefixed pickle, or None at end of stream."""
    header = stream.read(HEADER_BYTES)
    if len(header) < HEADER_BYTES:
        return None
    size = int.from_bytes(header, "little")
    payload = stream.read(size)
    if len(payload) < size:
        return None
    return pickle.loads(payload)


def write_message(stream: IO[bytes], value: object) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(payload).to_bytes(HEADER_BYTES, "little"))
    stream.write(payload)
    stream.flush()


def main() -> None:
    while (job := read_message(sys.stdin.buffer)) is not None:
        extractor: AllianceExtractor = job[0]
        articles: list[Article] = job[1]
        write_message(sys.stdout.buffer, extract_all(extractor, articles))


if __name__ == "__main__":
    main()
