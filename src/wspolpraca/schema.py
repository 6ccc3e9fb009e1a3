"""
JSON Schema (draft 2020-12) of every document kind, generated from the model classes.

Other applications (a municipal portal in PHP, an NGO tool in JavaScript, an open-data
pipeline) cannot import Python; the schema tells them what :func:`wspolpraca.loads` accepts.
It is generated from the attrs classes, their field titles and the codelists, so it never
drifts from the model; the same schemas ship as files in the package
(``wspolpraca/schemas/<kind>.<lang>.json``) and a test keeps those files equal to the generated ones.

How the classes map to the schema:

- every class is an object with ``additionalProperties: false``; its ``required`` keys
  are the fields without a default; nested classes are ``$defs`` referenced by class name;
- ``kind`` is a ``const`` and ``schema_version`` an ``enum`` of the versions this release reads;
- text is ``string`` (non-blank text has a ``pattern`` that needs a non-space character),
  whole numbers ``integer``, flags ``boolean``, lists ``array``, optional fields also ``null``;
  fields typed ``Any`` accept any JSON value (``{}``);
- money is text matching ``MONEY_PATTERN`` or a non-negative integer of at most 15 digits;
  dates are text with ``format: date`` and a pattern keeping them in the model's years
  (``MIN_YEAR``-``MAX_YEAR``, read when the schema is generated);
- codes of a *strict* codelist (closed in law, confirmed) are an ``enum``; codes of an open
  or unconfirmed list are plain text whose description lists the known codes;
- what a field's validators check is said too: identifiers (``IDENTIFIER_PATTERNS``), TERYT
  codes (``TERYT_PATTERN``, and their length per level with ``if``/``then``), sphere codes,
  years and consultation dates within ``MIN_YEAR``-``MAX_YEAR`` of the model (read when a
  schema is generated), non-negative counts, non-blank list items;
- titles come from each field's metadata and descriptions cite its legal basis, in Polish
  or English (*lang*); ``$id`` names the schema version.

Patterns use ``[0-9]`` and end with ``$(?!\\n)`` so that Python and ECMA-262 read them alike.
What the schema cannot express (check digits, dates compared with other dates, identities
within a document, ``1.0`` as an integer) is listed in the docs' schema reference, and a test
fuzzes the schema against the loader with ``jsonschema`` and ``ajv``.

>>> from wspolpraca.schema import document_schema
>>> schema = document_schema("annual_programme", lang="en")
>>> schema["properties"]["kind"]["const"], schema["properties"]["schema_version"]["enum"]
('annual_programme', ['1.0', '1.1'])
>>> schema["$id"]
'https://wspolpraca.readthedocs.io/schema/1.1/annual_programme.en.json'

Regenerate the shipped files after changing a model class with
``python -m wspolpraca.schema --write``.

.. versionadded:: 0.1
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import decimal
import functools
import hashlib
import importlib.resources
import json
import pathlib
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs

from ._model import _common
from ._model._budget import _ClassificationCode, _residents
from ._model._common import _TERYT_DIGITS, Unit, _PlausibleDateValidator, plausible_year
from ._model._consultation import _codes_not_blank, _non_negative
from ._model._council import _not_negative as _council_not_negative
from ._model._council import _positive
from ._model._fields import BASIS, CODELIST, title
from ._model._nonfinancial import Consultation, NonFinancialActivity, _texts
from ._model._nonfinancial import _count as _activity_count
from ._model._offer import _some_bidder
from ._model._programme import _SPHERE, AnnualProgramme, _SphereCode
from ._model._regranting import _non_negative as _planned_projects
from ._model._report import ImplementationReport
from ._model._report import _count as _report_count
from ._model._small_grant import SmallGrantRegister
from ._model._small_grant import _not_negative as _grant_not_negative
from ._text import LANGS, Lang, Text
from .codelists import Codelist, load_codelist
from .errors import DocumentError
from .serialization import (
    DOCUMENT_KINDS,
    SCHEMA_VERSION,
    SUPPORTED_SCHEMA_VERSIONS,
    unstructure,
)
from .validators import (
    _CodeInValidator,
    _IdentifierValidator,
    _MoneyValidator,
    _NotBlankValidator,
    _OneOfValidator,
    _TerytValidator,
)

__all__ = [
    "DIALECT",
    "SCHEMA_BASE_URI",
    "document_schema",
    "fingerprint",
    "schema_id",
    "schema_text",
    "shipped_schema",
    "write_schemas",
]


def __dir__() -> list[str]:
    return __all__


DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every generated schema."""

SCHEMA_BASE_URI: Final = "https://wspolpraca.readthedocs.io/schema/"
"""The base of every schema's ``$id``; the id names the version, the kind and the language."""

# Every pattern ends with ``$(?!\n)``: Python's ``$`` (used by Python validators) also matches
# before a final newline, ECMA-262's (ajv, browsers) does not, and the loader refuses one.
_END: Final = r"$(?!\n)"
MONEY_PATTERN: Final = r"^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?" + _END
_MONEY_MAX: Final = 10**15 - 1

# Keep in sync with str.isspace (a test compares them): the characters Python's str.strip()
# removes, spelled out so that every regex dialect (ECMA-262, PCRE, Python) reads them alike.
_WHITESPACE: Final = (
    "\\t\\n\\u000b\\u000c\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a"
    "\\u2028\\u2029\\u202f\\u205f\\u3000"
)
NOT_BLANK_PATTERN: Final = f"[^{_WHITESPACE}]"

_KIND_TITLES: Final[Mapping[str, Text]] = {
    "agreement": Text(pl="Umowa o realizację zadania publicznego", en="Public task agreement"),
    "annual_programme": Text(pl="Roczny program współpracy", en="Annual cooperation programme"),
    "budget_year": Text(pl="Rok budżetowy jednostki", en="Budget year of a unit"),
    "consultation_round": Text(pl="Konsultacje projektu aktu", en="Consultation round"),
    "council": Text(pl="Rada działalności pożytku publicznego", en="Public benefit council"),
    "implementation_report": Text(
        pl="Sprawozdanie z realizacji programu współpracy", en="Implementation report"
    ),
    "local_initiative": Text(pl="Inicjatywa lokalna", en="Local initiative"),
    "multi_year_programme": Text(
        pl="Wieloletni program współpracy", en="Multi-year cooperation programme"
    ),
    "non_financial_activity": Text(
        pl="Pozafinansowe formy współpracy", en="Non-financial cooperation"
    ),
    "open_competition": Text(pl="Otwarty konkurs ofert", en="Open competition for offers"),
    "population": Text(pl="Liczba mieszkańców", en="Population"),
    "small_grant_register": Text(pl="Rejestr małych grantów", en="Small-grant register"),
    "task_offer": Text(pl="Oferta realizacji zadania publicznego", en="Offer for a public task"),
    "task_report": Text(
        pl="Sprawozdanie z wykonania zadania publicznego", en="Report on a public task"
    ),
}

_T: Final = {
    "kind": Text(pl="Rodzaj dokumentu", en="Document kind"),
    "schema_version": Text(pl="Wersja schematu", en="Schema version"),
    "money": Text(pl="Kwota w złotych", en="Amount in złoty"),
    "money_doc": Text(
        pl='Tekst z co najwyżej dwoma miejscami po kropce ("1234.50") '
        "albo nieujemna liczba całkowita; bez znaku, spacji i notacji wykładniczej.",
        en='Text with at most two decimal places ("1234.50") or a non-negative integer; '
        "no sign, spaces or scientific notation.",
    ),
    "date": Text(pl="Data", en="Date"),
    "plausible_date_doc": Text(
        pl="Data ISO 8601: RRRR-MM-DD, z lat {minimum}–{maximum}.",
        en="An ISO 8601 date: YYYY-MM-DD, in the years {minimum}–{maximum}.",
    ),
    "basis": Text(pl="Podstawa prawna: {basis}.", en="Legal basis: {basis}."),
    "strict": Text(
        pl="Kod z listy „{label}” (lista zamknięta).",
        en="A code of the list “{label}” (a closed list).",
    ),
    "open": Text(
        pl="Kod z listy „{label}”, np. {codes}; lista nie jest zamknięta lub jej kody nie są "
        "potwierdzone, więc inne wartości są przyjmowane, a reguła je zgłasza.",
        en="A code of the list “{label}”, such as {codes}; the list is open or its codes are "
        "unconfirmed, so other values load and a rule reports them.",
    ),
    "document": Text(
        pl="Dokument wspolpraca w wersji schematu {version}; wygenerowany z klas modelu.",
        en="A wspolpraca document, schema version {version}; generated from the model classes.",
    ),
}


def schema_id(kind: str, lang: Lang = "pl") -> str:
    """
    The ``$id`` of the schema of *kind* in *lang*: the base, the version, the file name.

    .. versionadded:: 0.1
    """
    return f"{SCHEMA_BASE_URI}{SCHEMA_VERSION}/{kind}.{lang}.json"


def _check_kind(kind: str) -> type[Any]:
    try:
        return DOCUMENT_KINDS[kind]
    except KeyError:
        raise DocumentError(
            "unknown_kind", path=("kind",), value=kind, params={"expected": tuple(DOCUMENT_KINDS)}
        ) from None


_SCALARS: Final[Mapping[object, Mapping[str, str]]] = {
    Any: {},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
}
_SHARED: Final[Mapping[type[Any], str]] = {decimal.Decimal: "Money", dt.date: "Date"}
"""Types written as one shared definition, ``$defs/Money`` and ``$defs/Date``."""


def _validators(field: attrs.Attribute[Any]) -> list[object]:
    """Every validator of *field*, with attrs' ``optional`` and ``and_`` unwrapped."""
    found: list[object] = []
    stack: list[object] = [field.validator]
    while stack:
        validator = stack.pop()
        if validator is None:
            continue
        inner = getattr(validator, "_validators", None)  # attrs.validators.and_
        if isinstance(inner, tuple):
            stack.extend(reversed(inner))
            continue
        wrapped = getattr(validator, "validator", None)  # attrs.validators.optional
        if wrapped is not None and type(validator).__module__.startswith("attr"):
            stack.append(wrapped)
            continue
        found.append(validator)
    return found


def _year_bounds() -> dict[str, int]:
    """The years the loader accepts, read from the model when a schema is generated."""
    return {"minimum": _common.MIN_YEAR, "maximum": _common.MAX_YEAR}


def _year_pattern(minimum: int, maximum: int) -> str:
    """
    A regular expression matching exactly the four-digit years *minimum* to *maximum*.

    >>> _year_pattern(2003, 2100)
    '(?:200[3-9]|20[1-9][0-9]|2100)'
    >>> _year_pattern(1990, 2100)
    '(?:199[0-9]|20[0-9]{2}|2100)'
    """
    if not 1000 <= minimum <= maximum <= 9999:
        msg = f"years must have four digits (got {minimum}-{maximum})"
        raise ValueError(msg)
    blocks: list[tuple[str, int, int]] = []  # (head, last digit of the prefix, free digits)
    year = minimum
    while year <= maximum:
        size = next(s for s in (1000, 100, 10, 1) if year % s == 0 and year + s - 1 <= maximum)
        free = len(str(size)) - 1
        prefix = str(year)[: 4 - free]
        blocks.append((prefix[:-1], int(prefix[-1]), free))
        year += size
    parts: list[str] = []
    index = 0
    while index < len(blocks):
        head, first, free = blocks[index]
        end = index
        while (
            end + 1 < len(blocks)
            and blocks[end + 1][0] == head
            and blocks[end + 1][2] == free
            and blocks[end + 1][1] == blocks[end][1] + 1
        ):
            end += 1
        low, high = first, blocks[end][1]
        digit = str(low) if low == high else f"[{low}-{high}]"
        tail = "" if free == 0 else "[0-9]" if free == 1 else f"[0-9]{{{free}}}"
        parts.append(f"{head}{digit}{tail}")
        index = end + 1
    return "(?:" + "|".join(parts) + ")"


def plausible_date_pattern(minimum: int, maximum: int) -> str:
    """The pattern of an ISO 8601 date in the years *minimum* to *maximum*."""
    return f"^{_year_pattern(minimum, maximum)}-[0-9]{{2}}-[0-9]{{2}}{_END}"


# What the identifier modules accept: separators (space, dot, hyphen) anywhere, white space
# at either end (str.strip), and for NIP a "PL" prefix. The checksums are left to the loader.
_SEP: Final = "[ .-]*"
_PAD: Final = f"[{_WHITESPACE} .-]*"
IDENTIFIER_PATTERNS: Final[Mapping[str, str]] = {
    "nip": f"^{_PAD}(?:[Pp]{_SEP}[Ll]{_SEP})?(?:[0-9]{_SEP}){{9}}[0-9]{_PAD}{_END}",
    "regon": f"^{_PAD}(?:[0-9]{_SEP}){{9}}(?:(?:[0-9]{_SEP}){{5}})?{_PAD}{_END}",
    # One to ten digits (padded with zeros to ten), not all zeros.
    "krs": (
        f"^(?=(?:[^0-9]*[0-9]){{1,10}}[^0-9]*{_END})(?=[^1-9]*[1-9])"
        f"{_PAD}(?:[0-9]{_SEP})+{_PAD}{_END}"
    ),
}
"""The pattern of each identifier's customary forms (``nip``, ``regon``, ``krs``)."""

TERYT_PATTERN: Final = f"^(?:0[2468]|[12][02468]|3[02])(?:[0-9]{{2}}(?:[0-9]{{3}})?)?{_END}"
"""A TERYT code: 2, 4 or 7 digits starting with an even voivodeship code 02-32."""

SPHERE_PATTERN: Final = _SPHERE.pattern.removesuffix(r"\Z") + _END
"""The shape of a point of art. 4 ust. 1 (``"16"``, ``"32a"``); its existence is a rule's."""

_MINIMUMS: Final[Mapping[object, int]] = {
    _non_negative: 0,
    _council_not_negative: 0,
    _positive: 1,
    _activity_count: 0,
    attrs.fields(Consultation).drafts.validator: 1,
    _report_count: 0,
    _grant_not_negative: 0,
    _residents: 1,
    _planned_projects: 0,
}
"""Validators of whole numbers, and the least number each accepts."""

_MIN_ITEMS: Final[Mapping[object, int]] = {_some_bidder: 1}
"""Validators of lists, and the fewest items each accepts."""

_NOT_BLANK_ITEMS: Final = (_codes_not_blank, _texts)
"""Validators that require every item of a list of text to be non-blank."""

_YEAR_FIELDS: Final[Mapping[type[Any], tuple[str, ...]]] = {
    AnnualProgramme: ("year",),
    ImplementationReport: ("year",),
    NonFinancialActivity: ("year",),
    SmallGrantRegister: ("year",),
}
"""Fields whose class checks the year range in ``__attrs_post_init__`` (``check_year``)."""

KNOWN_VALIDATORS: Final = (
    _NotBlankValidator,
    _MoneyValidator,
    _CodeInValidator,
    _OneOfValidator,
    _IdentifierValidator,
    _TerytValidator,
    _SphereCode,
    _PlausibleDateValidator,
    _ClassificationCode,
)
"""Validator classes the generator expresses (with the functions above); a test checks that
every validator in the model is one of them, so a new invariant cannot silently escape."""


def known_validator(validator: object) -> bool:
    """Whether the generator expresses what *validator* checks."""
    return (
        isinstance(validator, KNOWN_VALIDATORS)
        or validator in _MINIMUMS
        or validator in _NOT_BLANK_ITEMS
        or validator in _MIN_ITEMS
        or validator is plausible_year
    )


def _text_pattern(validator: object) -> str | None:
    """The pattern of the text *validator* accepts, if it checks text against one."""
    if isinstance(validator, _IdentifierValidator):
        return IDENTIFIER_PATTERNS[validator.kind]
    if isinstance(validator, _TerytValidator):
        return TERYT_PATTERN
    if isinstance(validator, _SphereCode):
        return SPHERE_PATTERN
    if isinstance(validator, _ClassificationCode):
        return rf"^[0-9]{{{validator.digits}}}" + _END
    if isinstance(validator, _NotBlankValidator) or validator in _NOT_BLANK_ITEMS:
        return NOT_BLANK_PATTERN
    return None


def _teryt_by_level() -> list[dict[str, Any]]:
    """The length a unit's TERYT code has at each level, as ``if``/``then`` pairs."""
    levels: dict[int, list[str]] = {}
    for level, digits in _TERYT_DIGITS.items():
        levels.setdefault(digits, []).append(level)
    return [
        {
            "if": {"properties": {"level": {"enum": sorted(names)}}},
            "then": {"properties": {"teryt": {"type": "string", "minLength": n, "maxLength": n}}},
        }
        for n, names in sorted(levels.items())
    ]


class _Builder:
    """Walks one document class and collects the ``$defs`` of the classes it reaches."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang
        self.defs: dict[str, dict[str, Any]] = {}
        self.owners: dict[str, type[Any]] = {}
        self.shared: set[str] = set()

    def ref(self, cls: type[Any]) -> dict[str, Any]:
        name = cls.__name__
        owner = self.owners.get(name)
        if owner is None:
            self.owners[name] = cls
            self.defs[name] = {}  # reserved first: classes may refer to themselves
            self.defs[name] = self.object_schema(cls)
        elif owner is not cls:
            msg = f"two model classes are both named {name!r}: {owner!r} and {cls!r}"
            raise TypeError(msg)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type[Any]) -> dict[str, Any]:
        attrs.resolve_types(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            properties[field.name] = self.field_schema(field, cls)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            schema["required"] = required
        if cls is Unit:
            schema["allOf"] = _teryt_by_level()
        return schema

    def field_schema(self, field: attrs.Attribute[Any], owner: type[Any]) -> dict[str, Any]:
        leaves = {str: self._text_schema(field), **self._leaf_schemas(field, owner)}
        schema = self.type_schema(field.type, leaves)
        for validator in _validators(field):
            if validator in _MIN_ITEMS and schema.get("type") == "array":
                schema["minItems"] = _MIN_ITEMS[validator]
        schema["title"] = title(field)(self.lang)
        description = self._description(field)
        if description:
            schema["description"] = description
        default = _default(field)
        if default is not attrs.NOTHING:
            schema["default"] = unstructure(default)
        return schema

    def _text_schema(self, field: attrs.Attribute[Any]) -> dict[str, Any]:
        """
        The schema of the text leaves of *field*: a code list's enum, a one-of enum,
        an identifier's or a code's pattern, or non-blank text.
        """
        codelist = _codelist(field)
        if codelist is not None and codelist.strict:
            return {"type": "string", "enum": list(codelist.codes())}
        for validator in _validators(field):
            if isinstance(validator, _OneOfValidator):
                return {"type": "string", "enum": list(validator.options)}
            pattern = _text_pattern(validator)
            if pattern is not None:
                return {"type": "string", "pattern": pattern}
        return {"type": "string"}

    def _leaf_schemas(self, field: attrs.Attribute[Any], owner: type[Any]) -> dict[object, Any]:
        """
        The schemas of the other leaves of *field* that its validators (or its class's
        ``__attrs_post_init__``) narrow: bounded whole numbers, dates within the act's years.
        """
        leaves: dict[object, Any] = {}
        if field.name in _YEAR_FIELDS.get(owner, ()):
            leaves[int] = {"type": "integer", **_year_bounds()}
        for validator in _validators(field):
            minimum = _MINIMUMS.get(validator)
            if minimum is not None:
                leaves[int] = {"type": "integer", "minimum": minimum}
            elif validator is plausible_year:
                leaves[int] = {"type": "integer", **_year_bounds()}
            elif isinstance(validator, _PlausibleDateValidator):
                self.shared.add("Date")
                leaves[dt.date] = {"$ref": "#/$defs/Date"}
        return leaves

    def _description(self, field: attrs.Attribute[Any]) -> str:
        parts = []
        basis = field.metadata.get(BASIS)
        if basis:
            parts.append(_T["basis"].format(self.lang, {"basis": basis}))
        codelist = _codelist(field)
        if codelist is not None:
            label = codelist.label(self.lang)
            if codelist.strict:
                parts.append(_T["strict"].format(self.lang, {"label": label}))
            else:
                codes = ", ".join(codelist.codes())
                parts.append(_T["open"].format(self.lang, {"label": label, "codes": codes}))
        return " ".join(parts)

    def type_schema(self, type_: Any, leaves: Mapping[object, dict[str, Any]]) -> dict[str, Any]:
        scalar = leaves.get(type_, _SCALARS.get(type_))
        if scalar is not None:
            return copy.deepcopy(dict(scalar))
        origin = typing.get_origin(type_)
        args = typing.get_args(type_)
        if origin in (typing.Union, types.UnionType):
            options = [self.type_schema(arg, leaves) for arg in args if arg is not type(None)]
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if origin is tuple and args[1:] == (Ellipsis,):
            return {"type": "array", "items": self.type_schema(args[0], leaves)}
        if type_ in _SHARED:
            self.shared.add(_SHARED[type_])
            return {"$ref": f"#/$defs/{_SHARED[type_]}"}
        if isinstance(type_, type) and attrs.has(type_):
            return self.ref(type_)
        msg = f"no JSON Schema for the type {type_!r}"
        raise TypeError(msg)

    def shared_defs(self) -> dict[str, dict[str, Any]]:
        lang = self.lang
        shared: dict[str, dict[str, Any]] = {}
        if "Money" in self.shared:
            shared["Money"] = {
                "title": _T["money"](lang),
                "description": _T["money_doc"](lang),
                "anyOf": [
                    {"type": "string", "pattern": MONEY_PATTERN},
                    {"type": "integer", "minimum": 0, "maximum": _MONEY_MAX},
                ],
            }
        if "Date" in self.shared:
            # Every date of the model is in its years (an invariant), so one definition serves.
            bounds = _year_bounds()
            shared["Date"] = {
                "title": _T["date"](lang),
                "description": _T["plausible_date_doc"].format(lang, bounds),
                "type": "string",
                "format": "date",
                "pattern": plausible_date_pattern(bounds["minimum"], bounds["maximum"]),
            }
        return shared


def _default(field: attrs.Attribute[Any]) -> object:
    default = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory: Any = default
        return factory.factory()
    return default


def _codelist(field: attrs.Attribute[Any]) -> Codelist | None:
    name = field.metadata.get(CODELIST)
    return None if name is None else load_codelist(name)


@functools.cache
def _document_schema(kind: str, lang: Lang) -> str:
    cls = _check_kind(kind)
    builder = _Builder(lang)
    body = builder.object_schema(cls)
    titled = {
        "kind": {"title": _T["kind"](lang), "const": kind},
        "schema_version": {
            "title": _T["schema_version"](lang),
            "enum": list(SUPPORTED_SCHEMA_VERSIONS),
        },
    }
    defs = {**builder.shared_defs(), **builder.defs}
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": schema_id(kind, lang),
        "title": _KIND_TITLES[kind](lang),
        "description": _T["document"].format(lang, {"version": SCHEMA_VERSION}),
        "type": "object",
        "properties": {**titled, **body["properties"]},
        "required": ["kind", "schema_version", *body.get("required", [])],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }
    return _canonical(schema)


def document_schema(kind: str, lang: Lang = "pl") -> dict[str, Any]:
    """
    The JSON Schema of the document *kind* (a key of
    :data:`~wspolpraca.serialization.DOCUMENT_KINDS`) with titles in *lang*.

    Returns a new dictionary each time; callers may change it.

    Raises:
        DocumentError: *kind* is not a document kind (``code="unknown_kind"``).

    .. versionadded:: 0.1
    """
    result: dict[str, Any] = json.loads(_document_schema(kind, lang))
    return result


def schema_text(kind: str, lang: Lang = "pl") -> str:
    """
    The schema of *kind* in *lang* as canonical JSON text (the text of the shipped file):
    sorted keys, two-space indentation, UTF-8 without escapes, a final newline.

    Raises:
        DocumentError: *kind* is not a document kind.

    .. versionadded:: 0.1
    """
    return _document_schema(kind, lang)


def _canonical(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


_ANNOTATIONS: Final = frozenset({"title", "description", "$id"})
_SCHEMA_MAPS: Final = frozenset({"properties", "$defs"})
_SCHEMA_LISTS: Final = frozenset({"anyOf", "oneOf", "allOf", "prefixItems"})


def _structure_only(schema: Any) -> Any:
    """*schema* without its annotations (titles, descriptions, ``$id``), which vary by language."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key in _SCHEMA_MAPS:
            out[key] = {name: _structure_only(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS:
            out[key] = [_structure_only(sub) for sub in value]
        elif key == "items":
            out[key] = _structure_only(value)
        else:
            out[key] = value
    return out


def fingerprint() -> str:
    """
    The SHA-256 of the language-neutral schemas of every document kind, in hex.

    Titles, descriptions and ``$id`` are left out, so a better translation does not change it;
    any change of what a document may contain does. The test suite compares it with the value
    recorded for :data:`~wspolpraca.serialization.SCHEMA_VERSION`.

    .. versionadded:: 0.1
    """
    neutral = {kind: _structure_only(document_schema(kind, "en")) for kind in DOCUMENT_KINDS}
    return hashlib.sha256(_canonical(neutral).encode("utf-8")).hexdigest()


def _file_name(kind: str, lang: Lang) -> str:
    return f"{kind}.{lang}.json"


def shipped_schema(kind: str, lang: Lang = "pl") -> str:
    """
    The text of the schema file of *kind* in *lang* shipped in the package.

    Raises:
        DocumentError: *kind* is not a document kind.

    .. versionadded:: 0.1
    """
    _check_kind(kind)
    resource = importlib.resources.files("wspolpraca") / "schemas" / _file_name(kind, lang)
    return resource.read_text("utf-8")


def write_schemas(directory: str | pathlib.Path | None = None) -> list[pathlib.Path]:
    """
    Write the schema of every kind in both languages into *directory*.

    *directory* ``None`` means the package's own ``schemas`` folder (in a source checkout,
    ``src/wspolpraca/schemas``). Returns the files written.

    .. versionadded:: 0.1
    """
    target = (
        pathlib.Path(__file__).parent / "schemas" if directory is None else pathlib.Path(directory)
    )
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in DOCUMENT_KINDS:
        for lang in LANGS:
            path = target / _file_name(kind, lang)
            path.write_text(schema_text(kind, lang), "utf-8")
            written.append(path)
    return written


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wspolpraca.schema",
        description="Print or regenerate the JSON Schemas of wspolpraca documents.",
    )
    parser.add_argument("--write", action="store_true", help="rewrite the shipped schema files")
    parser.add_argument(
        "--fingerprint", action="store_true", help="print the fingerprint of the schemas"
    )
    args = parser.parse_args(argv)
    if args.write:
        for path in write_schemas():
            sys.stdout.write(f"wrote {path}\n")
    if args.write or args.fingerprint:
        sys.stdout.write(f"schema {SCHEMA_VERSION} fingerprint {fingerprint()}\n")
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main())
