"""R6-R11: unions, allOf, additional properties, any values, constraints and open responses."""

from __future__ import annotations

import datetime
import importlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import httpx
import pydantic
import pytest

from generator.config import Config
from generator.pipeline import build
from generator.write import write_output
from tests.rules.conftest import Recorder, load
from tests.support import generate, imported, mypy_strict, oapigen, write_spec


class TestR6Unions:
    def test_implied_discriminator_picks_by_the_pinned_property(self) -> None:
        models = load("r06_unions").models
        drawing = models.Drawing.model_validate({"shape": {"kind": "square", "side": 2}})
        assert type(drawing.shape).__name__ == "Square"
        assert drawing.to_dict() == {"shape": {"kind": "square", "side": 2.0}}

    def test_implied_discriminator_reports_the_bad_tag(self) -> None:
        models = load("r06_unions").models
        with pytest.raises(
            pydantic.ValidationError, match=r"union_tag_invalid|does not match any of the expected tags"
        ):
            models.Drawing.model_validate({"shape": {"kind": "triangle", "side": 2}})

    def test_explicit_discriminator_with_mapping(self) -> None:
        models = load("r06_unions").models
        drawing = models.Drawing.model_validate(
            {"shape": {"kind": "circle", "radius": 1}, "pet": {"pet_type": "dog", "barks": True}}
        )
        assert type(drawing.pet).__name__ == "Dog"
        assert type(drawing.shape).__name__ == "Circle"

    def test_models_given_by_the_user_are_routed_by_their_tag(self) -> None:
        models = load("r06_unions").models
        drawing = models.Drawing(
            shape=models.Circle(kind="circle", radius=2), pet=models.Cat(pet_type="cat", meows=True)
        )
        assert drawing.to_dict() == {
            "shape": {"kind": "circle", "radius": 2.0},
            "pet": {"pet_type": "cat", "meows": True},
        }

    def test_undiscriminated_union_matches_the_variant_that_fits(self) -> None:
        models = load("r06_unions").models
        point = models.Drawing.model_validate({"shape": {"kind": "circle", "radius": 1}, "position": {"x": 1, "y": 2}})
        named = models.Drawing.model_validate({"shape": {"kind": "circle", "radius": 1}, "position": {"name": "home"}})
        assert type(point.position).__name__ == "DrawingPositionPoint"
        assert type(named.position).__name__ == "DrawingPositionNamed"

    def test_documented_order_when_several_variants_fit(self) -> None:
        """Smart mode (pydantic): an exact match first, else the variant with the most fields set."""
        models = load("r06_unions").models
        both = models.Drawing.model_validate(
            {"shape": {"kind": "circle", "radius": 1}, "position": {"x": 1, "y": 2, "name": "n"}}
        )
        assert type(both.position).__name__ == "DrawingPositionPoint"
        assert both.to_dict()["position"] == {"x": 1.0, "y": 2.0, "name": "n"}
        label = models.Drawing.model_validate({"shape": {"kind": "circle", "radius": 1}, "label": ["a", "b"]})
        assert label.label == ["a", "b"]


class TestR7AllOf:
    def test_properties_and_required_are_merged(self) -> None:
        item_class = load("r07_allof").models.Item
        item = item_class.model_validate({"id": "1", "name": "n", "created": "2024-01-02T03:04:05Z"})
        assert item.created == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
        with pytest.raises(pydantic.ValidationError, match="name"):
            item_class(id="1")
        with pytest.raises(pydantic.ValidationError, match="id"):
            item_class(name="n")

    def test_allof_over_a_union_keeps_only_the_possible_pairs(self) -> None:
        models = load("r07_allof").models
        function = models.Item.model_validate({"id": "1", "name": "n", "scorer": {"type": "function", "id": "f"}})
        global_ = models.Item.model_validate({"id": "1", "name": "n", "scorer": {"type": "global", "name": "g"}})
        assert type(function.scorer).__name__ == "ItemScorerFunction"
        assert type(global_.scorer).__name__ == "ItemScorerGlobal"
        with pytest.raises(pydantic.ValidationError):
            models.Item(id="1", name="n", scorer=None)  # the anyOf member does not allow null


class TestR8AdditionalProperties:
    def test_a_schema_gives_a_typed_dict(self) -> None:
        models = load("r08_additional_properties").models
        report = models.Report(scores={"a": 0.5, "b": None})
        assert report.to_dict() == {"scores": {"a": 0.5, "b": None}}
        with pytest.raises(pydantic.ValidationError):
            models.Report(scores={"a": 2})

    def test_false_refuses_extra_keys_in_requests_only(self) -> None:
        models = load("r08_additional_properties").models
        with pytest.raises(pydantic.ValidationError, match="unexpected keys: b"):
            models.Closed(a=1, b=2)
        package = load("r08_additional_properties")
        recorder = Recorder(lambda request: httpx.Response(200, json={"closed": {"a": 1, "b": 2}}))
        result = recorder.client(package).metrics.create(closed=models.Closed(a=1))
        assert result.closed is not None and result.closed.model_extra == {"b": 2}

    def test_typed_extra_keys_beside_properties(self) -> None:
        models = load("r08_additional_properties").models
        metrics = models.Metrics.model_validate({"start": 1, "tokens": "12"})
        assert metrics.model_extra == {"tokens": 12.0}
        with pytest.raises(pydantic.ValidationError):
            models.Metrics.model_validate({"tokens": "many"})

    def test_otherwise_extra_keys_are_kept(self) -> None:
        models = load("r08_additional_properties").models
        report = models.Report.model_validate({"open": {"known": "k", "unknown": [1]}, "bag": {"x": {"y": 1}}})
        assert report.open is not None and report.open.model_extra == {"unknown": [1]}
        assert report.to_dict() == {"open": {"known": "k", "unknown": [1]}, "bag": {"x": {"y": 1}}}


class TestR9AnyValue:
    @pytest.mark.parametrize("value", [None, 1, 1.5, "s", True, [1, "a"], {"a": {"b": None}}])
    def test_any_json_value(self, value: object) -> None:
        envelope = load("r09_any").models.Envelope(payload=value, maybe=value)
        assert envelope.to_dict() == {"payload": value, "maybe": value}


class TestR10Constraints:
    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"score": 1.5}, "score"),
            ({"score": -0.1}, "score"),
            ({"score": 0.5, "weight": 0}, "weight"),
            ({"score": 0.5, "name": ""}, "name"),
            ({"score": 0.5, "name": "abcdef"}, "name"),
            ({"score": 0.5, "code": "ab-1"}, "code"),
            ({"score": 0.5, "tags": []}, "tags"),
            ({"score": 0.5, "tags": ["a", "b", "c", "d"]}, "tags"),
        ],
    )
    def test_refused(self, fields: dict[str, object], field: str) -> None:
        with pytest.raises(pydantic.ValidationError, match=field):
            load("r10_constraints").models.Row(**fields)

    @pytest.mark.parametrize(
        "fields",
        [
            {"score": 1.5},
            {"score": -0.1, "weight": 0},
            {"score": 0.5, "name": "", "code": "ab-1"},
            {"score": 0.5, "name": "abcdef", "tags": []},
            {"score": 0.5, "tags": ["a", "b", "c", "d"]},
        ],
    )
    def test_kept_in_a_response(self, fields: dict[str, object]) -> None:
        """The bounds are rules for what the client sends: one value beyond them must not lose a response."""
        package = load("r10_constraints")
        row = importlib.import_module(f"{package.__name__}._models").parse_response(package.models.Row, fields)
        assert row.to_dict() == fields

    @pytest.mark.parametrize("fields", [{"score": "high"}, {"score": 0.5, "tags": [1]}, {"score": 0.5, "name": 5}])
    def test_a_value_of_another_type_is_still_an_error_in_a_response(self, fields: dict[str, object]) -> None:
        package = load("r10_constraints")
        with pytest.raises(pydantic.ValidationError):
            importlib.import_module(f"{package.__name__}._models").parse_response(package.models.Row, fields)

    def test_accepted_at_the_bounds(self) -> None:
        row = load("r10_constraints").models.Row(score=1, weight=0.001, name="abcde", code="AB-12", tags=["a"])
        assert row.to_dict() == {"score": 1, "weight": 0.001, "name": "abcde", "code": "AB-12", "tags": ["a"]}

    def test_query_parameters_are_checked_before_sending(self, recorder: Recorder) -> None:
        client = recorder.client(load("r10_constraints"))
        with pytest.raises(pydantic.ValidationError, match="limit"):
            client.rows.list(limit=0)
        assert recorder.requests == []
        client.rows.list(limit=100)
        assert recorder.requests[-1].url.params["limit"] == "100"

    def test_31_numeric_exclusive_bounds(self, tmp_path: Path) -> None:
        spec = Path(__file__).resolve().parent.parent / "golden" / "cases" / "r10_constraints" / "spec31.yaml"
        out = generate(spec, tmp_path / "out", package_name="r10_31")
        script = (
            "import pydantic\nfrom r10_31.models import Weight\n"
            "Weight(weight=5)\n"
            "for bad in (0, 10):\n"
            "    try:\n        Weight(weight=bad)\n    except pydantic.ValidationError:\n        print('refused', bad)\n"
        )
        result = subprocess.run([sys.executable, "-c", script], cwd=out, capture_output=True, text=True)
        assert result.stdout.split("\n")[:2] == ["refused 0", "refused 10"], result.stderr


FLOAT_VALUES = """
openapi: 3.1.0
info: {title: Float values, version: "1"}
paths: {}
components:
  schemas:
    Knob:
      type: object
      properties:
        step: {type: number, enum: [0.5, 2.5]}
        level: {enum: [low, 1.5, true]}
        limit: {type: number, const: .inf}
        ratio: {type: number, minimum: .nan, maximum: 2}
        flag: {enum: [0, false]}
        count: {type: number, enum: [1, 2.0]}
"""


@pytest.fixture(scope="module")
def package_root(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The package of FLOAT_VALUES, and the warnings its generation gave."""
    folder = tmp_path_factory.mktemp("floats")
    config = Config(package_name="floats", client_name="Floats", spec=write_spec(folder, FLOAT_VALUES))
    result = build(replace(config, out=folder / "out"))
    write_output(result.files, folder / "out")
    return folder / "out", [f"{w.pointer}: {w.message}" for w in result.warnings]


class TestR10NumbersALiteralCannotHold:
    """A Literal holds no float (type checkers refuse it), and a NaN bound holds no value: enums of such
    numbers become floats limited to their values, and a NaN bound is dropped. A whole float is the
    integer it equals; false and 0 stay two members."""

    def test_only_the_nan_bound_is_reported(self, package_root: tuple[Path, list[str]]) -> None:
        assert package_root[1] == [
            "#/components/schemas/Knob/properties/ratio: `minimum` must be a number, not NaN (which no value is "
            "within); the constraint is not enforced"
        ]

    def test_the_package_passes_mypy_strict(self, package_root: tuple[Path, list[str]]) -> None:
        result = mypy_strict(package_root[0] / "floats")
        assert result.returncode == 0, result.stdout[-3000:]

    def test_the_numbers_are_floats_limited_to_the_listed_values(self, package_root: tuple[Path, list[str]]) -> None:
        script = (
            "import typing\n"
            "from floats.models import Knob\n"
            "knob = Knob(step=2.5, level='low', limit=float('inf'), ratio=1.5)\n"
            "print(knob.to_dict(), Knob(level=1.5).level, Knob(level=True).level)\n"
            "for bad in ({'step': 7.25}, {'level': 2.5}, {'limit': 1e308}, {'ratio': 3}):\n"
            "    try:\n        Knob(**bad)\n    except ValueError:\n        print('refused', bad)\n"
            "print(repr(Knob(flag=False).flag), repr(Knob(flag=0).flag), Knob(count=2).count)\n"
            "print(typing.get_args(Knob.model_fields['count'].annotation))\n"
        )
        result = subprocess.run([sys.executable, "-c", script], cwd=package_root[0], capture_output=True, text=True)
        assert result.stdout.splitlines() == [
            "{'step': 2.5, 'level': 'low', 'limit': inf, 'ratio': 1.5} 1.5 True",
            "refused {'step': 7.25}",
            "refused {'level': 2.5}",
            "refused {'limit': 1e+308}",
            "refused {'ratio': 3}",
            "False 0 2",
            "(typing.Annotated[typing.Literal[1, 2], OpenEnum], <class 'NoneType'>)",
        ], result.stderr

    def test_a_response_may_carry_another_number(self, package_root: tuple[Path, list[str]]) -> None:
        script = (
            "from floats._models import parse_response\nfrom floats.models import Knob\n"
            "print(parse_response(Knob, {'step': 7.25}).step)\n"
        )
        result = subprocess.run([sys.executable, "-c", script], cwd=package_root[0], capture_output=True, text=True)
        assert result.stdout == "7.25\n", result.stderr


class TestR11OpenResponses:
    def test_unknown_enum_value_and_field_parse_and_are_kept(self) -> None:
        package = load("r11_open_responses")
        recorder = Recorder(
            lambda request: httpx.Response(200, json={"id": "j", "status": "paused", "priority": 3, "note": "n"})
        )
        job = recorder.client(package).jobs.retrieve("j")
        assert job.status == "paused"
        assert job.model_extra == {"priority": 3}
        assert job.note == "n" and isinstance(job.note, str)
        assert job.to_dict() == {"id": "j", "status": "paused", "priority": 3, "note": "n"}

    def test_requests_stay_strict(self) -> None:
        models = load("r11_open_responses").models
        with pytest.raises(pydantic.ValidationError):
            models.Job(id="j", status="paused")
        with pytest.raises(pydantic.ValidationError, match="unexpected keys"):
            models.Job(id="j", status="done", priority=3)

    def test_known_values_stay_typed(self) -> None:
        package = load("r11_open_responses")
        recorder = Recorder(lambda request: httpx.Response(200, json={"id": "j", "status": "done"}))
        job = recorder.client(package).jobs.retrieve("j")
        assert job.status == "done"
        assert type(job).__name__ == "Job"


class TestR11StoredModels:
    """What a newer server sent survives to_json and from_json: a cache must not refuse it."""

    def test_a_value_a_newer_server_sent_survives_storing(self) -> None:
        job = load("r11_open_responses").models.Job
        stored = '{"id": "j", "status": "paused", "priority": 3}'
        read = job.from_json(stored)
        assert (read.status, read.model_extra) == ("paused", {"priority": 3})
        assert job.from_dict(read.to_dict()).to_json() == stored.replace(" ", "")


MAPPED_PETS = """
openapi: 3.1.0
info: {title: Pets, version: "1"}
paths: {}
components:
  schemas:
    Owner:
      type: object
      properties:
        pet:
          oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
          discriminator:
            propertyName: kind
            mapping: {feline: Cat, canine: "#/components/schemas/Dog"}
    Cat:
      type: object
      required: [kind]
      properties: {kind: {type: string}, meows: {type: boolean}}
    Dog:
      type: object
      required: [kind]
      properties: {kind: {type: string}, barks: {type: boolean}}
"""


class TestDiscriminatorMapping:
    """A mapping value is a schema's name or a reference to it (OpenAPI 3.1.1): both tag their variant.
    One that names no schema is an error at its entry: read as the implicit name, its variant would be
    tagged with a value the server never sends, and each such response read as an unknown variant."""

    def test_a_schema_name_and_a_reference_both_tag_their_variant(self, tmp_path: Path) -> None:
        out = generate(write_spec(tmp_path, MAPPED_PETS), tmp_path / "out", package_name="mapped_pets")
        with imported(out, "mapped_pets") as package:
            owner = package.models.Owner.model_validate({"pet": {"kind": "feline", "meows": True}})
            assert type(owner.pet).__name__ == "Cat"
            owner = package.models.Owner.model_validate({"pet": {"kind": "canine", "barks": True}})
            assert type(owner.pet).__name__ == "Dog"

    @pytest.mark.parametrize("value", ["Dgo", "#/components/schemas/Dgo", "other.yaml#/Dog", "[1]"])
    def test_a_value_that_names_no_schema_is_an_error_at_its_entry(self, tmp_path: Path, value: str) -> None:
        written = value if value == "[1]" else repr(value)  # a list, else a quoted string
        spec = write_spec(tmp_path, MAPPED_PETS.replace('canine: "#/components/schemas/Dog"', f"canine: {written}"))
        result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        expected = (
            "#/components/schemas/Owner/properties/pet/discriminator/mapping/canine: the mapping of 'canine' "
            + ("must be a schema name or a reference" if value == "[1]" else f"names {value!r}, which is neither")
        )
        assert expected in result.stderr
        assert result.stderr.count("mapping/canine") == 1
        assert not (tmp_path / "out").exists()

    def test_a_mapping_of_a_one_variant_union_is_checked_too(self, tmp_path: Path) -> None:
        """A union of one variant is that variant; its discriminator's mapping was never read."""
        one = MAPPED_PETS.replace(
            'oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]',
            'oneOf: [{$ref: "#/components/schemas/Cat"}]',
        ).replace('canine: "#/components/schemas/Dog"', 'canine: "#/components/schemas/Nope"')
        result = oapigen(
            "generate", "--spec", str(write_spec(tmp_path, one)), "--out", str(tmp_path / "out"), cwd=tmp_path
        )
        assert result.returncode == 2, result.stderr
        assert "mapping/canine: the mapping of 'canine' names '#/components/schemas/Nope'" in result.stderr

    def test_a_tag_property_that_a_variant_lacks_is_a_warning(self, tmp_path: Path) -> None:
        """A model of that variant is built and sent without the tag, which the server cannot tell apart."""
        lacking = MAPPED_PETS.replace(
            "required: [kind]\n      properties: {kind: {type: string}, barks", "properties: {barks"
        )
        result = oapigen(
            "generate", "--spec", str(write_spec(tmp_path, lacking)), "--out", str(tmp_path / "out"), cwd=tmp_path
        )
        assert result.returncode == 0, result.stderr
        assert (
            "#/components/schemas/Owner/properties/pet/discriminator/propertyName: warning: the discriminator's "
            "property 'kind' is not a property of every variant (#/components/schemas/Owner/properties/pet/oneOf/1)"
        ) in result.stderr
