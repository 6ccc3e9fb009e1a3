"""
Statutory codelists as data: spheres, forms, principles, modes, programme elements, seats.
Statutory codelists as data: spheres, forms, principles, modes, programme elements,
and the forms of consultation and answers to remarks of local consultation rounds.

Each codelist is a TOML file shipped in this package, the single source of truth
for its codes, Polish and English labels, legal basis, in-force dates and confidence.
The lists are read on first use, not at import, from ``_shipped.json``: the same data
compiled from the TOML files (JSON is read many times faster than TOML), regenerated with
``python -m wspolpraca.codelists --write`` and kept equal to them by a test. A list whose
TOML file changed since (its checksum differs) is read from the TOML file.

>>> import datetime as dt
>>> from wspolpraca import codelists
>>> codelists.PRINCIPLES.get("subsidiarity").label_pl
'pomocniczości'
>>> codelists.SPHERES.get("32", on=dt.date(2019, 1, 1)).label_pl
'przeciwdziałania uzależnieniom i patologiom społecznym'
>>> codelists.MODES.validate("entrustment")
'entrustment'

A *closed* list is exhaustive in law; a *strict* list is one the model refuses unknown
codes of when loading. The spheres of art. 4 ust. 1 are closed but not strict, because
their numbering is not confirmed: an unknown sphere is reported by a rule instead.
A municipality adds its own entries to an open list with :meth:`Codelist.extend`.

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from .._text import Lang
from ..errors import InvalidFormatError, InvalidValueError, UnknownCodeError
from ..law import Citation, Confidence

__all__ = [
    "ANNOUNCEMENT_ITEMS",
    "ANSWER_STATES",
    "CANCELLATION_REASONS",
    "COMMITTEE_ROLES",
    "CONSULTATION_FORMS",
    "CONTRIBUTION_KINDS",
    "COST_GROUPS",
    "COUNCIL_TASKS",
    "FORMS",
    "FUNDING_SOURCES",
    "GRANT_PARAGRAPHS",
    "INFORMATION_FREQUENCIES",
    "IN_KIND_SUPPORT",
    "LOCAL_INITIATIVE_AREAS",
    "MODES",
    "PRINCIPLES",
    "PROGRAMME_ELEMENTS",
    "PUBLICATION_CHANNELS",
    "SEAT_CATEGORIES",
    "SPHERES",
    "TASK_FORMS",
    "TEAM_SIDES",
    "UNIT_LEVELS",
    "Codelist",
    "CodelistEntry",
    "load_codelist",
    "shipped_codelists",
]

# Lazily loaded on first access through __getattr__ (declared here for type checkers).
ANNOUNCEMENT_ITEMS: Codelist
CANCELLATION_REASONS: Codelist
COMMITTEE_ROLES: Codelist
CONTRIBUTION_KINDS: Codelist
COST_GROUPS: Codelist
ANSWER_STATES: Codelist
CONSULTATION_FORMS: Codelist
GRANT_PARAGRAPHS: Codelist

FUNDING_SOURCES: Codelist
COUNCIL_TASKS: Codelist
FORMS: Codelist
INFORMATION_FREQUENCIES: Codelist
IN_KIND_SUPPORT: Codelist
LOCAL_INITIATIVE_AREAS: Codelist
MODES: Codelist
PRINCIPLES: Codelist
PROGRAMME_ELEMENTS: Codelist
PUBLICATION_CHANNELS: Codelist
SEAT_CATEGORIES: Codelist
SPHERES: Codelist
TASK_FORMS: Codelist
TEAM_SIDES: Codelist
UNIT_LEVELS: Codelist

_LIST_ALL = 12
"""Lists up to this long are spelled out in full in an unknown-code error."""

_SHIPPED = {
    "ANNOUNCEMENT_ITEMS": "announcement_items",
    "CANCELLATION_REASONS": "cancellation_reasons",
    "COMMITTEE_ROLES": "committee_roles",
    "CONTRIBUTION_KINDS": "contribution_kinds",
    "COST_GROUPS": "cost_groups",
    "ANSWER_STATES": "answer_states",
    "CONSULTATION_FORMS": "consultation_forms",
    "COUNCIL_TASKS": "council_tasks",
    "FORMS": "forms",
    "GRANT_PARAGRAPHS": "grant_paragraphs",
    "FUNDING_SOURCES": "funding_sources",
    "INFORMATION_FREQUENCIES": "information_frequencies",
    "IN_KIND_SUPPORT": "in_kind_support",
    "LOCAL_INITIATIVE_AREAS": "local_initiative_areas",
    "MODES": "modes",
    "PRINCIPLES": "principles",
    "PROGRAMME_ELEMENTS": "programme_elements",
    "PUBLICATION_CHANNELS": "publication_channels",
    "SEAT_CATEGORIES": "seat_categories",
    "SPHERES": "spheres",
    "TASK_FORMS": "task_forms",
    "TEAM_SIDES": "team_sides",
    "UNIT_LEVELS": "unit_levels",
}


def __getattr__(name: str) -> Codelist:
    try:
        return load_codelist(_SHIPPED[name])
    except KeyError:
        raise AttributeError(name) from None


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(kw_only=True)
class CodelistEntry:
    """
    One code of a codelist.

    Args:
        code: The stable code, such as ``"32a"`` or ``"subsidiarity"``.
        label_pl: The Polish label, as the law words it.
        label_en: An English gloss.
        basis: The provision that defines the entry; ``None`` for a local addition.
        valid_from: First day in force; ``None`` when in force since the act began.
        valid_to: Last day in force (inclusive); ``None`` while still in force.
        confidence: How well the entry (its number, wording and dates) is sourced.
        note: Why the entry is not confirmed, or other provenance, in English.
        category: A grouping some lists use (``"financial"`` for forms of cooperation).

    .. versionadded:: 0.1
    """

    code: str
    label_pl: str
    label_en: str
    basis: Citation | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    confidence: Confidence = Confidence.CONFIRMED
    note: str = ""
    category: str | None = None

    def label(self, lang: Lang = "pl") -> str:
        """The label in *lang*."""
        return self.label_en if lang == "en" else self.label_pl

    def in_force(self, on: dt.date) -> bool:
        """Whether the entry is in force on *on*."""
        if self.valid_from is not None and on < self.valid_from:
            return False
        return self.valid_to is None or on <= self.valid_to


@attrs.frozen(kw_only=True)
class Codelist:
    """
    A list of codes with their labels, legal basis and dates.

    Args:
        name: The list's name, such as ``"spheres"``.
        label_pl: The list's Polish name.
        label_en: The list's English name.
        basis: The provision that defines the list.
        closed: The statutory list is exhaustive.
        strict: Unknown codes are refused when a document is loaded (only for closed lists
            whose codes are confirmed); otherwise a rule reports them.
        entries: The entries, in statutory order.
        description_pl: What the list is, in Polish.
        description_en: What the list is, in English.

    .. versionadded:: 0.1
    """

    name: str
    label_pl: str
    label_en: str
    basis: Citation | None = None
    closed: bool
    strict: bool
    entries: tuple[CodelistEntry, ...]
    description_pl: str = ""
    description_en: str = ""
    _by_code: Mapping[str, tuple[CodelistEntry, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        by_code: dict[str, list[CodelistEntry]] = {}
        for entry in self.entries:
            by_code.setdefault(entry.code, []).append(entry)
        object.__setattr__(
            self, "_by_code", {code: tuple(items) for code, items in by_code.items()}
        )

    def __contains__(self, code: object) -> bool:
        """Whether *code* is in the list at any date."""
        return code in self._by_code

    def __iter__(self) -> Any:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def label(self, lang: Lang = "pl") -> str:
        """The list's name in *lang*."""
        return self.label_en if lang == "en" else self.label_pl

    def get(self, code: str, on: dt.date | None = None) -> CodelistEntry | None:
        """
        The entry for *code* in force on *on*.

        *on* ``None`` means the latest version of the code, in force or not.
        Returns ``None`` when there is no such entry.
        """
        versions = self._by_code.get(code, ())
        if on is None:
            return versions[-1] if versions else None
        for entry in versions:
            if entry.in_force(on):
                return entry
        return None

    def codes(self, on: dt.date | None = None) -> tuple[str, ...]:
        """The codes in force on *on* (all codes when *on* is ``None``), in list order."""
        seen: dict[str, None] = {}
        for entry in self.entries:
            if on is None or entry.in_force(on):
                seen.setdefault(entry.code)
        return tuple(seen)

    def nearest(self, code: str, n: int = 3) -> list[str]:
        """Up to *n* known codes that look like *code*, best first."""
        import difflib  # noqa: PLC0415 - only to suggest a code: loading never pays for it

        return difflib.get_close_matches(code, list(self._by_code), n=n, cutoff=0.5)

    def validate(self, code: str) -> str:
        """
        Return *code* if the list has it, at any date.

        Raises:
            UnknownCodeError: *code* is not in the list; ``params`` hold the list's
                name and the nearest codes.
        """
        if code in self._by_code:
            return code
        nearest = self.nearest(code)
        allowed = self.codes() if len(self._by_code) <= _LIST_ALL else (*nearest, "…")
        raise UnknownCodeError(
            value=code,
            params={"codelist": self.name, "allowed": allowed, "nearest": tuple(nearest)},
        )

    def extend(self, entries: Iterable[CodelistEntry]) -> Codelist:
        """
        Return a copy of an open list with local *entries* appended.

        Raises:
            InvalidValueError: the list is closed (the statute's list is exhaustive),
                or an entry reuses a statutory code.
        """
        added = tuple(entries)
        if self.closed:
            raise InvalidValueError(
                params={"detail": f"the codelist {self.name!r} is closed and cannot be extended"},
                value=self.name,
            )
        clashes = [entry.code for entry in added if entry.code in self._by_code]
        if clashes:
            raise InvalidValueError(
                params={"detail": f"codes already in {self.name!r}: {', '.join(clashes)}"},
                value=tuple(clashes),
            )
        return attrs.evolve(self, entries=self.entries + added)

    @classmethod
    def from_toml(cls, text: str) -> Codelist:
        """
        Read a codelist from TOML text in the shipped format.

        Raises:
            InvalidFormatError: the text is not TOML or misses a required key.
        """
        import tomllib  # noqa: PLC0415 - the shipped lists are read from JSON

        try:
            data = tomllib.loads(text)
            return _from_mapping(data)
        except (tomllib.TOMLDecodeError, KeyError, TypeError, InvalidFormatError) as exc:
            raise InvalidFormatError(
                "invalid_value", params={"detail": f"not a codelist: {exc}"}
            ) from exc


def _same(value: Any) -> Any:
    return value


def _iso_date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _from_mapping(
    data: Mapping[str, Any], date: Callable[[Any], dt.date | None] = _same
) -> Codelist:
    """The codelist of TOML's data; *date* reads an entry's dates (JSON's are text)."""
    head = data["codelist"]
    entries = tuple(
        CodelistEntry(
            code=str(raw["code"]),
            label_pl=raw["label_pl"],
            label_en=raw["label_en"],
            basis=_citation(raw.get("basis"), raw.get("confidence", "confirmed")),
            valid_from=date(raw.get("valid_from")),
            valid_to=date(raw.get("valid_to")),
            confidence=Confidence(raw.get("confidence", "confirmed")),
            note=raw.get("note", ""),
            category=raw.get("category"),
        )
        for raw in data.get("entry", ())
    )
    return Codelist(
        name=head["name"],
        label_pl=head["label_pl"],
        label_en=head["label_en"],
        basis=_citation(head.get("basis"), "confirmed"),
        closed=head["closed"],
        strict=head["strict"],
        entries=entries,
        description_pl=head.get("description_pl", ""),
        description_en=head.get("description_en", ""),
    )


def _citation(text: str | None, confidence: str) -> Citation | None:
    return None if text is None else Citation.parse(text, Confidence(confidence))


def shipped_codelists() -> tuple[str, ...]:
    """The names of the codelists shipped with wspolpraca."""
    return tuple(sorted(_SHIPPED.values()))


@functools.cache
def load_codelist(name: str) -> Codelist:
    """
    Load a shipped codelist by *name* (cached).

    Raises:
        InvalidValueError: there is no shipped list of that name.
    """
    if name not in _SHIPPED.values():
        raise InvalidValueError(
            params={"detail": f"no codelist named {name!r}"},
            value=name,
        )
    source = _shipped_text(f"{name}.toml")
    compiled = _compiled().get(name)
    if compiled is not None and compiled.get(_CHECKSUM) == _checksum(source):
        return _from_mapping(compiled, _iso_date)
    # The TOML file changed since it was compiled: it is the source, so it is read.
    return Codelist.from_toml(source)


_COMPILED = "_shipped.json"
"""Every shipped list, as TOML's data in JSON (dates as ISO text), by name."""

_CHECKSUM = "toml_crc32"
"""The key of a compiled list's checksum of the TOML text it was compiled from."""


def _checksum(text: str) -> int:
    import zlib  # noqa: PLC0415 - only once a list is loaded

    return zlib.crc32(text.encode("utf-8"))


@functools.cache
def _compiled() -> Mapping[str, Mapping[str, Any]]:
    data: Mapping[str, Mapping[str, Any]] = json.loads(_shipped_text(_COMPILED))
    return data


def _shipped_text(file: str) -> str:
    """The text of a file shipped beside this module; read from the file system when it is
    there (``importlib.resources`` alone costs more to import than the lists to read)."""
    # os.path, not pathlib: a valid document's load imports no pathlib (it costs ~5 ms).
    path = os.path.join(os.path.dirname(__file__), file)  # noqa: PTH118, PTH120
    try:
        with open(path, encoding="utf-8") as handle:  # noqa: PTH123
            return handle.read()
    except OSError:  # pragma: no cover - installed in a zip file
        import importlib.resources  # noqa: PLC0415

        return importlib.resources.files(__name__).joinpath(file).read_text("utf-8")


def _compiled_text() -> str:
    """The text ``_shipped.json`` must hold: every shipped TOML list's data, by name."""
    import tomllib  # noqa: PLC0415 - only to regenerate the compiled file

    data = {}
    for name in _SHIPPED.values():
        source = _shipped_text(f"{name}.toml")
        data[name] = {**tomllib.loads(source), _CHECKSUM: _checksum(source)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, default=_iso) + "\n"


def _iso(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(value)  # pragma: no cover - TOML gives text, booleans and dates


def _write_compiled() -> str:
    """Rewrite ``_shipped.json`` from the TOML files; return its path."""
    path = os.path.join(os.path.dirname(__file__), _COMPILED)  # noqa: PTH118, PTH120
    with open(path, "w", encoding="utf-8", newline="\n") as handle:  # noqa: PTH123
        handle.write(_compiled_text())
    return path
