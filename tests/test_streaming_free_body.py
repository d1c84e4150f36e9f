"""A stream asked for by a key of a free-form JSON body (the Braintrust proxy's OpenAI formats): which
bodies can carry the key, and what the method is then typed as."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import Config, StreamingRule
from generator.diagnostics import SpecError
from generator.pipeline import build
from tests.support import mypy_strict, write_spec

SPEC = """
openapi: 3.1.0
info: {title: Chat, version: "1"}
paths:
  /chat:
    post:
      operationId: chat
      tags: [Chat]
      requestBody:
        required: true
        content:
          BODY
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: RESPONSE
"""


def _build(tmp_path: Path, body: str, response: str = "{}") -> Config:
    spec = write_spec(tmp_path, SPEC.replace("BODY", body).replace("RESPONSE", response))
    return Config(
        package_name="chat_client",
        client_name="Chat",
        spec=spec,
        out=tmp_path / "out",
        streaming={"chat": StreamingRule(param="stream")},
    )


@pytest.mark.parametrize(
    "body",
    [
        "application/json: {schema: {}}",
        "application/json: {schema: {nullable: true}}",
        "application/json: {schema: {type: object}}",
        "application/json: {schema: {type: object, additionalProperties: true}}",
    ],
)
def test_a_free_form_json_body_carries_the_stream_key(tmp_path: Path, body: str) -> None:
    (operation,) = build(_build(tmp_path, body)).api.operations
    assert operation.streaming is not None
    assert (operation.streaming.location, operation.streaming.param, operation.streaming.body_key) == (
        "free_body",
        "body",
        "stream",
    )
    assert not operation.streaming.by_flag


@pytest.mark.parametrize(
    "body",
    [
        "application/json: {schema: {type: object, properties: {model: {type: string}}}}",
        "application/json: {schema: {type: object, additionalProperties: {type: string}}}",
        "application/json: {schema: {type: array, items: {}}}",
        "application/x-www-form-urlencoded: {schema: {type: object}}",
    ],
)
def test_a_body_with_a_shape_or_another_encoding_does_not(tmp_path: Path, body: str) -> None:
    with pytest.raises(SpecError) as raised:
        build(_build(tmp_path, body))
    assert [d.code for d in raised.value.diagnostics] == ["operation.streaming"]
    assert "nor a free-form JSON body that could hold it" in raised.value.diagnostics[0].message


def test_the_method_keeps_its_type_and_adds_the_stream_where_the_answer_is_typed(tmp_path: Path) -> None:
    """An answer typed Any stays Any (adding ``| Stream`` would break every caller's use of it); a typed
    answer becomes the union, which is what the method may return."""
    from generator.write import write_output

    config = _build(tmp_path, "application/json: {schema: {}}", "{type: object, properties: {id: {type: string}}}")
    write_output(build(config).files, config.out)
    chat = (config.out / "chat_client" / "resources" / "chat.py").read_text()
    assert ") -> ChatCreateResponse | Stream[ServerSentEvent]:" in chat
    assert 'if asks_for_stream("stream", _options.json, extra_body):' in chat
    assert "@overload" not in chat
    assert mypy_strict(config.out / "chat_client").returncode == 0

    untyped = replace(_build(tmp_path / "any", "application/json: {schema: {}}"), out=tmp_path / "any" / "out")
    write_output(build(untyped).files, untyped.out)
    chat = (untyped.out / "chat_client" / "resources" / "chat.py").read_text()
    assert ") -> Any:" in chat and "Stream[" not in chat.split("def create", 1)[1].split('"""', 1)[0]


def test_the_readme_shows_no_stream_argument_that_does_not_exist(tmp_path: Path) -> None:
    """The README's streaming example calls ``method(..., param=True)``: a free-form body has no such argument."""
    readme = next(f for f in build(_build(tmp_path, "application/json: {schema: {}}")).files if f.path == "README.md")
    assert "## Streaming" not in readme.content and "stream=True" not in readme.content
