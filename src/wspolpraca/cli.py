"""
The command line: ``wspolpraca check``, ``rules``, ``schema`` and ``upgrade``.

Exit codes of ``check``: 0 when no finding is an error, 1 when one is,
2 when a file cannot be loaded (every load error is listed as ``file:path: message``)
or the command line is wrong. Bad input never produces a Python traceback.

``wspolpraca schema KIND`` prints the JSON Schema of a document kind.
``wspolpraca upgrade FILE`` prints the document upgraded to the current schema version
and lists on standard error every value it could not carry over; it exits with 0 when
nothing was lost, 1 when something was, and 2 when the file cannot be upgraded or loaded.

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
from .migrations import upgrade
from .profiles import Profile, describe_parameter, describe_value, load_profile
from .rules import CATALOGUE, CheckResult, check
from .schema import schema_text
from .serialization import DOCUMENT_KINDS, _parse, dumps, load_file, loads, structure

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
    "upgraded": Text(pl="zaktualizowano: {steps}", en="upgraded: {steps}"),
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

    language = argparse.ArgumentParser(add_help=False)
    language.add_argument(
        "--lang", choices=("pl", "en"), default="pl", help="language of the text (default: pl)"
    )
    schema_cmd = commands.add_parser(
        "schema", parents=[language], help="print the JSON Schema of a document kind"
    )
    schema_cmd.add_argument("kind", metavar="KIND", choices=tuple(DOCUMENT_KINDS))
    upgrade_cmd = commands.add_parser(
        "upgrade",
        parents=[language],
        help="print a document upgraded to the current schema version; list losses on stderr",
    )
    upgrade_cmd.add_argument(
        "file", metavar="FILE", help="the JSON document to upgrade; - reads standard input"
    )
    return parser


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
    .. versionchanged:: 0.1 *stderr*, and the ``schema`` and ``upgrade`` commands.
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
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
        if args.command in ("schema", "upgrade"):
            return _schema_commands(args, out, err)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FINDINGS
    parser.print_help(out)
    return EXIT_UNLOADABLE


def _load(name: str) -> object:
    if name == "-":
        return loads(sys.stdin.buffer.read())
    return load_file(name)


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
            document = _load(name)
        except ValidationErrors as group:
            exit_code = EXIT_UNLOADABLE
            reports.append(
                {
                    "file": name,
                    "status": "unloadable",
                    "errors": [error.as_dict(lang) for error in group.errors],
                }
            )
            if args.format == "text":
                out.write(
                    f"{name}: {_T['unloadable'].format(lang, {'count': len(group.errors)})}\n"
                )
                out.writelines(
                    f"{name}:{error.jsonpath}: {error.message(lang)} [{error.code}]\n"
                    for error in group.errors
                )
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


def _write_result(out: TextIO, name: str, result: CheckResult, lang: Lang) -> None:
    counts = {
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "infos": len(result) - len(result.errors) - len(result.warnings),
        "on": result.on,
    }
    head = _T["ok"](lang) if result.ok else ""
    summary = _T["summary"].format(lang, counts)
    out.write(f"{name}: {head + '; ' if head else ''}{summary}\n")
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


def _schema_commands(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "schema":
        out.write(schema_text(args.kind, args.lang))
        return EXIT_OK
    return _upgrade(args, out, err)


def _read_for_upgrade(name: str) -> object:
    """The parsed JSON of the file *name* (``-``: standard input)."""
    if name == "-":
        raw: bytes = sys.stdin.buffer.read()
    else:
        with open(name, "rb") as stream:  # noqa: PTH123 - a path from the command line
            raw = stream.read()
    data, duplicates = _parse(raw)
    if duplicates:
        raise ValidationErrors("the document cannot be upgraded", duplicates)
    return data


def _upgrade(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    lang: Lang = args.lang
    name = args.file
    try:
        result = upgrade(_read_for_upgrade(name))
        document = structure(result.data)
    except OSError as exc:
        err.write(f"{name}: {exc.strerror or exc}\n")
        return EXIT_UNLOADABLE
    except ValidationErrors as group:
        err.write(f"{name}: {_T['unloadable'].format(lang, {'count': len(group.errors)})}\n")
        err.writelines(
            f"{name}:{error.jsonpath}: {error.message(lang)} [{error.code}]\n"
            for error in group.errors
        )
        return EXIT_UNLOADABLE
    out.write(dumps(document))
    if result.steps:
        steps = " → ".join((result.from_version, *result.steps))
        err.write(f"{name}: {_T['upgraded'].format(lang, {'steps': steps})}\n")
    err.writelines(f"{name}:{loss.jsonpath}: {loss.message(lang)}\n" for loss in result.losses)
    return EXIT_FINDINGS if result.losses else EXIT_OK


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
