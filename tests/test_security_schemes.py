"""The client sends its API key the way the spec's security scheme says: a bearer token, basic credentials,
or an API key in a header, a query parameter or a cookie (it always sent a bearer token). The scheme is the
first that a security requirement names, the document's before the operations'."""

from __future__ import annotations

import base64
import logging
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import Config
from generator.pipeline import build
from tests.support import generated_from, mock_client, mypy_strict, run, write_spec

KEY = "sk-scheme-0123456789"

SPEC = """
openapi: 3.0.3
info: {title: Keys, version: "1"}
SECURITY
paths:
  /things:
    get:
      operationId: listThings
      tags: [Things]
      OPERATION_SECURITY
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    basic: {type: http, scheme: basic}
    header: {type: apiKey, in: header, name: X-Auth-Token}
    query: {type: apiKey, in: query, name: api_key}
    cookie: {type: apiKey, in: cookie, name: session}
    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: "https://auth.test/token", scopes: {}}}}
"""


def _client_for(tmp_path: Path, security: str, operation_security: str = "") -> Iterator[tuple[Any, Path]]:
    spec = SPEC.replace("OPERATION_SECURITY", operation_security).replace("SECURITY", security, 1)
    with generated_from(tmp_path, spec, "keys_client", "Keys") as module:
        yield module, tmp_path / "out"


def _sent(module: Any) -> httpx.Request:
    sent: list[httpx.Request] = []
    with mock_client(module.Keys, lambda request: httpx.Response(200, json={"n": 1}), sent) as client:
        client.with_options(api_key=KEY).things.list()
    return sent[0]


@pytest.mark.parametrize(
    ("scheme", "where", "expected"),
    [
        ("bearer", "authorization", f"Bearer {KEY}"),
        ("oauth", "authorization", f"Bearer {KEY}"),
        ("basic", "authorization", "Basic " + base64.b64encode(KEY.encode()).decode()),
        ("header", "x-auth-token", KEY),
        ("cookie", "cookie", f"session={KEY}"),
    ],
)
def test_the_key_goes_where_the_scheme_says(tmp_path: Path, scheme: str, where: str, expected: str) -> None:
    for module, _ in _client_for(tmp_path, f"security: [{{{scheme}: []}}]"):
        request = _sent(module)
        assert request.headers[where] == expected
        assert where == "authorization" or "authorization" not in request.headers
        assert KEY not in str(request.url)


def test_a_key_in_the_query_is_a_query_parameter_and_is_not_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="keys_client")
    for module, _ in _client_for(tmp_path, "security: [{query: []}]"):
        request = _sent(module)
        assert request.url.params["api_key"] == KEY
        assert "authorization" not in request.headers
    logged = [record.getMessage() for record in caplog.records]
    assert any("api_key=<redacted>" in message for message in logged), logged
    assert not [message for message in logged if KEY in message]


def test_an_operations_requirement_names_the_scheme_where_the_document_names_none(tmp_path: Path) -> None:
    for module, _ in _client_for(tmp_path, "", "security: [{header: []}]"):
        assert _sent(module).headers["x-auth-token"] == KEY


def test_the_header_that_carries_the_key_is_redacted_and_documented(tmp_path: Path) -> None:
    for module, out in _client_for(tmp_path, "security: [{header: []}]"):
        base_client = __import__("keys_client._base_client", fromlist=["SENSITIVE_HEADERS"])
        assert "x-auth-token" in base_client.SENSITIVE_HEADERS
        assert "in the ``X-Auth-Token`` header" in (module.Keys.__doc__ or "")
        assert "The API key is sent in the `X-Auth-Token` header." in (out / "README.md").read_text()
        checked = mypy_strict(out / "keys_client")
        assert checked.returncode == 0, checked.stdout
        linted = run([sys.executable, "-m", "ruff", "check", "--no-cache", str(out)])
        assert linted.returncode == 0, linted.stdout


def test_of_alternatives_a_bearer_token_is_chosen_before_basic_credentials(tmp_path: Path) -> None:
    """Stripe's spec offers basic credentials first, then a bearer token: its key alone is a bearer token."""
    for module, _ in _client_for(tmp_path, "security: [{basic: []}, {bearer: []}]"):
        assert _sent(module).headers["authorization"] == f"Bearer {KEY}"


COOKIE_PARAMETER_SPEC = """
openapi: 3.0.3
info: {title: Prefs, version: "1"}
security: [{session: []}]
paths:
  /dashboard:
    get:
      operationId: getDashboard
      tags: [Dashboard]
      parameters: [{name: theme, in: cookie, schema: {type: string}}]
      responses: {"204": {description: ok}}
components:
  securitySchemes:
    session: {type: apiKey, in: cookie, name: session}
"""


def test_a_cookie_parameter_joins_the_session_cookie_and_does_not_replace_it(tmp_path: Path) -> None:
    with generated_from(tmp_path, COOKIE_PARAMETER_SPEC, "prefs_client", "Prefs") as module:
        sent: list[httpx.Request] = []
        client = mock_client(module.Prefs, lambda request: httpx.Response(204), sent)
        client.dashboard.list()
        client.dashboard.list(theme="dark")
        with_default = client.with_options(default_headers={"Cookie": "region=eu"})
        with_default.dashboard.list(theme="dark")
    assert [request.headers.get_list("cookie") for request in sent] == [
        ["session=k"],
        ["session=k; theme=dark"],
        ["region=eu; theme=dark"],
    ]


def test_an_operation_that_accepts_only_another_scheme_is_reported(tmp_path: Path) -> None:
    """The client sends its key one way; an operation that accepts only another way will be refused."""
    spec = SPEC.replace("SECURITY", "security: [{header: []}]", 1).replace(
        "OPERATION_SECURITY", "security: [{query: []}, {cookie: []}]"
    )
    config = Config(package_name="keys_client", client_name="Keys", spec=write_spec(tmp_path, spec))
    warnings = [
        w for w in build(replace(config, out=tmp_path / "out")).warnings if w.code == "operation.security-scheme"
    ]
    assert [w.pointer for w in warnings] == ["#/paths/~1things/get/security"]
    assert "accepts only 'cookie', 'query', and the client sends its key by 'header'" in warnings[0].message
    optional = SPEC.replace("SECURITY", "security: [{header: []}]", 1).replace("OPERATION_SECURITY", "security: [{}]")
    config = replace(config, spec=write_spec(tmp_path / "optional", optional))
    assert not [
        w for w in build(replace(config, out=tmp_path / "o2")).warnings if w.code == "operation.security-scheme"
    ]


def test_with_options_api_key_none_sends_no_key_where_the_key_is_optional(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None means "read the environment" when a client is made, but "no key" for a copy: a copy asked
    for no key must not pick up KEYS_API_KEY, nor keep the original's."""
    monkeypatch.setenv("KEYS_API_KEY", "sk-from-the-environment")
    for module, _ in _client_for(tmp_path, "security: [{bearer: []}, {}]"):
        sent: list[httpx.Request] = []
        with mock_client(module.Keys, lambda request: httpx.Response(200, json={"n": 1}), sent) as client:
            client.with_options(api_key=KEY).things.list()
            keyless = client.with_options(api_key=KEY).with_options(api_key=None)
            keyless.things.list()
            keyless.with_options(max_retries=0).things.list()
    assert [request.headers.get("authorization") for request in sent] == [f"Bearer {KEY}", None, None]


def test_with_options_takes_no_none_key_where_every_operation_needs_one(tmp_path: Path) -> None:
    for _, out in _client_for(tmp_path, "security: [{bearer: []}]"):
        user = tmp_path / "user_code.py"
        user.write_text(
            "import keys_client\n\n"
            "client = keys_client.Keys(api_key='k')\n"
            "client.with_options(api_key='other').things.list()\n"
            "client.with_options(api_key=None)\n"
        )
        checked = mypy_strict(user, cwd=out)
        assert checked.returncode == 1, checked.stdout
        assert [line for line in checked.stdout.splitlines() if ": error:" in line] == [
            f'{user}:5: error: Argument "api_key" to "with_options" of "Keys" has incompatible type "None";'
            ' expected "str | NotGiven"  [arg-type]'
        ]
