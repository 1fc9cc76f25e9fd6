"""`demandforum.xlsx`: one sheet per table, header row frozen, column widths set, and no formula in
any cell.

Text is always written as a text cell (never parsed as a formula, a number or a link), and text that
a spreadsheet would take for a formula once edited (starting with `=`, `+`, `-` or `@`: OWASP's
formula injection) also gets the quote-prefix style, the workbook's form of a leading apostrophe.
XlsxWriter's constant-memory mode writes each row out as it comes.

Excel's limits: 32,767 characters a cell and 1,048,576 rows a sheet. Longer text is cut and extra rows
are left out, each with a logged warning; the CSV and Parquet files hold everything.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import xlsxwriter

from scraper.dataset.table_model import Row, Table

FILE_NAME = "demandforum.xlsx"
FORMULA_PREFIXES = ("=", "+", "-", "@")
MAX_ROWS = 1_048_576
MAX_CELL = 32_767
MAX_WIDTH = 60
log = logging.getLogger("demandforum.export")


class WorkbookSink:
    def __init__(self, folder: Path, tables: tuple[Table, ...]) -> None:
        self.paths = [folder / FILE_NAME]
        self._book = xlsxwriter.Workbook(str(self.paths[0]), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False, "remove_timezone": True,
        })
        self._formats = {
            "header": self._book.add_format({"bold": True}),
            "text-quoted": self._book.add_format({"quote_prefix": True}),
            "date": self._book.add_format({"num_format": "yyyy-mm-dd"}),
            "datetime": self._book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
        }
        self._sheets: dict[str, _Sheet] = {}
        for table in tables:
            sheet = _Sheet(self._book.add_worksheet(table.name), table, self._formats)
            self._sheets[table.name] = sheet

    def write(self, table: Table, rows: list[Row]) -> None:
        sheet = self._sheets[table.name]
        for row in rows:
            sheet.append(row)

    def close(self) -> None:
        for sheet in self._sheets.values():
            sheet.finish()
        self._book.close()


class _Sheet:
    def __init__(self, worksheet: Any, table: Table, formats: dict[str, Any]) -> None:
        self.worksheet, self.table, self.formats = worksheet, table, formats
        self.types = [column.type for column in table.all_columns]
        self.widths = [len(column.name) for column in table.all_columns]
        for index, column in enumerate(table.all_columns):
            worksheet.write_string(0, index, column.name, formats["header"])
        worksheet.freeze_panes(1, 0)
        self.next_row = 1
        self.left_out = 0
        self.cut = 0

    def append(self, row: Row) -> None:
        if self.next_row >= MAX_ROWS:
            self.left_out += 1
            return
        for index, value in enumerate(row):
            if value is not None:
                self._write(index, self.types[index], value)
        self.next_row += 1

    def _write(self, index: int, kind: str, value: Any) -> None:
        sheet, row = self.worksheet, self.next_row
        if kind == "boolean":
            sheet.write_boolean(row, index, value)
            width = 5
        elif kind in ("integer", "number"):
            sheet.write_number(row, index, value)
            width = len(str(value))
        elif kind in ("date", "datetime"):
            sheet.write_datetime(row, index, value, self.formats[kind])
            width = 19 if kind == "datetime" else 10
        else:
            text = ", ".join(value) if kind == "list" else value
            if len(text) > MAX_CELL:
                self.cut += 1
                text = text[:MAX_CELL]
            quoted = self.formats["text-quoted"] if text.startswith(FORMULA_PREFIXES) else None
            sheet.write_string(row, index, text, quoted)
            width = len(text)
        self.widths[index] = max(self.widths[index], width)

    def finish(self) -> None:
        for index, width in enumerate(self.widths):
            self.worksheet.set_column(index, index, min(width + 2, MAX_WIDTH))
        if self.left_out:
            log.warning("sheet %s: %d rows over Excel's limit left out of the workbook", self.table.name,
                        self.left_out)
        if self.cut:
            log.warning("sheet %s: %d cells cut at Excel's %d characters", self.table.name, self.cut, MAX_CELL)
