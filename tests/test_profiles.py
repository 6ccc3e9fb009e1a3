"""Municipal profiles: loading, tightening only, and their effect on checks."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, ImplementationReport
from wspolpraca.errors import ValidationErrors
from wspolpraca.profiles import Profile, load_profile, profile_from_toml, shipped_profiles
from wspolpraca.rules import Severity

from .conftest import EXAMPLE, ROOT

HEAD = """
name = "test"
version = "1"
label_pl = "Test"
label_en = "Test (en)"

[[acts]]
id = "I/1/19"
kind = "uchwała"
body = "Rada Gminy"
adopted_on = 2019-01-15
"""


def _errors(text: str) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as info:
        profile_from_toml(text)
    return [(e.code, e.jsonpath) for e in info.value.errors]


@pytest.fixture
def report() -> ImplementationReport:
    """The illustrative 2021 report, submitted 24 May and published 30 May 2022."""
    return wspolpraca.load_file(ROOT / "examples" / "krakow-2021-report.json", ImplementationReport)


class TestShipped:
    """The shipped profiles load and differ."""

    @pytest.mark.parametrize("name", shipped_profiles())
    def test_loads(self, name: str) -> None:
        """Every shipped profile loads and is named after its file."""
        assert load_profile(name).name == name

    def test_same_programme_differs_by_profile(self) -> None:
        """Under the statute the local form is noted; Kraków lists it; the rural profile ignores the rule."""
        programme = wspolpraca.load_file(EXAMPLE, AnnualProgramme)

        statute = wspolpraca.check(programme).codes
        krakow = wspolpraca.check(programme, profile=load_profile("krakow")).codes
        rural = wspolpraca.check(programme, profile=load_profile("rural")).codes

        assert statute == {"WSP-PRG-006"}
        assert krakow == frozenset()
        assert rural == frozenset()

    def test_rural_report_date_is_earlier(self, report: ImplementationReport) -> None:
        """The rural profile's 30 April report date makes a 24 May submission late, citing its act."""
        statute = wspolpraca.check(report, select=["WSP-RPT-001"])
        rural = wspolpraca.check(report, select=["WSP-RPT-001"], profile=load_profile("rural"))

        assert len(statute) == 0
        [finding] = rural
        assert finding.local_acts == ("uchwała XII/86/19",)
        assert "uchwała XII/86/19" in finding.describe("pl")
        assert finding.params["deadline"] == dt.date(2022, 4, 30)

    def test_stricter_severity_applies(self) -> None:
        """The rural profile raises WSP-PRG-003 from a warning to an error."""
        programme = wspolpraca.load_file(EXAMPLE, AnnualProgramme)
        odd = attrs.evolve(
            programme,
            period=wspolpraca.Period(start=dt.date(2021, 2, 1), end=dt.date(2021, 12, 31)),
        )

        [finding] = wspolpraca.check(odd, select=["WSP-PRG-003"], profile=load_profile("rural"))

        assert finding.severity is Severity.ERROR


class TestTightenOnly:
    """A profile can only tighten or add to the statute."""

    def test_earlier_deadline_accepted(self) -> None:
        """An earlier report date tightens the statute and is accepted."""
        profile = profile_from_toml(
            HEAD
            + """
[[parameters]]
parameter = "report.deadline"
value = "04-15"
act = "I/1/19"
"""
        )

        assert profile.overrides()["report.deadline"][0].value == (4, 15)

    def test_later_deadline_refused_naming_rules(self) -> None:
        """A later report date relaxes the statute and is refused, naming the statutory rules."""
        with pytest.raises(ValidationErrors) as info:
            profile_from_toml(
                HEAD
                + """
[[parameters]]
parameter = "report.deadline"
value = "06-30"
act = "I/1/19"
"""
            )

        [error] = info.value.errors
        assert (error.code, error.jsonpath) == ("relaxes_statute", "$.parameters[0].value")
        assert "WSP-RPT-001" in error.message("en")
        assert "laxer than the statute's (05-31)" in error.message("en")

    def test_value_in_force_only_inside_its_dates(self, report: ImplementationReport) -> None:
        """A local value applies only within its own in-force dates."""
        profile = profile_from_toml(
            HEAD
            + """
[[parameters]]
parameter = "report.deadline"
value = "04-30"
act = "I/1/19"
valid_to = 2021-12-31
"""
        )
        late_2020 = attrs.evolve(
            report, year=2020, submitted_on=dt.date(2021, 5, 10), published_on=None
        )

        assert len(wspolpraca.check(late_2020, select=["WSP-RPT-001"], profile=profile)) == 1
        assert len(wspolpraca.check(report, select=["WSP-RPT-001"], profile=profile)) == 0

    @pytest.mark.parametrize(
        ("extra", "expected"),
        [
            ('ignore = ["WSP-PRG-001"]', ("relaxes_statute", "$.ignore[0]")),
            ('ignore = ["WSP-NOPE"]', ("unknown_code", "$.ignore[0]")),
            (
                '[[severities]]\nrule = "WSP-PRG-002"\nseverity = "warning"',
                ("relaxes_statute", "$.severities[0].severity"),
            ),
            (
                '[[codelist_entries]]\ncodelist = "principles"\ncode = "x"\nlabel_pl = "x"\nlabel_en = "ex"',
                ("relaxes_statute", "$.codelist_entries[0].codelist"),
            ),
            (
                '[[parameters]]\nparameter = "report.deadlin"\nvalue = "04-30"\nact = "I/1/19"',
                ("unknown_code", "$.parameters[0].parameter"),
            ),
            (
                '[[parameters]]\nparameter = "report.deadline"\nvalue = "04-30"\nact = "II/2/20"',
                ("unknown_act", "$.parameters[0].act"),
            ),
            (
                '[[parameters]]\nparameter = "report.deadline"\nvalue = "02-30"\nact = "I/1/19"',
                ("invalid_value", "$.parameters[0].value"),
            ),
            (
                '[[local_states]]\ncodelist = "modes"\nlocal = "wsparcie"\ncanonical = "grant"',
                ("unknown_code", "$.local_states[0].canonical"),
            ),
        ],
    )
    def test_refused(self, extra: str, expected: tuple[str, str]) -> None:
        """Relaxing, unknown names and malformed values are refused, located."""
        text = extra + "\n" + HEAD if extra.startswith("ignore") else HEAD + extra

        assert expected in _errors(text)

    def test_ignoring_information_rules_is_allowed(self) -> None:
        """Switching off a rule that is not an error is a local choice."""
        profile = profile_from_toml('ignore = ["WSP-PRG-006"]\n' + HEAD)

        assert profile.ignore == ("WSP-PRG-006",)

    def test_unknown_keys_and_bad_toml(self) -> None:
        """Unknown keys are errors, and TOML syntax errors are located errors too."""
        assert ("unknown_field", "$.colour") in _errors('colour = "red"\n' + HEAD)
        assert _errors("name = ")[0][0] == "json_syntax"

    def test_local_state_lookup(self) -> None:
        """A profile maps local state names onto canonical codes."""
        profile = profile_from_toml(
            HEAD
            + '[[local_states]]\ncodelist = "modes"\nlocal = "wsparcie"\ncanonical = "support"\n'
        )

        assert profile.canonical_state("modes", "wsparcie") == "support"
        assert profile.canonical_state("modes", "x") is None

    def test_missing_file(self, tmp_path: Path) -> None:
        """A profile file that cannot be read is a located load error."""
        with pytest.raises(ValidationErrors, match="cannot be loaded"):
            load_profile(tmp_path / "nope.toml")

    def test_profile_from_file(self, tmp_path: Path) -> None:
        """A municipality's own TOML file loads like a shipped profile."""
        path = tmp_path / "mine.toml"
        path.write_text(HEAD, "utf-8")

        assert isinstance(load_profile(path), Profile)


class TestCli:
    """``--profile`` on the command line."""

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wspolpraca", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )

    def test_check_with_profile(self) -> None:
        """``check --profile krakow`` applies the Kraków profile."""
        done = self._run("check", str(EXAMPLE), "--profile", "krakow", "--lang", "en")

        assert done.returncode == 0
        assert "WSP-PRG-006" not in done.stdout

    def test_rules_lists_local_values(self) -> None:
        """``rules --profile rural`` shows the local value beside the statutory ones."""
        done = self._run("rules", "--profile", "rural", "--lang", "en")

        assert "report.deadline = 04-30" in done.stdout
        assert "uchwała XII/86/19" in done.stdout
        assert "WSP-PRG-006" not in done.stdout

    def test_bad_profile_exits_2(self, tmp_path: Path) -> None:
        """An invalid profile file exits 2 with located errors."""
        path = tmp_path / "bad.toml"
        path.write_text('ignore = ["WSP-PRG-001"]\n' + HEAD, "utf-8")

        done = self._run("check", str(EXAMPLE), "--profile", str(path), "--lang", "en")

        assert done.returncode == 2
        assert "[relaxes_statute]" in done.stdout
        assert "Traceback" not in done.stderr


class TestConsultationMinimums:
    """The consultation resolution's minimums come from the profile, not the statute."""

    @pytest.fixture
    def short_round(self) -> wspolpraca.ConsultationRound:
        """A 2021 round of 14 days, announced 3 days ahead, with two forms and no meeting."""
        path = ROOT / "examples" / "krakow-2019-2022-multi-year-consultation.json"
        base = wspolpraca.load_file(path, wspolpraca.ConsultationRound)
        start = dt.date(2021, 10, 1)
        window = wspolpraca.Period(start=start, end=start + dt.timedelta(days=13))
        assert base.announcement is not None
        return attrs.evolve(
            base,
            window=window,
            announcement=attrs.evolve(base.announcement, published_on=start - dt.timedelta(days=3)),
            forms=("email", "written_form"),
            report=None,
        )

    def test_statute_krakow_and_rural_differ(
        self, short_round: wspolpraca.ConsultationRound
    ) -> None:
        """The statute sets no minimum; Kraków's CXI/2904/18 (21 days, 7 days' notice, three
        forms with a meeting) finds four problems; the rural 7-day template finds none."""
        codes = {
            name: {
                f.code
                for f in wspolpraca.check(short_round, profile=profile)
                if f.code in {"WSP-CNS-001", "WSP-CNS-002", "WSP-CNS-003", "WSP-CNS-004"}
            }
            for name, profile in (
                ("statute", None),
                ("krakow", load_profile("krakow")),
                ("rural", load_profile("rural")),
            )
        }

        assert codes == {
            "statute": set(),
            "krakow": {"WSP-CNS-001", "WSP-CNS-002", "WSP-CNS-003", "WSP-CNS-004"},
            "rural": set(),
        }

    def test_local_minimum_applies_only_from_its_act(
        self, short_round: wspolpraca.ConsultationRound
    ) -> None:
        """Kraków's 21-day minimum applies from CXI/2904/18 (26 September 2018), not before."""
        start = dt.date(2018, 6, 1)
        early = attrs.evolve(
            short_round,
            window=wspolpraca.Period(start=start, end=start + dt.timedelta(days=13)),
            announcement=None,
        )

        codes = {f.code for f in wspolpraca.check(early, profile=load_profile("krakow"))}

        assert "WSP-CNS-001" not in codes

    def test_local_state_names(self) -> None:
        """Under the Kraków profile a local state name must map onto the remark's state."""
        path = ROOT / "examples" / "krakow-2019-2022-multi-year-consultation.json"
        round_ = wspolpraca.load_file(path, wspolpraca.ConsultationRound)
        remark = round_.remarks[1]
        assert remark.answer is not None
        wrong = attrs.evolve(remark, answer=attrs.evolve(remark.answer, local_state="uwzględniona"))
        broken = attrs.evolve(round_, remarks=(round_.remarks[0], wrong, *round_.remarks[2:]))

        krakow = load_profile("krakow")

        assert "WSP-CNS-011" not in wspolpraca.check(round_, profile=krakow).codes
        [finding] = [f for f in wspolpraca.check(broken, profile=krakow) if f.code == "WSP-CNS-011"]
        assert finding.jsonpath == "$.remarks[1].answer.local_state"
        assert "WSP-CNS-011" not in wspolpraca.check(broken).codes
