import os

import pytest

from scraper.refresh.publish import (
    InvalidDataset,
    load_dataset,
    parse_dataset,
    publish_dataset,
    remove_leftover_temp_files,
    render_dataset,
    write_atomically,
)
from tests.test_refresh_records import make_profile


def test_dataset_is_sorted_by_id_one_line_per_record():
    data = render_dataset([make_profile("b-ct"), make_profile("a-ct")])
    lines = data.decode().splitlines()
    assert [line.split('"id":"')[1].split('"')[0] for line in lines] == ["a-ct", "b-ct"]
    assert data.endswith(b"\n")
    assert [record.id for record in parse_dataset(data)] == ["a-ct", "b-ct"]


def test_publishing_the_same_records_again_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "profiles.jsonl"
    records = [make_profile("a-ct"), make_profile("b-ct")]
    assert publish_dataset(path, records) is True
    first = path.read_bytes()
    inode = path.stat().st_ino
    assert publish_dataset(path, list(reversed(records))) is False
    assert path.read_bytes() == first
    assert path.stat().st_ino == inode
    assert load_dataset(path).keys() == {"a-ct", "b-ct"}


def test_an_invalid_dataset_is_never_renamed_into_place(tmp_path):
    path = tmp_path / "profiles.jsonl"
    publish_dataset(path, [make_profile("a-ct")])
    before = path.read_bytes()
    with pytest.raises(InvalidDataset):
        write_atomically(path, b'{"id": "broken"}\n', validate=parse_dataset)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["profiles.jsonl"]


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"not json\n", "line 1"),
        (None, "not terminated"),
        ("duplicate", "several lines"),
        ("unsorted", "not sorted"),
    ],
)
def test_parse_dataset_rejects_partial_invalid_and_unsorted_files(data, problem):
    line_a = make_profile("a-ct").to_json_line().encode()
    line_b = make_profile("b-ct").to_json_line().encode()
    data = {
        None: line_a + b"\n" + line_b[:40],
        "duplicate": line_a + b"\n" + line_a + b"\n",
        "unsorted": line_b + b"\n" + line_a + b"\n",
    }.get(data, data)
    with pytest.raises(InvalidDataset, match=problem):
        parse_dataset(data)


def test_a_dataset_in_another_order_can_be_loaded_but_is_never_published_so(tmp_path):
    path = tmp_path / "profiles.jsonl"
    lines = [make_profile(slug).to_json_line() for slug in ("b-ct", "a-ct")]
    path.write_text("\n".join(lines) + "\n")
    assert list(load_dataset(path)) == ["b-ct", "a-ct"]
    assert publish_dataset(path, load_dataset(path).values()) is True
    assert path.read_text().splitlines() == list(reversed(lines))


def test_load_dataset_of_nothing_published_yet_is_empty(tmp_path):
    assert load_dataset(tmp_path / "profiles.jsonl") == {}


def test_leftover_temp_files_of_a_killed_run_are_removed(tmp_path):
    (tmp_path / ".profiles.jsonl.abc.tmp").write_bytes(b"half")
    (tmp_path / "profiles.jsonl").write_bytes(b"")
    removed = remove_leftover_temp_files(tmp_path)
    assert [path.name for path in removed] == [".profiles.jsonl.abc.tmp"]
    assert os.listdir(tmp_path) == ["profiles.jsonl"]
