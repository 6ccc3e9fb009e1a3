"""
The ``wspolpraca compare`` command: rank units, follow a unit's trend, draw both.

Kept apart from :mod:`wspolpraca.cli` so that the command is one focused unit:
:func:`add_parser` declares it and :func:`run` carries it out.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from ._batch import error_line
from ._cli_help import MISSING_EXTRA
from ._indicator_catalogue import INDICATORS, PEER_GROUPS
from ._text import Lang, Text
from .errors import ValidationError, ValidationErrors

if TYPE_CHECKING:
    from .comparison import Ranking

# The parser needs only the catalogue; the comparison itself is imported when the command
# runs, so that every other command (``check`` above all) starts without it.

EXIT_OK = 0
EXIT_UNLOADABLE = 2

_T = {
    "no_data": Text(
        pl="brak dokumentów do porównania (budget_year, population, annual_programme, "
        "implementation_report)",
        en="no documents to compare (budget_year, population, annual_programme, "
        "implementation_report)",
    ),
    "unknown_unit": Text(
        pl="brak jednostki o kodzie TERYT {teryt} w danych",
        en="no unit with the TERYT code {teryt} in the data",
    ),
    "position": Text(
        pl="pozycja {name}: {rank}. z {size} ({peers}, {year})",
        en="position of {name}: {rank} of {size} ({peers}, {year})",
    ),
    "no_position": Text(
        pl="{name}: brak pozycji ({peers}, {year}): {display}",
        en="{name}: no position ({peers}, {year}): {display}",
    ),
    "written": Text(pl="zapisano {path}", en="wrote {path}"),
}


def add_parser(commands: argparse._SubParsersAction[Any]) -> None:
    """Declare ``compare`` on the *commands* of the main parser."""
    command = commands.add_parser(
        "compare",
        help="compare units and years: rankings and trends of indicators",
        description=(
            "Rank the units of a peer group by an indicator in a year, or follow one unit "
            "across the years (--unit). Reads budget_year, population, annual_programme and "
            "implementation_report documents from the files and directories given."
        ),
    )
    command.add_argument("paths", nargs="+", metavar="DIR", help="documents or directories")
    command.add_argument("--year", type=int, help="the year to rank (default: the latest)")
    command.add_argument(
        "--peers",
        choices=tuple(PEER_GROUPS),
        default="cities",
        help="the peer group (default: cities)",
    )
    command.add_argument(
        "--indicator",
        choices=tuple(INDICATORS),
        default="share",
        help="the indicator (default: share)",
    )
    command.add_argument(
        "--unit",
        metavar="TERYT",
        help="follow this unit across the years (with --year: also its position among peers)",
    )
    command.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="output format (default: text)",
    )
    command.add_argument(
        "--lang", choices=("pl", "en"), default="pl", help="language of the text (default: pl)"
    )
    command.add_argument(
        "--html", metavar="OUT.html", help="also write the charts as a self-contained page"
    )
    command.add_argument(
        "--png",
        metavar="OUT.png",
        help="also write the charts as a PNG image (needs the charts extra: matplotlib)",
    )
    command.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="load the files on N processes (default: 1)",
    )


def _jobs(text: str) -> int:
    """A positive number of processes, refused as ``check --jobs`` refuses one."""
    number = int(text) if text.isdecimal() else 0
    if number < 1:
        msg = f"not a positive whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """
    Carry out ``compare`` with parsed *args*: the comparison on *out* (so that JSON and CSV
    stay parseable), every problem (unloadable files, a bad output path, a missing extra) on
    *err*; return the exit code. Output paths are checked before anything is computed and
    written atomically, never over an input.
    """
    from ._io import check_target  # noqa: PLC0415 - only commands that write pay for it
    from .charts import page  # noqa: PLC0415 - only this command draws
    from .comparison import Dataset, render  # noqa: PLC0415 - only this command compares

    lang: Lang = args.lang
    targets = [target for target in (args.html, args.png) if target]
    try:
        for target in targets:
            check_target(target, args.paths)
    except ValidationErrors as group:
        _problems(err, ((target, error) for error in group.errors), lang)
        return EXIT_UNLOADABLE
    data = Dataset.load(args.paths, jobs=args.jobs)
    _problems(err, data.problems, lang)
    if not data.unit_years:
        err.write(_T["no_data"](lang) + "\n")
        return EXIT_UNLOADABLE
    year = args.year if args.year is not None else data.years()[-1]
    ranking = data.rank(args.indicator, year, args.peers)
    trends = []
    if args.unit is not None:
        if args.unit not in data.units():
            err.write(_T["unknown_unit"].format(lang, {"teryt": args.unit}) + "\n")
            return EXIT_UNLOADABLE
        trend = data.trend(args.indicator, args.unit)
        trends.append(trend)
        out.write(render(trend, fmt=args.format, lang=lang))
        if args.year is not None and args.format == "text":
            out.write(_position(ranking, args.unit, lang) + "\n")
    else:
        out.write(render(ranking, fmt=args.format, lang=lang))
    shown = ranking if args.unit is None or args.year is not None else None
    pictures: list[tuple[str, bytes]] = []
    if args.html:
        pictures.append((args.html, page(ranking=shown, trends=trends, lang=lang).encode()))
    if args.png:
        from .charts import png  # noqa: PLC0415 - only this option draws a PNG

        try:
            pictures.append((args.png, png(ranking=shown, trends=trends, lang=lang)))
        except ImportError:
            message = MISSING_EXTRA.format(lang, {"package": "matplotlib", "extra": "charts"})
            err.write(message + "\n")
            return EXIT_UNLOADABLE
    return _write(pictures, args, out, err) or (EXIT_UNLOADABLE if data.problems else EXIT_OK)


def _problems(err: TextIO, problems: Iterable[tuple[str, ValidationError]], lang: Lang) -> None:
    err.writelines(error_line(name, error, lang) + "\n" for name, error in problems)


def _write(
    pictures: list[tuple[str, bytes]], args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    """Write each picture atomically; 0 when all were written, else the exit code."""
    from ._io import write_atomic  # noqa: PLC0415 - only commands that write pay for it

    for target, data in pictures:
        try:
            write_atomic(target, data, args.paths)
        except ValidationErrors as group:
            _problems(err, ((target, error) for error in group.errors), args.lang)
            return EXIT_UNLOADABLE
        if args.format == "text":
            out.write(_T["written"].format(args.lang, {"path": target}) + "\n")
    return 0


def _position(ranking: Ranking, teryt: str, lang: Lang) -> str:
    peers = PEER_GROUPS[ranking.peers](lang)
    found = ranking.position(teryt)
    if found is not None:
        return _T["position"].format(
            lang,
            {
                "name": found.result.unit.name,
                "rank": found.rank,
                "size": len(ranking.entries),
                "peers": peers,
                "year": ranking.year,
            },
        )
    missing = next((r for r in ranking.missing if r.unit.teryt == teryt), None)
    display = (
        missing.display(lang)
        if missing is not None
        else Text(pl="spoza grupy", en="not in the group")(lang)
    )
    name = missing.unit.name if missing is not None else teryt
    return _T["no_position"].format(
        lang, {"name": name, "peers": peers, "year": ranking.year, "display": display}
    )
