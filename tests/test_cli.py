"""The command as its users run it: summary line, exit statuses, check, determinism, templates."""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator import cli, entry
from generator.write import diff_trees, read_tree
from tests.support import BRAINTRUST_SPEC, REPO, SMALL_SPEC, oapigen, run, write_spec


def _args(spec: Path, out: Path, *extra: str) -> list[str]:
    return ["--spec", str(spec), "--out", str(out), "--package-name", "small_client", *extra]


def test_generate_prints_one_summary_line(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    result = oapigen("generate", *_args(spec, tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "1 operations" in lines[0] and "models" in lines[0] and "files" in lines[0] and "warnings" in lines[0]
    assert lines[0].rstrip().split(" -> ")[0].endswith("s")  # the seconds
    assert (tmp_path / "out" / "small_client" / "__init__.py").is_file()


def test_check_is_green_after_generate_and_red_after_a_hand_edit(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    out = tmp_path / "out"
    assert oapigen("generate", *_args(spec, out)).returncode == 0
    clean = oapigen("check", *_args(spec, out))
    assert clean.returncode == 0, clean.stdout + clean.stderr
    target = out / "small_client" / "_version.py"
    target.write_text(target.read_text().replace('"0.1.0"', '"0.1.1"'))
    edited = oapigen("check", *_args(spec, out))
    assert edited.returncode == 1
    assert '-__version__ = "0.1.1"' in edited.stdout and '+__version__ = "0.1.0"' in edited.stdout
    assert "--- a/small_client/_version.py" in edited.stdout


def test_check_reports_missing_and_extra_files(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    out = tmp_path / "out"
    oapigen("generate", *_args(spec, out))
    (out / "small_client" / "py.typed").unlink()
    (out / "stray.txt").write_text("x\n")
    result = oapigen("check", *_args(spec, out))
    assert result.returncode == 1
    assert "+++ b/small_client/py.typed" in result.stdout
    assert "--- a/stray.txt" in result.stdout


def test_check_refuses_a_folder_oapigen_did_not_write(tmp_path: Path) -> None:
    """As generate refuses to replace it: `--out /` walked the whole file system, then failed (exit 3)."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("x\n")
    result = oapigen("check", *_args(spec, mine))
    assert result.returncode == 2, result.stderr
    assert "was not written by oapigen" in result.stderr


def test_check_names_a_file_it_cannot_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not an internal error (exit 3): the message and exit 2 of any other output it cannot use."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    out = tmp_path / "out"
    assert oapigen("generate", *_args(spec, out)).returncode == 0
    locked = out / "small_client" / "py.typed"
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setenv("OAPIGEN_NO_CACHE", "1")
    result = CliRunner().invoke(cli.main, ["check", *_args(spec, out)])
    assert result.exit_code == 2, result.output
    assert f"cannot read {locked}: Permission denied" in result.output


def test_check_against_a_file_is_refused_as_generate_refuses_it(tmp_path: Path) -> None:
    """A file is no output to compare with: the command is wrong (exit 2), not the output (exit 1)."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    target = tmp_path / "out.txt"
    target.write_text("x\n")
    for command in ("generate", "check"):
        result = oapigen(command, *_args(spec, target))
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert f"oapigen: {target} exists and is not a folder" in result.stderr
        assert target.read_text() == "x\n"


def test_one_character_edit_of_the_committed_client_fails_check(tmp_path: Path, generated_root: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(generated_root, copy)
    models = copy / "braintrust_client" / "models" / "project.py"
    text = models.read_text()
    models.write_text(text.replace("class Project(", "class Projekt(", 1))
    result = oapigen("check", "--out", str(copy))
    assert result.returncode == 1
    assert "-class Projekt(" in result.stdout and "+class Project(" in result.stdout


def test_two_runs_with_different_hash_seeds_give_identical_bytes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = oapigen("generate", "--out", str(out), env=env)
        assert result.returncode == 0, result.stderr
        outputs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 100


def test_the_working_folder_does_not_change_the_bytes(tmp_path: Path) -> None:
    # ruff judges which imports are first-party by the folders beside its working folder: a folder
    # named like a dependency where oapigen is started must not regroup the generated imports.
    spec = write_spec(tmp_path, SMALL_SPEC)
    plain, crowded = tmp_path / "plain", tmp_path / "crowded"
    for name in ("pydantic", "httpx", "typing_extensions"):
        (crowded / name).mkdir(parents=True)
        (crowded / name / "__init__.py").write_text("")
    plain.mkdir()
    trees = []
    for cwd in (plain, crowded):
        env = {**os.environ, "OAPIGEN_NO_CACHE": "1"}
        # the installed command, as a user runs it: `python -m` would import the folders above as packages
        command = [str(Path(sys.executable).with_name("oapigen")), "generate", *_args(spec, cwd / "out")]
        result = run(command, cwd=cwd, env=env)
        assert result.returncode == 0, result.stderr
        out = cwd / "out"
        trees.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1]
    assert b"from pydantic import" in trees[0][Path("small_client/_models.py")]


def test_bare_generate_in_the_repository_uses_tool_oapigen(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    shutil.copytree(REPO / "specs", copy / "specs")
    result = oapigen("generate", cwd=copy)
    assert result.returncode == 0, result.stderr
    assert "151 operations" in result.stdout
    assert (copy / "generated" / "braintrust_client" / "_client.py").is_file()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# {{ package.client_name }}\n\n{{ unclosed\n", "unexpected end of template"),
        ("# {{ package.client_name }}\n\n{{ nosuchvar }}\n", "'nosuchvar' is undefined"),
        ("# {{ package.client_name }}\n\n{{ 1 // 0 }}\n", "ZeroDivisionError: integer division or modulo by zero"),
        ("# {{ package.client_name }}\n\n{{ 'a' + 1 }}\n", "TypeError: "),
        ('# {{ package.client_name }}\n\n{% include "package/README.md.jinja" %}\n', "RecursionError: "),
    ],
    ids=["syntax", "undefined", "zero-division", "type-error", "includes-itself"],
)
def test_a_broken_user_template_is_reported_with_its_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "README.md.jinja").write_text(text)
    out = tmp_path / "out"
    result = oapigen("generate", *_args(spec, out, "--templates", str(tmp_path / "templates")), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().startswith(f"templates/package/README.md.jinja:3: {message}")
    assert not out.exists()


@pytest.mark.parametrize("command", ["generate", "check"])
def test_user_templates_that_write_invalid_python_are_bad_input_not_a_bug(tmp_path: Path, command: str) -> None:
    """ruff refusing the code is oapigen's bug where its own templates wrote it (exit 3), and the user's
    mistake where theirs take part (exit 2)."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "_version.py.jinja").write_text("def broken(:\n")
    out = tmp_path / "out"
    result = oapigen(command, *_args(spec, out, "--templates", str(tmp_path / "templates")), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "the templates wrote code that is not valid Python: ruff failed on the generated code" in result.stderr
    assert "internal error" not in result.stderr
    assert not out.exists()


def test_a_user_macros_template_lacking_a_macro_the_builtins_call_is_blamed(tmp_path: Path) -> None:
    """A built-in template that fails on a user's template it imports is the user's mistake (exit 2, their
    file named), not oapigen's bug (it was an internal error, exit 3)."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "macros.jinja").write_text("{% macro house_style() %}{% endmacro %}\n")
    out = tmp_path / "out"
    result = oapigen("generate", *_args(spec, out, "--templates", str(tmp_path / "templates")), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    first = result.stderr.strip().splitlines()[0]
    assert first.startswith("templates/package/macros.jinja: the built-in template package/"), first
    assert "which uses yours, failed: " in first and "has no attribute" in first
    assert "internal error" not in result.stderr
    assert not out.exists()


def test_a_user_template_that_is_not_utf8_is_reported_with_its_file(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "README.md.jinja").write_bytes(b"# caf\xe9\n")
    result = oapigen(
        "generate", *_args(spec, tmp_path / "out", "--templates", str(tmp_path / "templates")), cwd=tmp_path
    )
    assert result.returncode == 2, result.stderr
    assert (
        result.stderr.strip()
        == "templates/package/README.md.jinja:1: not UTF-8 text (invalid continuation byte at byte 5)"
    )


def test_diff_refuses_a_version_no_bump_can_move(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    for args, source in [
        (["--current-version", "1.0rc1"], "--current-version"),
        ([], "[tool.oapigen] package-version"),
    ]:
        (tmp_path / "pyproject.toml").write_text('[tool.oapigen]\npackage-version = "2.0.post1"\n', encoding="utf-8")
        result = oapigen("diff", str(spec), str(spec), *args, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith(f"oapigen: {source}: cannot bump version")


def test_user_templates_replace_a_builtin_template_by_name(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "_version.py.jinja").write_text('__version__ = "{{ package.version }}"  # house style\n')
    out = tmp_path / "out"
    result = oapigen("generate", *_args(spec, out, "--templates", str(tmp_path / "templates")))
    assert result.returncode == 0, result.stderr
    assert "# house style" in (out / "small_client" / "_version.py").read_text()


def test_what_user_templates_render_gets_ruffs_fixes(tmp_path: Path) -> None:
    """A user's template may import what it does not use, or out of order: ruff's fix pass tidies that
    before formatting, as the templates' README says."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "_version.py.jinja").write_text(
        'import sys\nimport json\nfrom typing import Any,  Final\n__version__: Final = "{{ package.version }}"\n'
    )
    out = tmp_path / "out"
    result = oapigen("generate", *_args(spec, out, "--templates", str(tmp_path / "templates")))
    assert result.returncode == 0, result.stderr
    assert (out / "small_client" / "_version.py").read_text() == (
        'from typing import Final\n\n__version__: Final = "0.1.0"\n'
    )


def test_a_keyword_for_another_type_of_value_is_no_constraint_left_unenforced(tmp_path: Path) -> None:
    """Kubernetes puts ``uniqueItems`` on every parameter, strings and booleans too: it applies to arrays
    only, so it restricts nothing there (and ``--strict`` has no warning to refuse); on a schema that may
    be an array, it still warns."""
    no_array = SMALL_SPEC.replace("id: {type: string}", "id: {type: string, uniqueItems: true, minProperties: 1}")
    quiet = oapigen("generate", *_args(write_spec(tmp_path, no_array), tmp_path / "out", "--strict"), cwd=tmp_path)
    assert (quiet.returncode, quiet.stderr) == (0, "")
    maybe_array = SMALL_SPEC.replace("id: {type: string}", "id: {type: [string, array], uniqueItems: true}")
    warned = oapigen("generate", *_args(write_spec(tmp_path, maybe_array), tmp_path / "out2"), cwd=tmp_path)
    assert "#/components/schemas/Thing/properties/id: warning: `uniqueItems` is not supported" in warned.stderr


def test_warnings_are_reported_and_strict_turns_them_into_errors(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC.replace("id: {type: string}", "id: {type: string, not: {enum: [x]}}"))
    lenient = oapigen("generate", *_args(spec, tmp_path / "out"), cwd=tmp_path)  # no configuration there
    assert lenient.returncode == 0
    assert "1 warnings" in lenient.stdout
    assert "#/components/schemas/Thing/properties/id: warning: `not` is not supported" in lenient.stderr
    strict = oapigen("generate", *_args(spec, tmp_path / "out2", "--strict"), cwd=tmp_path)
    assert strict.returncode == 2
    assert not (tmp_path / "out2").exists()


# Ctrl-C while Python still imports the command line (its first tens of milliseconds), made certain by
# an import hook that raises it when click is imported.
_INTERRUPTED_WHILE_IMPORTING = """
import sys

class Interrupting:
    def find_spec(self, name, path=None, target=None):
        if name == "click":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Interrupting())
from generator.entry import run
run()
"""


def test_ctrl_c_while_the_command_line_is_imported_ends_quietly() -> None:
    result = run([sys.executable, "-c", _INTERRUPTED_WHILE_IMPORTING, "generate"], cwd=REPO)
    assert (result.returncode, result.stderr) == (cli.EXIT_INTERRUPTED, "oapigen: interrupted\n")
    assert entry.EXIT_INTERRUPTED == cli.EXIT_INTERRUPTED


def test_the_installed_command_starts_at_the_guarded_entry_point() -> None:
    (script,) = importlib.metadata.entry_points(group="console_scripts", name="oapigen")
    assert script.value == "generator.entry:run"


def test_version_and_help() -> None:
    assert oapigen("--version").stdout.startswith("oapigen, version")
    help_text = oapigen("generate", "--help").stdout
    for option in ("--spec", "--out", "--package-name", "--strict", "--templates"):
        assert option in help_text


def test_generate_from_outside_the_repository(tmp_path: Path) -> None:
    out = tmp_path / "client"
    result = run(
        [
            os.fspath(Path(os.sys.executable)),
            "-m",
            "generator",
            "generate",
            "--spec",
            str(BRAINTRUST_SPEC),
            "--out",
            str(out),
            "--package-name",
            "bt",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr
    assert (out / "bt" / "_client.py").is_file()


# The program as its console script runs it, with a teardown hook that shows whether the interpreter's
# teardown took place (``run`` skips it once the command is done and its output flushed).
_PROGRAM = """
import atexit, sys
atexit.register(lambda: print("teardown", flush=True))
if "--traced" in sys.argv:
    sys.argv.remove("--traced")
    sys.settrace(lambda *args: None)
from generator.cli import run
sys.argv = ["oapigen", *sys.argv[1:]]
run()
"""


def _program(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-c", _PROGRAM, *args], env={**os.environ, **(env or {})})


def test_the_program_ends_without_a_teardown_keeping_its_output_and_status(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    generated = _program("generate", *_args(spec, tmp_path / "out"))
    assert generated.returncode == 0, generated.stderr
    assert generated.stdout.startswith("oapigen: 1 operations") and "teardown" not in generated.stdout
    (tmp_path / "out" / "small_client" / "py.typed").write_text("edited\n")
    differs = _program("check", *_args(spec, tmp_path / "out"))
    assert differs.returncode == 1
    assert differs.stdout.startswith("--- a/small_client/py.typed") and "teardown" not in differs.stdout
    refused = _program("generate", "--spec", str(tmp_path / "missing.yaml"), "--out", str(tmp_path / "out2"))
    assert refused.returncode == 2
    assert "missing.yaml" in refused.stderr and "teardown" not in refused.stdout


def test_the_teardown_takes_place_where_a_tracer_or_oapigen_debug_may_need_it() -> None:
    for result in (_program("--version", env={"OAPIGEN_DEBUG": "1"}), _program("--version", "--traced")):
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("oapigen, version") and result.stdout.endswith("teardown\n")


def test_the_program_keeps_its_status_when_started_with_its_output_closed(tmp_path: Path) -> None:
    """Under cron or a supervisor, stdout or stderr may be closed (Python then makes them None)."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    for closed, descriptor in (("stdout", 1), ("stderr", 2)):
        out = tmp_path / f"out-{closed}"
        result = subprocess.run(
            [sys.executable, "-m", "generator", "generate", *_args(spec, out)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
            preexec_fn=lambda descriptor=descriptor: os.close(descriptor),
        )
        assert result.returncode == 0, (closed, result.stderr)
        assert (out / "small_client" / "__init__.py").is_file()


def test_normalize_into_a_folder_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SMALL_SPEC)
    target = tmp_path / "missing" / "out.json"
    result = oapigen("normalize", str(spec), "-o", str(target))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"oapigen: cannot write {target}: No such file or directory"


SELF_REFERRING = """
openapi: 3.1.0
info: {title: Self, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "openapi.yaml#/components/schemas/A"}
  /b:
    get:
      operationId: getB
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/A"}
components:
  schemas:
    A:
      type: object
      properties:
        id: {type: string}
"""


def test_the_spelling_of_the_spec_path_does_not_change_the_bytes(tmp_path: Path) -> None:
    # A spec that names itself in a reference is one document whether reached by `..` or a link.
    real = tmp_path / "real"
    spec = write_spec(real, SELF_REFERRING)
    (real / "sub").mkdir()
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    trees = []
    for spelled in (spec, real / "sub" / ".." / "openapi.yaml", tmp_path / "link" / "openapi.yaml"):
        out = tmp_path / f"out{len(trees)}"
        result = oapigen("generate", *_args(spelled, out), env={**os.environ, "OAPIGEN_NO_CACHE": "1"})
        assert result.returncode == 0, result.stderr
        trees.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1] == trees[2]
    assert not any(path.name == "a_2.py" for path in trees[0])


def test_the_order_of_the_component_schemas_does_not_change_the_bytes(tmp_path: Path, generated_root: Path) -> None:
    """A JSON object's key order means nothing: an inline class is named from the component it stands in,
    whichever schema that merges the component the document lists first (it was BundleLocation in one
    order and FunctionDataDataBundleLocation in another)."""
    document = yaml.load(BRAINTRUST_SPEC.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    schemas = document["components"]["schemas"]
    document["components"]["schemas"] = {name: schemas[name] for name in reversed(list(schemas))}
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "out"
    result = oapigen("generate", "--spec", str(spec), "--out", str(out), env={**os.environ, "OAPIGEN_NO_CACHE": "1"})
    assert result.returncode == 0, result.stderr
    assert diff_trees(read_tree(out), generated_root) == []


ENUM_SPEC = """
openapi: 3.1.0
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [Pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      properties:
        kind: {type: string, enum: ["dog\\"\\nimport os\\n#"]}
        name: {type: string, default: "rex\\"\\nimport os\\n#"}
"""


@pytest.mark.parametrize(
    "printed",
    [
        '(api.declarations[0].fields | selectattr("py_name", "equalto", "kind") | first).type.values[0]',
        '(api.declarations[0].fields | selectattr("py_name", "equalto", "name") | first).default',
        "api.declarations[0].origin.pointer",
    ],
    ids=["enum-value", "default", "origin-pointer"],
)
def test_a_user_template_printing_an_enum_value_or_a_default_raw_is_stopped(tmp_path: Path, printed: str) -> None:
    """Enum values, defaults and pointers reached templates as plain strings, which the guard on spec text
    let through: a value that closes its string literal put code into the generated package."""
    spec = write_spec(tmp_path, ENUM_SPEC)
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "_version.py.jinja").write_text(f'__version__ = "1"\nX = "{{{{ {printed} }}}}"\n')
    out = tmp_path / "out"
    result = oapigen("generate", *_args(spec, out, "--templates", str(tmp_path / "templates")), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "a template printed spec text without an escaping filter" in result.stderr
    assert not out.exists()
    (templates / "_version.py.jinja").write_text(f'__version__ = "1"\nX = {{{{ {printed} | pystr }}}}\n')
    escaped = oapigen("generate", *_args(spec, out, "--templates", str(tmp_path / "templates")), cwd=tmp_path)
    assert escaped.returncode == 0, escaped.stderr
    assert "\nimport os" not in (out / "small_client" / "_version.py").read_text()


def test_a_user_template_that_is_never_rendered_is_a_warning(tmp_path: Path) -> None:
    """A misspelt name (modules for module) silently gave the built-in output, as a misspelt templates
    folder did before it became an error; a helper that one of the user's templates includes is fine."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    templates = tmp_path / "templates" / "package"
    (templates / "models").mkdir(parents=True)
    (templates / "models" / "modules.py.jinja").write_text("# house style\n")
    (templates / "_version.py.jinja").write_text('{% include "package/helpers.jinja" %}')
    (templates / "helpers.jinja").write_text('__version__ = "{{ package.version }}"\n')
    args = _args(spec, tmp_path / "out", "--templates", str(tmp_path / "templates"))
    result = oapigen("generate", *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "templates/package/models/modules.py.jinja: #: warning: this template replaces no built-in template, and"
        " none of yours includes it: it is never rendered (is its name misspelt? the names are those under"
        " oapigen's templates/)"
    ]
    strict = oapigen("generate", *args, "--strict", cwd=tmp_path)
    assert strict.returncode == 2


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_a_reader_that_goes_away_gives_141_not_a_status_of_oapigen(tmp_path: Path, stream: str) -> None:
    """``oapigen diff ... | head``: the rest of the report cannot be written. The status said 1 (as if
    ``--fail-on`` matched) or 3 (an internal error), depending on which stream was cut."""
    old = write_spec(tmp_path, SMALL_SPEC)
    new = tmp_path / "new.yaml" if stream == "stdout" else tmp_path / "missing.yaml"
    if stream == "stdout":
        new.write_text(
            SMALL_SPEC.replace("paths:", "paths:\n  /extra:\n    get:\n      responses: {'204': {description: ok}}", 1)
        )
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "diff", str(old), str(new)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if stream == "stderr" else subprocess.DEVNULL,
    )
    reader = process.stdout if stream == "stdout" else process.stderr
    assert reader is not None
    reader.close()  # before oapigen writes anything: its first write meets a closed pipe
    assert process.wait(timeout=60) == cli.EXIT_BROKEN_PIPE


def test_python_dash_m_generator_cli_runs_the_program() -> None:
    result = run([sys.executable, "-m", "generator.cli", "--version"], cwd=REPO)
    assert result.returncode == 0 and "oapigen, version" in result.stdout
