"""
Checking many documents: files, directories and JSON Lines, streamed, on several processes.

Work is read lazily and handed to workers in bounded chunks, so memory does not grow with
the number of documents; results come back in input order. Each worker loads its own
profile once. Everything that crosses a process boundary is plain data.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import attrs

from ._text import Lang, Text
from .errors import DocumentError, ValidationErrors
from .rules import CheckResult, Severity, check
from .serialization import DEFAULT_MAX_BYTES, load_file, loads

_IN_FLIGHT_PER_JOB = 256
"""Items read ahead but not yet reported, per worker: bounds memory, keeps workers busy."""

_CHUNK = 16
"""Items sent to a worker in one message (fewer, larger messages cost less)."""


@attrs.frozen
class Settings:
    """How to check: the command line's options, as plain, picklable data."""

    lang: Lang = "pl"
    on: dt.date | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    profile: str | None = None
    keep_documents: bool = False
    severities: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class Item:
    """One document to check: a file path, or text read from a JSON Lines file or stdin."""

    name: str
    text: bytes | None = None


@attrs.frozen
class Outcome:
    """The result of one document, ready to print."""

    name: str
    status: str
    on: str | None
    findings: tuple[dict[str, object], ...]
    errors: tuple[dict[str, object], ...]
    error_finding: bool
    lines: tuple[str, ...] = ()
    document: Any = attrs.field(default=None, eq=False)

    def as_dict(self) -> dict[str, object]:
        """The JSON report entry."""
        out: dict[str, object] = {"file": self.name, "status": self.status}
        if self.status == "unloadable":
            out["errors"] = list(self.errors)
        else:
            out["on"] = self.on
            out["findings"] = list(self.findings)
        return out


def iter_items(arguments: Iterable[str]) -> Iterator[Item]:
    """
    The documents named by *arguments*: files, ``-`` (standard input), directories
    (every ``*.json`` and ``*.jsonl`` below, sorted) and JSON Lines files (one document a line,
    named ``file:line``). Nothing is read before it is needed.
    """
    for argument in arguments:
        if argument == "-":
            yield Item("-", sys.stdin.buffer.read())
            continue
        path = Path(argument)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix in {".json", ".jsonl"} and child.is_file():
                    yield from _file_items(child)
        else:
            yield from _file_items(path)


def _file_items(path: Path) -> Iterator[Item]:
    if path.suffix != ".jsonl":
        yield Item(str(path))
        return
    try:
        stream = path.open("rb")
    except OSError:
        yield Item(str(path))  # load_file reports it as unreadable
        return
    with stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield Item(f"{path}:{number}", line)


_PROFILE_CACHE: dict[str, Any] = {}


def _profile(name: str | None) -> Any:
    if name is None:
        return None
    if name not in _PROFILE_CACHE:
        from .profiles import load_profile  # noqa: PLC0415 - only when asked for

        _PROFILE_CACHE[name] = load_profile(name)
    return _PROFILE_CACHE[name]


def is_workbook(name: str) -> bool:
    """Whether *name* is an Excel workbook (read through :mod:`wspolpraca.spreadsheet`)."""
    return name.lower().endswith((".xlsx", ".xlsm"))


def _load(item: Item) -> Any:
    if item.text is None:
        return load_file(item.name)
    if len(item.text) > DEFAULT_MAX_BYTES:
        error = DocumentError(
            "too_large", params={"size": len(item.text), "limit": DEFAULT_MAX_BYTES}
        )
        raise ValidationErrors("the document cannot be loaded", [error])
    return loads(item.text)


def check_item(item: Item, settings: Settings) -> Outcome:
    """Load and check one document; never raises for bad input."""
    if item.text is None and is_workbook(item.name):
        return _check_workbook(item, settings)
    try:
        document = _load(item)
    except ValidationErrors as group:
        return Outcome(
            name=item.name,
            status="unloadable",
            on=None,
            findings=(),
            errors=tuple(error.as_dict(settings.lang) for error in group.errors),
            error_finding=False,
            lines=tuple(
                f"{item.name}:{error.jsonpath}: {error.message(settings.lang)} [{error.code}]"
                for error in group.errors
            ),
        )
    result = check(
        document,
        on=settings.on,
        select=settings.select,
        ignore=settings.ignore,
        profile=_profile(settings.profile),
        severities={code: Severity(level) for code, level in settings.severities},
    )
    return outcome_of(item.name, result, settings, document)


def outcome_of(name: str, result: CheckResult, settings: Settings, document: Any) -> Outcome:
    """The printable outcome of a check."""
    return Outcome(
        name=name,
        status="ok" if result.ok else "errors",
        on=result.on.isoformat(),
        findings=tuple(finding.as_dict(settings.lang) for finding in result),
        errors=(),
        error_finding=not result.ok,
        lines=tuple(finding.describe(settings.lang) for finding in result),
        document=document if settings.keep_documents else None,
    )


def _check_workbook(item: Item, settings: Settings) -> Outcome:
    """Check a workbook: load errors and findings name their sheet, row and column, and
    repeated problems of one code in one column are folded into one line."""
    from .spreadsheet import (  # noqa: PLC0415 - needs the xlsx extra
        SpreadsheetErrors,
        group_problems,
        import_workbook,
        locate_findings,
    )

    lang = settings.lang
    try:
        imported = import_workbook(item.name)
    except ImportError as exc:
        return Outcome(
            name=item.name,
            status="unloadable",
            on=None,
            findings=(),
            errors=({"code": "missing_extra", "message": str(exc)},),
            error_finding=False,
            lines=(f"{item.name}: {exc}",),
        )
    except SpreadsheetErrors as group:
        return Outcome(
            name=item.name,
            status="unloadable",
            on=None,
            findings=(),
            errors=tuple(problem.as_dict(lang) for problem in group.located),
            error_finding=False,
            lines=tuple(f"{item.name}:{g.describe(lang)}" for g in group_problems(group.located)),
        )
    result = check(
        imported.document,
        on=settings.on,
        select=settings.select,
        ignore=settings.ignore,
        profile=_profile(settings.profile),
        severities={code: Severity(level) for code, level in settings.severities},
    )
    located = locate_findings(result, imported)
    lines = [
        f"{Severity(found.first.severity).label(lang)} {item.name}:{found.describe(lang)}"
        for found in group_problems(located)
    ]
    return Outcome(
        name=item.name,
        status="ok" if result.ok else "errors",
        on=result.on.isoformat(),
        findings=tuple(problem.as_dict(lang) for problem in located),
        errors=(),
        error_finding=not result.ok,
        lines=tuple(lines),
        document=imported.document if settings.keep_documents else None,
    )


_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS  # noqa: PLW0603 - one value per worker process
    _WORKER_SETTINGS = settings


def _check_in_worker(item: Item) -> Outcome:
    assert _WORKER_SETTINGS is not None  # noqa: S101 - set by the initializer
    return check_item(item, _WORKER_SETTINGS)


def run(items: Iterable[Item], settings: Settings, jobs: int = 1) -> Iterator[Outcome]:
    """Check *items* in order, on *jobs* processes (1: in this process)."""
    if jobs <= 1 or settings.keep_documents:
        for item in items:
            yield check_item(item, settings)
        return
    context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    # The pool's feeder thread reads items as fast as it can; the semaphore stops it once
    # a bounded number are in flight, so memory stays flat while the workers never wait.
    in_flight = threading.BoundedSemaphore(_IN_FLIGHT_PER_JOB * jobs)

    def bounded() -> Iterator[Item]:
        for item in items:
            in_flight.acquire()
            yield item

    with context.Pool(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        for outcome in pool.imap(_check_in_worker, bounded(), chunksize=_CHUNK):
            in_flight.release()
            yield outcome


_SUMMARY = {
    "head": Text(pl="podsumowanie", en="summary"),
    "documents": Text(pl="dokumenty: {count}", en="documents: {count}"),
    "unloadable": Text(pl="niewczytane: {count}", en="cannot be loaded: {count}"),
    "with_errors": Text(pl="z błędami: {count}", en="with errors: {count}"),
    "findings": Text(pl="wyniki według reguł", en="findings by rule"),
}


@attrs.define
class Summary:
    """Counts over a batch."""

    documents: int = 0
    unloadable: int = 0
    with_errors: int = 0
    by_code: Counter[str] = attrs.field(factory=Counter)

    def add(self, outcome: Outcome) -> None:
        """Count *outcome*."""
        self.documents += 1
        self.unloadable += outcome.status == "unloadable"
        self.with_errors += outcome.error_finding
        self.by_code.update(str(finding["code"]) for finding in outcome.findings)

    def as_dict(self) -> dict[str, object]:
        """The JSON summary."""
        return {
            "documents": self.documents,
            "unloadable": self.unloadable,
            "with_errors": self.with_errors,
            "findings_by_code": dict(sorted(self.by_code.items())),
        }

    def write(self, out: TextIO, lang: Lang) -> None:
        """Print the summary as text."""
        parts = [
            _SUMMARY["documents"].format(lang, {"count": self.documents}),
            _SUMMARY["with_errors"].format(lang, {"count": self.with_errors}),
            _SUMMARY["unloadable"].format(lang, {"count": self.unloadable}),
        ]
        out.write(f"{_SUMMARY['head'](lang)}: {', '.join(parts)}\n")
        if self.by_code:
            codes = ", ".join(f"{code} ×{count}" for code, count in sorted(self.by_code.items()))
            out.write(f"  {_SUMMARY['findings'](lang)}: {codes}\n")


class Progress:
    """A one-line progress count on a terminal's standard error, after the first second."""

    def __init__(self, stream: TextIO | None = None, *, lang: Lang = "pl") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() and os.environ.get("TERM") != "dumb"
        self.start = time.monotonic()
        self.last = 0.0
        self.count = 0
        self.label = Text(pl="sprawdzono dokumentów", en="documents checked")(lang)

    def tick(self) -> None:
        """Count one document and redraw at most five times a second."""
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.start > 1 and now - self.last > 0.2:
            self.stream.write(f"\r{self.label}: {self.count}")
            self.stream.flush()
            self.last = now

    def close(self) -> None:
        """Clear the line if anything was drawn."""
        if self.enabled and self.last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
