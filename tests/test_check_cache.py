"""The cache of ``oapigen check``: reused only when nothing changed, and never hides a hand edit.

The command runs in-process (click's runner) so that a test can see whether the pipeline ran: the
pipeline's ``build`` is wrapped by a counter, and a cache hit is a check that exits 0 without calling it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator import cache as cache_module
from generator import cli, pipeline
from generator.config import Config
from generator.memo import DISABLE_VARIABLE
from generator.pipeline import Build, build
from generator.render import renderer as renderer_module
from generator.template_files import builtin_templates
from generator.write import compared_part

SPEC = """
openapi: 3.1.0
info: {title: Small, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
components:
  schemas:
    Thing:
      $ref: "./shared.yaml#/Thing"
"""

SHARED = """
Thing:
  type: object
  required: [id]
  properties:
    id: {type: string}
"""

CONFIG = """
[tool.oapigen]
spec = "openapi.yaml"
out = "out"
package-name = "small_client"
"""


@dataclass(frozen=True)
class CheckRun:
    exit_code: int
    output: str
    built: bool
    """Whether the pipeline ran: False means the cache answered."""


@dataclass
class Project:
    root: Path
    builds: list[int]

    @property
    def config(self) -> Path:
        return self.root / "pyproject.toml"

    @property
    def out(self) -> Path:
        return self.root / "out"

    def run(self, command: str, *extra: str) -> Result:
        return CliRunner().invoke(cli.main, [command, "--config", str(self.config), *extra])

    def check(self, *extra: str) -> CheckRun:
        before = len(self.builds)
        result = self.run("check", *extra)
        return CheckRun(result.exit_code, result.output, built=len(self.builds) > before)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Project]:
    monkeypatch.delenv(DISABLE_VARIABLE, raising=False)
    (tmp_path / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "shared.yaml").write_text(SHARED, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    builds: list[int] = []

    def counting_build(config: Config) -> Build:
        builds.append(1)
        return build(config)

    monkeypatch.setattr(pipeline, "build", counting_build)  # the commands import it when they run
    project = Project(tmp_path, builds)
    generated = project.run("generate")
    assert generated.exit_code == 0, generated.output
    yield project


def _recorded(project: Project) -> None:
    """A first check fills the cache (it has nothing to reuse yet)."""
    first = project.check()
    assert first.exit_code == 0, first.output
    assert first.built
    assert list((project.root / ".cache" / "oapigen").glob("check-*.json"))


def test_nothing_changed_reuses_the_cache(project: Project) -> None:
    _recorded(project)
    second = project.check()
    assert second.exit_code == 0, second.output
    assert not second.built
    assert "matches" in second.output


def test_a_hand_edit_is_still_detected_with_a_diff(project: Project) -> None:
    _recorded(project)
    version_file = project.out / "small_client" / "_version.py"
    version_file.write_text(version_file.read_text().replace('"0.1.0"', '"0.1.1"'))
    edited = project.check()
    assert edited.exit_code == 1
    assert '-__version__ = "0.1.1"' in edited.output and '+__version__ = "0.1.0"' in edited.output
    assert "--- a/small_client/_version.py" in edited.output


def test_a_file_made_executable_is_a_difference_generate_undoes(project: Project) -> None:
    """check ignored modes while generate rewrote them: a chmod +x passed check, then generate left git
    status dirty (git records the executable bit)."""
    _recorded(project)
    version_file = project.out / "small_client" / "_version.py"
    version_file.chmod(0o755)
    for _ in range(2):  # the cache's verdict, and the one it records when it is not used
        result = project.check()
        assert result.exit_code == 1
        assert "-<an executable file: oapigen writes it without the executable bit>" in result.output
    assert project.run("generate").exit_code == 0
    assert not version_file.stat().st_mode & 0o111
    assert project.check().exit_code == 0


def test_a_deleted_or_added_file_is_still_detected(project: Project) -> None:
    _recorded(project)
    (project.out / "small_client" / "py.typed").unlink()
    (project.out / "stray.txt").write_text("x\n")
    result = project.check()
    assert result.exit_code == 1
    assert "+++ b/small_client/py.typed" in result.output and "--- a/stray.txt" in result.output


def test_installing_the_package_from_its_folder_leaves_it_current(project: Project) -> None:
    """``pip install ./out`` (setuptools builds in place) leaves ``build/`` and ``*.egg-info`` there."""
    before = set(project.out.iterdir())
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check"]
    install = subprocess.run(
        [*pip, "--target", str(project.root / "installed"), str(project.out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    leftovers = sorted(path.name for path in set(project.out.iterdir()) - before)
    assert "build" in leftovers and any(name.endswith(".egg-info") for name in leftovers), leftovers
    _recorded(project)
    assert project.check().exit_code == 0 and not project.check().built
    # a hand edit beside them is still seen
    (project.out / "small_client" / "py.typed").write_text("edited\n")
    assert project.check().exit_code == 1


def test_install_leftovers_are_compared_where_the_spec_produces_that_name() -> None:
    tree = {"build/lib/x.py": b"", "pkg.egg-info/PKG-INFO": b"", "dist/p.whl": b"", "pkg/x.egg-info/y": b""}
    assert compared_part(tree, {"pkg/__init__.py"}) == {"pkg/x.egg-info/y": b""}
    assert set(compared_part(tree, {"build/__init__.py"})) == {"build/lib/x.py", "pkg/x.egg-info/y"}
    assert compared_part({"build": b"a file"}, set()) == {"build": b"a file"}


@pytest.mark.parametrize("cache", ["kept", "removed"])
def test_an_added_link_or_fifo_is_detected(project: Project, tmp_path: Path, cache: str) -> None:
    _recorded(project)
    if cache == "removed":
        shutil.rmtree(project.root / ".cache" / "oapigen")
    code = tmp_path / "elsewhere"
    code.mkdir()
    (code / "plugin.py").write_text("print('ran')\n")
    (project.out / "small_client" / "plugins").symlink_to(code, target_is_directory=True)
    (project.out / "small_client" / "extra.py").symlink_to(code / "plugin.py")
    os.mkfifo(project.out / "small_client" / "pipe")
    result = project.check()
    assert result.exit_code == 1, result.output
    for name in ("plugins", "extra.py", "pipe"):
        assert f"--- a/small_client/{name}" in result.output


def test_a_spec_change_invalidates_the_cache(project: Project) -> None:
    _recorded(project)
    spec = project.root / "openapi.yaml"
    spec.write_text(spec.read_text().replace("title: Small", "title: Smaller"))
    result = project.check()
    assert result.built
    assert result.exit_code == 1


def test_a_change_to_a_referenced_spec_file_invalidates_the_cache(project: Project) -> None:
    _recorded(project)
    shared = project.root / "shared.yaml"
    shared.write_text(shared.read_text() + "    name: {type: string}\n")
    result = project.check()
    assert result.built
    assert result.exit_code == 1
    assert "name" in result.output


def test_a_configuration_change_invalidates_the_cache(project: Project) -> None:
    _recorded(project)
    project.config.write_text(CONFIG + 'package-version = "0.2.0"\n')
    result = project.check()
    assert result.built
    assert result.exit_code == 1


def test_a_user_template_change_invalidates_the_cache(project: Project) -> None:
    templates = project.root / "templates"
    (templates / "package").mkdir(parents=True)
    override = templates / "package" / "_version.py.jinja"
    override.write_text('__version__ = "{{ package.version }}"\n')
    assert project.run("generate", "--templates", str(templates)).exit_code == 0
    first = project.check("--templates", str(templates))
    assert first.exit_code == 0 and first.built
    assert not project.check("--templates", str(templates)).built
    override.write_text('__version__ = "{{ package.version }}"  # house style\n')
    result = project.check("--templates", str(templates))
    assert result.built
    assert result.exit_code == 1 and "house style" in result.output


def test_a_user_template_in_a_linked_folder_is_seen_when_it_changes(project: Project) -> None:
    """The digest walked the templates with rglob, which does not enter a linked folder, while Jinja's loader
    reads through it: an edit there left check reusing the old verdict (exit 0 on a stale output)."""
    shared = project.root / "shared-templates"
    shared.mkdir()
    override = shared / "_version.py.jinja"
    override.write_text('__version__ = "{{ package.version }}"\n')
    templates = project.root / "templates"
    templates.mkdir()
    (templates / "package").symlink_to(shared)
    assert project.run("generate", "--templates", str(templates)).exit_code == 0
    assert project.check("--templates", str(templates)).exit_code == 0
    override.write_text('__version__ = "{{ package.version }}"  # house style\n')
    result = project.check("--templates", str(templates))
    assert result.built
    assert result.exit_code == 1 and "house style" in result.output


def test_a_builtin_template_change_invalidates_the_cache(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    builtin = project.root / "builtin-templates"
    shutil.copytree(builtin_templates(), builtin)
    monkeypatch.setattr(renderer_module, "builtin_templates", lambda: builtin)
    monkeypatch.setattr(cache_module, "builtin_templates", lambda: builtin)
    _recorded(project)
    assert not project.check().built
    version_template = builtin / "package" / "_version.py.jinja"
    version_template.write_text(version_template.read_text() + "# changed\n")
    result = project.check()
    assert result.built
    assert result.exit_code == 1 and "# changed" in result.output


def test_a_new_generator_version_invalidates_the_cache(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    _recorded(project)
    monkeypatch.setattr(cache_module, "__version__", "99.0.0")
    result = project.check()
    assert result.built
    assert result.exit_code == 0


def test_the_cache_can_be_turned_off(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_VARIABLE, "1")
    assert project.check().built
    assert project.check().built
    assert not (project.root / ".cache").exists()


def test_a_corrupt_cache_entry_is_ignored(project: Project) -> None:
    _recorded(project)
    for entry in (project.root / ".cache" / "oapigen").glob("check-*.json"):
        entry.write_text("{not json")
    result = project.check()
    assert result.exit_code == 0 and result.built


def test_a_spec_edited_while_check_runs_is_not_recorded_as_current(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = project.root / "openapi.yaml"

    def build_then_edit(config: Config) -> Build:
        result = build(config)  # the build has read the spec; the user saves an edit just after
        spec.write_text(spec.read_text().replace("title: Small", "title: Edited"))
        return result

    monkeypatch.setattr(pipeline, "build", build_then_edit)
    racing = project.run("check")
    assert racing.exit_code == 0, racing.output  # the output matches the spec as it was read
    monkeypatch.setattr(pipeline, "build", build)
    after = project.run("check")
    assert after.exit_code == 1  # not a cache hit on the edited spec
    assert "Edited" in after.output


def test_a_cache_hit_imports_neither_the_ir_nor_the_pipeline(project: Project) -> None:
    """What makes a check with nothing changed fast: it reads the configuration and hashes the inputs,
    without the IR's dataclasses (17 ms of imports, which a pagination literal once pulled in), the
    normalizer or Jinja."""
    _recorded(project)
    script = (
        "import sys\n"
        "from generator import cli\n"
        f"cli.main(['check', '--config', {str(project.config)!r}], standalone_mode=False)\n"
        "print(sorted(m for m in ('generator.ir', 'generator.normalize', 'jinja2') if m in sys.modules))\n"
    )
    # in the working folder of the check that recorded the cache: the folder is part of the record
    ran = subprocess.run([sys.executable, "-c", script], cwd=Path.cwd(), capture_output=True, text=True, check=False)
    assert ran.returncode == 0, ran.stderr
    assert "matches" in ran.stdout + ran.stderr
    assert ran.stdout.strip().splitlines()[-1] == "[]"
