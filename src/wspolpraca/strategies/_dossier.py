"""
Strategies for a municipality's dossier (one unit's documents of every kind) and the
breakers of the dossier rules (WSP-DOS).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._common import Period, Unit
from .._model._consultation import Answer, ConsultationReport, ConsultationRound, DraftAct
from .._model._council import Council, Opinion, Term
from .._model._dossier import Dossier
from .._model._programme import AnnualProgramme, PriorityTask
from ..profiles import Profile
from ..rules.programme import AMENDMENT_2010
from ._common import _FIRST_YEAR, _Breaker, _Make, _resolution, units
from ._competition import _competition, local_initiatives, open_competitions
from ._consultation import consultation_rounds
from ._council import councils
from ._nonfinancial import non_financial_activities
from ._programme import annual_programmes, implementation_reports, multi_year_programmes
from ._small_grant import agreements, small_grant_registers

_LOCAL_LEVELS = ("municipality", "city_with_county_rights", "county")
"""The levels whose statutory councils art. 41e-41i govern (a voivodeship's is not judged)."""


def _draft_title(year: int) -> str:
    """The title of the draft annual programme for *year*, as the dossier rules match it."""
    return f"Projekt programu współpracy na rok {year}"


def _before(day: dt.date, days: int) -> dt.date:
    return day - dt.timedelta(days=days)


def _round_of(draw: st.DrawFn, programme: AnnualProgramme, window: Period) -> ConsultationRound:
    """
    A consultation round of *programme*'s draft, open during *window*, without a report;
    its notice, meetings and legal basis keep their distance from the window's start.
    """
    round_ = draw(consultation_rounds())
    by = window.start - round_.window.start
    announcement = round_.announcement
    if announcement is not None:
        announcement = attrs.evolve(announcement, published_on=announcement.published_on + by)
    basis = round_.legal_basis
    if basis is not None:
        basis = attrs.evolve(basis, adopted_on=basis.adopted_on + by)
    return attrs.evolve(
        round_,
        unit=programme.unit,
        draft=DraftAct(title=_draft_title(programme.year), act_kind="annual_programme"),
        window=window,
        announcement=announcement,
        legal_basis=basis,
        meetings=tuple(attrs.evolve(m, held_on=m.held_on + by) for m in round_.meetings),
        report=None,
    )


def _consulted(draw: st.DrawFn, programme: AnnualProgramme, anchor: dt.date) -> ConsultationRound:
    """
    A round of *programme*'s draft that closed before *anchor* (its adoption), with or
    without a report published by then that names the adopted act.
    """
    closed = draw(st.integers(1, 30))
    end = _before(anchor, closed)
    round_ = _round_of(
        draw, programme, Period(start=_before(end, draw(st.integers(0, 30))), end=end)
    )
    if not draw(st.booleans()):
        return round_
    # A published report answers every remark (as consultation_rounds() draws them).
    remarks = tuple(
        remark
        if remark.answer is not None
        else attrs.evolve(remark, answer=Answer(state="accepted"))
        for remark in round_.remarks
    )
    report = ConsultationReport(published_on=draw(st.dates(end, anchor)), act=programme.resolution)
    return attrs.evolve(round_, remarks=remarks, report=report)


def _council_of(
    draw: st.DrawFn, programme: AnnualProgramme, anchor: dt.date
) -> tuple[Council, AnnualProgramme]:
    """
    A council of *programme*'s unit whose opinions name no programme but, perhaps, one on
    *programme*'s draft given by *anchor* (its adoption), which the programme then cites.
    """
    council = draw(councils(unit=programme.unit))
    if draw(st.booleans()):
        # A council in office on the day of adoption, so that the dossier rules weigh it.
        term = Term(number=1, start=_before(anchor, draw(st.integers(0, 3 * 365))))
        council = attrs.evolve(council, terms=(term,))
    # Drawn opinions are on other drafts: one that happened to name a programme could fall
    # within the opinion term of its adoption.
    opinions = tuple(o for o in council.opinions if "program" not in o.draft.casefold())
    if draw(st.booleans()):
        received = _before(anchor, draw(st.integers(0, 40)))
        given = received + dt.timedelta(
            days=draw(st.integers(0, min(14, (anchor - received).days)))
        )
        opinions = (
            *opinions,
            Opinion(
                draft=_draft_title(programme.year),
                task="resolution_opinion",
                received_on=received,
                given_on=given,
                positive=draw(st.none() | st.booleans()),
            ),
        )
        if programme.resolution is not None:
            # Art. 5a ust. 2a: the opinion is attached to the draft.
            programme = attrs.evolve(programme, council_opinion=f"opinia z {given.isoformat()}")
    return attrs.evolve(council, opinions=opinions), programme


@st.composite
def _dossiers(draw: st.DrawFn, unit: Unit | None, year: int | None) -> Dossier:
    chosen_unit = unit if unit is not None else draw(units())
    chosen = draw(st.integers(_FIRST_YEAR, 2040)) if year is None else year
    programme = draw(annual_programmes(year=chosen, unit=chosen_unit))
    resolution = programme.resolution
    anchor = resolution.adopted_on if resolution is not None else dt.date(chosen - 1, 11, 30)
    documents: list[Any] = []
    if draw(st.booleans()):
        documents.append(_consulted(draw, programme, anchor))
    if draw(st.booleans()):
        council, programme = _council_of(draw, programme, anchor)
        documents.append(council)
    documents.append(programme)
    optional: list[st.SearchStrategy[Any]] = [
        implementation_reports(year=chosen, unit=chosen_unit),
        multi_year_programmes(first_year=draw(st.integers(chosen - 1, chosen)), unit=chosen_unit),
        non_financial_activities(year=chosen, unit=chosen_unit),
        small_grant_registers(year=chosen).map(lambda doc: attrs.evolve(doc, unit=chosen_unit)),
        local_initiatives().map(lambda doc: attrs.evolve(doc, unit=chosen_unit)),
    ]
    documents.extend(draw(strategy) for strategy in optional if draw(st.booleans()))
    many: tuple[st.SearchStrategy[Any], ...] = (open_competitions(), agreements())
    for strategy in many:
        documents.extend(
            attrs.evolve(doc, unit=chosen_unit) for doc in draw(st.lists(strategy, max_size=2))
        )
    documents = draw(st.permutations(documents))
    names: tuple[str, ...] = ()
    if draw(st.booleans()):
        names = tuple(f"dokument-{index + 1}.json" for index in range(len(documents)))
    return Dossier.of(documents, names)


def dossiers(*, unit: Unit | None = None, year: int | None = None) -> st.SearchStrategy[Dossier]:
    """
    Dossiers of one unit: the annual programme for a year and, perhaps, the consultation
    round of its draft (closed before the adoption), a council (whose opinion on the draft,
    if any, came before the adoption), the year's report, non-financial activity and
    small-grant register, a multi-year programme, local initiatives, open competitions and
    agreements, in any order. Each document is drawn from its own strategy, so it breaks no
    error-severity rule on its own, and the dossier breaks none either; ``WSP-DOS`` and
    ``WSP-HST`` warnings may appear (a competition for a task outside the programme, an
    agreement with no competition in the dossier).

    Args:
        unit: Pin the unit of local government; ``None`` draws one.
        year: Pin the programme's year; ``None`` draws one from 2011 to 2040.

    .. versionadded:: 0.2
    """
    return _dossiers(unit, year)


# Dossiers (WSP-DOS) ---------------------------------------------------------------------


def _adopted(draw: st.DrawFn, *, local: bool = False) -> tuple[AnnualProgramme, dt.date]:
    """
    An annual programme for a year from 2012 to 2040 adopted on 20 November of the year
    before (after 12 March 2010, so the dossier rules judge it), and the day of adoption;
    with *local*, of a municipality or county (whose council art. 41e-41i govern).
    """
    year = draw(st.integers(2012, 2040))
    adopted = dt.date(year - 1, 11, 20)
    unit = draw(units(level=draw(st.sampled_from(_LOCAL_LEVELS)))) if local else draw(units())
    programme = draw(annual_programmes(year=year, unit=unit))
    resolution = _resolution(draw, programme.resolution, adopted)
    return attrs.evolve(programme, resolution=resolution, amends=None), adopted


def _window(adopted: dt.date, first: int, last: int) -> Period:
    """From *first* days before *adopted* to *last* days after it (negative: before)."""
    return Period(start=_before(adopted, first), end=adopted + dt.timedelta(days=last))


def _existing_council(draw: st.DrawFn, programme: AnnualProgramme, adopted: dt.date) -> Council:
    """A statutory council of the programme's unit, in its first term on the day of adoption."""
    council = draw(councils(unit=programme.unit, statutory=True))
    return attrs.evolve(council, terms=(Term(number=1, start=_before(adopted, 365)),))


def _dos_001(draw: st.DrawFn, profile: Profile | None) -> object:
    programme, _ = _adopted(draw)
    return Dossier.of([programme])


def _dos_002(draw: st.DrawFn, profile: Profile | None) -> object:
    programme, adopted = _adopted(draw)
    window = _window(adopted, 20, draw(st.integers(0, 10)))
    return Dossier.of([programme, _round_of(draw, programme, window)])


def _dos_003(draw: st.DrawFn, profile: Profile | None) -> object:
    programme, adopted = _adopted(draw, local=True)
    round_ = _round_of(draw, programme, _window(adopted, 40, -20))
    council = attrs.evolve(_existing_council(draw, programme, adopted), opinions=())
    return Dossier.of([programme, round_, council])


def _dos_004(draw: st.DrawFn, profile: Profile | None) -> object:
    programme, adopted = _adopted(draw, local=True)
    round_ = _round_of(draw, programme, _window(adopted, 40, -20))
    opinion = Opinion(
        draft=_draft_title(programme.year),
        task="resolution_opinion",
        received_on=_before(adopted, draw(st.integers(0, 14))),
        given_on=None,
    )
    council = attrs.evolve(_existing_council(draw, programme, adopted), opinions=(opinion,))
    return Dossier.of([programme, round_, council])


def _dos_005(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    assert competition.announcement is not None  # noqa: S101 - _competition has one
    year = competition.announcement.offer_deadline.year
    programme = attrs.evolve(
        draw(annual_programmes(year=year, unit=competition.unit)),
        resolution=None,
        amends=None,
        priority_tasks=(PriorityTask(title="Upowszechnianie kultury", sphere="16"),),
    )
    outside = attrs.evolve(
        competition,
        sphere="5",
        title="Konkurs na zadanie spoza programu",
        task="Zadanie spoza programu",
    )
    return Dossier.of([programme, outside])


def _dos_006(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement = draw(agreements().filter(lambda a: a.signed_on >= AMENDMENT_2010))
    return Dossier.of([agreement])


BREAKERS: dict[str, _Breaker] = {
    f"WSP-DOS-{n:03d}": f
    for n, f in enumerate((_dos_001, _dos_002, _dos_003, _dos_004, _dos_005, _dos_006), 1)
}
"""How to break each dossier rule, by code."""


STRATEGIES: dict[type[Any], _Make] = {
    Dossier: dossiers,
}
"""The strategy of each document and value class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {}
"""Value classes of this family, each drawn from the documents that hold it."""
