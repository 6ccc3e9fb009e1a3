"""
The dated limits of small grants (art. 19a) and the citations the ``WSP-SGR`` rules share;
:mod:`wspolpraca.rules.small_grant` documents their sources and re-exports the public names.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .._text import Text
from ..law import Citation, Confidence
from ._engine import DatedValue, Parameter

AMENDMENT_2010 = dt.date(2010, 3, 12)
"""In force date of the act of 22 January 2010 that introduced art. 19a (law.md §0.3)."""

AMENDMENT_2026 = dt.date(2026, 9, 1)
"""In force date of Dz.U. 2026 poz. 1040 (law.md §0.3, §12: third-party only)."""

_BEFORE_2026 = AMENDMENT_2026 - dt.timedelta(days=1)

CAPS_FROM = dt.date(2016, 1, 1)
"""
First day the yearly cap per organisation and the 20 % share are applied.

Secondary sources date the cap to the 2015 amendment, whose in-force date is not confirmed
(law.md §0.3 and §12: "5 August 2015" and "9 November 2015" are both seen); the source of
ust. 7 is undated. Both caps are yearly, so they are applied from the first full calendar
year after the amendment: a breach in 2015 may not be one, and a false rejection is worse
than a false acceptance.
"""

_19A = Citation("19a", confidence=Confidence.SECONDARY)
_19A_TASK = Citation("19a", "1", "1", confidence=Confidence.SECONDARY)
_19A_DURATION = Citation("19a", "1", "2", confidence=Confidence.SECONDARY)
_19A_SHARE = Citation("19a", "7", confidence=Confidence.SECONDARY)
_16 = Citation("16", "1", confidence=Confidence.SECONDARY)
_19_TEMPLATES = Citation("19", confidence=Confidence.SECONDARY)
"""Art. 19, the delegation for the templates of offers, agreements and reports (law.md §13)."""
_11_MODE = Citation("11", "2", confidence=Confidence.SECONDARY)
_19A_PUBLIC = Citation("19a", "3", confidence=Confidence.SECONDARY)

PROCEDURES = frozenset({"open_competition", "small_grant", "regranting", "other_statute"})
"""The modes that may precede an agreement (art. 11 ust. 2, art. 19a, art. 16a)."""

_CHANNELS = ("bip", "notice_board", "website")
"""The three channels of art. 19a ust. 3 (as art. 13 ust. 3)."""

_UNCONFIRMED_2026 = (
    "Dz.U. 2026 poz. 1040 and its in-force date 1 September 2026 (by offer submission date) "
    "come from a third-party dataset only (law.md §0.3, §4.7, §12)."
)

TASK_LIMIT: Parameter[Decimal] = Parameter(
    name="small_grant.task_limit",
    unit="amount",
    direction="maximum",
    title=Text(
        pl="Najwyższa kwota dotacji na jedno zadanie w trybie art. 19a",
        en="Highest grant for one task under art. 19a",
    ),
    values=(
        DatedValue(
            value=Decimal(10000),
            valid_from=AMENDMENT_2010,
            valid_to=_BEFORE_2026,
            basis=_19A_TASK,
            confidence=Confidence.SECONDARY,
            note="10 000 zł since the 2010 amendment (municipal pages, law.md §4.7).",
        ),
        DatedValue(
            value=Decimal(20000),
            valid_from=AMENDMENT_2026,
            basis=_19A_TASK,
            confidence=Confidence.SECONDARY,
            note="20 000 zł: the government draft of August 2025 planned it (law.md §12). "
            + _UNCONFIRMED_2026
            + " A grant over 20 000 zł is over 10 000 zł too, so the date cannot cause "
            "a false rejection.",
        ),
    ),
)

DURATION_LIMIT: Parameter[int | None] = Parameter(
    name="small_grant.duration_limit",
    unit="days",
    direction="maximum",
    title=Text(
        pl="Najdłuższy okres realizacji zadania w trybie art. 19a (dni; brak = bez limitu)",
        en="Longest task period under art. 19a (days; none = no limit)",
    ),
    values=(
        DatedValue(
            value=90,
            valid_from=AMENDMENT_2010,
            valid_to=_BEFORE_2026,
            basis=_19A_DURATION,
            confidence=Confidence.SECONDARY,
            note="90 days since the 2010 amendment (municipal pages, law.md §4.7).",
        ),
        DatedValue(
            value=None,
            valid_from=AMENDMENT_2026,
            basis=_19A_DURATION,
            confidence=Confidence.UNCONFIRMED,
            note="No duration limit. " + _UNCONFIRMED_2026,
        ),
    ),
)

ORGANISATION_CAP: Parameter[Decimal] = Parameter(
    name="small_grant.organisation_cap",
    unit="amount",
    direction="maximum",
    title=Text(
        pl="Najwyższa łączna kwota dla jednej organizacji w roku kalendarzowym (art. 19a)",
        en="Highest yearly total for one organisation from one unit (art. 19a)",
    ),
    values=(
        DatedValue(
            value=Decimal(20000),
            valid_from=CAPS_FROM,
            valid_to=_BEFORE_2026,
            basis=_19A,
            confidence=Confidence.SECONDARY,
            note="Added in 2015 (law.md §4.7); applied from 2016, see CAPS_FROM.",
        ),
        DatedValue(
            value=Decimal(40000),
            valid_from=AMENDMENT_2026,
            basis=_19A,
            confidence=Confidence.UNCONFIRMED,
            note=_UNCONFIRMED_2026,
        ),
    ),
)

SHARE_CAP: Parameter[Decimal] = Parameter(
    name="small_grant.share_cap",
    unit="fraction",
    direction="maximum",
    title=Text(
        pl="Najwyższy udział małych grantów w dotacjach planowanych w roku budżetowym",
        en="Highest share of small grants in the grants planned for the budget year",
    ),
    values=(
        DatedValue(
            value=Decimal("0.20"),
            valid_from=CAPS_FROM,
            valid_to=_BEFORE_2026,
            basis=_19A_SHARE,
            confidence=Confidence.SECONDARY,
            note="20 % (art. 19a ust. 7, quoted by bip.msciwojow.pl, law.md §4.7); "
            "applied from 2016, see CAPS_FROM.",
        ),
        DatedValue(
            value=Decimal("0.30"),
            valid_from=AMENDMENT_2026,
            basis=_19A_SHARE,
            confidence=Confidence.UNCONFIRMED,
            note=_UNCONFIRMED_2026,
        ),
    ),
)

PUBLICATION_DEADLINE: Parameter[int] = Parameter(
    name="small_grant.publication_deadline",
    unit="working_days",
    direction="maximum",
    title=Text(
        pl="Termin zamieszczenia oferty w BIP (dni robocze od jej wpływu)",
        en="Deadline for publishing the offer in the BIP (working days after receipt)",
    ),
    values=(
        DatedValue(
            value=7,
            valid_from=AMENDMENT_2010,
            basis=_19A,
            confidence=Confidence.SECONDARY,
            note="7 working days (law.md §4.7); reported unchanged in 2026 (third-party). "
            "Counting in working days is the lenient reading for years in which the text "
            "may have said calendar days.",
        ),
    ),
)

DISPLAY_DAYS: Parameter[int] = Parameter(
    name="small_grant.display_days",
    unit="days",
    direction="minimum",
    title=Text(
        pl="Okres, na jaki zamieszcza się ofertę (dni)",
        en="How long the offer stays on display (days)",
    ),
    values=(
        DatedValue(
            value=7,
            valid_from=AMENDMENT_2010,
            basis=_19A,
            confidence=Confidence.SECONDARY,
            note="7 days (law.md §4.7).",
        ),
    ),
)

COMMENT_DAYS: Parameter[int] = Parameter(
    name="small_grant.comment_days",
    unit="days",
    direction="minimum",
    title=Text(
        pl="Termin zgłaszania uwag do oferty (dni od jej zamieszczenia)",
        en="Window for comments on the offer (days after its publication)",
    ),
    values=(
        DatedValue(
            value=7,
            valid_from=AMENDMENT_2010,
            basis=_19A,
            confidence=Confidence.SECONDARY,
            note="7 days (law.md §4.7); the agreement follows after it (law.md §4.7).",
        ),
    ),
)

PARAMETERS: tuple[Parameter[object], ...] = (  # type: ignore[assignment]
    TASK_LIMIT,
    DURATION_LIMIT,
    ORGANISATION_CAP,
    SHARE_CAP,
    PUBLICATION_DEADLINE,
    DISPLAY_DAYS,
    COMMENT_DAYS,
)
