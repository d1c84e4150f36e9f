"""Overhead of the generated Braintrust client over raw httpx plus ``json.loads`` (issue 4, acceptance 4).

``python benchmarks/client_overhead.py`` (inside benchmarks/.venv; ``run.py`` calls it) starts the
loopback server in its own process, then measures on the same kept-alive connection kind:

- a one-item feedback POST: ``client.project_logs.feedback(project_id, feedback=[FeedbackProjectLogsItem(...)])``
  against ``httpx.Client.post(json=...)`` and ``json.loads`` of the answer;
- a 100-project list page validated into models (``client.projects.list(limit=100).items``) against
  ``httpx.Client.get`` and ``json.loads``;
- the import time of ``braintrust_client`` and of ``from braintrust_client import Braintrust`` against
  ``import httpx, pydantic``, each in a fresh interpreter.

Calls are timed in batches that alternate between the baseline and the client, and the figure is the
median of the batches' per-call times, so a burst of load on the shared machine hits both sides alike.
The generated package is imported from ``generated/`` as committed (put on ``sys.path``), not reinstalled.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
GENERATED_DIR = BENCH_DIR.parent / "generated"
API_KEY = "bench-key-not-secret"
PROJECT_ID = "00000000-0000-4000-8000-000000000001"

BATCHES = 21
POST_CALLS_PER_BATCH = 100
PAGE_CALLS_PER_BATCH = 20
WARMUP_CALLS = 50
IMPORT_RUNS = 15

# What a user writes for each import row; the baseline is the generated package's run-time dependencies.
IMPORT_STATEMENTS = {
    "deps": "import httpx, pydantic",
    "deps_with_basemodel": "import httpx; from pydantic import BaseModel",
    "deps_with_http_client": "import httpx, pydantic; httpx.Client()",
    "package": "import braintrust_client",
    "client_class": "from braintrust_client import Braintrust",
    # Lazy loading moves work from the import to the first use; this row shows what was moved.
    "first_use": "from braintrust_client import Braintrust; Braintrust(api_key='k', base_url='http://127.0.0.1:9').projects",
}


@dataclass(frozen=True)
class CallComparison:
    name: str
    baseline_s: float
    client_s: float
    goal_ratio: float

    @property
    def ratio(self) -> float:
        return self.client_s / self.baseline_s


class _LoopbackServer:
    """The server process of loopback_server.py; stopped by closing its standard input."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(BENCH_DIR / "loopback_server.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        self.base_url = f"http://127.0.0.1:{int(self._process.stdout.readline())}"

    def __enter__(self) -> _LoopbackServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _per_call_seconds(call: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


def _compare(
    name: str, baseline: Callable[[], object], client: Callable[[], object], calls: int, goal: float
) -> CallComparison:
    for call in (baseline, client):
        for _ in range(WARMUP_CALLS):
            call()
    baseline_times: list[float] = []
    client_times: list[float] = []
    for batch in range(BATCHES):
        first_baseline = batch % 2 == 0  # alternate which side goes first
        for is_baseline in (first_baseline, not first_baseline):
            if is_baseline:
                baseline_times.append(_per_call_seconds(baseline, calls))
            else:
                client_times.append(_per_call_seconds(client, calls))
    return CallComparison(name, statistics.median(baseline_times), statistics.median(client_times), goal)


def _call_pairs(base_url: str) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:
    """For each measured call: (raw httpx + json.loads, the generated client), both checked once here."""
    import httpx

    sys.path.insert(0, str(GENERATED_DIR))
    from braintrust_client import Braintrust
    from braintrust_client.models.feedback_project_logs_item import FeedbackProjectLogsItem

    raw = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {API_KEY}"})
    client = Braintrust(api_key=API_KEY, base_url=base_url)
    feedback_path = f"/v1/project_logs/{PROJECT_ID}/feedback"

    def raw_feedback() -> Any:
        body = {"feedback": [{"id": "row-1", "scores": {"accuracy": 0.9}}]}
        return json.loads(raw.post(feedback_path, json=body).content)

    def client_feedback() -> Any:
        item = FeedbackProjectLogsItem(id="row-1", scores={"accuracy": 0.9})
        return client.project_logs.feedback(PROJECT_ID, feedback=[item])

    def raw_page() -> Any:
        return json.loads(raw.get("/v1/project", params={"limit": 100}).content)["objects"]

    def client_page() -> Any:
        return client.projects.list(limit=100).items

    assert raw_feedback() == {"status": "success"}
    assert client_feedback().status == "success"
    assert len(raw_page()) == 100
    page = client_page()
    assert len(page) == 100 and type(page[0]).__name__ == "Project", page[:1]
    return {"feedback": (raw_feedback, client_feedback), "page": (raw_page, client_page)}


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    environment = {**os.environ, "PYTHONPATH": str(GENERATED_DIR)}
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    )
    return float(completed.stdout)


def measure_imports() -> dict[str, float]:
    """Median import time of each statement, in fresh interpreters, interleaved (first run discarded)."""
    samples: dict[str, list[float]] = {name: [] for name in IMPORT_STATEMENTS}
    for run in range(IMPORT_RUNS + 1):
        for name, statement in IMPORT_STATEMENTS.items():
            seconds = _import_seconds(statement)
            if run > 0:
                samples[name].append(seconds)
    return {name: statistics.median(values) for name, values in samples.items()}


def import_breakdown(statement: str) -> dict[str, float]:
    """Self time (seconds) by top-level package, from ``python -X importtime`` of one statement."""
    environment = {**os.environ, "PYTHONPATH": str(GENERATED_DIR)}
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    totals: dict[str, float] = {}
    for line in completed.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, module = (part.strip() for part in line.removeprefix("import time:").split("|"))
        package = module.split(".")[0]
        totals[package] = totals.get(package, 0.0) + int(self_us) / 1e6
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def _profile(call: Callable[[], object], count: int) -> cProfile.Profile:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        call()
    profiler.disable()
    return profiler


def _differential(raw: pstats.Stats, client: pstats.Stats, calls: int, limit: int = 30) -> str:
    """Functions by extra own time per call in the client over the raw baseline; call counts are exact."""
    raw_table: dict[Any, Any] = raw.stats  # type: ignore[attr-defined]
    client_table: dict[Any, Any] = client.stats  # type: ignore[attr-defined]
    rows = []
    for function, (_, client_ncalls, client_tottime, client_cumtime, _) in client_table.items():
        _, raw_ncalls, raw_tottime, _, _ = raw_table.get(function, (0, 0, 0.0, 0.0, None))
        extra_calls = (client_ncalls - raw_ncalls) / calls
        extra_own = (client_tottime - raw_tottime) / calls
        if extra_calls or extra_own > 0:
            rows.append((extra_own, extra_calls, client_cumtime / calls, function))
    rows.sort(key=lambda row: -row[0])
    lines = [f"{'extra own us/call':>18} {'extra calls/call':>17} {'client cum us/call':>19}  function"]
    for extra_own, extra_calls, cumulative, (filename, line, name) in rows[:limit]:
        where = f"{filename.split('site-packages/')[-1].split('/generated/')[-1]}:{line}({name})"
        lines.append(f"{extra_own * 1e6:18.1f} {extra_calls:17.1f} {cumulative * 1e6:19.1f}  {where}")
    return "\n".join(lines) + "\n"


def profile_calls(pairs: dict[str, tuple[Callable[[], object], Callable[[], object]]]) -> str:
    """cProfile of both sides of each call: where the client spends what the raw baseline does not."""
    report = io.StringIO()
    for name, (raw_call, client_call) in pairs.items():
        count = POST_CALLS_PER_BATCH * 5 if name == "feedback" else PAGE_CALLS_PER_BATCH * 5
        raw_stats = pstats.Stats(_profile(raw_call, count), stream=report)
        client_stats = pstats.Stats(_profile(client_call, count), stream=report)
        raw_total, client_total = raw_stats.total_calls, client_stats.total_calls  # type: ignore[attr-defined]
        report.write(
            f"==== {name}: {count} calls; Python function calls per call: raw {raw_total / count:.0f}, "
            f"client {client_total / count:.0f} ====\n"
        )
        report.write(f"---- {name}: what the client does beyond the raw baseline (per call) ----\n")
        report.write(_differential(raw_stats, client_stats, count))
        report.write(f"---- {name}: generated client, by cumulative time ----\n")
        client_stats.sort_stats("cumulative").print_stats(40)
        report.write(f"---- {name}: raw httpx + json.loads, by own time ----\n")
        raw_stats.sort_stats("tottime").print_stats(15)
    return report.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the results as JSON to this file")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the client's calls to this file")
    args = parser.parse_args()

    with _LoopbackServer() as server:
        pairs = _call_pairs(server.base_url)
        comparisons = [
            _compare("feedback", *pairs["feedback"], calls=POST_CALLS_PER_BATCH, goal=1.25),
            _compare("page", *pairs["page"], calls=PAGE_CALLS_PER_BATCH, goal=1.6),
        ]
        if args.profile:
            args.profile.parent.mkdir(parents=True, exist_ok=True)
            args.profile.write_text(profile_calls(pairs))
    imports = measure_imports()
    import_added_s = imports["client_class"] - imports["deps"]
    result = {
        "calls": [{**asdict(comparison), "ratio": comparison.ratio} for comparison in comparisons],
        "imports": imports,
        "import_statements": IMPORT_STATEMENTS,
        "import_added_s": import_added_s,
        "first_use_added_s": imports["first_use"] - imports["deps_with_http_client"],
        "import_breakdown": {name: import_breakdown(IMPORT_STATEMENTS[name]) for name in ("client_class", "first_use")},
        "settings": {
            "batches": BATCHES,
            "post_calls_per_batch": POST_CALLS_PER_BATCH,
            "page_calls_per_batch": PAGE_CALLS_PER_BATCH,
            "import_runs": IMPORT_RUNS,
        },
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2))
    for comparison in comparisons:
        print(
            f"{comparison.name}: raw {comparison.baseline_s * 1e3:.3f} ms, client {comparison.client_s * 1e3:.3f} ms, "
            f"{comparison.ratio:.2f}x (goal <= {comparison.goal_ratio}x)"
        )
    for name, seconds in imports.items():
        print(f"import {IMPORT_STATEMENTS[name]!r}: {seconds * 1e3:.1f} ms")
    print(f"import added over httpx+pydantic: {import_added_s * 1e3:.1f} ms (goal <= 40 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
