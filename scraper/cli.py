"""Entry point: importing the command modules registers their commands on the app."""

from scraper import parse_command  # noqa: F401  (registers `parse` and `schema`)
from scraper import crawl  # noqa: F401
from scraper import refresh_command  # noqa: F401  (registers `refresh`)
from scraper.app import app


def main() -> None:
    app()
