"""Import blocks, ``__all__`` lists and unions come out as ruff's fixes would leave them (generator.imports,
generator.render.annotations.union_of), so the format stage need not run ruff's fixes on what the built-in
templates render; ruff itself is the judge here."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.format import _SETTINGS
from generator.imports import import_block, natural_key, sorted_dunder_all
from generator.pipeline import build_api
from generator.render import Renderer
from generator.render.annotations import union_of
from generator.write import FORMATTED_SUFFIXES

# names whose order depends on each rule: kind (constant, class, other), case, digits as numbers
TRICKY_NAMES = [
    "Item10",
    "Item2",
    "item",
    "ITEM",
    "I",
    "_private",
    "NOT_GIVEN",
    "NotGiven",
    "A1B2",
    "A1B10",
    "aB",
    "Ab",
    "AB",
    "AbC",
    "ABd",
    "zeta",
    "Zeta",
    "ZETA_2",
    "ZETA_10",
    "x9",
    "X",
    "TypeAlias",
    "ClassVar",
    "encode_query",
    "A09",
    "A010",
    "A01",
    "A1",
    "B001",
    "B01",
    "B1",
    "C_1",
    "C1",
    "Cx",
    "D" + "7" * 4400,
]


def _ruff_findings(root: Path, select: str) -> list[str]:
    modules = sorted(str(path) for path in root.rglob("*.py"))
    command = [sys.executable, "-m", "ruff", "check", "--select", select, "--output-format", "concise", *_SETTINGS]
    completed = subprocess.run([*command, *modules], cwd=root, capture_output=True, text=True, check=False)
    return [line for line in completed.stdout.splitlines() if line.startswith(str(root)) or ".py:" in line]


def test_natural_order_compares_digit_runs_as_numbers() -> None:
    assert sorted(["Item10", "Item2", "Item1"], key=natural_key) == ["Item1", "Item2", "Item10"]
    # a run of any length: Python refuses to convert one of more than 4,300 digits to an int
    assert sorted(["A" + "9" * 5000, "A" + "1" * 4999], key=natural_key) == ["A" + "1" * 4999, "A" + "9" * 5000]


def test_equal_looking_names_still_get_one_order_whatever_the_hash_seed() -> None:
    """``A01`` and ``A1`` are different names with different keys, so a set's order never shows through."""
    assert natural_key("A01") != natural_key("A1")
    assert sorted_dunder_all({"A1", "A01", "a1", "B001", "B01", "B1"}) == sorted_dunder_all(
        ["B1", "B01", "B001", "a1", "A01", "A1"]
    )


def test_import_blocks_and_dunder_all_need_no_fix_from_ruff(tmp_path: Path) -> None:
    members = [
        (module, name)
        for module in ("typing", "pydantic", "..models.a2", "..models.a10", "._x", ".y")
        for name in TRICKY_NAMES
    ]
    block = import_block(["json", "datetime", "os.path", "httpx", "pydantic"], members)
    names = ", ".join(f'"{name}"' for name in sorted_dunder_all(TRICKY_NAMES))
    package = tmp_path / "pkg" / "sub"
    package.mkdir(parents=True)
    (package / "module.py").write_text(f"from __future__ import annotations\n\n{block}\n__all__ = [{names}]\n")
    reexports = import_block([], [(".module", name) for name in TRICKY_NAMES], indent=4, reexport=True)
    (package / "reexports.py").write_text(f"from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n{reexports}")
    assert _ruff_findings(tmp_path, "I,RUF022") == []


def test_a_long_import_is_wrapped_as_ruff_wraps_it(tmp_path: Path) -> None:
    names = [f"VeryLongModelNameNumber{index}" for index in range(8)]
    block = import_block([], [("..models.some_module", name) for name in names], indent=4)
    assert block.startswith("    from ..models.some_module import (\n        VeryLongModelNameNumber0,\n")
    # the client's imports of its resources are always wrapped, however short (as they always were):
    # ruff keeps that form for its trailing comma
    short = import_block([], [(".resources.a", "A"), (".resources.a", "AsyncA")], indent=4, parenthesized=True)
    assert short == "    from .resources.a import (\n        A,\n        AsyncA,\n    )\n"
    (tmp_path / "m.py").write_text(f"import typing\n\nif typing.TYPE_CHECKING:\n{block}{short}")
    assert _ruff_findings(tmp_path, "I") == []


def test_the_rendered_braintrust_modules_need_no_fix(braintrust_config: Config, tmp_path: Path) -> None:
    """As rendered, before formatting, no module has anything that ``ruff check --fix`` would fix (an
    unused import, imports out of order, ``__all__`` out of order, a union with a repeated member): the
    format stage does not run that pass on them. Twelve modules whose docstrings mention ``Any`` without
    using it used to import it."""
    api = build_api(braintrust_config, Diagnostics())
    files = Renderer(braintrust_config.templates).render(api)
    for file in files:
        if file.path.endswith(FORMATTED_SUFFIXES):
            target = tmp_path / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(file.content, encoding="utf-8")
    assert _ruff_findings(tmp_path, "E4,E7,E9,F,I,RUF022,PYI016,PYI030") == []


@pytest.mark.parametrize("names", [["b", "a"], ["Zeta", "ALPHA", "beta"]])
def test_dunder_all_puts_constants_then_classes_then_the_rest(names: list[str]) -> None:
    ordered = sorted_dunder_all(names)
    kinds = [0 if name.isupper() else 1 if name[0].isupper() else 2 for name in ordered]
    assert kinds == sorted(kinds)


def test_unions_are_written_as_ruffs_fixes_leave_them(tmp_path: Path) -> None:
    """Members repeated, nested unions, Literals to merge (their values once, the merged one first), and
    strings holding the separators: formatted, union_of's union is what ruff's fixes make of the plain
    join of the members, formatted (the bytes the fix pass used to give)."""
    pool = ["int", "str", "None", "A | None", 'Literal["a"]', 'Literal["b", "e"]', "Literal[1]", 'Literal["x|y]"]']
    pool += ['Annotated[Literal["c"], OpenEnum]', 'Literal["d\\""]', "list[int | None]", 'Literal[","]']
    chooser = random.Random(20261128)
    cases = [chooser.choices(pool, k=chooser.randint(1, 5)) for _ in range(300)]
    header = "from typing import Annotated, Literal\n\nA = int\nOpenEnum = object()\n"
    fixed, joined = tmp_path / "fixed.py", tmp_path / "joined.py"
    fixed.write_text(header + "".join(f"x{i}: {' | '.join(case)}\n" for i, case in enumerate(cases)))
    joined.write_text(header + "".join(f"x{i}: {union_of(case)}\n" for i, case in enumerate(cases)))
    ruff = [sys.executable, "-m", "ruff"]
    fix = [*ruff, "check", "--fix", "--exit-zero", "--select", "PYI016,PYI030", *_SETTINGS, str(fixed)]
    subprocess.run(fix, cwd=tmp_path, capture_output=True, check=True)
    subprocess.run(
        [*ruff, "format", *_SETTINGS, str(fixed), str(joined)], cwd=tmp_path, capture_output=True, check=True
    )
    assert joined.read_text().splitlines() == fixed.read_text().splitlines()


def test_a_value_two_literals_share_is_written_once() -> None:
    """Where ruff's fixes would keep both (``Literal["a", "b", "a"]``), or not, depending on the order they
    come in; the spec's values are the same either way."""
    assert union_of(['Literal["a", "b"]', "int", 'Literal["a"]', "None"]) == 'Literal["a", "b"] | int | None'
