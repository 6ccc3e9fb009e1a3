"""Strategies for open competitions and local initiatives and their rule breakers (WSP-CMP)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._common import Publication
from .._model._competition import (
    STATUTORY_CHANNELS,
    Announcement,
    Cancellation,
    Committee,
    CommitteeMember,
    Offer,
    OpenCompetition,
    RegrantedProject,
    Regranting,
    Results,
)
from .._model._local_initiative import Applicant, Contribution, LocalInitiative
from ..codelists import load_codelist
from ..profiles import Profile
from ._common import _Breaker, _Make, money, organisations, resolutions, texts, units
from ._small_grant import _FIRST_SMALL_GRANT


def _days_after(start: dt.date, low: int, high: int) -> st.SearchStrategy[dt.date]:
    return st.integers(low, high).map(lambda days: start + dt.timedelta(days=days))


def _publications(draw: st.DrawFn, on: dt.date) -> tuple[Publication, ...]:
    return tuple(
        Publication(
            channel=channel,
            reference=draw(texts(max_size=30)),
            published_on=draw(_days_after(on, 0, 5)),
        )
        for channel in STATUTORY_CHANNELS
    )


@st.composite
def _competitions(draw: st.DrawFn, mode: str | None) -> OpenCompetition:
    announced = draw(st.dates(dt.date(2004, 1, 1), dt.date(2040, 12, 31)))
    publications = _publications(draw, announced)
    last = max(p.published_on for p in publications if p.published_on is not None)
    deadline = draw(_days_after(last, 30, 60))
    items = draw(st.permutations(load_codelist("announcement_items").codes()))
    chosen_mode = (
        mode if mode is not None else draw(st.sampled_from(load_codelist("modes").codes()))
    )
    offers = tuple(
        draw(
            st.lists(
                st.builds(
                    Offer,
                    organisation=organisations(prefix="Oferent "),
                    submitted_on=st.none() | _days_after(announced, 0, (deadline - announced).days),
                    requested_amount=money(max_value=Decimal(1000000)),
                    own_funds=st.none() | money(max_value=Decimal(100000)),
                    in_kind_contribution=st.none() | money(max_value=Decimal(100000)),
                    volunteer_contribution=st.none() | money(max_value=Decimal(100000)),
                    awarded_amount=st.none() | money(max_value=Decimal(1000000)),
                ),
                max_size=4,
            )
        )
    )
    awarded = sum((o.awarded_amount for o in offers if o.awarded_amount is not None), Decimal(0))
    members = (
        CommitteeMember(name=draw(texts(max_size=30)), role="executive_representative"),
        CommitteeMember(
            name=draw(texts(max_size=30)),
            role="ngo_nominee",
            nominated_by=draw(
                st.none()
                | organisations(prefix="Wskazująca ").filter(
                    lambda org: (
                        org.krs is None or not any(o.organisation.krs == org.krs for o in offers)
                    )
                )
            ),
        ),
        *draw(
            st.lists(
                st.builds(CommitteeMember, name=texts(max_size=30), role=st.just("expert")),
                max_size=2,
            )
        ),
    )
    decided = draw(_days_after(deadline, 1, 60))
    regranting = draw(
        st.none()
        | st.builds(
            Regranting,
            operator=organisations(prefix="Operator "),
            projects=st.lists(
                st.builds(
                    lambda realizator, title, amount, signed, delay: RegrantedProject(
                        realizator=realizator,
                        title=title,
                        amount=amount,
                        agreement_signed_on=signed,
                        transferred_on=signed + dt.timedelta(days=delay),
                    ),
                    organisations(prefix="Realizator "),
                    texts(max_size=30),
                    money(max_value=Decimal(50000)),
                    _days_after(decided, 0, 200),
                    st.integers(0, 14),
                ),
                max_size=3,
            ).map(tuple),
        )
    )
    return OpenCompetition(
        unit=draw(units(level="municipality")),
        title=draw(texts()),
        task=draw(texts()),
        sphere=draw(st.none() | st.sampled_from(load_codelist("spheres").codes(announced))),
        mode=chosen_mode,
        funds_offered=awarded + draw(money(max_value=Decimal(1000000))),
        announcement=Announcement(
            announced_on=announced,
            reference=draw(st.none() | texts(max_size=30)),
            items=tuple(items),
            publications=publications,
            offer_deadline=deadline,
        ),
        committee=Committee(
            appointed_on=draw(st.none() | _days_after(deadline, 0, 10)),
            members=members,
        ),
        offers=offers,
        results=draw(
            st.none()
            | st.just(Results(decided_on=decided, publications=_publications(draw, decided)))
        ),
        cancellation=draw(
            st.none()
            | st.builds(
                Cancellation,
                cancelled_on=_days_after(deadline, 1, 30),
                reason=st.sampled_from(load_codelist("cancellation_reasons").codes()),
                explanation=st.just("") | texts(),
            )
        ),
        regranting=regranting,
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def open_competitions(*, mode: str | None = None) -> st.SearchStrategy[OpenCompetition]:
    """
    Open competitions announced between 2004 and 2040 that break no error-severity rule:
    every announcement item, all three channels, at least 30 days for offers, a committee
    with an NGO nominee from outside the bidders, awards within the funds offered.

    Args:
        mode: Pin the mode (``"entrustment"`` or ``"support"``); ``None`` draws one.
    """
    return _competitions(mode)


@st.composite
def _initiatives(draw: st.DrawFn) -> LocalInitiative:
    filed = draw(st.dates(dt.date(2004, 1, 1), dt.date(2040, 12, 31)))
    kinds = load_codelist("contribution_kinds").codes()
    return LocalInitiative(
        unit=draw(units(level="municipality")),
        title=draw(texts()),
        filed_on=filed,
        applicants=tuple(
            draw(
                st.lists(
                    st.builds(
                        Applicant,
                        name=texts(max_size=30),
                        organisation=st.none() | organisations(),
                    ),
                    max_size=3,
                )
            )
        ),
        area=draw(st.sampled_from(load_codelist("local_initiative_areas").codes()) | texts()),
        description=draw(st.just("") | texts()),
        contributions=tuple(
            draw(
                st.lists(
                    st.builds(
                        Contribution,
                        kind=st.sampled_from(kinds),
                        description=st.just("") | texts(),
                        value=st.none() | money(max_value=Decimal(100000)),
                    ),
                    max_size=3,
                )
            )
        ),
        criteria=draw(
            st.none() | resolutions(adopted_on=st.dates(dt.date(2010, 3, 12), filed))
            if filed >= dt.date(2010, 3, 12)
            else st.none()
        ),
        agreement_signed_on=draw(st.none() | _days_after(filed, 0, 180)),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def local_initiatives() -> st.SearchStrategy[LocalInitiative]:
    """Local-initiative applications filed between 2004 and 2040 (no rule is an error for them)."""
    return _initiatives()


# Open competitions and local initiatives (WSP-CMP) --------------------------------------


def _competition(
    draw: st.DrawFn,
    *,
    mode: str | None = None,
    with_offers: bool = False,
    since: dt.date = _FIRST_SMALL_GRANT,
) -> OpenCompetition:
    """
    A competition announced from *since* on, by default 12 March 2010 (the 21-day notice
    period is confirmed).
    """
    competition = draw(
        open_competitions(mode=mode).filter(
            lambda c: (
                c.announcement is not None
                and c.announcement.announced_on >= since
                and (bool(c.offers) or not with_offers)
            )
        )
    )
    assert competition.announcement is not None  # noqa: S101 - filtered above
    return competition


def _announced(competition: OpenCompetition) -> Announcement:
    assert competition.announcement is not None  # noqa: S101 - _competition has one
    return competition.announcement


def _cmp_001(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    announcement = _announced(competition)
    last = announcement.last_publication or announcement.announced_on
    deadline = last + dt.timedelta(days=draw(st.integers(0, 20)))
    return attrs.evolve(
        competition, announcement=attrs.evolve(announcement, offer_deadline=deadline)
    )


def _cmp_002(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    announcement = _announced(competition)
    missing = draw(st.sampled_from(announcement.items))
    items = tuple(item for item in announcement.items if item != missing)
    return attrs.evolve(competition, announcement=attrs.evolve(announcement, items=items))


def _cmp_003(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    announcement = _announced(competition)
    missing = draw(st.sampled_from(STATUTORY_CHANNELS))
    kept = tuple(p for p in announcement.publications if p.channel != missing)
    return attrs.evolve(competition, announcement=attrs.evolve(announcement, publications=kept))


def _cmp_004(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    deadline = _announced(competition).offer_deadline
    results = competition.results or Results(decided_on=deadline + dt.timedelta(days=1))
    return attrs.evolve(competition, committee=None, results=results)


def _cmp_005(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, with_offers=True)
    assert competition.committee is not None  # noqa: S101 - the strategy appoints one
    bidder = draw(st.sampled_from(competition.offers)).organisation
    members = tuple(
        attrs.evolve(m, nominated_by=bidder) if m.role == "ngo_nominee" else m
        for m in competition.committee.members
    )
    return attrs.evolve(competition, committee=attrs.evolve(competition.committee, members=members))


def _cmp_006(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    assert competition.committee is not None  # noqa: S101 - the strategy appoints one
    members = tuple(m for m in competition.committee.members if m.role != "ngo_nominee")
    committee = attrs.evolve(competition.committee, members=members, no_ngo_reason=None)
    return attrs.evolve(competition, committee=committee)


def _cmp_007(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, mode="support", with_offers=True)
    first = attrs.evolve(
        competition.offers[0],
        own_funds=None,
        in_kind_contribution=None,
        volunteer_contribution=None,
    )
    return attrs.evolve(competition, offers=(first, *competition.offers[1:]))


def _cmp_008(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, with_offers=True)
    first = competition.offers[0]
    first = attrs.evolve(first, awarded_amount=(first.awarded_amount or Decimal(0)) + 1)
    competition = attrs.evolve(competition, offers=(first, *competition.offers[1:]))
    return attrs.evolve(competition, funds_offered=competition.awarded_total - Decimal("0.01"))


def _cmp_009(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    deadline = _announced(competition).offer_deadline
    cancellation = competition.cancellation or Cancellation(
        cancelled_on=deadline + dt.timedelta(days=1)
    )
    return attrs.evolve(competition, cancellation=attrs.evolve(cancellation, reason=None))


def _cmp_010(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, with_offers=True)
    deadline = _announced(competition).offer_deadline
    cancellation = competition.cancellation or Cancellation(
        cancelled_on=deadline + dt.timedelta(days=1)
    )
    return attrs.evolve(competition, cancellation=attrs.evolve(cancellation, reason="no_offers"))


_AMENDMENT_2015 = dt.date(2015, 11, 9)
"""From this day art. 15 ust. 2da lists the grounds for a committee without NGO members."""


def _cmp_015(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, since=_AMENDMENT_2015)
    assert competition.committee is not None  # noqa: S101 - the strategy appoints one
    members = tuple(m for m in competition.committee.members if m.role != "ngo_nominee")
    committee = attrs.evolve(
        competition.committee, members=members, no_ngo_reason=None, no_ngo_ground="urgency"
    )
    return attrs.evolve(competition, committee=committee)


def _bip_only(draw: st.DrawFn, on: dt.date) -> tuple[Publication, ...]:
    """A publication in the BIP alone, of the other statutory channels none."""
    return (Publication(channel="bip", reference=draw(texts(max_size=30)), published_on=on),)


def _cmp_016(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    deadline = _announced(competition).offer_deadline
    results = competition.results or Results(decided_on=deadline + dt.timedelta(days=1))
    publications = _bip_only(draw, results.decided_on)
    return attrs.evolve(competition, results=attrs.evolve(results, publications=publications))


def _cmp_017(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    deadline = _announced(competition).offer_deadline
    cancellation = Cancellation(
        cancelled_on=deadline + dt.timedelta(days=draw(st.integers(1, 30))),
        reason="no_offers",
        publications=(),
    )
    return attrs.evolve(competition, offers=(), results=None, cancellation=cancellation)


def _initiative(draw: st.DrawFn) -> LocalInitiative:
    """A local initiative filed once the 2010 amendment (art. 19b-19h) was in force."""
    return draw(local_initiatives().filter(lambda i: i.filed_on >= _FIRST_SMALL_GRANT))


def _cmp_012(draw: st.DrawFn, profile: Profile | None) -> object:
    return attrs.evolve(_initiative(draw), contributions=())


def _cmp_013(draw: st.DrawFn, profile: Profile | None) -> object:
    return attrs.evolve(_initiative(draw), criteria=None)


def _cmp_014(draw: st.DrawFn, profile: Profile | None) -> object:
    return attrs.evolve(_initiative(draw), area="obszar spoza listy art. 19b")


def _cmp_018(draw: st.DrawFn, profile: Profile | None) -> object:
    return attrs.evolve(_initiative(draw), criteria_favour_social_work=False)


BREAKERS: dict[str, _Breaker] = {
    f"WSP-CMP-{n:03d}": f
    for n, f in (
        *enumerate((_cmp_001, _cmp_002, _cmp_003, _cmp_004, _cmp_005,
                    _cmp_006, _cmp_007, _cmp_008, _cmp_009, _cmp_010), 1),
        *enumerate((_cmp_012, _cmp_013, _cmp_014, _cmp_015, _cmp_016, _cmp_017, _cmp_018), 12),
    )
}  # fmt: skip
"""
How to break each rule of open competitions and local initiatives, by code; none for the
retired ``WSP-CMP-011`` (``rules.competition.RETIRED``), which :func:`violating` refuses.
"""


STRATEGIES: dict[type[Any], _Make] = {
    OpenCompetition: open_competitions,
    LocalInitiative: local_initiatives,
}
"""The strategy of each document and value class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {
    Publication: open_competitions,
    Announcement: open_competitions,
    Committee: open_competitions,
    CommitteeMember: open_competitions,
    Offer: lambda: open_competitions().filter(lambda c: bool(c.offers)),
    Results: lambda: open_competitions().filter(lambda c: c.results is not None),
    Cancellation: lambda: open_competitions().filter(lambda c: c.cancellation is not None),
    Regranting: lambda: open_competitions().filter(lambda c: c.regranting is not None),
    RegrantedProject: lambda: open_competitions().filter(
        lambda c: c.regranting is not None and bool(c.regranting.projects)
    ),
    Applicant: lambda: local_initiatives().filter(lambda i: bool(i.applicants)),
    Contribution: lambda: local_initiatives().filter(lambda i: bool(i.contributions)),
}
"""Value classes of this family, each drawn from the documents that hold it."""
