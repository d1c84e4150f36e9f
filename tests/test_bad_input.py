"""Bad input: one `file:line:col: pointer: message` line per problem, exit 2, the output untouched."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from tests.support import oapigen, run, write_spec

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<pointer>#[^:]*): (?P<message>.+)$")

UNPARSABLE = """openapi: 3.0.3
info: {title: x, version: "1"}
paths:
  /a:
    get:
      responses: {"200": {description: ok
"""

DANGLING = """openapi: 3.0.3
info: {title: x, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Missing"}
components:
  schemas:
    A:
      type: object
      properties:
        b: {$ref: "#/components/schemas/Nope"}
"""


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def existing_output(tmp_path: Path, generated_root: Path) -> Path:
    """A copy of the committed client, standing in for generated/ (the real one stays untouched)."""
    out = tmp_path / "generated"
    shutil.copytree(generated_root, out)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (UNPARSABLE, [("7", "#", "invalid YAML")]),
        (
            DANGLING,
            [
                (
                    "11",
                    "#/paths/~1a/get/responses/200/content/application~1json/schema",
                    "$ref '#/components/schemas/Missing' does not resolve",
                ),
                ("17", "#/components/schemas/A/properties/b", "$ref '#/components/schemas/Nope' does not resolve"),
            ],
        ),
    ],
    ids=["unparsable", "dangling-ref"],
)
def test_bad_spec_gives_one_line_per_problem_and_leaves_output_alone(
    tmp_path: Path, existing_output: Path, text: str, expected: list[tuple[str, str, str]]
) -> None:
    spec = write_spec(tmp_path / "spec", text)
    before = _tree_digest(existing_output)
    result = oapigen("generate", "--spec", str(spec), "--out", str(existing_output))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(expected), lines
    for line, (line_number, pointer, message) in zip(lines, expected, strict=True):
        match = LINE.match(line)
        assert match, line
        assert match["file"].endswith("openapi.yaml")
        assert match["line"] == line_number
        assert match["pointer"] == pointer
        assert message in match["message"]
    assert _tree_digest(existing_output) == before
    assert not list(existing_output.parent.glob(".oapigen-tmp-*"))


def test_check_on_a_bad_spec_exits_2(tmp_path: Path, existing_output: Path) -> None:
    spec = write_spec(tmp_path / "spec", DANGLING)
    result = oapigen("check", "--spec", str(spec), "--out", str(existing_output))
    assert result.returncode == 2
    assert "does not resolve" in result.stderr


def test_missing_spec_file(tmp_path: Path) -> None:
    result = oapigen("generate", "--spec", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.endswith("nope.yaml: #: spec file does not exist\n")  # the repository's settings were read


@pytest.mark.parametrize(
    ("config", "hint"),
    [
        (None, "(no pyproject.toml: pass --spec, or --config)"),
        ("[project]\nname = 'app'\n", "(no [tool.oapigen] table in pyproject.toml: pass --spec, or --config)"),
    ],
)
def test_a_missing_default_spec_says_that_no_settings_were_found(tmp_path: Path, config: str | None, hint: str) -> None:
    """In a folder without settings (the generated package's own, say), the default spec path is tried."""
    if config is not None:
        (tmp_path / "pyproject.toml").write_text(config)
    result = oapigen("check", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"specs/openapi.yaml: #: spec file does not exist {hint}\n"


@pytest.mark.parametrize("cache", ["on", "off"])
@pytest.mark.parametrize("command", ["generate", "check"])
def test_a_spec_that_is_not_a_regular_file_is_refused_not_read(tmp_path: Path, command: str, cache: str) -> None:
    fifo = tmp_path / "spec.yaml"
    os.mkfifo(fifo)  # reading it would wait forever for a writer
    env = {**os.environ, "OAPIGEN_NO_CACHE": "1" if cache == "off" else "0"}
    out = tmp_path / "out"
    result = run(
        [sys.executable, "-m", "generator", command, "--spec", str(fifo), "--out", str(out)], env=env, timeout=60
    )
    assert result.returncode == 2, result.stderr
    assert "spec.yaml: #: cannot read file: it is not a regular file" in result.stderr
    assert not out.exists()


def test_a_spec_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "spec.yaml"
    folder.mkdir()
    result = oapigen("generate", "--spec", str(folder), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "spec.yaml: #: cannot read file: it is a folder" in result.stderr


def test_refuses_to_replace_a_folder_it_did_not_write(tmp_path: Path) -> None:
    spec = write_spec(
        tmp_path / "spec",
        DANGLING.replace('"#/components/schemas/Missing"', '"#/components/schemas/A"').replace(
            '"#/components/schemas/Nope"', "'#/components/schemas/A'"
        ),
    )
    users_work = tmp_path / "work"
    users_work.mkdir()
    (users_work / "notes.txt").write_text("precious\n")
    result = oapigen("generate", "--spec", str(spec), "--out", str(users_work))
    assert result.returncode == 2
    assert "was not written by oapigen" in result.stderr
    assert (users_work / "notes.txt").read_text() == "precious\n"
    assert sorted(p.name for p in users_work.iterdir()) == ["notes.txt"]


_ONE_REF = """openapi: 3.0.3
info: {title: x, version: "1"}
paths:
  /a:
    get:
      parameters:
        - {name: q, in: query, schema: {type: string}}
        - $ref: "REF"
      responses: {"200": {description: ok}}
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_ONE_REF.replace("REF", "#/paths/~1a/get/parameters/\u00b2"), "does not resolve"),  # a digit int() refuses
        (_ONE_REF.replace("REF", "#/paths/~1a/get/parameters/" + "1" * 5000), "does not resolve"),
        (_ONE_REF.replace("REF", "#/paths/~1a/get/parameters/00"), "does not resolve"),  # RFC 6901: no leading zero
        (_ONE_REF.replace("REF", "x" * 300 + ".yaml"), "cannot be looked up (File name too long)"),
        ("openapi: !!float abc\n", "invalid YAML: a value its tag cannot hold"),
        ("openapi: 3.0.3\ninfo: {title: !!bool maybe, version: '1'}\npaths: {}\n", "a value its tag cannot hold"),
        ("openapi: 3.0.3\ninfo: !!map [1]\npaths: {}\n", "a value its tag cannot hold"),
    ],
    ids=["superscript-index", "index-of-5000-digits", "leading-zero", "file-name-too-long", "float", "bool", "map"],
)
def test_spec_text_that_python_cannot_convert_is_bad_input(tmp_path: Path, text: str, message: str) -> None:
    spec = write_spec(tmp_path, text)
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert (result.returncode, "Traceback" in result.stderr) == (2, False), result.stderr
    assert message in result.stderr
    assert "openapi.yaml" in result.stderr
    assert not (tmp_path / "out").exists()


def test_paths_that_can_name_no_file_are_bad_input(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, UNPARSABLE)
    too_long = str(tmp_path / ("x" * 300))
    for args, message in [
        (["--spec", too_long, "--out", str(tmp_path / "out")], "command line: --spec: is too long a file name"),
        (["--spec", str(spec), "--out", too_long], "command line: --out: is too long a file name"),
    ]:
        result = oapigen("generate", *args)
        assert (result.returncode, result.stderr.strip()) == (
            2,
            f"{message} for this system ({len(too_long)} characters)",
        )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.oapigen]\nspec = "open\\u0000api.yaml"\nout = "out"\n', encoding="utf-8"
    )
    result = oapigen("generate", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "pyproject.toml: #/tool/oapigen/spec: contains a NUL character, which no file name can hold"
    )


def test_a_yaml_spec_in_flow_style_is_read_as_yaml(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, '{openapi: 3.0.3, info: {title: Flow, version: "1"}, paths: {}}\n')
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package-name", "flow")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "flow" / "_client.py").is_file()


SMALL = """openapi: 3.0.3
info: {title: x, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "parts.yaml#/Thing"}
"""


@pytest.mark.parametrize("memo", ["cold", "from the memo"])
@pytest.mark.parametrize("inside", ["spec", "referenced file", "configuration"])
def test_an_output_folder_holding_an_input_is_not_replaced(tmp_path: Path, inside: str, memo: str) -> None:
    """Replacing it would delete the spec, a file it references, or the configuration (a marker was enough)."""
    project = tmp_path / "project"
    out = project / "client" if inside != "configuration" else project
    spec_folder = {"spec": out, "referenced file": project, "configuration": project / "api"}[inside]
    spec = write_spec(spec_folder, SMALL)
    parts = (out if inside == "referenced file" else spec_folder) / "parts.yaml"
    parts.parent.mkdir(parents=True, exist_ok=True)
    parts.write_text("Thing: {type: object, properties: {id: {type: string}}}\n", encoding="utf-8")
    if inside == "referenced file":
        spec.write_text(SMALL.replace("parts.yaml#", os.path.relpath(parts, spec.parent) + "#"), encoding="utf-8")
    config = project / "pyproject.toml"
    config.write_text(
        f'[tool.oapigen]\nspec = "{spec.relative_to(project).as_posix()}"\nout = "{os.path.relpath(out, project)}"\n',
        encoding="utf-8",
    )
    (out / ".oapigen").write_text("This folder is written by oapigen.\n", encoding="utf-8")  # as if a run wrote it
    env = {**os.environ, "OAPIGEN_CACHE_DIR": str(tmp_path / "memo")}
    if memo == "from the memo":
        env.pop("OAPIGEN_NO_CACHE", None)
        filled = oapigen("generate", "--config", str(config), "--out", str(tmp_path / "elsewhere"), env=env)
        assert filled.returncode == 0, filled.stderr
    else:
        env["OAPIGEN_NO_CACHE"] = "1"
    before = _tree_digest(project)
    result = oapigen("generate", "--config", str(config), env=env)
    assert result.returncode == 2, result.stderr
    assert "an input of this run" in result.stderr and "Traceback" not in result.stderr
    assert _tree_digest(project) == before


@pytest.mark.parametrize(
    ("schema", "pointer", "message"),
    [
        ("{type: strng}", "/type", "`type` must be one of array, boolean"),
        ("{type: [string, 5]}", "/type", "not ['string', 5]"),
        ("{type: object, properties: [a, b]}", "/properties", "`properties` must be an object of schemas"),
        ("{type: object, properties: {a: 5}}", "/properties/a", "a schema must be an object or a boolean, not 5"),
        ("{items: [1]}", "/items", "`items` must be a schema"),
        ("{allOf: {a: 1}}", "/allOf", "`allOf` must be a list of schemas"),
        ("{enum: 5}", "/enum", "`enum` must be a list of values"),
        ("{type: object, required: a}", "/required", "`required` must be a list of property names"),
        ("{type: string, minLength: '3'}", "/minLength", "must be a whole number of 0 or more, not '3'"),
        ("{type: string, maxLength: -1}", "/maxLength", "must be a whole number of 0 or more, not -1"),
        ("{type: number, minimum: true}", "/minimum", "`minimum` must be a number, not True"),
        ("{type: string, pattern: 5}", "/pattern", "`pattern` must be a string"),
    ],
)
def test_a_schema_keyword_of_the_wrong_kind_is_an_error_at_it(
    tmp_path: Path, schema: str, pointer: str, message: str
) -> None:
    """Read as they were, these typed the value wrongly without a word (`type: strng` took only null)."""
    spec = write_spec(
        tmp_path,
        f"openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    A: {schema}\n",
    )
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    match = LINE.match(line)
    assert match and match["line"] == "6", line
    assert match["pointer"] == "#/components/schemas/A" + pointer and message in match["message"], line


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        (
            '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"},\n "x-limit": NaN, "paths": {}}',
            "openapi.json:2:13: #: ",
            "NaN is not a JSON number",
        ),
    ],
    ids=["nan"],
)
def test_json_that_readers_disagree_on_is_refused_at_its_place(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    """NaN and the infinities: Python's reader takes them, JSON has none (duplicate keys: test_load_yaml)."""
    spec = write_spec(tmp_path, text, "openapi.json")
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(where) and message in result.stderr, result.stderr


PATHS_THAT_CLASH = """openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a/{x}/{x}:
    get: {operationId: a, parameters: [{name: x, in: path, required: true, schema: {type: string}}], responses: {}}
  /b/{x}:
    get: {operationId: b1, parameters: [{name: x, in: path, required: true, schema: {type: string}}], responses: {}}
  /b/{y}:
    get: {operationId: b2, parameters: [{name: y, in: path, required: true, schema: {type: string}}], responses: {}}
  /c:
    get:
      operationId: c
      parameters:
        - {name: q, in: query, schema: {type: string}}
        - {name: q, in: query, schema: {type: integer}}
        - {name: X-Key, in: header, schema: {type: string}}
        - {name: x-key, in: header, schema: {type: string}}
      responses: {}
"""


def test_paths_and_parameters_that_clash_are_errors_at_the_second(tmp_path: Path) -> None:
    """The last one silently won: `q` became an integer, `/b/{y}` a method no server could tell apart."""
    spec = write_spec(tmp_path, PATHS_THAT_CLASH)
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert [line.split(": ", 2)[1:] for line in result.stderr.strip().splitlines()] == [
        ["#/paths/~1a~1{x}~1{x}", "path '/a/{x}/{x}' names {x} twice"],
        ["#/paths/~1b~1{y}", "path '/b/{y}' matches the same URLs as '/b/{x}' (only its parameters' names differ)"],
        [
            "#/paths/~1c/get/parameters/1",
            "query parameter 'q' is declared twice in this list (first at #/paths/~1c/get/parameters/0)",
        ],
        [
            "#/paths/~1c/get/parameters/3",
            "header parameter 'x-key' is declared twice in this list (first at #/paths/~1c/get/parameters/2)",
        ],
    ]


def test_a_spec_outside_the_working_folder_is_named_by_its_absolute_path(tmp_path: Path) -> None:
    """Relative to the working folder only when below it: `../../../../dev/zero` was no help to a reader."""
    spec = write_spec(tmp_path / "spec", DANGLING)
    work = tmp_path / "work"
    work.mkdir()
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=work)
    assert result.returncode == 2
    assert result.stderr.startswith(f"{spec.resolve()}:11:"), result.stderr
    below = oapigen("generate", "--spec", "spec/openapi.yaml", "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert below.stderr.startswith("spec/openapi.yaml:11:"), below.stderr


def test_a_parameter_ref_to_something_else_is_reported_where_it_is_used_too(tmp_path: Path) -> None:
    """The target's own problems name only the target: the line that made it a parameter was not shown."""
    spec = write_spec(
        tmp_path,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      parameters: [{$ref: '#/components/schemas/A'}]\n      responses: {}\n"
        "components:\n  schemas:\n    A: {type: string}\n",
    )
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(
        "openapi.yaml:6:20: #/paths/~1x/get/parameters/0: $ref leads to openapi.yaml#/components/schemas/A, "
        "which is not a valid parameter\n"
    ), result.stderr
    assert "#/components/schemas/A/name: Parameter: Field required" in result.stderr


@pytest.mark.parametrize("memo", ["on", "off"])
def test_a_flag_that_is_not_a_boolean_is_an_error_and_a_misspelt_method_a_warning(tmp_path: Path, memo: str) -> None:
    """openapi-pydantic read ``required: "yes"`` as true, the generator as not set (an optional argument);
    an operation under ``gett`` was left out without a word."""
    spec = write_spec(
        tmp_path,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n"
        "    get:\n      parameters: [{name: limit, in: query, required: 'yes', schema: {type: integer}}]\n"
        "      responses: {'204': {description: ok}}\n"
        "    gett:\n      responses: {'204': {description: ok}}\n"
        "    x-internal: true\n",
    )
    env = {**os.environ, "OAPIGEN_CACHE_DIR": str(tmp_path / "cache"), "OAPIGEN_NO_CACHE": "1" if memo == "off" else ""}
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path, env=env)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "openapi.yaml:6:55: #/paths/~1a/get/parameters/0/required: Parameter: `required` must be true or false"
        " (a JSON boolean), not 'yes'",
        "openapi.yaml:9:7: #/paths/~1a/gett: warning: 'gett' is neither an HTTP method in lower case nor a field"
        " of a path item; it is ignored",
    ]
