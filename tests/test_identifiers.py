"""NIP, REGON and KRS: published valid and invalid numbers, and the robustness contract."""

from __future__ import annotations

import pytest

import wspolpraca
from wspolpraca._model._organisation import Organisation
from wspolpraca.errors import InvalidChecksumError, InvalidFormatError, ValidationErrors
from wspolpraca.identifiers import krs, nip, regon

JUNK: list[object] = [None, "", "€", "3²", object(), 12345, "１２３４５６７８９０"]


class TestNip:
    """NIP check digits (weights 6 5 7 2 3 4 5 6 7, modulo 11)."""

    @pytest.mark.parametrize(
        "number", ["7740001454", "774-000-14-54", "PL7740001454", "5260250274", "526 025 02 74"]
    )
    def test_valid(self, number: str) -> None:
        """Published valid NIPs validate in every customary form to the compact one."""
        assert nip.validate(number) in {"7740001454", "5260250274"}

    @pytest.mark.parametrize("number", ["7740001455", "5260250275", "6760000014"])
    def test_bad_check_digit(self, number: str) -> None:
        """A wrong check digit (including a sum of 10) is an InvalidChecksumError."""
        with pytest.raises(InvalidChecksumError, match="check digit of the NIP"):
            nip.validate(number)

    @pytest.mark.parametrize("number", ["774000145", "77400014541", "77400O1454"])
    def test_bad_format(self, number: str) -> None:
        """Wrong length or non-digits is an InvalidFormatError."""
        with pytest.raises(InvalidFormatError, match="10 digits"):
            nip.validate(number)

    def test_format(self) -> None:
        """NIPs print as XXX-XXX-XX-XX."""
        assert nip.format_("7740001454") == "774-000-14-54"


class TestRegon:
    """REGON check digits for 9 and 14 digits."""

    @pytest.mark.parametrize("number", ["123456785", "192598184", "12345678512347"])
    def test_valid(self, number: str) -> None:
        """Valid 9- and 14-digit REGONs validate."""
        assert regon.validate(number) == number

    @pytest.mark.parametrize("number", ["123456786", "12345678512348", "12345678612347"])
    def test_bad_check_digit(self, number: str) -> None:
        """A wrong check digit in either part is an InvalidChecksumError."""
        with pytest.raises(InvalidChecksumError):
            regon.validate(number)

    def test_bad_length(self) -> None:
        """Only 9 or 14 digits are REGONs."""
        with pytest.raises(InvalidFormatError, match="9 or 14 digits"):
            regon.validate("1234567")


class TestKrs:
    """KRS: ten digits, no check digit."""

    def test_pads_leading_zeros(self) -> None:
        """A KRS number without leading zeros is padded."""
        assert krs.validate("123456") == "0000123456"

    @pytest.mark.parametrize("number", ["12345678901", "0000000000", "KRS123"])
    def test_invalid(self, number: str) -> None:
        """Too long, all zeros or non-digits are refused."""
        assert not krs.is_valid(number)


@pytest.mark.parametrize("module", [nip, regon, krs])
@pytest.mark.parametrize("junk", JUNK)
def test_is_valid_never_raises_on_junk(module: object, junk: object) -> None:
    """``is_valid`` returns False on junk and never raises (stdnum's robustness contract)."""
    assert module.is_valid(junk) is False  # type: ignore[attr-defined]


class TestOrganisation:
    """Organisations store identifiers in compact form and refuse bad ones."""

    def test_compacts_identifiers(self) -> None:
        """Identifiers given in printed form are stored compact."""
        org = Organisation(name="Fundacja", nip="774-000-14-54", krs="123456", regon="123456785")

        assert (org.nip, org.krs, org.regon) == ("7740001454", "0000123456", "123456785")

    def test_bad_identifiers_all_reported_on_load(self) -> None:
        """Every bad identifier of an organisation is located when loading."""
        with pytest.raises(ValidationErrors) as info:
            wspolpraca.structure(
                {"name": "X", "nip": "7740001455", "regon": "12", "krs": "abc"}, Organisation
            )

        assert sorted((e.code, e.jsonpath) for e in info.value.errors) == [
            ("invalid_checksum", "$.nip"),
            ("invalid_identifier", "$.krs"),
            ("invalid_identifier", "$.regon"),
        ]

    def test_round_trip(self) -> None:
        """An organisation round-trips through unstructure/structure."""
        org = Organisation(name="Stowarzyszenie", nip="5260250274", public_benefit=True)

        assert wspolpraca.structure(wspolpraca.unstructure(org), Organisation) == org
