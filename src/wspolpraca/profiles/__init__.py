"""
Municipal profiles: what local acts add to the statute, as data a municipality supplies.

A :class:`Profile` names the local acts of one unit of local government (its consultation
resolution, its council's resolution, its local-initiative resolution …) and what each sets:

- values of rule parameters (a 21-day minimum consultation window, an earlier report date),
  each citing its act and dated;
- entries added to open codelists (a local form of cooperation such as civic centres);
- local names of canonical states (``"uwzględniona"`` for ``accepted``);
- rules switched off or made stricter.

A profile can only tighten or add to the statute, never relax it: a value laxer than the
statute's, switching off an error-severity rule, or lowering a rule's severity is refused
with :class:`~wspolpraca.errors.InvalidValueError` (``code="relaxes_statute"``) naming the
statutory rule. Profiles load from TOML by the wire rules of documents (their own small
reader, not the JSON converter): every problem is located and unknown keys are refused.

>>> from wspolpraca.profiles import load_profile
>>> krakow = load_profile("krakow")
>>> krakow.unit.teryt
'1261011'

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import os
import tomllib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

import attrs

from .._model._common import Unit
from .._model._fields import meta
from .._text import Text
from ..codelists import Codelist, CodelistEntry, load_codelist
from ..errors import (
    DocumentError,
    InconsistentError,
    InvalidValueError,
    UnknownCodeError,
    ValidationError,
    ValidationErrors,
)
from ..law import Confidence
from ..rules._engine import DatedValue, Parameter, Rule, Severity
from ..validators import not_blank, one_of
from ._reader import read as _read

__all__ = [
    "CodelistAddition",
    "LocalAct",
    "LocalState",
    "ParameterSetting",
    "Profile",
    "SeverityOverride",
    "describe_parameter",
    "describe_value",
    "load_profile",
    "profile_from_toml",
    "shipped_profiles",
]


def __dir__() -> list[str]:
    return __all__


_SHIPPED = ("krakow", "rural")


@attrs.frozen(kw_only=True)
class LocalAct:
    """
    A local act of law: a council resolution (*uchwała*) or an executive order (*zarządzenie*).

    Args:
        id: The act's number, used to cite it, such as ``"CXI/2904/18"``.
        kind: ``"uchwała"`` or ``"zarządzenie"``.
        body: The body that adopted it, such as ``"Rada Miasta Krakowa"``.
        adopted_on: Its date.
        title: Its subject (*w sprawie …*).
        valid_from: First day in force; ``None``: from *adopted_on*.
        valid_to: Last day in force; ``None``: still in force.
        confidence: How well the act and what it sets are sourced.
        note: Sources and doubts, in English.

    .. versionadded:: 0.1
    """

    id: str = attrs.field(validator=not_blank(), metadata=meta("Numer", "Number"))
    kind: str = attrs.field(
        validator=one_of("uchwała", "zarządzenie"), metadata=meta("Rodzaj", "Kind")
    )
    body: str = attrs.field(validator=not_blank(), metadata=meta("Organ", "Body"))
    adopted_on: dt.date = attrs.field(metadata=meta("Data podjęcia", "Adopted on"))
    title: str = attrs.field(default="", metadata=meta("Tytuł", "Title"))
    valid_from: dt.date | None = attrs.field(default=None, metadata=meta("Od", "From"))
    valid_to: dt.date | None = attrs.field(default=None, metadata=meta("Do", "To"))
    confidence: Confidence = attrs.field(
        default=Confidence.CONFIRMED, metadata=meta("Pewność", "Confidence")
    )
    note: str = attrs.field(default="", metadata=meta("Uwagi", "Note"))

    @property
    def citation(self) -> str:
        """How findings cite the act, such as ``"uchwała CXI/2904/18"``."""
        return f"{self.kind} {self.id}"


@attrs.frozen(kw_only=True)
class ParameterSetting:
    """
    A local value of a rule parameter, set by one of the profile's acts.

    Args:
        parameter: The parameter's name, such as ``"report.deadline"``
            (``wspolpraca rules --format json`` lists them).
        value: The value, in TOML: an integer for days, counts and per cent, text such as
            ``"1234.50"`` for an amount, ``"MM-DD"`` for a day of the year, a boolean for a flag.
        act: The :attr:`LocalAct.id` that sets it.
        valid_from: First day in force; ``None``: when the act is.
        valid_to: Last day in force; ``None``: when the act is.
        note: Where in the act (``"§ 4 ust. 2"``) and any doubts.

    .. versionadded:: 0.1
    """

    parameter: str = attrs.field(validator=not_blank(), metadata=meta("Parametr", "Parameter"))
    value: Any = attrs.field(metadata=meta("Wartość", "Value"))
    act: str = attrs.field(validator=not_blank(), metadata=meta("Akt", "Act"))
    valid_from: dt.date | None = attrs.field(default=None, metadata=meta("Od", "From"))
    valid_to: dt.date | None = attrs.field(default=None, metadata=meta("Do", "To"))
    note: str = attrs.field(default="", metadata=meta("Uwagi", "Note"))


@attrs.frozen(kw_only=True)
class CodelistAddition:
    """
    A local entry added to an open codelist (such as a local form of cooperation).

    Args:
        codelist: The list's name, such as ``"forms"``.
        code: The new code.
        label_pl: Its Polish label.
        label_en: Its English label.
        act: The :attr:`LocalAct.id` that introduces it; ``None`` for local practice.

    .. versionadded:: 0.1
    """

    codelist: str = attrs.field(validator=not_blank(), metadata=meta("Lista", "Codelist"))
    code: str = attrs.field(validator=not_blank(), metadata=meta("Kod", "Code"))
    label_pl: str = attrs.field(validator=not_blank(), metadata=meta("Etykieta", "Polish label"))
    label_en: str = attrs.field(validator=not_blank(), metadata=meta("Etykieta (en)", "Label"))
    act: str | None = attrs.field(default=None, metadata=meta("Akt", "Act"))


@attrs.frozen(kw_only=True)
class LocalState:
    """
    A local name of a canonical state (such as ``"uwzględniona"`` for ``accepted``).

    Args:
        codelist: The list of canonical states, such as ``"answer_states"``.
        local: The municipality's name for the state.
        canonical: The canonical code it means.

    .. versionadded:: 0.1
    """

    codelist: str = attrs.field(validator=not_blank(), metadata=meta("Lista", "Codelist"))
    local: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa lokalna", "Local name"))
    canonical: str = attrs.field(validator=not_blank(), metadata=meta("Kod", "Canonical code"))


@attrs.frozen(kw_only=True)
class SeverityOverride:
    """
    A stricter severity for a rule (a profile can raise severities, never lower them).

    Args:
        rule: The rule's code.
        severity: ``"error"``, ``"warning"`` or ``"info"``.

    .. versionadded:: 0.1
    """

    rule: str = attrs.field(validator=not_blank(), metadata=meta("Reguła", "Rule"))
    severity: Severity = attrs.field(metadata=meta("Waga", "Severity"))


@attrs.frozen(kw_only=True)
class Profile:
    """
    A municipality's local law as it bears on the rules: see the module docstring.

    Args:
        name: A short identifier, such as ``"krakow"``.
        version: The profile's own version, such as ``"2026.1"``.
        label_pl: A Polish name, such as ``"Gmina Miejska Kraków"``.
        label_en: An English name.
        unit: The unit of local government; ``None`` for a template profile.
        acts: The local acts the profile relies on.
        parameters: Local parameter values.
        codelist_entries: Additions to open codelists.
        local_states: Local names of canonical states.
        ignore: Codes (or prefixes) of rules switched off; only rules that are not errors.
        severities: Stricter severities for rules.
        notes: Sources and editorial notes.

    Raises:
        UnknownCodeError: a parameter, rule or codelist is unknown (``params`` name the nearest).
        InconsistentError: a setting cites an act the profile does not list.
        InvalidValueError: a value does not fit its parameter, or relaxes the statute
            (``code="relaxes_statute"``).

    .. versionadded:: 0.1
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa", "Name"))
    version: str = attrs.field(validator=not_blank(), metadata=meta("Wersja", "Version"))
    label_pl: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa polska", "Polish name"))
    label_en: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa angielska", "Name"))
    unit: Unit | None = attrs.field(default=None, metadata=meta("Jednostka", "Unit"))
    acts: tuple[LocalAct, ...] = attrs.field(default=(), metadata=meta("Akty", "Acts"))
    parameters: tuple[ParameterSetting, ...] = attrs.field(
        default=(), metadata=meta("Parametry", "Parameters")
    )
    codelist_entries: tuple[CodelistAddition, ...] = attrs.field(
        default=(), metadata=meta("Wpisy list kodów", "Codelist entries")
    )
    local_states: tuple[LocalState, ...] = attrs.field(
        default=(), metadata=meta("Nazwy lokalne stanów", "Local state names")
    )
    ignore: tuple[str, ...] = attrs.field(default=(), metadata=meta("Wyłączone", "Ignored"))
    severities: tuple[SeverityOverride, ...] = attrs.field(
        default=(), metadata=meta("Waga reguł", "Rule severities")
    )
    notes: tuple[str, ...] = attrs.field(default=(), metadata=meta("Uwagi", "Notes"))

    def __attrs_post_init__(self) -> None:
        errors = _validate(self)
        if errors:
            raise ValidationErrors("the profile cannot be used", errors)

    def act(self, act_id: str) -> LocalAct | None:
        """The act with *act_id*, or ``None``."""
        return next((act for act in self.acts if act.id == act_id), None)

    def overrides(self) -> dict[str, tuple[DatedValue[Any], ...]]:
        """The local values by parameter name, ready for the rules engine."""
        out: dict[str, list[DatedValue[Any]]] = {}
        parameters = _parameters()
        for setting in self.parameters:
            act = self.act(setting.act)
            assert act is not None  # checked on construction  # noqa: S101
            parameter = parameters[setting.parameter]
            out.setdefault(setting.parameter, []).append(
                DatedValue(
                    value=_convert(parameter, setting.value),
                    valid_from=setting.valid_from or act.valid_from or act.adopted_on,
                    valid_to=setting.valid_to or act.valid_to,
                    confidence=act.confidence,
                    note=setting.note,
                    act=act.citation,
                )
            )
        return {name: tuple(values) for name, values in out.items()}

    def codelists(self) -> dict[str, Codelist]:
        """Open codelists extended with the profile's entries."""
        by_list: dict[str, list[CodelistEntry]] = {}
        for item in self.codelist_entries:
            by_list.setdefault(item.codelist, []).append(
                CodelistEntry(
                    code=item.code,
                    label_pl=item.label_pl,
                    label_en=item.label_en,
                    note=f"local entry of the profile {self.name!r}"
                    + (f", {item.act}" if item.act else ""),
                )
            )
        return {name: load_codelist(name).extend(entries) for name, entries in by_list.items()}

    def severity_map(self) -> dict[str, Severity]:
        """Stricter severities by rule code."""
        return {item.rule: item.severity for item in self.severities}

    def state_map(self) -> dict[str, dict[str, str]]:
        """Local state names by list of canonical states, for the rules engine."""
        out: dict[str, dict[str, str]] = {}
        for item in self.local_states:
            out.setdefault(item.codelist, {})[item.local] = item.canonical
        return out

    def canonical_state(self, codelist: str, local: str) -> str | None:
        """The canonical code a local state name means, or ``None`` when the profile has none."""
        for item in self.local_states:
            if item.codelist == codelist and item.local == local:
                return item.canonical
        return None


def _parameters() -> dict[str, Parameter[Any]]:
    from ..rules import PARAMETERS  # noqa: PLC0415 - the catalogue imports the model

    return {parameter.name: parameter for parameter in PARAMETERS}


def _catalogue() -> dict[str, Rule]:
    from ..rules import CATALOGUE  # noqa: PLC0415

    return {rule.code: rule for rule in CATALOGUE}


def _rules_reading(parameter: str) -> tuple[str, ...]:
    return tuple(
        rule.code
        for rule in _catalogue().values()
        if any(p.name == parameter for p in rule.parameters)
    )


def _unknown(
    kind: str, value: str, known: list[str], path: tuple[str | int, ...]
) -> UnknownCodeError:
    import difflib  # noqa: PLC0415 - error path only

    nearest = difflib.get_close_matches(value, known, n=3, cutoff=0.4)
    return UnknownCodeError(
        path=path,
        value=value,
        params={
            "codelist": kind,
            "allowed": (*nearest, "…") if nearest else known[:5],
            "nearest": tuple(nearest),
        },
    )


def _flag(parameter: Parameter[Any], value: object) -> bool:
    if type(value) is not bool:
        raise TypeError("expected true or false")
    return value


def _amount(parameter: Parameter[Any], value: object) -> Decimal:
    message = 'expected an amount as text such as "10000.00"'
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise TypeError(message)
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(message) from None
    if not amount.is_finite() or amount < 0:
        raise ValueError("expected a non-negative amount")
    return amount


def _fraction(parameter: Parameter[Any], value: object) -> Any:
    message = 'expected a share as text such as "1/2" or "0.20"'
    kind = type(parameter.values[0].value) if parameter.values else Fraction
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise TypeError(message)
    try:
        share = kind(value)
    except (ValueError, ZeroDivisionError, InvalidOperation):
        raise ValueError(message) from None
    if not 0 <= share <= 1:
        raise ValueError("expected a share from 0 to 1")
    return share


def _month_day(parameter: Parameter[Any], value: object) -> tuple[int, int]:
    if not isinstance(value, str) or len(value) != 5 or value[2] != "-":
        raise ValueError('expected a day of the year as "MM-DD"')
    month, day = int(value[:2]), int(value[3:])
    dt.date(2024, month, day)  # raises ValueError for 02-30 (2024 is a leap year)
    return (month, day)


def _whole(parameter: Parameter[Any], value: object) -> int:
    if type(value) is not int or value < 0:
        raise TypeError("expected a non-negative integer")
    return value


def _convert(parameter: Parameter[Any], value: object) -> Any:
    """Turn a TOML value into the parameter's type, or raise ValueError or TypeError."""
    unit = parameter.unit
    if unit == "flag":
        return _flag(parameter, value)
    if unit == "amount":
        return _amount(parameter, value)
    if unit == "fraction":
        return _fraction(parameter, value)
    if unit == "month_day":
        return _month_day(parameter, value)
    return _whole(parameter, value)


def _stricter_or_equal(parameter: Parameter[Any], local: Any, statutory: Any) -> bool:
    direction = parameter.direction
    if statutory is None:  # no statutory bound in force (such as no duration limit)
        return direction != "fixed"
    if direction == "fixed":
        return bool(local == statutory)
    if direction == "minimum":
        return bool(local >= statutory)
    if direction in {"maximum", "deadline"}:
        return bool(local <= statutory)
    if direction == "required":
        return bool(local or not statutory)
    return True


def _overlaps(
    a_from: dt.date | None, a_to: dt.date | None, b_from: dt.date | None, b_to: dt.date | None
) -> bool:
    return (a_from or dt.date.min) <= (b_to or dt.date.max) and (b_from or dt.date.min) <= (
        a_to or dt.date.max
    )


def _relaxes(
    path: tuple[str | int, ...], value: object, rules: tuple[str, ...], what: Text
) -> InvalidValueError:
    return InvalidValueError(
        "relaxes_statute",
        path=path,
        value=value,
        params={"rules": rules or ("—",), "what": what},
    )


_SWITCH_OFF = Text(pl="wyłączenie reguły o wadze błędu", en="switching off an error-severity rule")
_LOWER = Text(pl="obniżenie wagi reguły", en="lowering a rule's severity")
_CLOSED = Text(
    pl="dopisanie kodu do zamkniętej listy ustawowej", en="adding a code to a closed statutory list"
)


def _validate(profile: Profile) -> list[ValidationError]:  # noqa: C901, PLR0912 - one pass, many checks
    errors: list[ValidationError] = []
    parameters = _parameters()
    catalogue = _catalogue()
    acts = {act.id for act in profile.acts}
    for index, setting in enumerate(profile.parameters):
        path: tuple[str | int, ...] = ("parameters", index)
        parameter = parameters.get(setting.parameter)
        if parameter is None:
            errors.append(
                _unknown("parameters", setting.parameter, sorted(parameters), (*path, "parameter"))
            )
            continue
        act = profile.act(setting.act)
        if act is None:
            errors.append(
                InconsistentError(
                    "unknown_act",
                    path=(*path, "act"),
                    value=setting.act,
                    params={"acts": tuple(sorted(acts)) or ("—",)},
                )
            )
            continue
        try:
            local = _convert(parameter, setting.value)
        except ValueError as exc:
            errors.append(
                InvalidValueError(
                    "invalid_value",
                    path=(*path, "value"),
                    value=setting.value,
                    params={"detail": f"{setting.parameter}: {exc}"},
                )
            )
            continue
        start = setting.valid_from or act.valid_from or act.adopted_on
        end = setting.valid_to or act.valid_to
        for statutory in parameter.values:
            if _overlaps(start, end, statutory.valid_from, statutory.valid_to) and not (
                _stricter_or_equal(parameter, local, statutory.value)
            ):
                errors.append(
                    _relaxes(
                        (*path, "value"),
                        setting.value,
                        _rules_reading(parameter.name),
                        Text(
                            pl=f"wartość {parameter.name} jest łagodniejsza niż ustawowa "
                            f"({describe_value(statutory.value)})",
                            en=f"the value of {parameter.name} is laxer than the statute's "
                            f"({describe_value(statutory.value)})",
                        ),
                    )
                )
                break
    for index, code in enumerate(profile.ignore):
        matched = [rule for c, rule in catalogue.items() if c.startswith(code)]
        if not matched:
            errors.append(_unknown("rules", code, sorted(catalogue), ("ignore", index)))
        errors.extend(
            _relaxes(("ignore", index), code, (rule.code,), _SWITCH_OFF)
            for rule in matched
            if rule.severity is Severity.ERROR
        )
    for index, item in enumerate(profile.severities):
        rule = catalogue.get(item.rule)
        if rule is None:
            errors.append(
                _unknown("rules", item.rule, sorted(catalogue), ("severities", index, "rule"))
            )
        elif item.severity.rank > rule.severity.rank:
            errors.append(
                _relaxes(
                    ("severities", index, "severity"), item.severity.value, (rule.code,), _LOWER
                )
            )
    for index, entry in enumerate(profile.codelist_entries):
        path = ("codelist_entries", index)
        try:
            codelist = load_codelist(entry.codelist)
        except InvalidValueError:
            errors.append(
                InvalidValueError(
                    "invalid_value",
                    path=(*path, "codelist"),
                    value=entry.codelist,
                    params={"detail": "no such codelist"},
                )
            )
            continue
        if codelist.closed:
            errors.append(_relaxes((*path, "codelist"), entry.codelist, (), _CLOSED))
        elif entry.code in codelist:
            errors.append(
                InvalidValueError(
                    "invalid_value",
                    path=(*path, "code"),
                    value=entry.code,
                    params={"detail": f"the code is already in {entry.codelist!r}"},
                )
            )
        if entry.act is not None and entry.act not in acts:
            errors.append(
                InconsistentError(
                    "unknown_act",
                    path=(*path, "act"),
                    value=entry.act,
                    params={"acts": tuple(sorted(acts)) or ("—",)},
                )
            )
    for index, state in enumerate(profile.local_states):
        try:
            load_codelist(state.codelist).validate(state.canonical)
        except ValidationError as exc:
            errors.append(exc.at(("local_states", index, "canonical")))
    return errors


def profile_from_toml(text: str) -> Profile:
    """
    Read a profile from TOML *text* (the layout of the shipped ``krakow.toml``).

    Raises:
        ValidationErrors: every problem of the profile, located.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationErrors(
            "the profile cannot be loaded",
            [DocumentError("json_syntax", params={"detail": str(exc), "line": "?", "column": "?"})],
        ) from None
    return _read(data, Profile)


def shipped_profiles() -> tuple[str, ...]:
    """The names of the profiles shipped with wspolpraca."""
    return _SHIPPED


def load_profile(name_or_path: str | os.PathLike[str]) -> Profile:
    """
    Load a shipped profile by name (``"krakow"``, ``"rural"``) or a profile from a TOML file.

    Raises:
        ValidationErrors: the file cannot be read or the profile is invalid, every problem located.
    """
    if isinstance(name_or_path, str) and name_or_path in _SHIPPED:
        resource = importlib.resources.files(__name__).joinpath(f"{name_or_path}.toml")
        return profile_from_toml(resource.read_text("utf-8"))
    try:
        with open(name_or_path, encoding="utf-8") as stream:  # noqa: PTH123 - any PathLike
            text = stream.read()
    except OSError as exc:
        raise ValidationErrors(
            "the profile cannot be loaded",
            [
                DocumentError(
                    "unreadable_file",
                    value=os.fspath(name_or_path),
                    params={"detail": exc.strerror or str(exc)},
                )
            ],
        ) from None
    return profile_from_toml(text)


def describe_parameter(parameter: Parameter[Any], lang: str = "pl") -> Mapping[str, object]:
    """A JSON-ready description of *parameter* and its statutory values (for ``rules``)."""
    title: Text = parameter.title
    return {
        "name": parameter.name,
        "title": title("en" if lang == "en" else "pl"),
        "unit": parameter.unit,
        "direction": parameter.direction,
        "values": [
            {
                "value": describe_value(value.value),
                "valid_from": value.valid_from.isoformat() if value.valid_from else None,
                "valid_to": value.valid_to.isoformat() if value.valid_to else None,
                "basis": value.basis.short("en" if lang == "en" else "pl") if value.basis else None,
                "act": value.act,
                "confidence": value.confidence.value,
            }
            for value in parameter.values
        ],
    }


def describe_value(value: object) -> object:
    """A parameter value as profiles write it: ``"05-31"``, ``"10000.00"``, ``21``."""
    if isinstance(value, tuple) and len(value) == 2:
        return f"{value[0]:02d}-{value[1]:02d}"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)  # a Fraction such as 1/2, or any other exact value
