"""
Strategies for the offer → agreement → report chain held together in a dossier, and the
breakers of its rules (WSP-CHN).

A drawn chain is an offer (:func:`~wspolpraca.strategies.task_offers`), the agreement that
names it by number on its terms (the grant requested, the own contribution offered, the
task period) and the final report that names both and accounts for the offer's lines and
results as planned; it breaks no ``WSP-CHN`` rule. Each breaker in :data:`BREAKERS` changes
exactly what breaks its rule.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._agreement import Agreement
from .._model._common import Period, Unit
from .._model._competition import Offer as CompetitionOffer
from .._model._competition import OpenCompetition, Results
from .._model._dossier import Dossier
from .._model._offer import TaskOffer
from .._model._task_report import AchievedResult, ExecutedCostLine, TaskReport
from ..profiles import Profile
from ..rules._paperwork_common import OWN_SOURCES, admin_costs_above
from ._common import _Breaker, _Make, organisations, texts, units
from ._competition import open_competitions
from ._paperwork import task_offers
from ._small_grant import agreements

_CENT = Decimal("0.01")


def _own(offer: TaskOffer) -> Decimal:
    return sum((offer.financed_by(source) or Decimal(0) for source in OWN_SOURCES), Decimal(0))


@attrs.frozen
class _Chain:
    """An offer, its agreement and its final report, linked by number and reference."""

    unit: Unit
    reference: str
    offer: TaskOffer
    agreement: Agreement
    report: TaskReport

    def dossier(self, draw: st.DrawFn, *more: Any) -> Dossier:
        """The dossier of the chain and *more* documents, in any order."""
        documents = draw(st.permutations([self.offer, self.agreement, self.report, *more]))
        return Dossier.of(documents)


@st.composite
def _chains(draw: st.DrawFn, offers: st.SearchStrategy[TaskOffer] | None = None) -> _Chain:
    offer = draw(
        (task_offers(small_grant=False) if offers is None else offers).filter(
            lambda o: (o.financed_by("grant") or 0) > 0
        )
    )
    unit = draw(units())
    reference = "Zarządzenie " + draw(texts(max_size=20))
    number = "OF " + draw(texts(max_size=12))
    terms = offer.competition
    assert terms is not None  # noqa: S101 - competition offers have terms
    offer = attrs.evolve(
        offer, number=number, unit=unit, competition=attrs.evolve(terms, reference=reference)
    )
    grant = offer.financed_by("grant") or Decimal(0)
    organisation = offer.bidders[0].organisation
    period = offer.period
    agreement = attrs.evolve(
        draw(agreements()),
        unit=unit,
        organisation=organisation,
        task_title=offer.title,
        number="UM " + draw(texts(max_size=12)),
        offer_number=number,
        competition_reference=reference,
        procedure="open_competition",
        period=period,
        signed_on=period.start - dt.timedelta(days=draw(st.integers(0, 19))),
        grant=grant,
        tranches=(),
        awarded_amount=draw(st.none() | st.just(grant)),
        own_contribution=draw(st.none() | st.just(_own(offer))),
        cost_lines=(),
    )
    report = TaskReport(
        title=offer.title,
        period=period,
        agreement_number=agreement.number,
        agreement_signed_on=agreement.signed_on,
        offer_number=draw(st.none() | st.just(number)),
        competition_reference=reference,
        addressee=offer.addressee,
        contractors=(organisation,),
        submitted_on=period.end + dt.timedelta(days=draw(st.integers(0, 30))),
        due_on=agreement.settlement_due_on,
        grant=grant,
        permitted_shift=agreement.permitted_shift,
        results=tuple(
            AchievedResult(
                name=result.name,
                planned_level=result.planned_level,
                achieved_level=result.planned_level,
            )
            for result in offer.results
        ),
        cost_lines=tuple(
            ExecutedCostLine(
                group=line.group,
                name=line.name,
                number=line.number,
                planned=line.total,
                spent=line.total,
            )
            for line in offer.cost_lines
        ),
        financing=tuple(attrs.evolve(line, percent=None) for line in offer.financing),
        return_due_on=agreement.return_due_on,
    )
    return _Chain(unit=unit, reference=reference, offer=offer, agreement=agreement, report=report)


def _competition_of(draw: st.DrawFn, chain: _Chain, **announced: Any) -> OpenCompetition:
    """A competition of the chain's unit announced by the chain's reference (and *announced*)."""
    competition = draw(open_competitions().filter(lambda c: c.announcement is not None))
    assert competition.announcement is not None  # noqa: S101 - filtered above
    announcement = attrs.evolve(competition.announcement, reference=chain.reference, **announced)
    return attrs.evolve(competition, unit=chain.unit, announcement=announcement)


def _chn_001(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    agreement = attrs.evolve(
        chain.agreement, grant=chain.agreement.grant + _CENT, awarded_amount=None
    )
    return attrs.evolve(chain, agreement=agreement).dossier(draw)


def _chn_002(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    agreement = attrs.evolve(chain.agreement, own_contribution=_own(chain.offer) + _CENT)
    return attrs.evolve(chain, agreement=agreement).dossier(draw)


def _chn_003(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    first, *rest = chain.report.cost_lines
    planned = (first.planned or Decimal(0)) + _CENT
    report = attrs.evolve(chain.report, cost_lines=(attrs.evolve(first, planned=planned), *rest))
    return attrs.evolve(chain, report=report).dossier(draw)


def _chn_004(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    first, *rest = chain.report.results
    planned = (first.planned_level or Decimal(0)) + 1
    changed = attrs.evolve(first, planned_level=planned, achieved_level=planned)
    report = attrs.evolve(chain.report, results=(changed, *rest))
    return attrs.evolve(chain, report=report).dossier(draw)


def _chn_005(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    period = chain.report.period
    later = Period(start=period.start, end=period.end + dt.timedelta(days=draw(st.integers(1, 30))))
    report = attrs.evolve(chain.report, period=later, submitted_on=later.end)
    return attrs.evolve(chain, report=report).dossier(draw)


def _chn_006(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    competition = _competition_of(draw, chain)
    assert competition.announcement is not None  # noqa: S101 - drawn with one
    grant = chain.agreement.grant
    offer = CompetitionOffer(
        organisation=chain.agreement.organisation,
        requested_amount=grant,
        awarded_amount=grant - _CENT,
    )
    results = competition.results or Results(
        decided_on=competition.announcement.offer_deadline + dt.timedelta(days=1)
    )
    competition = attrs.evolve(
        competition,
        offers=(offer,),
        funds_offered=max(competition.funds_offered or Decimal(0), grant),
        results=results,
    )
    return chain.dossier(draw, competition)


def _chn_007(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    report = attrs.evolve(
        chain.report, agreement_number=f"{chain.agreement.number} (inna)", offer_number=None
    )
    return attrs.evolve(chain, report=report).dossier(draw)


def _chn_008(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = draw(open_competitions().filter(lambda c: c.announcement is not None))
    assert competition.announcement is not None  # noqa: S101 - filtered above
    offer = CompetitionOffer(
        organisation=draw(organisations(prefix="Oferent ")),
        requested_amount=Decimal(draw(st.integers(1, 100_000))),
        own_funds=Decimal(0),
    )
    announcement = attrs.evolve(competition.announcement, min_own_contribution=Decimal(100))
    return attrs.evolve(competition, announcement=announcement, offers=(offer,), results=None)


def _chn_009(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    return chain.dossier(draw, _competition_of(draw, chain, min_own_contribution=Decimal(100)))


def _chn_010(draw: st.DrawFn, profile: Profile | None) -> object:
    offers = task_offers(small_grant=False).filter(
        lambda o: admin_costs_above(o, Decimal(0)) is not None
    )
    chain = draw(_chains(offers))
    return chain.dossier(draw, _competition_of(draw, chain, admin_cost_cap=Decimal(0)))


def _chn_011(draw: st.DrawFn, profile: Profile | None) -> object:
    chain = draw(_chains())
    other = f"{chain.reference} (inny)"
    report = attrs.evolve(chain.report, competition_reference=other)
    return attrs.evolve(chain, report=report).dossier(draw)


BREAKERS: dict[str, _Breaker] = {
    f"WSP-CHN-{n:03d}": f
    for n, f in enumerate(
        (
            _chn_001,
            _chn_002,
            _chn_003,
            _chn_004,
            _chn_005,
            _chn_006,
            _chn_007,
            _chn_008,
            _chn_009,
            _chn_010,
            _chn_011,
        ),
        1,
    )
}
"""How to break each rule of the chain, by code."""

STRATEGIES: dict[type[Any], _Make] = {}
"""No document class of its own: the chain is checked in a :class:`~wspolpraca.Dossier`."""

PARTS: dict[type[Any], _Make] = {}
"""No value classes of its own."""
