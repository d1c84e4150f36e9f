"""`oapigen normalize`: the resolved spec as plain OpenAPI 3.1, and proof that Prism then checks bodies."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_pydantic.v3.v3_1 import OpenAPI

from generator.export import schema_31
from tests.support import BRAINTRUST_SPEC, oapigen, prism, prism_spec, write_spec


def _nodes(node: Any, pointer: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _nodes(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{pointer}/{index}")


@pytest.fixture(scope="module")
def normalized() -> dict[str, Any]:
    return json.loads(prism_spec().read_text())


def test_the_result_is_a_valid_31_document(normalized: dict[str, Any]) -> None:
    assert normalized["openapi"] == "3.1.0"
    OpenAPI.model_validate(normalized)
    assert len(normalized["components"]["schemas"]) == 238


def test_no_30_forms_are_left(normalized: dict[str, Any]) -> None:
    schemas = [(p, n) for p, n in _nodes(normalized) if "/properties/nullable" not in p]
    assert not [p for p, n in schemas if "nullable" in n]
    assert not [
        p
        for p, n in schemas
        if isinstance(n.get("exclusiveMinimum"), bool) or isinstance(n.get("exclusiveMaximum"), bool)
    ]
    enums = [(p, n) for p, n in schemas if isinstance(n.get("enum"), list)]
    assert not [p for p, n in enums if n["enum"].count(None) > 1]
    # JSON Schema accepts null only where both the type and the enum say so.
    assert not [
        p for p, n in enums if None in n["enum"] and isinstance(n.get("type"), list) and "null" not in n["type"]
    ]
    assert not [p for p, n in enums if "null" in (n.get("type") or []) and None not in n["enum"]]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        ({"type": "string", "nullable": True, "enum": ["a", None]}, {"type": ["string", "null"], "enum": ["a", None]}),
        ({"type": "string", "enum": ["a", None, None]}, {"type": ["string", "null"], "enum": ["a", None]}),
        ({"type": "string", "nullable": True, "enum": ["a"]}, {"type": ["string", "null"], "enum": ["a", None]}),
        ({"nullable": True, "description": "d"}, {"description": "d"}),
        (
            {"$ref": "#/x", "nullable": True, "description": "d"},
            {"description": "d", "anyOf": [{"$ref": "#/x"}, {"type": "null"}]},
        ),
        ({"allOf": [{"$ref": "#/x"}], "nullable": True}, {"anyOf": [{"allOf": [{"$ref": "#/x"}]}, {"type": "null"}]}),
        ({"anyOf": [{"type": "string"}], "nullable": True}, {"anyOf": [{"type": "string"}, {"type": "null"}]}),
        ({"type": "number", "minimum": 0, "exclusiveMinimum": True}, {"type": "number", "exclusiveMinimum": 0}),
        ({"type": "number", "maximum": 1, "exclusiveMaximum": False}, {"type": "number", "maximum": 1}),
        ({"type": ["string", "null"]}, {"type": ["string", "null"]}),
        (
            {"type": "object", "properties": {"a": {"type": "integer", "nullable": True}}},
            {"type": "object", "properties": {"a": {"type": ["integer", "null"]}}},
        ),
    ],
)
def test_schema_rewrites(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert schema_31(before) == after


def test_other_files_are_bundled_into_components(tmp_path: Path) -> None:
    write_spec(
        tmp_path,
        "Pet:\n  type: object\n  nullable: true\n  properties:\n    owner: {$ref: '#/Owner'}\nOwner:\n  type: object\n  properties: {name: {type: string}}\n",
        "pets.yaml",
    )
    spec = write_spec(
        tmp_path,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Home:\n      type: object\n      properties:\n        pet: {$ref: 'pets.yaml#/Pet'}\n",
    )
    result = oapigen("normalize", str(spec))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    schemas = document["components"]["schemas"]
    assert schemas["Home"]["properties"]["pet"] == {"$ref": "#/components/schemas/Pet"}
    assert schemas["Pet"]["type"] == ["object", "null"]
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert schemas["Owner"]["properties"]["name"] == {"type": "string"}


SPLIT_ROOT = """
openapi: 3.0.3
info: {title: S, version: "1"}
components:
  parameters:
    Trace: {name: trace, in: header, schema: {type: string}}
paths:
  /things: {$ref: "paths.yaml#/things"}
  /pets/{id}: {$ref: "paths.yaml#/paths/~1pets~1{id}"}
  /others:
    get:
      operationId: getOthers
      tags: [Others]
      parameters: [{$ref: "common.yaml#/Limit"}]
      responses:
        "200": {$ref: "common.yaml#/ThingList"}
"""
SPLIT_PATHS = """
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {$ref: "openapi.yaml#/components/parameters/Trace"}
    get:
      operationId: getPet
      tags: [Pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "common.yaml#/Pet"}
things:
  get:
    operationId: listThings
    tags: [Things]
    parameters: [{$ref: "common.yaml#/Limit"}]
    requestBody: {$ref: "common.yaml#/NewThing"}
    responses:
      "200": {$ref: "common.yaml#/ThingList"}
"""
SPLIT_COMMON = """
Limit: {name: limit, in: query, schema: {type: integer, nullable: true}}
ThingList:
  description: ok
  headers:
    X-Rate: {$ref: "#/Rate"}
  content:
    application/json:
      schema: {type: array, items: {$ref: "#/Thing"}}
NewThing:
  content:
    application/json:
      schema: {$ref: "#/Thing"}
Rate:
  schema: {type: integer}
Thing:
  type: object
  properties:
    id: {type: string}
Pet:
  oneOf: [{$ref: "#/Cat"}, {$ref: "#/Dog"}]
  discriminator: {propertyName: kind, mapping: {cat: "#/Cat", dog: "common.yaml#/Dog"}}
Cat: {type: object, required: [kind], properties: {kind: {type: string}, meow: {type: boolean}}}
Dog: {type: object, required: [kind], properties: {kind: {type: string}, bark: {type: boolean}}}
"""


def test_what_other_files_hold_is_bundled_into_the_section_of_its_kind(tmp_path: Path) -> None:
    """A parameter, a response, a request body, a header and a path item in other files were all copied
    into ``components/schemas``: the document was no valid OpenAPI, and the parameters were not rewritten."""
    write_spec(tmp_path, SPLIT_PATHS, "paths.yaml")
    write_spec(tmp_path, SPLIT_COMMON, "common.yaml")
    spec = write_spec(tmp_path, SPLIT_ROOT)
    result = oapigen("normalize", str(spec))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    components = document["components"]
    assert {section: sorted(names) for section, names in components.items()} == {
        "schemas": ["Cat", "Dog", "Pet", "Thing"],
        "parameters": ["Limit", "Trace"],
        "responses": ["ThingList"],
        "requestBodies": ["NewThing"],
        "headers": ["Rate"],
        "pathItems": ["pets_id", "things"],  # a component's name is letters, digits, `.`, `-` and `_`
    }
    assert document["paths"]["/things"] == {"$ref": "#/components/pathItems/things"}
    assert document["paths"]["/pets/{id}"] == {"$ref": "#/components/pathItems/pets_id"}
    # a reference back into the root (`openapi.yaml#/...` in paths.yaml) is local in the one document
    assert components["pathItems"]["pets_id"]["parameters"][1] == {"$ref": "#/components/parameters/Trace"}
    mapping = components["schemas"]["Pet"]["discriminator"]["mapping"]
    assert mapping == {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}
    assert components["pathItems"]["things"]["get"]["parameters"] == [{"$ref": "#/components/parameters/Limit"}]
    assert components["parameters"]["Limit"]["schema"] == {"type": ["integer", "null"]}  # rewritten as 3.1
    assert components["responses"]["ThingList"]["headers"]["X-Rate"] == {"$ref": "#/components/headers/Rate"}
    OpenAPI.model_validate(document)
    # the bundled document gives the client the split one gives
    (tmp_path / "bundled.json").write_text(result.stdout, encoding="utf-8")
    for name, source in (("split", spec), ("bundled", tmp_path / "bundled.json")):
        made = oapigen("generate", "--spec", str(source), "--out", str(tmp_path / name), cwd=tmp_path)
        assert made.returncode == 0, made.stderr
    assert (tmp_path / "split" / "api.md").read_text() == (tmp_path / "bundled" / "api.md").read_text()


def test_a_bundled_schema_whose_name_holds_a_slash_takes_a_name_openapi_allows(tmp_path: Path) -> None:
    """The pointer token ``a~1b`` names the key ``a/b``, which no component may be called (letters, digits,
    ``.``, ``-`` and ``_`` only): the bundled schema is ``a_b``, and the reference names it (it once pointed
    at a schema named ``a~1b``, which was not there)."""
    write_spec(tmp_path, "defs:\n  a/b: {type: string}\n", "other.yaml")
    spec = write_spec(
        tmp_path,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Home:\n"
        "      type: object\n      properties:\n        code: {$ref: 'other.yaml#/defs/a~1b'}\n",
    )
    result = oapigen("normalize", str(spec))
    assert result.returncode == 0, result.stderr
    schemas = json.loads(result.stdout)["components"]["schemas"]
    assert schemas["Home"]["properties"]["code"] == {"$ref": "#/components/schemas/a_b"}
    assert schemas["a_b"] == {"type": "string"}


def test_a_property_named_like_a_keyword_is_bundled_as_any_other(tmp_path: Path) -> None:
    """A property named ``example`` (or ``default``, ``enum``) is a name, not the keyword: its reference into
    another file was left pointing there, so the output did not stand alone."""
    write_spec(tmp_path, "X: {type: string}\nY: {type: integer}\n", "other.yaml")
    spec = write_spec(
        tmp_path,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n"
        "      type: object\n      properties:\n        example: {$ref: 'other.yaml#/X'}\n"
        "        default: {$ref: 'other.yaml#/Y'}\n      example: {$ref: 'not/a/reference'}\n",
    )
    result = oapigen("normalize", str(spec))
    assert result.returncode == 0, result.stderr
    schemas = json.loads(result.stdout)["components"]["schemas"]
    assert schemas["A"]["properties"] == {
        "example": {"$ref": "#/components/schemas/X"},
        "default": {"$ref": "#/components/schemas/Y"},
    }
    assert schemas["A"]["example"] == {"$ref": "not/a/reference"}  # an example is data, copied as it is
    assert schemas["X"] == {"type": "string"} and schemas["Y"] == {"type": "integer"}


def test_bad_input_exits_2(tmp_path: Path) -> None:
    spec = write_spec(
        tmp_path,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/nope'}\n",
    )
    result = oapigen("normalize", str(spec))
    assert result.returncode == 2
    assert "#/components/schemas/A: $ref '#/nope' does not resolve" in result.stderr


@pytest.mark.parametrize(
    ("document", "pointer", "message"),
    [
        ("paths: [/a]\n", "#/paths", "must be an object"),
        ("paths: {}\ncomponents: [1]\n", "#/components", "`components` must be an object, not list"),
        ("paths: {}\ncomponents: {parameters: [1]}\n", "#/components/parameters", "must be an object, not list"),
        ("paths: {}\ncomponents: {headers: x}\n", "#/components/headers", "must be an object, not str"),
        ("paths: {}\ncomponents: {responses: []}\n", "#/components/responses", "must be an object, not list"),
        ("paths: {}\ncomponents: {schemas: {A: 5}}\n", "#/components/schemas/A", "must be an object"),
        (
            "paths: {/a: {get: {responses: {'200': {description: ok, headers: [1]}}}}}\n",
            "#/paths/~1a/get/responses/200/headers",
            "must be an object, not list",
        ),
    ],
)
def test_a_part_of_the_wrong_shape_is_an_error_at_its_node(
    tmp_path: Path, document: str, pointer: str, message: str
) -> None:
    spec = write_spec(tmp_path, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n" + document)
    result = oapigen("normalize", str(spec))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert f": {pointer}: " in result.stderr and message in result.stderr, result.stderr


def test_the_output_is_not_written_over_the_spec(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    before = spec.read_bytes()
    result = oapigen("normalize", str(spec), "-o", str(spec))
    assert result.returncode == 2 and "is an input of this run" in result.stderr
    assert spec.read_bytes() == before


@pytest.mark.parametrize("number", [".nan", ".inf", "-.inf"])
def test_a_number_json_cannot_write_is_an_error_at_its_node(tmp_path: Path, number: str) -> None:
    """YAML can write NaN and the infinities; JSON cannot, and text with them is refused by JSON readers."""
    spec = write_spec(
        tmp_path,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        f"    A: {{type: number, maximum: {number}}}\n",
    )
    result = oapigen("normalize", str(spec))
    assert result.returncode == 2, result.stderr
    assert ":6:" in result.stderr  # the line of the node
    assert "#/components/schemas/A/maximum: a number that JSON cannot write (NaN or an infinity)" in result.stderr
    assert result.stdout == ""


INVALID_FEEDBACK = {
    "score of 5": {"feedback": [{"id": "row", "scores": {"accuracy": 5}}]},
    "no id": {"feedback": [{"scores": {"accuracy": 0.5}}]},
    "source robot": {"feedback": [{"id": "row", "source": "robot"}]},
}
VALID_FEEDBACK = {"feedback": [{"id": "row", "scores": {"accuracy": 0.5}, "source": "api", "comment": None}]}


def _post(base_url: str, body: dict[str, Any]) -> httpx.Response:
    url = f"{base_url}/v1/project_logs/{uuid.uuid4()}/feedback"
    return httpx.post(url, json=body, headers={"Authorization": "Bearer test"}, timeout=30)


def test_prism_checks_feedback_bodies_only_with_the_normalized_spec() -> None:
    with prism(prism_spec()) as normalized_url, prism(BRAINTRUST_SPEC) as raw_url:
        for name, body in INVALID_FEEDBACK.items():
            refused = _post(normalized_url, body)
            # Prism answers a request that fails validation with the client-error response the spec
            # declares (Braintrust declares 400; 422 where none is), and lists the violations.
            assert refused.status_code in (400, 422), name
            violations = json.loads(refused.headers["sl-violations"])
            assert violations and all(v["location"][:2] == ["request", "body"] for v in violations), name
            passed = _post(raw_url, body)
            assert passed.status_code == 200, f"{name}: the raw spec should not be checked ({passed.text})"
            assert "sl-violations" not in passed.headers, name
        assert _post(normalized_url, VALID_FEEDBACK).status_code == 200
        assert _post(raw_url, VALID_FEEDBACK).status_code == 200
