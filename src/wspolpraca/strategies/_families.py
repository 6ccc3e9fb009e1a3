"""
The registry of document families: each module holds the strategies of one family's
documents (``STRATEGIES``), its value classes (``PARTS``) and its rule breakers
(``BREAKERS``). A new family is one new module and one line here.
"""

from __future__ import annotations

from . import (
    _budget,
    _competition,
    _consultation,
    _council,
    _dossier,
    _nonfinancial,
    _paperwork,
    _paperwork_chain,
    _programme,
    _regranting,
    _small_grant,
)

FAMILIES = (
    _programme,
    _council,
    _nonfinancial,
    _competition,
    _small_grant,
    _consultation,
    _paperwork,
    _paperwork_chain,
    _dossier,
    _budget,
    _regranting,
)
"""Every module of strategies for a document family, in the order they are registered."""
