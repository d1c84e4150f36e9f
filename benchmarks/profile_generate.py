"""Where ``oapigen generate`` and ``oapigen check`` spend their time on the Braintrust spec.

``python benchmarks/profile_generate.py --json OUT.json --text OUT.txt`` (inside benchmarks/.venv/tools)
runs each command in-process under cProfile (wall-clock timer, so the time spent waiting for ruff, a
subprocess, shows up in the function that waits), then adds up the cumulative time of each pipeline
stage. Stages are found by function name; a stage whose function was renamed is reported as missing
rather than guessed. The import of ``generator.cli`` happens before profiling starts, so it is measured
separately, in fresh interpreters, since it is paid by every command (and is most of a cached check).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
CONFIG = REPO_DIR / "pyproject.toml"
SPEC = REPO_DIR / "specs" / "openapi.yaml"
IMPORT_RUNS = 7

# (label, file name ending, function name): the pipeline's stages as DESIGN §1 names them.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("load", "generator/load.py", "load_document"),
    ("  of which PyYAML (C parser, Python constructor)", "yaml/__init__.py", "load"),
    ("resolve ($ref)", "generator/resolve.py", "resolve"),
    ("normalize (spec to IR)", "generator/normalize/__init__.py", "normalize"),
    ("render", "generator/render.py", "render"),
    ("  of which compiling the Jinja templates", "jinja2/environment.py", "compile"),
    ("write files", "generator/write.py", "_write_tree"),
    ("format (ruff subprocesses)", "generator/format.py", "format_tree"),
    ("read tree back / from disk", "generator/write.py", "read_tree"),
    ("diff", "generator/write.py", "diff_trees"),
    ("check cache lookup", "generator/cache.py", "output_is_current"),
    ("check cache record", "generator/cache.py", "record"),
)


def _profile_command(arguments: list[str]) -> tuple[float, pstats.Stats, int]:
    from generator.cli import main

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    try:
        main.main(arguments, standalone_mode=False)
        status = 0
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    finally:
        profiler.disable()
    return time.perf_counter() - started, pstats.Stats(profiler), status


def _stage_seconds(stats: pstats.Stats) -> dict[str, float | None]:
    """Cumulative seconds of each stage function (summed over its call sites), None when absent."""
    found: dict[str, float | None] = {label: None for label, _, _ in STAGES}
    table: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, function), (_cc, _nc, _tt, cumulative, _callers) in table.items():
        for label, suffix, name in STAGES:
            if function == name and filename.replace(os.sep, "/").endswith(suffix):
                found[label] = (found[label] or 0.0) + cumulative
    return found


def _top(stats: pstats.Stats, order: str, limit: int) -> str:
    stream = io.StringIO()
    stats.stream = stream  # type: ignore[attr-defined]
    stats.sort_stats(order).print_stats(limit)
    return stream.getvalue()


def import_seconds() -> float:
    """Median time to import ``generator.cli`` in a fresh interpreter (first run discarded)."""
    code = "import time; t = time.perf_counter(); import generator.cli; print(time.perf_counter() - t)"
    samples = []
    for run in range(IMPORT_RUNS + 1):
        completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        if run:
            samples.append(float(completed.stdout))
    return statistics.median(samples)


def import_breakdown() -> list[tuple[str, float]]:
    """Import self time by top-level package for ``import generator.cli`` (``-X importtime``), largest first."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import generator.cli"], capture_output=True, text=True, check=True
    )
    totals: dict[str, float] = {}
    for line in completed.stderr.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            self_us, _cumulative, module = (part.strip() for part in line.removeprefix("import time:").split("|"))
            package = module.split(".")[0]
            totals[package] = totals.get(package, 0.0) + int(self_us) / 1e6
    return sorted(totals.items(), key=lambda row: -row[1])[:8]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--text", type=Path, required=True)
    args = parser.parse_args()

    results: dict[str, object] = {}
    text = io.StringIO()
    with tempfile.TemporaryDirectory(prefix="oapigen-profile-") as temp:
        out = Path(temp) / "client"
        common = ["--config", str(CONFIG), "--spec", str(SPEC), "--out", str(out)]
        # (name, arguments, whether the check cache is on): the third check finds what the second filled.
        runs = [
            ("generate", ["generate", *common], True),
            ("check (no cache)", ["check", *common], False),
            ("check (cache filled)", ["check", *common], True),
            ("check (cache hit)", ["check", *common], True),
        ]
        with contextlib.redirect_stdout(io.StringIO()):
            _profile_command(["generate", *common])  # warm-up: byte-code, page cache, lazy imports
        for name, arguments, cache_on in runs:
            if cache_on:
                os.environ.pop("OAPIGEN_NO_CACHE", None)
            else:
                os.environ["OAPIGEN_NO_CACHE"] = "1"
            with contextlib.redirect_stdout(io.StringIO()):
                wall, stats, status = _profile_command(arguments)
            results[name] = {"wall_s": wall, "status": status, "stages": _stage_seconds(stats)}
            text.write(f"==== {name}: {wall:.2f} s under cProfile, exit {status} ====\n")
            text.write(_top(stats, "cumulative", 45))
            text.write(_top(stats, "tottime", 30))
    results["import generator.cli"] = {"wall_s": import_seconds(), "largest": import_breakdown()}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    args.text.write_text(text.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
