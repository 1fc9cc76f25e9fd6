"""Log output of unattended runs: JSON lines when nobody watches, rich text on a terminal."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Literal

from rich.console import Console
from rich.logging import RichHandler

LogFormat = Literal["json", "text"]

# Attributes every LogRecord has; anything else was passed in `extra=` and belongs in the line.
_STANDARD_ATTRIBUTES = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(
            (key, value) for key, value in vars(record).items() if key not in _STANDARD_ATTRIBUTES
        )
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def default_log_format() -> LogFormat:
    return "text" if sys.stderr.isatty() else "json"


def configure_logging(log_format: LogFormat, level: int = logging.INFO) -> None:
    """Send every log record of the process to stderr in `log_format`."""
    if log_format == "json":
        handler: logging.Handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonLineFormatter())
    else:
        handler = RichHandler(console=Console(stderr=True), show_path=False)
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    # One line per HTTP request would drown the job's own lines; the crawl logs what matters.
    for chatty in ("httpx", "httpcore"):
        logging.getLogger(chatty).setLevel(max(level, logging.WARNING))
