"""The workbook: one sheet per table, header frozen, widths set, typed cells, and no formula ever,
whatever a headline starts with (OWASP formula injection). Opened with openpyxl, as a reader would."""

from __future__ import annotations

import logging
import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from scraper.dataset.tables import TABLES
from scraper.dataset.workbook import MAX_CELL
from tests.exportkit import export, parse_fixtures, raw_records, write_dataset

HOSTILE = ['=HYPERLINK("http://127.0.0.1/","click")', "=1+1", "+1", "-2+3", "@SUM(A1:A9)", "=cmd|' /C calc'!A0",
           "\t=1+1"]
LONG = "x" * (MAX_CELL + 100)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    folder = tmp_path_factory.mktemp("workbook")
    records = raw_records(parse_fixtures(folder))
    citations = [citation for record in records for citation in record["citations"]]
    for citation, headline in zip(citations, HOSTILE, strict=False):
        citation["headline"] = headline
        citation["outlet"] = headline
    records[2]["narrative"][0]["text"] = LONG
    records[3]["fetched_at"] = "2026-11-27T06:00:41+00:00"
    dataset = write_dataset(folder / "profiles.jsonl", records)
    export(dataset, folder / "export", "--format", "xlsx")
    return folder / "export" / "demandforum.xlsx", records


def test_no_cell_is_a_formula_and_hostile_text_stays_text(workbook) -> None:
    path, _ = workbook
    book = openpyxl.load_workbook(path)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert cells and all(cell.data_type != "f" for cell in cells)
    texts = {cell.value: cell for cell in cells if isinstance(cell.value, str)}
    for headline in HOSTILE:
        cell = texts[headline]  # read back exactly, as text
        assert cell.data_type == "s"
        assert cell.quotePrefix == headline.startswith(("=", "+", "-", "@"))
    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert len(sheets) == len(TABLES)
        for name in sheets:
            assert not re.search(rb"<f[ >]", archive.read(name)), f"a formula element in {name}"
        assert "xl/calcChain.xml" not in archive.namelist()


def test_one_sheet_per_table_header_frozen_widths_set(workbook) -> None:
    path, records = workbook
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [table.name for table in TABLES]
    for table in TABLES:
        sheet = book[table.name]
        assert sheet.freeze_panes == "A2"
        assert [cell.value for cell in sheet[1]] == [column.name for column in table.all_columns]
        assert all(cell.font.bold for cell in sheet[1])
        widths = {index: dimension.width for dimension in sheet.column_dimensions.values() if dimension.customWidth
                  for index in range(dimension.min, dimension.max + 1)}  # a <col> may span equal columns
        for index, column in enumerate(table.all_columns, start=1):
            assert len(column.name) < widths[index] <= 62
    assert book["locations"].max_row == len(records) + 1


def test_cells_are_typed(workbook) -> None:
    path, records = workbook
    sheet = openpyxl.load_workbook(path)["locations"]
    header = [cell.value for cell in sheet[1]]
    rows = {row[0]: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)}
    with_population = next(record for record in records if record["population"])
    assert rows[with_population["id"]]["population"] == with_population["population"]
    assert rows[records[0]["id"]]["stale"] is False
    assert rows[records[3]["id"]]["fetched_at"] == datetime(2026, 11, 27, 6, 0, 41)
    assert rows[records[0]["id"]]["tactics"] == ", ".join(records[0]["tactics"])
    citations = openpyxl.load_workbook(path)["citations"]
    days = [row[8] for row in citations.iter_rows(min_row=2, values_only=True) if row[8] is not None]
    assert days and all(isinstance(day, datetime) for day in days)


def test_text_over_excels_cell_limit_is_cut_with_a_warning(tmp_path: Path, workbook, caplog) -> None:
    path, records = workbook
    narrative = openpyxl.load_workbook(path)["narrative"]
    texts = [row[3] for row in narrative.iter_rows(min_row=2, values_only=True)]
    assert LONG[:MAX_CELL] in texts
    with caplog.at_level(logging.WARNING, logger="demandforum.export"):
        export(write_dataset(tmp_path / "profiles.jsonl", records[:4]), tmp_path / "export", "--format", "xlsx")
    assert "sheet narrative: 1 cells cut at Excel's 32767 characters" in caplog.text
    csv_text = (tmp_path / "export" / "narrative.csv").read_text(encoding="utf-8")
    assert LONG in csv_text  # the CSV keeps everything
