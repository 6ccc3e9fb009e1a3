"""
A pydantic v2 model of the same shape as ``wspolpraca.AnnualProgramme``, for benchmarks only.

It validates what our loader validates at the wire level (strict types, Decimal money with
at most two places, ISO dates, no unknown keys) but none of our invariants or messages.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Money = Annotated[Decimal, Field(ge=0, decimal_places=2, max_digits=17)]


class Strict(BaseModel):
    """Strict, closed, frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class Unit(Strict):
    name: str
    teryt: str = Field(pattern=r"^(\d{2}|\d{4}|\d{7})$")
    level: str


class Resolution(Strict):
    number: str
    body: str
    adopted_on: dt.date


class Goals(Strict):
    main: str = ""
    specific: tuple[str, ...] = ()


class Principle(Strict):
    code: str
    description: str = ""


class Form(Strict):
    code: str
    description: str = ""


class Task(Strict):
    title: str
    area: str | None = None
    sphere: str | None = None
    unit: str | None = None
    modes: tuple[str, ...] = ()
    planned_amount: Money | None = None


class Period(Strict):
    start: dt.date
    end: dt.date


class Publication(Strict):
    channel: str
    reference: str
    published_on: dt.date | None = None


class Indicator(Strict):
    name: str
    unit: str | None = None
    baseline: Money | None = None
    target: Money | None = None


class Programme(Strict):
    kind: str
    schema_version: str
    unit: Unit
    year: int
    title: str
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
    notes: tuple[str, ...] = ()
