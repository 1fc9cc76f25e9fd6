"""Items 1 and 2: one core's parse throughput against selectolax's floor, and the dates' fast path."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from io import StringIO
from pathlib import Path
from typing import TextIO

from dateparser.date import DateDataParser
from selectolax.lexbor import LexborHTMLParser

import parsers.citations
from benchmarks.data import page_url
from benchmarks.results import Result, result
from parsers import NotAProfilePage, parse_profile
from parsers.dates import parse_date_fast, parse_date_with_dateparser

REFERENCE_DATE = date(2026, 1, 1)
# One core's throughput is timed in CPU time, which the other sessions on this shared machine do
# not inflate as they do wall time; pages alternate in small blocks so that what load does leak
# through (caches, frequency) hits the floor and the full parse alike.
_BLOCK = 25


@dataclass(frozen=True)
class Page:
    raw: bytes
    url: str


def load_pages(files: list[Path]) -> list[Page]:
    return [Page(path.read_bytes(), page_url(path)) for path in files]


def profile_pages(pages: list[Page]) -> list[Page]:
    """The pages that give a record: a refused page costs the parse far less than it costs the floor."""
    kept = []
    for page in pages:
        try:
            parse_profile(page.raw, url=page.url, reference_date=REFERENCE_DATE)
        except NotAProfilePage:
            continue
        kept.append(page)
    return kept


def floor_parse(page: Page, _output: TextIO) -> None:
    LexborHTMLParser(page.raw).root.text()


def full_parse(page: Page, output: TextIO) -> None:
    try:
        record = parse_profile(page.raw, url=page.url, reference_date=REFERENCE_DATE)
    except NotAProfilePage:
        return
    output.write(record.to_json_line() + "\n")


def throughput(pages: list[Page], rounds: int) -> Result:
    """Full parse vs floor over the same bytes in memory; ratio = median over rounds of full/floor."""
    floor_times, full_times = [], []
    for _ in range(rounds):
        floor_seconds = full_seconds = 0.0
        output = StringIO()  # the JSON lines are written, to memory, so disk noise stays out
        for start in range(0, len(pages), _BLOCK):
            block = pages[start:start + _BLOCK]
            floor_seconds += _timed(floor_parse, block, output)
            full_seconds += _timed(full_parse, block, output)
        floor_times.append(floor_seconds)
        full_times.append(full_seconds)
    ratio = statistics.median(full / floor for full, floor in zip(full_times, floor_times))
    return result(f"1. parse, one core ({len(pages)} pages)", _per_page(full_times, pages),
                  _per_page(floor_times, pages), ratio, "<= 3.0x",
                  note=f"CPU time; median of {rounds} interleaved rounds; best round shown")


def _per_page(round_seconds: list[float], pages: list[Page]) -> str:
    return f"{min(round_seconds) / len(pages) * 1e3:.2f} ms/page"


def _timed(parse: Callable[[Page, TextIO], None], pages: list[Page], output: TextIO) -> float:
    start = time.process_time()
    for page in pages:
        parse(page, output)
    return time.process_time() - start


@dataclass
class DateCensus:
    texts: list[str] = field(default_factory=list)  # every citation date text parse_date was given
    dateparser_calls: int = 0
    dateparser_seconds: float = 0.0


@contextmanager
def _census() -> Iterator[DateCensus]:
    """Record what the citation parser asks of parse_date, and every call into dateparser."""
    census = DateCensus()
    original_parse_date = parsers.citations.parse_date
    original_get_date_data = DateDataParser.get_date_data

    def recording_parse_date(text, **options):
        census.texts.append(text)
        return original_parse_date(text, **options)

    def timed_get_date_data(self, *args, **options):
        start = time.perf_counter()
        try:
            return original_get_date_data(self, *args, **options)
        finally:
            census.dateparser_calls += 1
            census.dateparser_seconds += time.perf_counter() - start

    parsers.citations.parse_date = recording_parse_date
    DateDataParser.get_date_data = timed_get_date_data
    try:
        yield census
    finally:
        parsers.citations.parse_date = original_parse_date
        DateDataParser.get_date_data = original_get_date_data


@dataclass(frozen=True)
class DateReport:
    dates: int
    fast: int
    disagreements: list[tuple[str, object, object]]  # (text, fast path, dateparser alone)
    slow_texts: list[str]  # the date texts the fast path left to dateparser
    dateparser_calls: int
    dateparser_seconds: float
    parse_seconds: float
    warm_up_seconds: float  # dateparser's one-time loading, once per process


def date_report(pages: list[Page]) -> DateReport:
    output = StringIO()
    warm_up = time.perf_counter()
    parse_date_with_dateparser("June 2007")  # dateparser loads its language data on first use
    warm_up_seconds = time.perf_counter() - warm_up
    start = time.perf_counter()
    with _census() as census:
        for page in pages:
            full_parse(page, output)
    parse_seconds = time.perf_counter() - start
    fast = 0
    disagreements, slow_texts = [], []
    for text in census.texts:
        quick = parse_date_fast(text)
        if quick is None:
            slow_texts.append(text)
            continue
        fast += 1
        alone = parse_date_with_dateparser(text)
        if alone != quick:
            disagreements.append((text, quick, alone))
    return DateReport(len(census.texts), fast, disagreements, slow_texts, census.dateparser_calls,
                      census.dateparser_seconds, parse_seconds, warm_up_seconds)


def dates(pages: list[Page]) -> list[Result]:
    report = date_report(pages)
    share = report.fast / report.dates if report.dates else 1.0
    agree = f"{len(report.disagreements)} of {report.fast} fast dates differ from dateparser alone"
    time_share = report.dateparser_seconds / report.parse_seconds if report.parse_seconds else 0.0
    return [
        Result(f"2. dates without dateparser ({report.dates} dates)", f"{share:.1%}", "-", None, "all agree",
               not report.disagreements, agree),
        Result("2. time in dateparser", f"{report.dateparser_seconds * 1e3:.0f} ms, {report.dateparser_calls} calls",
               f"{report.parse_seconds * 1e3:.0f} ms whole parse", None, "-", None,
               f"{time_share:.1%} of the parse time, plus {report.warm_up_seconds * 1e3:.0f} ms loading once "
               f"per process; left to it: {', '.join(map(repr, report.slow_texts[:5])) or 'nothing'}"),
    ]
