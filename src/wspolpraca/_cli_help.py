"""
The command line's help in Polish or English, and its exit codes.

The command line speaks Polish by default, so its help does too; ``--lang en`` anywhere on
the command line (also after ``--help``) gives the English help. The parser is written in
English in :mod:`wspolpraca.cli`; :func:`localize` translates every help text with
``POLISH`` (a test checks that none is missing), argparse's own headings, and adds the exit
codes of each command as an epilog.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any, Final, NoReturn

from ._text import Lang, Text

POLISH: Final[Mapping[str, str]] = {
    # argparse's own
    "show this help message and exit": "pokaż tę pomoc i zakończ",
    # wspolpraca
    "Load and check Polish municipal cooperation programmes with NGOs.": (
        "Wczytuje i sprawdza programy współpracy samorządów z organizacjami pozarządowymi."
    ),
    "print the version and exit": "wypisz wersję i zakończ",
    "check documents against the rules": "sprawdź dokumenty według reguł",
    "list the rule catalogue": "wypisz katalog reguł",
    "the statutory deadlines of a programme cycle (text, JSON or iCalendar)": (
        "ustawowe terminy cyklu programu (tekst, JSON albo iCalendar)"
    ),
    "write a self-contained HTML page for a document": (
        "zapisz samodzielną stronę HTML z raportem dokumentu"
    ),
    "print the JSON Schema of a document kind": "wypisz schemat JSON Schema rodzaju dokumentu",
    "print a document upgraded to the current schema version; list losses on stderr": (
        "wypisz dokument w bieżącej wersji schematu; utracone wartości na standardowym "
        "wyjściu błędów"
    ),
    "read a workbook and print the document as JSON": "wczytaj arkusz i wypisz dokument jako JSON",
    "write a JSON document as an .xlsx workbook": "zapisz dokument JSON jako arkusz .xlsx",
    "language of messages (default: pl)": "język komunikatów (domyślnie: pl)",
    "output format (default: text)": "format wyniku (domyślnie: text)",
    "apply a municipal profile: a shipped one (krakow, rural) or a TOML file": (
        "zastosuj profil gminy: dostarczony (krakow, rural) albo plik TOML"
    ),
    "apply the law in force on this date (default: each document's own relevant date)": (
        "stosuj prawo obowiązujące tego dnia (domyślnie: właściwa data każdego dokumentu)"
    ),
    "list only the rules in force on this date (default: every rule)": (
        "wypisz tylko reguły obowiązujące tego dnia (domyślnie: wszystkie)"
    ),
    (
        "JSON documents, directories (every *.json and *.jsonl below) or JSON Lines "
        "files (one document a line); - reads standard input"
    ): (
        "dokumenty JSON, katalogi (każdy *.json i *.jsonl w nich) albo pliki JSON Lines "
        "(jeden dokument w wierszu); - czyta standardowe wejście"
    ),
    "run only rules whose code starts with CODE (repeatable)": (
        "uruchom tylko reguły, których kod zaczyna się od CODE (można powtarzać)"
    ),
    "skip rules whose code starts with CODE (repeatable)": (
        "pomiń reguły, których kod zaczyna się od CODE (można powtarzać)"
    ),
    "report rule CODE as error, warning or info in this run (repeatable)": (
        "zgłaszaj regułę CODE jako error, warning albo info w tym przebiegu (można powtarzać)"
    ),
    "also check the loaded documents together as one unit's programme history": (
        "sprawdź też wczytane dokumenty razem, jako historię programów jednej jednostki"
    ),
    "check on N processes (default: 1; --history always uses one)": (
        "sprawdzaj w N procesach (domyślnie: 1; --history zawsze w jednym)"
    ),
    "check on N processes (default: 1; --history and --dossier always use one)": (
        "sprawdzaj w N procesach (domyślnie: 1; --history i --dossier zawsze w jednym)"
    ),
    (
        "also check the loaded documents (such as one directory) together as one unit's "
        "dossier: every kind, with the WSP-HST and WSP-DOS rules across them"
    ): (
        "sprawdź też wczytane dokumenty (np. jeden katalog) razem, jako teczkę jednej "
        "jednostki: dokumenty każdego rodzaju, z regułami WSP-HST i WSP-DOS między nimi"
    ),
    "the JSON document (or use --dossier)": "dokument JSON (albo użyj --dossier)",
    "report on the dossier of every *.json document below DIR instead of one file": (
        "raport o teczce ze wszystkich dokumentów *.json w katalogu DIR zamiast jednego pliku"
    ),
    "the programme's year, such as 2027": "rok programu, np. 2027",
    "output format (default: text); ics needs the extra wspolpraca[calendar]": (
        "format wyniku (domyślnie: text); ics wymaga dodatku wspolpraca[calendar]"
    ),
    "language (default: pl)": "język (domyślnie: pl)",
    "a municipal profile": "profil gminy",
    "a document of the cycle whose dates decide met/missed (repeatable)": (
        "dokument cyklu, którego daty rozstrzygają dotrzymanie terminu (można powtarzać)"
    ),
    "the day deadlines are open against": "dzień, względem którego terminy są otwarte",
    "write to FILE instead of standard output": "zapisz do FILE zamiast na standardowe wyjście",
    "the JSON document": "dokument JSON",
    "the HTML file to write; - for stdout": "plik HTML do zapisania; - to standardowe wyjście",
    "another document of the same cycle, for the timeline (repeatable)": (
        "inny dokument tego samego cyklu, do osi czasu (można powtarzać)"
    ),
    "language of the text (default: pl)": "język tekstu (domyślnie: pl)",
    "the JSON document to upgrade; - reads standard input": (
        "dokument JSON do aktualizacji; - czyta standardowe wejście"
    ),
    "an .xlsx workbook, or a folder of CSV files": "skoroszyt .xlsx albo katalog plików CSV",
    "the workbook to write (OUT.xlsx), or a folder for CSV files (any other name)": (
        "skoroszyt do zapisania (OUT.xlsx) albo katalog na pliki CSV (każda inna nazwa)"
    ),
    (
        "CSV files: commas and UTF-8 (excel, the default) or semicolons, "
        "a byte-order mark and decimal commas for Polish Excel (excel-pl)"
    ): (
        "pliki CSV: przecinki i UTF-8 (excel, domyślnie) albo średniki, znacznik BOM "
        "i przecinek dziesiętny dla polskiego Excela (excel-pl)"
    ),
    "the document kind (default: the kind the workbook names)": (
        "rodzaj dokumentu (domyślnie: rodzaj zapisany w arkuszu)"
    ),
    "a JSON document": "dokument JSON",
    "the document kind": "rodzaj dokumentu",
    "write a blank, annotated workbook to fill in for a document kind": (
        "zapisz pusty skoroszyt z opisami kolumn do wypełnienia dla rodzaju dokumentu"
    ),
    "the workbook to write": "skoroszyt do zapisania",
    # compare (issue 24)
    (
        "Rank the units of a peer group by an indicator in a year, or follow one unit across "
        "the years (--unit). Reads budget_year, population, annual_programme and "
        "implementation_report documents from the files and directories given."
    ): (
        "Szereguje jednostki grupy porównawczej według wskaźnika w danym roku albo śledzi jedną "
        "jednostkę w kolejnych latach (--unit). Czyta dokumenty budget_year, population, "
        "annual_programme i implementation_report z podanych plików i katalogów."
    ),
    "documents or directories": "dokumenty albo katalogi",
    "the year to rank (default: the latest)": "rok rankingu (domyślnie: najnowszy)",
    "the peer group (default: cities)": "grupa porównawcza (domyślnie: cities, miasta)",
    "the indicator (default: share)": "wskaźnik (domyślnie: share, udział)",
    "follow this unit across the years (with --year: also its position among peers)": (
        "śledź tę jednostkę w kolejnych latach (z --year: także jej miejsce wśród porównywanych)"
    ),
    "also write the charts as a self-contained page": (
        "zapisz też wykresy jako samodzielną stronę"
    ),
    "also write the charts as a PNG image (needs the charts extra: matplotlib)": (
        "zapisz też wykresy jako obraz PNG (wymaga dodatku charts: matplotlib)"
    ),
    "compare units and years: rankings and trends of indicators": (
        "porównaj jednostki i lata: rankingi i trendy wskaźników"
    ),
    # compare --jobs (issues 22, 24)
    "load the files on N processes (default: 1)": "wczytaj pliki w N procesach (domyślnie: 1)",
    # report --form (issue 20)
    "write an offer or task report as the filled-in statutory form, printable to A4": (
        "zapisz ofertę albo sprawozdanie z wykonania zadania jako wypełniony formularz "
        "ustawowy, do wydruku na A4"
    ),
}
"""The Polish text of every English help text of the parser."""

_HEADINGS: Final = {
    "pl": ("użycie: ", "argumenty pozycyjne", "opcje"),
    "en": ("usage: ", "positional arguments", "options"),
}


def _codes(pl: Sequence[str], en: Sequence[str]) -> Text:
    """Exit codes described one a line (``"0 text"`` items), in both languages."""

    def lines(head: str, items: Sequence[str]) -> str:
        split = (item.partition(" ") for item in items)
        return head + "".join(f"\n  {code}  {text}" for code, _, text in split)

    return Text(pl=lines("kody wyjścia:", pl), en=lines("exit codes:", en))


HINT: Final = Text(
    pl="pomoc polecenia: wspolpraca POLECENIE --help; pomoc po angielsku: dodaj --lang en",
    en="a command's help: wspolpraca COMMAND --help; help in Polish: leave out --lang en",
)
"""The last line of the program's help."""


_UNLOADABLE_PL: Final = "2 pliku nie da się wczytać albo błędne wywołanie"
_UNLOADABLE_EN: Final = "2 a file cannot be loaded, or the command line is wrong"

EXIT_CODES: Final[Mapping[str, Text]] = {
    "": _codes(
        [
            "0 bez błędów",
            "1 błąd wśród ustaleń (check, report) albo utracona wartość (upgrade)",
            "2 pliku nie da się wczytać, brak dodatku albo błędne wywołanie",
        ],
        [
            "0 no error",
            "1 an error among the findings (check, report) or a value lost (upgrade)",
            "2 a file cannot be loaded, an extra is missing, or the command line is wrong",
        ],
    ),
    "check": _codes(
        ["0 żadne ustalenie nie jest błędem", "1 co najmniej jedno jest", _UNLOADABLE_PL],
        ["0 no finding is an error", "1 one is", _UNLOADABLE_EN],
    ),
    "report": _codes(
        ["0 żadne ustalenie nie jest błędem", "1 co najmniej jedno jest", _UNLOADABLE_PL],
        ["0 no finding is an error", "1 one is", _UNLOADABLE_EN],
    ),
    "calendar": _codes(
        ["0 wypisano terminy", "2 " + _UNLOADABLE_PL[2:] + " albo brak dodatku dla ics"],
        ["0 the deadlines were written", "2 " + _UNLOADABLE_EN[2:] + ", or ics lacks its extra"],
    ),
    "rules": _codes(
        ["0 wypisano reguły", "2 profilu nie da się wczytać albo błędne wywołanie"],
        ["0 the rules were listed", "2 the profile cannot be loaded, or the command line is wrong"],
    ),
    "schema": _codes(
        ["0 wypisano schemat", "2 nieznany rodzaj albo błędne wywołanie"],
        ["0 the schema was written", "2 an unknown kind, or the command line is wrong"],
    ),
    "upgrade": _codes(
        [
            "0 nic nie utracono",
            "1 utracono wartość (lista na standardowym wyjściu błędów)",
            "2 dokumentu nie da się zaktualizować ani wczytać",
        ],
        [
            "0 nothing was lost",
            "1 a value was lost (listed on standard error)",
            "2 the document cannot be upgraded or loaded",
        ],
    ),
    "import": _codes(
        ["0 wypisano dokument", "2 arkusza nie da się wczytać albo brak dodatku wspolpraca[xlsx]"],
        ["0 the document was written", "2 the workbook cannot be loaded, or lacks its extra"],
    ),
    "export": _codes(
        ["0 zapisano arkusz", "2 dokumentu nie da się wczytać, pliku zapisać albo brak dodatku"],
        ["0 the workbook was written", "2 the document cannot be loaded or written, or no extra"],
    ),
    "compare": _codes(
        [
            "0 porównano",
            (
                "2 pliku nie da się wczytać, brak danych lub jednostki, brak dodatku charts "
                "dla --png albo błędne wywołanie"
            ),
        ],
        [
            "0 compared",
            (
                "2 a file cannot be loaded, no data or no such unit, --png lacks the charts "
                "extra, or the command line is wrong"
            ),
        ],
    ),
    "template": _codes(
        ["0 zapisano skoroszyt", "2 pliku nie da się zapisać, brak dodatku albo błędne wywołanie"],
        ["0 the workbook was written", "2 the file cannot be written, no extra, or a wrong line"],
    ),
}
"""The exit codes of the program and of each command, shown at the end of their help."""

MISSING_EXTRA: Final = Text(
    pl="to polecenie wymaga pakietu {package!r}; zainstaluj dodatek: pip install 'wspolpraca[{extra}]'",
    en="this command needs the {package!r} package; install the extra: pip install 'wspolpraca[{extra}]'",
)
"""What the command line says when an optional extra is not installed."""

_ERRORS: Final = (
    (re.compile(r"^the following arguments are required: "), "brak wymaganych argumentów: "),
    (re.compile(r"^unrecognized arguments: "), "nieznane argumenty: "),
    (re.compile(r"^argument (.+?): invalid choice: "), r"argument \1: niedozwolona wartość: "),
    (re.compile(r"^argument (.+?): expected one argument"), r"argument \1: brak wartości"),
    (re.compile(r"^argument (.+?): "), r"argument \1: "),
    (re.compile(r"\(choose from "), "(do wyboru: "),
)


def requested_lang(argv: Sequence[str]) -> Lang:
    """The language of the help: ``en`` when the command line says ``--lang en``, else ``pl``."""
    for index, arg in enumerate(argv):
        if arg == "--lang=en" or (arg == "--lang" and argv[index + 1 : index + 2] == ["en"]):
            return "en"
    return "pl"


def _columns() -> int:
    """
    ``shutil.get_terminal_size().columns``, argparse's width, without importing shutil.

    argparse makes a formatter for every option a parser declares and measures the
    terminal each time; through shutil that costs more at start-up (shutil imports bz2,
    lzma and more) than parsing the command line. The same steps: ``COLUMNS`` when it is a
    positive number, else the terminal of standard output, else 80.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80
    return size.columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, measuring the terminal with :func:`_columns`."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        super().__init__(
            prog, indent_increment, max_help_position, _columns() - 2 if width is None else width
        )


def _formatter(lang: Lang) -> type[argparse.RawDescriptionHelpFormatter]:
    usage_prefix = _HEADINGS[lang][0]

    class Formatter(_Formatter, argparse.RawDescriptionHelpFormatter):
        def add_usage(
            self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
        ) -> None:
            super().add_usage(usage, actions, groups, usage_prefix)

    return Formatter


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors speak the language of its help."""

    lang: Lang = "pl"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Print the usage and *message* (in Polish unless the help is English), exit with 2."""
        if self.lang == "en":
            super().error(message)
        for pattern, polish in _ERRORS:
            message = pattern.sub(polish, message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: błąd: {message}\n")


def localize(parser: argparse.ArgumentParser, lang: Lang, command: str = "") -> None:
    """Translate *parser*'s help into *lang*, with its headings and exit codes, recursively."""
    _, positionals, optionals = _HEADINGS[lang]
    parser.formatter_class = _formatter(lang)
    parser.epilog = EXIT_CODES[command](lang) if command in EXIT_CODES else None
    if not command:
        parser.epilog = f"{parser.epilog}\n\n{HINT(lang)}"
    if isinstance(parser, Parser):
        parser.lang = lang
    parser._positionals.title = positionals  # noqa: SLF001 - argparse offers no setter
    parser._optionals.title = optionals  # noqa: SLF001
    if lang == "pl" and parser.description:
        parser.description = POLISH.get(parser.description, parser.description)
    for action in parser._actions:  # noqa: SLF001
        if lang == "pl" and action.help:
            action.help = POLISH.get(action.help, action.help)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                if lang == "pl" and choice.help:
                    choice.help = POLISH.get(choice.help, choice.help)
            for name, subparser in action.choices.items():
                localize(subparser, lang, name)


def untranslated(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text of *parser* (and its commands) that ``POLISH`` does not translate."""
    found = []
    texts = [parser.description] if parser.description else []
    for action in parser._actions:  # noqa: SLF001
        texts.append(action.help or "")
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            texts.extend(choice.help or "" for choice in action._choices_actions)  # noqa: SLF001
            for subparser in action.choices.values():
                found.extend(untranslated(subparser))
    found.extend(text for text in texts if text and text not in POLISH)
    return found
