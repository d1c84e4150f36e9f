"""The configuration ([tool.oapigen] in pyproject.toml, and the command line's overrides): a value that
would not make a working package is an error naming the key (exit 2), never an internal error and never
a package that breaks when used."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import oapigen, write_spec

SPEC = """
openapi: 3.1.0
info: {title: Things, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      tags: [Things]
      parameters:
        - {name: after, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {data: {type: array, items: {$ref: "#/components/schemas/Thing"}}}}
  /things/{id}:
    get:
      operationId: getThing
      tags: [Things]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
        kind: {type: string}
"""


def _generate(tmp_path: Path, table: str, *extra: str) -> tuple[int, str, Path]:
    spec = write_spec(tmp_path, SPEC)
    config = tmp_path / "pyproject.toml"
    config.write_text(table, encoding="utf-8")
    out = tmp_path / "out"
    result = oapigen("generate", "--config", str(config), "--spec", str(spec), "--out", str(out), *extra)
    return result.returncode, result.stderr, out


@pytest.mark.parametrize(
    ("setting", "pointer", "reason"),
    [
        ('method-names = {getThing = "class"}', "method-names/getThing", "'class' is a Python keyword"),
        ('method-names = {getThing = "__init__"}', "method-names/getThing", "starts with two underscores"),
        ('method-names = {getThing = "_client"}', "method-names/getThing", "'_client' is private"),
        ('method-names = {getThing = "with_raw_response"}', "method-names/getThing", "uses itself"),
        ('method-names = {getThing = "timeout"}', "method-names/getThing", "uses itself"),
        ('resource-names = {Things = "with_options"}', "resource-names/Things", "uses itself"),
        ('model-names = {Thing = "BaseModel"}', "model-names/Thing", "uses itself"),
        ('model-names = {Thing = "Item", Other = "Item"}', "model-names/Other", "'Item' is given to 'Thing' already"),
        (
            'field-names = {"#/components/schemas/Thing/properties/kind" = "model_dump"}',
            "field-names/#~1components~1schemas~1Thing~1properties~1kind",
            "uses itself",
        ),
        ('method-names = {getThing = "retrieve\\n"}', "method-names/getThing", "is not a Python identifier"),
        ('package-version = "1.0\\n"', "package-version", "is not a version number"),
        ('package-name = "pkg\\n"', "package-name", "is not a Python identifier"),
        # the client's classes must not be names the package has already (its runtime's, its errors')
        ('client-name = "Stream"', "client-name", "would make Stream, a name the package uses itself"),
        ('client-name = "API"', "client-name", "would make APIError, a name the package uses itself"),
        ('client-name = "Page"', "client-name", "would make AsyncPage, a name the package uses itself"),
        ('client-name = "Mapping"', "client-name", "would make Mapping, a name the package uses itself"),
        ('client-name = "None"', "client-name", "would make None, a name the package uses itself"),
        # a package that cannot be imported, or that hides a module the client itself imports
        ('package-name = "class"', "package-name", "`import class` is a syntax error"),
        ('package-name = "__main__"', "package-name", "starts with two underscores"),
        ('package-name = "typing"', "package-name", "a module of Python's standard library"),
        ('package-name = "json"', "package-name", "a module of Python's standard library"),
        ('package-name = "httpx"', "package-name", "a package the generated client depends on"),
        ('package-name = "pydantic"', "package-name", "a package the generated client depends on"),
        # a class that would replace a builtin in its module's annotations, a field pydantic refuses or that
        # would hide what its module imports
        ('model-names = {Thing = "str"}', "model-names/Thing", "uses itself"),
        ('model-names = {Thing = "list"}', "model-names/Thing", "uses itself"),
        (
            'field-names = {"#/components/schemas/Thing/properties/id" = "_id"}',
            "field-names/#~1components~1schemas~1Thing~1properties~1id",
            "which pydantic refuses for a field",
        ),
        (
            'field-names = {"#/components/schemas/Thing/properties/id" = "Field"}',
            "field-names/#~1components~1schemas~1Thing~1properties~1id",
            "uses itself",
        ),
    ],
)
def test_a_name_the_package_cannot_use_is_an_error_naming_its_key(
    tmp_path: Path, setting: str, pointer: str, reason: str
) -> None:
    status, stderr, out = _generate(tmp_path, f"[tool.oapigen]\n{setting}\n")
    assert status == 2, stderr
    assert f"pyproject.toml: #/tool/oapigen/{pointer}: " in stderr
    assert reason in stderr
    assert "internal error" not in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "setting",
    [
        'field-names = {"#/components/schemas/Thing/properties/id" = "Thing"}',
        'model-names = {Thing = "kind"}',
    ],
)
def test_a_field_named_like_a_model_class_is_an_error(tmp_path: Path, setting: str) -> None:
    """The field would stand for the class in its class body's annotations (create() then broke)."""
    status, stderr, out = _generate(tmp_path, f"[tool.oapigen]\n{setting}\n")
    assert status == 2, stderr
    assert "has the name of a model class" in stderr and "#/components/schemas/Thing" in stderr
    assert not out.exists()


def test_a_name_on_the_command_line_is_checked_the_same_way(tmp_path: Path) -> None:
    status, stderr, out = _generate(tmp_path, "", "--package-name", "pkg\n")
    assert status == 2, stderr
    assert "command line: --package-name: 'pkg\\n' is not a Python identifier" in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("option", "kind", "message"),
    [
        ("--config", "folder", "command line: --config: {path} is a folder, not a configuration file"),
        ("--config", "missing", "command line: --config: {path} does not exist"),
        ("--templates", "file", "command line: --templates: {path} is not a folder"),
    ],
)
def test_a_path_on_the_command_line_of_the_wrong_kind_is_reported_in_the_command_lines_format(
    tmp_path: Path, option: str, kind: str, message: str
) -> None:
    """One line in the documented form, as for any other option, not click's usage text."""
    path = {"folder": tmp_path / "a-folder", "missing": tmp_path / "nope.toml", "file": tmp_path / "a-file"}[kind]
    if kind == "folder":
        path.mkdir()
    elif kind == "file":
        path.write_text("x\n")
    result = oapigen("generate", "--spec", str(write_spec(tmp_path, SPEC)), option, str(path), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == message.format(path=path)


def test_a_tool_oapigen_that_is_not_a_table_is_an_error(tmp_path: Path) -> None:
    status, stderr, _ = _generate(tmp_path, "[tool]\noapigen = 1\n")
    assert status == 2, stderr
    assert "pyproject.toml: #/tool/oapigen: must be a table" in stderr


def test_a_tool_that_is_not_a_table_means_no_configuration(tmp_path: Path) -> None:
    status, stderr, out = _generate(tmp_path, 'tool = "x"\n', "--package-name", "things_client")
    assert status == 0, stderr
    assert (out / "things_client" / "_client.py").is_file()


def test_good_names_are_used(tmp_path: Path) -> None:
    table = (
        "[tool.oapigen]\n"
        'package-name = "things_client"\n'
        'method-names = {getThing = "fetch"}\n'
        'resource-names = {Things = "items"}\n'
        'model-names = {Thing = "Item"}\n'
        'field-names = {"#/components/schemas/Thing/properties/kind" = "category"}\n'
        "[[tool.oapigen.pagination]]\n"
        'kind = "id_cursor"\ncursor-param = "after"\nitems-field = "data"\nreverse-cursor-param = "before"\n'
    )
    status, stderr, out = _generate(tmp_path, table)
    assert status == 0, stderr
    assert "changes nothing" not in stderr
    resource = (out / "things_client" / "resources" / "items.py").read_text()
    assert "def fetch(" in resource
    models = "".join(p.read_text() for p in (out / "things_client" / "models").glob("*.py"))
    assert "class Item(BaseModel):" in models
    assert "category:" in models


def test_the_package_level_names_are_all_known(generated_root: Path) -> None:
    """Every name that the package's __init__, _client and _exceptions modules define or import is in
    reserved_names.PACKAGE_LEVEL_NAMES, made from the client name, or a resource's class: so the check of
    client-name above knows every name a client name could collide with, as the templates change."""
    import ast

    from generator.reserved_names import PACKAGE_LEVEL_NAMES, client_names

    found: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                found.add(node.name)
            elif isinstance(node, ast.Assign):
                found.update(target.id for target in node.targets if isinstance(target, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                found.add(node.target.id)
            elif isinstance(node, ast.If):
                visit(node.body)
                visit(node.orelse)

    for module in ("__init__.py", "_client.py", "_exceptions.py"):
        visit(ast.parse((generated_root / "braintrust_client" / module).read_text(encoding="utf-8")).body)
    private = {name for name in found if name.startswith("_")}
    resources = {name for name in found if "Resource" in name}
    assert found - private - resources - set(client_names("Braintrust")) == PACKAGE_LEVEL_NAMES


@pytest.mark.parametrize(
    ("setting", "pointer", "reason"),
    [
        ('exclude-tags = ["Things", "Thngs"]', "exclude-tags/1", "'Thngs', but no operation has this tag"),
        ('resource-names = {Thngs = "items"}', "resource-names/Thngs", "no operation has this tag"),
        ('method-names = {getThng = "fetch"}', "method-names/getThng", "no operation has this operationId"),
        ("streaming = {getThng = {}}", "streaming/getThng", "no operation has this operationId"),
        ('model-names = {Thng = "Item"}', "model-names/Thng", "no schema has this name or JSON pointer"),
        (
            'field-names = {"#/components/schemas/Thing/properties/knd" = "category"}',
            "field-names/#~1components~1schemas~1Thing~1properties~1knd",
            "no property has this JSON pointer",
        ),
    ],
)
def test_an_entry_that_names_nothing_in_the_spec_is_a_warning_at_its_key(
    tmp_path: Path, setting: str, pointer: str, reason: str
) -> None:
    """A misspelt (or, after a spec update, stale) key would otherwise change nothing without a word."""
    status, stderr, out = _generate(tmp_path, f"[tool.oapigen]\n{setting}\n")
    assert status == 0, stderr
    assert f"pyproject.toml: #/tool/oapigen/{pointer}: warning: " in stderr
    assert reason in stderr
    assert (out / "api_client" / "_client.py").is_file()
    strict_out = tmp_path / "strict"
    result = oapigen(
        "generate", "--config", str(tmp_path / "pyproject.toml"), "--spec", str(tmp_path / "openapi.yaml"),
        "--out", str(strict_out), "--strict",
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert not strict_out.exists()


def test_exclude_methods_names_http_methods_only(tmp_path: Path) -> None:
    status, stderr, out = _generate(tmp_path, '[tool.oapigen]\nexclude-methods = ["get", "fetch"]\n')
    assert status == 2, stderr
    assert "pyproject.toml: #/tool/oapigen/exclude-methods: 'fetch' is not an HTTP method" in stderr
    assert not out.exists()


def test_a_templates_folder_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    """Else a misspelt folder gives the built-in templates' output, as if the user's had been applied."""
    status, stderr, out = _generate(tmp_path, '[tool.oapigen]\ntemplates = "my-templats"\n')
    assert status == 2, stderr
    assert f"pyproject.toml: #/tool/oapigen/templates: {tmp_path / 'my-templats'} is not a folder" in stderr
    assert not out.exists()
    status, stderr, out = _generate(tmp_path, "", "--templates", str(tmp_path / "nowhere"))
    assert status == 2, stderr
    assert f"command line: --templates: {tmp_path / 'nowhere'} is not a folder" in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        (
            'streaming = {getThing = {param = "s", colour = "red"}}',
            "allowed keys are param, event-schema, text-events and end-data",
        ),
        ("streaming = {getThing = {text-events = [1]}}", "text-events must be a list of strings"),
        ("streaming = {getThing = {param = 1}}", "param, event-schema and end-data must be strings"),
        ("streaming = {getThing = {end-data = []}}", "param, event-schema and end-data must be strings"),
        (
            'streaming = {getThing = {event-schema = "events.yaml"}}',
            "event-schema must be '#/pointer' or 'file#/pointer'",
        ),
        (
            'streaming = {getThing = {event-schema = "events.yaml#/Event"}}',
            "the file of event-schema (events.yaml) does not exist",
        ),
    ],
)
def test_a_bad_streaming_rule_is_an_error_at_its_operation(tmp_path: Path, setting: str, message: str) -> None:
    status, stderr, out = _generate(tmp_path, f"[tool.oapigen]\n{setting}\n")
    assert status == 2, stderr
    assert f"pyproject.toml: #/tool/oapigen/streaming/getThing: {message}" in stderr
    assert not out.exists()


def test_a_stream_switched_by_an_argument_that_is_not_a_boolean_is_an_error(tmp_path: Path) -> None:
    """The method streams when the argument is True: on a string path parameter that was dead code."""
    status, stderr, out = _generate(tmp_path, '[tool.oapigen]\nstreaming = {getThing = {param = "id"}}\n')
    assert status == 2, stderr
    assert "#/paths/~1things~1{id}/get: streaming is configured for 'getThing' on its argument 'id'" in stderr
    assert "which is not a boolean" in stderr and not out.exists()


def test_a_stream_switched_by_an_argument_the_operation_lacks_is_an_error(tmp_path: Path) -> None:
    """Without a free-form JSON body to carry it either, the stream could never be asked for."""
    status, stderr, out = _generate(tmp_path, '[tool.oapigen]\nstreaming = {getThing = {param = "stream"}}\n')
    assert status == 2, stderr
    assert (
        "#/paths/~1things~1{id}/get: streaming is configured for 'getThing' but it has no argument 'stream', nor a"
        " free-form JSON body that could hold it"
    ) in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ('kind = "id_cursor"\nitems-field = "data"', "a rule of kind id_cursor needs cursor-param"),
        ('kind = "token_cursor"\ncursor-param = "cursor"', "a rule of kind token_cursor needs items-field and next-field"),
        ('kind = "cursor"\ncursor-param = "c"\nitems-field = "d"', "kind must be one of 'id_cursor', 'token_cursor', 'page_number', 'offset', 'next_url'"),
        ('kind = "page_number"\nitems-field = "d"', "a rule of kind page_number needs cursor-param"),
        ('kind = "id_cursor"\ncursor-param = "c"\nitems-field = "d"\npage-size = "n"', "unknown pagination keys: page-size"),
    ],
)  # fmt: skip
def test_a_bad_pagination_rule_says_what_it_lacks_in_the_configurations_words(
    tmp_path: Path, rule: str, message: str
) -> None:
    status, stderr, out = _generate(tmp_path, f"[tool.oapigen]\n[[tool.oapigen.pagination]]\n{rule}\n")
    assert status == 2, stderr
    assert f"pyproject.toml: #/tool/oapigen/pagination: {message}" in stderr
    assert "__init__" not in stderr and "_param" not in stderr and "_field" not in stderr
    assert not out.exists()


def test_a_pagination_rule_that_no_operation_pages_by_is_reported(tmp_path: Path) -> None:
    """A misspelt items field or cursor left every listing unpaged without a word (the other tables
    already warned of entries that name nothing)."""
    table = (
        "[tool.oapigen]\n"
        "[[tool.oapigen.pagination]]\n"
        'kind = "id_cursor"\ncursor-param = "after"\nitems-field = "data"\n'
        "[[tool.oapigen.pagination]]\n"
        'kind = "token_cursor"\ncursor-param = "after"\nitems-field = "results"\nnext-field = "next"\n'
    )
    status, stderr, _ = _generate(tmp_path, table)
    assert status == 0, stderr
    assert [line.partition(" ")[2] for line in stderr.splitlines()[:1]] == [
        "#/tool/oapigen/pagination/1: warning: no operation pages by this rule (a 'after'"
        " argument, and an answer whose 'results' is an array, beside the next page's token in 'next'): the rule"
        " changes nothing"
    ]
    assert "pagination/0" not in stderr
