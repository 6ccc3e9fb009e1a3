"""
Rules for records of non-financial cooperation (``WSP-NFN-*``).

Sources (law.md §2, §3.1, §7.2, §12):

- art. 5 ust. 2 pkt 5: joint advisory and initiative teams *złożonych z przedstawicieli
  organizacji pozarządowych, podmiotów wymienionych w art. 3 ust. 3 oraz przedstawicieli
  właściwych organów administracji publicznej*. The beginning, up to the organisations'
  representatives, is confirmed; the ending naming the administration comes from a secondary
  paraphrase. Joint teams are an optional form of cooperation ("w szczególności"): a team
  without NGO members breaks no duty of the municipality, it only is not this form, so it is
  a **warning** (``WSP-NFN-001``), like a team without an administration member
  (``WSP-NFN-002``): the word *wspólnych* (joint) and the confirmed text's *oraz
  przedstawiciel…* point the same way, but the object of that phrase is not read in the act
  itself, and a false rejection is worse than a false acceptance. Both read a dated minimum (1 member of each side) that a municipal profile can
  raise, such as the composition its own rules (Kraków: Zarządzenie nr 2638/2014) require.
- The act sets no term for joint teams; a team's term comes from the order that establishes
  it (Kraków's KDO rules, law.md §7.2). A meeting outside that term is a **warning**
  (``WSP-NFN-003``): either the team met without a mandate or the record is wrong.
- Every rule is dated from the 2010 amendment (12 March 2010), which gave art. 5 ust. 2 the
  numbering cited here (joint teams were already a form in the 2003 text, numbered
  differently: not relied on).
- art. 5a ust. 3: the report covers the programme of one year (*za rok poprzedni*); a record of
  one year listing an event or a training of another year is a **warning** (``WSP-NFN-004``).

Not here: "a programme names a non-financial form but its report never mentions it" needs the
implementation report, which is a separate document kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .._model._nonfinancial import ADMINISTRATION_SIDE, NGO_SIDES, NonFinancialActivity
from .._text import Text
from ..law import Citation, Confidence
from ._engine import Context, DatedValue, Hit, Parameter, Rule, Severity
from ._inforce import AMENDMENT_2010

__all__ = [
    "PARAMETERS",
    "REFERENCE_DATES",
    "RULES",
    "TEAM_MINIMUM_ADMINISTRATION",
    "TEAM_MINIMUM_NGO",
    "reference_date",
]

_NGO_PART = Citation("5", "2", "5")
_ADMINISTRATION_PART = Citation("5", "2", "5", confidence=Confidence.SECONDARY)

TEAM_MINIMUM_NGO: Parameter[int] = Parameter(
    name="joint_team.minimum_ngo_members",
    unit="count",
    direction="minimum",
    title=Text(
        pl="Najmniejsza liczba przedstawicieli organizacji pozarządowych we wspólnym zespole",
        en="Minimum number of NGO representatives in a joint team",
    ),
    values=(
        DatedValue(
            value=1,
            basis=_NGO_PART,
            note="'złożonych z przedstawicieli organizacji pozarządowych, podmiotów wymienionych "
            "w art. 3 ust. 3' is confirmed (law.md §2); the act sets no number, so one member "
            "is the least a joint team needs. Local rules may require more.",
        ),
    ),
)

TEAM_MINIMUM_ADMINISTRATION: Parameter[int] = Parameter(
    name="joint_team.minimum_administration_members",
    unit="count",
    direction="minimum",
    title=Text(
        pl="Najmniejsza liczba przedstawicieli administracji publicznej we wspólnym zespole",
        en="Minimum number of public administration representatives in a joint team",
    ),
    values=(
        DatedValue(
            value=1,
            basis=_ADMINISTRATION_PART,
            confidence=Confidence.SECONDARY,
            note="'… oraz przedstawicieli właściwych organów administracji publicznej' is read "
            "in a secondary paraphrase only (law.md §2).",
        ),
    ),
)

PARAMETERS: tuple[Parameter[object], ...] = (TEAM_MINIMUM_NGO, TEAM_MINIMUM_ADMINISTRATION)  # type: ignore[assignment]


def reference_date(record: NonFinancialActivity) -> dt.date:
    """The date whose law applies to *record*: 31 December of its year, its last day."""
    return dt.date(record.year, 12, 31)


REFERENCE_DATES = {NonFinancialActivity: reference_date}
"""How to find the relevant date of each document class this family checks."""


def _too_few(
    record: NonFinancialActivity,
    context: Context,
    parameter: Parameter[int],
    sides: frozenset[str],
) -> Iterator[Hit]:
    dated = context.value(parameter)
    if dated is None:
        return
    for index, team in enumerate(record.teams):
        if not team.members:
            # The composition is not recorded: nothing to judge.
            continue
        found = sum(1 for member in team.members if member.side in sides)
        if found < dated.value:
            yield Hit(
                path=("teams", index, "members"),
                params={"team": team.name, "found": found, "minimum": dated.value},
                confidence=dated.confidence,
            )


def _ngo_members(record: NonFinancialActivity, context: Context) -> Iterator[Hit]:
    return _too_few(record, context, TEAM_MINIMUM_NGO, NGO_SIDES)


def _administration_members(record: NonFinancialActivity, context: Context) -> Iterator[Hit]:
    return _too_few(record, context, TEAM_MINIMUM_ADMINISTRATION, frozenset({ADMINISTRATION_SIDE}))


def _meetings_in_term(record: NonFinancialActivity, context: Context) -> Iterator[Hit]:
    for index, team in enumerate(record.teams):
        term = team.term
        if term is None:
            continue
        for number, meeting in enumerate(team.meetings):
            if meeting.held_on not in term:
                yield Hit(
                    path=("teams", index, "meetings", number, "held_on"),
                    params={
                        "team": team.name,
                        "held_on": meeting.held_on,
                        "start": term.start,
                        "end": term.end,
                    },
                )


def _dated_in_year(record: NonFinancialActivity, context: Context) -> Iterator[Hit]:
    year = record.period
    for field in ("events", "trainings"):
        for index, item in enumerate(getattr(record, field)):
            day = item.held_on
            if day is not None and day not in year:
                name = item.name if field == "events" else item.title
                yield Hit(
                    path=(field, index, "held_on"),
                    params={"item": name, "held_on": day, "year": record.year},
                )


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-NFN-001",
        title=Text(
            pl="Wspólny zespół ma przedstawiciela organizacji pozarządowych",
            en="A joint team has a representative of NGOs",
        ),
        message=Text(
            pl="zespół {team!r} ma {found} przedstawicieli organizacji pozarządowych lub "
            "podmiotów z art. 3 ust. 3, oczekiwano co najmniej {minimum}",
            en="the team {team!r} has {found} representatives of NGOs or art. 3(3) entities, "
            "expected at least {minimum}",
        ),
        severity=Severity.WARNING,
        basis=(_NGO_PART,),
        applies_to=NonFinancialActivity,
        check=_ngo_members,
        valid_from=AMENDMENT_2010,
        parameters=(TEAM_MINIMUM_NGO,),
        description=Text(
            pl="Art. 5 ust. 2 pkt 5 określa wspólne zespoły jako złożone z przedstawicieli "
            "organizacji pozarządowych i podmiotów z art. 3 ust. 3 (ta część przepisu jest "
            "potwierdzona). Zespół bez nich nie jest tą formą współpracy. Zespół bez wpisanych "
            "członków nie jest oceniany. Wspólne zespoły są formą fakultatywną, więc zespół bez "
            "organizacji nie narusza obowiązku gminy: to ostrzeżenie.",
            en="Art. 5(2)(5) defines joint teams as made up of representatives of NGOs and "
            "art. 3(3) entities (that part of the provision is confirmed). A team without them "
            "is not this form of cooperation. A team with no members recorded is not judged. "
            "Joint teams are an optional form, so a team without NGOs breaks no duty of the "
            "municipality: a warning.",
        ),
    ),
    Rule(
        code="WSP-NFN-002",
        title=Text(
            pl="Wspólny zespół ma przedstawiciela administracji publicznej",
            en="A joint team has a representative of the public administration",
        ),
        message=Text(
            pl="zespół {team!r} ma {found} przedstawicieli administracji publicznej, "
            "oczekiwano co najmniej {minimum}",
            en="the team {team!r} has {found} representatives of the public administration, "
            "expected at least {minimum}",
        ),
        severity=Severity.WARNING,
        basis=(_ADMINISTRATION_PART,),
        applies_to=NonFinancialActivity,
        check=_administration_members,
        valid_from=AMENDMENT_2010,
        parameters=(TEAM_MINIMUM_ADMINISTRATION,),
        description=Text(
            pl="Zespół jest „wspólny”, ale końcówkę art. 5 ust. 2 pkt 5 („oraz przedstawicieli "
            "właściwych organów administracji publicznej”) znamy tylko ze źródła wtórnego, "
            "dlatego brak przedstawiciela administracji to ostrzeżenie, nie błąd.",
            en="The team is 'joint', but the ending of art. 5(2)(5) ('and representatives of "
            "the competent public administration bodies') is known from a secondary source "
            "only, so a missing administration member is a warning, not an error.",
        ),
    ),
    Rule(
        code="WSP-NFN-003",
        title=Text(
            pl="Posiedzenie zespołu w czasie jego kadencji",
            en="A team meeting falls within the team's term",
        ),
        message=Text(
            pl="posiedzenie zespołu {team!r} w dniu {held_on} odbyło się poza kadencją "
            "{start} – {end}",
            en="the meeting of the team {team!r} on {held_on} is outside its term {start} – {end}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5", "2", "5"),),
        applies_to=NonFinancialActivity,
        check=_meetings_in_term,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Ustawa nie określa kadencji zespołów; kadencję wyznacza akt ich powołania "
            "(w Krakowie regulamin KDO). Posiedzenie poza kadencją oznacza działanie bez "
            "mandatu albo błąd w zapisie, dlatego to ostrzeżenie. Zespoły bez kadencji nie "
            "są sprawdzane.",
            en="The act sets no term for teams; the act establishing a team sets it (in Kraków, "
            "the KDO rules). A meeting outside the term means acting without a mandate or a "
            "wrong record, so this is a warning. Teams without a term are not checked.",
        ),
    ),
    Rule(
        code="WSP-NFN-004",
        title=Text(
            pl="Wydarzenie lub szkolenie w roku, którego dotyczy zestawienie",
            en="An event or training falls in the record's year",
        ),
        message=Text(
            pl="{item!r} odbyło się {held_on}, poza rokiem {year}, którego dotyczy zestawienie",
            en="{item!r} took place on {held_on}, outside the year {year} the record covers",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "3"),),
        applies_to=NonFinancialActivity,
        check=_dated_in_year,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Zestawienie współpracy pozafinansowej dotyczy jednego roku, tak jak "
            "sprawozdanie z realizacji programu za rok poprzedni; wydarzenie z innego roku "
            "to zwykle pomyłka w dacie albo w przypisaniu do roku.",
            en="A record of non-financial cooperation covers one year, like the report on "
            "the previous year's programme; an event of another year is usually a wrong date "
            "or a wrong year.",
        ),
    ),
)
