"""Work shared with a forked child gives the results of doing it all here, failures included."""

from __future__ import annotations

import os
import threading

import pytest

from generator import parallel
from generator.diagnostics import Diagnostics
from generator.pipeline import build_api
from generator.render import Renderer
from tests.support import record_forks, repo_config


@pytest.fixture(autouse=True)
def _two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the machine running the tests has, these tests see two cores (fork is Linux's)."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1})


def _pid_and_square(value: int) -> tuple[int, int]:
    return os.getpid(), value * value


def test_the_child_does_every_other_item_and_the_order_is_kept() -> None:
    results = parallel.map_shared(_pid_and_square, range(100))
    assert [square for _, square in results] == [value * value for value in range(100)]
    here = os.getpid()
    assert {pid for pid, _ in results[::2]} == {here}
    assert len({pid for pid, _ in results[1::2]}) == 1 and results[1][0] != here


def test_few_items_or_several_threads_stay_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    here = os.getpid()
    assert {pid for pid, _ in parallel.map_shared(_pid_and_square, range(parallel.MIN_ITEMS - 1))} == {here}
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert {pid for pid, _ in parallel.map_shared(_pid_and_square, range(100))} == {here}


def test_a_failure_in_the_child_is_raised_here() -> None:
    parent = os.getpid()

    def fails_in_the_child(value: int) -> int:
        if value == 51 and os.getpid() != parent:
            os.kill(os.getpid(), 9)  # the child dies without a word: its share is done here
        if value == 77:
            raise ValueError("item 77")
        return value

    with pytest.raises(ValueError, match="item 77"):
        parallel.map_shared(fails_in_the_child, range(100))
    assert parallel.map_shared(lambda value: value if value != 77 else 0, range(100))[77] == 0


def test_a_failure_here_leaves_no_child_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    children = record_forks(monkeypatch)

    def fails_here(value: int) -> int:
        if value == 50:
            raise KeyError(value)
        return value

    with pytest.raises(KeyError):
        parallel.map_shared(fails_here, range(100))
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # reaped already: not even a zombie is left


def test_the_braintrust_client_renders_alike_shared_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    api = build_api(repo_config(), Diagnostics())
    forks = record_forks(monkeypatch)
    renderer = Renderer()
    shared = renderer.render(api)
    assert len(forks) == 1
    monkeypatch.setattr(parallel, "MIN_ITEMS", 10**9)
    alone = renderer.render(api)
    assert len(forks) == 1
    assert shared == alone


def test_when_no_process_can_be_forked_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    here = os.getpid()
    assert parallel.map_shared(_pid_and_square, range(100)) == [(here, value * value) for value in range(100)]
