"""
Hypothesis strategies for wspolpraca objects (needs the ``wspolpraca[hypothesis]`` extra).

Every strategy produces objects that are valid by construction: they load, round-trip,
and :func:`wspolpraca.check` finds no error-severity finding in them.

>>> from hypothesis import given
>>> import wspolpraca
>>> from wspolpraca.strategies import annual_programmes
>>> @given(annual_programmes(year=2021))
... def test_programme(programme):
...     assert wspolpraca.check(programme).ok
>>> test_programme()

.. versionadded:: 0.1
"""

from __future__ import annotations

from ._budget import budget_years, data_sources, populations
from ._common import money, organisations, periods, resolutions, texts, units
from ._competition import local_initiatives, open_competitions
from ._consultation import consultation_rounds, remarks
from ._council import councils
from ._dossier import dossiers
from ._nonfinancial import events, joint_teams, non_financial_activities
from ._paperwork import task_offers, task_reports
from ._programme import (
    annual_programmes,
    implementation_reports,
    multi_year_programmes,
    priority_tasks,
)
from ._registration import _hypothesis_setup_hook as _hypothesis_setup_hook
from ._registration import _registered as _registered
from ._regranting import regranting_agreements, regranting_offers, regranting_reports
from ._small_grant import agreements, small_grant_registers, small_grants
from ._violating import _BREAKERS as _BREAKERS
from ._violating import breaks_only, violating

__all__ = [
    "agreements",
    "annual_programmes",
    "breaks_only",
    "budget_years",
    "consultation_rounds",
    "councils",
    "data_sources",
    "dossiers",
    "events",
    "implementation_reports",
    "joint_teams",
    "local_initiatives",
    "money",
    "multi_year_programmes",
    "non_financial_activities",
    "open_competitions",
    "organisations",
    "periods",
    "populations",
    "priority_tasks",
    "regranting_agreements",
    "regranting_offers",
    "regranting_reports",
    "remarks",
    "resolutions",
    "small_grant_registers",
    "small_grants",
    "task_offers",
    "task_reports",
    "texts",
    "units",
    "violating",
]


def __dir__() -> list[str]:
    return __all__


# Register on import too: when this package is the first to import Hypothesis, Hypothesis's
# entry point runs before this package is complete and leaves the work to this line.
_hypothesis_setup_hook()
