"""
Exceptions raised by wspolpraca.

Every exception is a :class:`WspolpracaError`; every problem with a value or a document
is a :class:`ValidationError` (and therefore also a :class:`ValueError`), and loading a
document reports all of its problems at once as one :class:`ValidationErrors` group.

.. code-block:: text

    WspolpracaError
    ├── ValidationError (ValueError)
    │   ├── DocumentError          the text is not a document: empty, too large, not JSON, wrong kind
    │   ├── InvalidTypeError       a JSON value of the wrong type (a number where text is expected)
    │   ├── MissingFieldError      a required field is absent
    │   ├── UnknownFieldError      a field the model does not have (never dropped silently)
    │   ├── InvalidFormatError     a value of the right type but the wrong shape (a date, an amount)
    │   │   └── InvalidChecksumError  an identifier with a wrong check digit (NIP, REGON)
    │   ├── InvalidValueError      a well-formed value that cannot be (a negative amount)
    │   │   └── UnknownCodeError   a code outside a closed codelist
    │   └── InconsistentError      fields that contradict each other (end before start)
    └── ValidationErrors (ExceptionGroup)   all the ValidationErrors of one load

Each :class:`ValidationError` carries a stable :attr:`~ValidationError.code`,
the :attr:`~ValidationError.path` to the offending value,
the :attr:`~ValidationError.value` itself, and :attr:`~ValidationError.params`
from which the Polish and English messages are rendered.
Dispatch on the class or the code, never on the message text.

.. versionadded:: 0.1
"""

from __future__ import annotations

import json
import math
import reprlib
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from ._messages import LOAD_MESSAGES
from ._text import Lang, Text

__all__ = [
    "DocumentError",
    "InconsistentError",
    "InvalidChecksumError",
    "InvalidFormatError",
    "InvalidTypeError",
    "InvalidValueError",
    "MissingFieldError",
    "Path",
    "UnknownCodeError",
    "UnknownFieldError",
    "ValidationError",
    "ValidationErrors",
    "WspolpracaError",
    "format_path",
]


def __dir__() -> list[str]:
    return __all__


Path = tuple[str | int, ...]
"""A location inside a document: keys and list indexes from the root."""


class _NoValue:
    """The marker for an error that has no offending value (a missing field)."""

    def __repr__(self) -> str:
        return "<no value>"

    def __reduce__(self) -> str:
        return "_NO_VALUE"  # pickles as a reference to the one marker


_NO_VALUE: Any = _NoValue()


def format_path(path: Path) -> str:
    """
    Render *path* in cattrs' JSONPath-like form.

    >>> format_path(("priority_tasks", 3, "planned_amount"))
    '$.priority_tasks[3].planned_amount'
    >>> format_path(())
    '$'
    """
    return "$" + "".join(_step(step) for step in path)


def _step(step: str | int) -> str:
    """One step of a path; a key that is not a plain name is quoted as JSON text, so that a
    key holding a line end, a quote or a lone surrogate cannot break the line it is shown on."""
    if isinstance(step, int):
        return f"[{step}]"
    if step.isascii() and step.isidentifier():
        return f".{step}"
    return f"[{json.dumps(step)}]"


class WspolpracaError(Exception):
    """
    The root of every exception wspolpraca raises.

    .. versionadded:: 0.1
    """


class ValidationError(WspolpracaError, ValueError):
    """
    A value or a document that the model cannot accept.

    Args:
        code: Stable identifier of the problem, such as ``"invalid_date"``;
            the list is in the error reference.
        path: Where the problem is, from the root of the document;
            empty when the whole document is at fault.
        value: The offending value as it was given; omitted when there is none
            (a missing field).
        params: Values that fill the message template, such as ``expected``.

    Attributes:
        code: See *code*.
        path: See *path*.
        value: See *value*.
        params: See *params*.

    .. versionadded:: 0.1
    """

    default_code: ClassVar[str] = "invalid_value"

    def __init__(
        self,
        code: str | None = None,
        *,
        path: Path = (),
        value: object = _NO_VALUE,
        params: Mapping[str, object] | None = None,
    ) -> None:
        self.code = code or self.default_code
        self.path = tuple(path)
        self.value = value
        self.params: Mapping[str, object] = dict(params or {})
        super().__init__(self.code, self.path)

    @property
    def has_value(self) -> bool:
        """Whether the error carries the offending value."""
        return self.value is not _NO_VALUE

    @property
    def jsonpath(self) -> str:
        """The path as ``$.priority_tasks[3].planned_amount``."""
        return format_path(self.path)

    def message(self, lang: Lang = "pl") -> str:
        """
        The message in *lang*, without the path.

        Follows the house format: what is wrong, what was expected, and the value got.
        """
        template = LOAD_MESSAGES.get(self.code) or Text(pl="{code}", en="{code}")
        params: dict[str, object] = {"code": self.code, **self.params}
        text = template.format(lang, params)
        # The value is appended unless the message already shows it through a parameter.
        shown = any(param is self.value or param == self.value for param in self.params.values())
        if self.has_value and not shown and "{value" not in template(lang):
            got = Text(pl="otrzymano", en="got")(lang)
            text = f"{text} ({got} {_show(self.value)})"
        return text

    def describe(self, lang: Lang = "pl") -> str:
        """The message in *lang* followed by ``@ path``."""
        return f"{self.message(lang)} @ {self.jsonpath}"

    def at(self, prefix: Path) -> ValidationError:
        """Return a copy located under *prefix* (used when an inner object is nested)."""
        if not prefix:
            return self
        return type(self)(
            self.code, path=(*prefix, *self.path), value=self.value, params=self.params
        )

    def as_dict(self, lang: Lang = "pl") -> dict[str, object]:
        """A JSON-ready description, for machine-readable output."""
        out: dict[str, object] = {
            "code": self.code,
            "path": self.jsonpath,
            "message": self.message(lang),
        }
        if self.has_value:
            out["value"] = _jsonable(self.value)
        return out

    def __str__(self) -> str:
        return self.describe("en")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, path={self.jsonpath!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.code, self.path, self.value, dict(self.params)))


def _rebuild(
    cls: type[ValidationError],
    code: str,
    path: Path,
    value: object,
    params: dict[str, object],
) -> ValidationError:
    return cls(code, path=path, value=value, params=params)


def _show(value: object) -> str:
    # A container is shown to a bounded depth and length: a value nested 900 deep or holding
    # millions of items costs no more than a short one.
    text = _CONTAINERS.repr(value) if isinstance(value, list | tuple | dict) else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


_CONTAINERS = reprlib.Repr()
_CONTAINERS.maxlevel = 6
_CONTAINERS.maxlist = _CONTAINERS.maxtuple = _CONTAINERS.maxdict = 12
_CONTAINERS.maxstring = _CONTAINERS.maxlong = _CONTAINERS.maxother = 80


_JSON_DEPTH = 32
"""Values nested deeper than this are shown as their (shortened) text in JSON reports."""


def _jsonable(value: object, depth: int = 0) -> object:
    """*value* as JSON-ready data that :func:`json.dumps` writes as valid UTF-8 JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        value = repr(value)  # NaN and infinities, which JSON cannot hold
    if isinstance(value, str):
        return _printable(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if depth < _JSON_DEPTH and isinstance(value, list | tuple):
        return [_jsonable(item, depth + 1) for item in value]
    if depth < _JSON_DEPTH and isinstance(value, dict):
        return {_printable(str(key)): _jsonable(item, depth + 1) for key, item in value.items()}
    return _printable(_show(value) if depth >= _JSON_DEPTH else str(value))


def _printable(text: str) -> str:
    """*text*, with any lone surrogate (which UTF-8 cannot encode) shown as its escape."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class DocumentError(ValidationError):
    """The input is not a document at all: empty, too large, not JSON, of an unknown kind."""

    default_code = "not_a_document"


class InvalidTypeError(ValidationError):
    """A JSON value of the wrong type, such as a number where text is expected."""

    default_code = "wrong_type"


class MissingFieldError(ValidationError):
    """A required field is absent."""

    default_code = "missing_field"


class UnknownFieldError(ValidationError):
    """A field the model does not have; unknown fields are errors, never dropped."""

    default_code = "unknown_field"


class InvalidFormatError(ValidationError):
    """A value of the right type but the wrong shape, such as ``"2021-13-01"``."""

    default_code = "invalid_format"


class InvalidValueError(ValidationError):
    """A well-formed value that cannot be, such as a negative amount."""

    default_code = "invalid_value"


class UnknownCodeError(InvalidValueError):
    """A code outside a closed codelist; ``params`` names the list and the nearest codes."""

    default_code = "unknown_code"


class InvalidChecksumError(InvalidFormatError):
    """An identifier whose check digit is wrong, such as a mistyped NIP."""

    default_code = "invalid_checksum"


class InconsistentError(ValidationError):
    """Fields that contradict each other, such as a period that ends before it starts."""

    default_code = "inconsistent"


class ValidationErrors(  # noqa: N818 - a group of errors, named in the plural like cattrs' groups
    ExceptionGroup[ValidationError],
    WspolpracaError,
):
    """
    Every problem found while loading one document.

    It is an :class:`ExceptionGroup`, so ``except* InvalidFormatError`` works,
    and :attr:`errors` gives the flat, ordered list.

    .. versionadded:: 0.1
    """

    def __new__(cls, message: str, exceptions: Sequence[ValidationError]) -> Self:
        return super().__new__(cls, message, exceptions)

    @property
    def errors(self) -> tuple[ValidationError, ...]:
        """The errors, in document order."""
        return cast("tuple[ValidationError, ...]", self.exceptions)

    def derive(self, excs: Sequence[ValidationError]) -> ValidationErrors:  # type: ignore[override]
        """Keep the class when Python splits the group (``except*``)."""
        return ValidationErrors(self.message, excs)

    def __str__(self) -> str:
        lines = [f"{self.message} ({len(self.exceptions)} problem(s))"]
        lines.extend(f"  {error}" for error in self.exceptions)
        return "\n".join(lines)
