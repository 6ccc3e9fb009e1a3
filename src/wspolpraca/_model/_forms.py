"""
The statutory forms of the grant's paperwork (art. 19) and which one applies to a document.

The forms of the offer, the framework agreement and the report are prescribed by regulations
that changed over time (the codelist :data:`wspolpraca.codelists.TASK_FORMS`): a competition
offer follows the form in force on the day the competition was **announced**, an art. 19a
small-grant offer the simplified form in force on the day it was **submitted** (law.md §0.3,
§13; secondary sources).
"""

from __future__ import annotations

import datetime as dt

from ..codelists import load_codelist

SIMPLIFIED = "_simplified"
"""The suffix of the codes of the simplified (art. 19a) forms."""


def form_for(day: dt.date, *, simplified: bool = False) -> str:
    """
    The code of the form in force on *day*: a simplified one when *simplified* and one is in
    force that day, else the ordinary one.

    Before the first simplified form (10 May 2016) small-grant offers used the ordinary form
    (an assumption recorded in the codelist). Every day has an ordinary form: the 2010 one
    covers every day before 3 September 2016.

    >>> import datetime as dt
    >>> from wspolpraca.rules.paperwork import form_for
    >>> form_for(dt.date(2019, 2, 28)), form_for(dt.date(2019, 3, 1))
    ('2016', '2018')
    >>> form_for(dt.date(2024, 5, 6), simplified=True)
    '2018_simplified'
    """
    forms = load_codelist("task_forms")
    codes = forms.codes(on=day)
    if simplified:
        for code in codes:
            if code.endswith(SIMPLIFIED):
                return code
    return next(code for code in codes if not code.endswith(SIMPLIFIED))
