"""
The Hypothesis entry point: register wspolpraca's strategies when Hypothesis starts.

It lives apart from :mod:`wspolpraca.strategies` because Hypothesis runs entry points while
``import hypothesis`` is still executing: if a user's first import is
``wspolpraca.strategies`` (which imports Hypothesis), the entry point would otherwise load a
half-imported module. Here the hook does nothing in that case, and
:mod:`wspolpraca.strategies` registers its strategies itself when its import completes.
"""

from __future__ import annotations

import sys


def _hypothesis_setup_hook() -> None:
    """Register the strategies, unless :mod:`wspolpraca.strategies` is being imported now."""
    module = sys.modules.get("wspolpraca.strategies")
    if module is not None and not hasattr(module, "_hypothesis_setup_hook"):
        return  # wspolpraca.strategies is importing Hypothesis; it registers when done
    from .strategies import _hypothesis_setup_hook as register  # noqa: PLC0415 - see above

    register()
