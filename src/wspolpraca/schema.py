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
- money is text matching ``^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$`` or a non-negative integer
  of at most 15 digits; dates are text with ``format: date`` and ``^\\d{4}-\\d{2}-\\d{2}$``;
- codes of a *strict* codelist (closed in law, confirmed) are an ``enum``; codes of an open
  or unconfirmed list are plain text whose description lists the known codes;
- titles come from each field's metadata and descriptions cite its legal basis, in Polish
  or English (*lang*); ``$id`` names the schema version.

What the schema cannot express (the classes or the rules check it, the schema does not), so a
document that validates against the schema may still be refused by :func:`wspolpraca.loads`:

- checksums and formats of identifiers (NIP, REGON, KRS), and the TERYT code's voivodeship
  part and its length for the unit's level;
- cross-field invariants: a period that ends before it starts, a resolution adopted after the
  programme's period, a TERYT code that does not fit the level, a term ending before it starts;
- value ranges checked in code: years outside 2003-2100, negative or zero counts, dates of a
  consultation round outside 2003-2100, a consultation with no drafts, blank items of lists
  of text;
- text that is blank by Python's definition but not by the pattern (the pattern rejects only the
  white space of ``str.isspace()``, which it lists character by character);
- JSON numbers with a zero fraction (``1.0``): the schema's ``integer`` accepts them, the
  loader refuses them; duplicate keys in one object, which JSON Schema never sees;
- everything a municipality can get wrong, which the rules of :mod:`wspolpraca.rules` report
  (deadlines, amounts, composition, codes of open lists, spheres on a date, and so on).

>>> from wspolpraca.schema import document_schema
>>> schema = document_schema("annual_programme", lang="en")
>>> schema["properties"]["kind"]["const"], schema["properties"]["schema_version"]["enum"]
('annual_programme', ['1.0'])
>>> schema["$id"]
'https://wspolpraca.readthedocs.io/schema/1.0/annual_programme.en.json'

Regenerate the shipped files after changing a model class with
``python -m wspolpraca.schema --write``.

.. versionadded:: 0.1
"""

from __future__ import annotations

import argparse
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

from ._model._fields import BASIS, CODELIST, title
from ._text import LANGS, Lang, Text
from .codelists import Codelist, load_codelist
from .errors import DocumentError
from .serialization import (
    DOCUMENT_KINDS,
    SCHEMA_VERSION,
    SUPPORTED_SCHEMA_VERSIONS,
    unstructure,
)
from .validators import _NotBlankValidator

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

MONEY_PATTERN: Final = r"^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$"
DATE_PATTERN: Final = r"^\d{4}-\d{2}-\d{2}$"
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
    "date_doc": Text(pl="Data ISO 8601: RRRR-MM-DD.", en="An ISO 8601 date: YYYY-MM-DD."),
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
            properties[field.name] = self.field_schema(field)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            schema["required"] = required
        return schema

    def field_schema(self, field: attrs.Attribute[Any]) -> dict[str, Any]:
        text = self._text_schema(field)
        schema = self.type_schema(field.type, text)
        schema["title"] = title(field)(self.lang)
        description = self._description(field)
        if description:
            schema["description"] = description
        default = _default(field)
        if default is not attrs.NOTHING:
            schema["default"] = unstructure(default)
        return schema

    def _text_schema(self, field: attrs.Attribute[Any]) -> dict[str, Any]:
        """The schema of the text leaves of *field*: a code list's enum, or non-blank text."""
        codelist = _codelist(field)
        if codelist is not None and codelist.strict:
            return {"type": "string", "enum": list(codelist.codes())}
        if isinstance(field.validator, _NotBlankValidator):
            return {"type": "string", "pattern": NOT_BLANK_PATTERN}
        return {"type": "string"}

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

    def type_schema(self, type_: Any, text: dict[str, Any]) -> dict[str, Any]:
        scalar = text if type_ is str else _SCALARS.get(type_)
        if scalar is not None:
            return dict(scalar)
        origin = typing.get_origin(type_)
        args = typing.get_args(type_)
        if origin in (typing.Union, types.UnionType):
            options = [self.type_schema(arg, text) for arg in args if arg is not type(None)]
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if origin is tuple and args[1:] == (Ellipsis,):
            return {"type": "array", "items": self.type_schema(args[0], text)}
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
            shared["Date"] = {
                "title": _T["date"](lang),
                "description": _T["date_doc"](lang),
                "type": "string",
                "format": "date",
                "pattern": DATE_PATTERN,
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
