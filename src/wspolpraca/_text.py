"""
Bilingual text: the one place that knows how to render a message in Polish or English.

Every user-facing message in wspolpraca exists in both languages.
Messages are templates with named parameters, like pydantic's ``ctx``,
so that the same parameters can be shown to a user in either language
and read by a program without parsing the text.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Mapping
from typing import Literal, TypeAlias

import attrs

Lang: TypeAlias = Literal["pl", "en"]
"""A language code: ``"pl"`` (the default for people) or ``"en"``."""

LANGS: tuple[Lang, ...] = ("pl", "en")


@attrs.frozen
class Text:
    """
    A piece of text in Polish and English.

    Args:
        pl: The Polish text.
        en: The English text.

    .. versionadded:: 0.1
    """

    pl: str
    en: str

    def __call__(self, lang: Lang = "pl") -> str:
        """Return the text in *lang*."""
        return self.en if lang == "en" else self.pl

    def format(self, lang: Lang, params: Mapping[str, object]) -> str:
        """Fill the template for *lang* with *params*, each rendered for *lang*."""
        rendered = {key: render(value, lang) for key, value in params.items()}
        return self(lang).format_map(rendered)


def render(value: object, lang: Lang) -> str:
    """
    Render one message parameter for *lang*.

    Dates are ISO 8601 in both languages (unambiguous in a log and a table),
    amounts are money in Polish or English notation, nested :class:`Text` is translated,
    sequences are joined with commas.
    """
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, decimal.Decimal):
        return format_money(value, lang)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(render(item, lang) for item in value)
    if isinstance(value, str):
        return value
    return repr(value) if not isinstance(value, int) else str(value)


def format_money(amount: decimal.Decimal, lang: Lang) -> str:
    """
    Format an amount of złoty the way a reader of *lang* expects.

    >>> from decimal import Decimal
    >>> format_money(Decimal("102262543"), "pl")
    '102 262 543,00 zł'
    >>> format_money(Decimal("102262543"), "en")
    'PLN 102,262,543.00'
    """
    text = f"{amount:,.2f}"
    if lang == "en":
        return f"PLN {text}"
    # Polish typography: non-breaking-free plain spaces for thousands, comma for decimals.
    return text.replace(",", " ").replace(".", ",") + " zł"
