"""
The cost calculation of a public task (*kalkulacja przewidywanych kosztów*) and its financing.

The offer plans it (art. 14 ust. 1; form section V in 2018), the agreement may attach an updated
one, and the report accounts for it line by line (art. 18 ust. 4 pkt 2–3). Every amount is exact
(grosze); what the lines and the summary *state* is kept as written, and the ``WSP-OFR`` rules
recompute it, so a calculation one grosz off still loads and is reported at the line.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import attrs

from ..validators import code_in, money, not_blank
from ._fields import meta
from ._indicators import YearlyAmount

_GROSZ = Decimal("0.01")


def round_grosz(value: Decimal) -> Decimal:
    """*value* rounded to whole grosze, halves away from zero (as a calculator would)."""
    return value.quantize(_GROSZ, rounding=ROUND_HALF_UP)


@attrs.frozen(kw_only=True)
class SourceAmount:
    """
    The part of a cost line paid from one source.

    Args:
        source: Where the money comes from, a code of
            :data:`wspolpraca.codelists.FUNDING_SOURCES` (``"grant"``, ``"own_personal"`` …).
        amount: The amount in złoty.

    Raises:
        UnknownCodeError: *source* is not a source of the list.

    .. versionadded:: 0.2
    """

    source: str = attrs.field(
        validator=code_in("funding_sources"),
        metadata=meta("Źródło", "Source", basis="art. 18 ust. 4", codelist="funding_sources"),
    )
    amount: Decimal = attrs.field(validator=money(), metadata=meta("Kwota", "Amount"))


@attrs.frozen(kw_only=True)
class BidderAmount:
    """
    The part of the costs one bidder of a joint offer carries (form section V.C in 2018).

    Args:
        bidder: The bidder's name, as the offer lists it.
        amount: The amount in złoty.

    .. versionadded:: 0.2
    """

    bidder: str = attrs.field(validator=not_blank(), metadata=meta("Oferent", "Bidder"))
    amount: Decimal = attrs.field(validator=money(), metadata=meta("Kwota", "Amount"))


@attrs.frozen(kw_only=True)
class CostLine:
    """
    One line of the cost calculation.

    Args:
        group: The form's group of the line, a code of :data:`wspolpraca.codelists.COST_GROUPS`
            (``"actions"`` or ``"administrative"`` on the 2018 form; ``"substantive"``,
            ``"service"`` or ``"other"`` on the older ones).
        name: The kind of cost (*rodzaj kosztu*), such as ``"wynagrodzenie trenera"``.
        total: The line's total as stated (*wartość*, *koszt całkowity*).
        number: The line's number as printed (*Lp.*, such as ``"I.1"``); ``None`` when not printed.
        unit: The unit of measure (*rodzaj miary*), such as ``"godz."``; ``None`` when not stated.
        quantity: How many units (*liczba jednostek*); ``None`` when not stated.
        unit_cost: The cost of one unit (*koszt jednostkowy*); ``None`` when not stated.
        years: The total split by budget year (2018 form: *Rok 1*, *Rok 2* …); empty when the
            task lasts one year or the split is not given.
        bidders: The total split between the bidders of a joint offer; empty when not given.
        sources: The total split by source of financing (2010 and 2016 forms); empty when not given.
        actions: The numbers or names of the scheduled actions the line pays for (2016 form).

    Raises:
        UnknownCodeError: *group* is not a group of the forms.
        InvalidValueError: an amount is negative or has fractions of a grosz.

    .. versionadded:: 0.2
    """

    group: str = attrs.field(
        validator=code_in("cost_groups"),
        metadata=meta("Kategoria kosztu", "Cost group", basis="art. 19", codelist="cost_groups"),
    )
    name: str = attrs.field(validator=not_blank(), metadata=meta("Rodzaj kosztu", "Kind of cost"))
    total: Decimal = attrs.field(validator=money(), metadata=meta("Wartość", "Total"))
    number: str | None = attrs.field(default=None, metadata=meta("Lp.", "Number"))
    unit: str | None = attrs.field(default=None, metadata=meta("Rodzaj miary", "Unit"))
    quantity: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Liczba jednostek", "Quantity")
    )
    unit_cost: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Koszt jednostkowy", "Unit cost")
    )
    years: tuple[YearlyAmount, ...] = attrs.field(
        default=(), metadata=meta("Podział na lata", "Split by year")
    )
    bidders: tuple[BidderAmount, ...] = attrs.field(
        default=(), metadata=meta("Podział między oferentów", "Split between bidders")
    )
    sources: tuple[SourceAmount, ...] = attrs.field(
        default=(),
        metadata=meta("Podział na źródła", "Split by source", basis="art. 18 ust. 4 pkt 2"),
    )
    actions: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Działania z harmonogramu", "Scheduled actions")
    )

    @property
    def computed_total(self) -> Decimal | None:
        """Quantity times unit cost, rounded to the grosz; ``None`` unless both are stated."""
        if self.quantity is None or self.unit_cost is None:
            return None
        return round_grosz(self.quantity * self.unit_cost)

    def source_amount(self, source: str) -> Decimal:
        """The part of the line paid from *source* (``0`` when the split does not name it)."""
        return sum((part.amount for part in self.sources if part.source == source), Decimal(0))


@attrs.frozen(kw_only=True)
class FinancingLine:
    """
    One line of the financing summary (2018 form section V.B; the report's financing used).

    Args:
        source: A code of :data:`wspolpraca.codelists.FUNDING_SOURCES`.
        amount: The amount in złoty.
        percent: Its share of the total cost in per cent, as stated (two decimal places);
            ``None`` when not stated.

    Raises:
        UnknownCodeError: *source* is not a source of the list.

    .. versionadded:: 0.2
    """

    source: str = attrs.field(
        validator=code_in("funding_sources"),
        metadata=meta("Źródło", "Source", basis="art. 18 ust. 4", codelist="funding_sources"),
    )
    amount: Decimal = attrs.field(validator=money(), metadata=meta("Kwota", "Amount"))
    percent: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Udział [%]", "Share [%]")
    )


def lines_total(lines: tuple[CostLine, ...]) -> Decimal:
    """The sum of the stated totals of *lines*."""
    return sum((line.total for line in lines), Decimal(0))


def financing_total(lines: tuple[FinancingLine, ...]) -> Decimal:
    """The sum of the amounts of *lines*."""
    return sum((line.amount for line in lines), Decimal(0))
