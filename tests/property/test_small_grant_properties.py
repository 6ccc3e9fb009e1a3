"""Property tests over generated small grants, registers and agreements."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import Agreement, SmallGrantRegister
from wspolpraca.rules import Severity
from wspolpraca.strategies import (
    agreements,
    organisations,
    small_grant_registers,
    small_grants,
)

pytestmark = pytest.mark.property

documents = st.one_of(small_grant_registers(), agreements())


class TestRoundTrip:
    """``loads(dumps(x)) == x`` for the new documents and their parts."""

    @given(documents)
    def test_documents_round_trip(self, document: SmallGrantRegister | Agreement) -> None:
        """Generated registers and agreements survive dumps/loads and pickling unchanged."""
        text = wspolpraca.dumps(document)

        assert wspolpraca.loads(text) == document
        assert wspolpraca.dumps(wspolpraca.loads(text)) == text
        assert pickle.loads(pickle.dumps(document)) == document

    @given(st.one_of(small_grants(), organisations()))
    def test_parts_round_trip(self, obj: object) -> None:
        """Small grants and organisations round-trip through structure/unstructure."""
        assert wspolpraca.structure(wspolpraca.unstructure(obj), type(obj)) == obj


class TestCatalogueContract:
    """The WSP-SGR rules never raise on valid objects; generated objects have no errors."""

    @given(documents, st.dates(dt.date(2003, 1, 1), dt.date(2100, 12, 31)))
    def test_check_never_raises(
        self, document: SmallGrantRegister | Agreement, on: dt.date
    ) -> None:
        """``check`` returns findings for any valid register or agreement on any date."""
        result = wspolpraca.check(document, on=on)

        assert all(f.severity in set(Severity) for f in result)

    @given(documents)
    def test_generated_documents_have_no_errors(
        self, document: SmallGrantRegister | Agreement
    ) -> None:
        """Strategies produce registers and agreements that break no error-severity rule."""
        assert wspolpraca.check(document).errors == ()

    @given(small_grant_registers(year=2026))
    def test_2026_registers_have_no_errors(self, register: SmallGrantRegister) -> None:
        """Registers of the year of the change, on both sides of it, have no errors."""
        assert wspolpraca.check(register).errors == ()
