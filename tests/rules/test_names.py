"""DESIGN §3: wire names never change; Python names are derived, safe, deterministic and overridable."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.diagnostics import SpecError
from generator.pipeline import build
from tests.rules.conftest import Recorder, load
from tests.support import write_spec

WIRE = {
    "_xact_id": "a",
    "xact_id": "b",
    "__schema": {"k": 1},
    "from": "c",
    "schema": "d",
    "type": "e",
    "json": "f",
    "model_config": "g",
    "spanFieldOrder": ["h"],
    "HTTPStatus": 200,
    "2fa": True,
    "brain-facet-1": "i",
    "café": "j",
    "str": "k",
    "global": "lambda",
}


def test_every_wire_name_survives_a_round_trip() -> None:
    event = load("n01_wire_names").models.Event.model_validate(WIRE)
    assert event.to_dict() == WIRE
    assert event.model_extra == {}


def test_python_names_are_safe_and_distinct() -> None:
    event = load("n01_wire_names").models.Event.model_validate(WIRE)
    assert (event.xact_id_, event.xact_id) == ("a", "b")
    assert event.schema_ == "d" and event.schema__ == {"k": 1}
    assert (event.from_, event.type_, event.json_, event.model_config_, event.str_) == ("c", "e", "f", "g", "k")
    assert event.span_field_order == ["h"] and event.http_status == 200 and event.n_2_fa is True
    assert event.brain_facet_1 == "i" and event.cafe == "j" and event.global_ == "lambda"


def test_models_are_built_with_python_names_and_send_wire_names(recorder: Recorder) -> None:
    package = load("n01_wire_names")
    event = package.models.Event(xact_id_="x", from_="f", type_="t", span_field_order=["a"], global_="global")
    assert event.to_dict() == {"_xact_id": "x", "from": "f", "type": "t", "spanFieldOrder": ["a"], "global": "global"}
    recorder.client(package).events.create(xact_id_="x", from_="f", global_="brain-facet-1")
    assert recorder.last_json == {"_xact_id": "x", "from": "f", "global": "brain-facet-1"}


def test_inline_schemas_are_named_by_position_and_components_win() -> None:
    models = load("n02_inline_names").models
    assert models.Order.model_fields["customer"].annotation is not None
    assert {
        "Order",
        "OrderCustomer",
        "OrderCustomerDetails",
        "OrderShipping",
        "OrderLinesItem",
        "OrdersListResponse",
    } <= set(models.__all__)
    assert "Details" not in models.__all__  # never by title alone
    assert models.OrderCustomer.model_fields.keys() == {"id"}  # the component keeps its name
    assert models.OrderCustomerDetails.model_fields.keys() == {"name"}


def test_methods_read_as_a_person_would_write_them() -> None:
    package = load("n03_method_names")
    client = package.Client(api_key="k", base_url="http://api.test")
    widgets = {
        name for name, _ in inspect.getmembers(type(client.widgets), inspect.isfunction) if not name.startswith("_")
    }
    assert widgets == {
        "list",
        "create",
        "retrieve",
        "update",
        "delete",
        "find_and_delete",
        "fetch",
        "fetch_post",
        "batch_update",
    }
    assert hasattr(client.widget_logs, "feedback")  # resource renamed by configuration
    assert hasattr(client.import_, "create")  # a keyword made safe
    assert next(iter(inspect.signature(client.widgets.retrieve).parameters)) == "widget_id"


def test_reserved_names_get_safe_class_and_argument_names(recorder: Recorder) -> None:
    package = load("n04_reserved_names")
    models = package.models
    # names a resource module imports or defines itself (Mapping, Stream, ThingsResource, ...) neither
    imported = ["Stream", "Mapping", "Query", "Timeout", "Headers", "Body", "SyncPage", "ClassVar", "ThingsResource"]
    assert {"Class", "AnyModel", "BaseModelModel", "Model123Start", *(f"{n}Model" for n in imported)} == set(
        models.__all__
    )
    parameters = inspect.signature(type(recorder.client(package).things).list).parameters
    assert {"from_", "extra_headers_", "page_size", "extra_headers"} <= set(parameters)
    recorder.client(package).things.list(from_="a", extra_headers_="b", page_size=3)
    assert dict(recorder.requests[-1].url.params) == {"from": "a", "extra_headers": "b", "page-size": "3"}
    made = recorder.client(package).things.create(order="asc", timeout_=models.TimeoutModel(seconds=3))
    assert isinstance(made, models.StreamModel)  # the echoed body, read as the response model
    assert recorder.requests[-1].url.params["order"] == "asc" and recorder.last_json == {"timeout": {"seconds": 3}}


def test_names_fold_letters_by_unicode_3_2_on_every_python() -> None:
    """Folding to ASCII uses Unicode 3.2's forms, which every Python has: a character added since (here
    SQUARED LATIN CAPITAL LETTER A, Unicode 6.0, which the running Python folds to `A`) is dropped, so
    the name is the same whatever Unicode version the generating Python knows."""
    import unicodedata

    from generator.normalize.names import ascii_fold, field_name

    squared_a = "\U0001f130"
    assert unicodedata.normalize("NFKD", squared_a) == "A"  # what the running Python's own tables say
    assert ascii_fold(f"{squared_a}bc") == "bc"
    assert field_name("Café ﬁle²") == "cafe_file2"  # forms Unicode 3.2 already had still fold


@pytest.mark.parametrize(
    ("wire", "python", "class_"),
    [
        ("address_line1", "address_line1", "AddressLine1"),  # snake_case already: kept as it is
        ("last4", "last4", "Last4"),
        ("core_v1", "core_v1", "CoreV1"),
        ("k8s", "k8s", "K8s"),
        ("sha256Hash", "sha256_hash", "Sha256Hash"),  # digits stay with the word they end
        ("io.k8s.api.core.v1.Pod", "io_k8s_api_core_v1_pod", "IoK8sApiCoreV1Pod"),
        ("brain-facet-1", "brain_facet_1", "BrainFacet1"),  # a number of its own stays a word
    ],
)
def test_digits_stay_in_their_word(wire: str, python: str, class_: str) -> None:
    """``last4`` was ``last_4``, ``k8s`` ``k_8_s``: names the API's own users would not recognise."""
    from generator.normalize.names import class_name, field_name

    assert (field_name(wire), class_name(wire)) == (python, class_)


_TWO_OPERATIONS = """
openapi: 3.1.0
info: {title: Twins, version: "1"}
paths:
  /other:
    get: {operationId: getOther, tags: [other], responses: {"204": {description: ok}}}
    put: {operationId: putOther, tags: [other], responses: {"204": {description: ok}}}
components:
  schemas:
    M:
      type: object
      properties: {alpha: {type: string}, beta: {type: string}}
"""


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            {"method_names": {"getOther": "same", "putOther": "same"}},
            [
                "#/paths/~1other/get: method-names gives getOther the name 'same', as it gives putOther",
                "#/paths/~1other/put: method-names gives putOther the name 'same', as it gives getOther",
            ],
        ),
        (
            {
                "field_names": {
                    "#/components/schemas/M/properties/alpha": "gamma",
                    "#/components/schemas/M/properties/beta": "gamma",
                }
            },
            [
                "#/components/schemas/M/properties/alpha: field-names gives 'alpha' the name 'gamma', as it gives 'beta'",
                "#/components/schemas/M/properties/beta: field-names gives 'beta' the name 'gamma', as it gives 'alpha'",
            ],
        ),
        (
            {"model_names": {"M": "OtherResource"}},
            ["#/components/schemas/M: model-names gives M the name 'OtherResource', which a resource class"],
        ),
    ],
    ids=["methods", "fields", "model-and-resource"],
)
def test_configured_names_that_collide_are_refused(
    tmp_path: Path, overrides: dict[str, Any], expected: list[str]
) -> None:
    config = Config(package_name="twins", client_name="Twins", spec=write_spec(tmp_path, _TWO_OPERATIONS), **overrides)
    with pytest.raises(SpecError) as caught:
        build(config)
    shown = [f"{d.pointer}: {d.message}" for d in caught.value.diagnostics]
    assert [line[: len(prefix)] for line, prefix in zip(shown, expected, strict=True)] == expected
