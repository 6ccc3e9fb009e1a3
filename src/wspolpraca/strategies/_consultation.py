"""Strategies for consultation rounds and remarks and their rule breakers (WSP-CNS)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._common import Period
from .._model._consultation import (
    Answer,
    ConsultationAnnouncement,
    ConsultationMeeting,
    ConsultationReport,
    ConsultationRound,
    DraftAct,
    Remark,
)
from .._model._organisation import Organisation
from ..codelists import load_codelist
from ..profiles import Profile
from ..rules.consultation import OPEN_MEETING_FORMS
from ._common import _Breaker, _late, _Make, _resolution, resolutions, texts, units


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
                    ConsultationMeeting,
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
                ConsultationAnnouncement,
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


_LOCAL_ONLY = {
    "WSP-CNS-001": "consultation.min_window_days",
    "WSP-CNS-002": "consultation.min_information_days",
    "WSP-CNS-003": "consultation.min_forms",
    "WSP-CNS-004": "consultation.open_meeting_required",
}
"""Rules that fire only with a municipal profile's value: the statute sets none."""

_STATE_NAMES_ONLY = frozenset({"WSP-CNS-011"})
"""Rules that fire only under a profile that maps local state names onto canonical ones."""

_BREAKABLE = {"WSP-CNS-001": 2, "WSP-CNS-002": 1, "WSP-CNS-003": 1, "WSP-CNS-004": 1}
"""The least local value that something can fall short of (a window lasts at least a day)."""


# Consultation rounds (WSP-CNS) ----------------------------------------------------------


def _local_value(profile: Profile | None, code: str) -> Any:
    """The profile's value of the parameter *code* reads (checked by :func:`violating`)."""
    assert profile is not None  # noqa: S101 - violating() refuses these codes without one
    return profile.overrides()[_LOCAL_ONLY[code]][0].value


def _cns_001(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    days = draw(st.integers(1, int(_local_value(profile, "WSP-CNS-001")) - 1))
    start = round_.window.start
    return attrs.evolve(round_, window=Period(start=start, end=start + dt.timedelta(days=days - 1)))


def _cns_002(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    days = draw(st.integers(0, int(_local_value(profile, "WSP-CNS-002")) - 1))
    published = round_.window.start - dt.timedelta(days=days)
    announcement = round_.announcement or ConsultationAnnouncement(
        published_on=published, channels=("bip",)
    )
    return attrs.evolve(round_, announcement=attrs.evolve(announcement, published_on=published))


def _cns_003(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    fewer = int(_local_value(profile, "WSP-CNS-003")) - 1
    forms = draw(
        st.lists(
            st.sampled_from(load_codelist("consultation_forms").codes()),
            unique=True,
            max_size=fewer,
        )
    )
    return attrs.evolve(round_, forms=tuple(forms))


def _cns_004(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    forms = tuple(form for form in round_.forms if form not in OPEN_MEETING_FORMS)
    return attrs.evolve(round_, forms=forms)


_UNMAPPED_STATE = "stanowisko spoza profilu"
"""A local answer-state name no profile maps (so WSP-CNS-011 reports it under any profile)."""


def _cns_011(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    ids = {remark.id for remark in round_.remarks}
    remark = Remark(
        id=next(f"v{n}" for n in range(len(ids) + 1) if f"v{n}" not in ids),
        submitter=draw(texts(max_size=30)),
        proposal=draw(texts()),
        answer=Answer(state="accepted", local_state=_UNMAPPED_STATE),
    )
    return attrs.evolve(round_, remarks=(*round_.remarks, remark))


def _reported(
    draw: st.DrawFn, round_: ConsultationRound, adopted: dt.date, published: dt.date
) -> ConsultationRound:
    """*round_* with a report published on *published* and the act adopted on *adopted*."""
    report = round_.report or ConsultationReport()
    act = _resolution(draw, report.act, adopted)
    return attrs.evolve(round_, report=attrs.evolve(report, published_on=published, act=act))


def _cns_005(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    adopted = draw(st.dates(round_.window.start, round_.window.end))
    return _reported(draw, round_, adopted, adopted)


def _with_remark(draw: st.DrawFn, round_: ConsultationRound, **changes: Any) -> ConsultationRound:
    remark = attrs.evolve(draw(remarks()), **{"id": "U-nowa", "replies_to": None, **changes})
    return attrs.evolve(round_, remarks=(*round_.remarks, remark))


def _cns_006(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    if round_.report is None or round_.report.published_on is None:
        round_ = attrs.evolve(round_, report=ConsultationReport(published_on=round_.window.end))
    return _with_remark(draw, round_, answer=None)


def _cns_007(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    state = draw(st.sampled_from(["rejected", "partly_accepted"]))
    blank = draw(st.sampled_from(["", " ", "\n"]))
    return _with_remark(draw, round_, answer=Answer(state=state, justification=blank))


def _cns_008(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    adopted = _late(draw, round_.window.end)
    return _reported(draw, round_, adopted, _late(draw, adopted))


def _cns_009(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    return attrs.evolve(round_, forms=(*round_.forms, "dyżur_radnego"))


def _cns_010(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    answer = Answer(state="accepted") if round_.report is not None else None
    return _with_remark(draw, round_, answer=answer, replies_to="U-brak")


BREAKERS: dict[str, _Breaker] = {
    "WSP-CNS-011": _cns_011,
    **{f"WSP-CNS-{n:03d}": f for n, f in enumerate(
        (_cns_001, _cns_002, _cns_003, _cns_004, _cns_005,
         _cns_006, _cns_007, _cns_008, _cns_009, _cns_010), 1)},
}  # fmt: skip
"""How to break each consultation rule, by code."""


STRATEGIES: dict[type[Any], _Make] = {
    ConsultationRound: consultation_rounds,
    Remark: remarks,
}
"""The strategy of each document and value class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {
    DraftAct: consultation_rounds,
    ConsultationAnnouncement: lambda: consultation_rounds().filter(
        lambda r: r.announcement is not None
    ),
    ConsultationMeeting: lambda: consultation_rounds().filter(lambda r: bool(r.meetings)),
    ConsultationReport: lambda: consultation_rounds().filter(lambda r: r.report is not None),
    Answer: lambda: remarks().filter(lambda r: r.answer is not None),
}
"""Value classes of this family, each drawn from the documents that hold it."""
