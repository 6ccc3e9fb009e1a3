"""Issue 21: every rule is dated, and the audited rules judge as the law says on their day."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, Resolution
from wspolpraca._model._common import MAX_YEAR, MIN_YEAR
from wspolpraca.law import Confidence
from wspolpraca.rules import CATALOGUE, Severity, check
from wspolpraca.rules._inforce import ACT_IN_FORCE, AMENDMENT_2015

from .conftest import ROOT

_STATUTORY_START = ACT_IN_FORCE
"""No statutory rule may start before the act; only the pre-act description does."""

_PRE_ACT = frozenset({"WSP-PRG-008"})


def _annual(**changes: Any) -> AnnualProgramme:
    programme = wspolpraca.load_file(ROOT / "examples" / "krakow-2021-annual.json", AnnualProgramme)
    return attrs.evolve(programme, **changes)


def _adopted(day: dt.date, **changes: Any) -> AnnualProgramme:
    programme = _annual(**changes)
    assert programme.resolution is not None
    return attrs.evolve(programme, resolution=attrs.evolve(programme.resolution, adopted_on=day))


class TestInForceDates:
    """Every rule of the catalogue carries its in-force dates."""

    @pytest.mark.parametrize("rule", CATALOGUE, ids=lambda rule: rule.code)
    def test_every_rule_has_valid_from(self, rule: wspolpraca.rules.Rule) -> None:
        """A rule without valid_from would judge documents by a law that did not exist."""
        assert rule.valid_from is not None

    @pytest.mark.parametrize("rule", CATALOGUE, ids=lambda rule: rule.code)
    def test_statutory_rules_start_with_the_act(self, rule: wspolpraca.rules.Rule) -> None:
        """No statutory rule starts before the act's entry into force (29 June 2003)."""
        assert rule.valid_from is not None
        if rule.code not in _PRE_ACT:
            assert rule.valid_from >= _STATUTORY_START
        if rule.valid_to is not None:
            assert rule.valid_from <= rule.valid_to

    def test_year_limits(self) -> None:
        """Documents may be dated from 1990 (local self-government) to 2100."""
        assert (MIN_YEAR, MAX_YEAR) == (1990, 2100)


class TestBeforeTheAct:
    """A programme from before the 2003 act is described, not judged."""

    def test_1999_programme_gets_only_the_description(self) -> None:
        """A 1999 programme without any element gets one info finding and no statutory one."""
        bare = AnnualProgramme(
            unit=_annual().unit,
            year=1999,
            title="Program współpracy na rok 1999",
            resolution=Resolution(
                number="I/1/98", body="Rada Miasta Krakowa", adopted_on=dt.date(1998, 12, 9)
            ),
        )

        result = check(bare)

        assert [(f.code, f.severity) for f in result] == [("WSP-PRG-008", Severity.INFO)]


class TestAdoption:
    """WSP-PRG-001 and WSP-PRG-007: late, in its own year, or an amendment."""

    def test_amendment_is_not_a_late_adoption(self) -> None:
        """A resolution amending the 2021 programme in June 2021 is not judged by art. 5a(1)."""
        amendment = _adopted(dt.date(2021, 6, 16), amends="XXXV/950/20")

        assert not {"WSP-PRG-001", "WSP-PRG-007", "WSP-PRG-002"} & check(amendment).codes

    def test_adopted_in_own_year_is_its_own_finding(self) -> None:
        """Adopted on 15 January 2021 for 2021: WSP-PRG-007 (error), not also WSP-PRG-001."""
        codes = [f.code for f in check(_adopted(dt.date(2021, 1, 15)))]

        assert "WSP-PRG-007" in codes
        assert "WSP-PRG-001" not in codes

    def test_late_in_december_is_only_late(self) -> None:
        """Adopted on 5 December 2020 for 2021: WSP-PRG-001 only."""
        codes = check(_adopted(dt.date(2020, 12, 5))).codes

        assert "WSP-PRG-001" in codes
        assert "WSP-PRG-007" not in codes


class TestAuditedRules:
    """The corrections of the audit, one test each."""

    def test_multi_year_late_is_info(self) -> None:
        """WSP-MYP-001 is information: no statutory deadline binds a multi-year programme."""
        rule = next(r for r in CATALOGUE if r.code == "WSP-MYP-001")

        assert rule.severity is Severity.INFO

    def test_multi_year_elements_end_with_2015(self) -> None:
        """WSP-MYP-002 binds only until 8 November 2015 ('Roczny program … zawiera' after it)."""
        rule = next(r for r in CATALOGUE if r.code == "WSP-MYP-002")

        assert rule.valid_to == AMENDMENT_2015 - dt.timedelta(days=1)

    def test_council_opinion_attached_from_2015(self) -> None:
        """WSP-HST-008 (art. 5a(2a)) is in force from the 2015 amendment."""
        rule = next(r for r in CATALOGUE if r.code == "WSP-HST-008")

        assert rule.valid_from == AMENDMENT_2015

    def test_joint_team_without_ngo_is_a_warning(self) -> None:
        """WSP-NFN-001 is a warning: joint teams are an optional form."""
        assert next(r for r in CATALOGUE if r.code == "WSP-NFN-001").severity is Severity.WARNING

    def test_committee_rule_cites_the_nominee_paragraphs(self) -> None:
        """WSP-CMP-006 rests on art. 15(2b)/(2d) and (2da), not (2a)."""
        rule = next(r for r in CATALOGUE if r.code == "WSP-CMP-006")

        assert [c.short("pl") for c in rule.basis] == [
            "art. 15 ust. 2b",
            "art. 15 ust. 2d",
            "art. 15 ust. 2da pkt 1",
        ]

    def test_tranches_are_a_consistency_warning(self) -> None:
        """WSP-SGR-011 is a warning resting on the framework agreement (art. 19 templates)."""
        rule = next(r for r in CATALOGUE if r.code == "WSP-SGR-011")

        assert rule.severity is Severity.WARNING
        assert "19" in {c.article for c in rule.basis}

    def test_consultation_adoption_cites_other_drafts(self) -> None:
        """WSP-CNS-005 also cites art. 5(2)(3) and art. 5(5) for drafts other than programmes."""
        rule = next(r for r in CATALOGUE if r.code == "WSP-CNS-005")

        assert {c.short("pl") for c in rule.basis} >= {"art. 5 ust. 2 pkt 3", "art. 5 ust. 5"}

    def test_2015_cutovers_are_secondary(self) -> None:
        """The report deadline and council term cut-overs rest on secondary sources now."""
        report = next(p for p in wspolpraca.rules.PARAMETERS if p.name == "report.deadline")
        term = next(p for p in wspolpraca.rules.PARAMETERS if p.name == "council.term_years")

        assert {v.confidence for v in (*report.values, *term.values)} == {Confidence.SECONDARY}

    def test_revitalisation_is_a_local_initiative_area(self) -> None:
        """WSP-CMP-014: revitalisation (pkt 7) is in the list in 2024, science is not."""
        initiative = wspolpraca.load_file(
            ROOT / "examples" / "krakow-2024-local-initiative.json", wspolpraca.LocalInitiative
        )
        revitalisation = attrs.evolve(initiative, area="revitalisation")
        science = attrs.evolve(initiative, area="science")

        assert "WSP-CMP-014" not in check(revitalisation).codes
        assert "WSP-CMP-014" in check(science).codes


class TestLocalValues:
    """Profiles: local law applies from its entry into force; a summary is not an error."""

    def test_local_act_applies_fourteen_days_after_adoption(self) -> None:
        """Kraków's CXI/2904/18 of 26 September 2018 applies from 10 October 2018, not before."""
        krakow = wspolpraca.profiles.load_profile("krakow")
        [window] = krakow.overrides()["consultation.min_window_days"]

        assert window.valid_from == dt.date(2018, 10, 10)

    def test_value_from_a_summary_is_a_warning(self) -> None:
        """A too-short window under Kraków's profile (secondary act) is a warning, not an error."""
        round_ = wspolpraca.load_file(
            ROOT / "examples" / "krakow-2019-2022-multi-year-consultation.json",
            wspolpraca.ConsultationRound,
        )
        short = attrs.evolve(
            round_,
            window=wspolpraca.Period(start=dt.date(2020, 10, 2), end=dt.date(2020, 10, 12)),
        )
        [finding] = [
            f
            for f in check(short, profile=wspolpraca.profiles.load_profile("krakow"))
            if f.code == "WSP-CNS-001"
        ]

        assert finding.severity is Severity.WARNING


class TestHistoricExamples:
    """Kraków's 1999 programme and a 2020 amendment load with the findings a lawyer expects."""

    def test_1999_programme_is_described_not_judged(self) -> None:
        """The December 1999 programme gets exactly WSP-PRG-008 (info), nothing statutory."""
        programme = wspolpraca.load_file(
            ROOT / "examples" / "krakow-1999-annual.json", AnnualProgramme
        )

        result = check(programme)

        assert [(f.code, f.severity) for f in result] == [("WSP-PRG-008", Severity.INFO)]
        assert result.ok

    def test_2020_amendment_has_no_finding(self) -> None:
        """An amendment of the 2020 programme adopted in June 2020 has no finding at all."""
        amendment = wspolpraca.load_file(
            ROOT / "examples" / "krakow-2020-amendment.json", AnnualProgramme
        )

        assert amendment.amends == "XXX/792/19"
        assert check(amendment).findings == ()

    def test_same_resolution_as_an_original_would_be_judged(self) -> None:
        """Without *amends*, the June 2020 resolution is a programme adopted in its own year."""
        amendment = wspolpraca.load_file(
            ROOT / "examples" / "krakow-2020-amendment.json", AnnualProgramme
        )

        assert "WSP-PRG-007" in check(attrs.evolve(amendment, amends=None)).codes

    @pytest.mark.parametrize("name", ["krakow-1999-annual.json", "krakow-2020-amendment.json"])
    def test_illustrative_values_are_marked(self, name: str) -> None:
        """Each example says in its notes which values are illustrative."""
        programme = wspolpraca.load_file(ROOT / "examples" / name, AnnualProgramme)

        assert any(note.startswith("Illustrative:") for note in programme.notes)
        assert any(note.startswith("Sourced:") for note in programme.notes)
