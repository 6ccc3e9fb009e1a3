"""
Budget data: one unit's budget year by the budget classification, and its population.

A unit's grants to public-benefit organisations are read from its budget execution
report (*sprawozdanie Rb-28S*, which every unit files: gmina, powiat and voivodeship alike
[secondary]) by the classification's
paragraphs for targeted grants under art. 221 of the public finance act
(:data:`wspolpraca.codelists.GRANT_PARAGRAPHS`); the total expenditure beside them gives
the share of the budget that goes through NGOs. Population, needed per resident, is a
separate, sourced input.

Every figure carries its source and the confidence of that source, because a comparison
is only as good as its weakest number.

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Final

import attrs

from ..errors import InconsistentError, InvalidFormatError, InvalidValueError
from ..law import Confidence
from ..validators import money, not_blank, one_of
from ._common import Unit, plausible_date, plausible_year
from ._fields import meta

CONFIDENCES: Final = tuple(c.value for c in Confidence)
"""The confidence codes a source may carry: ``confirmed``, ``secondary``, ``unconfirmed``."""


@attrs.frozen(repr=False)
class _ClassificationCode:
    """A code of the budget classification: exactly *digits* ASCII digits."""

    digits: int
    pattern: re.Pattern[str] = attrs.field(init=False)

    @pattern.default
    def _pattern(self) -> re.Pattern[str]:
        return re.compile(rf"[0-9]{{{self.digits}}}")

    def __call__(self, inst: object, attr: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or not self.pattern.fullmatch(value):
            raise InvalidFormatError(
                "invalid_classification_code",
                path=(attr.name,),
                value=value,
                params={"digits": self.digits},
            )

    def __repr__(self) -> str:
        return f"<classification code validator ({self.digits} digits)>"


@attrs.frozen(kw_only=True)
class DataSource:
    """
    Where a figure comes from: a budget report, a BIP page, a statistical table.

    Args:
        title: What the source is, such as ``"Rb-28S za 2021 r. (Ministerstwo Finansów)"``.
        reference: A reference a reader can follow: an address or a publication position.
        published_on: When the source was published; ``None`` when unknown.
        confidence: How sure the figure is: ``"confirmed"`` (the unit's own report or the
            ministry's data), ``"secondary"`` (press, a news page, a third party quoting
            the report) or ``"unconfirmed"`` (illustrative, or not found in any source).

    .. versionadded:: 0.1
    """

    title: str = attrs.field(validator=not_blank(), metadata=meta("Źródło", "Source"))
    reference: str = attrs.field(validator=not_blank(), metadata=meta("Odnośnik", "Reference"))
    published_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Data publikacji", "Date of publication"),
    )
    confidence: str = attrs.field(
        default="unconfirmed",
        validator=one_of(*CONFIDENCES),
        metadata=meta("Pewność", "Confidence"),
    )

    @property
    def level(self) -> Confidence:
        """The confidence as a :class:`~wspolpraca.law.Confidence`."""
        return Confidence(self.confidence)


@attrs.frozen(kw_only=True)
class BudgetLine:
    """
    The expenditure of one position of the budget classification (dział, rozdział, paragraf).

    Args:
        division: The division (*dział*), three digits, such as ``"852"``.
        chapter: The chapter (*rozdział*), five digits starting with the division,
            such as ``"85295"``.
        paragraph: The paragraph (*paragraf*) with its fourth digit, such as ``"2360"``.
        planned: The plan after changes; ``None`` when not stated.
        spent: The amount spent (*wykonanie*); ``None`` when not stated.

    Raises:
        InvalidFormatError: a code is not the right number of digits
            (``code="invalid_classification_code"``).
        InconsistentError: the chapter does not start with the division
            (``code="chapter_outside_division"``).

    .. versionadded:: 0.1
    """

    division: str = attrs.field(
        validator=_ClassificationCode(3), metadata=meta("Dział", "Division")
    )
    chapter: str = attrs.field(
        validator=_ClassificationCode(5), metadata=meta("Rozdział", "Chapter")
    )
    paragraph: str = attrs.field(
        validator=_ClassificationCode(4), metadata=meta("Paragraf", "Paragraph")
    )
    planned: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Plan po zmianach", "Plan after changes")
    )
    spent: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Wykonanie", "Spent")
    )

    def __attrs_post_init__(self) -> None:
        if not self.chapter.startswith(self.division):
            raise InconsistentError(
                "chapter_outside_division",
                path=("chapter",),
                value=self.chapter,
                params={"division": self.division},
            )


@attrs.frozen(kw_only=True)
class BudgetYear:
    """
    One unit's budget year: total expenditure and expenditure by classification.

    The lines are as many as the source gives: a budget execution report has one line
    per chapter and paragraph; a press report may give only the totals, and then the
    indicators that need the lines report them as missing.

    Args:
        unit: The unit of local government.
        year: The budget year.
        planned_expenditure: Total planned expenditure (the adopted budget, or the plan
            after changes); ``None`` when not stated.
        total_expenditure: Total expenditure spent (*wykonanie*); ``None`` when not stated.
        lines: Expenditure by division, chapter and paragraph.
        source: Where the figures come from, with its confidence.
        notes: Editorial notes (which figures are sourced, which illustrative).

    Raises:
        InvalidValueError: *year* is implausible (``code="year_out_of_range"``).

    .. versionadded:: 0.1
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    year: int = attrs.field(validator=plausible_year, metadata=meta("Rok budżetowy", "Year"))
    planned_expenditure: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Plan wydatków ogółem", "Total planned expenditure"),
    )
    total_expenditure: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Wydatki ogółem (wykonanie)", "Total expenditure spent"),
    )
    lines: tuple[BudgetLine, ...] = attrs.field(
        default=(), metadata=meta("Wydatki według klasyfikacji", "Expenditure by classification")
    )
    source: DataSource = attrs.field(metadata=meta("Źródło danych", "Source of the figures"))
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    def spent_in(self, paragraphs: frozenset[str]) -> Decimal | None:
        """
        The amount spent in lines whose paragraph (first three digits) is in *paragraphs*.

        ``None`` when the year has no lines at all (the figure is unknown, not zero).
        """
        if not self.lines:
            return None
        return sum(
            (
                line.spent
                for line in self.lines
                if line.spent is not None and line.paragraph[:3] in paragraphs
            ),
            Decimal(0),
        )


def _residents(inst: object, attr: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError(
            "invalid_value",
            path=(attr.name,),
            value=value,
            params={"detail": "a population is a positive whole number"},
        )


@attrs.frozen(kw_only=True)
class Population:
    """
    The number of residents of a unit in a year, with its source.

    Args:
        unit: The unit of local government.
        year: The year the count describes.
        residents: The number of residents (usually on 31 December, GUS).
        source: Where the count comes from, with its confidence.
        notes: Editorial notes.

    .. versionadded:: 0.1
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    year: int = attrs.field(validator=plausible_year, metadata=meta("Rok", "Year"))
    residents: int = attrs.field(
        validator=_residents, metadata=meta("Liczba mieszkańców", "Residents")
    )
    source: DataSource = attrs.field(metadata=meta("Źródło danych", "Source of the figures"))
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )
