"""Facts about the machine, the code and the tool versions of a run, for the results' header."""

from __future__ import annotations

import datetime
import importlib.metadata
import os
import platform
import subprocess
from pathlib import Path

from environment import BENCH_DIR, REPO_DIR

TOOL_DISTRIBUTIONS = ("oapigen", "openapi-python-client", "datamodel-code-generator", "ruff", "pydantic", "PyYAML")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _git(*arguments: str) -> str:
    completed = subprocess.run(["git", *arguments], cwd=REPO_DIR, capture_output=True, text=True, check=False)
    # rstrip only: the first line of `status --porcelain` starts with a status column that may be a space
    return completed.stdout.rstrip() if completed.returncode == 0 else ""


def code_state() -> str:
    """The commit measured, and how many files outside benchmarks/ differ from it."""
    commit = _git("rev-parse", "--short", "HEAD") or "unknown"
    changed = [
        line[3:]
        for line in _git("status", "--porcelain", "--untracked-files=no").splitlines()
        if not line[3:].startswith("benchmarks/")
    ]
    return f"{commit}" + (f" with {len(changed)} uncommitted file change(s) outside benchmarks/" if changed else "")


def load_average() -> str:
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def client_pins() -> str:
    lines = (BENCH_DIR / "requirements-client.txt").read_text().splitlines()
    return ", ".join(line.replace("==", " ") for line in lines if line and not line.startswith("#"))


def facts() -> dict[str, str]:
    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    versions = []
    for name in TOOL_DISTRIBUTIONS:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "code": code_state(),
        "cpu": f"{_cpu_model()}, {cores} cores ({usable} usable by this run)",
        "memory": _memory_gib(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "tools environment": ", ".join(versions),
        "client environment": client_pins(),
    }
