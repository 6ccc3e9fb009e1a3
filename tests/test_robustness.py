"""
Robustness (issue 26): no traceback, no lost result, no half-written file, whatever the input.

Each test reproduces one defect the attack found; the fuzz suite (``tests/fuzz``) generalises them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import signal
import subprocess
import sys
import types
import typing
import zipfile
from pathlib import Path
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, _batch, serialization
from wspolpraca._io import atomic_path, read_input
from wspolpraca._model._common import MAX_YEAR, MIN_YEAR, Period, plausible_date
from wspolpraca.calendar import deadlines, to_ical
from wspolpraca.cli import _calendar_table, main
from wspolpraca.errors import InvalidValueError, ValidationErrors
from wspolpraca.html_report import cycle_year, render
from wspolpraca.migrations import LossWarning
from wspolpraca.rules import check
from wspolpraca.serialization import DEFAULT_MAX_BYTES, DOCUMENT_KINDS

from .conftest import EXAMPLE, ROOT

TODAY = dt.date(2021, 6, 1)
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "wspolpraca", *args],
        capture_output=True,
        cwd=ROOT,
        input=stdin,
        check=False,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )


def _both_paths(text: str | bytes) -> list[object]:
    """What loading *text* gives on the fast and on the detailed path."""
    outcomes: list[object] = []
    saved = serialization._FAST
    for fast in (True, False):
        serialization._FAST = fast
        try:
            outcomes.append(wspolpraca.loads(text))
        except ValidationErrors as group:
            outcomes.append([(error.code, error.jsonpath) for error in group.errors])
        finally:
            serialization._FAST = saved
    return outcomes


def every_output(document: Any, directory: Path, *, export: bool = True) -> None:
    """Hand *document* to every output; *export*: also the workbook and the CSV export."""
    pytest.importorskip("openpyxl")
    pytest.importorskip("icalendar")
    from wspolpraca.spreadsheet import export_csv, read_csv, read_workbook

    result = check(document)
    for finding in result:
        finding.describe("pl").encode("utf-8")
        json.dumps(finding.as_dict("en"), ensure_ascii=False, allow_nan=False).encode("utf-8")
    assert wspolpraca.loads(wspolpraca.dumps(document)) == document
    render(document, today=TODAY, result=result)
    found = deadlines(cycle_year(document), documents=[document], today=TODAY)
    to_ical(found)
    _calendar_table(found, "pl")
    if export:
        directory.mkdir(parents=True, exist_ok=True)
        refused = _export_refusals(document, directory / "document.xlsx")
        assert refused <= {"cell_too_long"}  # text a cell cannot hold: refused, never cut
        if not refused:
            assert read_workbook(directory / "document.xlsx") == document
        export_csv(document, directory / "csv")
        assert read_csv(directory / "csv") == document


def _export_refusals(document: Any, path: Path) -> set[str]:
    """The codes of the problems for which *document* is not exported to *path* (none: it is)."""
    from wspolpraca.spreadsheet import SpreadsheetErrors, export_workbook

    try:
        export_workbook(document, path)
    except SpreadsheetErrors as group:
        return {problem.code for problem in group.located}
    return set()


def _with_big_year(tmp_path: Path) -> Path:
    big = tmp_path / "big.json"
    big.write_text(EXAMPLE.read_text("utf-8").replace('"year": 2021', '"year": ' + "1" * 5000))
    return big


class TestOneBadDocument:
    """Defect 1: one document never aborts the batch nor shows a traceback."""

    def test_integer_over_the_digit_limit_is_located(self) -> None:
        """A 5 000-digit integer is refused as number_too_long on both paths."""
        text = EXAMPLE.read_text("utf-8").replace('"year": 2021', '"year": ' + "1" * 5000)

        assert _both_paths(text) == [[("number_too_long", "$")]] * 2

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_batch_goes_on(self, tmp_path: Path, jobs: str) -> None:
        """good, huge integer, good: both results, the error, the summary, exit 2."""
        big = _with_big_year(tmp_path)

        done = _run("check", "--jobs", jobs, str(EXAMPLE), str(big), str(EXAMPLE))

        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert done.stdout.count("bez błędów") == 2
        assert f"{big}:$: liczba ma więcej niż" in done.stdout
        assert "podsumowanie: dokumenty: 3, z błędami: 0, niewczytane: 1" in done.stdout

    def test_both_job_counts_print_the_same(self, tmp_path: Path) -> None:
        """Over several units of work, one and two processes print the same report."""
        folder = tmp_path / "many"
        folder.mkdir()
        text = EXAMPLE.read_text("utf-8")
        for number in range(70):
            (folder / f"{number:03}.json").write_text(text, "utf-8")
        _with_big_year(folder)

        one = _run("check", str(folder), "--format", "json")
        two = _run("check", str(folder), "--format", "json", "--jobs", "2")

        assert one.returncode == two.returncode == 2
        assert one.stdout == two.stdout
        assert json.loads(one.stdout)["summary"]["documents"] == 71

    def test_unexpected_exception_is_the_documents_error(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A defect while checking one document becomes its located internal_error."""

        def broken(*_: object, **__: object) -> None:
            raise ZeroDivisionError("division by zero")

        monkeypatch.setattr(_batch, "check", broken)

        outcome = _batch.check_item(_batch.Item(str(EXAMPLE)), _batch.Settings(lang="en"))

        assert outcome.status == "unloadable"
        assert outcome.errors[0]["code"] == "internal_error"
        assert outcome.errors[0]["path"] == "$"
        assert "ZeroDivisionError: division by zero" in str(outcome.errors[0]["message"])

    @pytest.mark.parametrize(
        "command",
        [("upgrade", "{}"), ("report", "{}", "--html", "-"), ("export", "{}", "{out}")],
    )
    def test_single_document_commands(self, tmp_path: Path, command: tuple[str, ...]) -> None:
        """upgrade, report and export refuse the huge integer with exit 2, no traceback."""
        big = _with_big_year(tmp_path)
        args = [arg.format(str(big), out=tmp_path / "out.xlsx") for arg in command]

        done = _run(*args)

        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert "number_too_long" in done.stdout + done.stderr

    def test_a_defect_in_a_command_is_reported(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """An unexpected exception in a command is one coded line on stderr, exit 2."""
        monkeypatch.setattr("wspolpraca.html_report.render", lambda *_, **__: 1 / 0)
        err = io.StringIO()

        code = main(
            ["report", str(EXAMPLE), "--html", str(tmp_path / "p.html")],
            stdout=io.StringIO(),
            stderr=err,
        )

        assert code == 2
        assert err.getvalue().startswith("wspolpraca: błąd wewnętrzny wspolpraca")
        assert "[internal_error]" in err.getvalue()


def _date_fields(cls: type[Any], seen: set[type[Any]]) -> typing.Iterator[tuple[str, Any]]:
    if cls in seen:
        return
    seen.add(cls)
    for field in attrs.fields(attrs.resolve_types(cls)):
        for inner in _types_in(field.type):
            if inner is dt.date:
                yield f"{cls.__name__}.{field.name}", field.validator
            elif attrs.has(inner):
                yield from _date_fields(inner, seen)


def _types_in(type_: Any) -> typing.Iterator[Any]:
    origin = typing.get_origin(type_)
    if origin in (typing.Union, types.UnionType, tuple):
        for arg in typing.get_args(type_):
            if arg is not Ellipsis:
                yield from _types_in(arg)
    else:
        yield type_


class TestDateRange:
    """Defect 2: one plausible date range on every date field, and every output is total."""

    def test_range(self) -> None:
        """The range runs from the local self-government act (1990) to 2100."""
        assert (MIN_YEAR, MAX_YEAR) == (1990, 2100)

    def test_every_date_field_checks_it(self) -> None:
        """Every date field of every document kind has the one plausible_date validator."""
        seen: set[type[Any]] = set()
        fields = [found for cls in DOCUMENT_KINDS.values() for found in _date_fields(cls, seen)]

        unchecked = [name for name, validator in fields if validator is not plausible_date()]
        assert len(fields) > 30
        assert unchecked == []

    def test_invariant_in_python(self) -> None:
        """A period starting on 0001-01-01 cannot be built."""
        with pytest.raises(InvalidValueError, match="date out of range") as caught:
            Period(start=dt.date(1, 1, 1), end=dt.date(2021, 1, 1))

        assert caught.value.jsonpath == "$.start"

    @pytest.mark.parametrize(
        ("example", "old", "path"),
        [
            ("krakow-2019-2022-multi-year.json", '"start": "2019-01-01"', "$.period.start"),
            (
                "council-composition-breach.json",
                '"submitted_on": "2016-03-01"',
                "$.request.submitted_on",
            ),
        ],
    )
    @pytest.mark.parametrize("edge", ["0001-01-01", "9999-12-31"])
    def test_calendar_ends_refused_at_load(
        self, example: str, old: str, path: str, edge: str
    ) -> None:
        """The calendar's first and last day are refused where they are, on both paths."""
        text = (ROOT / "examples" / example).read_text("utf-8")
        text = text.replace(old, old[:-12] + f'"{edge}"', 1)

        assert _both_paths(text) == [[("date_out_of_range", path)]] * 2

    @pytest.mark.parametrize("edge", ["1990-01-01", "2100-12-31"])
    @pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
    def test_outputs_total_at_the_ends_of_the_range(
        self, tmp_path: Path, example: Path, edge: str
    ) -> None:
        """Every date set to an end of the range: if it loads, every output accepts it."""
        data = json.loads(example.read_text("utf-8"))
        _set_dates(data, edge)

        try:
            document = wspolpraca.loads(json.dumps(data))
        except ValidationErrors:
            pytest.skip("an invariant refuses this combination")
        every_output(document, tmp_path, export=False)


def _set_dates(node: Any, edge: str) -> None:
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            node[key] = edge
        elif isinstance(value, dict | list):
            _set_dates(value, edge)


class TestLoneSurrogate:
    """Defect 3: text that cannot be written as UTF-8 is refused at load."""

    @pytest.mark.parametrize("escaped", ["\\ud800", "\\udfff", "x\\ud800y"])
    def test_refused_located_on_both_paths(self, escaped: str) -> None:
        """A lone surrogate in a title is invalid_text at the title."""
        text = EXAMPLE.read_text("utf-8").replace('"title": "Program', f'"title": "{escaped}', 1)

        assert _both_paths(text) == [[("invalid_text", "$.title")]] * 2

    @pytest.mark.parametrize("character", ["\ud800", "\udc00"])  # noqa: PT014 - distinct
    def test_a_lone_surrogate_character_is_refused(self, character: str) -> None:
        """A lone surrogate character (not an escape) in a str is invalid_text on both paths."""
        text = EXAMPLE.read_text("utf-8").replace('"title": "Program', f'"title": "{character}', 1)

        assert _both_paths(text) == [[("invalid_text", "$.title")]] * 2

    def test_a_pair_is_text(self) -> None:
        """An escaped surrogate pair is one character and loads on both paths."""
        text = EXAMPLE.read_text("utf-8").replace(
            '"title": "Program', '"title": "\\ud83d\\ude00', 1
        )

        fast, detailed = _both_paths(text)

        assert fast == detailed
        assert getattr(fast, "title", "").startswith("\U0001f600")

    def test_key_with_a_surrogate_is_printable(self) -> None:
        """An unknown key holding a surrogate is shown escaped, and the report is UTF-8."""
        text = EXAMPLE.read_text("utf-8").replace('"notes"', '"notes\\ud800"', 1)

        done = _run("check", "-", "--format", "json", stdin=text.encode())

        assert done.returncode == 2
        errors = json.loads(done.stdout)["files"][0]["errors"]
        assert {"code": "unknown_field", "path": '$["notes\\ud800"]'}.items() <= errors[0].items()


class TestBoundedReads:
    """Defect 6: one bounded reader for every input, with a true size message."""

    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
    @pytest.mark.parametrize(
        "args",
        [
            ("upgrade", "/dev/zero"),
            ("check", str(EXAMPLE), "--profile", "/dev/zero"),
            ("report", "/dev/zero", "--html", "-"),
            ("check", "/dev/zero"),
        ],
    )
    def test_endless_file_refused(self, args: tuple[str, ...]) -> None:
        """An endless special file is refused after the limit, saying 'more than'."""
        done = _run(*args)

        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert f"ponad {DEFAULT_MAX_BYTES} B" in done.stdout + done.stderr

    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
    @pytest.mark.parametrize("command", ["check", "upgrade", "report"])
    def test_endless_stdin_refused(self, command: str) -> None:
        """An endless standard input is read no further than the limit."""
        extra = ("--html", "-") if command == "report" else ()
        with Path("/dev/zero").open("rb") as zeros:
            done = subprocess.run(
                [sys.executable, "-m", "wspolpraca", command, "-", *extra],
                stdin=zeros,
                capture_output=True,
                cwd=ROOT,
                check=False,
                timeout=120,
            )

        assert done.returncode == 2
        assert b"Traceback" not in done.stderr
        assert f"ponad {DEFAULT_MAX_BYTES} B".encode() in done.stdout + done.stderr

    def test_upgrade_has_the_same_limit_as_check(self, tmp_path: Path) -> None:
        """A file over 16 MiB is refused by upgrade with its size, like check."""
        large = tmp_path / "large.json"
        large.write_bytes(b" " * (DEFAULT_MAX_BYTES + 1))

        done = _run("upgrade", str(large))

        assert done.returncode == 2
        assert f"{DEFAULT_MAX_BYTES + 1} B" in done.stderr
        assert "[too_large]" in done.stderr

    def test_reader_refuses_before_reading(self, tmp_path: Path) -> None:
        """A regular file over the limit is refused from its size, with that size."""
        path = tmp_path / "big.json"
        path.write_bytes(b"x" * 101)

        with pytest.raises(ValidationErrors) as caught:
            read_input(path, 100)

        [error] = caught.value.errors
        assert error.code == "too_large"
        assert error.message("en").startswith("the document is too large: 101 B")


class TestWrites:
    """Defect 8: writes are atomic, never over an input, and fail clearly."""

    def test_export_over_its_input_refused(self, tmp_path: Path) -> None:
        """export a.json a.json keeps a.json and exits 2."""
        pytest.importorskip("openpyxl")
        source = tmp_path / "a.json"
        source.write_text(EXAMPLE.read_text("utf-8"), "utf-8")

        done = _run("export", str(source), str(source))

        assert done.returncode == 2
        assert "[output_is_input]" in done.stdout
        assert source.read_text("utf-8") == EXAMPLE.read_text("utf-8")

    def test_report_over_its_input_refused(self, tmp_path: Path) -> None:
        """report a.json --html a.json keeps a.json and exits 2."""
        source = tmp_path / "a.json"
        source.write_text(EXAMPLE.read_text("utf-8"), "utf-8")

        done = _run("report", str(source), "--html", str(source))

        assert done.returncode == 2
        assert "[output_is_input]" in done.stdout
        assert source.read_text("utf-8") == EXAMPLE.read_text("utf-8")

    @pytest.mark.parametrize(
        "args",
        [
            ("calendar", "2027", "-o", "{missing}/c.txt"),
            ("report", str(EXAMPLE), "--html", "{missing}/r.html"),
            ("export", str(EXAMPLE), "{missing}/w.xlsx"),
        ],
    )
    def test_missing_directory(self, tmp_path: Path, args: tuple[str, ...]) -> None:
        """An output in a directory that does not exist is a clear error, exit 2."""
        pytest.importorskip("openpyxl")
        missing = tmp_path / "nowhere"

        done = _run(*(arg.format(missing=missing) for arg in args))

        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert "[missing_directory]" in done.stdout
        assert not missing.exists()

    def test_failed_write_keeps_the_old_file(self, tmp_path: Path) -> None:
        """An exception while writing leaves the old file whole and no temporary file."""
        target = tmp_path / "page.html"
        target.write_text("old", "utf-8")

        def fail_half_way() -> None:
            with atomic_path(target) as temporary:
                temporary.write_text("half", "utf-8")
                raise RuntimeError

        with pytest.raises(RuntimeError):
            fail_half_way()

        assert target.read_text("utf-8") == "old"
        assert sorted(path.name for path in tmp_path.iterdir()) == ["page.html"]

    def test_output_replaced_whole(self, tmp_path: Path) -> None:
        """calendar -o replaces an existing file with the new text and keeps its mode."""
        target = tmp_path / "cal.txt"
        target.write_text("old", "utf-8")
        target.chmod(0o640)

        code = main(["calendar", "2027", "-o", str(target)], stdout=io.StringIO())

        assert code == 0
        assert target.read_text("utf-8").startswith("termin")
        assert oct(target.stat().st_mode & 0o777) == oct(0o640)
        assert sorted(path.name for path in tmp_path.iterdir()) == ["cal.txt"]


class TestInterrupt:
    """SIGINT during a batch: exit 130 and no traceback."""

    @pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_sigint(self, tmp_path: Path, jobs: str) -> None:
        """Ctrl+C in the middle of a long batch prints no traceback and exits 130."""
        lines = EXAMPLE.read_text("utf-8").replace("\n", " ") + "\n"
        (tmp_path / "many.jsonl").write_text(lines * 20_000, "utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "wspolpraca", "check", "-j", jobs, str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert process.stdout is not None
        process.stdout.readline()  # it is checking
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)

        assert process.returncode == 130
        assert b"Traceback" not in err
        assert b"KeyboardInterrupt" not in err


class TestSmallOnes:
    """The HTML page's Content-Security-Policy; no English in Polish messages."""

    def test_report_has_a_content_security_policy(self) -> None:
        """The page forbids scripts and every fetch, allowing its own inline CSS."""
        page = render(wspolpraca.load_file(EXAMPLE), today=TODAY)

        assert (
            '<meta http-equiv="Content-Security-Policy" '
            "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        ) in page

    def test_loss_message_polish(self) -> None:
        """A loss warning in Polish says 'otrzymano', never 'got'."""
        loss = LossWarning.dropped(("x",), 7)

        assert "(otrzymano 7)" in loss.message("pl")
        assert "got" not in loss.message("pl")
        assert "(got 7)" in loss.message("en")


class TestSpreadsheets:
    """Defects 4, 5 and 7: bounded workbooks, no silent loss, no CSV formula injection."""

    @pytest.fixture
    def workbook(self, tmp_path: Path) -> Path:
        """The example exported as a workbook."""
        pytest.importorskip("openpyxl")
        from wspolpraca.spreadsheet import export_workbook

        path = tmp_path / "programme.xlsx"
        export_workbook(wspolpraca.load_file(EXAMPLE), path)
        return path

    @staticmethod
    def _edit(path: Path, sheet: str, row: int, column: int, value: str) -> None:
        import openpyxl

        book = openpyxl.load_workbook(path)
        book[sheet].cell(row=row, column=column, value=value)
        book.save(path)

    @staticmethod
    def _codes(path: Path) -> list[tuple[str, str]]:
        from wspolpraca.spreadsheet import SpreadsheetErrors, import_workbook

        with pytest.raises(SpreadsheetErrors) as caught:
            import_workbook(path)
        return [(p.code, str(p.cell)) for p in caught.value.located]

    def test_far_cell_read_alone(self, workbook: Path) -> None:
        """A cell at XFD1048576 costs one cell: the import ends at once, naming that cell."""
        self._edit(workbook, "Dokument", 1_048_576, 16_384, "x")
        script = (
            "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30));"
            "from wspolpraca.spreadsheet import import_workbook, SpreadsheetErrors\n"
            f"try: import_workbook({str(workbook)!r})\n"
            "except SpreadsheetErrors as e: print([p.code for p in e.located])"
        )

        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

        assert done.returncode == 0, done.stderr
        assert "unknown_heading" in done.stdout

    def test_unpacked_size_bounded(self, workbook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A workbook unpacking to more than the limit is refused before it is unpacked."""
        monkeypatch.setattr("wspolpraca.spreadsheet._read.MAX_UNPACKED", 1000)

        assert [code for code, _ in self._codes(workbook)] == ["workbook_too_large"]

    def test_workbook_file_size_bounded(self, tmp_path: Path) -> None:
        """A workbook file over 16 MiB is refused from its size, like any input."""
        path = tmp_path / "big.xlsx"
        with path.open("wb") as stream:
            stream.truncate(DEFAULT_MAX_BYTES + 1)

        assert [code for code, _ in self._codes(path)] == ["too_large"]

    def test_long_cell_refused_at_import(self, workbook: Path) -> None:
        """A cell holding more than 32 767 characters (openpyxl cuts them, others need not) is refused at it."""
        self._edit(workbook, "Dokument", 5, 2, "LONG-MARKER")
        parts = {}
        with zipfile.ZipFile(workbook) as archive:
            for name in archive.namelist():
                parts[name] = archive.read(name).replace(b"LONG-MARKER", b"x" * 40_000)
        with zipfile.ZipFile(workbook, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)

        assert self._codes(workbook) == [("cell_too_long", "'Dokument'!B5")]

    def test_long_text_not_cut_on_export(self, tmp_path: Path) -> None:
        """A title over 32 767 characters is refused by export, at its cell, and nothing is written."""
        pytest.importorskip("openpyxl")
        data = json.loads(EXAMPLE.read_text("utf-8"))
        data["title"] = "x" * 40_000
        source = tmp_path / "long.json"
        source.write_text(json.dumps(data), "utf-8")

        done = _run("export", str(source), str(tmp_path / "long.xlsx"))

        assert done.returncode == 2
        assert "long.xlsx:'Dokument'!B" in done.stdout
        assert "[cell_too_long]" in done.stdout
        assert not (tmp_path / "long.xlsx").exists()

    def test_1899_date_is_a_located_date_error(self, workbook: Path) -> None:
        """A date cell holding 1899-12-30 (serial 0) is a date out of range, not a formula."""
        import openpyxl

        book = openpyxl.load_workbook(workbook)
        sheet = book["Dokument"]
        row = next(r for r in range(1, 60) if sheet.cell(r, 1).value == "Uchwała › Data podjęcia")
        sheet.cell(row=row, column=2, value=dt.date(1899, 12, 30))
        book.save(workbook)

        assert self._codes(workbook) == [("date_out_of_range", f"'Dokument'!B{row}")]

    def test_csv_long_field_lossless(self, tmp_path: Path) -> None:
        """A 200 000-character note survives the CSV round trip (no field-size error)."""
        from wspolpraca.spreadsheet import export_csv, read_csv

        document = attrs.evolve(wspolpraca.load_file(EXAMPLE), notes=("ż" * 200_000,))
        export_csv(document, tmp_path / "csv")

        assert read_csv(tmp_path / "csv") == document

    def test_csv_not_utf8_located(self, tmp_path: Path) -> None:
        """A CSV file in another encoding is not_utf8 at its sheet, not a UnicodeDecodeError."""
        from wspolpraca.spreadsheet import SpreadsheetErrors, export_csv, import_csv

        export_csv(wspolpraca.load_file(EXAMPLE), tmp_path)
        main = tmp_path / "Dokument.csv"
        main.write_bytes(main.read_text("utf-8").encode("cp1250"))

        with pytest.raises(SpreadsheetErrors) as caught:
            import_csv(tmp_path)

        found = [(p.code, str(p.cell)) for p in caught.value.located]
        assert found[:1] == [("not_utf8", "'Dokument'")]

    @pytest.mark.parametrize(
        "title",
        ['=HYPERLINK("http://example.org","x")', "+48 12", "-5", "@SUM(A1)", "\t=1", "'=1", "'a"],
    )
    def test_csv_formula_neutralised_and_restored(self, tmp_path: Path, title: str) -> None:
        """Text a spreadsheet would run as a formula is written with an apostrophe, read back whole."""
        from wspolpraca.spreadsheet import export_csv, read_csv

        document = attrs.evolve(wspolpraca.load_file(EXAMPLE, AnnualProgramme), title=title)
        export_csv(document, tmp_path)

        text = (tmp_path / "Dokument.csv").read_text("utf-8")
        fields = [row[1] for row in csv.reader(io.StringIO(text, newline="")) if len(row) > 1]
        assert fields[0][:1] not in {"=", "+", "-", "@", "\t", "\r"}
        assert not any(field[:1] in {"=", "+", "-", "@"} for field in fields)
        assert read_csv(tmp_path) == document


class TestJsonLinesStreams:
    """Defect 6 for JSON Lines read from a pipe: an overlong line is refused, never held."""

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_overlong_line_in_a_pipe(self, tmp_path: Path, jobs: str) -> None:
        """A 17 MiB line between two documents is too_large; both documents are still checked."""
        fifo = tmp_path / "stream.jsonl"
        os.mkfifo(fifo)
        line = EXAMPLE.read_text("utf-8").replace("\n", " ").encode() + b"\n"
        process = subprocess.Popen(
            [sys.executable, "-m", "wspolpraca", "check", "-j", jobs, str(fifo)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        with fifo.open("wb") as stream:
            stream.write(line)
            for _ in range(17):
                stream.write(b" " * (1 << 20))
            stream.write(b"x\n")
            stream.write(line)
        out, err = process.communicate(timeout=300)

        assert process.returncode == 2, (out[-2000:], err[-2000:])
        assert out.decode().count("bez błędów") == 2
        assert f"{fifo}:2:$: dokument jest za duży: ponad {DEFAULT_MAX_BYTES} B".encode() in out
