"""
What reading and writing share: the fixed titles of a workbook, text escaping, heading
matching and the optional openpyxl.
"""

from __future__ import annotations

import re
from typing import Any, Final

from .._text import Text

_EXTRA_HINT: Final = "reading and writing workbooks needs openpyxl: pip install 'wspolpraca[xlsx]'"
_SEP: Final = " › "
_MAIN: Final = Text(pl="Dokument", en="Document")
_FIELD: Final = Text(pl="Pole", en="Field")
_VALUE: Final = Text(pl="Wartość", en="Value")
_KIND: Final = Text(pl="Rodzaj dokumentu", en="Document kind")
_VERSION: Final = Text(pl="Wersja schematu", en="Schema version")
_PARENT: Final = Text(pl="Wiersz w arkuszu „{sheet}”", en="Row in sheet '{sheet}'")
_PARENT_PREFIXES: Final = ("wiersz w arkuszu", "row in sheet", "parent")
_YES: Final = Text(pl="tak", en="yes")
_CODELISTS_SHEET: Final = "_codelists"
_MAX_SHEET_NAME: Final = 31
_EXACT_DIGITS: Final = 15
_FIRST_CELLS: Final = 5
_TRUE: Final = frozenset({"tak", "yes", "true", "prawda", "1"})
_FALSE: Final = frozenset({"nie", "no", "false", "fałsz", "0"})


_UNSAFE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED: Final = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _escape(text: str) -> str:
    """
    Escape what a workbook cannot hold as OOXML does (``\\x1f`` as ``_x001F_``).

    >>> _escape("a\\x1fb_x0041_")
    'a_x001F_b_x005F_x0041_'
    >>> _unescape(_escape("a\\x1fb_x0041_\\r"))
    'a\\x1fb_x0041_\\r'
    """
    return _UNSAFE.sub(lambda m: f"_x{ord(m[0]):04X}_", text)


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m[1], 16)), text)


def _openpyxl() -> Any:
    try:
        import openpyxl  # noqa: PLC0415 - the optional extra is imported only when used
    except ImportError as exc:  # pragma: no cover - the tests run with the extra
        raise ImportError(_EXTRA_HINT) from exc
    return openpyxl


def _match(text: object) -> str:
    return str(text).strip().casefold() if text is not None else ""
