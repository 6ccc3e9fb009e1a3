"""
What reading and writing share: the fixed titles of a workbook, text escaping, heading
matching and the optional openpyxl.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from .._text import LANGS, Lang, Text

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


MAX_CELL_TEXT: Final = 32_767
"""The most characters a cell of an xlsx workbook holds (Excel's limit); longer text is refused,
never cut."""

MAX_UNPACKED: Final = 256 * 1024 * 1024
"""The most bytes a workbook may unpack to (its XML), checked before anything is unpacked."""

_FORMULA_START: Final = frozenset("=+-@\t\r")
"""What makes a spreadsheet program read a CSV field as a formula (OWASP's CSV injection)."""


def _guarded(text: str) -> bool:
    stripped = text.lstrip("'")
    return stripped[:1] in _FORMULA_START


def guard(text: str) -> str:
    """
    *text* as a CSV field no spreadsheet program runs as a formula: a text that starts with
    ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, after any apostrophes, gains an
    apostrophe in front (OWASP's advice); :func:`unguard` takes it away again, so that the round
    trip is lossless.

    >>> guard("=HYPERLINK(1)"), guard("'=x"), guard("Kraków"), guard("'quoted'")
    ("'=HYPERLINK(1)", "''=x", 'Kraków', "'quoted'")
    >>> all(unguard(guard(t)) == t for t in ["=1", "'=1", "''-2", "'a", "a", ""])
    True
    """
    return "'" + text if _guarded(text) else text


def unguard(text: str) -> str:
    """The text :func:`guard` was given."""
    return text[1:] if text.startswith("'") and _guarded(text[1:]) else text


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


@functools.cache
def _labels(codelist: str, lang: Lang) -> dict[str, str] | None:
    """
    Each code of *codelist* with its label in *lang* (its newest wording), which the workbook
    shows instead of the code; ``None`` when two codes share a label, so that the labels could
    not be read back (the workbook then shows codes).
    """
    from ..codelists import load_codelist  # noqa: PLC0415 - codelists load lazily

    labels: dict[str, str] = {}
    for entry in load_codelist(codelist):
        labels[entry.code] = entry.label_pl if lang == "pl" else entry.label_en
    if len({_match(label) for label in labels.values()}) != len(labels):
        return None
    return labels


@functools.cache
def _codes_by_label(codelist: str) -> dict[str, str]:
    """The code of each label the workbook may show (either language), matched loosely."""
    codes: dict[str, str] = {}
    ambiguous: set[str] = set()
    for lang in LANGS:
        for code, label in (_labels(codelist, lang) or {}).items():
            if codes.setdefault(_match(label), code) != code:
                ambiguous.add(_match(label))
    return {label: code for label, code in codes.items() if label not in ambiguous}
