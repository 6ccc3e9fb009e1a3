"""
Polish identifiers of organisations: :mod:`~wspolpraca.identifiers.nip`,
:mod:`~wspolpraca.identifiers.regon` and :mod:`~wspolpraca.identifiers.krs`.

Each module has the python-stdnum interface: ``compact()``, ``validate()`` (returns the
compact form or raises :class:`~wspolpraca.errors.InvalidFormatError` or
:class:`~wspolpraca.errors.InvalidChecksumError`), ``is_valid()`` (never raises) and
``format_()``. The algorithms are implemented here rather than taken from python-stdnum
because the runtime dependencies are limited to attrs, cattrs and python-dateutil,
and python-stdnum's LGPL licence would be a further obligation for our users.

.. versionadded:: 0.1
"""

from __future__ import annotations

from . import krs, nip, regon
from ._util import IdentifierModule

__all__ = ["IdentifierModule", "krs", "nip", "regon"]


def __dir__() -> list[str]:
    return __all__
