"""Cell values to their wire (JSON) form, accepting what a human types into a spreadsheet."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Sequence
from typing import Any, Final

from ._common import _FALSE, _TRUE, _match


def _dig(target: dict[str, Any], path: Sequence[str]) -> dict[str, Any]:
    for name in path:
        target = target.setdefault(name, {})
    return target


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?[0-9]+\s*", value):
        return int(value)
    return None


def _wire_str(value: object) -> object:
    if isinstance(value, str):
        return value
    number = _as_int(value)
    return str(number) if number is not None else value


def _wire_int(value: object) -> object:
    number = _as_int(value)
    return number if number is not None else value


def _wire_bool(value: object) -> object:
    if isinstance(value, bool):
        return value
    text = _match(value)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return value


_AMOUNT: Final = re.compile(r"(-?)([0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+|[0-9]+)(?:[.,]([0-9]+))?")


def _wire_money(value: object) -> object:
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return format(decimal.Decimal(repr(value)), "f")
    if not isinstance(value, str):
        return value
    text = re.sub(r"\s*(?:zł|zl|pln)\.?$", "", value.strip(), flags=re.IGNORECASE)
    match = _AMOUNT.fullmatch(text)
    if match is None:
        return value
    sign, whole, fraction = match.groups()
    whole = re.sub(r"[^0-9]", "", whole)
    return f"{sign}{whole}" + (f".{fraction}" if fraction is not None else "")


def _wire_date(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        match = re.fullmatch(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})", text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return value
        return text
    return value


_WIRE: Final = {
    "str": _wire_str,
    "int": _wire_int,
    "bool": _wire_bool,
    "money": _wire_money,
    "date": _wire_date,
}
