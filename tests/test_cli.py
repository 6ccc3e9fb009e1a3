"""The command line, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import EXAMPLE, ROOT

pytestmark = pytest.mark.cli


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wspolpraca", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        check=False,
    )


def test_check_example_polish_text() -> None:
    """Checking the example prints Polish findings and exits 0."""
    done = _run("check", str(EXAMPLE))

    assert done.returncode == 0, done.stderr
    assert "bez błędów" in done.stdout
    assert "WSP-PRG-006" in done.stdout
    assert done.stderr == ""


def test_check_json_english() -> None:
    """``--lang en --format json`` prints machine-readable English findings."""
    done = _run("check", str(EXAMPLE), "--lang", "en", "--format", "json")

    report = json.loads(done.stdout)
    [entry] = report["files"]
    assert entry["status"] == "ok"
    assert entry["findings"][0]["message"].startswith("the form of cooperation")


def test_error_finding_exits_1(tmp_path: Path) -> None:
    """A document with an error-severity finding exits 1."""
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["resolution"]["adopted_on"] = "2020-12-05"
    late = tmp_path / "late.json"
    late.write_text(json.dumps(data), "utf-8")

    done = _run("check", str(late), "--lang", "en")

    assert done.returncode == 1
    assert "WSP-PRG-001" in done.stdout


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("", "empty_document"),
        ("not json", "json_syntax"),
        ("[1, 2]", "wrong_type"),
        ('{"kind": "annual_programme", "schema_version": "1.0"}', "missing_field"),
    ],
)
def test_unloadable_exits_2_without_traceback(tmp_path: Path, content: str, code: str) -> None:
    """Bad files exit 2 with file:path: message lines and never a traceback."""
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")

    done = _run("check", str(bad), "--lang", "en")

    assert done.returncode == 2
    assert f"[{code}]" in done.stdout
    assert f"{bad}:$" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_many_files_worst_exit_code(tmp_path: Path) -> None:
    """With several files, the exit code is the worst outcome and every file is reported."""
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")

    done = _run("check", str(EXAMPLE), str(bad), "--format", "json")

    report = json.loads(done.stdout)
    assert done.returncode == 2
    assert [entry["status"] for entry in report["files"]] == ["ok", "unloadable"]


def test_stdin() -> None:
    """``-`` reads a document from standard input."""
    done = _run("check", "-", stdin=EXAMPLE.read_text("utf-8"))

    assert done.returncode == 0


def test_on_and_select() -> None:
    """``--on`` applies an older law and ``--select`` limits the rules."""
    done = _run(
        "check", str(EXAMPLE), "--on", "2011-06-01", "--select", "WSP-PRG-005", "--lang", "en"
    )

    assert "WSP-PRG-005" in done.stdout
    assert "WSP-PRG-006" not in done.stdout


def test_bad_option_exits_2() -> None:
    """A malformed option value is a usage error (exit 2), not a traceback."""
    done = _run("check", str(EXAMPLE), "--on", "yesterday")

    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_missing_file_exits_2() -> None:
    """A file that does not exist is reported as unloadable."""
    done = _run("check", "no/such/file.json", "--lang", "en")

    assert done.returncode == 2
    assert "unreadable_file" in done.stdout


def test_rules_lists_catalogue() -> None:
    """``rules`` lists every rule, in text and JSON."""
    from wspolpraca import CATALOGUE

    text = _run("rules", "--lang", "en")
    data = json.loads(_run("rules", "--format", "json").stdout)

    assert all(rule.code in text.stdout for rule in CATALOGUE)
    assert [rule["code"] for rule in data["rules"]] == [rule.code for rule in CATALOGUE]


def test_version_and_help() -> None:
    """``--version`` prints the version; no command prints help and exits 2."""
    assert _run("--version").stdout.startswith("wspolpraca ")
    assert _run().returncode == 2


def test_main_in_process() -> None:
    """``main`` can be called in process with an output stream."""
    import io

    from wspolpraca.cli import main

    out = io.StringIO()

    assert main(["rules", "--on", "2005-01-01"], stdout=out) == 0
    assert "WSP-PRG-005" in out.getvalue()  # art. 4 ust. 1, in force since 2003
    assert "WSP-PRG-003" not in out.getvalue()  # art. 5a, only from 12 March 2010
    assert "WSP-PRG-001" not in out.getvalue()


def test_history_flag_checks_documents_together() -> None:
    """``--history`` adds a combined check of the loaded documents (WSP-HST rules)."""
    names = ["krakow-2015-annual.json", "krakow-2021-annual.json"]
    done = _run(
        "check",
        *(str(ROOT / "examples" / n) for n in names),
        "--history",
        "--lang",
        "en",
        "--format",
        "json",
    )

    report = json.loads(done.stdout)
    history = report["files"][-1]
    assert history["file"] == "(programme history)"
    assert {f["code"] for f in history["findings"]} == {"WSP-HST-001"}
    assert done.returncode == 0


def test_history_of_different_units_is_unloadable(tmp_path: Path) -> None:
    """``--history`` over two municipalities reports the history as unloadable, exit 2."""
    other = json.loads((ROOT / "examples" / "krakow-2015-annual.json").read_text("utf-8"))
    other["unit"] = {"name": "Wieliczka", "teryt": "1219063", "level": "municipality"}
    path = tmp_path / "wieliczka.json"
    path.write_text(json.dumps(other), "utf-8")

    done = _run("check", str(EXAMPLE), str(path), "--history", "--lang", "en", "--format", "json")

    history = json.loads(done.stdout)["files"][-1]
    assert history["file"] == "(programme history)"
    assert history["status"] == "unloadable"
    assert [error["path"] for error in history["errors"]] == ["$.documents[1].unit.teryt"]
    assert done.returncode == 2


DOSSIER = ROOT / "examples" / "dossier-krakow-2021"


def _dossier_dir(tmp_path: Path, *, window_end: str) -> Path:
    """A copy of the Kraków programme and its consultation round, the window ending on *window_end*."""
    for name in ("programme-2021.json", "consultation-2021.json"):
        (tmp_path / name).write_text((DOSSIER / name).read_text("utf-8"), "utf-8")
    round_ = json.loads((tmp_path / "consultation-2021.json").read_text("utf-8"))
    round_["window"]["end"] = window_end
    (tmp_path / "consultation-2021.json").write_text(json.dumps(round_), "utf-8")
    return tmp_path


def test_dossier_flag_checks_the_example_clean() -> None:
    """``check --dossier DIR`` checks each file, then the dossier, which has no finding: exit 0."""
    done = _run("check", "--dossier", str(DOSSIER), "--format", "json", "--lang", "en")

    report = json.loads(done.stdout)
    assert [Path(entry["file"]).name for entry in report["files"][:-1]] == sorted(
        path.name for path in DOSSIER.glob("*.json")
    )
    dossier = report["files"][-1]
    assert dossier["file"] == "(the unit's dossier)"
    assert dossier["findings"] == []
    assert done.returncode == 0


def test_dossier_finding_names_the_document_and_path(tmp_path: Path) -> None:
    """A cross-document error is located at the file and the path inside it, and exits 1."""
    directory = _dossier_dir(tmp_path, window_end="2020-11-25")

    text = _run("check", "--dossier", str(directory), "--lang", "en")
    data = _run("check", "--dossier", str(directory), "--format", "json")

    where = f"{directory / 'programme-2021.json'}:$.resolution.adopted_on"
    assert "error WSP-DOS-002: the programme for 2021 was adopted on 2020-11-25" in text.stdout
    assert f"@ {where} (art. 5a(1))" in text.stdout
    finding = json.loads(data.stdout)["files"][-1]["findings"][0]
    assert finding["code"] == "WSP-DOS-002"
    assert finding["path"] == "$.documents[1].resolution.adopted_on"
    assert finding["document"] == str(directory / "programme-2021.json")
    assert finding["document_path"] == "$.resolution.adopted_on"
    assert "(dossier jednostki)" in data.stdout
    assert text.returncode == data.returncode == 1


def test_dossier_of_different_units_is_unloadable(tmp_path: Path) -> None:
    """``--dossier`` over two municipalities names the other unit's file, and exits 2."""
    other = json.loads((DOSSIER / "report-2021.json").read_text("utf-8"))
    other["unit"] = {"name": "Wieliczka", "teryt": "1219063", "level": "municipality"}
    path = tmp_path / "wieliczka.json"
    path.write_text(json.dumps(other), "utf-8")

    done = _run("check", "--dossier", str(DOSSIER), str(path), "--lang", "en")

    assert f"{path}:$.unit.teryt: the documents of a history belong to different units" in (
        done.stdout
    )
    assert done.returncode == 2


def test_dossier_and_history_exclude_each_other() -> None:
    """``--dossier`` and ``--history`` together are a usage error, exit 2."""
    done = _run("check", "--dossier", "--history", str(DOSSIER))

    assert "not allowed with argument" in done.stderr
    assert done.returncode == 2


class TestHelpAndLanguage:
    """Help in the output's language, exit codes in the help, no English in Polish output."""

    @staticmethod
    def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
        from wspolpraca.cli import main

        with pytest.raises(SystemExit, match="0"):
            main([*argv, "--help"])
        return capsys.readouterr().out

    def test_help_is_polish_by_default(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--help`` speaks Polish, as the output does, and names the exit codes."""
        text = self._help(capsys)

        assert "użycie: wspolpraca" in text
        assert "pokaż tę pomoc i zakończ" in text
        assert "sprawdź dokumenty według reguł" in text
        assert "kody wyjścia:\n  0  bez błędów" in text
        assert "--lang en" in text
        assert "show this help" not in text
        assert "usage:" not in text

    def test_help_in_english_with_lang_en(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--lang en`` anywhere on the command line gives the English help."""
        text = self._help(capsys, "check", "--lang", "en")

        assert "usage: wspolpraca check" in text
        assert "check on N processes" in text
        assert "exit codes:\n  0  no finding is an error\n  1  one is\n  2  " in text

    @pytest.mark.parametrize(
        "command",
        [
            "check",
            "rules",
            "calendar",
            "report",
            "schema",
            "upgrade",
            "import",
            "export",
            "template",
        ],
    )
    def test_every_command_lists_its_exit_codes(
        self, capsys: pytest.CaptureFixture[str], command: str
    ) -> None:
        """Each command's help ends with its exit codes, in Polish."""
        text = self._help(capsys, command)

        assert "kody wyjścia:\n  0  " in text
        assert "opcje:" in text

    def test_every_help_text_has_a_translation(self) -> None:
        """Every help text of the parser, in every command, has its Polish text."""
        from wspolpraca import _cli_help
        from wspolpraca._cli_parser import _parser

        assert _cli_help.untranslated(_parser()) == []

    def test_rules_on_help_speaks_of_rules(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``rules --on`` is described as filtering rules, not as a document's date."""
        text = self._help(capsys, "rules", "--lang", "en")

        assert "list only the rules in force on this date" in text
        assert "relevant date" not in text

    @pytest.mark.parametrize("command", ["export", "import"])
    @pytest.mark.parametrize(
        "option", [("--format", "json"), ("--profile", "krakow"), ("--on", "2021-01-01")]
    )
    def test_import_export_refuse_options_they_ignore(
        self, capsys: pytest.CaptureFixture[str], command: str, option: tuple[str, str]
    ) -> None:
        """``export`` and ``import`` refuse ``--format``, ``--profile`` and ``--on`` (in Polish)."""
        from wspolpraca.cli import main

        files = [str(EXAMPLE), "out.xlsx"] if command == "export" else ["in.xlsx"]
        with pytest.raises(SystemExit, match="2"):
            main([command, *files, *option])

        err = capsys.readouterr().err
        assert f"wspolpraca: błąd: nieznane argumenty: {' '.join(option)}\n" in err

    def test_rules_confidence_in_polish(self) -> None:
        """``rules`` names each value's confidence in Polish, not with the English code."""
        import io

        from wspolpraca.cli import main

        out = io.StringIO()
        main(["rules"], stdout=out)

        text = out.getvalue()
        assert "; potwierdzone]" in text
        assert "; źródło wtórne]" in text
        assert not any(word in text for word in ("confirmed]", "secondary]"))

    def test_missing_calendar_extra_in_polish(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without icalendar, ``calendar --format ics`` says in Polish which extra to install."""
        import io

        from wspolpraca.cli import main

        monkeypatch.setitem(sys.modules, "icalendar", None)
        out = io.StringIO()

        code = main(["calendar", "2027", "--format", "ics"], stdout=out)

        assert code == 2
        assert "zainstaluj dodatek: pip install 'wspolpraca[calendar]'" in out.getvalue()
        assert "install the extra" not in out.getvalue()

    def test_missing_xlsx_extra_in_polish(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """Without openpyxl, ``export`` says in Polish which extra to install."""
        import io

        from wspolpraca.cli import main

        monkeypatch.setitem(sys.modules, "openpyxl", None)
        out = io.StringIO()

        code = main(["export", str(EXAMPLE), str(tmp_path / "x.xlsx")], stdout=out)

        assert code == 2
        assert "zainstaluj dodatek: pip install 'wspolpraca[xlsx]'" in out.getvalue()


def test_check_imports_only_what_it_uses() -> None:
    """``wspolpraca check`` on one programme imports no spreadsheet, calendar, report, schema,
    migration, profile, comparison or process-pool code, nor the other kinds' rules."""
    code = (
        "import io, sys; from wspolpraca import cli;"
        f"cli.main(['check', {str(EXAMPLE)!r}], stdout=io.StringIO());"
        "print(*sorted(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    modules = set(done.stdout.split())
    assert "wspolpraca.rules.programme" in modules
    unused = {
        "wspolpraca.spreadsheet",
        "wspolpraca.calendar",
        "wspolpraca.html_report",
        "wspolpraca.schema",
        "wspolpraca.migrations",
        "wspolpraca.profiles",
        "wspolpraca.comparison",
        "wspolpraca.rules.competition",
        "multiprocessing",
        "openpyxl",
    }
    assert not unused & modules


class TestParserPerCommand:
    """The parser declares only the options of the command that runs, and nothing changes."""

    COMMANDS = (
        "check",
        "rules",
        "calendar",
        "report",
        "schema",
        "upgrade",
        "import",
        "export",
        "template",
        "compare",
    )

    @staticmethod
    def _subparser(parser: object, name: str) -> Any:
        import argparse

        assert isinstance(parser, argparse.ArgumentParser)
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return action.choices[name]

    @pytest.mark.parametrize("lang", ["pl", "en"])
    @pytest.mark.parametrize("command", COMMANDS)
    def test_a_command_help_is_the_same_declared_alone(self, command: str, lang: str) -> None:
        """A command's help (and so its options) is the same whether the parser declared
        every command or only that one; so is the main help."""
        from wspolpraca import _cli_help
        from wspolpraca._cli_parser import _parser

        alone, full = _parser(command), _parser()
        for parser in (alone, full):
            _cli_help.localize(parser, lang)  # type: ignore[arg-type]

        assert alone.format_help() == full.format_help()
        assert (
            self._subparser(alone, command).format_help()
            == self._subparser(full, command).format_help()
        )

    def test_check_declares_no_other_command_options(self) -> None:
        """``check`` declares its own options only: the other commands stay bare."""
        from wspolpraca._cli_parser import _parser

        parser = _parser("check")

        assert len(self._subparser(parser, "check")._actions) > 5
        assert [len(self._subparser(parser, name)._actions) for name in ("rules", "report")] == [
            1,  # -h only
            1,
        ]

    @pytest.mark.parametrize(
        ("argv", "command"),
        [
            (["check", "a.json"], "check"),
            (["--version"], None),
            (["--version", "rules", "--on", "2020-01-01"], "rules"),
            ([], None),
        ],
    )
    def test_command_of(self, argv: list[str], command: str | None) -> None:
        """The command is the first word of the command line that is not an option."""
        from wspolpraca._cli_parser import command_of

        assert command_of(argv) == command

    def test_check_on_keeps_its_own_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``check --on`` is described as the law's date, not as rules' filter (rules adapts
        its own copy of the shared option)."""
        text = TestHelpAndLanguage._help(capsys, "check", "--lang", "en")

        assert "apply the law in force on this date" in text
        assert "list only the rules" not in text


@pytest.mark.parametrize("columns", [None, "100", "0", "-3", "wide"])
def test_help_width_is_shutil_s(monkeypatch: pytest.MonkeyPatch, columns: str | None) -> None:
    """The help's width is what argparse measures through shutil, which is not imported."""
    import shutil

    from wspolpraca import _cli_help

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)

    assert _cli_help._columns() == shutil.get_terminal_size().columns


def test_export_to_csv_over_a_file_is_a_located_error(tmp_path: Path) -> None:
    """Exporting CSV files where a plain file stands is unwritable_file and exit 2, no traceback."""
    target = tmp_path / "afile"
    target.write_text("kept", "utf-8")
    import io

    from wspolpraca.cli import main

    out = io.StringIO()

    code = main(["export", str(EXAMPLE), str(target), "--lang", "en"], stdout=out)

    assert code == 2
    assert out.getvalue().startswith(f"{target}:$: ")
    assert out.getvalue().rstrip().endswith("[unwritable_file]")
    assert target.read_text("utf-8") == "kept"
