"""
A strict pydantic v2 model equivalent to ``wspolpraca.AnnualProgramme``, for benchmarks only.

It is an honest baseline: strict types (a year given as text is refused), closed objects,
money as :class:`~decimal.Decimal` with at most two places, ISO dates, the codes of the
shipped codelists as literals (principles, modes, unit levels), non-blank text where the
model requires it, the year range, the sphere format, the TERYT code with its voivodeship
part, and the same cross-field invariants (TERYT length fits the level, a period does not end
before it starts, a programme is not adopted after its period).

What it still does less than wspolpraca is listed in ``docs/explanation/performance.md``
("The baselines"): among others, repeated keys pass (the last wins), money accepts
exponents and floats, and its errors carry no stable codes and no Polish messages.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator


def _entries(name: str) -> list[dict[str, Any]]:
    """The entries of the shipped codelist *name*, read from its TOML file without importing
    wspolpraca (so that pydantic's cold start does not pay for it)."""
    spec = importlib.util.find_spec("wspolpraca")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("wspolpraca is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "codelists"
    entries: list[dict[str, Any]] = tomllib.loads((folder / f"{name}.toml").read_text("utf-8"))[
        "entry"
    ]
    return entries


def _codes(name: str) -> Any:
    """The codes of the shipped codelist *name*, as a ``Literal`` type."""
    return Literal[tuple(entry["code"] for entry in _entries(name))]


PrincipleCode = _codes("principles")
ModeCode = _codes("modes")
UnitLevel = _codes("unit_levels")

Money = Annotated[Decimal, Field(ge=0, decimal_places=2, max_digits=17)]
Text = Annotated[str, Field(pattern=r"\S")]  # not blank
Sphere = Annotated[str, Field(pattern=r"^[0-9]{1,2}[a-z]?$")]
_TERYT_DIGITS = {entry["code"]: int(entry["category"]) for entry in _entries("unit_levels")}


def _voivodeship(value: str) -> str:
    number = int(value[:2])
    if number % 2 or not 2 <= number <= 32:  # the TERC numbering
        raise ValueError("the voivodeship part must be an even number from 02 to 32")
    return value


Teryt = Annotated[str, Field(pattern=r"^(?:\d{2}|\d{4}|\d{7})$"), AfterValidator(_voivodeship)]


class Strict(BaseModel):
    """Strict, closed, frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Unit(Strict):
    name: Text
    teryt: Teryt
    level: UnitLevel  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _teryt_fits_level(self) -> Self:
        if len(self.teryt) != _TERYT_DIGITS[self.level]:
            raise ValueError("the TERYT code does not fit the level")
        return self


class Resolution(Strict):
    number: Text
    body: Text
    adopted_on: dt.date


class Goals(Strict):
    main: str = ""
    specific: tuple[str, ...] = ()


class Principle(Strict):
    code: PrincipleCode  # type: ignore[valid-type]
    description: str = ""


class Form(Strict):
    code: Text  # the statutory list is open: any non-blank code loads
    description: str = ""


class Task(Strict):
    title: Text
    area: str | None = None
    sphere: Sphere | None = None
    unit: str | None = None
    modes: tuple[ModeCode, ...] = ()  # type: ignore[valid-type]
    planned_amount: Money | None = None


class Period(Strict):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")
        return self


class Publication(Strict):
    channel: Text
    reference: Text
    published_on: dt.date | None = None


class Indicator(Strict):
    name: Text
    unit: str | None = None
    baseline: Money | None = None
    target: Money | None = None


class Programme(Strict):
    kind: Literal["annual_programme"]
    schema_version: Literal["1.0", "1.1"]  # both load (1.0 is migrated)
    unit: Unit
    year: Annotated[int, Field(ge=1990, le=2100)]  # MIN_YEAR, MAX_YEAR
    title: Text
    resolution: Resolution | None = None
    goals: Goals = Goals()
    principles: tuple[Principle, ...] = ()
    scope: str = ""
    forms: tuple[Form, ...] = ()
    priority_tasks: tuple[Task, ...] = ()
    period: Period | None = None
    implementation: str = ""
    planned_funds: Money | None = None
    evaluation: str = ""
    creation_and_consultation: str = ""
    competition_committees: str = ""
    publications: tuple[Publication, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    implements: str | None = None
    amends: str | None = None
    council_opinion: str | None = None
    notes: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _adopted_within_period(self) -> Self:
        if (
            self.resolution is not None
            and self.period is not None
            and self.resolution.adopted_on > self.period.end
        ):
            raise ValueError("the resolution was adopted after the period ended")
        return self
