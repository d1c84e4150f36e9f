"""Independent work given to a second process, where the machine has a core for it and it is safe.

Two shapes of it. ``map_shared`` splits a list: rendering the Braintrust client's 327 files takes about
0.15 s of one core while the other waits; a forked child renders every other file and hands the texts
back through a pipe (forking and pickling them cost about 7 ms), so the stage takes a little more than
half as long on two cores. ``run_aside`` starts optional work early and takes its result later, if at
all: the templates' code is made ready, and openapi-pydantic is imported (0.15 s) to validate the
structural objects ahead, while this process reads and normalizes the spec.

The child is only forked where that is safe and can pay off: on Linux (fork, without macOS's
objections), in a process with one thread (forking a threaded process can leave a lock held forever
in the child), with at least two cores available and enough items. Otherwise, or when the child fails
in any way, this process does all of the work itself, so the result, an exception included, is the
same as without the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["Aside", "map_shared", "run_aside"]

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_ITEMS = 32
"""Below this many items, forking costs more than it saves."""


def map_shared(work: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """``[work(item) for item in items]``, with every other item done by a forked child when possible."""
    if len(items) < MIN_ITEMS or not _may_fork():
        return [work(item) for item in items]
    theirs = items[1::2]
    try:
        child, pipe = _start_child(work, theirs)
    except OSError:  # no process or pipe to be had (a limit, a sandbox): all of it here, then
        return [work(item) for item in items]
    try:
        mine = [work(item) for item in items[::2]]
    except BaseException:
        _abandon(child, pipe)
        raise
    results: list[Result] | None = _collect(child, pipe, len(theirs))
    if results is None:  # the child failed: its share is done here, where any exception can surface
        results = [work(item) for item in theirs]
    merged = [*mine, *results]
    merged[::2], merged[1::2] = mine, results
    return merged


class Aside(Generic[Result]):
    """Work a forked child is doing, whose result this process may take later, or never.

    Only for work whose result is a help, not a need (a cache filled ahead): when no child could be
    started, or it failed, :meth:`result` is None and the caller does without.
    """

    def __init__(self, child: tuple[int, int] | None) -> None:
        self._child = child

    def ready(self) -> bool:
        """Whether the child is done (it has begun to hand over its result, or has ended), or there is none."""
        if self._child is None:
            return True
        poller = select.poll()  # not select.select, which refuses descriptors numbered 1024 and above
        poller.register(self._child[1], select.POLLIN)
        return bool(poller.poll(0))

    def result(self) -> Result | None:
        """Waits for the child and returns what it made, or None; the child is gone afterwards."""
        if self._child is None:
            return None
        pid, reading = self._child
        self._child = None
        results: list[Result] | None = _collect(pid, reading, 1)
        return results[0] if results is not None else None

    def abandon(self) -> None:
        """Drops the result (late, or no longer wanted): a child still at work is stopped, and reaped."""
        if self._child is not None:
            _abandon(*self._child)
            self._child = None


def run_aside(work: Callable[[], Result]) -> Aside[Result]:
    """``work()`` started in a forked child where possible; take its result with :meth:`Aside.result`.

    Whether or not a child does it, the caller must end with ``result()`` or ``abandon()``.
    """
    if not _may_fork():
        return Aside(None)
    try:
        return Aside(_start_child(lambda _: work(), [None]))
    except OSError:
        return Aside(None)


def _may_fork() -> bool:
    if not sys.platform.startswith("linux") or threading.active_count() != 1:
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except OSError:
        return False


def _start_child(work: Callable[[Item], Result], items: Sequence[Item]) -> tuple[int, int]:
    """Forks a child that does ``items`` and writes the pickled results to a pipe; returns its pid and
    the pipe's reading end."""
    reading, writing = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        raise
    if pid == 0:  # the child: never returns, never runs the parent's exit handlers or flushes its buffers
        status = 1
        try:
            os.close(reading)
            data = pickle.dumps([work(item) for item in items], protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(writing, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(writing)
    return pid, reading


def _collect(pid: int, reading: int, count: int) -> list[Result] | None:
    """The child's results, or None when it did not deliver them all; the child is reaped either way."""
    try:
        with os.fdopen(reading, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:  # reaped already (SIGCHLD ignored): only complete data unpickles below
        status = 0
    except BaseException:  # interrupted while waiting (Ctrl-C): the child is still stopped and reaped
        _stop(pid)
        raise
    if status != 0 or not data:
        return None
    try:
        results = pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    return results if isinstance(results, list) and len(results) == count else None


def _abandon(pid: int, reading: int) -> None:
    """The child is stopped wherever it is (its work is no longer wanted) and reaped, so no zombie is left."""
    os.close(reading)
    _stop(pid)


def _stop(pid: int) -> None:
    # Both calls may find the child gone: reaped by the system where SIGCHLD is ignored, or by a wait of
    # ours that an interruption cut short.
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
