"""The page sizes the generated README's pagination examples ask for stay within the spec's bounds: an
example that asked for ``limit=1000`` of a listing of at most 500 items a page failed before sending."""

from __future__ import annotations

import pytest

from generator.ir import NumberConstraints, Operation, Origin, Response, SpecText
from generator.render.examples import Example

OPERATION = Operation(
    operation_id=SpecText("listOrders"),
    origin=Origin("openapi.yaml", SpecText("#/paths/~1orders/get")),
    http_method="get",
    path=SpecText("/orders"),
    method_name="list",
    arguments=(),
    body=None,
    response=Response("204", "empty", None),
)


@pytest.mark.parametrize(
    ("bounds", "size"),
    [
        (NumberConstraints(), "limit=1000"),
        (NumberConstraints(le=500), "limit=500"),
        (NumberConstraints(lt=500), "limit=499"),
        (NumberConstraints(lt=100.5), "limit=100"),
        (NumberConstraints(ge=2000), "limit=2000"),
        (NumberConstraints(gt=1000), "limit=1001"),
        (NumberConstraints(ge=1, le=100), "limit=100"),
    ],
)
def test_the_page_size_of_an_example_is_within_the_bounds(bounds: NumberConstraints, size: str) -> None:
    example = Example("orders", OPERATION, "", limit="limit", limit_bounds=bounds)
    assert example.page_size(1000) == size
