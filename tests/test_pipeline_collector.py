"""The cyclic garbage collector is paused while the document and the IR are built, then kept to the
young objects while rendering, and given back as it was, whatever happens."""

from __future__ import annotations

import dataclasses
import gc
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.diagnostics import Diagnostics, SpecError
from generator.render import Renderer
from tests.support import repo_config


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool, bool]]:
    """(stage, collector enabled, objects frozen) at the start of normalize and of render."""
    states: list[tuple[str, bool, bool]] = []
    real_normalizing, real_render = pipeline.normalizing, Renderer.render

    def spying_normalizing(*args: Any, **kwargs: Any) -> Any:
        states.append(("normalize", gc.isenabled(), gc.get_freeze_count() > 0))
        return real_normalizing(*args, **kwargs)

    def spying_render(self: Renderer, *args: Any, **kwargs: Any) -> Any:
        states.append(("render", gc.isenabled(), gc.get_freeze_count() > 0))
        return real_render(self, *args, **kwargs)

    monkeypatch.setattr(pipeline, "normalizing", spying_normalizing)
    monkeypatch.setattr(Renderer, "render", spying_render)
    return states


def test_paused_while_building_then_young_objects_only_while_rendering(seen: list[tuple[str, bool, bool]]) -> None:
    assert gc.isenabled() and gc.get_freeze_count() == 0
    build = pipeline.build(repo_config())
    assert len(build.files) > 300
    assert seen == [("normalize", False, False), ("render", True, True)]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_given_back_when_the_spec_is_bad(tmp_path: Path, seen: list[tuple[str, bool, bool]]) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a: {get: {responses: 5}}\n")
    with pytest.raises(SpecError):
        pipeline.build(dataclasses.replace(repo_config(), spec=spec))
    assert seen == [("normalize", False, False)]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_collector_turned_off_by_the_caller_stays_off(seen: list[tuple[str, bool, bool]]) -> None:
    gc.disable()
    try:
        pipeline.build(repo_config())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_was_built_while_paused_is_not_left_to_the_young_generations() -> None:
    """Else the first collection after the pause walks all of it (40 ms on Stripe's spec)."""
    api = pipeline.build_api(repo_config(), Diagnostics())
    assert len(api.declarations) > 400
    young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
    assert young < 1_000, young


def test_objects_the_host_process_froze_stay_frozen() -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        build = pipeline.build(repo_config())
        assert len(build.files) > 300
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()
