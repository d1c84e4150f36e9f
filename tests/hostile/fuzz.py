"""The fuzzer: Hypothesis draws OpenAPI documents, and the generator must either build a package that
imports (and whose models build and whose methods run against a mock transport) or refuse with error
lines in the form of DESIGN §6. A traceback, an internal error, or an output that does not import is a
failure.

The documents mix the constructs of DESIGN §2 (nullable, type lists, enums with null, $ref with
siblings, allOf/anyOf/oneOf nesting, discriminators, additionalProperties, constraints), names with odd
characters, path templates whose parameters match or do not, duplicate operationIds, dangling
references, and garbage: random values where objects are expected, random documents, random bytes.

In the suite (tests/hostile/test_fuzz.py) it runs with a fixed seed and a bounded number of examples.
The long run is one command (see tests/hostile/README.md):

    python -m tests.hostile.fuzz --examples 10000 --workers 2

which prints the documents tried, the packages generated, the refusals, the time, and any failure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import re
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from generator.config import Config
from generator.diagnostics import Level, SpecError
from generator.format import FormatError
from generator.load_yaml import _SpecLoader
from generator.pipeline import build
from generator.write import render_in_memory
from tests.hostile import exercise


def rarely(draw: st.DrawFn, n: int) -> bool:
    """True about once in 2n+1 draws: the middle of the range, which Hypothesis does not favour."""
    return bool(draw(st.integers(0, 2 * n)) == n)


# --- names and text --------------------------------------------------------------------------------

ODD_NAMES = [
    "", " ", "_", "__", "0", "123", "1st", "class", "def", "None", "True", "from", "import", "self", "type",
    "match", "str", "int", "list", "dict", "json", "copy", "schema", "model_config", "model_dump", "validate",
    "datetime", "Any", "Literal", "BaseModel", "Field", "__init__", "__class__", "_private", "a-b", "a_b",
    "aB", "AB", "a b", "a.b", "a/b", "a~b", "a%20b", "a#b", "{x}", "é", "日本語", "🙂", "\u202eevil", "x" * 90,
    "with_raw_response", "extra_headers", "timeout", "max_retries", "httpx", "os", "builtins",
]  # fmt: skip
SIMPLE_NAMES = ["id", "name", "kind", "type", "status", "items", "data", "value", "owner", "tags", "next"]

name_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), max_codepoint=0x2FFFF), min_size=0, max_size=10
)
names = st.one_of(st.sampled_from(SIMPLE_NAMES), st.sampled_from(ODD_NAMES), name_text)
any_text = st.one_of(
    st.text(max_size=20),
    st.sampled_from(['"""', "'''", "\\", "{{ x }}", "{% if %}", "\n", "\x00", "\u202e", ">>> 1", "\r\n", "\\u0041"]),
)
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=True), st.text(max_size=10)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
garbage = st.one_of(json_scalars, st.lists(json_scalars, max_size=2), st.dictionaries(names, json_scalars, max_size=2))

# --- schemas ---------------------------------------------------------------------------------------

TYPES = ["string", "integer", "number", "boolean", "array", "object", "null"]
FORMATS = ["date-time", "date", "email", "uuid", "int64", "binary", "byte", "float", "nonsense"]


@st.composite
def primitive(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean", "null"]))
    schema: dict[str, Any] = {"type": kind}
    if draw(st.booleans()):
        schema["type"] = draw(st.sampled_from([kind, [kind, "null"], [kind], ["null", kind], [kind, "string"]]))
    if kind == "string":
        if draw(st.booleans()):
            schema["format"] = draw(st.sampled_from(FORMATS))
        for key in sorted(
            draw(st.sets(st.sampled_from(["minLength", "maxLength"]), max_size=2))
        ):  # sorted: a set's order follows the hash seed
            schema[key] = draw(st.integers(0, 20))  # a negative count is malformed: refused, not generated
        if rarely(draw, 5):
            schema["pattern"] = draw(st.sampled_from(["^[a-z]+$", "\\d{3}", "[", "(?P<x>a)", "^\\w*$", "a{2,1}"]))
    elif kind in ("integer", "number"):
        for key in sorted(
            draw(st.sets(st.sampled_from(["minimum", "maximum", "multipleOf"]), max_size=3))
        ):  # sorted: a set's order follows the hash seed
            schema[key] = draw(st.one_of(st.integers(-100, 100), st.floats(-1e3, 1e3, allow_nan=False)))
        if rarely(draw, 3):
            schema["exclusiveMinimum"] = draw(st.one_of(st.booleans(), st.integers(-5, 5)))
    if rarely(draw, 3):
        schema["nullable"] = draw(st.booleans())
    if rarely(draw, 3):
        schema["enum"] = draw(
            st.lists(st.one_of(st.none(), st.text(max_size=6), st.integers(-5, 5), st.booleans()), max_size=4)
        )
    if rarely(draw, 6):
        schema["const"] = draw(json_scalars)
    if rarely(draw, 4):
        schema["default"] = draw(json_values)
    return schema


def schema_strategy(refs: list[str], well_formed: bool = False) -> st.SearchStrategy[Any]:
    """Schemas nesting objects, arrays, maps and unions, with references to ``refs`` (component names);
    ``well_formed``: a discriminator maps only to those (else also to schemas that do not exist)."""
    ref = (
        st.sampled_from(refs).map(lambda name: {"$ref": "#/components/schemas/" + _pointer_token(name)})
        if refs
        else st.nothing()
    )
    leaves = st.one_of(primitive(), primitive(), ref, ref, st.just({}), st.sampled_from([True, False]))

    def extend(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(
            _object_schema(inner),
            _object_schema(inner),
            st.builds(lambda items, extra: {"type": "array", "items": items, **extra}, inner, _array_extra()),
            st.builds(lambda value: {"type": "object", "additionalProperties": value}, inner | st.booleans()),
            st.builds(lambda members: {"allOf": members}, st.lists(inner, min_size=1, max_size=3)),
            st.builds(
                lambda key, members, extra: {key: members, **extra},
                st.sampled_from(["anyOf", "oneOf"]),
                st.lists(inner, min_size=1, max_size=3),
                st.one_of(st.just({}), st.just({"nullable": True}), _discriminator(refs if well_formed else None)),
            ),
            st.builds(lambda target, extra: {**target, **extra}, ref, _ref_siblings(inner)) if refs else inner,
            st.builds(lambda tagged: tagged, _tagged_union(inner)),
        )

    return st.recursive(leaves, extend, max_leaves=12)


def _pointer_token(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1").replace("%", "%25").replace("#", "%23")


@st.composite
def _object_schema(draw: st.DrawFn, inner: st.SearchStrategy[Any]) -> dict[str, Any]:
    properties = draw(st.dictionaries(names, inner, max_size=4))
    schema: dict[str, Any] = {
        "type": draw(st.sampled_from(["object", ["object", "null"], "object"])),
        "properties": properties,
    }
    if properties and draw(st.booleans()):
        schema["required"] = draw(st.lists(st.sampled_from([*sorted(properties), "missing"]), max_size=3, unique=True))
    if rarely(draw, 3):
        schema["additionalProperties"] = draw(st.one_of(st.booleans(), primitive()))
    if rarely(draw, 4):
        schema["nullable"] = True
    if rarely(draw, 4):
        schema["title"] = draw(any_text)
    if rarely(draw, 3):
        schema["description"] = draw(any_text)
    return schema


def _array_extra() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {}, optional={"minItems": st.integers(0, 5), "maxItems": st.integers(0, 5), "uniqueItems": st.booleans()}
    )


def _ref_siblings(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.just({"nullable": True}),
        st.just({"description": "beside a $ref"}),
        st.builds(lambda p: {"properties": p}, st.dictionaries(names, inner, max_size=2)),
        st.just({"type": "object"}),
    )


def _discriminator(refs: list[str] | None) -> st.SearchStrategy[dict[str, Any]]:
    """A discriminator whose mapping names ``refs`` (None: also schemas that do not exist)."""
    if refs is None:
        targets = st.sampled_from(["#/components/schemas/A", "#/nope", "B"])
    elif refs:
        targets = st.sampled_from(refs).map(lambda name: "#/components/schemas/" + _pointer_token(name))
    else:
        targets = st.nothing()
    return st.builds(
        lambda name, mapping: {"discriminator": {"propertyName": name, **({"mapping": mapping} if mapping else {})}},
        st.sampled_from(["kind", "type", "missing"]),
        st.dictionaries(st.text(max_size=4), targets, max_size=2),
    )


@st.composite
def _tagged_union(draw: st.DrawFn, inner: st.SearchStrategy[Any]) -> dict[str, Any]:
    """A oneOf whose object variants each pin a `kind` (const or single-value enum): a discriminated union."""
    variants = []
    for value in draw(st.lists(st.sampled_from(["a", "b", "c", "a-b", "", "1"]), min_size=2, max_size=3)):
        pin = draw(st.sampled_from([{"const": value}, {"enum": [value]}, {"type": "string", "enum": [value, None]}]))
        variants.append(
            {
                "type": "object",
                "properties": {"kind": pin, "x": draw(inner)},
                "required": draw(st.sampled_from([["kind"], []])),
            }
        )
    return {draw(st.sampled_from(["oneOf", "anyOf"])): variants}


# --- documents ---------------------------------------------------------------------------------------

_TEMPLATE = re.compile(r"\{[^{}]*\}")
METHODS = ["get", "post", "put", "patch", "delete", "head", "options", "trace"]


@st.composite
def parameters(
    draw: st.DrawFn, schema: st.SearchStrategy[Any], path_params: list[str], well_formed: bool = False
) -> list[Any]:
    found: list[Any] = []
    for name in path_params:
        if not well_formed and rarely(draw, 20):
            continue  # the template names a parameter that is not declared
        found.append({"name": name, "in": "path", "required": True, "schema": draw(primitive() | schema)})
    for _ in range(draw(st.integers(0, 3))):
        location = draw(st.sampled_from(["query", "query", "header", "cookie"]))
        if not well_formed and rarely(draw, 12):
            location = "path"  # a path parameter the template does not name
        entry: dict[str, Any] = {"name": draw(names), "in": location}
        if well_formed and any(_same_parameter(entry, other) for other in found):
            continue  # one list declares each name and location once
        if location == "path" or draw(st.booleans()):
            entry["required"] = True
        if rarely(draw, 8):
            entry["content"] = {"application/json": {"schema": draw(schema)}}
        else:
            entry["schema"] = draw(schema)
        for key in sorted(
            draw(st.sets(st.sampled_from(["style", "explode", "description", "deprecated"]), max_size=2))
        ):  # sorted: a set's order follows the hash seed
            entry[key] = draw(
                {"style": st.sampled_from(["form", "simple", "deepObject", "spaceDelimited", "matrix"]),
                 "explode": st.booleans(), "description": any_text, "deprecated": st.booleans()}[key]
            )  # fmt: skip
        found.append(entry)
    if not well_formed and rarely(draw, 15):
        found.append(draw(garbage))
    return found


def _same_parameter(a: dict[str, Any], b: Any) -> bool:
    if not isinstance(b, dict) or a["in"] != b.get("in"):
        return False
    return bool(a["name"].lower() == str(b.get("name")).lower() if a["in"] == "header" else a["name"] == b.get("name"))


def media(schema: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    kinds = st.sampled_from(
        ["application/json", "application/json", "application/x-www-form-urlencoded", "text/plain",
         "application/octet-stream", "application/problem+json", "*/*", "text/event-stream", "application/xml"]
    )  # fmt: skip
    return st.dictionaries(kinds, st.builds(lambda s: {"schema": s}, schema) | st.just({}), min_size=1, max_size=2)


@st.composite
def operation(
    draw: st.DrawFn, schema: st.SearchStrategy[Any], path_params: list[str], ids: list[str], well_formed: bool = False
) -> dict[str, Any]:
    op: dict[str, Any] = {}
    if not rarely(draw, 3):
        if ids and not well_formed and rarely(draw, 10):
            op["operationId"] = draw(st.sampled_from(ids))  # a duplicate
        elif well_formed:
            op["operationId"] = draw(names.filter(lambda name: name not in ids)) + f"_{len(ids)}"
        else:
            op["operationId"] = draw(names) + ("" if rarely(draw, 3) else str(len(ids)))
    if draw(st.booleans()):
        op["tags"] = draw(st.lists(names, max_size=2))
    for key in ("summary", "description"):
        if rarely(draw, 3):
            op[key] = draw(any_text)
    op["parameters"] = draw(parameters(schema, path_params, well_formed))
    if draw(st.booleans()):
        op["requestBody"] = {"content": draw(media(schema)), "required": draw(st.booleans())}
    responses: dict[str, Any] = {}
    for code in draw(
        st.lists(st.sampled_from(["200", "201", "204", "2XX", "default", "400", "404"]), max_size=3, unique=True)
    ):
        response: dict[str, Any] = {"description": draw(any_text)}
        if code != "204" and draw(st.booleans()):
            response["content"] = draw(media(schema))
        responses[code] = response
    op["responses"] = responses
    if rarely(draw, 6):
        op["security"] = draw(st.sampled_from([[], [{"key": []}]] + ([] if well_formed else [[{"missing": []}]])))
    if rarely(draw, 8):
        op["deprecated"] = True
    return op


@st.composite
def path_template(draw: st.DrawFn, well_formed: bool = False) -> tuple[str, list[str]]:
    segments = []
    params = []
    for _ in range(draw(st.integers(0, 3))):
        if rarely(draw, 2):
            param = draw(st.sampled_from(["id", "item_id", "itemId", "a-b", "0", ""]) | names)
            if well_formed and ("{" in param or "}" in param):
                param = "braced"  # a name with a brace cannot be declared for the template
            if well_formed and param in params:
                continue  # a template names each parameter once
            segments.append("{" + param + "}")
            params.append(param)
        else:
            static = st.sampled_from(["things", "v1", "items", "a b", "ünï", "x.y", "-"]) | names
            segments.append(
                draw(
                    static.filter(lambda s: "{" not in s and "}" not in s)
                    if well_formed or not rarely(draw, 10)
                    else static
                )
            )
    path = "/" + "/".join(segments)
    if not well_formed and rarely(draw, 25):
        path = path.lstrip("/")  # not a path at all
    extra = [draw(names)] if not well_formed and rarely(draw, 20) else []  # a declared parameter the path lacks
    return path, [p for p in params if "{" not in p and "}" not in p] + extra


@st.composite
def openapi_document(draw: st.DrawFn, well_formed: bool = False) -> Any:
    """A document; ``well_formed``: none of the defects that must be refused (a wrong version, a dangling
    or circular reference, a path parameter declared on one side only, a duplicate operationId, garbage)."""
    valid = st.sampled_from(["3.0.3", "3.1.0", "3.0.0", "3.1.1"])
    version = draw(st.sampled_from(["3.2.0", "2.0", "4.0", "3"]) if not well_formed and rarely(draw, 12) else valid)
    component_names = draw(st.lists(names, max_size=6, unique=True))
    schema = schema_strategy(component_names, well_formed)
    if well_formed:  # each component refers only to those before it: no cycle of references
        components = {
            name: draw(schema_strategy(component_names[:index], well_formed))
            for index, name in enumerate(component_names)
        }
    else:
        components = {name: draw(schema) for name in component_names}
    if component_names and not well_formed and rarely(draw, 15):
        components[component_names[0]] = {"$ref": "#/components/schemas/Missing"}  # dangling
    document: dict[str, Any] = {
        "openapi": version,
        "info": {"title": draw(any_text), "version": draw(st.text(max_size=5))},
        "paths": {},
        "components": {"schemas": components},
    }
    if draw(st.booleans()):
        document["info"]["description"] = draw(any_text)
    if draw(st.booleans()):
        document["servers"] = [
            {"url": draw(st.sampled_from(["https://api.example.com/v1", "/relative", "http://{host}:8080"]) | any_text)}
        ]
    if rarely(draw, 3):
        document["components"]["securitySchemes"] = {
            "key": draw(
                st.sampled_from(
                    [
                        {"type": "http", "scheme": "bearer"},
                        {"type": "apiKey", "in": "header", "name": "X-Key"},
                        {"type": "oauth2", "flows": {}},
                    ]
                )
            )
        }
        document["security"] = [{"key": []}]
    ids: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        path, params = draw(path_template(well_formed))
        if well_formed and any(_TEMPLATE.sub("{}", path) == _TEMPLATE.sub("{}", other) for other in document["paths"]):
            continue  # two templates that differ only in their parameters' names match the same URLs
        item: dict[str, Any] = {}
        for method in draw(st.lists(st.sampled_from(METHODS), min_size=1, max_size=3, unique=True)):
            op = draw(operation(schema, params, ids, well_formed))
            if isinstance(op.get("operationId"), str):
                ids.append(op["operationId"])
            item[method] = op
        document["paths"][path] = item
    if rarely(draw, 10):
        document["tags"] = [{"name": draw(names), "description": draw(any_text)}]
    if not well_formed and rarely(draw, 6):
        document = _mutate(document, draw)
    return document


def _mutate(document: Any, draw: st.DrawFn) -> Any:
    """Replaces one node anywhere in the document with garbage (a wrong type where a shape is expected)."""
    nodes: list[tuple[Any, Any]] = []
    stack = [(document, 0)]
    while stack:
        node, depth = stack.pop()
        children = (
            list(node.items()) if isinstance(node, dict) else list(enumerate(node)) if isinstance(node, list) else []
        )
        for key, child in children:
            if depth > 0 or rarely(draw, 4):
                nodes.append((node, key))
            stack.append((child, depth + 1))
    if not nodes:
        return draw(garbage)
    parent, key = draw(st.sampled_from(nodes))
    parent[key] = draw(garbage)
    return document


@dataclass(frozen=True)
class Input:
    """One document as the generator reads it: a file name and its bytes."""

    name: str
    data: bytes


class _SpecDumper(yaml.SafeDumper):
    """PyYAML's safe dumper, quoting every string that oapigen's loader would read as another type.

    The dumper quotes by YAML 1.1's rules, under which ``1e100`` is text (a float needs a dot), so it
    wrote such a string plain, and the loader, which reads numbers by YAML 1.2's, read a float: a
    parameter drawn as named ``1e100`` arrived named by a number, and a well-formed document was refused.
    """


_SpecDumper.yaml_implicit_resolvers = _SpecLoader.yaml_implicit_resolvers  # the loader's own table


@st.composite
def inputs(draw: st.DrawFn, well_formed: bool = False) -> Input:
    choice = draw(st.integers(0, 40)) if not well_formed else 0
    if choice == 20:  # random bytes, or random text
        return Input(
            "openapi.yaml",
            draw(st.binary(max_size=60) | st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass"))),
        )
    if choice == 21:  # any JSON value at all
        return Input("openapi.json", json.dumps(draw(json_values)).encode())
    document = draw(openapi_document(well_formed))
    if draw(st.booleans()):
        text = json.dumps(document, ensure_ascii=draw(st.booleans()), allow_nan=True)
        if not well_formed and rarely(draw, 20):
            text = text[: draw(st.integers(0, len(text)))]  # truncated
        return Input("openapi.json", text.encode("utf-8", "surrogatepass"))
    try:
        text = yaml.dump(document, Dumper=_SpecDumper, allow_unicode=draw(st.booleans()), sort_keys=False)
    except yaml.YAMLError:
        text = json.dumps(document)
    return Input("openapi.yaml", text.encode("utf-8", "surrogatepass"))


# --- the property ------------------------------------------------------------------------------------

LINE = re.compile(r"^[^:\n]+(?::\d+:\d+)?: #[^\n]*: .+$")


@dataclass
class Tally:
    documents: int = 0
    generated: int = 0
    refused: int = 0
    models: int = 0
    calls: int = 0
    reasons: Counter[str] = field(default_factory=Counter)


TIME_LIMIT = 60
"""Seconds one document may take, generation and use together: the documents are small (a few KB), so a
document that takes longer is a denial of service (an expansion that grows without bound)."""


class TookTooLong(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise TookTooLong(f"one document took more than {TIME_LIMIT} s")


FAILURES = Path(os.environ.get("OAPIGEN_FUZZ_FAILURES", Path(tempfile.gettempdir()) / "oapigen-fuzz-failures"))
"""Where a document that breaks the property is kept (before Hypothesis shrinks it), to run it by hand."""


def check_one(item: Input, workdir: Path, tally: Tally, must_generate: bool = False) -> None:
    """The property: a package that works, or errors in the form of DESIGN §6 (with ``must_generate``, for
    a well-formed document: a package that works). Raises on anything else."""
    try:
        _check_one(item, workdir, tally, must_generate)
    except BaseException as failure:
        if isinstance(failure, KeyboardInterrupt):
            raise
        FAILURES.mkdir(parents=True, exist_ok=True)
        kept = FAILURES / f"{hashlib.sha256(item.data).hexdigest()[:12]}-{item.name}"
        kept.write_bytes(item.data)
        failure.add_note(f"the document: {kept} (run: oapigen generate --spec {kept} --out /tmp/out)")
        raise


def _check_one(item: Input, workdir: Path, tally: Tally, must_generate: bool) -> None:
    tally.documents += 1
    case = Path(tempfile.mkdtemp(prefix="case-", dir=workdir))
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIME_LIMIT)
    try:
        spec = case / item.name
        spec.write_bytes(item.data)
        package = "fuzz_client"
        config = Config(spec=spec, out=case / "out", package_name=package, client_name="Fuzz")
        try:
            result = build(config)
        except SpecError as error:
            assert error.diagnostics, "a SpecError without diagnostics"
            assert any(d.level is Level.ERROR for d in error.diagnostics) or error.strict
            for diagnostic in error.diagnostics:
                line = diagnostic.format()
                assert LINE.match(line), f"not one line in the form of DESIGN §6: {line!r}"
            tally.refused += 1
            first = next(d for d in error.diagnostics if d.level is Level.ERROR)
            tally.reasons[first.code] += 1
            if must_generate:
                raise AssertionError(
                    "a well-formed document was refused:\n" + "\n".join(d.format() for d in error.diagnostics)
                ) from None
            return
        for warning in result.warnings:
            assert LINE.match(warning.format()), warning.format()
        try:
            files = render_in_memory(result.files)
        except FormatError as error:
            raise AssertionError(f"the generated code does not parse: {error}") from error
        out = case / "out"
        for path, data in files.items():
            target = out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        try:
            with exercise.loaded(out, package) as module:
                exercise.import_all(module)
                tally.models += exercise.check_models(module)
                tally.calls += exercise.call_every_method(module, "Fuzz")
        except Exception as error:
            # raised here, not from a file of the generated package (a new folder each time), so that
            # Hypothesis sees the same failure each time it replays the document, not a flaky one
            raise AssertionError(f"the generated package fails: {type(error).__name__}: {error}") from error
        tally.generated += 1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        shutil.rmtree(case, ignore_errors=True)


def run(
    examples: int,
    seed_value: int,
    workdir: Path,
    tally: Tally,
    deadline: float | None = None,
    well_formed: bool = False,
) -> None:
    """Runs the property over ``examples`` drawn documents (Hypothesis shrinks any failure it finds);
    ``well_formed``: documents without deliberate defects, each of which must give a working package."""

    @seed(seed_value)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(inputs(well_formed))
    def property_holds(item: Input) -> None:
        if deadline is not None and time.monotonic() > deadline:
            return
        check_one(item, workdir, tally, must_generate=well_formed)

    property_holds()


# --- the long run ------------------------------------------------------------------------------------


MEMORY_LIMIT = 3 * 1024**3
"""Bytes of address space a worker of the long run may use: a document that needs more is a failure."""


def _worker(arguments: tuple[int, int, str, bool]) -> dict[str, Any]:
    examples, seed_value, workdir, well_formed = arguments
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    tally = Tally()
    started = time.perf_counter()
    failure = None
    try:
        run(examples, seed_value, Path(workdir), tally, well_formed=well_formed)
    except BaseException:  # report it, with Hypothesis's shrunk example in the traceback
        failure = traceback.format_exc()
    return {
        "seed": seed_value,
        "documents": tally.documents,
        "generated": tally.generated,
        "refused": tally.refused,
        "models": tally.models,
        "calls": tally.calls,
        "reasons": dict(tally.reasons),
        "seconds": time.perf_counter() - started,
        "failure": failure,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=10_000, help="documents in all (split over the workers)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=6, help="first seed; worker i uses seed + i")
    parser.add_argument(
        "--well-formed", action="store_true", help="documents without deliberate defects: each must generate"
    )
    options = parser.parse_args(argv)
    share = -(-options.examples // options.workers)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="oapigen-fuzz-") as workdir:
        # the memo of thousands of throw-away specs goes with the run, not into the user's cache
        os.environ["OAPIGEN_CACHE_DIR"] = os.path.join(workdir, "cache")
        jobs = [(share, options.seed + i, workdir, options.well_formed) for i in range(options.workers)]
        with multiprocessing.get_context("spawn").Pool(options.workers) as pool:
            reports = pool.map(_worker, jobs)
    total = Counter[str]()
    reasons = Counter[str]()
    for report in reports:
        for key in ("documents", "generated", "refused", "models", "calls"):
            total[key] += report[key]
        reasons.update(report["reasons"])
    elapsed = time.perf_counter() - started
    print(
        f"documents {total['documents']}, packages generated {total['generated']} "
        f"(models built {total['models']}, methods called {total['calls']}), refused {total['refused']}, "
        f"{elapsed:.0f} s ({elapsed / max(total['documents'], 1) * 1000:.0f} ms a document, {options.workers} workers)"
    )
    print("refusals by first error:", ", ".join(f"{code} {count}" for code, count in reasons.most_common()))
    failures = [r for r in reports if r["failure"]]
    for report in failures:
        print(f"\nFAILURE (seed {report['seed']}):\n{report['failure']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
