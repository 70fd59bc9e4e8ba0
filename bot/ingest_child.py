"""``python -m bot.ingest_child``: the re-ingest run by bot.ingest_process, in its own process.

Settings come from the environment, as in the server. Output is JSON Lines on stdout:
``{"progress": ...}`` while it runs, then ``{"report": ...}`` or ``{"error": {...}}``.
Logs go to stderr.
"""

from __future__ import annotations

import json
import logging
import sys

from retrieval.service import AllianceService
from retrieval.settings import load_settings


def emit(message: dict[str, object]) -> None:
    print(json.dumps(message, ensure_ascii=False), flush=True)


def main() -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    try:
        service = AllianceService.from_settings(load_settings())
        try:
            report = service.ingest(progress=lambda line: emit({"progress": line}))
        finally:
            service.close()
    except Exception as error:
        logging.getLogger(__name__).exception("re-ingest failed")
        emit({"error": {"kind": type(error).__name__, "message": str(error)}})
        return 1
    emit({"report": report.model_dump(mode="json")})
    return 0


if __name__ == "__main__":
    sys.exit(main())
