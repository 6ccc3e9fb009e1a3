"""A municipality's dossier: one unit's documents of every kind, checked together."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

import attrs

from .._text import Lang
from ..errors import InconsistentError, Path, format_path
from ._history import ProgrammeHistory


class _Finding(Protocol):
    """What a dossier reads of a finding (:class:`wspolpraca.Finding`); the model knows no rules."""

    @property
    def path(self) -> Path: ...

    def describe(self, lang: Lang = ..., *, where: str | None = ...) -> str: ...

    def as_dict(self, lang: Lang = ...) -> dict[str, object]: ...


def _identity(document: object) -> str:
    """A short identity of *document*: its kind, year or title, and resolution number."""
    # The registered kinds are the class names in snake case (a test pins it); the model
    # cannot ask the registry, which sits above it with the wire formats.
    parts = [re.sub(r"(?<!^)(?=[A-Z])", "_", type(document).__name__).lower()]
    year = getattr(document, "year", None)
    if isinstance(year, int):
        parts.append(str(year))
    else:
        title = getattr(document, "title", None) or getattr(document, "name", None)
        title = title or getattr(getattr(document, "draft", None), "title", None)
        title = title or getattr(document, "task_title", None)
        if isinstance(title, str) and title:
            parts.append(f"“{title[:40]}{'…' if len(title) > 40 else ''}”")
    resolution = getattr(document, "resolution", None)
    number = getattr(resolution, "number", None)
    if isinstance(number, str):
        parts.append(number)
    return " ".join(parts)


@attrs.frozen
class Dossier(ProgrammeHistory):
    """
    A dossier (*teczka*): the documents of one unit of local government of every kind,
    checked together.

    A dossier holds programmes (annual and multi-year), consultation rounds, councils and
    their opinions, open competitions, small-grant registers, agreements, implementation
    reports, records of non-financial cooperation, local initiatives, and any document kind
    added later. It is a :class:`ProgrammeHistory` with more in it: :func:`~wspolpraca.check`
    runs the history's ``WSP-HST`` rules on it and the dossier's own ``WSP-DOS`` rules,
    which connect documents (a programme and its consultation round, the council's opinion,
    the competitions and agreements of its year). Every document still checks on its own.

    A dossier is built from loaded documents (:meth:`of`) or from a directory
    (:func:`~wspolpraca.load_dossier`); it is not itself a JSON document. Findings are located as
    ``$.documents[3].resolution.adopted_on``; :meth:`locate` turns that into the document's
    name and the path inside it.

    Args:
        documents: The documents, in any order.
        names: A name for each document, such as its file name; empty: each document's
            kind and identity (``"annual_programme 2021 XLIII/0000/20"``).

    Raises:
        InconsistentError: the documents belong to different units (``code="mixed_units"``,
            at a document of the other unit), or *names* is neither
            empty nor one name per document (``code="dossier_names"``).

    >>> import wspolpraca
    >>> dossier = wspolpraca.load_dossier("examples/dossier-krakow-2021")
    >>> dossier.where(("documents", 1, "window", "end"))
    'examples/dossier-krakow-2021/consultation-2021.json:$.window.end'
    >>> wspolpraca.check(dossier).ok
    True

    .. versionadded:: 0.2
    """

    names: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.names and len(self.names) != len(self.documents):
            raise InconsistentError(
                "dossier_names",
                path=("names",),
                params={"names": len(self.names), "documents": len(self.documents)},
            )

    @classmethod
    def of(cls, documents: Iterable[Any], names: Iterable[str] = ()) -> Dossier:
        """The dossier of *documents*, named by *names* (empty: by their identities)."""
        return cls(tuple(documents), tuple(names))

    def name_of(self, index: int) -> str:
        """The name of the document at *index*: its given name, else its kind and identity."""
        if self.names:
            return self.names[index]
        return f"[{index}] {_identity(self.documents[index])}"

    def locate(self, path: Path) -> tuple[str, Path]:
        """
        The document a dossier *path* points into, by name, and the path inside it;
        a path that names no document (``$.documents``) gives ``("", path)``.
        """
        if len(path) > 1 and path[0] == "documents" and isinstance(path[1], int):
            return self.name_of(path[1]), path[2:]
        return "", path

    def where(self, path: Path) -> str:
        """
        Where *path* points, for people: ``name:$.inner.path`` (``$.documents`` when it
        names no document).
        """
        name, inner = self.locate(path)
        return f"{name}:{format_path(inner)}" if name else format_path(path)

    def describe(self, finding: _Finding, lang: Lang = "pl") -> str:
        """A finding of this dossier in one line, located by document name (:meth:`where`)."""
        return finding.describe(lang, where=self.where(finding.path))

    def as_dict(self, finding: _Finding, lang: Lang = "pl") -> dict[str, object]:
        """
        A finding of this dossier, JSON-ready: :meth:`Finding.as_dict
        <wspolpraca.Finding.as_dict>` with the ``document`` it is in (its name, empty when
        none) and the ``document_path`` inside it.
        """
        name, inner = self.locate(finding.path)
        return {**finding.as_dict(lang), "document": name, "document_path": format_path(inner)}
