"""What the developer commands (show, diff, history) share to print for a person or a program."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from rich.console import Console


def console() -> Console:
    """Rich on stdout as it is now (a test's runner swaps it); plain text when it is not a terminal,
    at the width of $COLUMNS or 100."""
    return Console(file=sys.stdout, highlight=False, width=None if sys.stdout.isatty() else _columns())


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def shorten(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _columns() -> int:
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return 100
