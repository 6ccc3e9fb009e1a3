"""
Pictures of comparisons: a ranking bar chart and a trend line chart, as SVG in one HTML page.

:func:`page` writes a self-contained HTML5 page: inline SVG only, no JavaScript, nothing
loaded from the network (its Content-Security-Policy forbids it), every text escaped.
Polish by default, English with ``lang="en"``. A missing value is drawn as no bar (or a
gap in the line) and listed under the chart with the inputs it lacks; it is never a zero.

>>> from decimal import Decimal
>>> import wspolpraca
>>> from wspolpraca import charts, comparison
>>> unit = wspolpraca.Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")
>>> budget = wspolpraca.BudgetYear(unit=unit, year=2021, total_expenditure=Decimal(100),
...     lines=(wspolpraca.BudgetLine(division="852", chapter="85295", paragraph="2360", spent=Decimal(3)),),
...     source=wspolpraca.DataSource(title="illustrative", reference="doctest"))
>>> ranking = comparison.Dataset.of([budget]).rank("share", 2021)
>>> html = charts.page(ranking=ranking)
>>> html.startswith("<!DOCTYPE html>") and "<script" not in html and 'class="bar"' in html
True

:func:`png` draws the same two charts as one PNG image with matplotlib, when the
``charts`` extra is installed (``pip install 'wspolpraca[charts]'``); it is never needed
for the page.

.. versionadded:: 0.1
"""

from __future__ import annotations

import importlib
import io
import math
import textwrap
from collections.abc import Sequence
from decimal import Decimal
from html import escape
from typing import Any, Final

from ._text import Lang, Text
from .comparison import INDICATORS, PEER_GROUPS, IndicatorResult, Ranking, Trend

__all__ = ["CSP", "PNG_EXTRA", "page", "png", "ranking_svg", "trend_svg"]


def __dir__() -> list[str]:
    return __all__


CSP: Final = "default-src 'none'; style-src 'unsafe-inline'"
"""The Content-Security-Policy of the page, which allows nothing but its own inline styles."""

_WIDTH: Final = 720
_LABEL: Final = 230
_BAR: Final = 22
_GAP: Final = 8
_PALETTE: Final = ("#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d68910", "#566573")
_CSS: Final = (
    "body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}"
    "svg{display:block;margin:1rem 0}"
    "svg text{font-size:13px;fill:#222}"
    ".bar{fill:#1f5fa8}.axis{stroke:#888;stroke-width:1}"
    ".line{fill:none;stroke-width:2}.missing{color:#a04000}"
)
_T: Final = {
    "title": Text(pl="Porównanie jednostek samorządu", en="Comparing local government units"),
    "ranking": Text(pl="Ranking: {title}, {year}, {peers}", en="Ranking: {title}, {year}, {peers}"),
    "trend": Text(pl="Zmiany w czasie: {title}", en="Over the years: {title}"),
    "missing": Text(pl="Brak danych", en="Missing"),
    "sources": Text(pl="Źródła", en="Sources"),
}


def _number(value: Decimal, lang: Lang) -> str:
    text = f"{value:.2f}"
    return text if lang == "en" else text.replace(".", ",")


def ranking_svg(ranking: Ranking, lang: Lang = "pl") -> str:
    """
    A horizontal bar chart of *ranking*: one bar per ranked unit, longest first.

    .. versionadded:: 0.1
    """
    definition = INDICATORS[ranking.indicator]
    entries = ranking.entries
    top = max((e.result.value or Decimal(0) for e in entries), default=Decimal(0))
    span = _WIDTH - _LABEL - 90
    height = max(len(entries), 1) * (_BAR + _GAP) + _GAP
    title = _T["ranking"].format(
        lang,
        {
            "title": definition.title(lang),
            "year": ranking.year,
            "peers": PEER_GROUPS[ranking.peers](lang),
        },
    )
    out = [
        (
            f'<svg class="ranking" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'width="{_WIDTH}" height="{height}" viewBox="0 0 {_WIDTH} {height}">'
        ),
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="{_LABEL}" y1="0" x2="{_LABEL}" y2="{height}"/>',
    ]
    for index, entry in enumerate(entries):
        value = entry.result.value or Decimal(0)
        y = _GAP + index * (_BAR + _GAP)
        width = 0 if top == 0 else round(float(value / top) * span, 1)
        label = f"{entry.rank}. {entry.result.unit.name}"
        shown = f"{_number(value, lang)} {definition.unit}".rstrip()
        out += [
            f'<g class="entry" data-teryt="{escape(entry.result.unit.teryt)}">',
            f'<text x="{_LABEL - 6}" y="{y + 16}" text-anchor="end">{escape(label)}</text>',
            (
                f'<rect class="bar" x="{_LABEL}" y="{y}" width="{width}" height="{_BAR}">'
                f"<title>{escape(entry.result.describe(lang))}</title></rect>"
            ),
            f'<text x="{_LABEL + width + 6}" y="{y + 16}">{escape(shown)}</text>',
            "</g>",
        ]
    out.append("</svg>")
    return "\n".join(out)


def trend_svg(trends: Sequence[Trend], lang: Lang = "pl") -> str:
    """
    A line chart of one indicator for one or more units across years.

    A missing year breaks the line; every known year is a point with its value as a tooltip.

    .. versionadded:: 0.1
    """
    height, left, right, top, bottom = 320, 70, 170, 20, 40
    points = [p for t in trends for p in t.points]
    years = sorted({p.result.year for p in points})
    values = [p.result.value for p in points if p.result.value is not None]
    high = max(values, default=Decimal(1)) or Decimal(1)
    first, last = (years[0], years[-1]) if years else (0, 1)

    def x(year: int) -> float:
        if last == first:
            return left + (_WIDTH - left - right) / 2
        return round(left + (year - first) / (last - first) * (_WIDTH - left - right), 1)

    def y(value: Decimal) -> float:
        return round(top + (1 - float(value / high)) * (height - top - bottom), 1)

    title = _T["trend"].format(
        lang, {"title": INDICATORS[trends[0].indicator].title(lang) if trends else ""}
    )
    out = [
        (
            f'<svg class="trend" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'width="{_WIDTH}" height="{height}" viewBox="0 0 {_WIDTH} {height}">'
        ),
        f"<title>{escape(title)}</title>",
        (
            f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{_WIDTH - right}" '
            f'y2="{height - bottom}"/>'
        ),
        f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{_number(high, lang)}</text>',
        f'<text x="{left - 6}" y="{height - bottom + 4}" text-anchor="end">0</text>',
    ]
    out += [
        f'<text x="{x(year)}" y="{height - bottom + 18}" text-anchor="middle">{year}</text>'
        for year in years
    ]
    for index, trend in enumerate(trends):
        colour = _PALETTE[index % len(_PALETTE)]
        out.append(f'<g class="series" data-teryt="{escape(trend.unit.teryt)}">')
        for run in _runs(trend):
            coords = " ".join(f"{x(r.year)},{y(r.value or Decimal(0))}" for r in run)
            out.append(f'<polyline class="line" stroke="{colour}" points="{coords}"/>')
        for point in trend.points:
            result = point.result
            if result.value is None:
                continue
            out.append(
                f'<circle cx="{x(result.year)}" cy="{y(result.value)}" r="4" fill="{colour}">'
                f"<title>{escape(f'{result.year}: {result.describe(lang)}')}</title></circle>"
            )
        out.append(
            f'<text class="legend" x="{_WIDTH - right + 30}" y="{top + 16 + index * 18}" '
            f'style="fill:{colour}">{escape(trend.unit.name)}</text>'
        )
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def _runs(trend: Trend) -> list[list[IndicatorResult]]:
    """The trend's consecutive known years, split at each missing year."""
    runs: list[list[IndicatorResult]] = [[]]
    for point in trend.points:
        if point.result.value is None:
            runs.append([])
        else:
            runs[-1].append(point.result)
    return [run for run in runs if run]


def _missing(results: Sequence[IndicatorResult], lang: Lang) -> str:
    if not results:
        return ""
    items = "".join(
        f"<li>{escape(f'{r.unit.name} ({r.unit.teryt}), {r.year}: {r.display(lang)}')}</li>"
        for r in results
    )
    return f'<h3 class="missing">{escape(_T["missing"](lang))}</h3><ul class="missing">{items}</ul>'


def _sources(results: Sequence[IndicatorResult], lang: Lang) -> str:
    from .comparison import sources  # noqa: PLC0415 - keeps the import list short

    found = sources(results)
    if not found:
        return ""
    items = "".join(f"<li>{escape(source)}</li>" for source in found)
    return f'<h3>{escape(_T["sources"](lang))}</h3><ul class="sources">{items}</ul>'


def page(
    *,
    ranking: Ranking | None = None,
    trends: Sequence[Trend] = (),
    lang: Lang = "pl",
) -> str:
    """
    The HTML5 page with the bar chart of *ranking* and the line chart of *trends*.

    Args:
        ranking: A ranking to draw; ``None`` for none.
        trends: Trends of one indicator to draw together; empty for none.
        lang: ``"pl"`` (default) or ``"en"``.

    .. versionadded:: 0.1
    """
    title = _T["title"](lang)
    body = [f"<h1>{escape(title)}</h1>"]
    if ranking is not None:
        heading = _T["ranking"].format(
            lang,
            {
                "title": INDICATORS[ranking.indicator].title(lang),
                "year": ranking.year,
                "peers": PEER_GROUPS[ranking.peers](lang),
            },
        )
        body += [
            "<section>",
            f"<h2>{escape(heading)}</h2>",
            ranking_svg(ranking, lang),
            _missing(ranking.missing, lang),
            _sources(ranking.results(), lang),
            "</section>",
        ]
    if trends:
        results = [r for t in trends for r in t.results()]
        heading = _T["trend"].format(lang, {"title": INDICATORS[trends[0].indicator].title(lang)})
        body += [
            "<section>",
            f"<h2>{escape(heading)}</h2>",
            trend_svg(trends, lang),
            _missing([r for r in results if r.value is None], lang),
            _sources(results, lang),
            "</section>",
        ]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        *[part for part in body if part],
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


_PNG_TITLE: Final = 80
"""Characters per line of a PNG chart's title."""

PNG_EXTRA: Final = "PNG charts need matplotlib: pip install 'wspolpraca[charts]'"
"""The message of the :class:`ImportError` :func:`png` raises without matplotlib."""


def png(
    *,
    ranking: Ranking | None = None,
    trends: Sequence[Trend] = (),
    lang: Lang = "pl",
    dpi: int = 100,
) -> bytes:
    """
    The bar chart of *ranking* and the line chart of *trends* as one PNG image.

    Drawn by matplotlib (the ``charts`` extra) with its object API and the Agg renderer,
    so no window opens and no global state changes. As on the page, a unit with a missing
    value has no bar and is listed under the chart with the inputs it lacks, and a missing
    year breaks the line; nothing missing is drawn as zero.

    Args:
        ranking: A ranking to draw; ``None`` for none.
        trends: Trends of one indicator to draw together; empty for none.
        lang: ``"pl"`` (default) or ``"en"``.
        dpi: The image's resolution in dots per inch.

    Raises:
        ImportError: matplotlib is not installed (the message is :data:`PNG_EXTRA`).
        ValueError: there is nothing to draw (neither a ranking nor a trend).

    .. versionadded:: 0.1
    """
    if ranking is None and not trends:
        msg = "nothing to draw: give a ranking or a trend"
        raise ValueError(msg)
    try:
        figure_module = importlib.import_module("matplotlib.figure")
        agg = importlib.import_module("matplotlib.backends.backend_agg")
    except ImportError as exc:
        raise ImportError(PNG_EXTRA) from exc
    panels = (1 if ranking is not None else 0) + (1 if trends else 0)
    rows = max(len(ranking.entries), 1) if ranking is not None else 0
    height = (1.8 + 0.35 * rows + 0.3 * len(ranking.missing) if ranking is not None else 0) + (
        4.0 if trends else 0
    )
    figure = figure_module.Figure(figsize=(9.0, max(height, 3.0)), dpi=dpi, layout="constrained")
    agg.FigureCanvasAgg(figure)
    ratios = []
    if ranking is not None:
        ratios.append(max(height - (4.0 if trends else 0), 1.0))
    if trends:
        ratios.append(4.0)
    axes = figure.subplots(panels, 1, squeeze=False, height_ratios=ratios)[:, 0]
    index = 0
    if ranking is not None:
        _png_ranking(axes[index], ranking, lang)
        index += 1
    if trends:
        _png_trends(axes[index], trends, lang)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _png_ranking(axes: Any, ranking: Ranking, lang: Lang) -> None:
    definition = INDICATORS[ranking.indicator]
    entries = ranking.entries
    labels = [f"{e.rank}. {e.result.unit.name}" for e in entries]
    values = [float(e.result.value or 0) for e in entries]
    bars = axes.barh(range(len(entries)), values, color=_PALETTE[0])
    axes.set_yticks(range(len(entries)), labels)
    axes.invert_yaxis()
    axes.bar_label(
        bars,
        labels=[
            f"{_number(e.result.value or Decimal(0), lang)} {definition.unit}".rstrip()
            for e in entries
        ],
        padding=4,
    )
    title = _T["ranking"].format(
        lang,
        {
            "title": definition.title(lang),
            "year": ranking.year,
            "peers": PEER_GROUPS[ranking.peers](lang),
        },
    )
    axes.set_title(textwrap.fill(title, _PNG_TITLE), loc="left")
    axes.margins(x=0.25)
    if ranking.missing:
        lines = [f"{_T['missing'](lang)}:"] + [
            f"  {r.unit.name} ({r.unit.teryt}): {r.display(lang)}" for r in ranking.missing
        ]
        axes.set_xlabel("\n".join(lines), loc="left", color="#a04000")


def _png_trends(axes: Any, trends: Sequence[Trend], lang: Lang) -> None:
    definition = INDICATORS[trends[0].indicator]
    for number, trend in enumerate(trends):
        years = [p.result.year for p in trend.points]
        values = [
            math.nan if p.result.value is None else float(p.result.value) for p in trend.points
        ]
        axes.plot(
            years,
            values,
            marker="o",
            color=_PALETTE[number % len(_PALETTE)],
            label=f"{trend.unit.name} ({trend.unit.teryt})",
        )
    title = _T["trend"].format(lang, {"title": definition.title(lang)})
    axes.set_title(textwrap.fill(title, _PNG_TITLE), loc="left")
    axes.set_ylabel(definition.unit)
    years = sorted({p.result.year for t in trends for p in t.points})
    axes.set_xticks(years, [str(year) for year in years])
    axes.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    axes.set_ylim(bottom=0)
    axes.legend(loc="best")
    missing = [(t.unit, p.result) for t in trends for p in t.points if p.result.value is None]
    if missing:
        lines = [f"{_T['missing'](lang)}:"] + [
            f"  {unit.name} {result.year}: {result.display(lang)}" for unit, result in missing
        ]
        axes.set_xlabel("\n".join(lines), loc="left", color="#a04000")
