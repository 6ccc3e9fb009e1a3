"""
Hypothesis strategies for wspolpraca objects (needs the ``wspolpraca[hypothesis]`` extra).

Every strategy produces objects that are valid by construction: they load, round-trip,
and :func:`wspolpraca.check` finds no error-severity finding in them.

>>> from hypothesis import given
>>> import wspolpraca
>>> from wspolpraca.strategies import annual_programmes
>>> @given(annual_programmes(year=2021))
... def test_programme(programme):
...     assert wspolpraca.check(programme).ok
>>> test_programme()

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from ._model._common import MAX_YEAR, Period, Publication, Resolution, Unit
from ._model._consultation import (
    Announcement,
    Answer,
    ConsultationReport,
    ConsultationRound,
    DraftAct,
    Meeting,
    Remark,
)
from ._model._organisation import Organisation
from ._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
from .codelists import load_codelist

__all__ = [
    "annual_programmes",
    "consultation_rounds",
    "money",
    "periods",
    "priority_tasks",
    "remarks",
    "resolutions",
    "texts",
    "units",
]


def __dir__() -> list[str]:
    return __all__


_FIRST_YEAR = 2011
"""Earliest year generated: the first programme year fully under the 2010 amendment."""


def texts(*, min_size: int = 1, max_size: int = 60) -> st.SearchStrategy[str]:
    """Non-blank text, Polish letters included."""
    alphabet = st.sampled_from("abcdefghijklmnoprstuwyząćęłńóśźżABCDĆŁŚŻ0123456789 .,-–„”")
    return st.text(alphabet, min_size=min_size, max_size=max_size).map(str.strip).filter(bool)


def money(*, max_value: Decimal = Decimal("99999999.99")) -> st.SearchStrategy[Decimal]:
    """Non-negative amounts in whole grosze, up to *max_value*."""
    return st.integers(0, int(max_value * 100)).map(lambda cents: Decimal(cents).scaleb(-2))


def periods(*, year: int | None = None) -> st.SearchStrategy[Period]:
    """Periods; with *year*, the calendar year *year*."""
    if year is not None:
        return st.just(Period.calendar_year(year))
    return st.builds(
        lambda start, days: Period(start=start, end=start + dt.timedelta(days=days)),
        st.dates(dt.date(2003, 1, 1), dt.date(MAX_YEAR - 1, 1, 1)),
        st.integers(0, 3 * 366),
    )


_TERYT = {
    "municipality": st.from_regex(r"\A(0[2468]|[12][02468]|3[02])[0-9]{5}\Z"),
    "city_with_county_rights": st.from_regex(r"\A(0[2468]|[12][02468]|3[02])6[0-9]{4}\Z"),
    "county": st.from_regex(r"\A(0[2468]|[12][02468]|3[02])[0-9]{2}\Z"),
    "voivodeship": st.sampled_from([f"{n:02d}" for n in range(2, 33, 2)]),
}


def units(*, level: str | None = None) -> st.SearchStrategy[Unit]:
    """Units of local government, of *level* when given."""
    levels = st.just(level) if level is not None else st.sampled_from(sorted(_TERYT))
    return levels.flatmap(
        lambda chosen: st.builds(Unit, name=texts(), teryt=_TERYT[chosen], level=st.just(chosen))
    )


def resolutions(*, adopted_on: st.SearchStrategy[dt.date]) -> st.SearchStrategy[Resolution]:
    """Resolutions adopted on a date drawn from *adopted_on*."""
    number = st.from_regex(r"\A[IVXLC]{1,6}/[1-9][0-9]{0,3}/[0-9]{2}\Z")
    return st.builds(Resolution, number=number, body=texts(), adopted_on=adopted_on)


def priority_tasks(*, year: int | None = None) -> st.SearchStrategy[PriorityTask]:
    """Priority tasks whose sphere (if any) is in force in *year* (default: 2021)."""
    on = dt.date(2021 if year is None else year, 1, 1)
    spheres = load_codelist("spheres").codes(on)
    return st.builds(
        PriorityTask,
        title=texts(),
        area=st.none() | texts(max_size=30),
        sphere=st.none() | st.sampled_from(spheres),
        unit=st.none() | texts(max_size=30),
        modes=st.lists(st.sampled_from(load_codelist("modes").codes()), unique=True).map(tuple),
        planned_amount=st.none() | money(max_value=Decimal(1000000)),
    )


@st.composite
def _programmes(draw: st.DrawFn, year: int | None, unit: Unit | None) -> AnnualProgramme:
    chosen_year = draw(st.integers(_FIRST_YEAR, 2040)) if year is None else year
    tasks = tuple(draw(st.lists(priority_tasks(year=chosen_year), min_size=1, max_size=8)))
    tasks_total = sum(
        (task.planned_amount for task in tasks if task.planned_amount is not None), Decimal(0)
    )
    deadline = dt.date(chosen_year - 1, 11, 30)
    adopted = st.dates(dt.date(chosen_year - 1, 1, 1), deadline)
    principles = draw(
        st.lists(st.sampled_from(load_codelist("principles").codes()), min_size=1, unique=True)
    )
    forms = draw(st.lists(st.sampled_from(load_codelist("forms").codes()), min_size=1, unique=True))
    return AnnualProgramme(
        unit=unit if unit is not None else draw(units()),
        year=chosen_year,
        title=draw(texts()),
        resolution=draw(st.none() | resolutions(adopted_on=adopted)),
        goals=Goals(main=draw(texts()), specific=tuple(draw(st.lists(texts(), max_size=3)))),
        principles=tuple(Principle(code=code) for code in principles),
        scope=draw(texts()),
        forms=tuple(CooperationForm(code=code) for code in forms),
        priority_tasks=tasks,
        period=Period.calendar_year(chosen_year),
        implementation=draw(texts()),
        planned_funds=tasks_total + draw(money(max_value=Decimal(100000000))),
        evaluation=draw(texts()),
        creation_and_consultation=draw(texts()),
        competition_committees=draw(texts()),
        publications=tuple(
            draw(
                st.lists(
                    st.builds(
                        Publication,
                        channel=st.sampled_from(load_codelist("publication_channels").codes()),
                        reference=texts(),
                        published_on=st.none() | st.just(deadline),
                    ),
                    max_size=2,
                )
            )
        ),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def annual_programmes(
    *, year: int | None = None, unit: Unit | None = None
) -> st.SearchStrategy[AnnualProgramme]:
    """
    Complete annual programmes adopted on time, with every art. 5a ust. 4 element.

    Args:
        year: Pin the programme year; ``None`` draws one from 2011 to 2040.
        unit: Pin the unit of local government; ``None`` draws one.
    """
    return _programmes(year, unit)


def _free_texts(*, max_size: int = 80) -> st.SearchStrategy[str]:
    """Any Unicode text that UTF-8 can carry (so no lone surrogates), blank included."""
    return st.text(st.characters(codec="utf-8"), max_size=max_size)


def _answers() -> st.SearchStrategy[Answer]:
    return st.builds(
        Answer,
        state=st.sampled_from(load_codelist("answer_states").codes()),
        local_state=st.none() | texts(max_size=30),
        justification=_free_texts(),
    )


def remarks(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Remark]:
    """
    Remarks that do not reply to another remark, with any Unicode in their justifications.

    Args:
        ids: Where the id comes from; ``None`` draws short codes such as ``"U-7"``.
    """
    return st.builds(
        Remark,
        id=ids if ids is not None else st.from_regex(r"\AU-[1-9][0-9]{0,3}\Z"),
        submitter=texts(max_size=40),
        by_council=st.booleans(),
        part=st.just("") | texts(max_size=20),
        theme=st.none() | st.sampled_from(["Seniorzy", "Kultura i sztuka", "Młodzież i edukacja"]),
        proposal=texts(),
        submitted_on=st.none() | st.dates(dt.date(2011, 1, 1), dt.date(2040, 12, 31)),
        replies_to=st.none(),
        answer=st.none() | _answers(),
    )


@functools.cache
def _round_parts() -> dict[str, st.SearchStrategy[Any]]:
    """The strategies a round is drawn from, built once (building them is the slow part)."""
    days = st.integers(0, 120)
    return {
        "remark": remarks(ids=st.just("U")),
        "unit": units(),
        "forms": st.lists(
            st.sampled_from(load_codelist("consultation_forms").codes()), unique=True
        ).map(tuple),
        "meetings": st.lists(
            st.tuples(
                days,
                st.builds(
                    Meeting,
                    held_on=st.just(dt.date(2011, 1, 1)),
                    theme=st.just("") | texts(max_size=30),
                    place=st.none() | texts(max_size=30),
                    online=st.booleans(),
                    moderator=st.none() | st.builds(Organisation, name=texts(max_size=40)),
                    participants=st.none() | st.integers(0, 500),
                ),
            ),
            max_size=4,
        ),
        "announcement": st.none()
        | st.tuples(
            st.integers(0, 30),
            st.builds(
                Announcement,
                published_on=st.just(dt.date(2011, 1, 1)),
                channels=st.lists(
                    st.sampled_from(load_codelist("publication_channels").codes()), unique=True
                ).map(tuple),
                reference=st.just("") | texts(max_size=30),
            ),
        ),
        "resolution": resolutions(adopted_on=st.just(dt.date(2011, 1, 1))),
        "short": st.just("") | texts(max_size=30),
        "optional": st.none() | texts(max_size=40),
        "text": texts(),
        "notes": st.lists(texts(), max_size=2).map(tuple),
    }


@st.composite
def _rounds(draw: st.DrawFn) -> ConsultationRound:
    parts = _round_parts()
    start = draw(st.dates(dt.date(2011, 1, 1), dt.date(2040, 12, 31)))
    window = Period(start=start, end=start + dt.timedelta(days=draw(st.integers(0, 60))))
    answered = draw(st.booleans())
    drawn = []
    for index in range(draw(st.integers(0, 5))):
        remark = draw(parts["remark"])
        answer = remark.answer
        if answered and answer is None:
            # A published report answers every remark.
            answer = Answer(state="accepted")
        if (
            answer is not None
            and answer.state in {"rejected", "partly_accepted"}
            and not answer.justification.strip()
        ):
            answer = attrs.evolve(answer, justification="uzasadnienie")
        drawn.append(attrs.evolve(remark, id=f"U-{index + 1}", answer=answer))
    if len(drawn) > 1 and draw(st.booleans()):
        drawn[-1] = attrs.evolve(drawn[-1], replies_to=drawn[0].id)
    adopted = window.end + dt.timedelta(days=draw(st.integers(1, 90)))
    report = None
    if answered:
        act = draw(st.none() | parts["resolution"])
        report = ConsultationReport(
            published_on=draw(st.dates(window.end, adopted)),
            reference=draw(parts["short"]),
            act=None if act is None else attrs.evolve(act, adopted_on=adopted),
            act_reference=draw(parts["optional"]),
        )
    # Meetings may precede the window (a working phase) but never follow it.
    meetings = tuple(
        attrs.evolve(meeting, held_on=max(start - dt.timedelta(days=before), dt.date(2011, 1, 1)))
        for before, meeting in draw(parts["meetings"])
    )
    notice = draw(parts["announcement"])
    announcement = (
        None
        if notice is None
        else attrs.evolve(notice[1], published_on=start - dt.timedelta(days=notice[0]))
    )
    basis = draw(st.none() | parts["resolution"])
    return ConsultationRound(
        unit=draw(parts["unit"]),
        draft=DraftAct(
            title=draw(parts["text"]),
            act_kind=draw(st.sampled_from(["annual_programme", "multi_year_programme"])),
            version=draw(parts["short"]),
        ),
        window=window,
        organiser=draw(parts["optional"]),
        legal_basis=None
        if basis is None
        else attrs.evolve(basis, adopted_on=start - dt.timedelta(days=1)),
        announcement=announcement,
        forms=draw(parts["forms"]),
        participants=draw(parts["short"]),
        meetings=meetings,
        remarks=tuple(drawn),
        report=report,
        notes=draw(parts["notes"]),
    )


def consultation_rounds() -> st.SearchStrategy[ConsultationRound]:
    """
    Consultation rounds that break no error-severity rule: the act (if any) is adopted
    after the window closes, remarks have unique ids and reply only to existing remarks,
    and with a published report every remark is answered, every rejection justified.
    Forms are drawn from the shipped list; justifications hold any Unicode.
    """
    return _rounds()
