"""Small grants (art. 19a), their yearly register and agreements (art. 16): the model."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Agreement,
    Organisation,
    Period,
    SmallGrant,
    SmallGrantRegister,
    Tranche,
    Unit,
)
from wspolpraca._model._fields import TITLE
from wspolpraca.errors import (
    InconsistentError,
    InvalidValueError,
    UnknownCodeError,
    ValidationErrors,
)

from .conftest import ROOT

REGISTER = ROOT / "examples" / "krakow-2026-small-grants.json"
UNIT = Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")
ORG = Organisation(name="Fundacja", krs="0000234567")


def grant(**changes: Any) -> SmallGrant:
    """A valid small grant, with *changes*."""
    fields: dict[str, Any] = {
        "organisation": ORG,
        "task_title": "Festyn",
        "offer_submitted_on": dt.date(2026, 5, 4),
        "amount": Decimal(5000),
    }
    fields.update(changes)
    return SmallGrant(**fields)


def agreement(**changes: Any) -> Agreement:
    """A valid agreement, with *changes*."""
    fields: dict[str, Any] = {
        "unit": UNIT,
        "organisation": ORG,
        "task_title": "Festyn",
        "mode": "support",
        "signed_on": dt.date(2026, 5, 18),
        "period": Period(start=dt.date(2026, 6, 1), end=dt.date(2026, 8, 29)),
        "grant": Decimal(10000),
        "tranches": (
            Tranche(due_on=dt.date(2026, 6, 1), amount=Decimal(6000)),
            Tranche(due_on=dt.date(2026, 7, 1), amount=Decimal(4000)),
        ),
    }
    fields.update(changes)
    return Agreement(**fields)


@pytest.fixture
def register_data() -> dict[str, Any]:
    """A fresh, mutable copy of the example register as parsed JSON."""
    data: dict[str, Any] = copy.deepcopy(json.loads(REGISTER.read_text("utf-8")))
    return data


def _errors(data: object, cls: type[Any] | None = None) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as caught:
        wspolpraca.structure(data, cls)
    return [(error.code, error.jsonpath) for error in caught.value.errors]


class TestSmallGrant:
    """Invariants of one small grant."""

    def test_minimal_grant(self) -> None:
        """A grant needs only the organisation, title, offer date and amount."""
        made = grant()

        assert made.published_on is None
        assert made.organisation_key == ("krs", "0000234567")

    @pytest.mark.parametrize("name", ["published_on", "agreement_signed_on"])
    def test_date_before_offer_raises(self, name: str) -> None:
        """Publishing the offer or signing the agreement before the offer is refused."""
        with pytest.raises(InconsistentError, match="before the offer was submitted") as caught:
            grant(**{name: dt.date(2026, 5, 3)})

        assert caught.value.code == "before_offer"
        assert caught.value.jsonpath == f"$.{name}"

    def test_display_before_publication_raises(self) -> None:
        """A display that ends before the publication is refused."""
        with pytest.raises(InconsistentError, match="before it was published") as caught:
            grant(published_on=dt.date(2026, 5, 8), displayed_until=dt.date(2026, 5, 7))

        assert caught.value.jsonpath == "$.displayed_until"

    def test_negative_comment_count_raises(self) -> None:
        """A negative number of comments is refused."""
        with pytest.raises(InvalidValueError, match="cannot be negative") as caught:
            grant(comments_received=-1)

        assert caught.value.code == "negative_count"

    def test_negative_amount_raises(self) -> None:
        """A negative grant is refused."""
        with pytest.raises(InvalidValueError, match="negative"):
            grant(amount=Decimal(-1))

    @pytest.mark.parametrize(
        ("org", "key"),
        [
            (Organisation(name="A", nip="6771234561"), ("nip", "6771234561")),
            (Organisation(name="  Klub  Seniora "), ("name", "klub seniora")),
        ],
    )
    def test_organisation_key_falls_back(self, org: Organisation, key: tuple[str, str]) -> None:
        """Without a KRS number the organisation is known by its NIP, else its name."""
        assert grant(organisation=org).organisation_key == key


class TestSmallGrantRegister:
    """The yearly register as a document."""

    def test_example_round_trips(self) -> None:
        """The example loads, dumps to the same text and loads back equal."""
        text = REGISTER.read_text("utf-8")

        register = wspolpraca.loads(text, SmallGrantRegister)

        assert wspolpraca.dumps(register) == text
        assert wspolpraca.loads(wspolpraca.dumps(register)) == register
        assert register.total == Decimal("69500.00")

    def test_kind_is_registered(self) -> None:
        """The register's kind tag is small_grant_register."""
        assert wspolpraca.serialization.kind_of(SmallGrantRegister) == "small_grant_register"

    def test_implausible_year_raises(self) -> None:
        """A year outside 1990–2100 is refused at the year."""
        with pytest.raises(InvalidValueError, match="year out of range") as caught:
            SmallGrantRegister(unit=UNIT, year=1989)

        assert caught.value.jsonpath == "$.year"

    def test_bad_input_is_located(self, register_data: dict[str, Any]) -> None:
        """Every problem is reported at once, each with its code and path."""
        register_data["grants"][0]["amount"] = "-100"
        register_data["grants"][1]["offer_submitted_on"] = "2026-02-30"
        register_data["grants"][2]["organisation"]["krs"] = "12ab"
        register_data["grants"][3]["comments"] = 3
        register_data["planned_grants_total"] = 1.5

        errors = _errors(register_data)

        assert sorted(errors) == sorted(
            [
                ("negative_amount", "$.grants[0].amount"),
                ("invalid_date", "$.grants[1].offer_submitted_on"),
                ("invalid_identifier", "$.grants[2].organisation.krs"),
                ("unknown_field", "$.grants[3].comments"),
                ("invalid_money", "$.planned_grants_total"),
            ]
        )

    def test_published_before_offer_is_located(self, register_data: dict[str, Any]) -> None:
        """An offer published before it was submitted is an error at that grant."""
        register_data["grants"][4]["published_on"] = "2026-11-20"

        assert _errors(register_data) == [("before_offer", "$.grants[4].published_on")]

    def test_every_field_has_bilingual_title(self) -> None:
        """Every field of the new classes has a Polish and an English title."""
        for cls in (SmallGrant, SmallGrantRegister, Agreement, Tranche):
            for field in attrs.fields(cls):
                title = field.metadata[TITLE]
                assert title.pl, (cls.__name__, field.name)
                assert title.en, (cls.__name__, field.name)


class TestAgreement:
    """Agreements (art. 16) as documents."""

    def test_round_trip(self) -> None:
        """An agreement survives dumps/loads and carries the kind agreement."""
        made = agreement(settlement_due_on=dt.date(2026, 9, 30), number="1/2026")

        text = wspolpraca.dumps(made)

        assert json.loads(text)["kind"] == "agreement"
        assert wspolpraca.loads(text) == made

    def test_multi_year_and_total(self) -> None:
        """An agreement spanning two calendar years is multi-year; tranches add up."""
        longer = agreement(period=Period(start=dt.date(2026, 6, 1), end=dt.date(2027, 5, 31)))

        assert longer.multi_year
        assert not agreement().multi_year
        assert agreement().tranches_total == Decimal(10000)

    def test_unknown_mode_raises(self) -> None:
        """A mode outside the modes codelist is refused at the mode."""
        with pytest.raises(UnknownCodeError, match="modes") as caught:
            agreement(mode="grant")

        assert caught.value.jsonpath == "$.mode"

    def test_bad_tranche_is_located(self) -> None:
        """A tranche with a negative amount and a bad period are located errors."""
        data = wspolpraca.unstructure(agreement())
        data["tranches"][1]["amount"] = "-5"
        data["period"]["end"] = "2026-05-01"

        assert sorted(_errors(data)) == [
            ("end_before_start", "$.period.end"),
            ("negative_amount", "$.tranches[1].amount"),
        ]
