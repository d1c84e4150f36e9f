"""Injection (issue 6): text from the spec reaches the generated package only inside escaped literals.

One spec carries hostile strings in every place text comes from: titles, descriptions, summaries,
defaults, examples, enum values, constants, patterns, schema, property, parameter and tag names,
operationIds, paths and path parameters, server URLs, security scheme names. The strings hold triple
quotes, backslashes, Jinja syntax, newlines of every kind, NUL, bidirectional controls, doctest prompts
and Python code; the code would create a *canary* file if it ever ran. The package must import, work
against a mock transport, pass ``mypy --strict`` and ``ruff check``, and the canary must never appear:
not while generating (Jinja), importing, using, type-checking, running doctests or rendering help.
"""

from __future__ import annotations

import ast
import io
import json
import re
import sys
import tokenize
import tomllib
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.pipeline import build
from generator.write import write_output
from tests.hostile import exercise
from tests.support import mypy_strict, run

PACKAGE = "injected_client"
CLIENT = "Injected"

# Control and bidirectional characters that must never appear raw in a generated file.
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def payloads(canary: Path) -> list[str]:
    """Strings that try to leave their literal, or to be run, in every way we know."""
    c = str(canary)
    return [
        f'"""; open(r"{c}", "w").close(); """',
        f"'''; open(r'{c}', 'w').close(); '''",
        f'\\"; open("{c}", "w")  # ',
        f'\\\\"""\nopen("{c}", "w")\n"""',
        f'{{{{ cycler.__init__.__globals__.os.system("touch {c}") }}}}',
        f'{{% for x in [1] %}}{{{{ lipsum.__globals__["os"].popen("touch {c}").read() }}}}{{% endfor %}}',
        f'{{# comment #}}{{{{ self.__init__.__globals__.__builtins__.open("{c}", "w") }}}}',
        f'\nimport os; os.system("touch {c}")\n',
        f'x\x00y\x00__import__("os").system("touch {c}")',
        f"\u202e evil \u2066 {c} \u2069 \u202c bidi",
        "\\N{BULLET} \\x41 \\u0041 \\U0001F600 \\0 trailing backslash \\",
        f'# comment\r\nimport os\ros.system("touch {c}")\u2028os.system("touch {c}")\u2029\x0c\x0b',
        f'f"{{__import__("os").system("touch {c}")}}"',
        f">>> open({c!r}, 'w').close()\n>>> print('doctest ran')",
        f"</script><script>alert(1)</script> `$(touch {c})` [x](javascript:alert(1))",
        f'"\'"\'"\'"\'"\'" \\" \\\' {c}',
        f"\x1b[31m terminal escape \x1b]0;title\x07 {c}",
        "\ud800-surrogate-free \ufffd \ufeff bom \u00a0 nbsp",
    ]


def hostile_spec(canary: Path) -> dict[str, Any]:
    texts = payloads(canary)
    joined = " | ".join(texts)
    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for i, text in enumerate(texts):
        name = f"S{i}{text}"
        schemas[name] = {
            "title": text,
            "description": text,
            "type": "object",
            "required": [f"r{text}"],
            "properties": {
                f"r{text}": {"type": "string", "description": text, "example": text},
                text: {"type": "string", "default": text, "enum": [text, "plain"], "example": text},
                f"c{text}": {"const": text, "description": text},
                f"p{text}": {"type": "string", "pattern": re.escape(text), "format": text, "title": text},
                f"n{text}": {"type": "integer", "default": 1, "examples": [text]},
                f"o{text}": {
                    "type": "object",
                    "description": text,
                    "properties": {text: {"type": "string", "default": text}},
                    "additionalProperties": {"type": "string", "description": text},
                },
                f"u{text}": {
                    "oneOf": [
                        {
                            "type": "object",
                            "title": text,
                            "properties": {"kind": {"const": f"a{text}"}},
                            "required": ["kind"],
                        },
                        {
                            "type": "object",
                            "title": text,
                            "properties": {"kind": {"const": f"b{text}"}},
                            "required": ["kind"],
                        },
                    ],
                },
            },
            "example": {text: text},
        }
        param = f"q{i}{text}"
        path_param = f"id{i}{text}".replace("{", "(").replace("}", ")").replace("/", "|")
        segment = text.replace("{", "(").replace("}", ")")  # a brace would be a path template
        paths[f"/r{i}/{{{path_param}}}/{segment}"] = {
            "summary": text,
            "description": text,
            "parameters": [
                {"name": path_param, "in": "path", "required": True, "schema": {"type": "string"}, "description": text}
            ],
            "post": {
                "operationId": f"op{i}{text}",
                "tags": [f"t{i}{text}"],
                "summary": text,
                "description": text,
                "parameters": [
                    {
                        "name": param,
                        "in": "query",
                        "description": text,
                        "schema": {"type": "string", "default": text, "enum": [text, "b"]},
                    },
                    {"name": f"h{i}{text}", "in": "header", "description": text, "schema": {"type": "string"}},
                    {"name": f"k{i}{text}", "in": "cookie", "description": text, "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "description": text,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{_escape(name)}"},
                            "example": {text: text},
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": text,
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{_escape(name)}"}}},
                    },
                    "default": {"description": text},
                },
            },
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": joined, "description": joined, "version": texts[0], "contact": {"name": texts[1]}},
        "servers": [{"url": f"http://example.com/{texts[0]}", "description": joined}] + [{"url": t} for t in texts],
        "tags": [{"name": f"t{i}{text}", "description": text} for i, text in enumerate(texts)],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                texts[4]: {"type": "apiKey", "in": "header", "name": texts[0], "description": joined},
            },
        },
        "security": [{texts[4]: []}],
    }


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1").replace("%", "%25").replace("#", "%23").replace(" ", "%20")


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the generated package's folder, the canary's path); generation itself must not run the canary."""
    folder = tmp_path_factory.mktemp("injection")
    canary = folder / "canary"
    spec = folder / "spec" / "openapi.json"
    spec.parent.mkdir()
    spec.write_text(json.dumps(hostile_spec(canary), indent=1), encoding="utf-8")
    out = folder / "out"
    result = build(Config(spec=spec, out=out, package_name=PACKAGE, client_name=CLIENT))
    # the only warnings: a lone surrogate replaced, control characters in paths and URLs percent-encoded,
    # header and cookie parameters whose names are no HTTP token left out
    expected = ("lone surrogate", "percent-encoded", "must be an HTTP token")
    unexpected = [w.format() for w in result.warnings if not any(e in w.message for e in expected)]
    assert not unexpected, unexpected
    write_output(result.files, out)
    assert not canary.exists(), "generating the package ran code from the spec"
    return out, canary


def test_the_spec_reaches_every_place_text_is_printed(injected: tuple[Path, Path]) -> None:
    out, _ = injected
    package = out / PACKAGE
    resources = list((package / "resources").glob("*.py"))
    models = list((package / "models").glob("*.py"))
    assert len(resources) >= len(payloads(Path("x"))), "one resource per hostile tag"
    assert len(models) >= len(payloads(Path("x"))), "one model module per hostile schema"
    everything = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    # the Jinja payloads arrive as text, not evaluated
    assert "cycler.__init__.__globals__" in everything
    assert "lipsum.__globals__" in everything


def test_no_spec_text_outside_string_literals(injected: tuple[Path, Path]) -> None:
    """In every Python file, the hostile markers appear only inside STRING tokens, never as code or
    comments; every string literal evaluates; no raw control or bidirectional character anywhere."""
    out, canary = injected
    markers = [str(canary), "__globals__", "__import__", "open(", "os.system", "<script>"]
    for path in sorted(out.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        assert not INVISIBLE.search(text), f"{path.name}: raw control/bidi character {INVISIBLE.search(text)!r}"
        if path.suffix != ".py":
            continue
        tree = ast.parse(text, filename=str(path))
        assert_only_in_string_literals(text, markers, str(path.relative_to(out)))
        # docstrings hold no doctest prompt (a doctest run would execute it)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node, clean=False) or ""
                assert not re.search(r"(?m)^\s*>>>", doc), f"{path.name}: a docstring holds a doctest prompt"


def assert_only_in_string_literals(source: str, markers: list[str], where: str) -> None:
    """Every marker appears only inside plain string literals (each of which evaluates), never in code,
    a comment or an f-string (which evaluates code)."""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and "f" not in token.string.split(token.string[-1])[0].lower():
            ast.literal_eval(token.string)
            continue
        for marker in markers:
            assert marker not in token.string, f"{where}:{token.start[0]}: {token.string!r}"


def test_non_python_files_stay_inert(injected: tuple[Path, Path]) -> None:
    out, canary = injected
    project = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == "injected-client"
    assert "\n" not in project["project"]["description"]
    readme_lines = (out / "README.md").read_text(encoding="utf-8").splitlines()
    # the title (every payload, line breaks included) stays inside the heading and the first sentence
    assert readme_lines[0].startswith("# ") and readme_lines[0].endswith(" — Python client"), readme_lines[0]
    for name in ("README.md", "api.md"):
        text = (out / name).read_text(encoding="utf-8")
        blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
        prose = re.sub(r"```python\n.*?```", "", text, flags=re.S)
        # outside code blocks (which a renderer shows as they are), no HTML and no doctest prompt
        assert "<script" not in prose and "</script" not in prose, name
        assert not re.search(r"(?m)^\s*>>>", text), f"{name}: a line a doctest run would execute"
        for block in blocks:
            if name == "README.md":
                ast.parse(block)  # the usage examples are Python; api.md lists signatures
            assert_only_in_string_literals(block, [str(canary), "__globals__", "__import__", "open("], name)


def test_package_imports_and_works_without_running_the_canary(injected: tuple[Path, Path]) -> None:
    out, canary = injected
    with exercise.loaded(out, PACKAGE) as package:
        exercise.import_all(package)
        assert exercise.check_models(package) >= len(payloads(canary))
        assert exercise.call_every_method(package, CLIENT) >= 2 * len(payloads(canary))
        # the enum values and defaults are the hostile text itself, exactly
        models = __import__(f"{PACKAGE}.models", fromlist=["x"])
        texts = payloads(canary)
        found = {repr(v) for name in models.__all__ for v in _literal_values(getattr(models, name))}
        assert repr(texts[0]) in found and repr(texts[4]) in found
    assert not canary.exists(), "using the package ran code from the spec"


def _literal_values(model: Any) -> list[Any]:
    import typing

    values: list[Any] = []
    for field in getattr(model, "model_fields", {}).values():
        stack = [field.annotation]
        while stack:
            annotation = stack.pop()
            if typing.get_origin(annotation) is typing.Literal:
                values.extend(typing.get_args(annotation))
            else:
                stack.extend(a for a in typing.get_args(annotation) if not isinstance(a, (str, int, float)))
        if isinstance(field.default, str):
            values.append(field.default)
    return values


def test_help_doctests_and_a_fresh_interpreter_do_not_run_the_canary(injected: tuple[Path, Path]) -> None:
    """What a user's tooling does with a package: render its help, collect its doctests, import it."""
    out, canary = injected
    script = (
        "import pydoc, importlib, pkgutil\n"
        f"import {PACKAGE} as p\n"
        "mods = [p] + [importlib.import_module(m.name) for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.')]\n"
        "for m in mods: pydoc.render_doc(m, renderer=pydoc.plaintext)\n"
        f"pydoc.render_doc(p.{CLIENT}, renderer=pydoc.plaintext)\n"
    )
    result = run([sys.executable, "-X", "dev", "-W", "error::SyntaxWarning", "-c", script], cwd=out)
    assert result.returncode == 0, result.stderr[-3000:]
    doctests = run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--doctest-modules", PACKAGE], cwd=out
    )
    assert "doctest ran" not in doctests.stdout
    assert doctests.returncode in (0, 5), doctests.stdout[-3000:]  # 5: no tests collected
    assert not canary.exists(), "help, doctests or a fresh import ran code from the spec"


def test_package_passes_mypy_strict_and_ruff(injected: tuple[Path, Path]) -> None:
    out, canary = injected
    typed = mypy_strict(out / PACKAGE)
    assert typed.returncode == 0, typed.stdout[-6000:]
    linted = run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=out)
    assert linted.returncode == 0, linted.stdout[-4000:]
    assert not canary.exists()
