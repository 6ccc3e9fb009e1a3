"""The rule engine: rules, dated parameters, findings, and running them."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, Literal, Protocol, TypeVar

import attrs

from .._text import Lang, Text
from ..codelists import Codelist, load_codelist
from ..errors import Path, format_path
from ..law import ACT, Citation, Confidence

T = TypeVar("T")

ParameterUnit = Literal[
    "days", "working_days", "count", "percent", "amount", "fraction", "month_day", "flag"
]
Direction = Literal["minimum", "maximum", "deadline", "required", "fixed", "any"]


class Severity(enum.Enum):
    """
    How serious a finding is.

    ``ERROR``: the document breaks a confirmed provision of the law.
    ``WARNING``: it probably breaks one, or breaks one whose source is not confirmed.
    ``INFO``: worth a look; not a breach.

    .. versionadded:: 0.1
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for information (for sorting)."""
        return _RANK[self]

    def label(self, lang: Lang = "pl") -> str:
        """The severity's name in *lang*."""
        return _SEVERITY_LABELS[self](lang)


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_SEVERITY_LABELS = {
    Severity.ERROR: Text(pl="błąd", en="error"),
    Severity.WARNING: Text(pl="ostrzeżenie", en="warning"),
    Severity.INFO: Text(pl="informacja", en="info"),
}
_CONFIDENCE_RANK = {Confidence.CONFIRMED: 0, Confidence.SECONDARY: 1, Confidence.UNCONFIRMED: 2}


def weakest(confidences: Iterable[Confidence]) -> Confidence:
    """The least certain of *confidences* (``CONFIRMED`` when there are none)."""
    return max(confidences, key=_CONFIDENCE_RANK.__getitem__, default=Confidence.CONFIRMED)


def _in_force(valid_from: dt.date | None, valid_to: dt.date | None, on: dt.date) -> bool:
    return (valid_from is None or valid_from <= on) and (valid_to is None or on <= valid_to)


@attrs.frozen(kw_only=True)
class DatedValue(Generic[T]):
    """
    One value of a :class:`Parameter` and the dates it is in force, both ends included.

    Args:
        value: The value, such as ``(11, 30)`` for 30 November.
        valid_from: First day in force; ``None``: since the act began.
        valid_to: Last day in force; ``None``: still in force.
        basis: The provision that sets the value.
        confidence: How well the value and its dates are sourced.
        note: Provenance or doubts, in English.
        act: The local act that sets the value (such as ``"uchwała CXI/2904/18"``);
            ``None`` for the statute.

    .. versionadded:: 0.1
    """

    value: T
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    basis: Citation | None = None
    confidence: Confidence = Confidence.CONFIRMED
    note: str = ""
    act: str | None = None

    def in_force(self, on: dt.date) -> bool:
        """Whether the value applies on *on*."""
        return _in_force(self.valid_from, self.valid_to, on)


@attrs.frozen(kw_only=True)
class Parameter(Generic[T]):
    """
    A legal limit or deadline that changes over time, such as the adoption deadline.

    Rules read parameters instead of hard-coding numbers, so a 2015 programme is checked
    with the values of 2015 and a municipal profile can tighten a value with a local act.

    Args:
        name: A stable name such as ``"programme.adoption_deadline"``.
        title: What the parameter is, in both languages.
        values: Its values over time; their date ranges do not overlap. Empty when the
            statute sets no value and only a local act can (consultation minimums).
        unit: What a value is: ``"days"``, ``"working_days"``, ``"count"``, ``"percent"``
            (integers), ``"amount"`` (złoty, a Decimal), ``"fraction"`` (a share such as
            ``1/2`` or ``0.20``, of the statutory value's type), ``"month_day"`` (a
            ``(month, day)`` pair) or ``"flag"`` (a boolean).
        direction: Which way is stricter, so that a profile can only tighten the statute:
            ``"minimum"`` (a larger value is stricter), ``"maximum"`` (a smaller value is
            stricter), ``"deadline"`` (an earlier day is stricter), ``"required"`` (``True``
            is stricter), ``"fixed"`` (the statute's value only), or ``"any"`` (no
            statutory bound).

    .. versionadded:: 0.1
    """

    name: str
    title: Text
    values: tuple[DatedValue[T], ...]
    unit: ParameterUnit = "count"
    direction: Direction = "any"

    def on(self, day: dt.date) -> DatedValue[T] | None:
        """The value in force on *day*, or ``None`` when none is."""
        for dated in self.values:
            if dated.in_force(day):
                return dated
        return None


@attrs.frozen
class Hit:
    """
    What a rule's check function yields: where the problem is and what fills the message.

    Args:
        path: The location in the checked object.
        params: Values for the rule's message template.
        confidence: How sure the finding is, when weaker than the rule's own sources
            (for example because a parameter's value is unconfirmed).

    .. versionadded:: 0.1
    """

    path: Path = ()
    params: Mapping[str, object] = attrs.field(factory=dict)
    confidence: Confidence = Confidence.CONFIRMED


@attrs.frozen
class Context:
    """
    What a rule's check function knows beyond the object: the relevant date,
    and local values of parameters (from a municipal profile) that replace the statute's.

    Args:
        on: The date whose law applies.
        overrides: Local values by parameter name; a local value in force on a day wins
            over the statutory one.
        codelists: Codelists extended with local entries, by name.
        local_states: For each list of canonical states, the local names a profile maps
            onto its codes (``{"answer_states": {"uwzględniona": "accepted"}}``).
        local_acts: The local acts whose values the current rule used (filled while it runs).

    .. versionadded:: 0.1
    """

    on: dt.date
    overrides: Mapping[str, tuple[DatedValue[Any], ...]] = attrs.field(factory=dict)
    codelists: Mapping[str, Codelist] = attrs.field(factory=dict)
    local_states: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)
    local_acts: list[str] = attrs.field(factory=list, eq=False)

    def value(self, parameter: Parameter[T], day: dt.date | None = None) -> DatedValue[T] | None:
        """
        The value of *parameter* on *day* (default: :attr:`on`): a local one when a profile
        sets one in force that day, else the statute's. Rules read every limit through this.
        """
        when = self.on if day is None else day
        for dated in self.overrides.get(parameter.name, ()):
            if dated.in_force(when):
                if dated.act is not None and dated.act not in self.local_acts:
                    self.local_acts.append(dated.act)
                return dated
        return parameter.on(when)

    def codelist(self, name: str) -> Codelist:
        """The codelist *name*, with a profile's local additions when it has any."""
        found = self.codelists.get(name)
        return found if found is not None else load_codelist(name)


CheckFunction = Callable[[Any, Context], Iterable[Hit]]

_NO_TEXT = Text(pl="", en="")


@attrs.frozen(kw_only=True)
class Rule:
    """
    One rule of the catalogue.

    Args:
        code: The stable code, such as ``"WSP-PRG-001"``; never reused.
        title: A short title in both languages.
        message: The message template for a finding; names the :attr:`Hit.params`.
        severity: How serious a finding is.
        basis: The provisions the rule comes from.
        applies_to: The class of objects the rule checks.
        check: The function that yields a :class:`Hit` for every problem.
        valid_from: First day the rule's law is in force (``None``: always).
        valid_to: Last day it is in force (``None``: still in force).
        parameters: The dated parameters the rule reads.
        description: What the rule checks and why, with its doubts, in both languages.

    .. versionadded:: 0.1
    """

    code: str
    title: Text
    message: Text
    severity: Severity
    basis: tuple[Citation, ...]
    applies_to: type[Any]
    check: CheckFunction = attrs.field(eq=False, repr=False)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    parameters: tuple[Parameter[Any], ...] = ()
    description: Text = _NO_TEXT

    def in_force(self, on: dt.date) -> bool:
        """Whether the rule's law is in force on *on*."""
        return _in_force(self.valid_from, self.valid_to, on)

    @property
    def confidence(self) -> Confidence:
        """The weakest confidence among the rule's provisions."""
        return weakest(citation.confidence for citation in self.basis)

    def cite(self, lang: Lang = "pl", on: dt.date | None = None) -> str:
        """The rule's provisions, cited in full as of *on*."""
        return "; ".join(ACT.cite(citation, lang=lang, on=on) for citation in self.basis)


@attrs.frozen(kw_only=True)
class Finding:
    """
    A problem the rules engine found in an object.

    Its :attr:`severity` is the rule's, except that an error resting on an unconfirmed
    source (the rule's provisions or a parameter value) is reported as a warning.

    Attributes:
        rule: The rule that found it.
        path: Where in the object.
        params: What fills the message.
        confidence: How sure the finding is (the weaker of the rule's and the hit's).
        on: The date whose law was applied.
        local_acts: The local acts (of a municipal profile) whose values the rule applied.
        severity_override: A stricter severity a profile sets for the rule.

    .. versionadded:: 0.1
    """

    rule: Rule
    path: Path
    params: Mapping[str, object]
    confidence: Confidence
    on: dt.date
    local_acts: tuple[str, ...] = ()
    severity_override: Severity | None = None

    @property
    def code(self) -> str:
        """The rule's code."""
        return self.rule.code

    @property
    def severity(self) -> Severity:
        """
        The rule's severity, lowered from error to warning when the finding rests on
        something unconfirmed (a false rejection is worse than a false acceptance).
        """
        severity = self.severity_override or self.rule.severity
        if severity is Severity.ERROR and self.confidence is Confidence.UNCONFIRMED:
            return Severity.WARNING
        return severity

    @property
    def jsonpath(self) -> str:
        """The path as ``$.priority_tasks[3].sphere``."""
        return format_path(self.path)

    def message(self, lang: Lang = "pl") -> str:
        """The message in *lang*."""
        return self.rule.message.format(lang, self.params)

    def describe(self, lang: Lang = "pl", *, where: str | None = None) -> str:
        """
        One line: severity, code, message, path and legal basis; *where* replaces the path
        (a dossier names the document: ``programme.json:$.resolution``).
        """
        basis = ", ".join(
            [citation.short(lang) for citation in self.rule.basis] + list(self.local_acts)
        )
        doubt = ""
        if self.confidence is not Confidence.CONFIRMED:
            doubt = " [" + _DOUBT[self.confidence](lang) + "]"
        return (
            f"{self.severity.label(lang)} {self.code}: {self.message(lang)} "
            f"@ {self.jsonpath if where is None else where} ({basis}){doubt}"
        )

    def as_dict(self, lang: Lang = "pl") -> dict[str, object]:
        """A JSON-ready description."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "path": self.jsonpath,
            "message": self.message(lang),
            "title": self.rule.title(lang),
            "basis": [citation.short(lang) for citation in self.rule.basis],
            "citation": self.rule.cite(lang, self.on),
            "confidence": self.confidence.value,
            "on": self.on.isoformat(),
            "local_acts": list(self.local_acts),
        }


_DOUBT = {
    Confidence.SECONDARY: Text(pl="źródło wtórne", en="secondary source"),
    Confidence.UNCONFIRMED: Text(pl="niepotwierdzone", en="unconfirmed"),
}


@attrs.frozen
class CheckResult:
    """
    The findings of one :func:`check`, errors first, then in document order.

    It iterates over its findings; :attr:`ok` is true when none is an error.

    .. versionadded:: 0.1
    """

    findings: tuple[Finding, ...]
    on: dt.date

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def ok(self) -> bool:
        """Whether no finding is an error."""
        return not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The error-severity findings."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The warning-severity findings."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def codes(self) -> frozenset[str]:
        """The codes of all findings."""
        return frozenset(f.code for f in self.findings)


class LocalLaw(Protocol):
    """
    What :func:`wspolpraca.check` reads of a municipal profile
    (:class:`wspolpraca.profiles.Profile` is one).

    The rules sit below the profiles (a profile validates itself against the rule
    catalogue), so the rules know a profile only by this shape and never import it.
    """

    @property
    def ignore(self) -> tuple[str, ...]:
        """Codes (or prefixes) of rules switched off."""
        ...  # pragma: no cover - a protocol

    def overrides(self) -> dict[str, tuple[DatedValue[Any], ...]]:
        """The local values by parameter name."""
        ...  # pragma: no cover - a protocol

    def codelists(self) -> dict[str, Codelist]:
        """Open codelists extended with local entries."""
        ...  # pragma: no cover - a protocol

    def severity_map(self) -> dict[str, Severity]:
        """Stricter severities by rule code."""
        ...  # pragma: no cover - a protocol

    def state_map(self) -> dict[str, dict[str, str]]:
        """Local state names by list of canonical states."""
        ...  # pragma: no cover - a protocol


def _selected(code: str, select: Sequence[str] | None, ignore: Sequence[str]) -> bool:
    if select is not None and not any(code.startswith(prefix) for prefix in select):
        return False
    return not any(code.startswith(prefix) for prefix in ignore)


def run(
    obj: object,
    rules: Iterable[Rule],
    *,
    on: dt.date,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    overrides: Mapping[str, tuple[DatedValue[Any], ...]] | None = None,
    codelists: Mapping[str, Codelist] | None = None,
    severities: Mapping[str, Severity] | None = None,
    local_states: Mapping[str, Mapping[str, str]] | None = None,
) -> CheckResult:
    """Run the *rules* that apply to *obj* and are in force on *on*."""
    findings: list[Finding] = []
    for rule in rules:
        if not isinstance(obj, rule.applies_to) or not rule.in_force(on):
            continue
        if not _selected(rule.code, select, ignore):
            continue
        context = Context(on, overrides or {}, codelists or {}, local_states or {})
        own = rule.confidence
        hits = list(rule.check(obj, context))
        override = (severities or {}).get(rule.code)
        findings.extend(
            Finding(
                rule=rule,
                path=hit.path,
                params=hit.params,
                confidence=weakest((own, hit.confidence)),
                on=on,
                local_acts=tuple(context.local_acts),
                severity_override=override,
            )
            for hit in hits
        )
    findings.sort(key=lambda finding: finding.severity.rank)
    return CheckResult(tuple(findings), on)
