"""
The layout of a document's workbook (its sheets and columns), derived from the model's
classes: one layout serves every document kind.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import types
import typing
from collections.abc import Sequence
from typing import Any

import attrs

from .._model._fields import CODELIST, title
from .._text import LANGS, Lang, Text
from ._common import _CODELISTS_SHEET, _MAIN, _MAX_SHEET_NAME, _SEP


@attrs.frozen
class _Column:
    path: tuple[str, ...]  # field names from the row's object; () for a list of text
    heading: Text
    kind: str  # "str", "int", "bool", "money", "date" or "marker"
    codelist: str | None
    optional: bool  # the column may be left empty (the field, or an object on its path)

    @property
    def key(self) -> str:
        return ".".join(self.path) or "value"


@attrs.frozen
class _Sheet:
    key: tuple[str, ...]  # field names from the document to the repeated part
    name: Text
    columns: tuple[_Column, ...]
    parent: int | None  # index of the parent sheet; None for the main sheet's children
    rel: tuple[str, ...]  # field names from the parent item to the repeated part


@attrs.frozen
class _Layout:
    cls: type[Any]
    main: tuple[_Column, ...]
    sheets: tuple[_Sheet, ...]


def _unwrap(type_: Any) -> tuple[Any, bool]:
    """*type_* without ``| None``, and whether it had it."""
    if isinstance(type_, types.UnionType) or typing.get_origin(type_) is typing.Union:
        args = [arg for arg in typing.get_args(type_) if arg is not type(None)]
        return args[0], True
    return type_, False


def _is_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _scalar_kind(type_: Any) -> str:
    kinds = {str: "str", int: "int", bool: "bool", decimal.Decimal: "money", dt.date: "date"}
    if type_ not in kinds:  # pragma: no cover - the model uses only these
        raise TypeError(f"no spreadsheet form for {type_!r}")
    return kinds[type_]


def _always_filled(cls: type[Any]) -> bool:
    """Whether a present object of *cls* always fills at least one cell of its own."""
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        if field.default is not attrs.NOTHING:
            continue
        inner, optional = _unwrap(field.type)
        if optional or _is_tuple(inner):
            continue
        if not attrs.has(inner) or _always_filled(inner):
            return True
    return False


def _join(parts: Sequence[Text]) -> Text:
    return Text(pl=_SEP.join(p.pl for p in parts), en=_SEP.join(p.en for p in parts))


def _sheet_name(parts: Sequence[Text], taken: set[str]) -> Text:
    """The leaf title when free, else the title path; at most 31 characters, no ``[]:*?/\\'``."""
    names: dict[Lang, str] = {}
    for lang in LANGS:
        candidates = [parts[-1](lang), _SEP.join(part(lang) for part in parts)]
        cleaned = [
            re.sub(r"[\[\]:*?/\\']", "-", raw)[:_MAX_SHEET_NAME].strip() for raw in candidates
        ]
        name = next((c for c in cleaned if c.casefold() not in taken), cleaned[-1])
        base, number = name, 2
        while name.casefold() in taken:
            suffix = f" ({number})"
            name = base[: _MAX_SHEET_NAME - len(suffix)] + suffix
            number += 1
        taken.add(name.casefold())
        names[lang] = name
    return Text(pl=names["pl"], en=names["en"])


class _Builder:
    def __init__(self) -> None:
        self.sheets: list[_Sheet | None] = []
        self.taken: set[str] = {_MAIN.pl.casefold(), _MAIN.en.casefold(), _CODELISTS_SHEET}

    def columns(
        self,
        cls: type[Any],
        *,
        prefix: tuple[str, ...],
        titles: tuple[Text, ...],
        sheet_titles: tuple[Text, ...],
        key: tuple[str, ...],
        owner: int | None,
        optional: bool,
    ) -> list[_Column]:
        attrs.resolve_types(cls)
        out: list[_Column] = []
        for field in attrs.fields(cls):
            inner, is_optional = _unwrap(field.type)
            name = title(field)
            path = (*prefix, field.name)
            may_be_empty = optional or is_optional or field.default is not attrs.NOTHING
            if _is_tuple(inner):
                self.sheet(
                    typing.get_args(inner)[0],
                    field=field,
                    sheet_titles=(*sheet_titles, *titles, name),
                    key=(*key, *path),
                    owner=owner,
                    rel=path,
                )
            elif attrs.has(inner):
                if is_optional and not _always_filled(inner):
                    out.append(_Column(path, _join((*titles, name)), "marker", None, optional=True))
                out.extend(
                    self.columns(
                        inner,
                        prefix=path,
                        titles=(*titles, name),
                        sheet_titles=sheet_titles,
                        key=key,
                        owner=owner,
                        optional=optional or is_optional,
                    )
                )
            else:
                out.append(
                    _Column(
                        path,
                        _join((*titles, name)),
                        _scalar_kind(inner),
                        field.metadata.get(CODELIST),
                        may_be_empty,
                    )
                )
        return out

    def sheet(
        self,
        item: Any,
        *,
        field: attrs.Attribute[Any],
        sheet_titles: tuple[Text, ...],
        key: tuple[str, ...],
        owner: int | None,
        rel: tuple[str, ...],
    ) -> None:
        index = len(self.sheets)
        self.sheets.append(None)
        name = _sheet_name(sheet_titles, self.taken)
        if attrs.has(item):
            columns = self.columns(
                item,
                prefix=(),
                titles=(),
                sheet_titles=sheet_titles,
                key=key,
                owner=index,
                optional=False,
            )
        else:
            columns = [
                _Column(
                    (),
                    title(field),
                    _scalar_kind(item),
                    field.metadata.get(CODELIST),
                    optional=False,
                )
            ]
        self.sheets[index] = _Sheet(key, name, tuple(columns), owner, rel)


_LAYOUTS: dict[type[Any], _Layout] = {}


def _layout(cls: type[Any]) -> _Layout:
    if cls not in _LAYOUTS:
        builder = _Builder()
        main = builder.columns(
            cls, prefix=(), titles=(), sheet_titles=(), key=(), owner=None, optional=False
        )
        sheets = tuple(sheet for sheet in builder.sheets if sheet is not None)
        _LAYOUTS[cls] = _Layout(cls, tuple(main), sheets)
    return _LAYOUTS[cls]
