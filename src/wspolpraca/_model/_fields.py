"""
Field metadata: the Polish and English titles of every model field.

The titles feed the JSON Schema, spreadsheet headings and the docs, so a field is
named once, next to its definition, and never drifts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .._text import Text

TITLE = "wspolpraca.title"
BASIS = "wspolpraca.basis"
CODELIST = "wspolpraca.codelist"


def meta(
    pl: str, en: str, *, basis: str | None = None, codelist: str | None = None
) -> dict[str, Any]:
    """Metadata for a field titled *pl* / *en*, citing *basis*, coded from *codelist*."""
    data: dict[str, Any] = {TITLE: Text(pl=pl, en=en)}
    if basis is not None:
        data[BASIS] = basis
    if codelist is not None:
        data[CODELIST] = codelist
    return data


def title(field: attrs.Attribute[Any]) -> Text:
    """The bilingual title of *field* (its name in both languages when it has none)."""
    metadata: Mapping[str, Any] = field.metadata
    found = metadata.get(TITLE)
    return found if isinstance(found, Text) else Text(pl=field.name, en=field.name)
