"""``violating(code)``: objects that break exactly one rule, for every rule of the catalogue."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import CATALOGUE, AnnualProgramme, ConsultationRound
from wspolpraca.profiles import Profile, load_profile, profile_from_toml
from wspolpraca.rules import Severity
from wspolpraca.strategies import breaks_only, violating

pytestmark = pytest.mark.property

LOCAL_ONLY = ("WSP-CNS-001", "WSP-CNS-002", "WSP-CNS-003", "WSP-CNS-004")
"""The rules that fire only with a municipal profile's value."""

_PROFILE_TOML = """
name = "test"
version = "1"
label_pl = "Gmina testowa"
label_en = "Test municipality"

[[acts]]
id = "I/1/10"
kind = "uchwała"
body = "Rada Gminy"
adopted_on = 2010-01-01
title = "w sprawie konsultacji"

[[parameters]]
parameter = "consultation.min_window_days"
value = 21
act = "I/1/10"

[[parameters]]
parameter = "consultation.min_information_days"
value = 7
act = "I/1/10"

[[parameters]]
parameter = "consultation.min_forms"
value = 3
act = "I/1/10"

[[parameters]]
parameter = "consultation.open_meeting_required"
value = true
act = "I/1/10"

[[parameters]]
parameter = "consultation.answers_required"
value = true
act = "I/1/10"

[[parameters]]
parameter = "consultation.justification_required"
value = true
act = "I/1/10"

[[local_states]]
codelist = "answer_states"
local = "uwzględniona"
canonical = "accepted"
"""

CONSULTATION_PROFILE = profile_from_toml(_PROFILE_TOML)
"""A profile setting every local consultation minimum from 2010 on."""

DEMOTED: frozenset[str] = frozenset()
"""Error rules whose findings rest on an unconfirmed value, so they are reported as warnings."""

PENDING: frozenset[str] = frozenset()
"""Rules of the catalogue without a ``violating`` breaker yet; skipped here, never elsewhere."""


PROFILE_DUTIES = ("WSP-CNS-006", "WSP-CNS-007", "WSP-CNS-011")
"""Rules that need the profile's local duties (answers, justifications, local state names)."""


SEAT_SPLIT = "WSP-CNC-012"
"""The rule that compares a council's seats with the profile's local resolution (Kraków's)."""


def _profile_for(code: str) -> Profile | None:
    if code == SEAT_SPLIT:
        return load_profile("krakow")
    return CONSULTATION_PROFILE if code in LOCAL_ONLY or code in PROFILE_DUTIES else None


@pytest.mark.parametrize("code", [rule.code for rule in CATALOGUE if rule.code not in PENDING])
def test_violating_breaks_exactly_the_rule(code: str) -> None:
    """Each rule's objects are reported by it, and by no other error-severity rule."""
    profile = _profile_for(code)
    rule = next(rule for rule in CATALOGUE if rule.code == code)

    @settings(max_examples=4, suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(violating(code, profile=profile))
    def check_contract(obj: object) -> None:
        result = wspolpraca.check(obj, profile=profile)
        assert code in result.codes
        if rule.severity is Severity.ERROR and code not in DEMOTED:
            assert {f.code for f in result.errors} == {code}
        else:
            assert not result.errors

    check_contract()


def test_every_catalogue_rule_has_a_violation() -> None:
    """``violating`` accepts every code of the catalogue but the pending ones."""
    for rule in CATALOGUE:
        if rule.code in PENDING:
            continue
        assert violating(rule.code, profile=_profile_for(rule.code)) is not None


@pytest.mark.parametrize("code", sorted(PENDING))
def test_pending_rules_have_no_breaker_yet(code: str) -> None:
    """A pending code is in the catalogue and has no breaker yet, so the list is not stale."""
    assert code in {rule.code for rule in CATALOGUE}
    with pytest.raises(KeyError, match=code):
        violating(code)


def test_demoted_rules_are_still_errors_in_the_catalogue() -> None:
    """The rules listed as demoted are error rules, so the list is not stale."""
    assert {r.code for r in CATALOGUE if r.code in DEMOTED and r.severity is Severity.ERROR} == (
        DEMOTED
    )  # WSP-MYP-001 left the list: it is information now (issue 21)


def test_unknown_code_is_refused() -> None:
    """A code outside the catalogue raises KeyError naming it."""
    with pytest.raises(KeyError, match="WSP-XXX-001"):
        violating("WSP-XXX-001")


def test_retired_rule_is_refused() -> None:
    """The retired WSP-CMP-011 is out of the catalogue: KeyError like any unknown code."""
    with pytest.raises(KeyError, match="WSP-CMP-011"):
        violating("WSP-CMP-011")


def test_seat_split_needs_a_profile() -> None:
    """WSP-CNC-012 compares seats with a local resolution: without a profile, ValueError."""
    with pytest.raises(ValueError, match="WSP-CNC-012 fires only under a municipal profile"):
        violating("WSP-CNC-012")


@pytest.mark.parametrize("code", LOCAL_ONLY)
def test_local_rules_need_a_profile(code: str) -> None:
    """Consultation minimums exist only in local acts: without a profile, ValueError."""
    with pytest.raises(ValueError, match=f"{code} fires only under a municipal profile"):
        violating(code)


def test_local_rule_with_unbreakable_value_is_refused() -> None:
    """A one-day minimum window cannot be fallen short of: ValueError names the value."""
    lax = profile_from_toml(
        _PROFILE_TOML.replace(
            'parameter = "consultation.min_window_days"\nvalue = 21',
            'parameter = "consultation.min_window_days"\nvalue = 1',
        )
    )
    with pytest.raises(
        ValueError, match=r"cannot be broken when consultation\.min_window_days is 1"
    ):
        violating("WSP-CNS-001", profile=lax)


@settings(max_examples=5, database=None)
@given(violating("WSP-CNS-001", profile=CONSULTATION_PROFILE))
def test_short_window_is_an_error_only_under_the_profile(round_: ConsultationRound) -> None:
    """A window shorter than the local minimum is an error under the profile, nothing without."""
    assert round_.window.days < 21
    assert "WSP-CNS-001" in wspolpraca.check(round_, profile=CONSULTATION_PROFILE).codes
    assert "WSP-CNS-001" not in wspolpraca.check(round_).codes


@settings(max_examples=5, database=None)
@given(violating("WSP-PRG-003", profile=load_profile("rural")))
def test_violating_respects_a_profile(programme: AnnualProgramme) -> None:
    """Under the rural profile WSP-PRG-003 is an error, and it is the only one."""
    result = wspolpraca.check(programme, profile=load_profile("rural"))
    assert {f.code for f in result.errors} == {"WSP-PRG-003"}
    assert breaks_only(programme, "WSP-PRG-003", profile=load_profile("rural"))


@settings(max_examples=5, database=None)
@given(st.sampled_from(["WSP-PRG-002", "WSP-SGR-001"]).flatmap(violating))
def test_breaks_only_agrees_with_check(obj: object) -> None:
    """``breaks_only`` holds for violating objects and fails for another rule's code."""
    code = next(iter({f.code for f in wspolpraca.check(obj).errors}))
    assert breaks_only(obj, code)
    assert not breaks_only(obj, "WSP-CNS-005")
