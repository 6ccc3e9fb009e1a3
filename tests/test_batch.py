"""Checking many documents: directories, JSON Lines, several processes, summaries."""

from __future__ import annotations

import gc
import io
import json
import multiprocessing
import os
import pickle
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import wspolpraca
from wspolpraca import _batch, _pool
from wspolpraca.comparison import Dataset
from wspolpraca.errors import ValidationErrors

from .conftest import EXAMPLE, ROOT

pytestmark = pytest.mark.cli


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wspolpraca", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A directory with two documents, a JSON Lines file of three, and a broken file."""
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    text = EXAMPLE.read_text("utf-8")
    (folder / "a.json").write_text(text, "utf-8")
    late = json.loads(text)
    late["resolution"]["adopted_on"] = "2020-12-10"
    (folder / "sub" / "late.json").write_text(json.dumps(late), "utf-8")
    lines = [json.dumps(json.loads(text)), "", json.dumps(late), "{broken"]
    (folder / "many.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "notes.txt").write_text("ignored", "utf-8")
    return folder


def test_items_from_directory_and_jsonl(batch: Path) -> None:
    """A directory yields its JSON files and one item per non-empty JSON Lines line, sorted."""
    names = [item.name for item in _batch.iter_items([str(batch)])]

    assert names == [
        str(batch / "a.json"),
        f"{batch / 'many.jsonl'}:1",
        f"{batch / 'many.jsonl'}:3",
        f"{batch / 'many.jsonl'}:4",
        str(batch / "sub" / "late.json"),
    ]


def test_directory_check_with_summary(batch: Path) -> None:
    """Checking a directory reports every document, the worst exit code and a summary."""
    done = _run("check", str(batch), "--format", "json", "--lang", "en")

    report = json.loads(done.stdout)
    assert done.returncode == 2
    assert [entry["status"] for entry in report["files"]] == [
        "ok",
        "ok",
        "errors",
        "unloadable",
        "errors",
    ]
    assert report["summary"] == {
        "documents": 5,
        "unloadable": 1,
        "with_errors": 2,
        "findings_by_code": {"WSP-PRG-001": 2, "WSP-PRG-006": 4},
    }


def test_jobs_give_the_same_report(batch: Path) -> None:
    """Two processes produce exactly the report one process produces, in the same order."""
    one = _run("check", str(batch), "--format", "json")
    two = _run("check", str(batch), "--format", "json", "--jobs", "2")

    assert one.stdout == two.stdout
    assert one.returncode == two.returncode


def test_text_summary_and_no_progress_off_terminal(batch: Path) -> None:
    """Text output ends with a summary; no progress line is drawn when stderr is not a terminal."""
    done = _run("check", str(batch), "--lang", "en")

    assert "summary: documents: 5, with errors: 2, cannot be loaded: 1" in done.stdout
    assert "WSP-PRG-001 ×2" in done.stdout
    assert done.stderr == ""


def test_jsonl_line_errors_are_located(batch: Path) -> None:
    """A bad line of a JSON Lines file is named file:line."""
    done = _run("check", str(batch / "many.jsonl"), "--lang", "en")

    assert f"{batch / 'many.jsonl'}:4:$: this is not valid JSON" in done.stdout


def test_bad_jobs_value() -> None:
    """``--jobs 0`` is a usage error."""
    assert _run("check", str(EXAMPLE), "--jobs", "0").returncode == 2


def test_progress_draws_only_on_a_terminal() -> None:
    """The progress line is drawn only on a terminal, and only after a second."""
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    progress = _batch.Progress(stream, lang="en")
    progress.start -= 5
    progress.tick()
    progress.close()
    plain = io.StringIO()
    quiet = _batch.Progress(plain)
    quiet.tick()

    assert "documents checked: 1" in stream.getvalue()
    assert plain.getvalue() == ""


def test_progress_shows_total_and_time_left() -> None:
    """With a total, the line shows done/total, the share and the time left at the rate so far."""
    progress = _batch.Progress(lang="pl", total=1000)
    progress.count = 250

    assert progress.line(30.0) == "sprawdzono dokumentów: 250/1000 (25%), zostało ok. 1 min 30 s"
    progress.lang, progress.label = "en", "documents checked"
    assert progress.line(30.0).endswith("(25%), about 1 min 30 s left")


def test_count_documents(tmp_path: Path) -> None:
    """The total counts files, JSON Lines lines (not blank ones) and directories' contents."""
    (tmp_path / "a.json").write_text("{}", "utf-8")
    (tmp_path / "b.jsonl").write_text("{}\n\n{}\n{}\n", "utf-8")
    (tmp_path / "notes.txt").write_text("x", "utf-8")

    assert _batch.count_documents([str(tmp_path)]) == 4
    assert _batch.count_documents([str(tmp_path / "b.jsonl"), str(EXAMPLE)]) == 4
    assert _batch.count_documents(["-"]) is None


class TestPickling:
    """Public objects, findings and errors cross process boundaries intact."""

    def test_documents_results_and_errors_pickle(self) -> None:
        """A document, its check result and a load error each unpickle equal."""
        programme = wspolpraca.load_file(EXAMPLE)
        result = wspolpraca.check(programme)
        with pytest.raises(ValidationErrors) as info:
            wspolpraca.loads("{}")

        assert pickle.loads(pickle.dumps(programme)) == programme
        assert pickle.loads(pickle.dumps(result)) == result
        group = pickle.loads(pickle.dumps(info.value))
        assert [(e.code, e.path) for e in group.errors] == [
            (e.code, e.path) for e in info.value.errors
        ]


def test_dask_bag_matches_single_process(batch: Path) -> None:
    """Checking a batch through dask.bag on the local scheduler gives the single-process findings."""
    bag = pytest.importorskip("dask.bag")
    items = list(_batch.iter_items([str(batch)]))
    settings = _batch.Settings(lang="en")

    expected = [_batch.check_item(item, settings).as_dict() for item in items]
    computed = (
        bag.from_sequence(items, npartitions=2)
        .map(_batch.check_item, settings)
        .map(_batch.Outcome.as_dict)
        .compute(scheduler="processes", num_workers=2)
    )

    assert computed == expected


def _compact(text: str) -> bytes:
    return json.dumps(json.loads(text)).encode()


@pytest.fixture
def small_units(monkeypatch: pytest.MonkeyPatch) -> None:
    """Units of at most three documents, and JSON Lines read five bytes at a time."""
    monkeypatch.setattr(_batch, "_UNIT_DOCUMENTS", 3)
    monkeypatch.setattr(_batch, "_READ_BLOCK", 5)


@pytest.fixture
def awkward_jsonl(tmp_path: Path) -> Path:
    """A JSON Lines file with a BOM, blank and space-only lines, CRLF, and no final line end."""
    document = _compact(EXAMPLE.read_text("utf-8"))
    lines = [
        b"\xef\xbb\xbf" + document,
        b"",
        b"   ",
        document + b"\r",
        b"{broken",
        document,
        b"\t",
        b"[]",
        document,
    ]
    path = tmp_path / "awkward.jsonl"
    path.write_bytes(b"\n".join(lines))  # the last line has no line end
    return path


class TestUnits:
    """JSON Lines files are handed out as byte ranges of whole lines."""

    def _items(self, units: list[_batch.Unit]) -> list[_batch.Item]:
        return [
            item
            for unit in units
            for item in (unit.items() if isinstance(unit, _batch.Lines) else unit)
        ]

    @pytest.mark.usefixtures("small_units")
    def test_byte_ranges_read_what_reading_whole_reads(self, awkward_jsonl: Path) -> None:
        """Byte ranges yield the items, names and bytes that reading line by line yields."""
        units = list(_batch.iter_units([str(awkward_jsonl)]))

        assert all(isinstance(unit, _batch.Lines) and unit.data is None for unit in units)
        assert len(units) == 3
        assert self._items(units) == list(_batch.iter_items([str(awkward_jsonl)]))

    @pytest.mark.usefixtures("small_units")
    def test_ranges_cover_the_file_exactly(self, awkward_jsonl: Path) -> None:
        """Consecutive ranges touch, start at 0, end at the file's end and number lines on."""
        units = list(_batch.iter_units([str(awkward_jsonl)]))
        data = awkward_jsonl.read_bytes()

        lines = [unit for unit in units if isinstance(unit, _batch.Lines)]
        assert [unit.start for unit in lines] == [0, *(u.start + u.size for u in lines[:-1])]
        assert lines[-1].start + lines[-1].size == len(data)
        assert [unit.first for unit in lines] == [
            1 + data[: unit.start].count(b"\n") for unit in lines
        ]

    def test_long_lines_end_a_run_early(
        self, awkward_jsonl: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A run ends at the first line end after the byte limit, however few lines it has."""
        monkeypatch.setattr(_batch, "_UNIT_BYTES", 100)

        units = list(_batch.iter_units([str(awkward_jsonl)]))

        assert len(units) > 3
        assert self._items(units) == list(_batch.iter_items([str(awkward_jsonl)]))

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
    @pytest.mark.usefixtures("small_units")
    def test_a_pipe_sends_its_bytes(self, awkward_jsonl: Path, tmp_path: Path) -> None:
        """A JSON Lines stream that cannot be read twice travels inside the units."""
        fifo = tmp_path / "stream.jsonl"
        os.mkfifo(fifo)
        writer = threading.Thread(target=fifo.write_bytes, args=(awkward_jsonl.read_bytes(),))
        writer.start()

        units = list(_batch.iter_units([str(fifo)]))
        writer.join()

        assert all(isinstance(unit, _batch.Lines) and unit.data for unit in units)
        items = self._items(units)
        assert [i.text for i in items] == [i.text for i in _batch.iter_items([str(awkward_jsonl)])]
        assert items[0].name == f"{fifo}:1"

    @pytest.mark.usefixtures("small_units")
    def test_units_keep_the_order_of_arguments(self, batch: Path) -> None:
        """Files, directories and JSON Lines come out in the order iter_items gives."""
        arguments = [str(batch), str(batch / "a.json"), str(batch / "missing.jsonl")]

        units = list(_batch.iter_units(arguments))

        assert self._items(units) == list(_batch.iter_items(arguments))
        assert all(isinstance(unit, _batch.Lines) or len(unit) <= 3 for unit in units)

    def test_an_empty_file_has_no_units(self, tmp_path: Path) -> None:
        """An empty JSON Lines file holds no documents."""
        empty = tmp_path / "empty.jsonl"
        empty.write_bytes(b"")

        assert list(_batch.iter_units([str(empty)])) == []

    def test_a_file_removed_after_listing_is_unloadable(self, tmp_path: Path) -> None:
        """A range of a file that is gone is reported as an unreadable document."""
        unit = _batch.Lines(str(tmp_path / "gone.jsonl"), first=1, start=0, size=10)

        report = _batch.check_unit(unit, _batch.Settings(lang="en"))

        assert report.summary.unloadable == 1
        assert "[unreadable_file]" in report.text


def _all(reports: Iterable[_batch.Report]) -> tuple[str, dict[str, object]]:
    summary = _batch.Summary()
    texts = []
    for report in reports:
        summary.merge(report.summary)
        texts.append(report.text)
    return "|".join(texts), summary.as_dict()


class TestRunReports:
    """Units checked on several processes report what one process reports, in order."""

    @pytest.mark.parametrize("as_json", [False, True])
    @pytest.mark.usefixtures("small_units")
    def test_jobs_match_one_process(self, batch: Path, awkward_jsonl: Path, as_json: bool) -> None:
        """Two and three workers give the reports and counts of one process, unit by unit."""
        arguments = [str(batch), str(awkward_jsonl), str(batch / "a.json")]
        settings = _batch.Settings(lang="en")

        def reports(jobs: int) -> tuple[str, dict[str, object]]:
            units = _batch.iter_units(arguments)
            return _all(_batch.run_reports(units, settings, as_json=as_json, jobs=jobs))

        one = reports(1)

        assert reports(2) == one
        assert reports(3) == one
        assert one[1]["documents"] == 12

    @pytest.mark.parametrize("as_json", [False, True])
    def test_reports_print_what_full_outcomes_print(self, batch: Path, as_json: bool) -> None:
        """A unit's report, built from lean outcomes, equals the full outcomes rendered."""
        settings = _batch.Settings(lang="en")
        items = tuple(_batch.iter_items([str(batch)]))
        outcomes = [_batch.check_item(item, settings) for item in items]
        separator = _batch.JSON_SEPARATOR if as_json else ""
        summary = _batch.Summary()
        for outcome in outcomes:
            summary.add(outcome)

        report = _batch.check_unit(items, settings, as_json=as_json)

        rendered = [_batch.render(o, as_json=as_json, lang="en") for o in outcomes]
        assert report.text == separator.join(rendered)
        assert report.summary == summary
        assert any(o.findings for o in outcomes)  # the lean path had findings to leave out

    def test_workers_leave_this_process_unfrozen(self) -> None:
        """Objects frozen for the workers' fork are thawed again in the calling process."""
        units = [(_batch.Item(str(EXAMPLE)),)] * 3

        assert len(list(_batch.run_reports(units, _batch.Settings(), jobs=2))) == 3
        assert gc.get_freeze_count() == 0

    def test_units_carrying_text_do_not_deadlock(self) -> None:
        """Units carrying more text than a pipe holds are checked without a deadlock."""
        padded = EXAMPLE.read_bytes() + b" " * 300_000
        units = [(_batch.Item(f"-{n}", padded), _batch.Item(f"+{n}", padded)) for n in range(6)]
        settings = _batch.Settings(lang="en")

        two = _all(_batch.run_reports(units, settings, jobs=2))

        assert two == _all(_batch.run_reports(units, settings, jobs=1))
        assert two[1]["documents"] == 12

    def test_stopping_early_ends_the_workers(self, awkward_jsonl: Path) -> None:
        """Closing the reports early stops every worker process."""
        units = [_batch.Lines(str(awkward_jsonl), 1, 0, awkward_jsonl.stat().st_size)] * 50
        reports = _batch.run_reports(units, _batch.Settings(), jobs=2)

        next(reports)
        reports.close()

        assert multiprocessing.active_children() == []

    def test_a_failure_in_a_worker_is_raised(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """An unexpected exception while checking is raised in the calling process."""

        def broken(item: _batch.Item, settings: _batch.Settings, **_: object) -> _batch.Outcome:
            raise ZeroDivisionError(item.name)

        monkeypatch.setattr(_batch, "check_item", broken)
        units = [(_batch.Item(str(EXAMPLE)),)] * 3

        with pytest.raises(ZeroDivisionError, match="krakow"):
            list(_batch.run_reports(units, _batch.Settings(), jobs=2))
        assert multiprocessing.active_children() == []

    def test_a_worker_that_dies_is_reported(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A worker process that exits unexpectedly raises an error instead of hanging."""

        def dying(item: _batch.Item, settings: _batch.Settings, **_: object) -> _batch.Outcome:
            os._exit(3)

        monkeypatch.setattr(_batch, "check_item", dying)
        units = [(_batch.Item(str(EXAMPLE)),)] * 3

        with pytest.raises(RuntimeError, match="exit code 3"):
            list(_batch.run_reports(units, _batch.Settings(), jobs=2))
        assert multiprocessing.active_children() == []


class TestSummary:
    """Counts from units of work add up."""

    def test_merge_adds_every_count(self) -> None:
        """Merging adds documents, unloadable, with_errors and findings per code."""
        total = _batch.Summary(documents=2, unloadable=1, by_code=Counter({"A": 1}))

        total.merge(_batch.Summary(documents=3, with_errors=2, by_code=Counter({"A": 2, "B": 1})))

        assert total.as_dict() == {
            "documents": 5,
            "unloadable": 1,
            "with_errors": 2,
            "findings_by_code": {"A": 3, "B": 1},
        }


def test_progress_counts_many_at_once() -> None:
    """A tick may count several documents at once."""
    progress = _batch.Progress(io.StringIO())

    progress.tick(32)
    progress.tick()

    assert progress.count == 33


@pytest.mark.usefixtures("small_units")
def test_run_on_processes_gives_the_outcomes_of_one(batch: Path, awkward_jsonl: Path) -> None:
    """Outcomes checked on two processes equal, in order, those of one process."""
    items = [*_batch.iter_items([str(batch), str(awkward_jsonl)])]
    settings = _batch.Settings(lang="en")

    two = list(_batch.run(items, settings, jobs=2))

    assert two == list(_batch.run(items, settings, jobs=1))
    assert [outcome.name for outcome in two] == [item.name for item in items]


def test_units_are_read_only_a_bounded_distance_ahead(awkward_jsonl: Path) -> None:
    """Workers are sent a bounded number of units ahead of the reports taken, however many."""
    pulled = 0
    size = awkward_jsonl.stat().st_size

    def endless() -> Iterator[_batch.Unit]:
        nonlocal pulled
        while True:
            pulled += 1
            yield _batch.Lines(str(awkward_jsonl), 1, 0, size)

    reports = _batch.run_reports(endless(), _batch.Settings(), jobs=2)
    for _ in range(5):
        next(reports)
    reports.close()

    assert pulled <= 5 + 2 * _pool.UNITS_IN_FLIGHT_PER_JOB + 1


def _budget_files(folder: Path) -> Path:
    """Budget years of 20 units over two years (more than one unit of work), a population
    that a later file replaces, and an unloadable file, in a directory."""
    folder.mkdir()
    source = wspolpraca.DataSource(title="synthetic", reference="test_batch")
    for number in range(20):
        unit = wspolpraca.Unit(
            name=f"Gmina {number}", teryt=f"12{number + 1:02d}011", level="municipality"
        )
        for year in (2020, 2021):
            budget = wspolpraca.BudgetYear(
                unit=unit,
                year=year,
                total_expenditure=Decimal(1000 + number),
                lines=(
                    wspolpraca.BudgetLine(
                        division="852", chapter="85295", paragraph="2360", spent=Decimal(number)
                    ),
                ),
                source=source,
            )
            (folder / f"{number:02d}-{year}.json").write_text(wspolpraca.dumps(budget), "utf-8")
        for name, residents in (("a", 100), ("b", 200)):
            population = wspolpraca.Population(
                unit=unit, year=2021, residents=residents + number, source=source
            )
            (folder / f"{number:02d}-{name}-people.json").write_text(
                wspolpraca.dumps(population), "utf-8"
            )
    (folder / "broken.json").write_text("{", "utf-8")
    return folder


class TestLoadFiles:
    """Loading many files on several processes (``compare --jobs``)."""

    def test_documents_and_errors_come_back_in_order(self, tmp_path: Path) -> None:
        """Two workers give the names, documents and errors of one process, in order."""
        folder = _budget_files(tmp_path / "budgets")
        names = [str(path) for path in sorted(folder.glob("*.json"))]

        one = list(_pool.load_files(names))
        two = list(_pool.load_files(names, jobs=2))

        assert [name for name, _ in two] == names
        assert [(n, d) for n, d in two if not isinstance(d, ValidationErrors)] == [
            (n, d) for n, d in one if not isinstance(d, ValidationErrors)
        ]
        errors = [
            (n, [e.code for e in d.errors]) for n, d in two if isinstance(d, ValidationErrors)
        ]
        assert errors == [
            (n, [e.code for e in d.errors]) for n, d in one if isinstance(d, ValidationErrors)
        ]
        assert [n for n, _ in errors] == [str(folder / "broken.json")]

    def test_a_dataset_loads_the_same_on_two_processes(self, tmp_path: Path) -> None:
        """Dataset.load(jobs=2) gathers the unit-years, names and problems of jobs=1."""
        folder = _budget_files(tmp_path / "budgets")

        one = Dataset.load([folder])
        two = Dataset.load([folder], jobs=2)

        assert two.unit_years == one.unit_years
        assert len(one.unit_years) == 40
        assert one.unit_years[("1201011", 2021)].population is not None
        assert one.unit_years[("1201011", 2021)].population.residents == 200  # the later file
        assert [(n, e.code, e.jsonpath) for n, e in two.problems] == [
            (n, e.code, e.jsonpath) for n, e in one.problems
        ]

    def test_compare_jobs_prints_what_one_process_prints(self, tmp_path: Path) -> None:
        """``compare --jobs 2`` prints the ranking and problems of ``--jobs 1``."""
        folder = _budget_files(tmp_path / "budgets")

        one = _run("compare", str(folder), "--peers", "all", "--lang", "en")
        two = _run("compare", str(folder), "--peers", "all", "--lang", "en", "--jobs", "2")

        assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
        assert "broken.json" in one.stderr
        assert "Gmina 19" in one.stdout


def _slow_first_then_fail(unit: int) -> int:
    """Unit 0 takes a while, unit 1 fails at once: the failure arrives before unit 0's result."""
    if unit == 0:
        time.sleep(0.3)
    if unit == 1:
        msg = "unit 1 fails"
        raise ValueError(msg)
    return unit


class _KeywordOnlyError(Exception):
    def __init__(self, *, detail: str) -> None:
        super().__init__(detail)


def _fail_unpicklably(unit: int) -> int:
    raise _KeywordOnlyError(detail=f"unit {unit}")


@pytest.mark.skipif(sys.platform == "win32", reason="the pool forks")
class TestPoolFailures:
    """A worker's exception reaches the caller as ``map`` would raise it."""

    def test_results_before_a_failure_come_out_first(self) -> None:
        """Every unit before the failing one is handed back, then its exception is raised."""
        got: list[int] = []
        with pytest.raises(ValueError, match="unit 1 fails"):
            got.extend(_pool.parallel(iter([0, 1, 2, 3]), _slow_first_then_fail, 2))

        assert got == [0]

    def test_an_exception_that_cannot_cross_the_pipe_is_named(self) -> None:
        """An exception the parent could not unpickle arrives as a RuntimeError naming it."""
        with pytest.raises(RuntimeError, match="_KeywordOnlyError: unit 0"):
            list(_pool.parallel(iter([0, 1]), _fail_unpicklably, 2))


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_dangling_link_in_a_directory_is_reported(tmp_path: Path) -> None:
    """A .json link to nothing inside a directory is unreadable_file, not silently skipped."""
    (tmp_path / "a.json").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.json").symlink_to(tmp_path / "nowhere.json")

    names = [item.name for item in _batch.iter_items([str(tmp_path)])]
    loaded = dict(_pool.load_files(names))

    assert names == [str(tmp_path / "a.json"), str(tmp_path / "b.json")]
    assert isinstance(loaded[str(tmp_path / "b.json")], ValidationErrors)
    assert Dataset.load([tmp_path]).problems[0][0] == str(tmp_path / "b.json")
