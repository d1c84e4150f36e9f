"""Parameters of one operation that share a name in different places (query, header, cookie).

The method checks its query, header and cookie values in one model keyed by their names on the wire, so
two of them with one name cannot both be arguments: the first (query before header before cookie) is
kept, the other is left out with a warning naming it, and the method sends what it was given.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.support import generated_from, imported, mock_client, oapigen, write_spec

SPEC = """
openapi: 3.1.0
info: {title: Things, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      tags: [Things]
      parameters:
        - {name: version, in: header, schema: {type: string}}
        - {name: version, in: query, schema: {type: string}}
        - {name: trace, in: cookie, schema: {type: string}}
      responses:
        "204": {description: none}
"""


def test_the_query_parameter_is_kept_and_the_header_of_the_same_name_reported(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SPEC)
    out = tmp_path / "out"
    result = oapigen(
        "generate", "--spec", str(spec), "--out", str(out), "--package-name", "things_client", "--client-name", "Client"
    )
    assert result.returncode == 0, result.stderr
    assert (
        "#/paths/~1things/get/parameters/0: warning: a query parameter of this operation is also named 'version'; "
        "this header parameter is left out of the method"
    ) in result.stderr
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with imported(out, "things_client") as package:
        client = package.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        client.things.list(version="Q", trace="t1")
        client.things.list(version="Q", extra_headers={"version": "H"})
    assert [request.url.params.get("version") for request in seen] == ["Q", "Q"]
    assert seen[0].headers.get("cookie") == "trace=t1" and "version" not in seen[0].headers
    assert seen[1].headers["version"] == "H"


FILTER_SPEC = """
openapi: 3.0.3
info: {title: Messages, version: "1"}
paths:
  /messages:
    get:
      operationId: ListMessage
      tags: [Messages]
      parameters:
        - {name: DateSent, in: query, schema: {type: string}}
        - {name: DateSent<, in: query, schema: {type: string}}
        - {name: DateSent>, in: query, schema: {type: string}}
        - {name: Price<=, in: query, schema: {type: number}}
      responses:
        "204": {description: none}
"""


def test_a_comparison_in_a_filters_name_is_spelt_out(tmp_path: Path) -> None:
    """Twilio's ``DateSent<`` and ``DateSent>`` were ``date_sent_query`` and ``date_sent_2``: which was before
    and which after, nothing said."""
    seen: list[httpx.Request] = []
    with generated_from(tmp_path, FILTER_SPEC, "messages_client", "Client") as package:
        client = mock_client(package.Client, lambda request: httpx.Response(204), seen)
        client.messages.list(date_sent="a", date_sent_lt="b", date_sent_gt="c", price_lte=2.5)
    assert list(seen[0].url.params.multi_items()) == [
        ("DateSent", "a"),
        ("DateSent<", "b"),
        ("DateSent>", "c"),
        ("Price<=", "2.5"),
    ]
