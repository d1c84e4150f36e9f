"""Where ``oapigen generate`` and ``oapigen check`` spend their time on the Braintrust spec.

``python benchmarks/profile_generate.py --json OUT.json --text OUT.txt`` (inside benchmarks/.venv/tools)
runs each command in-process under cProfile timed in CPU time (which the load of other users on the
shared machine barely moves), adds the CPU time of the ruff processes it starts to the format stage, and
sums the cumulative time of each pipeline stage. The work a run shares with forked children (rendering,
YAML parsing, compiling templates, validating structure) is all done in-process here, so that the
profile sees all of it. Stages are found by function name; a stage whose
function was renamed is reported as missing rather than guessed. Each command is profiled three times
and the least CPU-hungry profile is kept. The import of ``generator.cli`` happens before profiling
starts, so it is measured separately, in fresh interpreters, since it is paid by every command (and is
most of a cached check).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
CONFIG = REPO_DIR / "pyproject.toml"
SPEC = REPO_DIR / "specs" / "openapi.yaml"
IMPORT_RUNS = 9
PROFILE_ATTEMPTS = 3

FORMAT_STAGE = "format (ruff subprocesses)"
# (label, file name ending, function name): the pipeline's stages as DESIGN §1 names them.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("load", "generator/load.py", "load_document"),
    ("  of which PyYAML (C parser, Python constructor)", "yaml/__init__.py", "load"),
    ("resolve ($ref)", "generator/resolve.py", "resolve"),
    ("normalize (spec to IR)", "generator/normalize/__init__.py", "_normalize_checked"),
    ("render", "generator/render/renderer.py", "render"),
    ("  of which getting the templates' code (compiled, or from the memo)", "generator/template_code.py", "get_bucket"),
    ("write files", "generator/write.py", "_write_tree"),
    (FORMAT_STAGE, "generator/format.py", "format_tree"),
    ("read the output folder (check)", "generator/write.py", "read_tree"),
    ("diff", "generator/write.py", "diff_trees"),
    ("check cache lookup", "generator/cache.py", "output_is_current"),
    ("check cache record", "generator/cache.py", "record"),
)


@dataclass(frozen=True)
class ProfiledRun:
    cpu_s: float
    """CPU time of the command: this process plus the child processes (ruff) it ran."""
    children_cpu_s: float
    stats: pstats.Stats
    status: int


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _profile_command(arguments: list[str]) -> ProfiledRun:
    from generator import parallel
    from generator.cli import main

    # All the work in this process, where the profiler sees it: no child shares rendering or parsing,
    # compiles templates or validates structure ahead (the wall-time figures measure those).
    parallel._may_fork = lambda: False

    # CPU time, not wall time: other users' load barely moves it, so the shares are comparable between
    # runs. The ruff processes are children: their CPU time is read from getrusage and added to the
    # format stage, the only stage that starts processes.
    profiler = cProfile.Profile(time.process_time)
    children_before, started = _children_cpu(), time.process_time()
    profiler.enable()
    try:
        main.main(arguments, standalone_mode=False)
        status = 0
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    finally:
        profiler.disable()
    own, children = time.process_time() - started, _children_cpu() - children_before
    return ProfiledRun(own + children, children, pstats.Stats(profiler), status)


def _stage_seconds(run: ProfiledRun) -> dict[str, float | None]:
    """CPU seconds of each stage (cumulative, summed over its call sites), None when absent."""
    found: dict[str, float | None] = {label: None for label, _, _ in STAGES}
    table: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = run.stats.stats  # type: ignore[attr-defined]
    for (filename, _line, function), (_cc, _nc, _tt, cumulative, _callers) in table.items():
        for label, suffix, name in STAGES:
            if function == name and filename.replace(os.sep, "/").endswith(suffix):
                found[label] = (found[label] or 0.0) + cumulative
    if found[FORMAT_STAGE] is not None:
        found[FORMAT_STAGE] = (found[FORMAT_STAGE] or 0.0) + run.children_cpu_s
    return found


def _top(stats: pstats.Stats, order: str, limit: int) -> str:
    stream = io.StringIO()
    stats.stream = stream  # type: ignore[attr-defined]
    stats.sort_stats(order).print_stats(limit)
    return stream.getvalue()


def import_seconds() -> float:
    """Median CPU time to import ``generator.cli`` in a fresh interpreter (first run discarded)."""
    code = "import time; t = time.process_time(); import generator.cli; print(time.process_time() - t)"
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
        # (name, arguments, whether the check cache is on, attempts): the one check with a single attempt
        # fills the cache that the "cache hit" runs find.
        runs = [
            ("generate (no cache)", ["generate", *common], False, PROFILE_ATTEMPTS),
            ("check (no cache)", ["check", *common], False, PROFILE_ATTEMPTS),
            ("check (cache filled)", ["check", *common], True, 1),
            ("check (cache hit)", ["check", *common], True, PROFILE_ATTEMPTS),
        ]
        with contextlib.redirect_stdout(io.StringIO()):
            _profile_command(["generate", *common])  # warm-up: byte-code, page cache, lazy imports
        for name, arguments, cache_on, attempts in runs:
            if cache_on:
                os.environ.pop("OAPIGEN_NO_CACHE", None)
            else:
                os.environ["OAPIGEN_NO_CACHE"] = "1"
            # Other users' load only ever adds time, so the fastest attempt is the least disturbed profile.
            with contextlib.redirect_stdout(io.StringIO()):
                run = min((_profile_command(arguments) for _ in range(attempts)), key=lambda item: item.cpu_s)
            results[name] = {
                "cpu_s": run.cpu_s,
                "status": run.status,
                "stages": _stage_seconds(run),
                "attempts": attempts,
            }
            text.write(
                f"==== {name}: {run.cpu_s:.2f} s of CPU under cProfile (least of {attempts}), exit {run.status} ====\n"
            )
            text.write(_top(run.stats, "cumulative", 45))
            text.write(_top(run.stats, "tottime", 30))
    results["import generator.cli"] = {"cpu_s": import_seconds(), "largest": import_breakdown()}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    args.text.write_text(text.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
