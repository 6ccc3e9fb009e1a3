"""
The in-force dates of the act and of the amendments the rules are dated by (private).

Every rule carries ``valid_from`` (and ``valid_to`` where its law ended); a statutory rule
starts no earlier than the act or the amendment that introduced its provision. Sources:
law.md §0.1, §0.3, §12 and §13.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["ACT_IN_FORCE", "AMENDMENT_2010", "AMENDMENT_2015", "BEFORE_2015", "LOCAL_GOVERNMENT"]

LOCAL_GOVERNMENT = dt.date(1990, 5, 27)
"""
The act of 8 March 1990 on municipal self-government in force (the first local elections):
the earliest day a municipality's cooperation document can be dated. Memory, not a retrieved
text; only the pre-act information rule starts from it.
"""

ACT_IN_FORCE = dt.date(2003, 6, 29)
"""
The act of 24 April 2003 (Dz.U. 2003 nr 96 poz. 873) in force: parts on 29 June 2003, the
rest on 1 January 2004 (law.md §0.1, secondary: inforlex.pl, GSiA 8/2004). Rules resting on
the original text start here; which parts waited until 2004 is not sourced, and none of
the rules here depends on the difference.
"""

AMENDMENT_2010 = dt.date(2010, 3, 12)
"""
The act of 22 January 2010 (Dz.U. 2010 nr 28 poz. 146) in force (law.md §0.3, secondary:
rp.pl): art. 5a (programme deadline and content), art. 19a, art. 19b–19h, art. 41e–41i and
the competition committee of art. 15 ust. 2a (publicystyka.ngo.pl: "dopiero duża nowelizacja
ustawy o pożytku z 2010 r. wprowadziła obowiązek powoływania komisji konkursowych").
"""

AMENDMENT_2015 = dt.date(2015, 11, 9)
"""
The act of 5 August 2015 (Dz.U. 2015 poz. 1339) in force (law.md §13, secondary): "Roczny
program … zawiera" in art. 5a ust. 4, art. 5a ust. 2a, art. 16a, the 31 May report date,
the three-year council term and art. 15 ust. 2da.
"""

BEFORE_2015 = AMENDMENT_2015 - dt.timedelta(days=1)
"""The last day of the law before the 2015 amendment."""
