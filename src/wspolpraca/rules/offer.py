"""
Rules for offers on the statutory forms (``WSP-OFR-*``), art. 14, 19 and 19a.

Sources and confidence are listed in :mod:`wspolpraca.rules.paperwork`, the family this
module belongs to. Which form applies follows the offer's own dates
(:attr:`~wspolpraca.TaskOffer.form_in_force`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from .._model._forms import ordinary_sections
from .._model._offer import TaskOffer
from .._text import Text
from ..law import Citation, Confidence
from ._engine import Context, Hit, Rule, Severity
from ._inforce import ACT_IN_FORCE, AMENDMENT_2010
from ._paperwork_common import (
    ART_13_2,
    ART_13_2_2,
    ART_14_1,
    ART_14_2,
    ART_15_1_4,
    ART_19,
    ART_19A_1_1,
    ART_19A_1_2,
    HUNDRED,
    PERCENT_TOLERANCE,
    admin_costs_above,
    label,
    line_arithmetic,
    offer_total,
    own_contribution_below,
    percent,
    share,
)
from .small_grant import DURATION_LIMIT, TASK_LIMIT

__all__ = ["PARAMETERS", "REFERENCE_DATES", "RULES"]


def _offer_date(offer: TaskOffer) -> dt.date:
    """The day whose form applies (:attr:`TaskOffer.form_date`), else the task's start."""
    day = offer.form_date
    return day if day is not None else offer.period.start


REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {TaskOffer: _offer_date}
"""The date whose law applies to an offer."""

PARAMETERS: tuple[Any, ...] = ()
"""The offer rules read only the small-grant parameters of ``wspolpraca.rules.small_grant``."""


def _offer_line_arithmetic(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    return line_arithmetic(offer.cost_lines)


_SPLITS = (
    ("years", Text(pl="na lata", en="by year")),
    ("bidders", Text(pl="między oferentów", en="between the bidders")),
    ("sources", Text(pl="na źródła finansowania", en="by source")),
)


def _line_splits(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    for index, line in enumerate(offer.cost_lines):
        for name, split_label in _SPLITS:
            parts = getattr(line, name)
            if not parts:
                continue
            total = sum((part.amount for part in parts), Decimal(0))
            if total != line.total:
                yield Hit(
                    path=("cost_lines", index, name),
                    params={
                        "line": label(line, index),
                        "split": split_label,
                        "sum": total,
                        "total": line.total,
                    },
                )


def _totals(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    lines = offer.lines_total
    if offer.total_cost is not None and offer.cost_lines and lines != offer.total_cost:
        yield Hit(
            path=("total_cost",),
            params={
                "what": Text(pl="pozycje kalkulacji", en="the cost lines"),
                "sum": lines,
                "total": offer.total_cost,
            },
        )
    total = offer.total_cost if offer.total_cost is not None else lines
    if offer.financing and (offer.total_cost is not None or offer.cost_lines):
        financing = offer.financing_total
        if financing != total:
            yield Hit(
                path=("financing",),
                params={
                    "what": Text(pl="źródła finansowania", en="the sources of financing"),
                    "sum": financing,
                    "total": total,
                },
            )
    if offer.cost_split:
        split = sum((part.amount for part in offer.cost_split), Decimal(0))
        if split != total:
            yield Hit(
                path=("cost_split",),
                params={
                    "what": Text(pl="koszty oferentów", en="the bidders' costs"),
                    "sum": split,
                    "total": total,
                },
            )


def _percentages(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    total = offer.total_cost if offer.total_cost is not None else offer.financing_total
    if total == 0:
        return
    for index, line in enumerate(offer.financing):
        if line.percent is None:
            continue
        exact = line.amount * HUNDRED / total
        if abs(line.percent - exact) >= PERCENT_TOLERANCE:
            yield Hit(
                path=("financing", index, "percent"),
                params={
                    "percent": percent(line.percent),
                    "amount": line.amount,
                    "total": total,
                    "exact": percent(exact.quantize(Decimal("0.01"))),
                },
            )


def _grant_within_funds(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    terms = offer.competition
    if terms is None or terms.funds_offered is None:
        return
    grant = offer.financed_by("grant")
    if grant is not None and grant > terms.funds_offered:
        yield Hit(
            path=("financing",) if offer.financing else ("cost_lines",),
            params={"grant": grant, "funds": terms.funds_offered},
        )


def _own_contribution(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    terms = offer.competition
    if terms is None or terms.min_own_contribution is None:
        return
    own = own_contribution_below(offer, terms.min_own_contribution)
    if own is not None:
        yield Hit(
            path=("financing",) if offer.financing else ("cost_lines",),
            params={
                "own": own,
                "share": percent(share(own, offer_total(offer))),
                "minimum": percent(terms.min_own_contribution),
            },
        )


def _admin_share(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    terms = offer.competition
    if terms is None or terms.admin_cost_cap is None:
        return
    admin = admin_costs_above(offer, terms.admin_cost_cap)
    if admin is not None:
        yield Hit(
            path=("cost_lines",),
            params={
                "admin": admin,
                "share": percent(share(admin, offer.lines_total)),
                "cap": percent(terms.admin_cost_cap),
            },
        )


def _actions_in_period(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    for index, action in enumerate(offer.actions):
        period = action.period
        if period is None:
            continue
        if period.start < offer.period.start or period.end > offer.period.end:
            yield Hit(
                path=("actions", index, "period"),
                params={
                    "action": action.name,
                    "start": period.start,
                    "end": period.end,
                    "task_start": offer.period.start,
                    "task_end": offer.period.end,
                },
            )


def _task_in_allowed_period(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    terms = offer.competition
    if terms is None or terms.task_period is None:
        return
    allowed, period = terms.task_period, offer.period
    if period.start < allowed.start or period.end > allowed.end:
        yield Hit(
            path=("period",),
            params={
                "start": period.start,
                "end": period.end,
                "allowed_start": allowed.start,
                "allowed_end": allowed.end,
            },
        )


def _results_measured(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    form = offer.form_in_force
    if form is None or ordinary_sections(form) != "2018":
        return
    if not offer.results:
        yield Hit(path=("results",), params={"result": "—", "form": form})
        return
    for index, result in enumerate(offer.results):
        if result.planned_level is None:
            yield Hit(
                path=("results", index, "planned_level"),
                params={"result": result.name, "form": form},
            )
        if not result.monitoring.strip():
            yield Hit(
                path=("results", index, "monitoring"),
                params={"result": result.name, "form": form},
            )


def _joint_split(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    if not offer.joint:
        return
    for index, action in enumerate(offer.actions):
        if not (action.carried_out_by or "").strip():
            yield Hit(path=("actions", index, "carried_out_by"), params={"action": action.name})
    split = bool(offer.cost_split) or any(line.bidders for line in offer.cost_lines)
    if offer.cost_lines and not split:
        yield Hit(path=("cost_split",), params={"action": "—"})


def _small_grant_limits(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    if not offer.small_grant or offer.submitted_on is None:
        return
    day = offer.submitted_on
    limit = context.value(TASK_LIMIT, day)
    grant = offer.financed_by("grant")
    checked = limit is not None and limit.confidence is not Confidence.UNCONFIRMED
    if checked and limit is not None and grant is not None and grant > limit.value:
        yield Hit(
            path=("financing",) if offer.financing else ("cost_lines",),
            params={
                "what": Text(pl="dotacja", en="the grant"),
                "value": grant,
                "limit": limit.value,
                "submitted_on": day,
            },
            confidence=limit.confidence,
        )
    duration = context.value(DURATION_LIMIT, day)
    if (
        duration is not None
        and duration.value is not None
        and duration.confidence is not Confidence.UNCONFIRMED
        and offer.period.days > duration.value
    ):
        yield Hit(
            path=("period",),
            params={
                "what": Text(pl="okres realizacji (dni)", en="the task period (days)"),
                "value": offer.period.days,
                "limit": duration.value,
                "submitted_on": day,
            },
            confidence=duration.confidence,
        )


def _form_in_force(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    expected = offer.form_in_force
    if offer.form is None or expected is None or offer.form == expected:
        return
    day = offer.form_date
    yield Hit(
        path=("form",),
        params={"form": offer.form, "expected": expected, "day": day},
    )


_GROUPS_OF_FORM = {
    "2010": frozenset({"substantive", "service", "other"}),
    "2016": frozenset({"substantive", "service"}),
    "2018": frozenset({"actions", "administrative"}),
}
"""The cost groups each ordinary form prints (:data:`wspolpraca.codelists.COST_GROUPS`)."""


def _groups_fit_form(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    form = offer.form_in_force
    groups = _GROUPS_OF_FORM.get(ordinary_sections(form or ""))
    if groups is None:
        return
    for index, line in enumerate(offer.cost_lines):
        if line.group not in groups:
            yield Hit(
                path=("cost_lines", index, "group"),
                params={
                    "line": label(line, index),
                    "group": line.group,
                    "form": form,
                    "groups": tuple(sorted(groups)),
                },
            )


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-OFR-001",
        title=Text(
            pl="Pozycja kalkulacji: liczba jednostek razy koszt jednostkowy",
            en="A cost line: quantity times unit cost",
        ),
        message=Text(
            pl="pozycja {line}: {quantity} × {unit_cost} = {computed}, a wpisano {total}",
            en="line {line}: {quantity} × {unit_cost} = {computed}, but {total} is stated",
        ),
        severity=Severity.ERROR,
        basis=(ART_14_1,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_offer_line_arithmetic,
        description=Text(
            pl="Wartość każdej pozycji kalkulacji przewidywanych kosztów to liczba jednostek "
            "pomnożona przez koszt jednostkowy, zaokrąglona do pełnego grosza. Pozycja bez "
            "liczby jednostek lub kosztu jednostkowego nie jest sprawdzana.",
            en="Each line of the cost calculation is its quantity times its unit cost, rounded "
            "to the grosz. A line without a quantity or a unit cost is not checked.",
        ),
    ),
    Rule(
        code="WSP-OFR-002",
        title=Text(
            pl="Podział pozycji kalkulacji sumuje się do jej wartości",
            en="A cost line's splits add up to its total",
        ),
        message=Text(
            pl="pozycja {line}: podział {split} wynosi łącznie {sum}, a wartość pozycji {total}",
            en="line {line}: the split {split} totals {sum}, while the line is {total}",
        ),
        severity=Severity.ERROR,
        basis=(ART_14_1,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_line_splits,
        description=Text(
            pl="Gdy pozycja jest podzielona na lata budżetowe, między oferentów oferty wspólnej "
            "albo na źródła finansowania, każdy z tych podziałów sumuje się co do grosza do "
            "wartości pozycji.",
            en="When a line is split by budget year, between the bidders of a joint offer or by "
            "source of financing, each split adds up to the line's total, to the grosz.",
        ),
    ),
    Rule(
        code="WSP-OFR-003",
        title=Text(
            pl="Kalkulacja i źródła finansowania sumują się do kosztu całkowitego",
            en="The calculation and the financing add up to the total cost",
        ),
        message=Text(
            pl="{what} sumują się do {sum}, a koszt całkowity wynosi {total}",
            en="{what} add up to {sum}, while the total cost is {total}",
        ),
        severity=Severity.ERROR,
        basis=(ART_14_1, ART_15_1_4),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_totals,
        description=Text(
            pl="Suma pozycji kalkulacji, suma źródeł finansowania i (w ofercie wspólnej) suma "
            "kosztów poszczególnych oferentów są równe kosztowi całkowitemu zadania; gdy oferta "
            "nie podaje kosztu całkowitego, jest nim suma pozycji.",
            en="The sum of the cost lines, the sum of the sources of financing and (in a joint "
            "offer) the sum of the bidders' costs equal the task's total cost; when the offer "
            "states no total, the lines' sum is the total.",
        ),
    ),
    Rule(
        code="WSP-OFR-004",
        title=Text(
            pl="Udziały procentowe źródeł finansowania",
            en="The percentages of the sources of financing",
        ),
        message=Text(
            pl="udział {percent}% nie odpowiada kwocie {amount} z {total} (dokładnie {exact}%)",
            en="the share {percent}% does not match {amount} of {total} (exactly {exact}%)",
        ),
        severity=Severity.ERROR,
        basis=(ART_14_1,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_percentages,
        description=Text(
            pl="Udział procentowy każdego źródła finansowania to jego kwota podzielona przez "
            "koszt całkowity; dopuszcza się różnicę mniejszą niż 0,01 punktu procentowego "
            "(zaokrąglenie do dwóch miejsc).",
            en="Each source's percentage is its amount divided by the total cost; a difference "
            "under 0.01 percentage points (rounding to two places) is accepted.",
        ),
    ),
    Rule(
        code="WSP-OFR-005",
        title=Text(
            pl="Wnioskowana dotacja w granicach środków z ogłoszenia",
            en="The grant requested within the funds announced",
        ),
        message=Text(
            pl="oferta wnioskuje o dotację {grant}, więcej niż {funds} przeznaczone na zadanie "
            "w ogłoszeniu",
            en="the offer requests a grant of {grant}, more than the {funds} the announcement "
            "offers for the task",
        ),
        severity=Severity.WARNING,
        basis=(ART_13_2_2,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_grant_within_funds,
        description=Text(
            pl="Ogłoszenie konkursu podaje wysokość środków publicznych przeznaczonych na "
            "zadanie (art. 13 ust. 2 pkt 2); oferta wnioskująca o więcej nie może zostać "
            "dofinansowana w pełni. Ostrzeżenie, bo ogłoszenia różnie określają tę kwotę.",
            en="The announcement states the public funds for the task (art. 13(2)(2)); an offer "
            "asking for more cannot be funded in full. A warning, because announcements word "
            "this amount in various ways.",
        ),
    ),
    Rule(
        code="WSP-OFR-006",
        title=Text(
            pl="Wkład własny co najmniej taki, jakiego wymaga ogłoszenie",
            en="The own contribution at least what the announcement requires",
        ),
        message=Text(
            pl="wkład własny {own} to {share}% kosztów, mniej niż wymagane {minimum}%",
            en="the own contribution {own} is {share}% of the costs, less than the {minimum}% "
            "required",
        ),
        severity=Severity.WARNING,
        basis=(ART_13_2, ART_15_1_4),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_own_contribution,
        description=Text(
            pl="Wkład własny (finansowy, osobowy, rzeczowy i świadczenia odbiorców) w procentach "
            "kosztu całkowitego nie jest mniejszy niż minimum z ogłoszenia. Ostrzeżenie, bo "
            "ogłoszenia różnie liczą wkład (np. tylko finansowy).",
            en="The own contribution (financial, personal, in kind and participants' payments) "
            "as a share of the total cost is at least the announcement's minimum. A warning, "
            "because announcements count it differently (financial only, for instance).",
        ),
    ),
    Rule(
        code="WSP-OFR-007",
        title=Text(
            pl="Koszty administracyjne w granicach limitu z ogłoszenia",
            en="Administrative costs within the announcement's cap",
        ),
        message=Text(
            pl="koszty administracyjne {admin} to {share}% kosztów, więcej niż dopuszczalne {cap}%",
            en="administrative costs of {admin} are {share}% of the costs, more than the "
            "{cap}% allowed",
        ),
        severity=Severity.WARNING,
        basis=(ART_13_2,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_admin_share,
        description=Text(
            pl="Pozycje kosztów administracyjnych (koszty obsługi zadania na starszych wzorach) "
            "w procentach sumy kalkulacji nie przekraczają limitu z ogłoszenia. Ostrzeżenie, "
            "bo niektóre ogłoszenia liczą limit od dotacji, nie od kosztu całkowitego.",
            en="The administrative lines (the costs of running the task on the older forms) as "
            "a share of the calculation do not exceed the announcement's cap. A warning, "
            "because some announcements count the cap on the grant, not the total cost.",
        ),
    ),
    Rule(
        code="WSP-OFR-008",
        title=Text(
            pl="Działania w terminie realizacji zadania",
            en="The actions within the task period",
        ),
        message=Text(
            pl="działanie „{action}” ({start} – {end}) wykracza poza termin realizacji zadania "
            "{task_start} – {task_end}",
            en="the action \u201c{action}\u201d ({start} – {end}) falls outside the task period "
            "{task_start} – {task_end}",
        ),
        severity=Severity.ERROR,
        basis=(ART_14_1,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_actions_in_period,
        description=Text(
            pl="Każde działanie z planu i harmonogramu odbywa się w terminie realizacji zadania.",
            en="Every action of the plan and schedule takes place within the task period.",
        ),
    ),
    Rule(
        code="WSP-OFR-009",
        title=Text(
            pl="Termin realizacji zadania w granicach z ogłoszenia",
            en="The task period within what the announcement allows",
        ),
        message=Text(
            pl="zadanie ma trwać {start} – {end}, poza terminem z ogłoszenia "
            "{allowed_start} – {allowed_end}",
            en="the task is to run {start} – {end}, outside the announcement's period "
            "{allowed_start} – {allowed_end}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("13", "2", "4"),),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_task_in_allowed_period,
        description=Text(
            pl="Ogłoszenie określa terminy realizacji zadania (art. 13 ust. 2 pkt 4); termin z "
            "oferty mieści się w nich. Ostrzeżenie, bo ogłoszenia dopuszczają niekiedy zmiany.",
            en="The announcement sets when the task is carried out (art. 13(2)(4)); the offer's "
            "period falls within it. A warning, because announcements sometimes allow changes.",
        ),
    ),
    Rule(
        code="WSP-OFR-010",
        title=Text(
            pl="Rezultaty z planowanym poziomem i sposobem monitorowania (wzór 2018)",
            en="Results with a planned level and monitoring (2018 form)",
        ),
        message=Text(
            pl="rezultat „{result}” nie ma planowanego poziomu lub sposobu monitorowania, "
            "których wymaga wzór {form}",
            en="the result \u201c{result}\u201d lacks the planned level or the monitoring the "
            "{form} form requires",
        ),
        severity=Severity.ERROR,
        basis=(ART_19,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_results_measured,
        description=Text(
            pl="Wzór oferty z 2018 r. (Dz.U. 2018 poz. 2057, część III pkt 6) wymaga dla każdego "
            "rezultatu planowanego poziomu osiągnięcia i sposobu monitorowania. Wzór ustala się "
            "według daty ogłoszenia konkursu: oferta w konkursie ogłoszonym przed 1 marca 2019 r. "
            "jest oceniana według wzoru z 2016 r., który tego nie wymaga.",
            en="The 2018 offer form (Dz.U. 2018 poz. 2057, part III point 6) requires a planned "
            "level and a way of monitoring for every result. The form follows the day the "
            "competition was announced: an offer in a competition announced before 1 March 2019 "
            "is judged by the 2016 form, which does not require them.",
        ),
    ),
    Rule(
        code="WSP-OFR-011",
        title=Text(
            pl="Oferta wspólna wskazuje podział działań i kosztów",
            en="A joint offer says who does what and pays what",
        ),
        message=Text(
            pl="oferta wspólna nie wskazuje, który oferent realizuje działanie lub ponosi koszty "
            "(„{action}”)",
            en="the joint offer does not say which bidder carries out the action or bears the "
            "costs (\u201c{action}\u201d)",
        ),
        severity=Severity.WARNING,
        basis=(ART_14_2,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_joint_split,
        description=Text(
            pl="Oferta wspólna wskazuje, jakie działania wykonają poszczególni oferenci, a "
            "kalkulacja — jak dzielą się kosztami (art. 14 ust. 2; treść przepisu "
            "niepotwierdzona, dlatego ostrzeżenie).",
            en="A joint offer says which actions each bidder carries out, and the calculation "
            "how they share the costs (art. 14(2); the provision's wording is unconfirmed, "
            "hence a warning).",
        ),
    ),
    Rule(
        code="WSP-OFR-012",
        title=Text(
            pl="Oferta uproszczona w granicach art. 19a",
            en="A simplified offer within the art. 19a limits",
        ),
        message=Text(
            pl="{what}: {value} przekracza limit {limit} obowiązujący dla oferty złożonej "
            "{submitted_on}",
            en="{what}: {value} exceeds the limit {limit} in force for an offer submitted on "
            "{submitted_on}",
        ),
        severity=Severity.ERROR,
        basis=(ART_19A_1_1, ART_19A_1_2),
        applies_to=TaskOffer,
        valid_from=AMENDMENT_2010,
        check=_small_grant_limits,
        parameters=(TASK_LIMIT, DURATION_LIMIT),
        description=Text(
            pl="Oferta w trybie art. 19a wnioskuje o dotację nie wyższą niż limit na zadanie i "
            "planuje zadanie nie dłuższe niż limit dni, według daty złożenia oferty (parametry "
            "reguł WSP-SGR); wartości niepotwierdzone nie są tu sprawdzane.",
            en="An art. 19a offer requests no more than the per-task limit and plans a task no "
            "longer than the limit in days, by the offer's submission date (the WSP-SGR "
            "parameters); unconfirmed values are not checked here.",
        ),
    ),
    Rule(
        code="WSP-OFR-013",
        title=Text(
            pl="Oferta na wzorze obowiązującym w dniu ogłoszenia konkursu lub złożenia oferty",
            en="An offer on the form in force on its announcement or submission day",
        ),
        message=Text(
            pl="oferta jest na wzorze {form}, a {day} obowiązywał wzór {expected}",
            en="the offer uses the {form} form, while the {expected} form applied on {day}",
        ),
        severity=Severity.WARNING,
        basis=(ART_19,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_form_in_force,
        description=Text(
            pl="Wzór oferty ustala się według daty ogłoszenia konkursu, a w trybie art. 19a "
            "według daty złożenia oferty. Ostrzeżenie, bo daty wejścia wzorów w życie pochodzą "
            "ze źródeł wtórnych.",
            en="The offer form follows the day the competition was announced, or for art. 19a "
            "the day the offer was submitted. A warning, because the forms' in-force dates come "
            "from secondary sources.",
        ),
    ),
    Rule(
        code="WSP-OFR-014",
        title=Text(
            pl="Kategorie kosztów wzoru obowiązującego oferty",
            en="The cost groups of the offer's form in force",
        ),
        message=Text(
            pl="pozycja {line} ma kategorię {group}, której wzór {form} nie zna (zna: {groups})",
            en="line {line} is in the group {group}, which the {form} form does not have "
            "(it has: {groups})",
        ),
        severity=Severity.INFO,
        basis=(ART_19,),
        applies_to=TaskOffer,
        valid_from=ACT_IN_FORCE,
        check=_groups_fit_form,
        description=Text(
            pl="Wzór z 2018 r. grupuje koszty jako koszty realizacji działań i koszty "
            "administracyjne, wzory z 2010 i 2016 r. jako koszty merytoryczne, koszty obsługi "
            "(i w 2010 r. inne koszty). Pozycja w kategorii innego wzoru zwykle znaczy, że "
            "użyto starego formularza; to tylko informacja, bo kalkulacja pozostaje czytelna.",
            en="The 2018 form groups costs as costs of the actions and administrative costs, "
            "the 2010 and 2016 forms as substantive costs and running costs (and in 2010 other "
            "costs). A line in another form's group usually means an old form was used; only "
            "information, because the calculation stays readable.",
        ),
    ),
)
