"""
A pool of worker processes that does ``map`` in order, with bounded memory.

The batch checker (:mod:`wspolpraca._batch`) and the comparison's loader
(:meth:`wspolpraca.comparison.Dataset.load`) share it, so ``check --jobs`` and
``compare --jobs`` run on the same machinery: workers forked once, each doing its units until
told to stop, a bounded number of units in flight, results handed back in input order.
"""

from __future__ import annotations

import gc
import pickle
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, NoReturn, TypeVar

import attrs

from .errors import ValidationErrors
from .serialization import load_file

_Work = TypeVar("_Work")
_Result = TypeVar("_Result")
_Item = TypeVar("_Item")

UNIT_DOCUMENTS = 32
"""At most this many documents (files, or JSON Lines lines) in one unit of work."""

UNITS_IN_FLIGHT_PER_JOB = 3
"""Units sent to a worker but not yet reported: bounds memory, keeps workers busy."""

_SMALL_MESSAGE = 8192
"""Units carrying more text than this go only to an idle worker (pipes hold about 64 KiB)."""


def parallel(
    units: Iterable[_Work],
    work: Callable[[_Work], _Result],
    jobs: int,
    *,
    size: Callable[[_Work], int] = lambda _: 0,
) -> Generator[_Result, None, None]:
    """
    ``map(work, units)`` on *jobs* worker processes, in order, with bounded memory; *size*
    tells how many bytes of text a unit carries (a large one goes only to an idle worker).

    The objects of this process are frozen (:func:`gc.freeze`) while the workers fork, and
    thawed here once they have: a worker's collections never walk what it inherited, so they
    neither spend time on it nor write to its pages (which the worker would then have to copy).
    A caller's own frozen objects are left as they are.
    """
    import multiprocessing  # noqa: PLC0415 - only with --jobs: a single process never pays

    forking = sys.platform != "win32"
    context = (
        multiprocessing.get_context("fork") if forking else multiprocessing.get_context("spawn")
    )
    freeze = forking and not gc.get_freeze_count()
    workers: list[_Worker] = []
    if freeze:
        gc.freeze()
    try:
        for _ in range(jobs):
            here, there = context.Pipe()
            # A forked worker closes its copies of the other workers' pipes, so that each
            # worker sees the end of its own pipe when this process goes away.
            others = tuple(w.connection for w in workers) if forking else ()
            process = context.Process(target=_serve, args=(there, work, others), daemon=True)
            process.start()
            there.close()
            workers.append(_Worker(process, here))
    finally:
        if freeze:
            gc.unfreeze()
    try:
        yield from _dispatch(iter(units), workers, size)
    finally:
        for worker in workers:
            _stop(worker)


def _stop(worker: _Worker) -> None:
    if worker.busy:
        worker.process.terminate()  # the reader stopped early: its units are not wanted
    else:
        try:
            worker.connection.send(None)
        except OSError:
            worker.process.terminate()
    worker.process.join()
    worker.connection.close()


@attrs.define
class _Worker:
    """A worker process, its end of the pipe, and the units it has been sent."""

    process: Any
    connection: Any
    busy: list[int] = attrs.field(factory=list)


def _dispatch(
    units: Iterator[_Work], workers: list[_Worker], size: Callable[[_Work], int]
) -> Iterator[Any]:
    """
    Hand out units and collect reports, in this thread alone: no helper threads compete with
    the workers for the processor. At most :data:`UNITS_IN_FLIGHT_PER_JOB` units per worker
    are out and unreported, so memory is bounded. A unit that carries its text is sent only
    to an idle worker, so that sending never waits on a worker that waits on us.
    """
    from multiprocessing.connection import wait  # noqa: PLC0415 - see _parallel

    window = UNITS_IN_FLIGHT_PER_JOB * len(workers)
    done: dict[int, Any] = {}
    sent = reported = 0
    unit = next(units, None)
    while True:
        while unit is not None and sent - reported < window:
            worker = _idle(workers, big=size(unit) > _SMALL_MESSAGE)
            if worker is None:
                break
            _send(worker, (sent, unit))
            worker.busy.append(sent)
            sent += 1
            unit = next(units, None)
        if sent == reported:
            return
        ready = wait([w.connection for w in workers if w.busy])
        for worker in workers:
            if worker.connection in ready:
                number, result = _receive(worker)
                done[number] = result
        while reported in done:
            result = done.pop(reported)
            if isinstance(result, BaseException):
                raise result  # in input order: every earlier unit's result is out, as with map
            yield result
            reported += 1


def _idle(workers: list[_Worker], *, big: bool) -> _Worker | None:
    least = min(workers, key=lambda worker: len(worker.busy))
    if len(least.busy) >= UNITS_IN_FLIGHT_PER_JOB or (big and least.busy):
        return None
    return least


def _send(worker: _Worker, message: tuple[int, Any]) -> None:
    try:
        worker.connection.send(message)
    except OSError:
        _lost(worker)


def _lost(worker: _Worker) -> NoReturn:
    worker.process.join(1)
    msg = f"a worker process stopped unexpectedly (exit code {worker.process.exitcode})"
    raise RuntimeError(msg) from None


def _receive(worker: _Worker) -> tuple[int, Any]:
    try:
        number, result = worker.connection.recv()
    except (EOFError, OSError):
        _lost(worker)
    worker.busy.remove(number)
    return number, result


def _serve(connection: Any, work: Callable[[Any], object], others: tuple[Any, ...]) -> None:
    """A worker process: do the *work* on each unit received until told to stop (``None``)."""
    for other in others:
        other.close()
    warm = False
    try:
        while (message := connection.recv()) is not None:
            number, unit = message
            try:
                result = work(unit)
            except Exception as exc:  # noqa: BLE001 - raised again in the parent
                result = _portable(exc)
            connection.send((number, result))
            if not warm:
                # What the first unit built to last (a kind's fast path, its rules) joins
                # the inherited objects that collections leave alone; its garbage does not.
                gc.collect()
                gc.freeze()
                warm = True
    except (KeyboardInterrupt, EOFError, BrokenPipeError):
        pass  # the parent is stopping too


def groups(items: Iterable[_Item]) -> Iterator[tuple[_Item, ...]]:
    """*items* in tuples of at most :data:`UNIT_DOCUMENTS`, in order."""
    batch: list[_Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= UNIT_DOCUMENTS:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def load_files(names: Iterable[str], jobs: int = 1) -> Iterator[tuple[str, Any]]:
    """
    Load the file of each of *names* (:func:`~wspolpraca.load_file`), in order, on *jobs*
    processes (1: in this process): its name and its document, or the
    :class:`~wspolpraca.errors.ValidationErrors` that refused it. Names go to the workers
    :data:`UNIT_DOCUMENTS` at a time and the documents come back; any other exception is
    raised here, as with one process.
    """
    if jobs <= 1:
        for name in names:
            yield _loaded(name)
        return
    for loaded in parallel(groups(names), _load_names, jobs):
        yield from loaded


def _loaded(name: str) -> tuple[str, Any]:
    try:
        return name, load_file(name)
    except ValidationErrors as group:
        return name, group


def _load_names(names: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    return tuple(_loaded(name) for name in names)


def _portable(exc: Exception) -> Exception:
    """
    *exc*, or a :exc:`RuntimeError` naming it when it would not survive the pipe (an exception
    whose ``__init__`` cannot be called again from its ``args`` fails to unpickle in the
    parent, under another name, or kills the worker when it cannot be pickled at all).
    """
    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own bytes, just made
    except Exception:  # noqa: BLE001 - any failure: send what can be sent
        return RuntimeError(f"{type(exc).__qualname__}: {exc}")
    return exc
