"""Non-financial cooperation: the item classes, the yearly record, and the WSP-NFN rules."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Consultation,
    Event,
    InKindSupport,
    JointTeam,
    MutualInformation,
    NonFinancialActivity,
    Organisation,
    PartnershipAgreement,
    Period,
    Resolution,
    TeamMeeting,
    TeamMember,
    Training,
    Unit,
    codelists,
)
from wspolpraca._model._fields import CODELIST, TITLE
from wspolpraca.errors import (
    InconsistentError,
    InvalidTypeError,
    InvalidValueError,
    UnknownCodeError,
    ValidationErrors,
)
from wspolpraca.law import Citation, Confidence
from wspolpraca.rules import (
    CATALOGUE,
    PARAMETERS,
    Context,
    DatedValue,
    Severity,
    check,
    reference_date,
)
from wspolpraca.rules.nonfinancial import TEAM_MINIMUM_ADMINISTRATION, TEAM_MINIMUM_NGO

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "krakow-2015-nonfinancial.json"
KRAKOW = Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")
KDO_RULES = Resolution(
    number="2638/2014", body="Prezydent Miasta Krakowa", adopted_on=dt.date(2014, 9, 19)
)
ITEM_CLASSES = (
    MutualInformation,
    Consultation,
    TeamMember,
    TeamMeeting,
    JointTeam,
    PartnershipAgreement,
    InKindSupport,
    Training,
    Event,
    NonFinancialActivity,
)


def _ngo() -> TeamMember:
    return TeamMember(side="ngo", organisation=Organisation(name="Stowarzyszenie A"))


def _official() -> TeamMember:
    return TeamMember(side="administration", office="Wydział Spraw Społecznych")


def _team(**changes: Any) -> JointTeam:
    team = JointTeam(
        name="Komisja Dialogu Obywatelskiego ds. Kultury",
        theme="kultura",
        regulations=KDO_RULES,
        term=Period(start=dt.date(2015, 1, 1), end=dt.date(2016, 12, 31)),
        members=(_ngo(), _official()),
        meetings=(TeamMeeting(held_on=dt.date(2015, 3, 19)),),
    )
    return attrs.evolve(team, **changes)


def _record(**changes: Any) -> NonFinancialActivity:
    record = NonFinancialActivity(
        unit=KRAKOW,
        year=2015,
        teams=(_team(),),
        events=(Event(name="Międzynarodowy Dzień NGO", held_on=dt.date(2015, 2, 27)),),
    )
    return attrs.evolve(record, **changes)


def _codes(record: NonFinancialActivity) -> list[str]:
    return [finding.code for finding in check(record)]


def _load_errors(data: object) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as caught:
        wspolpraca.structure(data)
    return [(error.code, error.jsonpath) for error in caught.value.errors]


def _document(**body: Any) -> dict[str, Any]:
    return {
        "kind": "non_financial_activity",
        "schema_version": "1.0",
        "unit": wspolpraca.unstructure(KRAKOW),
        "year": 2015,
        **body,
    }


class TestItemClasses:
    """The forms of art. 5 ust. 2 as typed classes with their legal basis."""

    @pytest.mark.parametrize(
        ("cls", "form", "basis"),
        [
            (MutualInformation, "mutual_information", "art. 5 ust. 2 pkt 2"),
            (Consultation, "consultation_with_ngos", "art. 5 ust. 2 pkt 3"),
            (JointTeam, "joint_teams", "art. 5 ust. 2 pkt 5"),
            (PartnershipAgreement, "partnership_agreements", "art. 5 ust. 2 pkt 7"),
            (InKindSupport, None, "art. 5 ust. 2"),
            (Training, None, "art. 5 ust. 2"),
            (Event, None, "art. 5 ust. 2"),
        ],
    )
    def test_form_and_basis(self, cls: Any, form: str | None, basis: str) -> None:
        """Each item class names its statutory form (or none) and cites its provision."""
        assert form == cls.FORM
        assert cls.BASIS.short("pl") == basis
        if form is not None:
            assert form in codelists.FORMS

    def test_partnership_basis_is_unconfirmed(self) -> None:
        """Partnership agreements rest on art. 5 ust. 2 pkt 7, whose wording is unconfirmed."""
        assert PartnershipAgreement.BASIS.confidence is Confidence.UNCONFIRMED

    def test_every_field_has_bilingual_title(self) -> None:
        """Every field of every class has distinct Polish and English titles."""
        for cls in ITEM_CLASSES:
            for field in attrs.fields(cls):
                title = field.metadata[TITLE]
                assert title.pl.strip()
                assert title.en.strip()

    def test_codelist_metadata_names_shipped_lists(self) -> None:
        """Every field that declares a codelist names a shipped one."""
        shipped = codelists.shipped_codelists()
        for cls in ITEM_CLASSES:
            for field in attrs.fields(cls):
                if CODELIST in field.metadata:
                    assert field.metadata[CODELIST] in shipped

    def test_consultation_bases_follow_the_parties(self) -> None:
        """A consultation cites pkt 3 for NGOs, pkt 4 for the council, or both."""
        both = Consultation(subject="projekt programu", with_council=True)
        council = Consultation(subject="projekt uchwały", with_ngos=False, with_council=True)

        assert [c.short() for c in both.bases] == ["art. 5 ust. 2 pkt 3", "art. 5 ust. 2 pkt 4"]
        assert council.forms == ("consultation_with_council",)

    def test_consultation_needs_one_draft(self) -> None:
        """A consultation entry covering no draft act is refused at the field."""
        with pytest.raises(InvalidValueError, match="at least one draft act") as caught:
            Consultation(subject="x", drafts=0)

        assert caught.value.code == "no_drafts"
        assert caught.value.jsonpath == "$.drafts"

    @pytest.mark.parametrize(
        "build",
        [
            lambda: TeamMeeting(held_on=dt.date(2015, 1, 1), attendance=-1),
            lambda: Training(title="x", participants=-3),
            lambda: Event(name="x", held_on=dt.date(2015, 1, 1), participants=-1),
            lambda: InKindSupport(kind="premises", beneficiaries=-1),
            lambda: Consultation(subject="x", comments=-1),
        ],
    )
    def test_negative_counts_refused(self, build: Any) -> None:
        """A negative count of people, members or comments cannot be."""
        with pytest.raises(InvalidValueError, match="cannot be negative") as caught:
            build()

        assert caught.value.code == "negative_count"

    def test_count_must_be_an_integer(self) -> None:
        """A boolean is not a count."""
        with pytest.raises(InvalidTypeError, match="expected an integer"):
            TeamMeeting(held_on=dt.date(2015, 1, 1), attendance=True)

    def test_blank_channel_refused(self) -> None:
        """A blank information channel is refused at its index."""
        with pytest.raises(InvalidValueError, match="cannot be empty") as caught:
            MutualInformation(subject="konkursy", channels=("bip", " "))

        assert caught.value.jsonpath == "$.channels[1]"

    def test_event_ending_before_it_starts(self) -> None:
        """An event cannot end before it begins."""
        with pytest.raises(InconsistentError, match="before it starts") as caught:
            Event(name="x", held_on=dt.date(2015, 3, 7), ends_on=dt.date(2015, 3, 6))

        assert caught.value.jsonpath == "$.ends_on"

    def test_member_side_is_a_closed_code(self) -> None:
        """A team member's side comes from the strict list of sides."""
        with pytest.raises(UnknownCodeError, match="team_sides"):
            TeamMember(side="councillor")

    def test_in_kind_support_kind_is_open(self) -> None:
        """A local kind of in-kind support loads; the list is open."""
        support = InKindSupport(kind="transport", description="bus na festyn")

        assert support.kind not in codelists.IN_KIND_SUPPORT
        assert not codelists.IN_KIND_SUPPORT.closed

    def test_team_members_by_side(self) -> None:
        """A team sorts its members into the NGO side and the administration side."""
        team = _team(
            members=(
                _ngo(),
                TeamMember(side="entity_art_3_3"),
                _official(),
                TeamMember(side="other"),
            )
        )

        assert len(team.ngo_members) == 2
        assert len(team.administration_members) == 1

    def test_record_year_checked(self) -> None:
        """A record for a year before the act is refused."""
        with pytest.raises(InvalidValueError, match="year out of range"):
            _record(year=1989)

    def test_record_summaries(self) -> None:
        """A record counts team meetings and lists its items in document order."""
        record = _record(
            information=(MutualInformation(subject="konkursy"),),
            trainings=(Training(title="Rozliczanie dotacji"),),
        )

        assert record.meetings == 1
        assert record.period == Period.calendar_year(2015)
        assert [type(item).__name__ for item in record.items()] == [
            "MutualInformation",
            "JointTeam",
            "Training",
            "Event",
        ]


class TestSerialization:
    """The record is a document of kind ``non_financial_activity``."""

    def test_round_trip(self) -> None:
        """A full record survives dumps and loads, including Decimal values and organisations."""
        record = _record(
            consultations=(
                Consultation(
                    subject="projekt programu na 2016 r.",
                    with_council=True,
                    period=Period(start=dt.date(2015, 10, 2), end=dt.date(2015, 10, 16)),
                    methods=("formularz",),
                    comments=4,
                ),
            ),
            partnerships=(
                PartnershipAgreement(
                    title="Partnerstwo",
                    partners=(Organisation(name="Fundacja B", nip="774-000-14-54"),),
                ),
            ),
            in_kind_support=(InKindSupport(kind="premises", value=Decimal("1200.50")),),
        )

        text = wspolpraca.dumps(record)

        assert json.loads(text)["kind"] == "non_financial_activity"
        assert wspolpraca.loads(text) == record
        assert wspolpraca.loads(text, NonFinancialActivity) == record

    def test_minimal_document_loads(self) -> None:
        """A record with only a unit and a year loads, every list empty."""
        record = wspolpraca.structure(_document(), NonFinancialActivity)

        assert record.items() == ()

    def test_bad_input_is_located(self) -> None:
        """Every problem of a bad record is reported at once, with its code and path."""
        data = _document(
            teams=[
                {
                    "name": "KDO",
                    "members": [{"side": "councillor"}],
                    "meetings": [{"held_on": "2015-13-01"}],
                    "colour": "red",
                }
            ],
            events=[{"name": "Dzień NGO", "held_on": "2015-02-27", "participants": -5}],
            in_kind_support=[{"kind": "premises", "value": "12.345"}],
        )

        errors = _load_errors(data)

        assert ("unknown_code", "$.teams[0].members[0].side") in errors
        assert ("invalid_date", "$.teams[0].meetings[0].held_on") in errors
        assert ("unknown_field", "$.teams[0].colour") in errors
        assert ("negative_count", "$.events[0].participants") in errors
        assert ("too_many_decimal_places", "$.in_kind_support[0].value") in errors

    def test_missing_event_date(self) -> None:
        """An event without a date is a missing field."""
        errors = _load_errors(_document(events=[{"name": "Konferencja"}]))

        assert errors == [("missing_field", "$.events[0].held_on")]

    def test_wrong_kind_for_class(self) -> None:
        """A record cannot be loaded as an annual programme."""
        with pytest.raises(ValidationErrors, match="cannot be loaded") as caught:
            wspolpraca.structure(_document(), wspolpraca.AnnualProgramme)

        assert [(e.code, e.jsonpath) for e in caught.value.errors] == [("kind_mismatch", "$.kind")]


class TestCatalogue:
    """The WSP-NFN family in the catalogue."""

    def test_family_registered(self) -> None:
        """Four WSP-NFN rules and their two parameters are in the catalogue."""
        codes = [rule.code for rule in CATALOGUE if rule.code.startswith("WSP-NFN")]

        assert codes == ["WSP-NFN-001", "WSP-NFN-002", "WSP-NFN-003", "WSP-NFN-004"]
        assert TEAM_MINIMUM_NGO in PARAMETERS
        assert TEAM_MINIMUM_ADMINISTRATION in PARAMETERS

    def test_severities_follow_confidence(self) -> None:
        """Only the confirmed NGO-member rule is an error; the secondary one is a warning."""
        rules = {rule.code: rule for rule in CATALOGUE}

        assert rules["WSP-NFN-001"].severity is Severity.ERROR
        assert rules["WSP-NFN-001"].confidence is Confidence.CONFIRMED
        assert rules["WSP-NFN-002"].severity is Severity.WARNING
        assert rules["WSP-NFN-002"].confidence is Confidence.SECONDARY
        assert rules["WSP-NFN-003"].severity is Severity.WARNING
        assert rules["WSP-NFN-004"].severity is Severity.WARNING

    def test_reference_date(self) -> None:
        """A record's law is that of the last day of its year."""
        assert reference_date(_record()) == dt.date(2015, 12, 31)

    def test_valid_record_is_clean(self) -> None:
        """A record with a mixed team meeting in term and an event in the year has no findings."""
        assert _codes(_record()) == []


class TestTeamComposition:
    """WSP-NFN-001 and WSP-NFN-002: a joint team is mixed (art. 5 ust. 2 pkt 5)."""

    def test_team_without_ngo_is_an_error(self) -> None:
        """A team of officials only breaks the confirmed part of pkt 5."""
        record = _record(teams=(_team(members=(_official(), TeamMember(side="other"))),))

        [finding] = [f for f in check(record) if f.code == "WSP-NFN-001"]

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.teams[0].members"
        assert finding.message("en") == (
            "the team 'Komisja Dialogu Obywatelskiego ds. Kultury' has 0 representatives "
            "of NGOs or art. 3(3) entities, expected at least 1"
        )
        assert not check(record).ok

    def test_entity_of_art_3_3_counts_as_ngo_side(self) -> None:
        """A member from an art. 3 ust. 3 entity satisfies the organisations' side."""
        team = _team(members=(TeamMember(side="entity_art_3_3"), _official()))

        assert "WSP-NFN-001" not in _codes(_record(teams=(team,)))

    def test_team_without_administration_is_a_warning(self) -> None:
        """A team of NGOs only is a warning marked as resting on a secondary source."""
        record = _record(teams=(_team(members=(_ngo(), _ngo())),))

        [finding] = [f for f in check(record) if f.code == "WSP-NFN-002"]

        assert finding.severity is Severity.WARNING
        assert finding.confidence is Confidence.SECONDARY
        assert "źródło wtórne" in finding.describe("pl")
        assert check(record).ok

    def test_team_without_recorded_members_is_not_judged(self) -> None:
        """A team whose composition is not recorded gives no composition finding."""
        codes = _codes(_record(teams=(_team(members=()),)))

        assert "WSP-NFN-001" not in codes
        assert "WSP-NFN-002" not in codes

    def test_profile_can_raise_the_minimum(self) -> None:
        """A municipal profile requiring 3 NGO members turns a 1-NGO team into a finding."""
        record = _record()
        [rule] = [r for r in CATALOGUE if r.code == "WSP-NFN-001"]
        local = {
            TEAM_MINIMUM_NGO.name: (
                DatedValue(value=3, valid_from=dt.date(2014, 9, 19), basis=Citation("5", "2", "5")),
            )
        }

        statutory = list(rule.check(record, Context(dt.date(2015, 12, 31))))
        tightened = list(rule.check(record, Context(dt.date(2015, 12, 31), local)))
        before = list(rule.check(record, Context(dt.date(2014, 9, 18), local)))

        assert statutory == []
        assert [hit.params["minimum"] for hit in tightened] == [3]
        assert before == []


class TestMeetingsInTerm:
    """WSP-NFN-003: a KDO meeting falls within the team's term."""

    def test_meeting_after_term_warns(self) -> None:
        """A meeting the day after the term ends is a warning at that meeting."""
        team = _team(
            meetings=(
                TeamMeeting(held_on=dt.date(2016, 12, 31)),
                TeamMeeting(held_on=dt.date(2017, 1, 1)),
            )
        )

        [finding] = [f for f in check(_record(teams=(team,))) if f.code == "WSP-NFN-003"]

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.teams[0].meetings[1].held_on"
        assert "2017-01-01" in finding.message("pl")

    def test_meeting_before_term_warns(self) -> None:
        """A meeting the day before the term starts is a warning."""
        team = _team(meetings=(TeamMeeting(held_on=dt.date(2014, 12, 31)),))

        assert "WSP-NFN-003" in _codes(_record(teams=(team,)))

    def test_team_without_term_is_not_checked(self) -> None:
        """A team with no term cannot meet outside it."""
        team = _team(term=None, meetings=(TeamMeeting(held_on=dt.date(1999, 1, 1)),))

        assert "WSP-NFN-003" not in _codes(_record(teams=(team,)))


class TestDatedInYear:
    """WSP-NFN-004: events and trainings fall in the record's year."""

    @pytest.mark.parametrize(
        ("day", "fires"),
        [
            (dt.date(2014, 12, 31), True),
            (dt.date(2015, 1, 1), False),
            (dt.date(2015, 12, 31), False),
            (dt.date(2016, 1, 1), True),
        ],
    )
    def test_event_year_edges(self, day: dt.date, fires: bool) -> None:
        """An event on the first or last day of the year is fine; a day outside warns."""
        record = _record(events=(Event(name="Konferencja „Wspólnie dla Krakowa”", held_on=day),))

        assert ("WSP-NFN-004" in _codes(record)) is fires

    def test_training_outside_year_warns(self) -> None:
        """A dated training of another year is a warning at its date; undated ones pass."""
        record = _record(
            trainings=(
                Training(title="bez daty"),
                Training(title="Rozliczanie dotacji", held_on=dt.date(2016, 1, 15)),
            )
        )

        [finding] = [f for f in check(record) if f.code == "WSP-NFN-004"]

        assert finding.jsonpath == "$.trainings[1].held_on"
        assert finding.message("en") == (
            "'Rozliczanie dotacji' took place on 2016-01-15, outside the year 2015 the record covers"
        )


class TestExample:
    """The Kraków 2015 example record."""

    def test_example_loads_clean(self) -> None:
        """The example loads, lists six KDOs under the 2014 KDO rules, and has no findings."""
        record = wspolpraca.load_file(EXAMPLE, NonFinancialActivity)

        assert len(record.teams) == 6
        assert {team.regulations for team in record.teams} == {KDO_RULES}
        assert len([s for s in record.in_kind_support if s.kind == "premises"]) == 2
        assert dt.date(2015, 2, 27) in {event.held_on for event in record.events}
        assert len(check(record)) == 0

    def test_example_is_canonical(self) -> None:
        """The example file is exactly what dumps writes."""
        text = EXAMPLE.read_text("utf-8")

        assert wspolpraca.dumps(wspolpraca.loads(text)) == text

    def test_example_marks_illustrative_values(self) -> None:
        """The example says which of its values are sourced and which illustrative."""
        record = wspolpraca.load_file(EXAMPLE, NonFinancialActivity)

        assert any(note.startswith("Sourced:") for note in record.notes)
        assert any(note.startswith("Illustrative:") for note in record.notes)
