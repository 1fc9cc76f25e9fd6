"""`demandforum diff OLD NEW`: ids added and removed, fields changed, citations one by one, exit codes."""

import json

from typer.testing import CliRunner

from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from tests.test_changes import cite
from tests.test_refresh_records import make_profile

runner = CliRunner()


def write(path, *records):
    path.write_text("".join(record.to_json_line() + "\n" for record in records), encoding="utf-8")
    return str(path)


def datasets(tmp_path, *, shuffled=False):
    old = [make_profile("a-ct", population=10), make_profile("b-ct"), make_profile("c-ct"),
           make_profile("d-ct", citations=[cite("One"), cite("Two")])]
    new = [make_profile("a-ct", population=12), make_profile("b-ct", tactics=["letters"]),
           make_profile("d-ct", citations=[cite("One", date="2007-06-04"), cite("Three")]), make_profile("e-ct")]
    if shuffled:
        new = new[::-1]
    return write(tmp_path / "old.jsonl", *old), write(tmp_path / "new.jsonl", *new)


def test_identical_datasets_exit_0(tmp_path):
    old, _ = datasets(tmp_path)
    result = runner.invoke(app, ["diff", old, old])
    assert result.exit_code == 0
    assert "identical" in result.stdout


def test_differences_as_json_name_ids_fields_examples_and_citations(tmp_path):
    result = runner.invoke(app, ["diff", *datasets(tmp_path), "--json", "--examples", "1"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["added"], report["removed"], report["changed_records"]) == (["e-ct"], ["c-ct"], 3)
    assert {name: field["changed"] for name, field in report["fields"].items()} == {
        "population": 1, "tactics": 1, "citations": 1}
    assert report["fields"]["population"]["examples"] == [
        {"id": "a-ct", "summary": "population 10 -> 12", "before": 10, "after": 12}]
    citations = report["citations"]
    assert (citations["added"], citations["removed"], citations["changed"]) == (1, 1, 1)
    assert citations["changed_fields"] == {"date": 1, "text": 1}
    assert [(e["kind"], (e["after"] or e["before"])["headline"]) for e in citations["examples"]] == [
        ("changed", "One"), ("added", "Three"), ("removed", "Two")]


def test_unsorted_input_gives_the_same_answer_with_a_warning(tmp_path):
    sorted_report = json.loads(runner.invoke(app, ["diff", *datasets(tmp_path), "--json"]).stdout)
    result = runner.invoke(app, ["diff", *datasets(tmp_path, shuffled=True), "--json"])
    shuffled_report = json.loads(result.stdout)
    assert shuffled_report.pop("unsorted") == [str(tmp_path / "new.jsonl")]
    sorted_report.pop("unsorted")
    assert shuffled_report == sorted_report
    assert "new.jsonl is not sorted by id" in result.stderr


def test_the_text_view_is_plain_on_a_pipe(tmp_path):
    result = runner.invoke(app, ["diff", *datasets(tmp_path)], env={"COLUMNS": "100"})
    assert "\x1b[" not in result.stdout
    lines = result.stdout.splitlines()
    assert "ids added (1): e-ct" in lines and "ids removed (1): c-ct" in lines
    assert "records changed: 3 of 3 in both" in lines
    assert any("a-ct" in line and "population 10 -> 12" in line for line in lines)
    assert any("b-ct" in line and "tactics +letters -reverse-stings" in line for line in lines)
    assert "citations one by one: 1 added, 1 removed, 1 changed (date 1, text 1)" in lines


def test_bad_input_exits_2_naming_the_file_and_line(tmp_path):
    old, new = datasets(tmp_path)
    with open(new, "a", encoding="utf-8") as handle:
        handle.write('{"id": "f-ct"}\n')
    result = runner.invoke(app, ["diff", old, new])
    assert result.exit_code == 2
    assert f"{new}:5: not a record" in result.stderr
    (tmp_path / "twice.jsonl").write_text(
        make_profile("a-ct").to_json_line() + "\n" + make_profile("a-ct").to_json_line() + "\n")
    result = runner.invoke(app, ["diff", old, str(tmp_path / "twice.jsonl")])
    assert result.exit_code == 2
    assert "twice.jsonl:2: id 'a-ct' is on the line before too" in result.stderr


def test_a_repeated_id_in_an_unsorted_file_is_bad_input_too(tmp_path):
    old, _ = datasets(tmp_path)
    repeated = write(tmp_path / "repeated.jsonl", make_profile("b-ct"), make_profile("a-ct"), make_profile("b-ct"))
    result = runner.invoke(app, ["diff", old, repeated])
    assert result.exit_code == 2
    assert "repeated.jsonl:3: id 'b-ct' is on line 1 too" in result.stderr


def test_ignored_fields_are_not_compared(tmp_path):
    old = write(tmp_path / "old.jsonl", make_profile("a-ct", population=10))
    new = write(tmp_path / "new.jsonl", make_profile("a-ct", population=12))
    assert runner.invoke(app, ["diff", old, new, "--ignore", "population"]).exit_code == 0
    assert runner.invoke(app, ["diff", old, new, "--ignore", "nonsense"]).exit_code == 2
    assert runner.invoke(app, ["diff", old, str(tmp_path / "missing.jsonl")]).exit_code == 2


def test_page_text_is_printed_as_text_never_as_markup(tmp_path):
    old = write(tmp_path / "[bold]old.jsonl", make_profile("a-ct", name="[bold]A[/bold], CT",
                                                     citations=[cite("[red]Gone[/red]")]))
    new = write(tmp_path / "new.jsonl", make_profile("a-ct", name="[link=x]B, CT", citations=[]))
    result = runner.invoke(app, ["diff", old, new], env={"COLUMNS": "300"})
    assert result.stdout.startswith(f"{old} (1 records)")
    assert "name '[bold]A[/bold], CT' -> '[link=x]B, CT'" in result.stdout
    assert "“[red]Gone[/red],” Daily News" in result.stdout
