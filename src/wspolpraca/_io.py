"""
Files in and out: one bounded reader for every input, one atomic writer for every output.

Every input (a document, standard input, a profile, a document to upgrade) is read through
:func:`read_input`, which never holds more than *limit* + 1 bytes: a regular file over the
limit is refused from its size before it is read, and a stream (standard input, a pipe,
``/dev/zero``) is refused as soon as one byte more than the limit has arrived.

Every output (an HTML report, a calendar, a workbook) is written through :func:`atomic_path`:
to a temporary file in the target's own directory, renamed over the target only once it is
complete (a rename, :meth:`pathlib.Path.replace`, is atomic on POSIX and Windows), so a failed or interrupted
write leaves the old file as it was. A target that is one of the inputs is refused, and so
is a target whose directory does not exist.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO, Final

from ._text import Text
from .errors import DocumentError, ValidationError, ValidationErrors

if TYPE_CHECKING:
    from pathlib import Path

MAX_BYTES: Final = 16 * 1024 * 1024
"""The size limit of every input (16 MiB): ``wspolpraca.serialization.DEFAULT_MAX_BYTES``."""

_READ_FAILED = "the document cannot be loaded"
_WRITE_FAILED = "the output cannot be written"


def too_large(limit: int, size: int | None = None) -> ValidationError:
    """The error for an input over *limit* bytes: *size* bytes, ``None`` when unknown (a stream)."""
    shown = (
        Text(pl=f"ponad {limit} B", en=f"more than {limit} B")
        if size is None
        else Text(pl=f"{size} B", en=f"{size} B")
    )
    return DocumentError("too_large", params={"size": shown, "limit": limit})


def read_stream(stream: BinaryIO, limit: int) -> bytes:
    """
    At most *limit* bytes of *stream*.

    Raises:
        ValidationErrors: the stream holds more (``code="too_large"``); it is not read further.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValidationErrors(_READ_FAILED, [too_large(limit)])
    return data


def read_input(name: str | os.PathLike[str], limit: int) -> bytes:
    """
    The bytes of the file *name*, or of standard input for ``"-"``, at most *limit* of them.

    Raises:
        ValidationErrors: the file cannot be read (``code="unreadable_file"``) or holds more
            than *limit* bytes (``code="too_large"``, with its size when it is a regular file).
    """
    if isinstance(name, str) and name == "-":
        return read_stream(sys.stdin.buffer, limit)
    try:
        with open(name, "rb") as stream:  # noqa: PTH123 - accepts any PathLike
            status = os.fstat(stream.fileno())
            regular = stat.S_ISREG(status.st_mode)
            if regular and status.st_size > limit:
                raise ValidationErrors(_READ_FAILED, [too_large(limit, status.st_size)])
            data = stream.read(limit + 1)
    except OSError as exc:
        raise ValidationErrors(
            _READ_FAILED,
            [
                DocumentError(
                    "unreadable_file",
                    value=os.fspath(name),
                    params={"detail": exc.strerror or str(exc)},
                )
            ],
        ) from None
    if len(data) > limit:
        # A regular file that grew while it was read, or a special file: size unknown.
        raise ValidationErrors(_READ_FAILED, [too_large(limit)])
    return data


def document_files(
    argument: str | os.PathLike[str], suffixes: tuple[str, ...] = (".json", ".jsonl")
) -> Iterator[Path]:
    """
    The files a command-line *argument* names: itself, or for a directory every file below it
    whose name ends in one of *suffixes*, and every such link that leads nowhere (which then
    fails to load with its own error instead of being lost silently), in sorted order.
    ``check`` and ``compare`` read directories through it alike.
    """
    from pathlib import Path  # noqa: PLC0415 - reading one named document needs no pathlib

    path = Path(argument)
    if not path.is_dir():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if child.suffix in suffixes and (
            child.is_file() or (child.is_symlink() and not child.exists())
        ):
            yield child


def _same_file(target: Path, name: str) -> bool:
    if name == "-":
        return False
    try:
        return target.samefile(name)
    except OSError:
        return False


def check_target(target: str | os.PathLike[str], inputs: Iterable[str] = ()) -> Path:
    """
    The output path *target*, after checking that it can be written without harm.

    Raises:
        ValidationErrors: *target* is one of *inputs* (``code="output_is_input"``), its
            directory does not exist (``code="missing_directory"``), or it is a directory
            (``code="unwritable_file"``).
    """
    from pathlib import Path  # noqa: PLC0415 - reading a document needs no pathlib

    path = Path(target)
    errors: list[ValidationError] = []
    if any(_same_file(path, name) for name in inputs):
        errors.append(DocumentError("output_is_input", value=os.fspath(target)))
    elif not path.parent.is_dir():
        errors.append(
            DocumentError(
                "missing_directory", value=os.fspath(target), params={"directory": str(path.parent)}
            )
        )
    elif path.is_dir():
        errors.append(
            DocumentError(
                "unwritable_file", value=os.fspath(target), params={"detail": "a directory"}
            )
        )
    if errors:
        raise ValidationErrors(_WRITE_FAILED, errors)
    return path


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], inputs: Iterable[str] = ()) -> Iterator[Path]:
    """
    A temporary path next to *target* to write to; renamed to *target* when the block ends
    without an exception, removed otherwise.

    The file gets the permissions a new file would (or the old file's, when it replaces one).

    Raises:
        ValidationErrors: see :func:`check_target`; or the file cannot be written
            (``code="unwritable_file"``).
    """
    import tempfile  # noqa: PLC0415 - only a command that writes pays for it

    path = check_target(target, inputs)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except OSError as exc:
        raise unwritable(target, exc) from None
    os.close(handle)
    written = type(path)(temporary)
    try:
        yield written
        _set_mode(written, path)
        written.replace(path)
    except OSError as exc:
        written.unlink(missing_ok=True)
        raise unwritable(target, exc) from None
    except BaseException:
        written.unlink(missing_ok=True)
        raise


def write_atomic(target: str | os.PathLike[str], data: bytes, inputs: Iterable[str] = ()) -> None:
    """Write *data* to *target* atomically (see :func:`atomic_path`)."""
    with atomic_path(target, inputs) as temporary:
        temporary.write_bytes(data)


def _set_mode(written: Path, target: Path) -> None:
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    written.chmod(mode)


def unwritable(target: str | os.PathLike[str], exc: OSError) -> ValidationErrors:
    """The located error ``unwritable_file`` of *target*, with the system's reason."""
    return ValidationErrors(
        _WRITE_FAILED,
        [
            DocumentError(
                "unwritable_file",
                value=os.fspath(target),
                params={"detail": exc.strerror or str(exc)},
            )
        ],
    )
