"""
The last line of defence: an unexpected exception becomes a located, coded error.

Bad input is always reported as a :class:`~wspolpraca.errors.ValidationError`; an exception
of any other kind while one document is loaded or checked is a defect of wspolpraca. It
still must not cost the user the results of the other documents of a batch, nor show them
a traceback: it becomes that document's error ``internal_error``, which names the exception
so that it can be reported.
"""

from __future__ import annotations

from .errors import DocumentError, ValidationError

_DETAIL_LIMIT = 200
"""At most this many characters of the exception's text are shown."""


def internal_error(exc: BaseException) -> ValidationError:
    """The located error (``code="internal_error"``) standing for the unexpected *exc*."""
    text = str(exc)
    if len(text) > _DETAIL_LIMIT:
        text = text[: _DETAIL_LIMIT - 1] + "…"
    detail = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return DocumentError("internal_error", params={"detail": detail})
