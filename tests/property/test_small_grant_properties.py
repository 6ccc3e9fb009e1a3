"""Property tests over generated small grants, registers and agreements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import SmallGrantRegister
from wspolpraca.strategies import (
    agreements,
    organisations,
    small_grant_registers,
    small_grants,
)

pytestmark = pytest.mark.property

documents = st.one_of(small_grant_registers(), agreements())


class TestRoundTrip:
    """The parts of registers round-trip (whole documents: test_properties.TestEveryKind)."""

    @given(st.one_of(small_grants(), organisations()))
    def test_parts_round_trip(self, obj: object) -> None:
        """Small grants and organisations round-trip through structure/unstructure."""
        assert wspolpraca.structure(wspolpraca.unstructure(obj), type(obj)) == obj


class TestCatalogueContract:
    """Registers of the year of the 2026 change (the other kinds are covered in test_properties)."""

    @given(small_grant_registers(year=2026))
    def test_2026_registers_have_no_errors(self, register: SmallGrantRegister) -> None:
        """Registers of the year of the change, on both sides of it, have no errors."""
        assert wspolpraca.check(register).errors == ()
