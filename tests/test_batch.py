"""Checking many documents: directories, JSON Lines, several processes, summaries."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import wspolpraca
from wspolpraca import _batch
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
