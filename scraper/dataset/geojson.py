"""`locations.geojson`: a GeoJSON FeatureCollection (RFC 7946) of the locations that have coordinates,
one Point feature each at `[lng, lat]`, the other columns of `locations` as its properties.

Written feature by feature, so memory does not grow with the dataset.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from scraper.dataset.table_model import Row, Table
from scraper.dataset.tables import LOCATIONS

FILE_NAME = "locations.geojson"


class GeoJsonSink:
    def __init__(self, folder: Path, tables: tuple[Table, ...]) -> None:
        self.paths = [folder / FILE_NAME]
        self._names = [column.name for column in LOCATIONS.all_columns]
        self._lat, self._lng = self._names.index("lat"), self._names.index("lng")
        self._handle = self.paths[0].open("w", encoding="utf-8", newline="\n")
        self._handle.write('{"type": "FeatureCollection", "features": [')
        self._separator = "\n"

    def write(self, table: Table, rows: list[Row]) -> None:
        if table is not LOCATIONS:
            return
        for row in rows:
            lat, lng = row[self._lat], row[self._lng]
            if lat is None or lng is None:
                continue
            properties = {
                name: _json_value(value)
                for index, (name, value) in enumerate(zip(self._names, row, strict=True))
                if index not in (self._lat, self._lng)
            }
            feature = {"type": "Feature", "id": properties["id"],
                       "geometry": {"type": "Point", "coordinates": [lng, lat]}, "properties": properties}
            self._handle.write(self._separator + json.dumps(feature, ensure_ascii=False))
            self._separator = ",\n"

    def close(self) -> None:
        self._handle.write("\n]}\n")
        self._handle.close()


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value
