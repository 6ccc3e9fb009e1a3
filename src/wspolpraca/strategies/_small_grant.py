"""
Strategies for small grants, their registers and agreements, and their rule breakers (WSP-
SGR).
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._agreement import Agreement, Tranche
from .._model._calculation import CostLine
from .._model._common import Period, Publication
from .._model._small_grant import SmallGrant, SmallGrantRegister
from .._workdays import add_working_days, deadline_end
from ..codelists import load_codelist
from ..profiles import Profile
from ..rules.small_grant import DURATION_LIMIT, TASK_LIMIT
from ._common import (
    _ACT_IN_FORCE,
    _Breaker,
    _late,
    _Make,
    money,
    organisations,
    periods,
    texts,
    units,
)

_FIRST_SMALL_GRANT = dt.date(2010, 3, 12)
"""Art. 19a came into force with the 2010 amendment."""


@st.composite
def _small_grants(draw: st.DrawFn, year: int | None) -> SmallGrant:
    if year is None:
        submitted = draw(st.dates(_FIRST_SMALL_GRANT, dt.date(2040, 12, 31)))
    else:
        submitted = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    limit = TASK_LIMIT.on(submitted)
    most = Decimal(10000) if limit is None else limit.value
    duration = DURATION_LIMIT.on(submitted)
    longest = 90 if duration is None or duration.value is None else duration.value
    published = draw(st.none() | st.dates(submitted, add_working_days(submitted, 7)))
    displayed = None
    window = None
    signed = draw(st.none() | st.dates(submitted, submitted + dt.timedelta(days=60)))
    if published is not None:
        displayed = draw(
            st.none() | st.just(published + dt.timedelta(days=draw(st.integers(6, 20))))
        )
        close = deadline_end(published + dt.timedelta(days=7))
        window = draw(
            st.none()
            | st.just(
                Period(start=published + dt.timedelta(days=1), end=published + dt.timedelta(days=7))
            )
        )
        signed = draw(
            st.none() | st.dates(close + dt.timedelta(days=1), close + dt.timedelta(days=30))
        )
    start = (signed or submitted) + dt.timedelta(days=draw(st.integers(0, 30)))
    return SmallGrant(
        organisation=draw(organisations()),
        task_title=draw(texts()),
        offer_submitted_on=submitted,
        amount=draw(money(max_value=most)),
        task_period=draw(
            st.none()
            | st.integers(0, longest - 1).map(
                lambda days: Period(start=start, end=start + dt.timedelta(days=days))
            )
        ),
        published_on=published,
        displayed_until=displayed,
        comment_window=window,
        comments_received=draw(st.none() | st.integers(0, 20)),
        agreement_signed_on=signed,
    )


def small_grants(*, year: int | None = None) -> st.SearchStrategy[SmallGrant]:
    """
    Small grants within the limits in force on their offer date, published and signed
    on time; offers from 12 March 2010, or within *year* when given.
    """
    return _small_grants(year)


@st.composite
def _registers(draw: st.DrawFn, year: int | None) -> SmallGrantRegister:
    chosen = draw(st.integers(2011, 2040)) if year is None else year
    grants = tuple(
        draw(
            st.lists(
                small_grants(year=chosen),
                max_size=6,
                unique_by=lambda grant: grant.organisation_key,
            )
        )
    )
    total = sum((grant.amount for grant in grants), Decimal(0))
    planned = draw(
        st.none() | money(max_value=Decimal(10000000)).map(lambda extra: total * 5 + extra)
    )
    return SmallGrantRegister(
        unit=draw(units(level="municipality")),
        year=chosen,
        grants=grants,
        planned_grants_total=planned,
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def small_grant_registers(*, year: int | None = None) -> st.SearchStrategy[SmallGrantRegister]:
    """
    Yearly small-grant registers that break no error-severity rule: one grant per
    organisation, each within the per-task limit (so within the yearly cap), and planned
    grants of at least five times the total (so within 20 %).

    Args:
        year: Pin the register's year; ``None`` draws one from 2011 to 2040.
    """
    return _registers(year)


_PROCEDURES = ("open_competition", "small_grant", "regranting", "other_statute")
"""The modes rule ``WSP-SGR-014`` accepts (``PROCEDURES`` of the small-grant rules)."""


@st.composite
def _agreement_lines(draw: st.DrawFn) -> tuple[CostLine, ...]:
    """An updated calculation whose every line's quantity times unit cost is its total."""
    groups = load_codelist("cost_groups").codes()
    lines = []
    for index in range(draw(st.integers(1, 4))):
        quantity = Decimal(draw(st.integers(1, 50)))
        unit_cost = Decimal(draw(st.integers(100, 500_000))).scaleb(-2)
        lines.append(
            CostLine(
                group=draw(st.sampled_from(groups)),
                name=draw(texts(max_size=30)),
                number=draw(st.none() | st.just(str(index + 1))),
                unit=draw(st.none() | st.sampled_from(["godz.", "szt.", "usługa"])),
                quantity=quantity,
                unit_cost=unit_cost,
                total=quantity * unit_cost,
            )
        )
    return tuple(lines)


@st.composite
def _agreements(draw: st.DrawFn) -> Agreement:
    period = draw(periods())
    grant = draw(money(max_value=Decimal(1000000)))
    cents = int(grant * 100)
    cuts = sorted(draw(st.lists(st.integers(0, cents), max_size=3)))
    bounds = [0, *cuts, cents]
    amounts = [Decimal(high - low).scaleb(-2) for low, high in itertools.pairwise(bounds)]
    dates = draw(
        st.lists(st.dates(period.start, period.end), min_size=len(amounts), max_size=len(amounts))
    )
    tranches = tuple(
        Tranche(due_on=due_on, amount=amount)
        for due_on, amount in zip(sorted(dates), amounts, strict=True)
    )
    return Agreement(
        unit=draw(units()),
        organisation=draw(organisations()),
        task_title=draw(texts()),
        mode=draw(st.sampled_from(load_codelist("modes").codes())),
        signed_on=draw(st.dates(period.start - dt.timedelta(days=60), period.start)),
        period=period,
        grant=grant,
        tranches=draw(st.just(tranches) | st.just(())),
        settlement_due_on=draw(st.none() | st.just(period.end + dt.timedelta(days=30))),
        number=draw(st.none() | texts(max_size=20)),
        procedure=draw(st.none() | st.sampled_from(_PROCEDURES)),
        form=draw(st.none() | st.sampled_from(load_codelist("task_forms").codes())),
        offer_number=draw(st.none() | texts(max_size=20)),
        competition_reference=draw(st.none() | texts(max_size=30)),
        awarded_amount=draw(st.none() | money(max_value=Decimal(100000)).map(grant.__add__)),
        own_contribution=draw(st.none() | money(max_value=Decimal(500000))),
        permitted_shift=draw(st.none() | st.integers(0, 30).map(Decimal)),
        return_due_on=draw(
            st.none() | st.integers(0, 45).map(lambda d: period.end + dt.timedelta(days=d))
        ),
        cost_lines=draw(st.just(()) | _agreement_lines()),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def agreements() -> st.SearchStrategy[Agreement]:
    """
    Agreements that break no error-severity rule, every field drawn: tranches (if any) that
    add up to the grant within the period, a lawful procedure, a grant within the amount
    awarded, and an updated calculation (if any) whose lines multiply out.

    .. versionchanged:: 0.2
       Every field is drawn (*procedure*, *form*, *offer_number*, *competition_reference*,
       *awarded_amount*, *own_contribution*, *permitted_shift*, *return_due_on*,
       *cost_lines*).
    """
    return _agreements()


# Small grants and agreements (WSP-SGR) --------------------------------------------------


def _register(draw: st.DrawFn, first: int, last: int) -> SmallGrantRegister:
    """A register of a year from *first* to *last* with at least one grant."""
    register = draw(small_grant_registers(year=draw(st.integers(first, last))))
    if not register.grants:
        register = attrs.evolve(register, grants=(draw(small_grants(year=register.year)),))
    return register


def _with_grants(
    register: SmallGrantRegister, grants: tuple[SmallGrant, ...]
) -> SmallGrantRegister:
    """*register* holding *grants*, its planned grants raised to keep the share within 20 %."""
    total = sum((grant.amount for grant in grants), Decimal(0))
    planned = register.planned_grants_total
    if planned is not None:
        planned = max(planned, total * 5)
    return attrs.evolve(register, grants=grants, planned_grants_total=planned)


def _replace_first(register: SmallGrantRegister, grant: SmallGrant) -> SmallGrantRegister:
    return _with_grants(register, (grant, *register.grants[1:]))


def _sgr_001(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    limit = TASK_LIMIT.on(grant.offer_submitted_on)
    assert limit is not None  # noqa: S101 - grants start with the 2010 amendment
    over = limit.value + Decimal(draw(st.integers(1, 500_000))).scaleb(-2)
    return _replace_first(register, attrs.evolve(grant, amount=over))


def _sgr_002(draw: st.DrawFn, profile: Profile | None) -> object:
    # The 90-day limit is the last confirmed one: offers before 1 September 2026.
    register = _register(draw, 2011, 2025)
    grant = register.grants[0]
    start = grant.agreement_signed_on or grant.offer_submitted_on
    period = Period(start=start, end=start + dt.timedelta(days=draw(st.integers(90, 400))))
    return _replace_first(register, attrs.evolve(grant, task_period=period))


def _same_organisation_grants(draw: st.DrawFn, first: int, last: int, each: Decimal) -> object:
    register = _register(draw, first, last)
    grant = attrs.evolve(register.grants[0], amount=each)
    copies = tuple(attrs.evolve(grant, task_title=f"{grant.task_title} ({n})") for n in range(2, 4))
    others = tuple(g for g in register.grants[1:] if g.organisation_key != grant.organisation_key)
    return _with_grants(register, (grant, *copies, *others))


def _sgr_003(draw: st.DrawFn, profile: Profile | None) -> object:
    # Three grants of 7,000-10,000 zł to one organisation exceed the 20,000 zł cap.
    each = Decimal(draw(st.integers(7000, 10000)))
    return _same_organisation_grants(draw, 2016, 2025, each)


def _sgr_004(draw: st.DrawFn, profile: Profile | None) -> object:
    # Three grants of 14,000-20,000 zł exceed the unconfirmed 40,000 zł cap of 2026.
    each = Decimal(draw(st.integers(14000, 20000)))
    return _same_organisation_grants(draw, 2027, 2040, each)


def _over_share(draw: st.DrawFn, first: int, last: int, share: int) -> object:
    register = _register(draw, first, last)
    grant = register.grants[0]
    grant = attrs.evolve(grant, amount=max(grant.amount, Decimal(1000)))
    grants = (grant, *register.grants[1:])
    total = sum((g.amount for g in grants), Decimal(0))
    # Planned grants a little under total / share: the share is over the cap.
    planned = (total * 100 / share - draw(st.integers(1, 100))).quantize(Decimal("0.01"))
    return attrs.evolve(register, grants=grants, planned_grants_total=planned)


def _sgr_005(draw: st.DrawFn, profile: Profile | None) -> object:
    return _over_share(draw, 2016, 2025, 20)


def _sgr_006(draw: st.DrawFn, profile: Profile | None) -> object:
    return _over_share(draw, 2027, 2040, 30)


def _published(grant: SmallGrant, published: dt.date, signed: dt.date | None) -> SmallGrant:
    """*grant* published on *published* and signed on *signed*, without display or window."""
    return attrs.evolve(
        grant,
        published_on=published,
        displayed_until=None,
        comment_window=None,
        agreement_signed_on=signed,
        task_period=None,
    )


def _sgr_007(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    late = _late(draw, add_working_days(grant.offer_submitted_on, 7))
    return _replace_first(register, _published(grant, late, None))


def _sgr_008(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    published = grant.published_on or grant.offer_submitted_on
    signed = published + dt.timedelta(days=draw(st.integers(0, 7)))
    return _replace_first(register, _published(grant, published, signed))


def _sgr_009(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    # Published on a Saturday: the seventh day after is a Saturday too, moved to a working day.
    submitted = grant.offer_submitted_on
    published = submitted + dt.timedelta(days=(5 - submitted.weekday()) % 7)
    close = published + dt.timedelta(days=7)
    signed = close + dt.timedelta(days=1)
    return _replace_first(register, _published(grant, published, signed))


def _sgr_010(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    published = grant.published_on or grant.offer_submitted_on
    shown = published + dt.timedelta(days=draw(st.integers(0, 5)))
    grant = _published(grant, published, None)
    return _replace_first(register, attrs.evolve(grant, displayed_until=shown))


def _agreement(draw: st.DrawFn) -> Agreement:
    """An agreement signed under the act, for some amount."""
    return draw(agreements().filter(lambda a: a.signed_on >= _ACT_IN_FORCE and a.grant > 0))


def _sgr_011(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement = _agreement(draw)
    extra = Decimal(draw(st.integers(1, 100_000))).scaleb(-2)
    tranches = agreement.tranches or (
        Tranche(due_on=agreement.period.start, amount=agreement.grant),
    )
    last = attrs.evolve(tranches[-1], amount=tranches[-1].amount + extra)
    return attrs.evolve(agreement, tranches=(*tranches[:-1], last))


def _sgr_012(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement = _agreement(draw)
    late = agreement.period.end + dt.timedelta(days=draw(st.integers(1, 60)))
    return attrs.evolve(agreement, tranches=(Tranche(due_on=late, amount=agreement.grant),))


def _sgr_013(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    bip = Publication(
        channel="bip",
        reference=draw(texts(max_size=30)),
        published_on=grant.published_on or grant.offer_submitted_on,
    )
    return _replace_first(register, attrs.evolve(grant, publications=(bip,)))


def _sgr_014(draw: st.DrawFn, profile: Profile | None) -> object:
    return attrs.evolve(_agreement(draw), procedure="none")


def _sgr_015(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement = _agreement(draw)
    short = Decimal(draw(st.integers(1, int(agreement.grant * 100)))).scaleb(-2)
    return attrs.evolve(agreement, awarded_amount=agreement.grant - short)


BREAKERS: dict[str, _Breaker] = {
    f"WSP-SGR-{n:03d}": f
    for n, f in enumerate(
        (_sgr_001, _sgr_002, _sgr_003, _sgr_004, _sgr_005, _sgr_006,
         _sgr_007, _sgr_008, _sgr_009, _sgr_010, _sgr_011, _sgr_012,
         _sgr_013, _sgr_014, _sgr_015), 1)
}  # fmt: skip
"""How to break each rule of small grants and agreements, by code."""


STRATEGIES: dict[type[Any], _Make] = {
    SmallGrant: small_grants,
    SmallGrantRegister: small_grant_registers,
    Agreement: agreements,
}
"""The strategy of each document and value class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {
    Tranche: lambda: agreements().filter(lambda a: bool(a.tranches)),
}
"""Value classes of this family, each drawn from the documents that hold it."""
