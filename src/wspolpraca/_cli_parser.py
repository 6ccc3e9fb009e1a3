"""
The command line's parser: its commands, options and argument types (:mod:`wspolpraca.cli`
runs them); the help is translated by :mod:`wspolpraca._cli_help`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from . import _cli_help, _compare_cli
from .serialization import DOCUMENT_KINDS


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _severity(text: str) -> tuple[str, str]:
    code, _, level = text.partition("=")
    if not code or level not in {"error", "warning", "info"}:
        raise argparse.ArgumentTypeError(f"expected CODE=error|warning|info, got {text!r}")
    return code, level


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return number


def command_of(argv: Sequence[str]) -> str | None:
    """The command *argv* runs: its first word that is not an option (the main parser's
    options, ``--version`` and ``--help``, take no value); ``None`` if there is none."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """
    The command line's parser; with *command*, only that command's options are declared.

    Every command is declared (so the main help, the choices and the errors are the same),
    but declaring the options of commands that do not run costs start-up time for nothing:
    ``wspolpraca check`` declares check's only. An unknown *command* declares them all.
    """
    parser = _cli_help.Parser(
        prog="wspolpraca",
        description="Load and check Polish municipal cooperation programmes with NGOs.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    everything = command not in _COMMANDS
    for name, (help_, parent, declare) in _COMMANDS.items():
        if everything or name == command:
            # A parent's options are copied into each command: a fresh parent for each, so
            # that a command adapting an inherited option (rules' --on) changes only its own.
            parents = [] if parent is None else [parent()]
            declare(commands.add_parser(name, help=help_, parents=parents))
        else:
            commands.add_parser(name, help=help_)
    _compare_cli.add_parser(commands)
    return parser


def _common() -> _cli_help.Parser:
    """The options ``check`` and ``rules`` share."""
    common = _cli_help.Parser(add_help=False)
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
    return common


def _add_calendar(calendar_cmd: argparse.ArgumentParser) -> None:
    """The options of ``calendar``."""
    calendar_cmd.add_argument("year", type=_year, help="the programme's year, such as 2027")
    calendar_cmd.add_argument(
        "--format",
        choices=("text", "json", "ics"),
        default="text",
        help="output format (default: text); ics needs the extra wspolpraca[calendar]",
    )
    calendar_cmd.add_argument(
        "--lang", choices=("pl", "en"), default="pl", help="language (default: pl)"
    )
    calendar_cmd.add_argument("--profile", metavar="NAME_OR_FILE", help="a municipal profile")
    calendar_cmd.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="FILE",
        help="a document of the cycle whose dates decide met/missed (repeatable)",
    )
    calendar_cmd.add_argument(
        "--today", type=_date, metavar="YYYY-MM-DD", help="the day deadlines are open against"
    )
    calendar_cmd.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
    )


def _add_report(report_cmd: argparse.ArgumentParser) -> None:
    """The options of ``report``."""
    report_cmd.add_argument(
        "file", nargs="?", metavar="FILE", help="the JSON document (or use --dossier)"
    )
    report_cmd.add_argument(
        "--dossier",
        metavar="DIR",
        help="report on the dossier of every *.json document below DIR instead of one file",
    )
    report_cmd.add_argument(
        "--html", required=True, metavar="OUT", help="the HTML file to write; - for stdout"
    )
    report_cmd.add_argument(
        "--form",
        action="store_true",
        help="write an offer or task report as the filled-in statutory form, printable to A4",
    )
    report_cmd.add_argument(
        "--lang", choices=("pl", "en"), default="pl", help="language (default: pl)"
    )
    report_cmd.add_argument("--profile", metavar="NAME_OR_FILE", help="a municipal profile")
    report_cmd.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="FILE",
        help="another document of the same cycle, for the timeline (repeatable)",
    )
    report_cmd.add_argument(
        "--today", type=_date, metavar="YYYY-MM-DD", help="the day deadlines are open against"
    )


def _language() -> _cli_help.Parser:
    """The option the commands that print one text share."""
    language = _cli_help.Parser(add_help=False)
    language.add_argument(
        "--lang", choices=("pl", "en"), default="pl", help="language of the text (default: pl)"
    )
    return language


def _add_rules(rules_cmd: argparse.ArgumentParser) -> None:
    """The options of ``rules``: the shared ones, ``--on`` worded for rules."""
    _option(
        rules_cmd, "--on"
    ).help = "list only the rules in force on this date (default: every rule)"


def _add_schema(schema_cmd: argparse.ArgumentParser) -> None:
    """The argument of ``schema``."""
    schema_cmd.add_argument(
        "kind", metavar="KIND", choices=tuple(DOCUMENT_KINDS), help="the document kind"
    )


def _add_upgrade(upgrade_cmd: argparse.ArgumentParser) -> None:
    """The argument of ``upgrade``."""
    upgrade_cmd.add_argument(
        "file", metavar="FILE", help="the JSON document to upgrade; - reads standard input"
    )


def _add_import(import_cmd: argparse.ArgumentParser) -> None:
    """The options of ``import``."""
    import_cmd.add_argument(
        "file", metavar="FILE", help="an .xlsx workbook, or a folder of CSV files"
    )
    import_cmd.add_argument(
        "--kind",
        choices=sorted(DOCUMENT_KINDS),
        default=None,
        help="the document kind (default: the kind the workbook names)",
    )


def _add_template(template_cmd: argparse.ArgumentParser) -> None:
    """The options of ``template``."""
    template_cmd.add_argument(
        "kind", metavar="KIND", choices=tuple(DOCUMENT_KINDS), help="the document kind"
    )
    template_cmd.add_argument(
        "--output", "-o", required=True, metavar="OUT.xlsx", help="the workbook to write"
    )


def _add_export(export_cmd: argparse.ArgumentParser) -> None:
    """The options of ``export``."""
    export_cmd.add_argument("file", metavar="FILE", help="a JSON document")
    export_cmd.add_argument(
        "output",
        metavar="OUT",
        help="the workbook to write (OUT.xlsx), or a folder for CSV files (any other name)",
    )
    export_cmd.add_argument(
        "--csv-dialect",
        choices=("excel", "excel-pl"),
        default="excel",
        help="CSV files: commas and UTF-8 (excel, the default) or semicolons, "
        "a byte-order mark and decimal commas for Polish Excel (excel-pl)",
    )


def _add_check(check_cmd: argparse.ArgumentParser) -> None:
    """The options of ``check`` besides the shared ones."""
    check_cmd.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="JSON documents, directories (every *.json and *.jsonl below) or JSON Lines "
        "files (one document a line); - reads standard input",
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
        "--severity",
        action="append",
        default=[],
        type=_severity,
        metavar="CODE=LEVEL",
        help="report rule CODE as error, warning or info in this run (repeatable)",
    )
    together = check_cmd.add_mutually_exclusive_group()
    together.add_argument(
        "--history",
        action="store_true",
        help="also check the loaded documents together as one unit's programme history",
    )
    together.add_argument(
        "--dossier",
        action="store_true",
        help="also check the loaded documents (such as one directory) together as one unit's "
        "dossier: every kind, with the WSP-HST and WSP-DOS rules across them",
    )
    check_cmd.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=1,
        metavar="N",
        help="check on N processes (default: 1; --history and --dossier always use one)",
    )


def _option(parser: argparse.ArgumentParser, flag: str) -> argparse.Action:
    """The action of *parser*'s option *flag* (to adapt one inherited from a parent)."""
    return next(a for a in parser._actions if flag in a.option_strings)  # noqa: SLF001


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not 2004 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"expected a year from 2004 to 2100, got {year}")
    return year


_Parent = Callable[[], _cli_help.Parser]
_Declare = Callable[[argparse.ArgumentParser], None]

_COMMANDS: Final[Mapping[str, tuple[str, _Parent | None, _Declare]]] = {
    "check": ("check documents against the rules", _common, _add_check),
    "rules": ("list the rule catalogue", _common, _add_rules),
    "calendar": (
        "the statutory deadlines of a programme cycle (text, JSON or iCalendar)",
        None,
        _add_calendar,
    ),
    "report": ("write a self-contained HTML page for a document", None, _add_report),
    "schema": ("print the JSON Schema of a document kind", _language, _add_schema),
    "upgrade": (
        "print a document upgraded to the current schema version; list losses on stderr",
        _language,
        _add_upgrade,
    ),
    "import": ("read a workbook and print the document as JSON", _language, _add_import),
    "export": ("write a JSON document as an .xlsx workbook", _language, _add_export),
    "template": (
        "write a blank, annotated workbook to fill in for a document kind",
        _language,
        _add_template,
    ),
}
"""The commands :func:`_parser` declares, in the help's order: each one's help, the parent
of its shared options, and what declares its own (``compare`` declares itself)."""
