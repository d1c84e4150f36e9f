"""Writes the corpus cases too large or too regular to write by hand: nesting ten thousand levels deep,
alias bombs, a reference chain ten thousand links long.

    python -m tests.hostile.make_generated_cases

The files are committed; this script is how they were made (it writes the same bytes every time).
Then ``python -m tests.hostile.snapshots --update`` records what oapigen says about them.
"""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
HEAD = 'openapi: 3.1.0\ninfo: {title: Hostile, version: "1"}\n'
DEPTH = 10_000
CHAIN = 2_000
"""Reference chains are shorter (their files grow by a line per link); tests/hostile/test_corpus.py times
a chain of ten thousand links built on the fly."""


def _write(name: str, file: str, text: str) -> None:
    folder = CORPUS / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / file).write_text(text, encoding="utf-8")


def _doc(**parts: object) -> dict[str, object]:
    return {"openapi": "3.1.0", "info": {"title": "Hostile", "version": "1"}, **parts}


def reference_chain(links: int) -> str:
    """Schemas S0..Sn, each an object whose property is the next one."""
    schemas = {
        f"S{i}": {"type": "object", "properties": {"next": {"$ref": f"#/components/schemas/S{i + 1}"}}}
        for i in range(links)
    }
    schemas[f"S{links}"] = {"type": "string"}
    return json.dumps(_doc(paths={}, components={"schemas": schemas}), separators=(",", ":")) + "\n"


def alias_chain(links: int) -> str:
    """Schemas S0..Sn, each only a reference to the next one."""
    schemas: dict[str, object] = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(links)}
    schemas[f"S{links}"] = {"type": "string"}
    return json.dumps(_doc(paths={}, components={"schemas": schemas}), separators=(",", ":")) + "\n"


def main() -> None:
    # YAML, flow style: [[[[...]]]]
    _write("deep_yaml_flow", "openapi.yaml", HEAD + "paths: {}\nx-deep: " + "[" * DEPTH + "]" * DEPTH + "\n")
    # YAML, block style: `- - - - x` is a sequence in a sequence in a sequence...
    _write("deep_yaml_block", "openapi.yaml", HEAD + "paths: {}\nx-deep:\n  " + "- " * DEPTH + "bottom\n")
    # YAML, a schema: items of items of items...
    schema = "{type: string}"
    _write(
        "deep_yaml_schema",
        "openapi.yaml",
        HEAD + "components:\n  schemas:\n    Deep: " + "{type: array, items: " * DEPTH + schema + "}" * DEPTH + "\n",
    )
    # JSON, plain arrays
    _write(
        "deep_json_arrays",
        "openapi.json",
        '{"openapi": "3.1.0", "info": {"title": "Hostile", "version": "1"}, "paths": {}, "x-deep": '
        + "[" * DEPTH
        + "]" * DEPTH
        + "}\n",
    )
    # JSON, a schema: an object property in an object property in...
    inner = '{"type":"string"}'
    nested = '{"type":"object","properties":{"c":' * DEPTH + inner + "}}" * DEPTH
    _write(
        "deep_json_schema",
        "openapi.json",
        '{"openapi": "3.1.0", "info": {"title": "Hostile", "version": "1"}, "paths": {}, '
        '"components": {"schemas": {"Deep": ' + nested + "}}}\n",
    )
    # JSON, a default value nested deep inside an otherwise shallow schema
    _write(
        "deep_json_default",
        "openapi.json",
        '{"openapi": "3.1.0", "info": {"title": "Hostile", "version": "1"}, "paths": {}, '
        '"components": {"schemas": {"A": {"type": "object", "properties": {"x": {"type": "array", "default": '
        + "[" * 150
        + "]" * 150
        + "}}}}}}\n",
    )
    # As deep as the loader allows (100 levels): 96 arrays in arrays, each with minItems (two brackets a
    # level in the annotation, close to the 200 Python's parser accepts), and a default 94 levels deep
    items = '{"type":"string","minLength":1}'
    for _ in range(96):
        items = '{"type":"array","minItems":1,"items":' + items + "}"
    default = "[" * 94 + "]" * 94
    _write(
        "deep_but_allowed",
        "openapi.json",
        '{"openapi":"3.1.0","info":{"title":"Hostile","version":"1"},"paths":{},"components":{"schemas":{"Deep":'
        + items
        + ',"B":{"type":"object","properties":{"x":{"type":"array","default":'
        + default
        + "}}}}}}\n",
    )
    _write("deep_reference_chain", "openapi.json", reference_chain(CHAIN))
    _write("deep_alias_chain", "openapi.json", alias_chain(CHAIN))
    # The billion laughs: nine levels of nine aliases each expand to 9^9 strings
    lines = ["x-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"x-lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 9) + "]" for i in range(1, 10)]
    _write("yaml_alias_bomb", "openapi.yaml", HEAD + "paths: {}\n" + "\n".join(lines) + "\n")
    # Merge keys copy entries: each level doubles the entries of the one before
    lines = ["x-m0: &m0 {k: v}"] + [f"x-m{i}: &m{i} {{<<: [*m{i - 1}, *m{i - 1}], k{i}: v}}" for i in range(1, 64)]
    _write("yaml_merge_key_bomb", "openapi.yaml", HEAD + "paths: {}\n" + "\n".join(lines) + "\n")
    # Aliases used the way real specs use them (a shared parameter): generates
    _write(
        "yaml_aliases_reasonable",
        "openapi.yaml",
        HEAD
        + "x-id: &id {name: id, in: path, required: true, schema: {type: string}}\n"
        + "paths:\n"
        + "".join(f"  /r{i}/{{id}}:\n    get: {{parameters: [*id], responses: {{}}}}\n" for i in range(20)),
    )


if __name__ == "__main__":
    main()
