"""The Python source Jinja generates from the built-in templates ships beside them (compiled.json), is
current, and spares a run without a memo Jinja's compiling; it is used only for the very text, Jinja
version and settings it was made from."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator import parallel, template_code
from generator.diagnostics import Diagnostics
from generator.files import RenderedFile
from generator.ir import Api
from generator.pipeline import build_api
from generator.render import Renderer
from generator.render import renderer as renderer_module
from generator.template_files import builtin_templates, template_names
from tests.support import repo_config


@pytest.fixture
def compiled_by_jinja(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja compiles from their text in this process (no memo, no child)."""
    monkeypatch.setenv("OAPIGEN_NO_CACHE", "1")
    monkeypatch.setattr(parallel, "_may_fork", lambda: False)
    compiled: list[str] = []
    real_compile = jinja2.Environment.compile

    def counted(self: jinja2.Environment, source: str, name: str | None = None, *args: Any) -> Any:
        compiled.append(str(name))
        return real_compile(self, source, name, *args)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    return compiled


@pytest.fixture(scope="module")
def api() -> Api:
    return build_api(repo_config(), Diagnostics())


def _render_from_text(api: Api, monkeypatch: pytest.MonkeyPatch, templates: Path | None = None) -> list[RenderedFile]:
    with monkeypatch.context() as patched:
        patched.setattr(renderer_module, "SHIPPED", "none-shipped.json")
        return Renderer(templates).render(api)


def test_the_shipped_source_is_what_the_templates_make_now() -> None:
    folder = builtin_templates()
    made = template_code.shipped_code(Renderer().env, template_names(folder))
    assert made == (folder / template_code.SHIPPED).read_text(encoding="utf-8"), (
        "templates/compiled.json is out of date: run `python -m generator.template_code`"
    )


def test_a_run_without_a_memo_has_jinja_compile_no_builtin_template(
    api: Api, compiled_by_jinja: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = Renderer().render(api)
    assert compiled_by_jinja == []
    assert files == _render_from_text(api, monkeypatch)
    assert "package/models/module.py.jinja" in compiled_by_jinja  # rendering from the text compiled them


def test_an_overriding_template_is_compiled_from_its_text(
    api: Api, compiled_by_jinja: list[str], tmp_path: Path
) -> None:
    builtin = builtin_templates() / "package" / "_version.py.jinja"
    override = tmp_path / "package" / "_version.py.jinja"
    override.parent.mkdir(parents=True)
    override.write_text(builtin.read_text(encoding="utf-8") + "# overridden\n", encoding="utf-8")
    files = {file.path: file.content for file in Renderer(tmp_path).render(api)}
    assert compiled_by_jinja == ["package/_version.py.jinja"]
    assert files["braintrust_client/_version.py"].endswith("# overridden\n")


@pytest.mark.parametrize("change", ["another jinja", "other settings", "not json", "no such file"])
def test_shipped_source_for_another_jinja_or_settings_is_not_used(
    change: str, api: Api, compiled_by_jinja: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = json.loads((builtin_templates() / template_code.SHIPPED).read_text(encoding="utf-8"))
    if change == "another jinja":
        stored["generator"]["jinja"] = "0.0.1"
    elif change == "other settings":
        stored["generator"]["whitespace"][0] = not stored["generator"]["whitespace"][0]
    shipped = tmp_path / "compiled.json"
    if change == "not json":
        shipped.write_text("{", encoding="utf-8")
    elif change != "no such file":
        shipped.write_text(json.dumps(stored), encoding="utf-8")
    monkeypatch.setattr(renderer_module, "SHIPPED", os.path.relpath(shipped, builtin_templates()))
    files = Renderer().render(api)
    assert "package/models/module.py.jinja" in compiled_by_jinja
    assert files == _render_from_text(api, monkeypatch)


def test_code_from_the_shipped_source_knows_its_template_file(compiled_by_jinja: list[str]) -> None:
    template = Renderer().env.get_template("package/_client.py.jinja")
    assert compiled_by_jinja == []
    assert template.filename == str(builtin_templates() / "package" / "_client.py.jinja")


def test_the_same_text_under_another_name_is_compiled_from_its_text(
    compiled_by_jinja: list[str], tmp_path: Path
) -> None:
    text = (builtin_templates() / "package" / "_version.py.jinja").read_text(encoding="utf-8")
    (tmp_path / "another.jinja").write_text(text, encoding="utf-8")
    Renderer(tmp_path).env.get_template("another.jinja")
    assert compiled_by_jinja == ["another.jinja"]


def test_a_filter_passed_other_arguments_than_the_shipped_code_expects_gets_code_compiled_anew(
    compiled_by_jinja: list[str],
) -> None:
    environment = Renderer().env
    pystr = environment.filters["pystr"]
    environment.filters["pystr"] = jinja2.pass_context(lambda context, value: pystr(value))
    environment.get_template("package/models/module.py.jinja")
    assert "package/models/module.py.jinja" in compiled_by_jinja
