"""templates/README.md, the reference for anyone who replaces a template, lists exactly what templates see."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest

from generator.config import Config
from generator.ir import Api
from generator.render import Renderer
from generator.render.annotations import TypeRenderer
from generator.render.context import ResourceHelpers, common_context, resource_context
from generator.template_files import builtin_templates, template_names
from tests.support import SMALL_SPEC, write_spec

REFERENCE = builtin_templates() / "README.md"


def _section(title: str) -> str:
    text = REFERENCE.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _first_column(section: str, header: str) -> set[str]:
    """The names in the first column of the table under ``header`` (its header row), call syntax removed."""
    lines = section[section.index(header) :].splitlines()[2:]
    names: set[str] = set()
    for line in lines:
        if not line.startswith("|"):
            break
        cell = line.split("|")[1]
        names.update(re.sub(r"\(.*", "", name) for name in re.findall(r"`([^`]+)`", cell))
    return names


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    from dataclasses import replace

    from generator.diagnostics import Diagnostics
    from generator.pipeline import build_api

    spec = write_spec(tmp_path_factory.mktemp("spec"), SMALL_SPEC)
    config = replace(Config(package_name="small_client", client_name="Small"), spec=spec)
    return build_api(config, Diagnostics())


def test_every_filter_is_listed() -> None:
    ours = set(Renderer().env.filters) - set(jinja2.Environment().filters)
    section = _section("Text from the spec")
    assert _first_column(section, "| filter |") | _first_column(section.split("One filter")[1], "| filter |") == ours


def test_every_global_is_listed() -> None:
    ours = set(Renderer().env.globals) - set(jinja2.Environment().globals)
    assert _first_column(_section("What every template sees"), "| name | what it is |") == ours


def test_the_context_of_every_render_is_listed(api: Api) -> None:
    types = TypeRenderer(api.declarations)
    context = common_context(api, types, ResourceHelpers(api, types))
    section = _section("What every template sees")
    listed = _first_column(section[section.index("The context of every render") :], "| name | what it is |")
    assert listed == set(context)


def test_the_extra_context_of_each_template_is_listed(api: Api) -> None:
    types = TypeRenderer(api.declarations)
    extra = resource_context(ResourceHelpers(api, types), api.resources[0])
    section = _section("What every template sees")
    rows = {line.split("|")[1].strip(): line.split("|")[2] for line in section.splitlines() if ".jinja`" in line}
    resource_row = rows["`package/resources/resource.py.jinja` (one file per resource)"]
    assert set(re.findall(r"`([a-z_]+)`", resource_row)) == set(extra)
    assert re.findall(r"`([a-z_]+)`", rows["`package/models/module.py.jinja` (one file per models module)"]) == [
        "module"
    ]


def test_every_template_is_listed() -> None:
    section = _section("The templates and what they write")
    for name in template_names(builtin_templates()):
        if name == "package/macros.jinja":
            continue
        stem = Path(name).name.removesuffix(".jinja").removesuffix(".py").removesuffix(".toml").removesuffix(".md")
        assert f"`{name}`" in section or (name.startswith("runtime/") and f"`{stem}`" in section), name
