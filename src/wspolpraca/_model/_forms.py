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

REGRANTING = "_regranting"
"""The suffix of the codes of the regranting (art. 16a) forms."""


def ordinary_sections(code: str) -> str:
    """
    The form whose sections an offer on the form *code* follows: an operator's (regranting)
    form is the ordinary form of its regulation with the operator's section added, so its
    results and cost groups are judged as that form's; every other code is itself.

    >>> from wspolpraca._model._forms import ordinary_sections
    >>> ordinary_sections("2018_regranting"), ordinary_sections("2018_simplified")
    ('2018', '2018_simplified')
    """
    return code.removesuffix(REGRANTING)


def form_for(day: dt.date, *, simplified: bool = False, regranting: bool = False) -> str:
    """
    The code of the form in force on *day*: a simplified one when *simplified* and one is in
    force that day, else a regranting one when *regranting* and one is in force that day
    (from 3 September 2016), else the ordinary one.

    Before the first simplified form (10 May 2016) small-grant offers used the ordinary form
    (an assumption recorded in the codelist). Every day has an ordinary form: the 2010 one
    covers every day before 3 September 2016.

    >>> import datetime as dt
    >>> from wspolpraca.rules.paperwork import form_for
    >>> form_for(dt.date(2019, 2, 28)), form_for(dt.date(2019, 3, 1))
    ('2016', '2018')
    >>> form_for(dt.date(2024, 5, 6), simplified=True)
    '2018_simplified'
    >>> form_for(dt.date(2024, 5, 6), regranting=True), form_for(dt.date(2015, 5, 6), regranting=True)
    ('2018_regranting', '2010')
    """
    forms = load_codelist("task_forms")
    codes = forms.codes(on=day)
    for wanted, suffix in ((simplified, SIMPLIFIED), (regranting, REGRANTING)):
        if wanted:
            for code in codes:
                if code.endswith(suffix):
                    return code
    return next(code for code in codes if not code.endswith((SIMPLIFIED, REGRANTING)))
