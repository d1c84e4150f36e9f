"""Regenerates every golden output from its fixture spec: ``python -m tests.golden.regenerate``.

Goldens change only through this command (never by hand); review the diff it produces like any change.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import replace
from pathlib import Path

from generator.config import Config, parse_table
from generator.diagnostics import Diagnostics
from generator.files import RenderedFile
from generator.pipeline import build
from generator.write import write_output

CASES = Path(__file__).resolve().parent / "cases"


def cases() -> list[Path]:
    return sorted(path for path in CASES.iterdir() if (path / "spec.yaml").is_file())


def case_config(case: Path) -> Config:
    """The case's own settings (oapigen.toml, a [tool.oapigen]-style table), with its paths fixed."""
    config = Config(package_name=f"golden_{case.name}", client_name="Client")
    settings = case / "oapigen.toml"
    if settings.is_file():
        diagnostics = Diagnostics()
        config = parse_table(tomllib.loads(settings.read_text()), case, str(settings), diagnostics)
        assert not diagnostics.items, [d.format() for d in diagnostics.items]
        config = replace(config, package_name=f"golden_{case.name}")
    return replace(config, spec=case / "spec.yaml", out=case / "expected")


def render_case(case: Path) -> list[RenderedFile]:
    return build(case_config(case)).files


def main(names: list[str]) -> None:
    for case in cases():
        if names and case.name not in names:
            continue
        config = case_config(case)
        write_output(build(config).files, config.out)
        print(f"regenerated {case.relative_to(CASES.parent.parent.parent)}/expected")


if __name__ == "__main__":
    main(sys.argv[1:])
