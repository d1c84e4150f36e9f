"""A JSON body or answer under a media type of its own (``application/merge-patch+json``,
``application/vnd.api+json``) went out as ``application/json``, and its answer was asked for as
``application/json``: servers that dispatch on the media type (a merge patch against a JSON patch, JSON:API)
refuse that or apply the wrong semantics. The declared media types are now sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.0.3
info: {title: Media, version: "1"}
paths:
  /deployments/{name}:
    patch:
      operationId: patchDeployment
      tags: [Deployments]
      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content:
          # as Kubernetes offers them: JSON Patch sorts first, but takes an array of operations
          application/json-patch+json:
            schema: {type: array, items: {type: object}}
          application/merge-patch+json:
            schema: {type: object, properties: {replicas: {type: integer, nullable: true}}}
          application/strategic-merge-patch+json:
            schema: {type: object, properties: {replicas: {type: integer, nullable: true}}}
          application/apply-patch+yaml:
            schema: {type: object}
      responses: {"204": {description: ok}}
  /articles:
    post:
      operationId: createArticle
      tags: [Articles]
      requestBody:
        required: true
        content:
          application/vnd.api+json:
            schema: {type: object, required: [data], properties: {data: {type: object}}}
      responses:
        "201":
          description: created
          content:
            application/vnd.api+json:
              schema: {type: object, properties: {data: {type: object}}}
  /plain:
    post:
      operationId: createPlain
      tags: [Plain]
      requestBody:
        content:
          "*/*": {schema: {type: object, properties: {a: {type: integer}}}}
          Application/JSON: {schema: {type: object, properties: {a: {type: string}}}}
          application/hal+json: {schema: {type: object, properties: {a: {type: boolean}}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
"""


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("media"), SPEC, "media_client", "Media") as module:
        yield module


def _sent(media: Any, call: Any, answer: httpx.Response) -> httpx.Request:
    sent: list[httpx.Request] = []
    call(mock_client(media.Media, lambda request: answer, sent))
    return sent[0]


def test_a_merge_patch_is_sent_as_one(media: Any) -> None:
    request = _sent(media, lambda c: c.deployments.update("web", replicas=None), httpx.Response(204))
    assert request.headers["content-type"] == "application/merge-patch+json"
    assert json.loads(request.content) == {"replicas": None}


def test_a_vendor_json_type_is_sent_and_asked_for(media: Any) -> None:
    answer = httpx.Response(201, json={"data": {"id": "1"}}, headers={"content-type": "application/vnd.api+json"})
    request = _sent(media, lambda c: c.articles.create(data={"type": "articles"}), answer)
    assert request.headers["content-type"] == "application/vnd.api+json"
    assert request.headers["accept"] == "application/vnd.api+json"


def test_plain_json_comes_first(media: Any) -> None:
    """Before ``*/*`` and other JSON types, whatever their order, and however its case is written: its
    schema (a string, where the others take a number or a boolean) is the one the method checks."""
    request = _sent(media, lambda c: c.plain.create(a="x"), httpx.Response(200, json={}))
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"
