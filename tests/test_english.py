"""A method on one item of a nested collection is named with the word for one: ``retrieve_address`` under
``/customers/{id}/addresses/{address}``, not ``retrieve_addresse``; and a word that ends in ``s`` but names
one thing (``alias``, ``canvas``) is not read as a listing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.normalize.english import is_plural, singular
from tests.support import method_names

ONE_FOR_MANY = {
    "cards": "card",
    "entries": "entry",
    "policies": "policy",
    "addresses": "address",
    "classes": "class",
    "boxes": "box",
    "taxes": "tax",
    "matches": "match",
    "batches": "batch",
    "wishes": "wish",
    "statuses": "status",
    "analyses": "analysis",
    "aliases": "alias",
    "canvases": "canvas",
    "quizzes": "quiz",
    "databases": "database",
    "releases": "release",
    "responses": "response",
    "warehouses": "warehouse",
    "caches": "cache",
    "movies": "movie",
    "tax_ids": "tax_id",
    "data": "data",
    "series": "series",
    "people": "people",  # Stripe has /people and /persons: each keeps a name of its own
}


@pytest.mark.parametrize(("many", "one"), sorted(ONE_FOR_MANY.items()))
def test_the_word_for_one(many: str, one: str) -> None:
    assert is_plural(many)
    assert singular(many) == one


@pytest.mark.parametrize("word", ["status", "address", "analysis", "alias", "canvas", "bias", "settings_item", "me"])
def test_words_for_one_thing_stay_as_they_are(word: str) -> None:
    assert not is_plural(word)
    assert singular(word) == word


def _operation(method: str, path: str, answer: str) -> str:
    parameters = "".join(
        f"        - {{name: {name}, in: path, required: true, schema: {{type: string}}}}\n"
        for name in ("id", "item")
        if "{" + name + "}" in path
    )
    return (
        f"    {method}:\n"
        f"      tags: [{path.split('/')[1]}]\n"
        + (f"      parameters:\n{parameters}" if parameters else "")
        + f"      responses:\n        '200':\n          description: ok\n"
        f"          content: {{application/json: {{schema: {answer}}}}}\n"
    )


OBJECT = "{type: object, properties: {name: {type: string}}}"
LISTING = "{type: array, items: {type: string}}"

SPEC = (
    "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
    "  /customers/{id}/addresses:\n"
    + _operation("get", "/customers/{id}/addresses", LISTING)
    + _operation("post", "/customers/{id}/addresses", OBJECT)
    + "  /customers/{id}/addresses/{item}:\n"
    + _operation("get", "/customers/{id}/addresses/{item}", OBJECT)
    + _operation("delete", "/customers/{id}/addresses/{item}", OBJECT)
    + "  /customers/{id}/statuses/{item}:\n"
    + _operation("get", "/customers/{id}/statuses/{item}", OBJECT)
    + "  /customers/{id}/batches:\n"
    + _operation("post", "/customers/{id}/batches", OBJECT)
    + "  /customers/{id}/batches/{item}:\n"
    + _operation("get", "/customers/{id}/batches/{item}", OBJECT)
    + "  /alias:\n"
    + _operation("get", "/alias", "{type: object, properties: {targets: {type: array, items: {type: string}}}}")
    + "  /canvas:\n"
    + _operation("get", "/canvas", "{type: object, properties: {layers: {type: array, items: {type: string}}}}")
)


def test_nested_collections_name_their_items_in_the_singular(tmp_path: Path) -> None:
    names = method_names(tmp_path, SPEC)
    assert names == {
        ("get", "/customers/{id}/addresses"): "list_addresses",
        ("post", "/customers/{id}/addresses"): "create_address",
        ("get", "/customers/{id}/addresses/{item}"): "retrieve_address",
        ("delete", "/customers/{id}/addresses/{item}"): "delete_address",
        ("get", "/customers/{id}/statuses/{item}"): "retrieve_status",
        ("post", "/customers/{id}/batches"): "create_batch",
        ("get", "/customers/{id}/batches/{item}"): "retrieve_batch",
        # one object with an array inside, under a name that ends in s but names one thing
        ("get", "/alias"): "retrieve",
        ("get", "/canvas"): "retrieve",
    }
