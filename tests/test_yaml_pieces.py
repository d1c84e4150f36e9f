"""A YAML spec read in pieces gives exactly the data of the whole text, and an edit re-parses one piece.

The reference is always ``_parse_yaml``, the whole text through the C loader. Data is compared as JSON
text, so that key order counts too (it decides the order of fields and methods in the output).
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import load, load_yaml, yaml_pieces
from generator.diagnostics import Diagnostics
from tests.support import REPO, record_forks

SPECS = sorted([*(REPO / "specs").glob("*.yaml"), *(REPO / "specs" / "history").glob("*.yaml")])
CORPUS_YAML = sorted(p for p in (REPO / "tests").rglob("*.yaml") if "expected" not in p.parts)


def _utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return False  # the load stage refuses it before any parsing
    return True


@pytest.fixture(autouse=True)
def _fresh_memo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAPIGEN_CACHE_DIR", str(tmp_path / "memo"))
    monkeypatch.delenv("OAPIGEN_NO_CACHE", raising=False)


def _whole(text: str) -> Any:
    return load_yaml._parse_yaml("spec.yaml", text, Diagnostics())


def _in_pieces(text: str) -> Any:
    return load_yaml.load_yaml("spec.yaml", text, Diagnostics())


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a) == json.dumps(b)


def _assert_reads_as_whole(text: str) -> None:
    whole = _whole(text)
    for _ in range(2):  # parsed, then read back from the memo
        read = _in_pieces(text)
        if whole is load.FAILED:
            assert read is load.FAILED
        else:
            assert _same(read, whole)


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every text the loader parses with PyYAML (key lines excepted)."""
    texts: list[str] = []
    real_load = yaml.load

    def counting_load(stream: Any, Loader: Any) -> Any:
        if Loader is load_yaml._SpecLoader and isinstance(stream, str) and "\n" in stream.strip():
            texts.append(stream)
        return real_load(stream, Loader=Loader)

    monkeypatch.setattr(load_yaml.yaml, "load", counting_load)
    return texts


@pytest.mark.parametrize("path", [p for p in SPECS + CORPUS_YAML if _utf8(p)], ids=lambda p: str(p.relative_to(REPO)))
def test_every_yaml_text_of_the_repository_reads_the_same_in_pieces(path: Path) -> None:
    _assert_reads_as_whole(path.read_bytes().decode("utf-8-sig"))


def test_the_braintrust_spec_is_cut_into_many_small_pieces() -> None:
    text = (REPO / "specs" / "openapi.yaml").read_text(encoding="utf-8")
    pieces = yaml_pieces.split(text, load_yaml._parse_key)
    assert pieces is not None
    assert len(pieces) > 50
    assert max(len(piece.text) for piece in pieces) < len(text) / 20


def test_an_edit_parses_only_the_piece_it_touches(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (REPO / "specs" / "openapi.yaml").read_text(encoding="utf-8")
    _in_pieces(text)
    edited = text.replace("description: Unique identifier for the project", "description: Edited identifier", 1)
    assert edited != text
    parsed = _parses(monkeypatch)
    data = _in_pieces(edited)
    assert len(parsed) == 1 and "Edited identifier" in parsed[0]
    assert len(parsed[0]) < 20_000
    monkeypatch.undo()
    assert _same(data, _whole(edited))


def _filler(name: str, size: int, indent: int) -> str:
    """An entry ``name:`` whose value is a mapping of about ``size`` characters."""
    pad = " " * indent
    lines = [f"{pad}{name}:\n"]
    count = 0
    while sum(map(len, lines)) < size:
        lines.append(f"{pad}  key{count}:\n{pad}    description: text number {count} of {name}\n")
        count += 1
    return "".join(lines)


def _spec(*middle: str) -> str:
    """A document with top-level entries long enough to be cut, around ``middle``."""
    return (
        "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\n"
        + _filler("paths", 40_000, 0)
        + "".join(middle)
        + "components:\n  schemas:\n"
        + _filler("Big", 20_000, 4)
        + _filler("Other", 20_000, 4)
    )


TRICKY = {
    "a quoted scalar running over the cut": 'x-quoted: "first line\nx-next: still the same scalar"\n',
    "a single-quoted scalar running over the cut": "x-quoted: 'first line\nx-next: same'\n",
    "a flow mapping running over the cut": "x-flow: {a: 1,\nx-next: 2}\n",
    "a flow sequence running over the cut": "x-flow: [1,\nx-next]\n",
    "a key written twice": "x-twice: 1\nx-other: 2\nx-twice: 3\n",
    "a cut mapping written twice": _filler("paths", 20_000, 0),
    "a long entry written twice": _filler("x-long", 5_000, 0)
    + _filler("x-other", 5_000, 0)
    + _filler("x-long", 6_000, 0),
    "a merge key": "x-base:\n  <<: {a: 1, b: 2}\n  c: 3\n<<: {x-merged: 1}\n",
    "anchors without aliases": "x-anchored: &anchor\n  a: 1\n",
    "a block scalar with a comment at column 0": "x-block: |\n  line one\n# a comment\n  \nx-after: 1\n",
    "keys YAML reads as other types": "true: 1\nnull: 2\n1e3: 3\n0x1F: 4\n~: 5\n",
    "a sequence at the key's indent": "x-list:\n- a\n- b\nx-after: 1\n",
    "an explicit key": "? x-explicit\n: value\n",
    "a tag on a key": "!!str x-tagged: 1\n",
    "a tab after the indent": "x-tab:\n  \ta: 1\n",
    "a comment line between entries": "# comment\nx-commented: 1\n   # deeper comment\n",
    "a plain scalar over several lines": "x-plain: one\n  two\n  three\nx-after: 1\n",
    "Unicode keys and text": "x-ünïcode: «ünïcode» 😀\n",
    "a key line with a comment": "x-comment: # nothing\n  a: 1\n",
    "a lone surrogate escape": 'x-escape: "\\ud800"\n',
}


@pytest.mark.parametrize("middle", TRICKY.values(), ids=TRICKY.keys())
def test_text_that_must_not_be_cut_reads_as_the_whole_text_does(middle: str) -> None:
    _assert_reads_as_whole(_spec(middle))


DECLINED = {
    "an alias": "x-anchored: &a {b: 1}\nx-alias: *a\n",
    "a second document": "---\nx: 1\n",
    "a directive": "%YAML 1.1\n",
    "a lone carriage return": "x-cr: 1\rx-other: 2\n",
    "a line separator": "x-ls: a\u2028b\n",
    "a tab-indented line": "\tx-tab: 1\n",
}


@pytest.mark.parametrize("middle", DECLINED.values(), ids=DECLINED.keys())
def test_text_with_aliases_markers_or_odd_line_breaks_is_read_whole(middle: str) -> None:
    text = _spec(middle)
    assert yaml_pieces.split(text, load_yaml._parse_key) is None
    _assert_reads_as_whole(text)


def test_crlf_text_is_cut_and_reads_the_same() -> None:
    text = _spec("x-after: 1\n").replace("\n", "\r\n")
    assert yaml_pieces.split(text, load_yaml._parse_key) is not None
    _assert_reads_as_whole(text)


def test_a_document_too_deep_in_one_piece_is_refused_as_from_the_whole_text() -> None:
    deep = "x-deep: " + "[" * (load.MAX_NESTING + 5) + "]" * (load.MAX_NESTING + 5) + "\n"
    text = _spec(deep)
    diagnostics = Diagnostics()
    assert load_yaml.load_yaml("spec.yaml", text, diagnostics) is load.FAILED
    assert [d.code for d in diagnostics.items] == ["load.too-deep"]


def _random_value(rng: random.Random, depth: int) -> Any:
    kinds = ["str", "int", "float", "bool", "null", "multiline"] + (["map", "list"] * 3 if depth < 5 else [])
    kind = rng.choice(kinds)
    if kind == "map":
        return {_random_key(rng): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 6))}
    if kind == "list":
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        "str": lambda: rng.choice(["plain", "a: colon", "#hash", "- dash", "'q'", '"dq"', "yes", "on", "1.0", ""]),
        "int": lambda: rng.randint(-(10**6), 10**6),
        "float": lambda: rng.uniform(-1e3, 1e3),
        "bool": lambda: rng.random() < 0.5,
        "null": lambda: None,
        "multiline": lambda: "\n".join(
            rng.choice(["line", "  indented", "# not a comment", "key: value", ""]) for _ in range(4)
        ),
    }[kind]()


def _random_key(rng: random.Random) -> str:
    return rng.choice(["k", "key", "/v1/path", "x-ext", "200", "true", "a b", "ü", "-k", "#k", "k:"]) + str(
        rng.randint(0, 99)
    )


@pytest.mark.parametrize("seed", range(40))
def test_random_documents_in_every_style_read_the_same(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # small thresholds, so that the random documents are cut at every level
    monkeypatch.setattr(yaml_pieces, "SPLIT_ABOVE", 300)
    monkeypatch.setattr(yaml_pieces, "_ALONE_ABOVE", 100)
    rng = random.Random(seed)
    document = {f"top{i}": {_random_key(rng): _random_value(rng, 0) for _ in range(40)} for i in range(6)}
    text = yaml.safe_dump(
        document,
        sort_keys=False,
        allow_unicode=rng.random() < 0.5,
        default_flow_style=rng.choice([False, None]),
        width=rng.choice([20, 80, 1000]),
        indent=rng.choice([2, 3, 4]),
    )
    assert yaml_pieces.split(text, load_yaml._parse_key) is not None
    assert _whole(text) is not load.FAILED
    _assert_reads_as_whole(text)


def test_without_the_memo_the_pieces_are_parsed_by_two_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAPIGEN_NO_CACHE", "1")
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1})
    forks = record_forks(monkeypatch)
    text = (REPO / "specs" / "openapi.yaml").read_text(encoding="utf-8")
    assert _same(_in_pieces(text), _whole(text))
    assert len(forks) == 1
