"""
The command line: ``wspolpraca check``, ``rules``, ``import`` and ``export``.

``check`` reads JSON documents, and Excel workbooks (``.xlsx``) directly; findings and load
errors of a workbook name its sheet, row and column, and repeated problems of one code in
one column are folded into one line. ``import FILE.xlsx --kind KIND`` prints the document
as JSON; ``export FILE.json OUT.xlsx`` writes the workbook (``--lang en`` for English headings).

Exit codes of ``check``: 0 when no finding is an error, 1 when one is,
2 when a file cannot be loaded (every load error is listed as ``file:path: message``)
or the command line is wrong. Bad input never produces a Python traceback.

.. versionadded:: 0.1
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

import attrs

from ._model._history import ProgrammeHistory
from ._text import Lang, Text
from .errors import ValidationError, ValidationErrors
from .profiles import Profile, describe_parameter, describe_value, load_profile
from .rules import CATALOGUE, CheckResult, Finding, check
from .serialization import DOCUMENT_KINDS, dumps, load_file, loads
from .spreadsheet import (
    Imported,
    LocatedProblem,
    ProblemGroup,
    SpreadsheetErrors,
    export_workbook,
    group_problems,
    import_workbook,
    locate_findings,
)

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNLOADABLE = 2

_T = {
    "ok": Text(pl="bez błędów", en="no errors"),
    "summary": Text(
        pl="błędy: {errors}, ostrzeżenia: {warnings}, informacje: {infos}; prawo na dzień {on}",
        en="errors: {errors}, warnings: {warnings}, info: {infos}; law as of {on}",
    ),
    "history": Text(pl="(historia programów)", en="(programme history)"),
    "unloadable": Text(
        pl="nie można wczytać dokumentu (problemy: {count})",
        en="the document cannot be loaded (problems: {count})",
    ),
}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wspolpraca",
        description="Load and check Polish municipal cooperation programmes with NGOs.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", choices=("pl", "en"), default="pl", help="language of messages (default: pl)"
    )
    common.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    common.add_argument(
        "--profile",
        metavar="NAME_OR_FILE",
        help="apply a municipal profile: a shipped one (krakow, rural) or a TOML file",
    )
    common.add_argument(
        "--on",
        type=_date,
        metavar="YYYY-MM-DD",
        help="apply the law in force on this date (default: each document's own relevant date)",
    )

    check_cmd = commands.add_parser(
        "check", parents=[common], help="check documents against the rules"
    )
    check_cmd.add_argument(
        "files", nargs="+", metavar="FILE", help="JSON documents to check; - reads standard input"
    )
    check_cmd.add_argument(
        "--select",
        action="append",
        default=None,
        metavar="CODE",
        help="run only rules whose code starts with CODE (repeatable)",
    )
    check_cmd.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="CODE",
        help="skip rules whose code starts with CODE (repeatable)",
    )
    check_cmd.add_argument(
        "--history",
        action="store_true",
        help="also check the loaded documents together as one unit's programme history",
    )

    commands.add_parser("rules", parents=[common], help="list the rule catalogue")

    import_cmd = commands.add_parser(
        "import", parents=[common], help="read a workbook and print the document as JSON"
    )
    import_cmd.add_argument("file", metavar="FILE", help="an .xlsx workbook")
    import_cmd.add_argument(
        "--kind",
        choices=sorted(DOCUMENT_KINDS),
        default=None,
        help="the document kind (default: the kind the workbook names)",
    )
    export_cmd = commands.add_parser(
        "export", parents=[common], help="write a JSON document as an .xlsx workbook"
    )
    export_cmd.add_argument("file", metavar="FILE", help="a JSON document")
    export_cmd.add_argument("output", metavar="OUT.xlsx", help="the workbook to write")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:  # noqa: PLR0911 - one return a command
    """
    Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code.

    .. versionadded:: 0.1
    """
    out = stdout or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    if args.version:
        from importlib.metadata import version  # noqa: PLC0415

        out.write(f"wspolpraca {version('wspolpraca')}\n")
        return EXIT_OK
    try:
        if args.command == "check":
            return _check(args, out)
        if args.command == "rules":
            return _rules(args, out)
        if args.command == "import":
            return _import(args, out)
        if args.command == "export":
            return _export(args, out)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FINDINGS
    parser.print_help(out)
    return EXIT_UNLOADABLE


def _is_workbook(name: str) -> bool:
    return name.lower().endswith((".xlsx", ".xlsm"))


def _load(name: str) -> tuple[object, Imported | None]:
    """The document in *name*, and its cells when it is a workbook."""
    if name == "-":
        return loads(sys.stdin.buffer.read()), None
    if _is_workbook(name):
        imported = import_workbook(name)
        return imported.document, imported
    return load_file(name), None


def _write_located(
    out: TextIO, name: str, groups: Sequence[ProblemGroup], lang: Lang, *, findings: bool
) -> None:
    for group in groups:
        first = group.first
        head = ""
        if findings and isinstance(first.problem, Finding):
            head = f"{first.problem.severity.label(lang)} "
        out.write(f"  {head}{name}:{group.describe(lang)}\n")


def _import(args: argparse.Namespace, out: TextIO) -> int:
    try:
        document = import_workbook(args.file, args.kind).document
    except ImportError as exc:
        out.write(f"{exc}\n")
        return EXIT_UNLOADABLE
    except SpreadsheetErrors as group:
        _report_unloadable(args, out, args.file, group)
        return EXIT_UNLOADABLE
    out.write(dumps(document))
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    try:
        document = load_file(args.file)
        export_workbook(document, args.output, lang=lang)
    except ImportError as exc:
        out.write(f"{exc}\n")
        return EXIT_UNLOADABLE
    except ValidationErrors as group:
        _report_unloadable(args, out, args.file, group)
        return EXIT_UNLOADABLE
    except OSError as exc:
        out.write(f"{args.output}: {exc.strerror or exc}\n")
        return EXIT_UNLOADABLE
    return EXIT_OK


def _report_unloadable(
    args: argparse.Namespace, out: TextIO, name: str, group: ValidationErrors
) -> dict[str, object]:
    """Write the load errors of *name* (text format) and return its JSON report."""
    lang: Lang = args.lang
    located = group.located if isinstance(group, SpreadsheetErrors) else ()
    report: dict[str, object] = {
        "file": name,
        "status": "unloadable",
        "errors": [p.as_dict(lang) for p in located]
        if located
        else [error.as_dict(lang) for error in group.errors],
    }
    if args.format == "text":
        count = len(located) or len(group.errors)
        out.write(f"{name}: {_T['unloadable'].format(lang, {'count': count})}\n")
        if located:
            _write_located(out, name, group_problems(located), lang, findings=False)
        else:
            out.writelines(
                f"{name}:{error.jsonpath}: {error.message(lang)} [{error.code}]\n"
                for error in group.errors
            )
    elif args.command != "check":
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return report


def _check(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    profile = _profile(args, out)
    if profile is _FAILED:
        return EXIT_UNLOADABLE
    args.profile_object = profile
    reports: list[dict[str, object]] = []
    loaded: list[object] = []
    exit_code = EXIT_OK
    for name in args.files:
        try:
            document, imported = _load(name)
        except ImportError as exc:
            exit_code = EXIT_UNLOADABLE
            reports.append({"file": name, "status": "unloadable", "errors": [str(exc)]})
            if args.format == "text":
                out.write(f"{name}: {exc}\n")
            continue
        except ValidationErrors as group:
            exit_code = EXIT_UNLOADABLE
            reports.append(_report_unloadable(args, out, name, group))
            continue
        loaded.append(document)
        result = check(
            document,
            on=args.on,
            select=args.select,
            ignore=args.ignore,
            profile=args.profile_object,
        )
        if not result.ok and exit_code == EXIT_OK:
            exit_code = EXIT_FINDINGS
        located = locate_findings(result, imported) if imported is not None else None
        reports.append(
            {
                "file": name,
                "status": "ok" if result.ok else "errors",
                "on": result.on.isoformat(),
                "findings": [finding.as_dict(lang) for finding in result]
                if located is None
                else [problem.as_dict(lang) for problem in located],
            }
        )
        if args.format == "text":
            _write_result(out, name, result, lang, located)
    if args.history:
        exit_code = max(exit_code, _check_history(args, loaded, reports, out))
    if args.format == "json":
        json.dump({"files": reports}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return exit_code


def _check_history(
    args: argparse.Namespace,
    documents: list[object],
    reports: list[dict[str, object]],
    out: TextIO,
) -> int:
    lang: Lang = args.lang
    name = _T["history"](lang)
    try:
        history = ProgrammeHistory.of(documents)
    except ValidationError as error:
        reports.append({"file": name, "status": "unloadable", "errors": [error.as_dict(lang)]})
        if args.format == "text":
            out.write(f"{name}:{error.jsonpath}: {error.message(lang)} [{error.code}]\n")
        return EXIT_UNLOADABLE
    result = check(
        history,
        on=args.on,
        select=args.select,
        ignore=args.ignore,
        profile=args.profile_object,
    )
    reports.append(
        {
            "file": name,
            "status": "ok" if result.ok else "errors",
            "on": result.on.isoformat(),
            "findings": [finding.as_dict(lang) for finding in result],
        }
    )
    if args.format == "text":
        _write_result(out, name, result, lang)
    return EXIT_OK if result.ok else EXIT_FINDINGS


def _write_result(
    out: TextIO,
    name: str,
    result: CheckResult,
    lang: Lang,
    located: Sequence[LocatedProblem] | None = None,
) -> None:
    counts = {
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "infos": len(result) - len(result.errors) - len(result.warnings),
        "on": result.on,
    }
    head = _T["ok"](lang) if result.ok else ""
    summary = _T["summary"].format(lang, counts)
    out.write(f"{name}: {head + '; ' if head else ''}{summary}\n")
    if located is not None:
        _write_located(out, name, group_problems(located), lang, findings=True)
        return
    out.writelines(f"  {finding.describe(lang)}\n" for finding in result)


def _rules(args: argparse.Namespace, out: TextIO) -> int:
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
                    f"[{span}; {source}; {dated.confidence.value}]\n"
                )
    return EXIT_OK


_FAILED = object()


def _profile(args: argparse.Namespace, out: TextIO) -> Profile | object | None:
    """The profile named by ``--profile``; ``None`` without one; ``_FAILED`` after reporting."""
    if args.profile is None:
        return None
    try:
        return load_profile(args.profile)
    except ValidationErrors as group:
        lang: Lang = args.lang
        out.writelines(
            f"{args.profile}:{error.jsonpath}: {error.message(lang)} [{error.code}]\n"
            for error in group.errors
        )
        return _FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
