"""Organisations that cooperate with local government: NGOs and the entities of art. 3 ust. 3."""

from __future__ import annotations

import attrs

from ..identifiers import IdentifierModule, krs, nip, regon
from ..validators import identifier, not_blank
from ._fields import meta


def _compact(module: IdentifierModule, value: str | None) -> str | None:
    """The compact form of *value*, or *value* itself when it cannot be compacted."""
    if not isinstance(value, str):
        return value
    try:
        return module.compact(value)
    except ValueError:
        return value


def _compact_krs(value: str | None) -> str | None:
    return _compact(krs, value)


def _compact_nip(value: str | None) -> str | None:
    return _compact(nip, value)


def _compact_regon(value: str | None) -> str | None:
    return _compact(regon, value)


@attrs.frozen(kw_only=True)
class Organisation:
    """
    A non-governmental organisation (art. 3 ust. 2) or an entity of art. 3 ust. 3.

    Identifiers are validated with their published check-digit algorithms and stored in
    their compact form (``"7740001454"``, not ``"774-000-14-54"``).

    Args:
        name: The registered name.
        legal_form: Such as ``"stowarzyszenie"`` or ``"fundacja"``; ``None`` when unknown.
        krs: The National Court Register number; ``None`` when not registered or unknown.
        nip: The tax identification number; ``None`` when unknown.
        regon: The statistical register number; ``None`` when unknown.
        seat: The seat (*siedziba*), such as ``"Kraków"``; ``None`` when unknown.
        public_benefit: Whether it has public-benefit status (*status OPP*, art. 20).

    Raises:
        InvalidFormatError: an identifier is malformed.
        InvalidChecksumError: an identifier's check digit is wrong.

    .. versionadded:: 0.1
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa", "Name"))
    legal_form: str | None = attrs.field(default=None, metadata=meta("Forma prawna", "Legal form"))
    krs: str | None = attrs.field(
        default=None,
        converter=_compact_krs,
        validator=identifier("krs"),
        metadata=meta("Numer KRS", "KRS number"),
    )
    nip: str | None = attrs.field(
        default=None,
        converter=_compact_nip,
        validator=identifier("nip"),
        metadata=meta("NIP", "NIP (tax number)"),
    )
    regon: str | None = attrs.field(
        default=None,
        converter=_compact_regon,
        validator=identifier("regon"),
        metadata=meta("REGON", "REGON (statistical number)"),
    )
    seat: str | None = attrs.field(default=None, metadata=meta("Siedziba", "Seat"))
    public_benefit: bool = attrs.field(
        default=False,
        metadata=meta(
            "Status organizacji pożytku publicznego", "Public-benefit status", basis="art. 20"
        ),
    )
