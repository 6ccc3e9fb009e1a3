"""
The command line: ``wspolpraca check``, ``rules``, ``calendar``, ``report``, ``schema``,
``upgrade``, ``import``, ``export`` and ``template``.

``check`` reads JSON documents, directories, JSON Lines files and Excel workbooks
(``.xlsx``); findings and load errors of a workbook name its sheet, row and column, and
repeated problems of one code in one column are folded into one line.

Exit codes of ``check`` and ``report``: 0 when no finding is an error, 1 when one is,
2 when a file cannot be loaded (every load error is listed as ``file:path: message``)
or the command line is wrong. ``calendar`` exits 0, or 2 when the iCalendar extra is missing.
Bad input never produces a Python traceback.

``wspolpraca schema KIND`` prints the JSON Schema of a document kind.
``wspolpraca upgrade FILE`` prints the document upgraded to the current schema version
and lists on standard error every value it could not carry over; it exits with 0 when
nothing was lost, 1 when something was, and 2 when the file cannot be upgraded or loaded.

.. versionadded:: 0.1
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import attrs

from . import _batch, _cli_help, _compare_cli
from ._cli_parser import _parser, command_of
from ._guard import internal_error
from ._io import atomic_path, check_target, read_input, write_atomic
from ._text import Lang, Text
from .errors import ValidationError, ValidationErrors, format_path
from .law import Confidence
from .rules import Severity, check
from .serialization import (
    DEFAULT_MAX_BYTES,
    _parse,
    dumps,
    load_file,
    loads,
    structure,
)

if TYPE_CHECKING:
    from ._model._history import ProgrammeHistory
    from .calendar import Deadline
    from .profiles import Profile
    from .rules import CheckResult

# A command imports what only it needs (calendars, reports, profiles, schemas, migrations,
# spreadsheets) when it runs, so that ``check`` starts without them.

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNLOADABLE = 2
EXIT_INTERRUPTED = 130
"""The shell's code for a process stopped by SIGINT (128 + 2)."""

_T = {
    "history": Text(pl="(historia programów)", en="(programme history)"),
    "dossier": Text(pl="(dossier jednostki)", en="(the unit's dossier)"),
    "report_what": Text(
        pl="podaj plik albo --dossier KATALOG (jedno z dwóch)",
        en="give a FILE or --dossier DIR (one of the two)",
    ),
    "planned": Text(pl=" (plan: okno od {start})", en=" (plan: window from {start})"),
    "unconfirmed_mark": Text(
        pl="* podstawa niepotwierdzona lub ze źródła wtórnego",
        en="* basis unconfirmed or from a secondary source",
    ),
    "upgraded": Text(pl="zaktualizowano: {steps}", en="upgraded: {steps}"),
    "no_form": Text(
        pl="{file}: --form wymaga oferty albo sprawozdania z wykonania zadania (task_offer, "
        "task_report), a dokument jest rodzaju {kind}",
        en="{file}: --form needs an offer or a task report (task_offer, task_report), "
        "but the document is a {kind}",
    ),
    "unloadable": _batch.OUTCOME_TEXTS["unloadable"],
}


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """
    Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code.

    *stdout* and *stderr* ``None`` mean the process's own streams.

    .. versionadded:: 0.1
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    words = sys.argv[1:] if argv is None else argv
    parser = _parser(command_of(words))
    _cli_help.localize(parser, _cli_help.requested_lang(words))
    args = parser.parse_args(argv)
    if args.version:
        from importlib.metadata import version  # noqa: PLC0415

        out.write(f"wspolpraca {version('wspolpraca')}\n")
        return EXIT_OK
    if args.command in _COMMANDS or args.command in ("schema", "upgrade", "compare"):
        return _run(args, out, err)
    parser.print_help(out)
    return EXIT_UNLOADABLE


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the command *args* name; whatever happens, the user sees no traceback."""
    command = _COMMANDS.get(args.command)
    try:
        if args.command == "compare":
            return _compare_cli.run(args, out, err)
        if command is not None:
            return command(args, out)
        return _schema_commands(args, out, err)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        # Ctrl+C: the user knows why it stopped; no traceback.
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - a defect is reported, never a traceback
        return _internal_failure(exc, getattr(args, "lang", "pl"), err)


def _internal_failure(exc: Exception, lang: Lang, err: TextIO) -> int:
    """Report an unexpected exception as the coded error ``internal_error``; exit 2."""
    error = internal_error(exc)
    err.write(f"wspolpraca: {error.message(lang)} [{error.code}]\n")
    return EXIT_UNLOADABLE


def _check(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    profile = _profile(args, out)
    if profile is _FAILED:
        return EXIT_UNLOADABLE
    settings = _batch.Settings(
        lang=lang,
        on=args.on,
        select=tuple(args.select) if args.select else None,
        ignore=tuple(args.ignore),
        profile=args.profile,
        keep_documents=args.history or args.dossier,
        severities=tuple(args.severity),
    )
    as_json = args.format == "json"
    summary = _batch.Summary()
    progress = _batch.Progress(lang=lang)
    if progress.enabled:
        progress.total = _batch.count_documents(args.files)
    documents: list[tuple[str, object]] = []
    if as_json:
        out.write('{\n  "files": [')
    if args.history or args.dossier:
        documents = _write_outcomes(args, settings, out, summary, progress)
    else:
        _write_reports(args, settings, out, summary, progress)
    progress.close()
    exit_code = (
        EXIT_UNLOADABLE if summary.unloadable else EXIT_FINDINGS if summary.with_errors else EXIT_OK
    )
    if args.history or args.dossier:
        together = _check_dossier if args.dossier else _check_history
        outcome, together_code = together(args, documents, settings)
        exit_code = max(exit_code, together_code)
        rendered = _batch.render(outcome, as_json=as_json, lang=lang)
        _write(out, rendered, summary.documents == 0, as_json=as_json)
    if as_json:
        summary_text = json.dumps(summary.as_dict(), ensure_ascii=False)
        out.write(f'\n  ],\n  "summary": {summary_text}\n}}\n')
    elif summary.documents > 1:
        summary.write(out, lang)
    return exit_code


def _write_outcomes(
    args: argparse.Namespace,
    settings: _batch.Settings,
    out: TextIO,
    summary: _batch.Summary,
    progress: _batch.Progress,
) -> list[tuple[str, object]]:
    """
    Check one outcome at a time: the history or dossier needs every document back in this
    process, with its name.
    """
    as_json = args.format == "json"
    documents: list[tuple[str, object]] = []
    for outcome in _batch.run(_batch.iter_items(args.files), settings, jobs=args.jobs):
        progress.tick()
        first = summary.documents == 0
        summary.add(outcome)
        if outcome.document is not None:
            documents.append((outcome.name, outcome.document))
        rendered = _batch.render(outcome, as_json=as_json, lang=settings.lang)
        _write(out, rendered, first, as_json=as_json)
    return documents


def _write_reports(
    args: argparse.Namespace,
    settings: _batch.Settings,
    out: TextIO,
    summary: _batch.Summary,
    progress: _batch.Progress,
) -> None:
    """Check in units: workers send back rendered text and counts; this process writes them."""
    as_json = args.format == "json"
    units = _batch.iter_units(args.files)
    for report in _batch.run_reports(units, settings, as_json=as_json, jobs=args.jobs):
        if report.summary.documents:
            progress.tick(report.summary.documents)
            _write(out, report.text, summary.documents == 0, as_json=as_json)
            summary.merge(report.summary)


def _write(out: TextIO, text: str, first: bool, *, as_json: bool) -> None:
    """Write rendered reports; JSON entries are separated from the ones before them."""
    if as_json:
        out.write(("\n    " if first else _batch.JSON_SEPARATOR) + text)
    else:
        out.write(text)


def _check_together(
    args: argparse.Namespace, obj: ProgrammeHistory, settings: _batch.Settings
) -> CheckResult:
    return check(
        obj,
        on=args.on,
        select=args.select,
        ignore=args.ignore,
        profile=_batch._profile(args.profile),  # noqa: SLF001 - the module's own cache
        severities={code: Severity(level) for code, level in settings.severities},
    )


def _check_history(
    args: argparse.Namespace, documents: list[tuple[str, object]], settings: _batch.Settings
) -> tuple[_batch.Outcome, int]:
    lang: Lang = args.lang
    from ._model._history import ProgrammeHistory  # noqa: PLC0415 - only for --history

    name = _T["history"](lang)
    try:
        history = ProgrammeHistory.of(document for _, document in documents)
    except ValidationError as error:
        return _batch.Outcome.of_errors(name, [error], lang), EXIT_UNLOADABLE
    result = _check_together(args, history, settings)
    outcome = _batch.outcome_of(name, result, attrs.evolve(settings, keep_documents=False), None)
    return outcome, EXIT_OK if result.ok else EXIT_FINDINGS


def _check_dossier(
    args: argparse.Namespace, documents: list[tuple[str, object]], settings: _batch.Settings
) -> tuple[_batch.Outcome, int]:
    """The dossier of the loaded documents: findings and errors name the document they are in."""
    lang: Lang = args.lang
    from ._model._dossier import Dossier  # noqa: PLC0415 - only for --dossier

    name = _T["dossier"](lang)
    names = [document_name for document_name, _ in documents]
    try:
        dossier = Dossier.of((document for _, document in documents), names)
    except ValidationError as error:
        where = _where(error, names)
        outcome = _batch.Outcome.unloadable(
            name,
            errors=({**error.as_dict(lang), "path": where},),
            lines=(f"{where}: {error.message(lang)} [{error.code}]",),
        )
        return outcome, EXIT_UNLOADABLE
    result = _check_together(args, dossier, settings)
    outcome = _batch.Outcome(
        name=name,
        status="ok" if result.ok else "errors",
        on=result.on.isoformat(),
        findings=tuple(dossier.as_dict(finding, lang) for finding in result),
        errors=(),
        error_finding=not result.ok,
        lines=tuple(dossier.describe(finding, lang) for finding in result),
    )
    return outcome, EXIT_OK if result.ok else EXIT_FINDINGS


def _rules(args: argparse.Namespace, out: TextIO) -> int:
    from .profiles import Profile, describe_parameter, describe_value  # noqa: PLC0415
    from .rules import CATALOGUE  # noqa: PLC0415 - every family: only this command

    lang: Lang = args.lang
    profile = _profile(args, out)
    if profile is _FAILED:
        return EXIT_UNLOADABLE
    ignored = profile.ignore if isinstance(profile, Profile) else ()
    severities = profile.severity_map() if isinstance(profile, Profile) else {}
    local = profile.overrides() if isinstance(profile, Profile) else {}
    rules = [
        rule
        for rule in CATALOGUE
        if (args.on is None or rule.in_force(args.on))
        and not any(rule.code.startswith(prefix) for prefix in ignored)
    ]
    if args.format == "json":
        data = [
            {
                "code": rule.code,
                "severity": severities.get(rule.code, rule.severity).value,
                "title": rule.title(lang),
                "basis": [citation.short(lang) for citation in rule.basis],
                "citation": rule.cite(lang, args.on),
                "confidence": rule.confidence.value,
                "valid_from": rule.valid_from.isoformat() if rule.valid_from else None,
                "valid_to": rule.valid_to.isoformat() if rule.valid_to else None,
                "applies_to": rule.applies_to.__name__,
                "parameters": [
                    {
                        **describe_parameter(parameter, lang),
                        "local_values": [
                            describe_parameter(
                                attrs.evolve(parameter, values=local[parameter.name]), lang
                            )["values"]
                        ][0]
                        if parameter.name in local
                        else [],
                    }
                    for parameter in rule.parameters
                ],
            }
            for rule in rules
        ]
        json.dump({"rules": data}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for rule in rules:
        basis = ", ".join(citation.short(lang) for citation in rule.basis)
        severity = severities.get(rule.code, rule.severity)
        out.write(f"{rule.code}  {severity.label(lang):<12} {rule.title(lang)} ({basis})\n")
        for parameter in rule.parameters:
            for dated in (*parameter.values, *local.get(parameter.name, ())):
                source = dated.act or (dated.basis.short(lang) if dated.basis else "")
                span = f"{dated.valid_from or '…'} – {dated.valid_to or '…'}"
                out.write(
                    f"    {parameter.name} = {describe_value(dated.value)}  "
                    f"[{span}; {source}; {_CONFIDENCE[dated.confidence](lang)}]\n"
                )
    return EXIT_OK


def _load(name: str) -> object:
    """One document from a file, or from standard input for ``-`` (read bounded)."""
    if name == "-":
        return loads(read_input(name, DEFAULT_MAX_BYTES))
    return load_file(name)


def _load_all(names: Sequence[str], lang: Lang, out: TextIO) -> list[object] | None:
    """Load every file; ``None`` after listing the load errors of any that fails."""
    loaded: list[object] = []
    failed = False
    for name in names:
        try:
            loaded.append(_load(name))
        except ValidationErrors as group:
            failed = True
            _write_errors(out, name, group.errors, lang)
        except Exception as exc:  # noqa: BLE001 - a defect becomes the document's error
            failed = True
            _write_errors(out, name, [internal_error(exc)], lang)
    return None if failed else loaded


def _write_errors(out: TextIO, name: str, errors: Sequence[ValidationError], lang: Lang) -> None:
    """List *errors* of the file *name*, one ``file:path: message [code]`` line each."""
    out.writelines(_batch.error_line(name, error, lang) + "\n" for error in errors)


def _write_output(
    out: TextIO, target: str, data: bytes, inputs: Sequence[str | None], lang: Lang
) -> bool:
    """
    Write *data* to *target* atomically, never over one of *inputs*; whether it was written
    (if not, the reason is listed on *out*).
    """
    try:
        write_atomic(target, data, [name for name in inputs if name])
    except ValidationErrors as group:
        _write_errors(out, target, group.errors, lang)
        return False
    return True


def _calendar(args: argparse.Namespace, out: TextIO) -> int:
    from .calendar import deadlines, to_ical  # noqa: PLC0415 - only this command

    lang: Lang = args.lang
    profile = _profile(args, out)
    documents = _load_all(args.document, lang, out)
    if profile is _FAILED or documents is None:
        return EXIT_UNLOADABLE
    found = deadlines(args.year, profile=profile, documents=documents, today=args.today)
    if args.format == "ics":
        try:
            data = to_ical(found, lang=lang, name=f"wspolpraca {args.year}")
        except ModuleNotFoundError as exc:
            out.write(_missing_extra(exc, "calendar", lang))
            return EXIT_UNLOADABLE
        if args.output:
            return _calendar_output(args, out, data)
        out.write(data.decode("utf-8"))
        return EXIT_OK
    if args.format == "json":
        text = json.dumps(
            {"year": args.year, "deadlines": [d.as_dict(lang) for d in found]},
            ensure_ascii=False,
            indent=2,
        )
        text += "\n"
    else:
        text = _calendar_table(found, lang)
    if args.output:
        return _calendar_output(args, out, text.encode("utf-8"))
    out.write(text)
    return EXIT_OK


def _calendar_output(args: argparse.Namespace, out: TextIO, data: bytes) -> int:
    inputs = [*args.document, args.profile]
    written = _write_output(out, args.output, data, inputs, args.lang)
    return EXIT_OK if written else EXIT_UNLOADABLE


_HEAD = {
    "pl": ("termin", "stan", "faktycznie", "podstawa", "czynność"),
    "en": ("due", "status", "actual", "basis", "what"),
}


def _calendar_table(found: Sequence[Deadline], lang: Lang) -> str:
    rows = [_HEAD[lang]]
    for deadline in found:
        basis = deadline.legal_basis(lang)
        if deadline.confidence is not Confidence.CONFIRMED:
            basis += "*"
        what = deadline.title(lang)
        if deadline.subject:
            what += f" — {deadline.subject}"
        if deadline.planned:
            what += _T["planned"].format(lang, {"start": deadline.start or deadline.due})
        rows.append(
            (
                deadline.due.isoformat(),
                deadline.status.label(lang),
                deadline.actual.isoformat() if deadline.actual else "—",
                basis,
                what,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        + "  "
        + row[4]
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths) + "  " + "-" * len(rows[0][4]))
    note = _T["unconfirmed_mark"](lang)
    return "\n".join(line.rstrip() for line in lines) + f"\n{note}\n"


def _report(args: argparse.Namespace, out: TextIO) -> int:
    from ._model._offer import TaskOffer  # noqa: PLC0415 - only this command
    from ._model._task_report import TaskReport  # noqa: PLC0415
    from .html_report import render, render_form  # noqa: PLC0415
    from .profiles import Profile  # noqa: PLC0415
    from .serialization import kind_of  # noqa: PLC0415

    lang: Lang = args.lang
    if (args.file is None) == (args.dossier is None):
        out.write(_T["report_what"](lang) + "\n")
        return EXIT_UNLOADABLE
    if args.dossier is not None:
        return _report_dossier(args, out)
    profile = _profile(args, out)
    loaded = _load_all([args.file, *args.document], lang, out)
    if profile is _FAILED or loaded is None:
        return EXIT_UNLOADABLE
    document, *others = loaded
    result = check(document, profile=profile if isinstance(profile, Profile) else None)
    if args.form:
        if not isinstance(document, TaskOffer | TaskReport):
            out.write(
                _T["no_form"].format(lang, {"file": args.file, "kind": kind_of(document)}) + "\n"
            )
            return EXIT_UNLOADABLE
        page = render_form(document)
    else:
        page = render(
            document,
            lang=lang,
            profile=profile,
            today=args.today,
            result=result,
            documents=others,
        )
    if args.html == "-":
        out.write(page)
    else:
        inputs = [args.file, *args.document, args.profile]
        if not _write_output(out, args.html, page.encode("utf-8"), inputs, lang):
            return EXIT_UNLOADABLE
    return EXIT_OK if result.ok else EXIT_FINDINGS


def _report_dossier(args: argparse.Namespace, out: TextIO) -> int:
    from ._model._dossier import Dossier  # noqa: PLC0415 - only this command
    from .html_report import _combined_result, render_dossier  # noqa: PLC0415
    from .profiles import Profile  # noqa: PLC0415
    from .serialization import dossier_files  # noqa: PLC0415

    lang: Lang = args.lang
    profile = _profile(args, out)
    names = [str(path) for path in dossier_files(Path(args.dossier))]
    loaded = _load_all(names, lang, out)
    if profile is _FAILED or loaded is None:
        return EXIT_UNLOADABLE
    try:
        dossier = Dossier.of(loaded, names)
    except ValidationError as error:
        out.write(f"{_where(error, names)}: {error.message(lang)} [{error.code}]\n")
        return EXIT_UNLOADABLE
    chosen = profile if isinstance(profile, Profile) else None
    result = _combined_result(dossier, profile=chosen)
    page = render_dossier(dossier, lang=lang, profile=chosen, today=args.today, result=result)
    if args.html == "-":
        out.write(page)
    elif not _write_output(out, args.html, page.encode("utf-8"), [*names, args.profile], lang):
        return EXIT_UNLOADABLE
    return EXIT_OK if result.ok else EXIT_FINDINGS


def _where(error: ValidationError, names: Sequence[str]) -> str:
    """Where a dossier's error is: ``name:$.path`` inside the document it names."""
    path = error.path
    if len(path) > 1 and path[0] == "documents" and isinstance(path[1], int):
        return f"{names[path[1]]}:{format_path(path[2:])}"
    return error.jsonpath


def _schema_commands(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "schema":
        from .schema import schema_text  # noqa: PLC0415 - only this command

        out.write(schema_text(args.kind, args.lang))
        return EXIT_OK
    return _upgrade(args, out, err)


def _read_for_upgrade(name: str) -> object:
    """The parsed JSON of the file *name* (``-``: standard input)."""
    data, duplicates = _parse(read_input(name, DEFAULT_MAX_BYTES))
    if duplicates:
        raise ValidationErrors("the document cannot be upgraded", duplicates)
    return data


def _upgrade(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .migrations import upgrade  # noqa: PLC0415 - only this command

    lang: Lang = args.lang
    name = args.file
    try:
        result = upgrade(_read_for_upgrade(name))
        document = structure(result.data)
    except ValidationErrors as group:
        err.write(f"{name}: {_T['unloadable'].format(lang, {'count': len(group.errors)})}\n")
        _write_errors(err, name, group.errors, lang)
        return EXIT_UNLOADABLE
    out.write(dumps(document))
    if result.steps:
        steps = " → ".join((result.from_version, *result.steps))
        err.write(f"{name}: {_T['upgraded'].format(lang, {'steps': steps})}\n")
    err.writelines(f"{name}:{loss.jsonpath}: {loss.message(lang)}\n" for loss in result.losses)
    return EXIT_FINDINGS if result.losses else EXIT_OK


_FAILED = object()


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from .spreadsheet import (  # noqa: PLC0415 - needs the xlsx extra
        SpreadsheetErrors,
        group_problems,
        import_csv,
        import_workbook,
    )

    lang: Lang = args.lang
    read = import_csv if Path(args.file).is_dir() else import_workbook
    try:
        document = read(args.file, args.kind).document
    except ImportError as exc:
        out.write(_missing_extra(exc, "xlsx", lang))
        return EXIT_UNLOADABLE
    except SpreadsheetErrors as group:
        out.writelines(f"{args.file}:{g.describe(lang)}\n" for g in group_problems(group.located))
        return EXIT_UNLOADABLE
    out.write(dumps(document))
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from .spreadsheet import (  # noqa: PLC0415 - needs the xlsx extra
        SpreadsheetErrors,
        export_csv,
        export_workbook,
        group_problems,
    )

    lang: Lang = args.lang
    try:
        document = load_file(args.file)
    except ValidationErrors as group:
        _write_errors(out, args.file, group.errors, lang)
        return EXIT_UNLOADABLE
    try:
        if args.output.lower().endswith((".xlsx", ".xlsm")):
            with atomic_path(args.output, [args.file]) as temporary:
                export_workbook(document, temporary, lang=lang)
        else:  # a directory of CSV files: refused over an input, as a workbook is
            check_target(args.output, [args.file])
            export_csv(document, args.output, lang=lang, dialect=args.csv_dialect)
    except ImportError as exc:
        out.write(_missing_extra(exc, "xlsx", lang))
        return EXIT_UNLOADABLE
    except SpreadsheetErrors as group:
        out.writelines(f"{args.output}:{g.describe(lang)}\n" for g in group_problems(group.located))
        return EXIT_UNLOADABLE
    except ValidationErrors as group:
        _write_errors(out, args.output, group.errors, lang)
        return EXIT_UNLOADABLE
    return EXIT_OK


def _template(args: argparse.Namespace, out: TextIO) -> int:
    from .spreadsheet import export_template  # noqa: PLC0415 - needs the xlsx extra

    lang: Lang = args.lang
    try:
        export_template(args.kind, args.output, lang=lang)
    except ImportError as exc:
        out.write(_missing_extra(exc, "xlsx", lang))
        return EXIT_UNLOADABLE
    except OSError as exc:
        out.write(f"{args.output}: {exc.strerror or exc}\n")
        return EXIT_UNLOADABLE
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "import": _import,
    "export": _export,
    "template": _template,
    "check": _check,
    "rules": _rules,
    "calendar": _calendar,
    "report": _report,
}
"""The commands that report on the standard output alone; ``compare`` also takes the error
stream (its JSON and CSV must stay parseable), so :func:`_run` calls it apart."""


_CONFIDENCE = {
    Confidence.CONFIRMED: Text(pl="potwierdzone", en="confirmed"),
    Confidence.SECONDARY: Text(pl="źródło wtórne", en="secondary source"),
    Confidence.UNCONFIRMED: Text(pl="niepotwierdzone", en="unconfirmed"),
}


_EXTRAS = {"calendar": "icalendar", "xlsx": "openpyxl"}


def _missing_extra(exc: ImportError, extra: str, lang: Lang) -> str:
    """The line that says which optional extra to install, in *lang* (*exc* is not shown)."""
    package = _EXTRAS[extra]
    return _cli_help.MISSING_EXTRA.format(lang, {"package": package, "extra": extra}) + "\n"


def _profile(args: argparse.Namespace, out: TextIO) -> Profile | object | None:
    """The profile named by ``--profile``; ``None`` without one; ``_FAILED`` after reporting."""
    if args.profile is None:
        return None
    from .profiles import load_profile  # noqa: PLC0415 - only with --profile

    try:
        return load_profile(args.profile)
    except ValidationErrors as group:
        lang: Lang = args.lang
        _write_errors(out, args.profile, group.errors, lang)
        return _FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
