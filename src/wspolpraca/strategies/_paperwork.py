"""
Strategies for the grant's paperwork (offers, task reports) and their rule breakers (WSP-OFR,
WSP-AGR, WSP-TRP).

Valid by construction: a drawn :class:`~wspolpraca.TaskOffer` or :class:`~wspolpraca.TaskReport`
loads, round-trips and has no finding of the ``WSP-OFR``, ``WSP-AGR`` and ``WSP-TRP`` rules;
each breaker in :data:`BREAKERS` changes exactly what breaks its rule.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._agreement import Agreement
from .._model._calculation import BidderAmount, CostLine, FinancingLine, SourceAmount
from .._model._common import Period
from .._model._dossier import Dossier
from .._model._indicators import YearlyAmount
from .._model._offer import Action, Bidder, CompetitionTerms, PlannedResult, TaskOffer
from .._model._task_report import AchievedResult, ExecutedCostLine, TaskReport
from ..profiles import Profile
from ._common import _ACT_IN_FORCE, _Breaker, _Make, organisations, texts, units
from ._small_grant import agreements

_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")
_GROUPS = {"2010": ("substantive", "service"), "2016": ("substantive", "service")}
_GROUPS_2018 = ("actions", "administrative")


def _groups(form: str | None) -> tuple[str, str]:
    """The (main, administrative) cost groups of the ordinary form *form*."""
    return _GROUPS.get(form or "", _GROUPS_2018)


def _percent(amount: Decimal, total: Decimal) -> Decimal:
    return (amount * _HUNDRED / total).quantize(_CENT, rounding=ROUND_HALF_UP)


@st.composite
def _lines(
    draw: st.DrawFn, form: str | None, bidders: tuple[str, ...], max_grant: Decimal
) -> tuple[CostLine, ...]:
    main, admin = _groups(form)
    count = draw(st.integers(1, 6))
    lines = []
    budget = max_grant
    for index in range(count):
        quantity = Decimal(draw(st.integers(1, 20)))
        unit_cost = Decimal(draw(st.integers(500, 20_000))).scaleb(-2)
        total = quantity * unit_cost
        grant = min(total, budget)
        budget -= grant
        own = total - grant
        sources = tuple(
            SourceAmount(source=source, amount=amount)
            for source, amount in (("grant", grant), ("own_financial", own))
            if amount
        )
        split: tuple[BidderAmount, ...] = ()
        if len(bidders) > 1:
            first = (total / 2).quantize(_CENT)
            split = (
                BidderAmount(bidder=bidders[0], amount=first),
                BidderAmount(bidder=bidders[1], amount=total - first),
            )
        lines.append(
            CostLine(
                group=admin if index == count - 1 and count > 1 else main,
                name=draw(texts(max_size=30)),
                number=f"{index + 1}",
                unit=draw(st.sampled_from(["godz.", "szt.", "dzień", "komplet"])),
                quantity=quantity,
                unit_cost=unit_cost,
                total=total,
                sources=sources,
                bidders=split,
            )
        )
    return tuple(lines)


def _financing(lines: tuple[CostLine, ...]) -> tuple[FinancingLine, ...]:
    total = sum((line.total for line in lines), Decimal(0))
    amounts: dict[str, Decimal] = {}
    for line in lines:
        for part in line.sources:
            amounts[part.source] = amounts.get(part.source, Decimal(0)) + part.amount
    return tuple(
        FinancingLine(source=source, amount=amount, percent=_percent(amount, total))
        for source, amount in amounts.items()
    )


@st.composite
def _offers(draw: st.DrawFn, small_grant: bool | None) -> TaskOffer:
    simplified = draw(st.booleans()) if small_grant is None else small_grant
    day = draw(st.dates(dt.date(2012, 1, 1), dt.date(2030, 12, 31)))
    start = day + dt.timedelta(days=draw(st.integers(20, 120)))
    days = draw(st.integers(0, 89 if simplified else 700))
    period = Period(start=start, end=start + dt.timedelta(days=days))
    count = 1 if simplified else draw(st.integers(1, 2))
    bidders = tuple(
        Bidder(organisation=org)
        for org in draw(st.lists(organisations(), min_size=count, max_size=count))
    )
    names = tuple(
        f"{index + 1}. {bidder.organisation.name}" for index, bidder in enumerate(bidders)
    )
    bidders = tuple(
        attrs.evolve(b, organisation=attrs.evolve(b.organisation, name=name))
        for b, name in zip(bidders, names, strict=True)
    )
    max_grant = Decimal(10_000) if simplified else Decimal(500_000)
    probe = TaskOffer(
        addressee="organ",
        title="probe",
        period=period,
        bidders=bidders,
        small_grant=simplified,
        submitted_on=day,
        competition=None if simplified else CompetitionTerms(announced_on=day),
    )
    form = probe.form_in_force
    lines = draw(_lines(form, names, max_grant))
    total = sum((line.total for line in lines), Decimal(0))
    financing = _financing(lines)
    grant = sum((f.amount for f in financing if f.source == "grant"), Decimal(0))
    split: tuple[BidderAmount, ...] = ()
    if len(bidders) > 1:
        first = sum((line.bidders[0].amount for line in lines), Decimal(0))
        split = (
            BidderAmount(bidder=names[0], amount=first),
            BidderAmount(bidder=names[1], amount=total - first),
        )
    actions = tuple(
        Action(
            name=draw(texts(max_size=30)),
            number=str(index + 1),
            period=period,
            carried_out_by=names[index % len(names)],
        )
        for index in range(draw(st.integers(0, 3)))
    )
    competition = None
    if not simplified:
        competition = CompetitionTerms(
            reference=draw(st.none() | texts(max_size=20)),
            announced_on=day,
            funds_offered=grant + draw(st.integers(0, 100_000)),
            task_period=draw(st.none() | st.just(period)),
        )
    return TaskOffer(
        addressee=draw(texts(max_size=40)),
        title=draw(texts()),
        period=period,
        bidders=bidders,
        form=draw(st.none() | st.just(form)),
        small_grant=simplified,
        number=draw(st.none() | texts(max_size=20)),
        unit=draw(st.none() | units()),
        competition=competition,
        submitted_on=day,
        actions=actions,
        results=(
            PlannedResult(
                name=draw(texts(max_size=30)),
                planned_level=Decimal(draw(st.integers(1, 500))),
                monitoring=draw(texts(max_size=30)),
            ),
        ),
        cost_lines=lines,
        total_cost=draw(st.none() | st.just(total)),
        financing=financing,
        cost_split=split,
    )


def task_offers(*, small_grant: bool | None = None) -> st.SearchStrategy[TaskOffer]:
    """
    Offers on the form in force on their own dates whose calculation adds up to the grosz;
    with *small_grant*, only simplified art. 19a offers (``True``) or only competition offers
    (``False``); ``None`` draws both.

    .. versionadded:: 0.2
    """
    return _offers(small_grant)


@st.composite
def _reports(draw: st.DrawFn) -> TaskReport:
    start = draw(st.dates(dt.date(2012, 1, 1), dt.date(2030, 12, 31)))
    period = Period(start=start, end=start + dt.timedelta(days=draw(st.integers(0, 365))))
    shift = Decimal(draw(st.integers(0, 20)))
    lines = []
    for index in range(draw(st.integers(1, 5))):
        planned = Decimal(draw(st.integers(100, 1_000_000))).scaleb(-2)
        spent = min(planned * (_HUNDRED + shift) / _HUNDRED, planned + draw(st.integers(0, 500)))
        spent = spent.quantize(_CENT, rounding="ROUND_DOWN")
        lines.append(
            ExecutedCostLine(
                group="actions",
                name=draw(texts(max_size=30)),
                number=str(index + 1),
                planned=planned,
                spent=spent,
                grant_spent=spent,
            )
        )
    spent_total = sum((line.spent for line in lines), Decimal(0))
    unspent = Decimal(draw(st.integers(0, 100_000))).scaleb(-2)
    due = period.end + dt.timedelta(days=30)
    return_due = period.end + dt.timedelta(days=15)
    return TaskReport(
        title=draw(texts()),
        period=period,
        final=True,
        contractors=(draw(organisations()),),
        submitted_on=draw(st.dates(period.end, due)),
        due_on=draw(st.none() | st.just(due)),
        grant=spent_total + unspent,
        permitted_shift=shift,
        results=(
            AchievedResult(
                name=draw(texts(max_size=30)),
                planned_level=Decimal(10),
                achieved_level=Decimal(draw(st.integers(10, 20))),
            ),
        ),
        cost_lines=tuple(lines),
        financing=(FinancingLine(source="grant", amount=spent_total),),
        unspent=unspent,
        return_due_on=return_due,
        returned_on=draw(st.dates(period.end, return_due)) if unspent else None,
    )


def task_reports() -> st.SearchStrategy[TaskReport]:
    """
    Final task reports on time, within their permitted shift, whose financing and unspent
    grant add up.

    .. versionadded:: 0.2
    """
    return _reports()


# ---------------------------------------------------------------------------------------
# Breakers


def _competition_offer(draw: st.DrawFn) -> TaskOffer:
    return draw(task_offers(small_grant=False))


def _evolve_line(offer: TaskOffer, index: int, **changes: Any) -> TaskOffer:
    lines = list(offer.cost_lines)
    lines[index] = attrs.evolve(lines[index], **changes)
    return attrs.evolve(offer, cost_lines=tuple(lines))


def _terms(offer: TaskOffer, **changes: Any) -> TaskOffer:
    terms = offer.competition or CompetitionTerms()
    return attrs.evolve(offer, competition=attrs.evolve(terms, **changes))


def _ofr_001(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    line = offer.cost_lines[0]
    return _evolve_line(offer, 0, unit_cost=(line.unit_cost or Decimal(0)) + _CENT)


def _ofr_002(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    line = offer.cost_lines[0]
    year = offer.period.start.year
    return _evolve_line(offer, 0, years=(YearlyAmount(year=year, amount=line.total - _CENT),))


def _ofr_003(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    financing = tuple(attrs.evolve(f, percent=None) for f in offer.financing)
    return attrs.evolve(offer, total_cost=offer.lines_total + _CENT, financing=financing)


def _ofr_004(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    first = offer.financing[0]
    percent = first.percent or Decimal(0)
    wrong = percent + 1 if percent < _HUNDRED else percent - 1
    return attrs.evolve(offer, financing=(attrs.evolve(first, percent=wrong), *offer.financing[1:]))


def _ofr_005(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    grant = offer.financed_by("grant") or Decimal(0)
    return _terms(offer, funds_offered=grant - _CENT)


def _ofr_006(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = draw(task_offers(small_grant=False).filter(lambda o: o.financed_by("grant")))
    return _terms(offer, min_own_contribution=_HUNDRED)


def _ofr_007(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    admin = _groups(offer.form_in_force)[1]
    return _terms(_evolve_line(offer, 0, group=admin), admin_cost_cap=Decimal(0))


def _ofr_008(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    early = offer.period.start - dt.timedelta(days=draw(st.integers(1, 30)))
    action = Action(name="działanie", period=Period(start=early, end=offer.period.end))
    carried = offer.bidders[0].organisation.name if offer.joint else None
    return attrs.evolve(offer, actions=(attrs.evolve(action, carried_out_by=carried),))


def _ofr_009(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    start = offer.period.start + dt.timedelta(days=1)
    allowed = Period(start=start, end=max(start, offer.period.end))
    return _terms(offer, task_period=allowed)


def _ofr_010(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = draw(task_offers(small_grant=False).filter(lambda o: o.form_in_force == "2018"))
    return attrs.evolve(offer, results=(PlannedResult(name="rezultat"),))


def _ofr_011(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = draw(task_offers(small_grant=False).filter(lambda o: o.joint))
    action = Action(name="działanie", period=offer.period)
    return attrs.evolve(offer, actions=(action,))


def _ofr_012(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = draw(
        task_offers(small_grant=True).filter(
            lambda o: o.submitted_on is not None and o.submitted_on < dt.date(2026, 9, 1)
        )
    )
    amount = Decimal(draw(st.integers(10_001, 19_999)))
    main = _groups(offer.form_in_force)[0]
    line = CostLine(
        group=main,
        name="koszt",
        total=amount,
        sources=(SourceAmount(source="grant", amount=amount),),
    )
    return attrs.evolve(
        offer,
        cost_lines=(line,),
        total_cost=amount,
        financing=(FinancingLine(source="grant", amount=amount, percent=_HUNDRED),),
    )


def _ofr_013(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    other = "2010" if offer.form_in_force != "2010" else "2018"
    return attrs.evolve(offer, form=other)


def _ofr_014(draw: st.DrawFn, profile: Profile | None) -> object:
    offer = _competition_offer(draw)
    form = offer.form_in_force
    foreign = "substantive" if form == "2018" else "actions"
    return _evolve_line(offer, 0, group=foreign)


def _agr_002(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement: Agreement = draw(agreements().filter(lambda a: a.signed_on >= _ACT_IN_FORCE))
    offer = _competition_offer(draw)
    lines = _evolve_line(offer, 0, total=offer.cost_lines[0].total + _CENT).cost_lines
    return attrs.evolve(agreement, cost_lines=lines)


def _trp_001(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(task_reports())
    due = report.period.end + dt.timedelta(days=draw(st.integers(0, 30)))
    return attrs.evolve(report, due_on=due, submitted_on=due + dt.timedelta(days=1))


def _trp_002(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(task_reports())
    late = report.period.end + dt.timedelta(days=draw(st.integers(31, 90)))
    returned = report.returned_on if report.unspent else None
    return attrs.evolve(report, due_on=None, submitted_on=late, returned_on=returned)


def _trp_003(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(task_reports())
    line = report.cost_lines[0]
    planned, shift = line.planned or Decimal(0), report.permitted_shift or Decimal(0)
    over = (planned * (_HUNDRED + shift) / _HUNDRED).quantize(_CENT)
    spent = over + _CENT
    delta = spent - line.spent
    lines = (attrs.evolve(line, spent=spent, grant_spent=spent), *report.cost_lines[1:])
    financing = (FinancingLine(source="grant", amount=report.financing[0].amount + delta),)
    grant = (report.grant or Decimal(0)) + delta
    return attrs.evolve(report, cost_lines=lines, financing=financing, grant=grant)


def _trp_004(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(task_reports())
    short = AchievedResult(name="rezultat", planned_level=Decimal(10), achieved_level=Decimal(9))
    return attrs.evolve(report, results=(short,))


def _trp_005(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(task_reports())
    due = report.return_due_on or report.period.end
    late = due + dt.timedelta(days=draw(st.integers(1, 30)))
    unspent = report.unspent or Decimal(1)
    grant = (report.grant or Decimal(0)) - (report.unspent or Decimal(0)) + unspent
    return attrs.evolve(report, unspent=unspent, grant=grant, returned_on=late)


def _trp_006(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(task_reports())
    extra = FinancingLine(source="own_financial", amount=Decimal(draw(st.integers(1, 1000))))
    return attrs.evolve(report, financing=(*report.financing, extra))


def _trp_007(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(task_reports())
    unspent = (report.unspent or Decimal(0)) + _CENT
    return attrs.evolve(report, unspent=unspent)


def _trp_008(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement: Agreement = draw(agreements().filter(lambda a: a.signed_on >= _ACT_IN_FORCE))
    report: TaskReport = draw(task_reports())
    number = draw(texts(max_size=20))
    return Dossier.of(
        [
            attrs.evolve(agreement, number=number, permitted_shift=Decimal(30)),
            attrs.evolve(report, agreement_number=number, permitted_shift=Decimal(25)),
        ]
    )


def _trp_009(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(task_reports())
    unspent = max(report.unspent or Decimal(0), _CENT)
    grant = (report.grant or Decimal(0)) - (report.unspent or Decimal(0)) + unspent
    end = report.period.end
    due = dt.date(end.year + 1, 1, 31) if (end.month, end.day) == (12, 31) else end
    due += dt.timedelta(days=15)
    late = due + dt.timedelta(days=draw(st.integers(1, 30)))
    return attrs.evolve(
        report,
        unspent=unspent,
        grant=grant,
        return_due_on=None,
        returned_on=late,
        submitted_on=min(report.submitted_on or end, late),
    )


BREAKERS: dict[str, _Breaker] = {
    **{f"WSP-OFR-{n:03d}": f for n, f in enumerate(
        (_ofr_001, _ofr_002, _ofr_003, _ofr_004, _ofr_005, _ofr_006, _ofr_007,
         _ofr_008, _ofr_009, _ofr_010, _ofr_011, _ofr_012, _ofr_013, _ofr_014), 1)},
    "WSP-AGR-002": _agr_002,
    **{f"WSP-TRP-{n:03d}": f for n, f in enumerate(
        (_trp_001, _trp_002, _trp_003, _trp_004, _trp_005, _trp_006, _trp_007,
         _trp_008, _trp_009), 1)},
}  # fmt: skip
"""How to break each paperwork rule, by code."""


STRATEGIES: dict[type[Any], _Make] = {
    TaskOffer: task_offers,
    TaskReport: task_reports,
}
"""The strategy of each document class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {
    Bidder: task_offers,
    Action: task_offers,
    PlannedResult: task_offers,
    CompetitionTerms: lambda: task_offers(small_grant=False),
    CostLine: task_offers,
    SourceAmount: task_offers,
    BidderAmount: lambda: task_offers(small_grant=False).filter(lambda o: o.joint),
    FinancingLine: task_offers,
    AchievedResult: task_reports,
    ExecutedCostLine: task_reports,
}
"""Value classes of this family, each drawn from the documents that hold it."""
