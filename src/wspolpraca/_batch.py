"""
Checking many documents: files, directories and JSON Lines, streamed, on several processes.

Work is read lazily and handed to workers in bounded units, so memory does not grow with
the number of documents; results come back in input order. Each worker loads its own
profile once. Everything that crosses a process boundary is plain data, and as little of it
as possible: a run of JSON Lines travels as a byte range the worker reads itself, and a unit's
result comes back as its rendered report text and its counts (:class:`Report`). The parent
process runs no helper threads: its main thread hands out units and writes what comes back,
so nearly all of the processor time goes to the workers.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import mmap
import os
import stat
import sys
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal, TextIO

import attrs

from ._guard import internal_error
from ._io import document_files, too_large
from ._pool import UNIT_DOCUMENTS, groups, parallel
from ._progress import Progress as Progress  # noqa: PLC0414 - re-exported
from ._progress import count_documents as count_documents  # noqa: PLC0414 - re-exported
from ._text import Lang, Text
from .errors import ValidationError, ValidationErrors
from .rules import CheckResult, Severity, check
from .serialization import DEFAULT_MAX_BYTES, load_file, loads

_UNIT_DOCUMENTS = UNIT_DOCUMENTS

_UNIT_BYTES = 1 << 20
"""A run of JSON Lines ends at the first line end after this many bytes."""

_READ_BLOCK = 1 << 20
"""Bytes read at a time while finding the line ends of a JSON Lines stream (not a file)."""


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

    @classmethod
    def unloadable(
        cls, name: str, *, errors: tuple[dict[str, object], ...], lines: tuple[str, ...]
    ) -> Outcome:
        """The outcome of a document that could not be loaded: its errors, no findings."""
        return cls(
            name=name,
            status="unloadable",
            on=None,
            findings=(),
            errors=errors,
            error_finding=False,
            lines=lines,
        )

    @classmethod
    def of_errors(cls, name: str, errors: Iterable[ValidationError], lang: Lang) -> Outcome:
        """The outcome of a document that could not be loaded because of *errors*."""
        found = tuple(errors)
        return cls.unloadable(
            name,
            errors=tuple(error.as_dict(lang) for error in found),
            lines=tuple(error_line(name, error, lang) for error in found),
        )

    def as_dict(self) -> dict[str, object]:
        """The JSON report entry."""
        out: dict[str, object] = {"file": self.name, "status": self.status}
        if self.status == "unloadable":
            out["errors"] = list(self.errors)
        else:
            out["on"] = self.on
            out["findings"] = list(self.findings)
        return out


def error_line(name: str, error: ValidationError, lang: Lang) -> str:
    """*error* of the file *name* as the command line prints it: ``file:path: message [code]``."""
    return f"{name}:{error.jsonpath}: {error.message(lang)} [{error.code}]"


def iter_items(arguments: Iterable[str]) -> Iterator[Item]:
    """
    The documents named by *arguments*: files, ``-`` (standard input), directories
    (every ``*.json`` and ``*.jsonl`` below, sorted) and JSON Lines files (one document a line,
    named ``file:line``). Nothing is read before it is needed.
    """
    for argument in arguments:
        if argument == "-":
            yield _stdin_item()
            continue
        for child in document_files(argument):
            yield from _file_items(child)


def _stdin_item() -> Item:
    """Standard input as one document, read no further than one byte over the size limit."""
    return Item("-", sys.stdin.buffer.read(DEFAULT_MAX_BYTES + 1))


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
        yield from _bounded_lines(str(path), stream, 1)


def _bounded_lines(
    name: str, stream: BinaryIO, first: int, size: int | None = None
) -> Iterator[Item]:
    """
    The non-blank lines of *stream* (*size* bytes of it; ``None``: to its end) as documents
    named ``name:line`` from line number *first*. A line over the size limit is not read
    whole: it stops one byte over the limit, which :func:`_load` refuses as too large.
    """
    left = -1 if size is None else size
    number = first
    while left:
        line = stream.readline(
            DEFAULT_MAX_BYTES + 1 if left < 0 else min(left, DEFAULT_MAX_BYTES + 1)
        )
        if not line:
            return
        left -= len(line) if left > 0 else 0
        overlong = not line.endswith(b"\n") and len(line) > DEFAULT_MAX_BYTES
        if overlong:
            left = _skip_line(stream, left)
        if overlong or line.strip():  # an overlong line may hold more than its white start
            yield Item(f"{name}:{number}", line)
        number += 1


def _skip_line(stream: BinaryIO, left: int) -> int:
    """Read past the rest of an overlong line; how many of *left* bytes remain (-1: no bound)."""
    while left:
        part = stream.readline(_READ_BLOCK if left < 0 else min(left, _READ_BLOCK))
        if not part:
            return 0
        left -= len(part) if left > 0 else 0
        if part.endswith(b"\n"):
            break
    return left


@attrs.frozen
class Lines:
    """
    A run of consecutive lines of a JSON Lines file: *size* bytes from byte *start*, the first
    of them line number *first*. *data* ``None`` means the worker reads the bytes from *path*
    itself (a regular file); otherwise they travel with the unit (a pipe cannot be read twice).
    """

    path: str
    first: int
    start: int
    size: int
    data: bytes | None = None

    def items(self) -> Iterator[Item]:
        """The documents of the run, named ``file:line``; blank lines are skipped."""
        if self.data is not None:
            yield from _bounded_lines(self.path, io.BytesIO(self.data), self.first)
            return
        try:
            stream = open(self.path, "rb")  # noqa: PTH123, SIM115 - a plain path string
        except OSError:
            # The file went away after it was listed: load_file reports it as unreadable.
            yield Item(self.path)
            return
        with stream:
            stream.seek(self.start)
            yield from _bounded_lines(self.path, stream, self.first, self.size)


Unit = Lines | tuple[Item, ...]
"""One message to a worker: a run of JSON Lines, or a few documents named or read whole."""


def iter_units(arguments: Iterable[str]) -> Iterator[Unit]:
    """
    The documents named by *arguments*, as :func:`iter_items` finds them, in units of work:
    up to :data:`_UNIT_DOCUMENTS` files at a time, and JSON Lines files as runs of whole lines
    (byte ranges of a memory-mapped file, or bytes read from a pipe) that are split into
    documents only where they are checked.
    """
    batch: list[Item] = []
    for argument in arguments:
        if argument == "-":
            batch.append(_stdin_item())
            continue
        for child in document_files(argument):
            if child.suffix != ".jsonl":
                batch.append(Item(str(child)))
                if len(batch) >= _UNIT_DOCUMENTS:
                    yield tuple(batch)
                    batch = []
                continue
            if batch:
                yield tuple(batch)
                batch = []
            yield from _line_runs(child)
    if batch:
        yield tuple(batch)


def _line_runs(path: Path) -> Iterator[Unit]:
    try:
        stream = path.open("rb")
    except OSError:
        yield (Item(str(path)),)  # load_file reports it as unreadable
        return
    with stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            yield from _piped_runs(str(path), stream)
        elif os.fstat(stream.fileno()).st_size:
            # Mapped, not read: only the line ends are looked for here, nothing is copied.
            with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as view:
                position, first = 0, 1
                while position < len(view):
                    end, lines = _run_end(view, position, end_of_file=True)
                    yield Lines(str(path), first, position, end - position)
                    position, first = end, first + lines


def _piped_runs(name: str, stream: BinaryIO) -> Iterator[Unit]:
    """Runs of a stream that cannot be read twice: each carries its bytes."""
    buffer = b""
    offset = 0  # where buffer starts in the stream
    first = 1  # the number of buffer's first line
    while True:
        block = stream.read(_READ_BLOCK)
        buffer = buffer + block if buffer else block
        end_of_file = not block
        position = 0
        while True:
            end, lines = _run_end(buffer, position, end_of_file=end_of_file)
            if end == position:
                break
            yield Lines(name, first, offset + position, end - position, buffer[position:end])
            position, first = end, first + lines
        buffer = buffer[position:]
        offset += position
        if end_of_file:
            return
        tail = buffer.rfind(b"\n") + 1  # where the unfinished last line starts
        if len(buffer) - tail > DEFAULT_MAX_BYTES:
            # A line over the size limit: its first limit + 1 bytes stand for it (refused as too
            # large where it is checked), and the rest of it is skipped, never held in memory.
            if tail:
                yield Lines(name, first, offset, tail, buffer[:tail])
                first += buffer.count(b"\n", 0, tail)
            yield Lines(
                name,
                first,
                offset + tail,
                DEFAULT_MAX_BYTES + 1,
                buffer[tail:][: DEFAULT_MAX_BYTES + 1],
            )
            rest, skipped, end_of_file = _skip_to_line_end(stream)
            offset += len(buffer) + skipped
            first += 1
            buffer = rest
            if end_of_file and not buffer:
                return


def _skip_to_line_end(stream: BinaryIO) -> tuple[bytes, int, bool]:
    """Read past the end of the current line: what follows it, the bytes skipped, end of file."""
    skipped = 0
    while block := stream.read(_READ_BLOCK):
        newline = block.find(b"\n")
        if newline >= 0:
            return block[newline + 1 :], skipped + newline + 1, False
        skipped += len(block)
    return b"", skipped, True


def _run_end(buffer: bytes | mmap.mmap, position: int, *, end_of_file: bool) -> tuple[int, int]:
    """
    Where the run of lines starting at *position* ends, and how many line ends it has;
    *position* if more must be read first.
    """
    end = position
    for lines in range(_UNIT_DOCUMENTS):
        newline = buffer.find(b"\n", end)
        if newline < 0:
            # The last line of a file need not end with a line end; otherwise read on.
            return (len(buffer), lines) if end_of_file else (position, 0)
        end = newline + 1
        if end - position >= _UNIT_BYTES:
            return end, lines + 1
    return end, _UNIT_DOCUMENTS


OUTCOME_TEXTS = {
    "ok": Text(pl="bez błędów", en="no errors"),
    "summary": Text(
        pl="błędy: {errors}, ostrzeżenia: {warnings}, informacje: {infos}; prawo na dzień {on}",
        en="errors: {errors}, warnings: {warnings}, info: {infos}; law as of {on}",
    ),
    "unloadable": Text(
        pl="nie można wczytać dokumentu (problemy: {count})",
        en="the document cannot be loaded (problems: {count})",
    ),
}
"""The words of a document's text report (also used by the command line)."""

JSON_SEPARATOR = ",\n    "
"""What separates two entries of the JSON report's ``files`` list."""


def render(outcome: Outcome, *, as_json: bool, lang: Lang) -> str:
    """
    The report of one document: its JSON entry (without a separator), or its text lines,
    each ending with a line end.
    """
    if as_json:
        return json.dumps(outcome.as_dict(), ensure_ascii=False)
    if outcome.status == "unloadable":
        head = OUTCOME_TEXTS["unloadable"].format(lang, {"count": len(outcome.errors)})
        return f"{outcome.name}: {head}\n" + "".join(f"{line}\n" for line in outcome.lines)
    counts = Counter(str(finding["severity"]) for finding in outcome.findings)
    summary = OUTCOME_TEXTS["summary"].format(
        lang,
        {
            "errors": counts["error"],
            "warnings": counts["warning"],
            "infos": counts["info"],
            "on": outcome.on,
        },
    )
    head = "" if outcome.error_finding else OUTCOME_TEXTS["ok"](lang) + "; "
    return f"{outcome.name}: {head}{summary}\n" + "".join(f"  {line}\n" for line in outcome.lines)


@attrs.frozen
class Report:
    """
    What checking a unit of work gives back: the rendered reports of its documents, in order
    (JSON entries joined by :data:`JSON_SEPARATOR`, or text), and their counts. Nothing else
    crosses the process boundary, so the parent process has little to do per document.
    """

    text: str
    summary: Summary


def check_unit(unit: Unit, settings: Settings, *, as_json: bool = False) -> Report:
    """Check every document of *unit* (see :func:`check_item`) and render their reports."""
    items = unit.items() if isinstance(unit, Lines) else unit
    summary = Summary()
    parts = []
    needs: _Needs = "json" if as_json else "text"
    for item in items:
        outcome = check_item(item, settings, needs=needs)
        summary.add(outcome)
        parts.append(render(outcome, as_json=as_json, lang=settings.lang))
    return Report(JSON_SEPARATOR.join(parts) if as_json else "".join(parts), summary)


def run_reports(
    units: Iterable[Unit], settings: Settings, *, as_json: bool = False, jobs: int = 1
) -> Generator[Report, None, None]:
    """
    Check *units* in order on *jobs* processes (1: in this process); one :class:`Report` per
    unit. ``settings.keep_documents`` is not honoured here: reports carry no documents
    (use :func:`run`).
    """
    if jobs <= 1:
        for unit in units:
            yield check_unit(unit, settings, as_json=as_json)
        return
    work = functools.partial(check_unit, settings=settings, as_json=as_json)
    yield from parallel(units, work, jobs, size=_carried)


def _carried(unit: Unit) -> int:
    """
    About the bytes *unit* carries to its worker: its text and its names (a run the worker
    reads itself carries only its path), so that units of long paths count too.
    """
    if isinstance(unit, Lines):
        return len(unit.data or b"") + len(unit.path)
    return sum(len(item.text or b"") + len(item.name) for item in unit)


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
    # Other spreadsheet formats go the same way, to be refused by name rather than as JSON.
    return name.lower().endswith((".xlsx", ".xlsm", ".ods", ".xls", ".numbers"))


def _load(item: Item) -> Any:
    if item.text is None:
        return load_file(item.name)
    if len(item.text) > DEFAULT_MAX_BYTES:
        # Read bounded (:func:`_bounded_lines`, :func:`~wspolpraca._io.read_stream`): the
        # text stops one byte over the limit, so its whole size is not known.
        raise ValidationErrors("the document cannot be loaded", [too_large(DEFAULT_MAX_BYTES)])
    return loads(item.text)


_Needs = Literal["all", "text", "json"]
"""What of a document's outcome will be used: everything, or only what one report format prints."""


def check_item(item: Item, settings: Settings, *, needs: _Needs = "all") -> Outcome:
    """
    Load and check one document; never raises: bad input is reported as the document's
    errors, and so is any unexpected exception (``internal_error``), so that one document
    never costs the others their results. *needs* ``"text"`` or ``"json"`` leaves out of
    a loaded document's outcome what that report format does not print (see
    :func:`outcome_of`).
    """
    try:
        return _check_item(item, settings, needs)
    except Exception as exc:  # noqa: BLE001 - a defect must not abort the batch
        return Outcome.of_errors(item.name, [internal_error(exc)], settings.lang)


def _check_item(item: Item, settings: Settings, needs: _Needs = "all") -> Outcome:
    if item.text is None and is_workbook(item.name):
        return _check_workbook(item, settings)
    try:
        document = _load(item)
    except ValidationErrors as group:
        return Outcome.of_errors(item.name, group.errors, settings.lang)
    result = check(
        document,
        on=settings.on,
        select=settings.select,
        ignore=settings.ignore,
        profile=_profile(settings.profile),
        severities={code: Severity(level) for code, level in settings.severities},
    )
    return outcome_of(item.name, result, settings, document, needs=needs)


def outcome_of(
    name: str, result: CheckResult, settings: Settings, document: Any, *, needs: _Needs = "all"
) -> Outcome:
    """
    The printable outcome of a check. With *needs* ``"text"`` each finding's entry holds
    only its code and severity (all that the text report and the summary read) and with
    ``"json"`` there are no text lines: most of the work per finding is in the parts that
    one of the formats never prints.
    """
    lang = settings.lang
    findings: tuple[dict[str, object], ...] = (
        tuple({"code": f.code, "severity": f.severity.value} for f in result)
        if needs == "text"
        else tuple(finding.as_dict(lang) for finding in result)
    )
    return Outcome(
        name=name,
        status="ok" if result.ok else "errors",
        on=result.on.isoformat(),
        findings=findings,
        errors=(),
        error_finding=not result.ok,
        lines=() if needs == "json" else tuple(finding.describe(lang) for finding in result),
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
        return Outcome.unloadable(
            item.name,
            errors=({"code": "missing_extra", "message": str(exc)},),
            lines=(f"{item.name}: {exc}",),
        )
    except SpreadsheetErrors as group:
        return Outcome.unloadable(
            item.name,
            errors=tuple(problem.as_dict(lang) for problem in group.located),
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


def run(items: Iterable[Item], settings: Settings, jobs: int = 1) -> Iterator[Outcome]:
    """
    Check *items* in order, on *jobs* processes (1: in this process); one :class:`Outcome`
    per item. With ``settings.keep_documents`` the documents must come back, so the check
    runs in this process.
    """
    if jobs <= 1 or settings.keep_documents:
        for item in items:
            yield check_item(item, settings)
        return
    work = functools.partial(_check_items, settings=settings)
    for outcomes in parallel(groups(items), work, jobs, size=_carried):
        yield from outcomes


def _check_items(items: tuple[Item, ...], settings: Settings) -> tuple[Outcome, ...]:
    return tuple(check_item(item, settings) for item in items)


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

    def merge(self, other: Summary) -> None:
        """Add the counts of *other*."""
        self.documents += other.documents
        self.unloadable += other.unloadable
        self.with_errors += other.with_errors
        self.by_code.update(other.by_code)

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
