"""The generated README shows each feature with an example, and api.md lists every method with its signature.

(The README's examples are type-checked with `mypy --strict` in test_typing.py.)
"""

from __future__ import annotations

import inspect
import re
from types import ModuleType

import pytest

from generator.diagnostics import Diagnostics
from generator.ir import Api
from generator.pipeline import build_api
from tests.support import REPO, repo_config

README = (REPO / "generated" / "README.md").read_text()
API_MD = (REPO / "generated" / "api.md").read_text()


@pytest.fixture(scope="module")
def api() -> Api:
    return build_api(repo_config(), Diagnostics())


def _section(title: str) -> str:
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^## |\Z)", README, flags=re.DOTALL | re.MULTILINE)
    assert match, f"no README section {title!r}"
    return match.group(1)


@pytest.mark.parametrize(
    ("title", "shows"),
    [
        ("Use", ["client = Braintrust()", "client.projects.create(", "client.projects.retrieve("]),
        ("Async", ["async with AsyncBraintrust() as client", "await client."]),
        ("Configuration", ["api_key=", "base_url=", "timeout=", "max_retries=", "default_headers=", "http_client=",
                           "max_response_size="]),
        ("Pagination", ["for item in client.projects.list(limit=100)", "page.items", "next_page_params()",
                        "iter_pages()", "async for", "fetch_post("]),
        ("Streaming", ["stream=True", "for event in stream", "text_delta", "AsyncStream"]),
        ("Errors", ["except NotFoundError", "error.status_code", "error.body", "APIConnectionError"]),
        ("What a server can send back", ["except ResponseTooLargeError", "error.limit", "except RedirectError",
                                         "error.location", "with_options(max_response_size=", "verify=", "100 MiB"]),
        ("Retries and timeouts", ["max_retries=0, timeout=5.0", "with_options(", "Retry-After"]),
        ("Extra headers, query parameters and body fields", ["extra_headers=", "extra_query=", "extra_body="]),
        ("Omitted or null", ["=None)", "null"]),
        ("Raw responses", ["client.with_raw_response.projects.retrieve(", "raw.status_code", "raw.parse()"]),
        ("Logging", ["BRAINTRUST_LOG=info", "BRAINTRUST_LOG=debug", "redacted"]),
    ],
)  # fmt: skip
def test_the_readme_shows_each_feature_with_an_example(title: str, shows: list[str]) -> None:
    section = _section(title)
    if title != "Logging":
        assert "```python" in section, f"{title}: no example"
    for text in shows:
        assert text in section, f"{title}: {text!r} not shown"


def test_api_md_lists_every_method_with_its_signature(api: Api, bt: ModuleType) -> None:
    client = bt.Braintrust(api_key="k", base_url="http://api.test")
    blocks = re.findall(
        r"^### `(\w+)`\n\n`([A-Z]+) ([^`]+)`.*?```python\n(.*?)```", API_MD, flags=re.DOTALL | re.MULTILINE
    )
    assert len(blocks) == len(api.operations) == 151
    for (resource, operation), (name, method, path, code) in zip(
        [(r, op) for r in api.resources for op in r.operations], blocks, strict=True
    ):
        assert name == operation.method_name
        assert (method, path) == (operation.http_method.upper(), str(operation.path))
        assert f"client.{resource.attr_name}.{operation.method_name}(" in code
        for argument in operation.arguments:
            assert re.search(rf"\b{argument.py_name}: ", code), f"{operation.method_name}: {argument.py_name}"
        # the return type the generated method declares (of its non-streaming form, where it streams)
        declared = inspect.signature(getattr(getattr(client, resource.attr_name), operation.method_name))
        # (a class with a method named `list` spells the builtin `builtins.list`; api.md spells it plainly)
        returns = str(declared.return_annotation).split(" | Stream[")[0].replace("builtins.", "")
        assert f") -> {returns}" in code, (operation.method_name, returns)
        if operation.streaming is not None and operation.streaming.by_flag:
            events = "ServerSentEvent" if operation.streaming.raw_events else "InvokeEvent"
            assert "stream: Literal[True]," in code and f"-> Stream[{events}]" in code
        elif operation.streaming is not None:  # asked for by a key of a free-form body: no overloads to show
            assert "-> Any" in code and "stream" not in code
            said = API_MD.split(f"`{method} {path}`", 1)[1].split("\n### ", 1)[0]
            assert 'With `"stream": true` in `body` the answer is a stream of server-sent events' in said
