"""The same API under 3.1 type lists and under 3.0 `nullable` normalizes to the same IR (issue 3).

The first history spec (2024-01-30) is OpenAPI 3.1.0 with type lists; from the third (2024-05-27) the
document is 3.0.3 with `nullable`. Where a schema or an operation means the same in both (its
normalized 3.1 form, descriptions aside, is identical), the IR must be identical too; and where the IR
differs, the normalized forms must differ: the encoding never shows through.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostics
from generator.export import normalized_document
from generator.ir import Api, Origin, SpecText, Symbol
from generator.pipeline import build_api, load_and_resolve
from tests.support import SPECS, repo_config

OLD_31 = SPECS / "history" / "2024-01-30_7594656.yaml"
NEW_30 = SPECS / "history" / "2024-05-27_1c1d586.yaml"
_PROSE = frozenset({"description", "summary", "title", "example", "examples", "x-stainless-skip"})


def _api(spec: Path) -> Api:
    return build_api(replace(repo_config(), spec=spec), Diagnostics())


def _normalized(spec: Path) -> dict[str, Any]:
    diagnostics = Diagnostics()
    return normalized_document(load_and_resolve(spec, replace(repo_config(), spec=spec), diagnostics))


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _without_prose(value) for key, value in node.items() if key not in _PROSE}
    if isinstance(node, list):
        return [_without_prose(item) for item in node]
    return node


def _contract(document: dict[str, Any], path: str, method: str) -> Any:
    """What an operation's generated method depends on, references expanded: parameters, body, success."""
    operation = document["paths"][path][method]
    contract = {
        "parameters": operation.get("parameters", []),
        "body": operation.get("requestBody"),
        "ok": operation["responses"].get("200"),
    }
    return _without_prose(_expand(document, contract, frozenset()))


def _expand(document: dict[str, Any], node: Any, seen: frozenset[str]) -> Any:
    """Every $ref replaced by what it points at (a recursive one by its name), so deep changes show."""
    if isinstance(node, list):
        return [_expand(document, item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            return {"recursive": ref.rsplit("/", 1)[-1]}
        target: Any = document
        for token in ref.lstrip("#/").split("/"):
            target = target[token]
        return _expand(document, {**{k: v for k, v in node.items() if k != "$ref"}, **target}, seen | {ref})
    return {key: _expand(document, value, seen) for key, value in node.items()}


def fingerprint(value: Any, declarations: dict[str, Any] | None = None, seen: frozenset[str] = frozenset()) -> Any:
    """An IR value as plain data, prose and source positions left out.

    Symbols are their names, or, with ``declarations``, the declarations they name (so that a schema
    moved from inline to a component, under a new class name, still compares by structure).
    """
    if isinstance(value, Symbol):
        if declarations is None or value.key in seen or value.key not in declarations:
            return value.name
        decl = declarations[value.key]
        return fingerprint(decl.fields if hasattr(decl, "fields") else decl.type, declarations, seen | {value.key})
    if isinstance(value, SpecText):
        return str(value)
    if isinstance(value, Origin):
        return None
    if is_dataclass(value):
        return (
            type(value).__name__,
            *(
                (f.name, fingerprint(getattr(value, f.name), declarations, seen))
                for f in fields(value)
                if f.name not in ("description", "summary")
            ),
        )
    if isinstance(value, (list, tuple)):
        return tuple(fingerprint(item, declarations, seen) for item in value)
    return value


@pytest.fixture(scope="module")
def pair() -> tuple[Api, Api, dict[str, Any], dict[str, Any]]:
    return _api(OLD_31), _api(NEW_30), _normalized(OLD_31), _normalized(NEW_30)


def test_the_two_specs_are_the_two_encodings() -> None:
    assert OLD_31.read_text().startswith("openapi: 3.1.0")
    assert NEW_30.read_text().startswith("openapi: 3.0.3")
    assert "nullable: true" not in OLD_31.read_text() and "nullable: true" in NEW_30.read_text()
    assert "- 'null'" in OLD_31.read_text() or '- "null"' in OLD_31.read_text() or "'null'" in OLD_31.read_text()


def test_schemas_that_mean_the_same_have_the_same_ir(pair: tuple[Api, Api, dict[str, Any], dict[str, Any]]) -> None:
    old, new, old_doc, new_doc = pair
    old_schemas, new_schemas = old_doc["components"]["schemas"], new_doc["components"]["schemas"]
    old_decls = {d.symbol.name: d for d in old.declarations}
    new_decls = {d.symbol.name: d for d in new.declarations}
    unchanged = changed = 0
    for name in sorted(set(old_schemas) & set(new_schemas)):
        same_api = _without_prose(old_schemas[name]) == _without_prose(new_schemas[name])
        same_ir = fingerprint(old_decls[name]) == fingerprint(new_decls[name])
        assert same_api == same_ir, (
            f"{name}: API {'same' if same_api else 'changed'} but IR {'same' if same_ir else 'changed'}"
        )
        unchanged += same_api
        changed += not same_api
    assert unchanged >= 20, unchanged  # enough unchanged schemas for the comparison to mean something
    assert changed >= 1


def test_operations_are_the_same_where_their_contract_did_not_change(
    pair: tuple[Api, Api, dict[str, Any], dict[str, Any]],
) -> None:
    old, new, old_doc, new_doc = pair
    old_ops = {(op.http_method, str(op.path)): op for op in old.operations}
    new_ops = {(op.http_method, str(op.path)): op for op in new.operations}
    compared = 0
    families: set[str] = set()
    for operation_id in sorted(set(old_ops) & set(new_ops)):  # the operationIds themselves were renamed
        old_op, new_op = old_ops[operation_id], new_ops[operation_id]
        raw_old = _contract(old_doc, old_op.path, old_op.http_method)
        raw_new = _contract(new_doc, new_op.path, new_op.http_method)
        if raw_old != raw_new:
            continue
        compared += 1
        old_decls = {d.symbol.key: d for d in old.declarations}
        new_decls = {d.symbol.key: d for d in new.declarations}
        old_types = [fingerprint(a, old_decls) for a in old_op.arguments], fingerprint(old_op.response, old_decls)
        new_types = [fingerprint(a, new_decls) for a in new_op.arguments], fingerprint(new_op.response, new_decls)
        assert old_types == new_types, operation_id
        assert old_op.method_name == new_op.method_name, operation_id
        families.add(str(old_op.path).split("/")[2] if str(old_op.path).count("/") >= 2 else str(old_op.path))
    # The project and dataset families (ten operations) did not change between the two documents.
    assert compared >= 10, compared
    assert {"project", "dataset"} <= families
