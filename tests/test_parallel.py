"""Work shared with a forked child gives the results of doing it all here, failures included; work set
aside in a child helps when it succeeds and changes nothing when it does not."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator import parallel
from generator.diagnostics import Diagnostics
from generator.load import display_path
from generator.pipeline import build_api
from generator.render import Renderer
from generator.render import renderer as renderer_module
from generator.template_files import UserTemplateError
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


# --- work aside: a result taken later, or done without ---------------------------------------------


def test_work_aside_is_done_by_a_child_and_its_result_taken_later() -> None:
    aside = parallel.run_aside(lambda: (os.getpid(), "made"))
    result = aside.result()
    assert result is not None and result[1] == "made" and result[0] != os.getpid()
    assert aside.result() is None  # taken once; the child is gone


def test_work_aside_that_fails_or_cannot_start_gives_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails() -> str:
        raise RuntimeError("in the child")

    assert parallel.run_aside(fails).result() is None
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    forks = record_forks(monkeypatch)
    assert parallel.run_aside(lambda: "made").result() is None
    assert forks == []


def test_work_aside_abandoned_leaves_no_child_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    children = record_forks(monkeypatch)
    aside = parallel.run_aside(lambda: "x" * 1_000_000)  # more than a pipe holds: the child is still writing
    aside.abandon()
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)


def _counting_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates this process compiles from now on."""
    compiled: list[str] = []
    real_compile = jinja2.Environment.compile
    here = os.getpid()

    def compile_counted(self: jinja2.Environment, source: str, name: str | None = None, *args: Any) -> Any:
        if os.getpid() == here:
            compiled.append(str(name))
        return real_compile(self, source, name, *args)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_counted)
    return compiled


def test_templates_compiled_ahead_by_a_child_are_not_compiled_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAPIGEN_NO_CACHE", "1")  # nothing compiled before: the memo is off,
    monkeypatch.setattr(renderer_module, "SHIPPED", "none-shipped.json")  # and no source shipped with the templates
    api = build_api(repo_config(), Diagnostics())
    compiled_here = _counting_compiles(monkeypatch)
    ahead = Renderer()
    with ahead.compiling_ahead():
        files = ahead.render(api)
    assert compiled_here == []
    assert files == Renderer().render(api)
    assert "package/models/module.py.jinja" in compiled_here  # the renderer without help compiled them


def test_a_broken_template_fails_alike_with_or_without_the_child(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OAPIGEN_NO_CACHE", "1")
    (tmp_path / "package" / "models").mkdir(parents=True)
    (tmp_path / "package" / "models" / "module.py.jinja").write_text("{% if %}\n")
    api = build_api(repo_config(), Diagnostics())
    with pytest.raises(UserTemplateError) as alone:
        Renderer(tmp_path).render(api)
    renderer = Renderer(tmp_path)
    with pytest.raises(UserTemplateError) as ahead, renderer.compiling_ahead():
        renderer.render(api)
    assert str(ahead.value) == str(alone.value)
    assert str(alone.value).startswith(f"{display_path(tmp_path / 'package' / 'models' / 'module.py.jinja')}:1: ")


def test_a_child_is_watched_whatever_its_descriptor_number() -> None:
    """select.select refuses descriptors from 1024 on; a host process may well have that many open."""
    opened = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        aside = parallel.run_aside(lambda: "made")
        while not aside.ready():
            pass
        assert aside.result() == "made"
    finally:
        for descriptor in opened:
            os.close(descriptor)


def test_children_reaped_by_the_system_still_deliver(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where SIGCHLD is ignored, the system reaps children itself and waitpid finds none."""
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert parallel.map_shared(_pid_and_square, range(100))[99][1] == 99 * 99
        assert parallel.run_aside(lambda: "made").result() == "made"
        parallel.run_aside(lambda: "x" * 1_000_000).abandon()
    finally:
        signal.signal(signal.SIGCHLD, previous)


def test_a_wait_cut_short_still_stops_and_reaps_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    children = record_forks(monkeypatch)
    aside = parallel.run_aside(lambda: "made")

    real_waitpid = os.waitpid

    def interrupted_once(pid: int, options: int) -> tuple[int, int]:
        monkeypatch.setattr(os, "waitpid", real_waitpid)  # the next wait (the reaping) is a real one
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "waitpid", interrupted_once)
    with pytest.raises(KeyboardInterrupt):
        aside.result()
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)
