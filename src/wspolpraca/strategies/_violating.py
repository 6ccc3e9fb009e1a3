"""
Objects that break exactly one rule: :func:`violating`, :func:`breaks_only`, and the
breakers of every family (``BREAKERS`` of each module in ``_families``) merged by code.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from ..profiles import Profile
from ..rules import check
from ._common import _Breaker
from ._consultation import _BREAKABLE, _LOCAL_ONLY, _STATE_NAMES_ONLY
from ._council import _LOCAL_SEATS, _SEAT_SPLIT_ONLY
from ._families import FAMILIES

_BREAKERS: dict[str, _Breaker] = {
    code: breaker for family in FAMILIES for code, breaker in family.BREAKERS.items()
}
"""How to break each rule of the catalogue, by code."""


def breaks_only(obj: object, code: str, *, profile: Profile | None = None) -> bool:
    """
    Whether :func:`wspolpraca.check` reports rule *code* in *obj* and no error-severity
    finding of another rule: the contract every :func:`violating` object meets.

    Args:
        obj: A checked document or :class:`~wspolpraca.ProgrammeHistory`.
        code: A rule code such as ``"WSP-PRG-001"``.
        profile: Check under this municipal profile.

    .. versionadded:: 0.1
    """
    result = check(obj, profile=profile)
    return code in result.codes and {f.code for f in result.errors} <= {code}


@st.composite
def _violation(draw: st.DrawFn, code: str, profile: Profile | None) -> object:
    return _BREAKERS[code](draw, profile)


def violating(code: str, *, profile: Profile | None = None) -> st.SearchStrategy[Any]:
    """
    Objects that break the rule *code* and no other error-severity rule.

    Each object is a valid object of the existing strategies with exactly what breaks the
    rule changed, so :func:`wspolpraca.check` reports *code* (an error when the rule is one
    and its finding rests on confirmed or secondary sources) and no error of another rule;
    see :func:`breaks_only`. Warnings and information of other rules may appear where
    breaking the rule brings them along (a council whose terms overlap may also have terms
    of an unusual length); the how-to :doc:`/how-to/testing` lists them. ``WSP-MYP-001``
    is reported as a warning: its finding rests on an unconfirmed deadline.

    ``WSP-HST`` rules check a :class:`~wspolpraca.ProgrammeHistory` of two documents,
    ``WSP-DOS`` rules a :class:`~wspolpraca.Dossier` of one to three.

    ``WSP-CNS-001`` to ``004`` read only a municipal profile's value (the statute sets
    none), so they need *profile*, whose value must make a breach possible; the objects
    then break the rule under ``check(obj, profile=profile)``. ``WSP-CNS-011`` needs a
    profile that names local answer states, ``WSP-CNC-012`` one that sets the council's
    seats (``council.local_seats_*``, as the ``krakow`` profile does).

    >>> from hypothesis import given
    >>> import wspolpraca
    >>> from wspolpraca.strategies import violating
    >>> @given(violating("WSP-PRG-001"))
    ... def test_late_programme(programme):
    ...     assert {f.code for f in wspolpraca.check(programme).errors} == {"WSP-PRG-001"}
    >>> test_late_programme()

    Args:
        code: A rule code of :data:`wspolpraca.CATALOGUE`.
        profile: A municipal profile: the objects break *code* and no other error-severity
            rule when checked under it (draws that its stricter values would turn into
            other errors are left out).

    Raises:
        KeyError: *code* is not in the catalogue (or its rule is retired, as
            ``WSP-CMP-011`` is).
        ValueError: the rule needs a profile value that *profile* does not set, or sets
            so that nothing can break it (a minimum of one day or none, no required meeting).

    .. versionadded:: 0.1
    """
    if code not in _BREAKERS:
        raise KeyError(f"no rule {code!r} in the catalogue")
    parameter = _LOCAL_ONLY.get(code)
    if parameter is not None:
        values = {} if profile is None else profile.overrides()
        if parameter not in values:
            raise ValueError(
                f"{code} fires only under a municipal profile setting {parameter}; "
                "pass profile= with that value"
            )
        value = values[parameter][0].value
        if value is False or (not isinstance(value, bool) and int(value) < _BREAKABLE[code]):
            raise ValueError(f"{code} cannot be broken when {parameter} is {value!r}")
    if code in _STATE_NAMES_ONLY and (profile is None or not profile.state_map()):
        raise ValueError(f"{code} fires only under a municipal profile that names local states")
    if code in _SEAT_SPLIT_ONLY and (
        profile is None or not set(_LOCAL_SEATS.values()) & profile.overrides().keys()
    ):
        raise ValueError(
            f"{code} fires only under a municipal profile setting the council's seats "
            "(council.local_seats_*)"
        )
    strategy = _violation(code, profile)
    if profile is None:
        return strategy
    return strategy.filter(lambda obj: breaks_only(obj, code, profile=profile))
