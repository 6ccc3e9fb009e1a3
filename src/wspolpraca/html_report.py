"""
A report people can read: one self-contained HTML5 page for a checked document.

:func:`render` writes a summary of the document, its findings grouped by severity (each with
its message, the path to the offending part and the provisions it rests on), and an inline SVG
timeline of the programme cycle the document belongs to (:func:`wspolpraca.calendar.deadlines`):
each deadline as a marker, the actual dates the document records, missed deadlines in red.
The page has no JavaScript and loads nothing from the network; every text taken from the
document is escaped, and its Content-Security-Policy (``default-src 'none'; style-src 'unsafe-inline'``) tells
the browser to run no script and load nothing, should anything slip through. Polish by default, English with ``lang="en"``.

>>> import datetime as dt, wspolpraca
>>> from wspolpraca.html_report import render
>>> programme = wspolpraca.load_file("examples/krakow-2021-annual.json")
>>> page = render(programme, today=dt.date(2021, 6, 1))
>>> page.startswith("<!DOCTYPE html>") and "<script" not in page
True

:func:`render_form` writes an offer or a task report instead as the filled-in statutory form,
section by section, printable to A4 (in Polish, as the form is).

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from html import escape
from typing import Any

import attrs

from ._model._competition import OpenCompetition
from ._model._consultation import ConsultationRound
from ._model._dossier import Dossier
from ._model._multiyear import MultiYearProgramme
from ._model._offer import TaskOffer
from ._model._programme import AnnualProgramme
from ._model._report import ImplementationReport
from ._model._small_grant import SmallGrantRegister
from ._model._task_report import TaskReport
from ._printable import render_offer, render_report
from ._text import Lang, Text
from .calendar import Deadline, DeadlineStatus, deadlines
from .law import Citation, Confidence
from .rules import CheckResult, Finding, Severity, check, reference_date
from .rules.dossier import drafts_annual as _drafts_annual
from .serialization import kind_of

__all__ = ["cycle_year", "render", "render_dossier", "render_form"]


def __dir__() -> list[str]:
    return __all__


_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'"
"""Inline CSS only (the page's own); no script, no fetch, no frame, no image from anywhere."""


def cycle_year(document: object) -> int:
    """
    The year of the programme cycle *document* belongs to: an annual programme's or a report's
    own year, a small-grant register's year, a competition's offer-deadline year, the year after
    a consultation of a draft (programmes are consulted the year before), else the year of
    :func:`~wspolpraca.rules.reference_date`.
    """
    if isinstance(document, AnnualProgramme | ImplementationReport | SmallGrantRegister):
        return document.year
    if isinstance(document, OpenCompetition) and document.announcement is not None:
        return document.announcement.offer_deadline.year
    if isinstance(document, ConsultationRound):
        return document.window.start.year + 1
    if isinstance(document, MultiYearProgramme) and document.period is not None:
        return document.period.start.year
    return reference_date(document).year


_T = {
    "title": Text(pl="Raport: {kind}", en="Report: {kind}"),
    "summary": Text(pl="Podsumowanie", en="Summary"),
    "kind": Text(pl="Rodzaj dokumentu", en="Document kind"),
    "unit": Text(pl="Jednostka", en="Unit"),
    "name": Text(pl="Dokument", en="Document"),
    "year": Text(pl="Rok cyklu programu", en="Programme cycle year"),
    "law_on": Text(pl="Prawo na dzień", en="Law as of"),
    "profile": Text(pl="Profil gminy", en="Municipal profile"),
    "none": Text(pl="brak (sama ustawa)", en="none (the statute alone)"),
    "result": Text(pl="Wynik", en="Result"),
    "ok": Text(pl="bez błędów", en="no errors"),
    "not_ok": Text(pl="są błędy", en="errors found"),
    "counts": Text(
        pl="błędy: {errors}, ostrzeżenia: {warnings}, informacje: {infos}",
        en="errors: {errors}, warnings: {warnings}, info: {infos}",
    ),
    "findings": Text(pl="Wyniki kontroli", en="Findings"),
    "no_findings": Text(pl="Brak wyników.", en="No findings."),
    "code": Text(pl="Kod", en="Code"),
    "message": Text(pl="Opis", en="Message"),
    "path": Text(pl="Miejsce w dokumencie", en="Path"),
    "basis": Text(pl="Podstawa prawna", en="Legal basis"),
    "timeline": Text(pl="Kalendarz cyklu programu {year}", en="Programme cycle {year}: timeline"),
    "timeline_label": Text(
        pl="Oś czasu terminów cyklu programu na rok {year}",
        en="Timeline of the deadlines of the programme cycle for {year}",
    ),
    "deadline": Text(pl="Czynność", en="What"),
    "due": Text(pl="Termin", en="Due"),
    "actual": Text(pl="Data faktyczna", en="Actual"),
    "status": Text(pl="Stan", en="Status"),
    "planned": Text(pl="termin planistyczny", en="planning date"),
    "today": Text(pl="dziś", en="today"),
    "legend": Text(
        pl="◆ termin · ● data faktyczna · ▬ okno · czerwony: przekroczony · "
        "zielony: dotrzymany · pusty: otwarty · szary: brak danych",
        en="◆ deadline · ● actual date · ▬ window · red: missed · green: met · "
        "hollow: open · grey: unknown",
    ),
    "dossier": Text(pl="dossier jednostki", en="the unit's dossier"),
    "documents": Text(pl="Dokumenty", en="Documents"),
    "document": Text(pl="Dokument", en="Document"),
    "count": Text(pl="Liczba dokumentów", en="Number of documents"),
    "consultation.closed": Text(
        pl="Konsultacje projektu programu zakończone przed jego uchwaleniem",
        en="The draft programme's consultation closes before its adoption",
    ),
    "generated": Text(
        pl="Wygenerowano przez wspolpraca {today}. Strona nie wymaga sieci ani JavaScriptu.",
        en="Generated by wspolpraca on {today}. The page needs no network and no JavaScript.",
    ),
}

_KIND_LABELS = {
    "annual_programme": Text(pl="roczny program współpracy", en="annual cooperation programme"),
    "multi_year_programme": Text(
        pl="wieloletni program współpracy", en="multi-year cooperation programme"
    ),
    "implementation_report": Text(
        pl="sprawozdanie z realizacji programu", en="programme implementation report"
    ),
    "council": Text(pl="rada działalności pożytku publicznego", en="public-benefit council"),
    "consultation_round": Text(pl="konsultacje", en="consultation round"),
    "open_competition": Text(pl="otwarty konkurs ofert", en="open competition"),
    "small_grant_register": Text(pl="rejestr małych grantów", en="small-grant register"),
    "agreement": Text(pl="umowa o realizację zadania publicznego", en="public task agreement"),
    "task_offer": Text(pl="oferta realizacji zadania publicznego", en="offer for a public task"),
    "task_report": Text(
        pl="sprawozdanie z wykonania zadania publicznego", en="report on a public task"
    ),
}

_CONFIDENCE = {
    Confidence.CONFIRMED: Text(pl="potwierdzone", en="confirmed"),
    Confidence.SECONDARY: Text(pl="źródło wtórne", en="secondary source"),
    Confidence.UNCONFIRMED: Text(pl="niepotwierdzone", en="unconfirmed"),
}

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2330;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;
border-bottom:1px solid #d5d9e0;padding-bottom:.2rem}h3{font-size:1.05rem}
dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.summary dt{font-weight:600}dl.summary dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.5rem 0 1rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e3e6eb}
th{background:#f3f5f8}code{font-size:.85rem;word-break:break-all}
td.code code{white-space:nowrap;word-break:normal}
.badge{display:inline-block;border-radius:.25rem;padding:0 .4rem;font-weight:600;color:#fff}
.sev-error .badge,.badge.sev-error{background:#b3261e}
.sev-warning .badge,.badge.sev-warning{background:#a35a00}
.sev-info .badge,.badge.sev-info{background:#2b5797}
.ok{color:#1e7b34;font-weight:600}.not-ok{color:#b3261e;font-weight:600}
.status-missed{color:#b3261e;font-weight:600}.status-met{color:#1e7b34}
.status-open{color:#2b5797}.status-unknown{color:#6b7280}
.timeline{width:100%;height:auto;border:1px solid #e3e6eb;background:#fcfcfd}
.legend,.muted{color:#6b7280;font-size:.85rem}
footer{margin-top:2rem;color:#6b7280;font-size:.8rem}
"""


def render(
    document: object,
    *,
    lang: Lang = "pl",
    profile: Any = None,
    today: dt.date | None = None,
    result: CheckResult | None = None,
    documents: Sequence[object] = (),
) -> str:
    """
    The HTML5 page for *document*.

    Args:
        document: A loaded document.
        lang: ``"pl"`` (default) or ``"en"``.
        profile: A :class:`~wspolpraca.profiles.Profile` applied to the check and the calendar.
        today: The day against which undone steps are open or overdue (default: today).
        result: The findings to show; ``None`` runs :func:`~wspolpraca.check`.
        documents: Further documents of the same cycle, for the timeline's actual dates.

    .. versionadded:: 0.1
    """
    day = dt.date.today() if today is None else today  # noqa: DTZ011 - a calendar date
    found = result if result is not None else check(document, profile=profile)
    year = cycle_year(document)
    cycle = deadlines(year, profile=profile, documents=(document, *documents), today=day)
    kind = kind_of(document)
    kind_label = _KIND_LABELS.get(kind, Text(pl=kind, en=kind))(lang)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        (
            f"<title>{escape(_T['title'].format(lang, {'kind': kind_label}))}"
            f"{escape(_name_suffix(document))}</title>"
        ),
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        (
            f"<h1>{escape(_T['title'].format(lang, {'kind': kind_label}))}"
            f"{escape(_name_suffix(document))}, {year}</h1>"
        ),
        _summary(
            document, result=found, kind_label=kind_label, year=year, profile=profile, lang=lang
        ),
        _findings(found, lang),
        _timeline_section(cycle, year, day, lang),
        f"<footer>{escape(_T['generated'].format(lang, {'today': day}))}</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def render_form(document: TaskOffer | TaskReport) -> str:
    """
    The offer or task report as a printable HTML5 page in the statutory form's own sections.

    The page follows the 2018 form's sections (I–VII for an offer, parts I–II for a report),
    is in Polish like the form, prints to A4 from a browser, has no JavaScript, and escapes
    every text taken from the document. It shows what the document states;
    :func:`~wspolpraca.check` says whether it adds up.

    >>> import wspolpraca
    >>> from wspolpraca.html_report import render_form
    >>> page = render_form(wspolpraca.load_file("examples/krakow-2024-offer.json"))
    >>> "V.A Zestawienie kosztów realizacji zadania" in page and "@page{size:A4" in page
    True

    Raises:
        TypeError: *document* is neither an offer nor a task report.

    .. versionadded:: 0.2
    """
    if isinstance(document, TaskOffer):
        return render_offer(document)
    if isinstance(document, TaskReport):
        return render_report(document)
    raise TypeError(f"no statutory form for {type(document).__name__}")


def _name_suffix(document: object) -> str:
    unit = getattr(document, "unit", None)
    name = getattr(unit, "name", "")
    return f" — {name}" if name else ""


def _summary(
    document: object,
    *,
    result: CheckResult,
    kind_label: str,
    year: int,
    profile: Any,
    lang: Lang,
) -> str:
    unit = getattr(document, "unit", None)
    title = getattr(document, "title", None) or getattr(document, "name", None)
    counts = {
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "infos": len(result) - len(result.errors) - len(result.warnings),
    }
    rows: list[tuple[str, str]] = [(_T["kind"](lang), escape(kind_label))]
    if unit is not None:
        rows.append((_T["unit"](lang), escape(f"{unit.name} (TERYT {unit.teryt})")))
    if isinstance(title, str) and title:
        rows.append((_T["name"](lang), escape(title)))
    rows.append((_T["year"](lang), str(year)))
    rows.append((_T["law_on"](lang), result.on.isoformat()))
    profile_text = _T["none"](lang)
    if profile is not None:
        profile_text = f"{profile.label_pl if lang == 'pl' else profile.label_en} ({profile.name})"
    rows.append((_T["profile"](lang), escape(profile_text)))
    verdict = (
        f'<span class="ok">{escape(_T["ok"](lang))}</span>'
        if result.ok
        else f'<span class="not-ok">{escape(_T["not_ok"](lang))}</span>'
    )
    rows.append((_T["result"](lang), f"{verdict}; {escape(_T['counts'].format(lang, counts))}"))
    items = "".join(f"<dt>{escape(key)}</dt><dd>{value}</dd>" for key, value in rows)
    return (
        f'<section id="summary"><h2>{escape(_T["summary"](lang))}</h2>'
        f'<dl class="summary">{items}</dl></section>'
    )


def _findings(result: CheckResult, lang: Lang, dossier: Dossier | None = None) -> str:
    out = [f'<section id="findings"><h2>{escape(_T["findings"](lang))}</h2>']
    if not len(result):
        out.append(f"<p>{escape(_T['no_findings'](lang))}</p>")
    for severity in Severity:
        group = [f for f in result if f.severity is severity]
        if not group:
            continue
        label = severity.label(lang)
        out.append(
            f'<section class="sev-{severity.value}">'
            f'<h3><span class="badge">{escape(label)}</span> ({len(group)})</h3>'
        )
        out.append(
            "<table><thead><tr>"
            + "".join(
                f"<th>{escape(_T[key](lang))}</th>" for key in ("code", "message", "path", "basis")
            )
            + "</tr></thead><tbody>"
        )
        out.extend(
            _finding_row(finding, lang, None if dossier is None else dossier.where(finding.path))
            for finding in group
        )
        out.append("</tbody></table></section>")
    out.append("</section>")
    return "\n".join(out)


def _finding_row(finding: Finding, lang: Lang, where: str | None = None) -> str:
    basis = finding.rule.cite(lang, finding.on)
    if finding.local_acts:
        basis += "; " + ", ".join(finding.local_acts)
    doubt = ""
    if finding.confidence is not Confidence.CONFIRMED:
        doubt = f' <span class="muted">[{escape(_CONFIDENCE[finding.confidence](lang))}]</span>'
    return (
        f'<tr class="finding" id="{escape(finding.code)}-{escape(finding.jsonpath)}">'
        f'<td class="code"><code>{escape(finding.code)}</code></td>'
        f"<td><strong>{escape(finding.rule.title(lang))}</strong><br>"
        f"{escape(finding.message(lang))}</td>"
        f"<td><code>{escape(finding.jsonpath if where is None else where)}</code></td>"
        f"<td>{escape(basis)}{doubt}</td></tr>"
    )


def _timeline_section(found: Sequence[Deadline], year: int, today: dt.date, lang: Lang) -> str:
    heading = escape(_T["timeline"].format(lang, {"year": year}))
    table = [
        "<table><thead><tr>"
        + "".join(
            f"<th>{escape(_T[key](lang))}</th>"
            for key in ("deadline", "due", "actual", "status", "basis")
        )
        + "</tr></thead><tbody>"
    ]
    for deadline in found:
        what = escape(deadline.title(lang))
        if deadline.subject:
            what += f'<br><span class="muted">{escape(deadline.subject)}</span>'
        if deadline.planned:
            what += f' <span class="muted">({escape(_T["planned"](lang))})</span>'
        due = deadline.due.isoformat()
        if deadline.start is not None and (deadline.due - deadline.start).days <= 62:
            due = f"{deadline.start.isoformat()} – {due}"
        basis = deadline.legal_basis(lang)
        if deadline.rule:
            basis += f" ({deadline.rule})"
        status = deadline.status.value
        table.append(
            f'<tr class="deadline status-{status}"><td>{what}</td><td>{escape(due)}</td>'
            f"<td>{escape(deadline.actual.isoformat() if deadline.actual else '—')}</td>"
            f'<td class="status-{status}">{escape(deadline.status.label(lang))}</td>'
            f"<td>{escape(basis)}</td></tr>"
        )
    table.append("</tbody></table>")
    return (
        f'<section id="timeline"><h2>{heading}</h2>'
        + timeline_svg(found, year, today, lang)
        + f'<p class="legend">{escape(_T["legend"](lang))}</p>'
        + "\n".join(table)
        + "</section>"
    )


_WIDTH = 1100
_GUTTER = 330
_ROW = 30
_TOP = 44
_COLOURS = {
    DeadlineStatus.MET: "#1e7b34",
    DeadlineStatus.MISSED: "#b3261e",
    DeadlineStatus.OPEN: "#2b5797",
    DeadlineStatus.UNKNOWN: "#6b7280",
}
_MONTHS = {
    "pl": ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def timeline_svg(found: Sequence[Deadline], year: int, today: dt.date, lang: Lang = "pl") -> str:
    """
    The inline SVG timeline: one row per deadline, with one ``deadline-marker`` (a diamond on
    the due day), its window as a bar, and the actual date as a dot joined to the marker.
    """
    days = [dt.date(year - 1, 1, 1), dt.date(year + 1, 6, 30)]
    for deadline in found:
        days.extend(d for d in (deadline.due, deadline.actual) if d is not None)
    first = min(days).replace(day=1)
    last_day = max(days)
    last = dt.date(last_day.year + (last_day.month == 12), last_day.month % 12 + 1, 1)
    span = max((last - first).days, 1)
    plot = _WIDTH - _GUTTER - 20
    height = _TOP + _ROW * max(len(found), 1) + 16

    def x(day: dt.date) -> float:
        clamped = min(max(day, first), last)
        return round(_GUTTER + plot * (clamped - first).days / span, 1)

    label = escape(_T["timeline_label"].format(lang, {"year": year}))
    out = [
        (
            f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'viewBox="0 0 {_WIDTH} {height}" aria-label="{label}">'
        ),
        f"<title>{label}</title>",
    ]
    month = first
    step = 1 if span <= 800 else 3
    while month <= last:
        pos = x(month)
        out.append(
            f'<line class="tick" x1="{pos}" y1="{_TOP - 8}" x2="{pos}" y2="{height - 8}" '
            f'stroke="#e3e6eb" stroke-width="1"/>'
        )
        text = _MONTHS[lang][month.month - 1]
        if month.month == 1:
            text = f"{text} {month.year}"
        weight = ' font-weight="bold"' if month.month == 1 else ""
        out.append(
            f'<text x="{pos + 2}" y="{_TOP - 14}" font-size="11" fill="#4b5563"{weight}>'
            f"{escape(text)}</text>"
        )
        index = month.month - 1 + step
        month = dt.date(month.year + index // 12, index % 12 + 1, 1)
    if first <= today <= last:
        pos = x(today)
        out.append(
            f'<line class="today" x1="{pos}" y1="{_TOP - 30}" x2="{pos}" y2="{height - 8}" '
            f'stroke="#7c3aed" stroke-width="1.5" stroke-dasharray="4 3"/>'
            f'<text x="{pos + 3}" y="{_TOP - 30}" font-size="11" fill="#7c3aed">'
            f"{escape(_T['today'](lang))}</text>"
        )
    for row, deadline in enumerate(found):
        out.append(_svg_row(deadline, _TOP + _ROW * row + _ROW // 2, x, lang))
    out.append("</svg>")
    return "\n".join(out)


def _svg_row(deadline: Deadline, y: int, x: Any, lang: Lang) -> str:
    colour = _COLOURS[deadline.status]
    status = deadline.status.value
    name = deadline.title(lang)
    if deadline.subject:
        name = f"{deadline.subject}: {name}"
    parts = [
        f'<g class="deadline-row status-{status}">',
        (
            f'<text x="{_GUTTER - 8}" y="{y + 4}" font-size="12" text-anchor="end" fill="#1d2330">'
            f"{escape(_short(name, 44))}</text>"
        ),
        f'<line x1="{_GUTTER}" y1="{y}" x2="{_WIDTH - 20}" y2="{y}" stroke="#f0f1f4"/>',
    ]
    if deadline.start is not None:
        parts.append(
            f'<rect class="window" x="{x(deadline.start)}" y="{y - 4}" '
            f'width="{max(x(deadline.due) - x(deadline.start), 1)}" height="8" rx="2" '
            f'fill="{colour}" fill-opacity="0.25"/>'
        )
    due = x(deadline.due)
    if deadline.actual is not None:
        actual = x(deadline.actual)
        parts.append(
            f'<line class="delay" x1="{due}" y1="{y}" x2="{actual}" y2="{y}" '
            f'stroke="{colour}" stroke-width="2"/>'
            f'<circle class="actual" cx="{actual}" cy="{y}" r="4.5" fill="{colour}">'
            f"<title>{escape(_T['actual'](lang))}: {deadline.actual.isoformat()}</title></circle>"
        )
    fill = colour if deadline.status is not DeadlineStatus.OPEN else "#ffffff"
    parts.append(
        f'<path class="deadline-marker {status}" d="M {due} {y - 7} L {due + 7} {y} '
        f'L {due} {y + 7} L {due - 7} {y} Z" fill="{fill}" stroke="{colour}" stroke-width="2">'
        f"<title>{escape(name)} — {escape(_T['due'](lang))}: {deadline.due.isoformat()} "
        f"({escape(deadline.status.label(lang))})</title></path>"
    )
    if deadline.status is DeadlineStatus.MISSED and deadline.actual is not None:
        late = (deadline.actual - deadline.due).days
        parts.append(
            f'<text class="late" x="{max(due, x(deadline.actual)) + 10}" y="{y + 4}" '
            f'font-size="11" fill="{colour}">{deadline.actual.isoformat()} (+{late})</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def render_dossier(
    dossier: Dossier,
    *,
    lang: Lang = "pl",
    profile: Any = None,
    today: dt.date | None = None,
    result: CheckResult | None = None,
) -> str:
    """
    The HTML5 page for a :class:`~wspolpraca.Dossier`: its documents, the findings of each
    document and of the dossier as a whole (each located by the document's name and the path
    inside it), and the timeline of each programme cycle the dossier holds an annual programme
    for (else the latest cycle of its documents), with the actual dates its consultation
    rounds, council opinions, competitions and reports record.

    Without a municipal profile the statute sets no consultation minimum, so the timeline
    shows the draft's consultation as a step that must close before the adoption
    (art. 5a ust. 1, rule ``WSP-DOS-002``), with the window's actual dates.

    Args:
        dossier: The dossier, such as :func:`~wspolpraca.load_dossier` gives.
        lang: ``"pl"`` (default) or ``"en"``.
        profile: A :class:`~wspolpraca.profiles.Profile` applied to the checks and the calendar.
        today: The day against which undone steps are open or overdue (default: today).
        result: The findings to show, located in the dossier (``$.documents[N]…``);
            ``None`` checks every document on its own and the dossier as a whole.

    >>> import datetime as dt, wspolpraca
    >>> from wspolpraca.html_report import render_dossier
    >>> dossier = wspolpraca.load_dossier("examples/dossier-krakow-2021")
    >>> page = render_dossier(dossier, today=dt.date(2022, 6, 1))
    >>> "2020-10-23" in page and "2020-10-13" in page
    True

    .. versionadded:: 0.2
    """
    day = dt.date.today() if today is None else today  # noqa: DTZ011 - a calendar date
    if result is None:
        result = _combined_result(dossier, profile=profile)
    years = sorted({d.year for d in dossier.documents if isinstance(d, AnnualProgramme)})
    if not years and dossier.documents:
        years = [max(cycle_year(document) for document in dossier.documents)]
    title = escape(_T["title"].format(lang, {"kind": _T["dossier"](lang)}))
    suffix = escape(_name_suffix(dossier.documents[0])) if dossier.documents else ""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}{suffix}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{title}{suffix}</h1>",
        _dossier_summary(dossier, result=result, profile=profile, lang=lang),
        _documents_table(dossier, result, lang),
        _findings(result, lang, dossier),
    ]
    for year in years:
        found = deadlines(year, profile=profile, documents=dossier.documents, today=day)
        found = (*found, *_consultation_closing(year, dossier, found, day))
        ordered = sorted(found, key=lambda d: (d.due, d.key, d.subject))
        parts.append(_timeline_section(ordered, year, day, lang))
    parts += [
        f"<footer>{escape(_T['generated'].format(lang, {'today': day}))}</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _combined_result(dossier: Dossier, *, profile: Any = None) -> CheckResult:
    """
    The findings of every document of *dossier* checked on its own, re-located under
    ``$.documents[N]``, and of the dossier as a whole, errors first; on the dossier's date.
    """
    whole = check(dossier, profile=profile)
    findings = [
        attrs.evolve(finding, path=("documents", index, *finding.path))
        for index, document in enumerate(dossier.documents)
        for finding in check(document, profile=profile)
    ]
    findings.extend(whole)
    findings.sort(key=lambda finding: finding.severity.rank)
    return CheckResult(tuple(findings), whole.on)


def _dossier_summary(dossier: Dossier, *, result: CheckResult, profile: Any, lang: Lang) -> str:
    units = {doc.unit.teryt: doc.unit for doc in dossier.documents if hasattr(doc, "unit")}
    rows: list[tuple[str, str]] = [(_T["kind"](lang), escape(_T["dossier"](lang)))]
    rows.extend(
        (_T["unit"](lang), escape(f"{unit.name} (TERYT {unit.teryt})")) for unit in units.values()
    )
    rows.append((_T["count"](lang), str(len(dossier.documents))))
    rows.append((_T["law_on"](lang), result.on.isoformat()))
    profile_text = _T["none"](lang)
    if profile is not None:
        profile_text = f"{profile.label_pl if lang == 'pl' else profile.label_en} ({profile.name})"
    rows.append((_T["profile"](lang), escape(profile_text)))
    counts = {
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "infos": len(result) - len(result.errors) - len(result.warnings),
    }
    verdict = (
        f'<span class="ok">{escape(_T["ok"](lang))}</span>'
        if result.ok
        else f'<span class="not-ok">{escape(_T["not_ok"](lang))}</span>'
    )
    rows.append((_T["result"](lang), f"{verdict}; {escape(_T['counts'].format(lang, counts))}"))
    items = "".join(f"<dt>{escape(key)}</dt><dd>{value}</dd>" for key, value in rows)
    return (
        f'<section id="summary"><h2>{escape(_T["summary"](lang))}</h2>'
        f'<dl class="summary">{items}</dl></section>'
    )


def _documents_table(dossier: Dossier, result: CheckResult, lang: Lang) -> str:
    rows = []
    for index, document in enumerate(dossier.documents):
        kind = kind_of(document)
        label = _KIND_LABELS.get(kind, Text(pl=kind, en=kind))(lang)
        own = [f for f in result if f.path[:2] == ("documents", index)]
        counts = {
            "errors": sum(f.severity is Severity.ERROR for f in own),
            "warnings": sum(f.severity is Severity.WARNING for f in own),
            "infos": sum(f.severity is Severity.INFO for f in own),
        }
        rows.append(
            f'<tr class="document"><td><code>{escape(dossier.name_of(index))}</code></td>'
            f"<td>{escape(label)}</td><td>{cycle_year(document)}</td>"
            f"<td>{escape(_T['counts'].format(lang, counts))}</td></tr>"
        )
    head = "".join(
        f"<th>{escape(_T[key](lang))}</th>" for key in ("document", "kind", "year", "findings")
    )
    return (
        f'<section id="documents"><h2>{escape(_T["documents"](lang))}</h2>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _consultation_closing(
    year: int, dossier: Dossier, found: Sequence[Deadline], today: dt.date
) -> Iterator[Deadline]:
    """
    The consultation of the draft programme for *year* as a step that closes before the
    adoption, with the window's actual dates, when the calendar has no consultation step with
    an actual date (no profile sets a minimum).
    """
    if any(d.key.startswith("consultation.") and d.actual is not None for d in found):
        return
    adoption = next((d for d in found if d.key == "programme.adoption"), None)
    if adoption is None:
        return
    closes_by = (adoption.actual or adoption.due) - dt.timedelta(days=1)
    for index, document in enumerate(dossier.documents):
        if not isinstance(document, ConsultationRound):
            continue
        title = document.draft.title
        if not _drafts_annual(title, document.draft.act_kind, year):
            continue
        if document.window.start.year != year - 1:
            continue
        end = document.window.end
        yield Deadline(
            key="consultation.window",
            title=_T["consultation.closed"],
            due=closes_by,
            start=document.window.start,
            parameter=adoption.parameter,
            basis=Citation("5a", "1"),
            rule="WSP-DOS-002",
            actual=end,
            status=DeadlineStatus.MET if end <= closes_by else DeadlineStatus.MISSED,
            document=dossier.name_of(index),
            path=("window", "end"),
            subject=title,
        )
