"""
The filled-in form: an offer or a task report as one printable, self-contained HTML page.

The page follows the sections of the statutory form (the 2018 offer of Dz.U. 2018 poz. 2057
annex 1 and its report, annex 5; the simplified ones of poz. 2055 share the order), in Polish,
with a project operator's regranting section (art. 16a; annexes 2 and 6, whose wording was not
read) at the end of the offer's part III and of the report's part I,
laid out for A4 paper when printed from a browser. It has no JavaScript and loads nothing from
the network; every text taken from the document is escaped. It renders what the document
states; :func:`wspolpraca.check` says whether that adds up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from html import escape

from ._model._calculation import CostLine
from ._model._common import Period
from ._model._offer import TaskOffer
from ._model._regranting import RegrantingExecution, RegrantingPlan
from ._model._task_report import TaskReport
from ._text import format_money
from .codelists import load_codelist

_CSS = """
@page{size:A4;margin:15mm 14mm}
body{font-family:"DejaVu Serif","Times New Roman",serif;font-size:10.5pt;color:#000;
margin:0 auto;max-width:182mm;line-height:1.3}
h1{font-size:13pt;text-align:center;text-transform:uppercase;margin:0 0 2mm}
p.sub{text-align:center;margin:0 0 5mm;font-size:9.5pt}
h2{font-size:11pt;background:#ddd;padding:1mm 2mm;margin:5mm 0 2mm;break-after:avoid}
h3{font-size:10.5pt;margin:3mm 0 1mm;break-after:avoid}
table{border-collapse:collapse;width:100%;margin:1mm 0 2mm;break-inside:auto}
th,td{border:0.3mm solid #000;padding:1mm 1.5mm;vertical-align:top;text-align:left}
th{background:#eee;font-weight:normal}
td.n{text-align:right;white-space:nowrap}th.n{text-align:right}
tr{break-inside:avoid}
tr.sum td{font-weight:bold}
div.box{border:0.3mm solid #000;padding:1.5mm 2mm;min-height:6mm;white-space:pre-wrap}
footer{margin-top:6mm;font-size:8pt;color:#444}
"""

_GROUP_ORDER = ("actions", "substantive", "administrative", "service", "other")
_ROMAN = ("I", "II", "III", "IV", "V")
_EMPTY = "nie dotyczy"


def _text(value: object) -> str:
    if value is None or value == "":
        return _EMPTY
    return escape(str(value))


def _money(value: Decimal | None) -> str:
    return _EMPTY if value is None else escape(format_money(value, "pl"))


def _number(value: Decimal | None) -> str:
    return _EMPTY if value is None else escape(f"{value.normalize():f}".replace(".", ","))


def _period(period: Period | None) -> str:
    if period is None:
        return _EMPTY
    if period.start == period.end:
        return period.start.isoformat()
    return f"{period.start.isoformat()} – {period.end.isoformat()}"


def _box(value: str) -> str:
    return f'<div class="box">{_text(value.strip() or None)}</div>'


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], numeric: Iterable[int] = ()) -> str:
    """A table with *head*; cells are already escaped; columns *numeric* align right."""
    right = set(numeric)
    cells = "".join(f"<th{' class=n' if i in right else ''}>{h}</th>" for i, h in enumerate(head))
    body = []
    for row in rows:
        css = ' class="sum"' if row and row[0] == "" else ""
        tds = "".join(
            f"<td{' class=n' if i in right else ''}>{cell}</td>" for i, cell in enumerate(row)
        )
        body.append(f"<tr{css}>{tds}</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(head)}">{_EMPTY}</td></tr>')
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _label(codelist: str, code: str | None) -> str:
    if code is None:
        return _EMPTY
    entry = load_codelist(codelist).get(code)
    return escape(entry.label_pl if entry is not None else code)


def _page(title: str, subtitle: str, sections: Sequence[str], form: str | None) -> str:
    note = f"Wzór: {_label('task_forms', form)}. " if form is not None else ""
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="pl">',
                "<head>",
                '<meta charset="utf-8">',
                f"<title>{escape(title)}</title>",
                f"<style>{_CSS}</style>",
                "</head>",
                "<body>",
                f"<h1>{escape(title)}</h1>",
                f'<p class="sub">{subtitle}</p>',
                *sections,
                (
                    f"<footer>{note}Wydruk danych dokumentu przygotowany przez wspolpraca; "
                    "nie zastępuje podpisanego formularza.</footer>"
                ),
                "</body>",
                "</html>",
            ]
        )
        + "\n"
    )


# ---------------------------------------------------------------------------------------
# The offer


def _offer_title(offer: TaskOffer) -> str:
    if offer.small_grant:
        return "Uproszczona oferta realizacji zadania publicznego"
    if offer.regranting is not None:
        return "Oferta realizacji zadania publicznego – operator projektu (art. 16a)"
    if offer.joint:
        return "Oferta wspólna realizacji zadania publicznego"
    return "Oferta realizacji zadania publicznego"


def _bidders(offer: TaskOffer) -> str:
    rows = []
    for bidder in offer.bidders:
        org = bidder.organisation
        register = (
            f"KRS {org.krs}"
            if org.krs
            else " ".join(filter(None, (bidder.register, bidder.register_number))) or None
        )
        rows.append(
            [
                _text(org.name),
                _text(org.legal_form),
                _text(register),
                _text(bidder.address or org.seat),
                _text(" ".join(filter(None, (bidder.contact_person, bidder.contact))) or None),
            ]
        )
    return _table(
        [
            "Nazwa oferenta",
            "Forma prawna",
            "Numer w KRS lub innej ewidencji",
            "Adres",
            "Osoba upoważniona do składania wyjaśnień",
        ],
        rows,
    )


def _calculation(lines: Sequence[CostLine]) -> str:
    years = sorted({part.year for line in lines for part in line.years})
    head = [
        "Lp.",
        "Rodzaj kosztu",
        "Rodzaj miary",
        "Koszt jednostkowy [PLN]",
        "Liczba jednostek",
        "Wartość [PLN] razem",
        *(f"Rok {year}" for year in years),
    ]
    numeric = range(3, len(head))
    rows: list[list[str]] = []
    groups = sorted({line.group for line in lines}, key=_GROUP_ORDER.index)
    for number, group in enumerate(groups):
        members = [line for line in lines if line.group == group]
        rows.append(
            [f"<b>{_ROMAN[number]}</b>", f"<b>{_label('cost_groups', group)}</b>"]
            + [""] * (len(head) - 2)
        )
        for line in members:
            by_year = {part.year: part.amount for part in line.years}
            rows.append(
                [
                    _text(line.number),
                    _text(line.name),
                    _text(line.unit),
                    _money(line.unit_cost),
                    _number(line.quantity),
                    _money(line.total),
                    *(_money(by_year.get(year)) for year in years),
                ]
            )
        subtotal = sum((line.total for line in members), Decimal(0))
        rows.append(
            ["", f"Razem: {_label('cost_groups', group)}", "", "", "", _money(subtotal)]
            + [""] * len(years)
        )
    total = sum((line.total for line in lines), Decimal(0))
    rows.append(["", "Ogółem", "", "", "", _money(total)] + [""] * len(years))
    return _table(head, rows, numeric)


def _regranting_plan(plan: RegrantingPlan | None) -> list[str]:
    """The operator's regranting section of an offer (art. 16a); nothing for other offers."""
    if plan is None:
        return []
    return [
        "<h3>7. Regranting: wybór realizatorów projektów i podział dotacji (art. 16a)</h3>",
        "<p>Tryb wyboru realizatorów projektów:</p>",
        _box(plan.selection),
        _table(
            [
                "Planowana liczba projektów",
                "Kwota przeznaczona na projekty realizatorów [PLN]",
                "Koszty operatora projektu [PLN]",
                "Maksymalna kwota na jeden projekt [PLN]",
            ],
            [
                [
                    _text(plan.planned_projects),
                    _money(plan.projects_amount),
                    _money(plan.operator_costs),
                    _money(plan.max_project_amount),
                ]
            ],
            (0, 1, 2, 3),
        ),
    ]


def _offer_sections(offer: TaskOffer) -> list[str]:
    sources = [
        [_label("funding_sources", line.source), _money(line.amount), _number(line.percent)]
        for line in offer.financing
    ]
    if offer.total_cost is not None:
        sources.insert(
            0, ["Suma wszystkich kosztów realizacji zadania", _money(offer.total_cost), "100"]
        )
    sections = [
        "<h2>I. Podstawowe informacje o złożonej ofercie</h2>",
        _table(
            [
                "1. Organ administracji publicznej, do którego jest adresowana oferta",
                "2. Rodzaj zadania publicznego",
            ],
            [[_text(offer.addressee), _text(offer.task_kind)]],
        ),
        "<h2>II. Dane oferenta (oferentów)</h2>",
        _bidders(offer),
        "<h2>III. Opis zadania</h2>",
        "<h3>1. Tytuł zadania publicznego</h3>",
        _box(offer.title),
        "<h3>2. Termin realizacji zadania publicznego</h3>",
        _table(
            ["Data rozpoczęcia", "Data zakończenia"],
            [[offer.period.start.isoformat(), offer.period.end.isoformat()]],
        ),
        "<h3>3. Syntetyczny opis zadania</h3>",
        _box(offer.description),
        _table(
            ["Miejsce realizacji", "Grupa docelowa"],
            [[_text(offer.place or None), _text(offer.target_group or None)]],
        ),
        "<h3>4. Plan i harmonogram działań</h3>",
        _table(
            ["Lp.", "Nazwa działania", "Opis", "Termin realizacji", "Oferent lub inny podmiot"],
            (
                [
                    _text(a.number),
                    _text(a.name),
                    _text(a.description or None),
                    _period(a.period),
                    _text(a.carried_out_by),
                ]
                for a in offer.actions
            ),
        ),
        "<h3>5. Opis zakładanych rezultatów realizacji zadania publicznego</h3>",
        _box(offer.expected_results),
        "<h3>6. Dodatkowe informacje dotyczące rezultatów realizacji zadania publicznego</h3>",
        _table(
            [
                "Nazwa rezultatu",
                "Planowany poziom osiągnięcia rezultatów (wartość docelowa)",
                "Sposób monitorowania rezultatów / źródło informacji",
            ],
            (
                [
                    _text(r.name),
                    f"{_number(r.planned_level)} {_text(r.unit) if r.unit else ''}".strip(),
                    _text(r.monitoring or None),
                ]
                for r in offer.results
            ),
        ),
        *_regranting_plan(offer.regranting),
        "<h2>IV. Charakterystyka oferenta</h2>",
        "<h3>1. Informacja o wcześniejszej działalności oferenta</h3>",
        _box(offer.experience),
        "<h3>2. Zasoby kadrowe, rzeczowe i finansowe oferenta</h3>",
        _box(offer.resources),
        "<h2>V. Kalkulacja przewidywanych kosztów realizacji zadania publicznego</h2>",
        "<h3>V.A Zestawienie kosztów realizacji zadania</h3>",
        _calculation(offer.cost_lines),
        "<h3>V.B Źródła finansowania kosztów realizacji zadania</h3>",
        _table(["Źródło finansowania", "Wartość [PLN]", "Udział [%]"], sources, (1, 2)),
    ]
    if offer.joint or offer.cost_split:
        sections += [
            "<h3>V.C Podział kosztów realizacji zadania pomiędzy oferentów</h3>",
            _table(
                ["Oferent", "Wartość [PLN]"],
                ([_text(p.bidder), _money(p.amount)] for p in offer.cost_split),
                (1,),
            ),
        ]
    sections += [
        "<h2>VI. Inne informacje</h2>",
        _box(offer.other_information),
        "<h2>VII. Oświadczenia</h2>",
        "<p>Oferent (oferenci) składa(ją) oświadczenia przewidziane we wzorze oferty.</p>",
        _table(
            ["Podpis osoby upoważnionej lub podpisy osób upoważnionych"],
            ([_text(name)] for name in offer.signed_by),
        ),
    ]
    return sections


def render_offer(offer: TaskOffer) -> str:
    """The offer as a printable page in the form's sections (see the module docstring)."""
    subtitle = (
        "o której mowa w art. "
        + ("19a" if offer.small_grant else "14")
        + (
            " ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie"
        )
    )
    if offer.submitted_on is not None:
        subtitle += f"; data złożenia: {offer.submitted_on.isoformat()}"
    if offer.number:
        subtitle += f"; nr {offer.number}"
    return _page(_offer_title(offer), escape(subtitle), _offer_sections(offer), offer.form)


# ---------------------------------------------------------------------------------------
# The report


def _regranting_execution(execution: RegrantingExecution | None) -> list[str]:
    """The operator's regranting section of a report (art. 16a); nothing for other reports."""
    if execution is None:
        return []
    rows = [
        [
            str(index + 1),
            _text(p.realizator.name + (f" (KRS {p.realizator.krs})" if p.realizator.krs else "")),
            _text(p.title),
            _money(p.amount),
            _text(p.agreement_signed_on),
            _text(p.transferred_on),
        ]
        for index, p in enumerate(execution.projects)
    ]
    rows.append(["", "Razem", "", _money(execution.projects_total), "", ""])
    return [
        "<h3>3. Projekty zlecone realizatorom projektów (art. 16a)</h3>",
        "<p>Sposób wyboru realizatorów projektów:</p>",
        _box(execution.selection),
        _table(
            [
                "Lp.",
                "Realizator projektu",
                "Projekt",
                "Kwota przekazana [PLN]",
                "Data umowy",
                "Data przekazania środków",
            ],
            rows,
            (3,),
        ),
        _table(
            ["Kwota przekazana realizatorom [PLN]", "Koszty operatora projektu [PLN]"],
            [[_money(execution.passed_on), _money(execution.operator_costs)]],
            (0, 1),
        ),
    ]


def _report_sections(report: TaskReport) -> list[str]:
    contractors = ", ".join(
        org.name + (f" (KRS {org.krs})" if org.krs else "") for org in report.contractors
    )
    executed = [
        [
            _text(line.number),
            _text(line.name),
            _money(line.planned),
            _money(line.spent),
            _money(line.grant_spent),
        ]
        for line in report.cost_lines
    ]
    executed.append(
        [
            "",
            "Ogółem",
            _money(sum((line.planned or Decimal(0) for line in report.cost_lines), Decimal(0))),
            _money(report.spent_total),
            "",
        ]
    )
    return [
        _table(
            [
                "Tytuł zadania publicznego",
                "Okres realizacji",
                "Umowa nr / z dnia",
                "Zleceniodawca",
                "Zleceniobiorca(-y)",
            ],
            [
                [
                    _text(report.title),
                    _period(report.period),
                    f"{_text(report.agreement_number)} / {_text(report.agreement_signed_on)}",
                    _text(report.addressee or None),
                    _text(contractors or None),
                ]
            ],
        ),
        "<h2>Część I. Sprawozdanie merytoryczne</h2>",
        "<h3>1. Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań</h3>",
        _box(report.achievements),
        _table(
            ["Nazwa rezultatu", "Zakładana wartość", "Osiągnięta wartość", "Wyjaśnienie odchyleń"],
            (
                [
                    _text(r.name),
                    _number(r.planned_level),
                    _number(r.achieved_level),
                    _text(r.explanation or None),
                ]
                for r in report.results
            ),
            (1, 2),
        ),
        "<h3>2. Opis wykonania działań</h3>",
        _table(
            ["Lp.", "Działanie", "Opis", "Termin", "Wykonawca"],
            (
                [
                    _text(a.number),
                    _text(a.name),
                    _text(a.description or None),
                    _period(a.period),
                    _text(a.carried_out_by),
                ]
                for a in report.actions
            ),
        ),
        *_regranting_execution(report.regranting),
        "<h2>Część II. Sprawozdanie z wykonania wydatków</h2>",
        "<h3>1. Rozliczenie ze względu na rodzaj kosztów</h3>",
        _table(
            [
                "Lp.",
                "Rodzaj kosztu",
                "Koszty zgodnie z umową [PLN]",
                "Koszty poniesione [PLN]",
                "w tym z dotacji [PLN]",
            ],
            executed,
            (2, 3, 4),
        ),
        "<h3>2. Rozliczenie ze względu na źródło finansowania</h3>",
        _table(
            ["Źródło finansowania", "Wartość [PLN]", "Udział [%]"],
            (
                [_label("funding_sources", f.source), _money(f.amount), _number(f.percent)]
                for f in report.financing
            ),
            (1, 2),
        ),
        "<h3>3. Przychody i zwrot dotacji</h3>",
        _table(
            [
                "Odsetki bankowe",
                "Inne przychody",
                "Niewykorzystana dotacja",
                "Termin zwrotu",
                "Data zwrotu",
            ],
            [
                [
                    _money(report.interest),
                    _money(report.other_income),
                    _money(report.unspent),
                    _text(report.return_due_on),
                    _text(report.returned_on),
                ]
            ],
            (0, 1, 2),
        ),
    ]


def render_report(report: TaskReport) -> str:
    """The report as a printable page in the form's parts (see the module docstring)."""
    kind = "końcowe" if report.final else "częściowe"
    title = ("Uproszczone sprawozdanie" if report.small_grant else "Sprawozdanie") + f" {kind}"
    title += " z wykonania zadania publicznego"
    subtitle = "o którym mowa w art. 18 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie"
    if report.submitted_on is not None:
        subtitle += f"; data złożenia: {report.submitted_on.isoformat()}"
    return _page(title, escape(subtitle), _report_sections(report), report.form)
