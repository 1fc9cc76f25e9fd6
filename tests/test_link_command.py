"""`demandforum link` and the refresh's links.jsonl, on the fixture dataset."""

import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from tests.test_golden import PAGES

runner = CliRunner()
# Profiles whose place is in no shipped table: townships and a hamlet.
UNMATCHED = {"hanover-township-pa", "rt3-list-haddon-township-nj", "rt3-older-partners-last-ocean-township-nj",
             "rt3-table-marks-lower-merion-township-pa", "setauket-ny", "ypsilanti-township-mi"}
# Places that red-team round 8 invented (its pages keep their canonical ids).
UNMATCHED |= {"kettle-falls-mn", "lynnfield-al", "perrysburg-heights-oh", "port-calder-wa",
              "dunmore-township-pa", "cold-spring-harbor-me", "saint-alban-parish-la"}
# ... and round 9.
UNMATCHED |= {"sawtooth-falls-id", "port-avalon-wa", "north-tamarack-mn", "bellmont-ga", "cedar-bluff-county-ky",
              "greywater-me", "lantern-hill-oh", "ridgeview-borough-nj", "silver-prairie-ks"}
# ... and the pages of rounds 8 and 9 the parser read right the first time.
UNMATCHED |= {"ashgrove-township-mi", "galloway-county-ky", "brazos-bend-tx", "wendover-junction-ut",
              "caliente-wells-nv", "harlan-creek-wv", "copper-bluff-az", "harlow-springs-ar", "millbrook-township-pa",
              "marrow-creek-nc", "oak-hollow-county-tn", "kestrel-bay-fl"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("link")


@pytest.fixture(scope="module")
def linked(folder) -> tuple[list[dict], list[dict]]:
    runner.invoke(app, ["parse", str(PAGES), "-o", str(folder / "profiles.jsonl"), "--reference-date", "2026-11-28"])
    result = runner.invoke(app, ["link", "--dataset", str(folder / "profiles.jsonl")])
    assert result.exit_code == 0, result.output
    read = lambda name: [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]  # noqa: E731
    return read("profiles.jsonl"), read("links.jsonl")


def test_one_link_line_per_record_with_one_link_per_citation_by_position(linked):
    profiles, links = linked
    assert [link["id"] for link in links] == [profile["id"] for profile in profiles]
    for profile, link in zip(profiles, links):
        assert [c["position"] for c in link["citations"]] == list(range(len(profile["citations"])))
        assert [c["outlet_as_written"] for c in link["citations"]] == [c["outlet"] for c in profile["citations"]]


def test_every_link_line_follows_the_printed_schema(linked):
    schema = json.loads(runner.invoke(app, ["schema", "--links"]).stdout)
    _, links = linked
    for link in links:
        jsonschema.validate(link, schema)
    assert {w["code"] for link in links for w in link["warnings"]} >= {"geo-unmatched", "title-slug-mismatch"}
    broken = dict(links[0], county_vintage="2022")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_every_fixture_place_in_the_reference_data_is_matched(linked):
    _, links = linked
    unmatched = {link["id"] for link in links if any(w["code"] == "geo-unmatched" for w in link["warnings"])}
    assert unmatched == UNMATCHED
    for link in links:
        assert link["state_fips"] is not None, link["id"]  # every fixture state is known
        assert bool(link["county_fips"]) is (link["id"] not in UNMATCHED), link["id"]
        assert link["coord_source"] in (None, "page", "gazetteer")


def test_the_same_article_on_several_profiles_has_one_id(linked):
    _, links = linked
    by_id = {link["id"]: {c["article_id"] for c in link["citations"]} for link in links}
    waterbury = by_id["waterbury-ct"]
    assert len(waterbury) == 16
    assert all(by_id[name] == waterbury for name in by_id if name.startswith("rt4-waterbury-"))
    articles = {c["article_id"] for link in links for c in link["citations"]}
    citations = sum(len(link["citations"]) for link in links)
    assert len(articles) < citations


def test_outlet_spellings_fold_to_fewer_outlets(linked):
    _, links = linked
    spellings = Counter((c["outlet_id"], c["outlet_as_written"]) for link in links for c in link["citations"]
                        if c["outlet_id"])
    outlets = {outlet_id for outlet_id, _ in spellings}
    assert len(outlets) < len({spelling for _, spelling in spellings})
    assert {s for o, s in spellings if o == "washington-post"} == {"The Washington Post", "Washington Post"}


def test_a_missing_or_broken_dataset_is_a_clear_error(tmp_path):
    assert runner.invoke(app, ["link", "--dataset", str(tmp_path / "none.jsonl")]).exit_code == 2
    (tmp_path / "broken.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    result = runner.invoke(app, ["link", "--dataset", str(tmp_path / "broken.jsonl"), "--out", str(tmp_path / "l.jsonl")])
    assert result.exit_code == 1 and "is not a dataset" in result.stderr
    assert not (tmp_path / "l.jsonl").exists()


def test_the_refresh_writes_links_beside_the_dataset(tmp_path):
    result = runner.invoke(app, ["refresh", "--offline", "--out-dir", str(tmp_path / "out"), "--cache-dir",
                                 str(tmp_path / "cache"), "--reference-date", "2026-11-28"])
    assert result.exit_code == 0, result.output
    ids = lambda name: [json.loads(line)["id"] for line in (tmp_path / "out" / name).read_text().splitlines()]  # noqa: E731
    assert ids("links.jsonl") == ids("profiles.jsonl") and ids("links.jsonl")


def test_a_linking_failure_leaves_the_published_dataset_and_the_report(tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("reference tables unreadable")

    monkeypatch.setattr("scraper.refresh.job.write_links", broken)
    result = runner.invoke(app, ["refresh", "--offline", "--out-dir", str(tmp_path / "out"), "--cache-dir",
                                 str(tmp_path / "cache"), "--reference-date", "2026-11-28"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out" / "report.json").read_text())["run"]["published"]
    assert (tmp_path / "out" / "profiles.jsonl").stat().st_size > 0
    assert not (tmp_path / "out" / "links.jsonl").exists()
    assert "links.jsonl not written" in result.stderr
