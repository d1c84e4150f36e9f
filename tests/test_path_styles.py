"""Path parameters in OpenAPI's three path styles. ``label`` and ``matrix`` were sent as if ``simple``
(``/dots/5`` where the API reads ``/dots/.5``), and an object in any style was sent as JSON."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from tests.support import generated_from, mock_client


def _operation(name: str, path: str, style: str, explode: bool, schema: str) -> str:
    return f"""
  {path}:
    get:
      operationId: {name}
      tags: [Styles]
      parameters:
        - {{name: id, in: path, required: true, style: {style}, explode: {str(explode).lower()}, schema: {schema}}}
      responses:
        "204": {{description: done}}
"""


ARRAY = "{type: array, items: {type: string}}"
OBJECT = "{type: object, properties: {role: {type: string}, name: {type: string}}}"
SPEC = (
    'openapi: 3.1.0\ninfo: {title: Styles, version: "1"}\npaths:'
    + _operation("simpleObject", "/simple/{id}", "simple", False, OBJECT)
    + _operation("simpleObjectExploded", "/simple-exploded/{id}", "simple", True, OBJECT)
    + _operation("labelScalar", "/label/{id}", "label", False, "{type: integer}")
    + _operation("labelArray", "/label-array/{id}", "label", False, ARRAY)
    + _operation("labelArrayExploded", "/label-array-exploded/{id}", "label", True, ARRAY)
    + _operation("labelObjectExploded", "/label-object-exploded/{id}", "label", True, OBJECT)
    + _operation("matrixScalar", "/matrix/{id}", "matrix", False, "{type: string}")
    + _operation("matrixArray", "/matrix-array/{id}", "matrix", False, ARRAY)
    + _operation("matrixArrayExploded", "/matrix-array-exploded/{id}", "matrix", True, ARRAY)
    + _operation("matrixObject", "/matrix-object/{id}", "matrix", False, OBJECT)
    + _operation("matrixObjectExploded", "/matrix-object-exploded/{id}", "matrix", True, OBJECT)
)


@pytest.fixture(scope="module")
def styles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("styles"), SPEC, "styles_client", "S") as module:
        yield module


def _path_of(styles: Any, method: str, value: Any) -> str:
    sent: list[httpx.Request] = []
    client = mock_client(styles.S, lambda request: httpx.Response(204), sent)
    if value is PERSON:  # an object parameter's argument is a model of its own
        models = styles.models
        model = next(
            getattr(models, name) for name in dir(models) if name.lower() == f"styles{method}id".replace("_", "")
        )
        value = model(**PERSON)
    getattr(client.styles, method)(value)
    return sent[0].url.raw_path.decode("ascii")


PERSON = {"role": "admin", "name": "Alex"}


@pytest.mark.parametrize(
    ("method", "value", "expected"),
    [
        ("retrieve_simple", PERSON, "/simple/role,admin,name,Alex"),
        ("retrieve_simple_exploded", PERSON, "/simple-exploded/role=admin,name=Alex"),
        ("retrieve_label", 5, "/label/.5"),
        ("retrieve_label_array", ["3", "4", "5"], "/label-array/.3,4,5"),
        ("retrieve_label_array_exploded", ["3", "4", "5"], "/label-array-exploded/.3.4.5"),
        ("retrieve_label_object_exploded", PERSON, "/label-object-exploded/.role=admin.name=Alex"),
        ("retrieve_matrix", "5", "/matrix/;id=5"),
        ("retrieve_matrix_array", ["3", "4", "5"], "/matrix-array/;id=3,4,5"),
        ("retrieve_matrix_array_exploded", ["3", "4", "5"], "/matrix-array-exploded/;id=3;id=4;id=5"),
        ("retrieve_matrix_object", PERSON, "/matrix-object/;id=role,admin,name,Alex"),
        ("retrieve_matrix_object_exploded", PERSON, "/matrix-object-exploded/;role=admin;name=Alex"),
    ],
)
def test_each_style_is_sent_as_openapi_writes_it(styles: Any, method: str, value: Any, expected: str) -> None:
    assert _path_of(styles, method, value) == expected


@pytest.mark.parametrize("method", ["retrieve_label_array", "retrieve_matrix_array_exploded"])
def test_a_delimiter_inside_a_value_is_encoded_not_read_as_a_delimiter(styles: Any, method: str) -> None:
    path = _path_of(styles, method, ["a/b", "c;d=e", "f.g,h", "?x#y"])
    encoded = path.split("/")[-1]
    assert "/" not in encoded.strip("/") and "?" not in encoded and "#" not in encoded
    assert "%2F" in encoded and "%3B" in encoded and "%3D" in encoded and "%2C" in encoded
    assert unquote(encoded) != encoded


def test_an_empty_value_is_refused_in_every_style(styles: Any) -> None:
    client = mock_client(styles.S, lambda request: httpx.Response(204))
    for method in ("retrieve_label", "retrieve_matrix", "retrieve_label_array"):
        empty: Any = [] if method == "retrieve_label_array" else ""
        with pytest.raises(ValueError, match="non-empty value"):
            getattr(client.styles, method)(empty)
