"""Open competitions and local initiatives as documents: invariants, round trips, bad input."""

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
    Announcement,
    Cancellation,
    LocalInitiative,
    Offer,
    OpenCompetition,
    Organisation,
)
from wspolpraca.errors import (
    InconsistentError,
    InvalidFormatError,
    InvalidValueError,
    UnknownCodeError,
    ValidationErrors,
)
from wspolpraca.serialization import DOCUMENT_KINDS, kind_of

from .conftest import ROOT

COMPETITION = ROOT / "examples" / "krakow-2021-competition.json"
INITIATIVE = ROOT / "examples" / "krakow-2024-local-initiative.json"


@pytest.fixture
def competition_data() -> dict[str, Any]:
    """A fresh, mutable copy of the example competition as parsed JSON."""
    data: dict[str, Any] = json.loads(COMPETITION.read_text("utf-8"))
    return data


@pytest.fixture
def initiative_data() -> dict[str, Any]:
    """A fresh, mutable copy of the example local initiative as parsed JSON."""
    data: dict[str, Any] = json.loads(INITIATIVE.read_text("utf-8"))
    return data


def _codes_and_paths(data: dict[str, Any]) -> set[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as info:
        wspolpraca.loads(json.dumps(data, ensure_ascii=False))
    return {(error.code, error.jsonpath) for error in info.value.errors}


def _is_contained(original: object, dumped: object, path: str = "$") -> list[str]:
    """The paths of *original* that are missing or different in *dumped* (money compared as text)."""
    if isinstance(original, dict):
        if not isinstance(dumped, dict):
            return [path]
        return [
            lost
            for key, value in original.items()
            for lost in (
                _is_contained(value, dumped[key], f"{path}.{key}") if key in dumped else [path]
            )
        ]
    if isinstance(original, list):
        if not isinstance(dumped, list) or len(dumped) != len(original):
            return [path]
        return [
            lost
            for index, (left, right) in enumerate(zip(original, dumped, strict=True))
            for lost in _is_contained(left, right, f"{path}[{index}]")
        ]
    return [] if original == dumped else [path]


class TestDocumentKinds:
    """The new kinds are registered documents."""

    def test_kinds_registered(self) -> None:
        """open_competition and local_initiative name their classes and back."""
        assert DOCUMENT_KINDS["open_competition"] is OpenCompetition
        assert DOCUMENT_KINDS["local_initiative"] is LocalInitiative
        assert kind_of(OpenCompetition) == "open_competition"
        assert kind_of(LocalInitiative) == "local_initiative"

    def test_loads_picks_the_class_from_kind(self) -> None:
        """loads without a class returns a competition or an initiative by its kind."""
        assert isinstance(wspolpraca.load_file(COMPETITION), OpenCompetition)
        assert isinstance(wspolpraca.load_file(INITIATIVE), LocalInitiative)

    def test_kind_mismatch(self) -> None:
        """Loading a competition as an annual programme is a located kind error."""
        with pytest.raises(ValidationErrors) as info:
            wspolpraca.load_file(COMPETITION, wspolpraca.AnnualProgramme)

        assert [(e.code, e.jsonpath) for e in info.value.errors] == [("kind_mismatch", "$.kind")]


class TestRoundTrip:
    """Nothing is dropped or changed on a round trip."""

    @pytest.mark.parametrize("path", [COMPETITION, INITIATIVE])
    def test_example_round_trips(self, path: Any) -> None:
        """The examples load, dump and load back equal, and dumping is idempotent."""
        document = wspolpraca.load_file(path)
        text = wspolpraca.dumps(document)

        assert wspolpraca.loads(text) == document
        assert wspolpraca.dumps(wspolpraca.loads(text)) == text

    @pytest.mark.parametrize("path", [COMPETITION, INITIATIVE])
    def test_nothing_dropped(self, path: Any) -> None:
        """Every key and value of the source file is in the dumped document."""
        original = json.loads(path.read_text("utf-8"))

        dumped = json.loads(wspolpraca.dumps(wspolpraca.load_file(path)))

        assert _is_contained(original, dumped) == []

    def test_pickle(self) -> None:
        """A competition pickles and unpickles equal."""
        import pickle

        competition = wspolpraca.load_file(COMPETITION)

        assert pickle.loads(pickle.dumps(competition)) == competition


class TestInvariants:
    """What makes a competition or an initiative meaningless raises at construction."""

    def test_deadline_before_announcement_raises(self) -> None:
        """An offer deadline before the announcement is an inconsistency at the deadline."""
        with pytest.raises(InconsistentError, match="before the competition was announced") as info:
            Announcement(announced_on=dt.date(2021, 3, 1), offer_deadline=dt.date(2021, 2, 28))

        assert info.value.code == "deadline_before_announcement"
        assert info.value.jsonpath == "$.offer_deadline"

    def test_deadline_on_announcement_day_loads(self) -> None:
        """A deadline on the announcement day is not an invariant breach (a rule judges it)."""
        announcement = Announcement(
            announced_on=dt.date(2021, 3, 1), offer_deadline=dt.date(2021, 3, 1)
        )

        assert announcement.last_publication is None

    def test_negative_requested_amount_raises(self) -> None:
        """An offer cannot request a negative amount."""
        with pytest.raises(InvalidValueError, match="cannot be negative") as info:
            Offer(organisation=Organisation(name="X"), requested_amount=Decimal("-1.00"))

        assert info.value.jsonpath == "$.requested_amount"

    def test_malformed_krs_raises(self) -> None:
        """An organisation with a KRS that is not ten digits is refused at the KRS."""
        with pytest.raises(InvalidFormatError, match="KRS") as info:
            Organisation(name="X", krs="KRS-12AB")

        assert info.value.jsonpath == "$.krs"

    def test_unknown_announcement_item_raises(self) -> None:
        """The seven items of art. 13 ust. 2 are a strict list."""
        with pytest.raises(UnknownCodeError, match="announcement_items"):
            Announcement(
                announced_on=dt.date(2021, 3, 1),
                offer_deadline=dt.date(2021, 4, 1),
                items=("task_type", "budget"),
            )

    def test_unknown_cancellation_reason_raises(self) -> None:
        """The art. 18a reasons are a strict list; no reason at all loads."""
        with pytest.raises(UnknownCodeError, match="cancellation_reasons"):
            Cancellation(cancelled_on=dt.date(2021, 3, 1), reason="budget_cut")

        assert Cancellation(cancelled_on=dt.date(2021, 3, 1)).reason is None

    def test_unknown_mode_raises(self) -> None:
        """The mode is one of the two of art. 5 ust. 4."""
        competition = wspolpraca.load_file(COMPETITION, OpenCompetition)

        with pytest.raises(UnknownCodeError, match="modes"):
            attrs.evolve(competition, mode="grant")

    def test_agreement_before_application_raises(self) -> None:
        """A local-initiative agreement signed before the application is an inconsistency."""
        initiative = wspolpraca.load_file(INITIATIVE, LocalInitiative)

        with pytest.raises(InconsistentError, match="before the application") as info:
            attrs.evolve(initiative, agreement_signed_on=dt.date(2024, 3, 3))

        assert info.value.jsonpath == "$.agreement_signed_on"

    def test_local_initiative_has_no_grant_amount(self) -> None:
        """No field of a local initiative or its parts holds a grant: none is paid."""
        from wspolpraca import Applicant, Contribution

        names = [
            field.name
            for cls in (LocalInitiative, Applicant, Contribution)
            for field in attrs.fields(cls)
        ]

        assert not [name for name in names if "grant" in name or "amount" in name]

    def test_own_contribution_sums_stated_parts(self) -> None:
        """An offer's own contribution adds its funds, in-kind and personal contributions."""
        offer = Offer(
            organisation=Organisation(name="X"),
            requested_amount=Decimal(100),
            own_funds=Decimal("1.50"),
            volunteer_contribution=Decimal(2),
        )

        assert offer.own_contribution == Decimal("3.50")
        assert (
            Offer(organisation=Organisation(name="X"), requested_amount=Decimal(1)).own_contribution
            == 0
        )


class TestBadInput:
    """Bad documents give located errors, every one at once."""

    def test_negative_offer_amount(self, competition_data: dict[str, Any]) -> None:
        """A negative requested amount is located at that offer's amount."""
        competition_data["offers"][1]["requested_amount"] = "-100.00"

        assert _codes_and_paths(competition_data) == {
            ("negative_amount", "$.offers[1].requested_amount")
        }

    def test_deadline_before_announcement(self, competition_data: dict[str, Any]) -> None:
        """A deadline before the announcement is located at the deadline."""
        competition_data["announcement"]["offer_deadline"] = "2021-01-11"

        assert _codes_and_paths(competition_data) == {
            ("deadline_before_announcement", "$.announcement.offer_deadline")
        }

    @pytest.mark.parametrize("krs", ["12345678901", "KRS 12AB", "0000000000"])
    def test_unknown_krs_format(self, competition_data: dict[str, Any], krs: str) -> None:
        """A KRS that is not up to ten digits is located at the bidder's KRS."""
        competition_data["offers"][2]["organisation"]["krs"] = krs

        assert _codes_and_paths(competition_data) == {
            ("invalid_identifier", "$.offers[2].organisation.krs")
        }

    def test_wrong_nip_checksum(self, competition_data: dict[str, Any]) -> None:
        """A mistyped NIP is a checksum error at the bidder's NIP."""
        competition_data["offers"][0]["organisation"]["nip"] = "6761234566"

        assert _codes_and_paths(competition_data) == {
            ("invalid_checksum", "$.offers[0].organisation.nip")
        }

    def test_many_problems_at_once(self, competition_data: dict[str, Any]) -> None:
        """Problems in the announcement, offers, committee and cancellation are all reported."""
        competition_data["announcement"]["items"].append("budget")
        competition_data["offers"][0]["awarded_amount"] = "1.005"
        competition_data["offers"][1]["organisation"]["krs"] = "ABC"
        competition_data["committee"]["members"][0]["name"] = " "
        competition_data["cancellation"] = {"cancelled_on": "2021-03-01", "reason": "other"}
        competition_data["results"]["decided_on"] = "2021-02-30"
        competition_data["grant"] = "1.00"

        assert _codes_and_paths(competition_data) == {
            ("unknown_code", "$.announcement.items[7]"),
            ("too_many_decimal_places", "$.offers[0].awarded_amount"),
            ("invalid_identifier", "$.offers[1].organisation.krs"),
            ("blank_text", "$.committee.members[0].name"),
            ("unknown_code", "$.cancellation.reason"),
            ("invalid_date", "$.results.decided_on"),
            ("unknown_field", "$.grant"),
        }

    def test_grant_amount_on_local_initiative_is_refused(
        self, initiative_data: dict[str, Any]
    ) -> None:
        """A local initiative with a grant amount is refused: the mode pays no grant."""
        initiative_data["grant_amount"] = "5000.00"

        assert _codes_and_paths(initiative_data) == {("unknown_field", "$.grant_amount")}

    def test_local_initiative_bad_contribution(self, initiative_data: dict[str, Any]) -> None:
        """A negative contribution, and an agreement before the application, are located."""
        negative = copy.deepcopy(initiative_data)
        negative["contributions"][0]["value"] = "-1"
        early = copy.deepcopy(initiative_data)
        early["agreement_signed_on"] = "2024-01-01"

        assert _codes_and_paths(negative) == {("negative_amount", "$.contributions[0].value")}
        assert _codes_and_paths(early) == {
            ("agreement_before_application", "$.agreement_signed_on")
        }

    def test_unknown_role_and_kind_load(
        self, competition_data: dict[str, Any], initiative_data: dict[str, Any]
    ) -> None:
        """Committee roles and contribution kinds are open lists: other codes load."""
        competition_data["committee"]["members"][0]["role"] = "council_member"
        initiative_data["contributions"][0]["kind"] = "equipment_loan"

        competition = wspolpraca.loads(json.dumps(competition_data), OpenCompetition)
        initiative = wspolpraca.loads(json.dumps(initiative_data), LocalInitiative)

        assert competition.committee is not None
        assert competition.committee.members[0].role == "council_member"
        assert initiative.contributions[0].kind == "equipment_loan"


class TestFieldMetadata:
    """Every new field is titled in both languages and names shipped codelists."""

    CLASSES = (
        wspolpraca.OpenCompetition,
        wspolpraca.Announcement,
        wspolpraca.Committee,
        wspolpraca.CommitteeMember,
        wspolpraca.Offer,
        wspolpraca.Results,
        wspolpraca.Cancellation,
        wspolpraca.Regranting,
        wspolpraca.RegrantedProject,
        wspolpraca.LocalInitiative,
        wspolpraca.Applicant,
        wspolpraca.Contribution,
        wspolpraca.Organisation,
    )

    def test_every_field_has_bilingual_title(self) -> None:
        """Each field carries distinct Polish and English titles."""
        from wspolpraca._model._fields import TITLE

        for cls in self.CLASSES:
            for field in attrs.fields(cls):
                title = field.metadata[TITLE]
                assert title.pl.strip(), (cls.__name__, field.name)
                assert title.en.strip(), (cls.__name__, field.name)

    def test_codelist_metadata_names_shipped_lists(self) -> None:
        """Every codelist a field declares is shipped."""
        from wspolpraca._model._fields import CODELIST
        from wspolpraca.codelists import shipped_codelists

        for cls in self.CLASSES:
            for field in attrs.fields(cls):
                if CODELIST in field.metadata:
                    assert field.metadata[CODELIST] in shipped_codelists()

    def test_announcement_items_are_the_seven_points(self) -> None:
        """The announcement list has art. 13 ust. 2 pkt 1–7, confirmed and strict."""
        from wspolpraca.codelists import ANNOUNCEMENT_ITEMS, CANCELLATION_REASONS
        from wspolpraca.law import Confidence

        assert [e.basis.point for e in ANNOUNCEMENT_ITEMS if e.basis] == [
            str(n) for n in range(1, 8)
        ]
        assert ANNOUNCEMENT_ITEMS.strict
        assert all(e.confidence is Confidence.CONFIRMED for e in ANNOUNCEMENT_ITEMS)
        assert CANCELLATION_REASONS.strict
        assert CANCELLATION_REASONS.codes() == ("no_offers", "no_compliant_offer")
