"""Runs benchmark cases as subprocesses, interleaved in rounds, and reduces the samples to medians.

Interleaving (round 1 runs every case once, then round 2, ...) spreads the noise of a shared machine
over all cases alike, so the ratios between cases, which are what the goals are about, stay fair even
when the machine's load drifts during the run. Every case gets one discarded warm-up run first (page
cache, byte-code files, the first ``check`` that fills its cache).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PROBE = Path(__file__).resolve().parent / "probe.py"
OUT_PLACEHOLDER = "{out}"


@dataclass(frozen=True)
class Sample:
    wall_s: float
    peak_rss_kib: int
    returncode: int
    cpu_s: float


@dataclass
class Case:
    """One row of the table: a command, how often to run it, and what counts as success."""

    key: str
    label: str
    command: list[str]
    cwd: Path
    repeats: int
    ok_returncodes: tuple[int, ...] = (0,)
    env: dict[str, str] = field(default_factory=dict)
    """Extra environment variables for this case only."""
    fresh_output: bool = True
    """Replace ``{out}`` in the command by a new empty folder for each run (removed afterwards)."""
    prepare: list[str] | None = None
    """A command run before each run of ``command``, untimed (``{out}`` replaced the same way): what the
    case needs in place that is not the work measured (the edit of an edit loop)."""
    unavailable: str | None = None
    """Why the case cannot run (the command does not exist yet); the row says so instead of a figure."""
    incomplete_if_printed: tuple[str, ...] = ()
    """Messages by which the command says, while exiting 0, that it skipped part of its work: a run that
    prints one is a failure, not a figure (it would flatter the command)."""
    samples: list[Sample] = field(default_factory=list)
    failure: str | None = None
    last_stdout: str = ""
    last_stderr: str = ""

    @property
    def measured(self) -> bool:
        return self.unavailable is None and self.failure is None and bool(self.samples)

    @property
    def median_wall_s(self) -> float:
        return statistics.median(sample.wall_s for sample in self.samples)

    @property
    def median_cpu_s(self) -> float:
        """User plus system time of the whole process tree: far less sensitive to other load than wall time."""
        return statistics.median(sample.cpu_s for sample in self.samples)

    @property
    def median_peak_rss_mib(self) -> float:
        return statistics.median(sample.peak_rss_kib for sample in self.samples) / 1024

    @property
    def min_wall_s(self) -> float:
        return min(sample.wall_s for sample in self.samples)

    @property
    def max_wall_s(self) -> float:
        return max(sample.wall_s for sample in self.samples)


def run_command(
    command: Sequence[str],
    cwd: Path,
    stdout_path: Path,
    stderr_path: Path,
    env: Mapping[str, str] | None = None,
) -> Sample:
    """One run through the probe, which reports wall time and the peak RSS of the command's process tree."""
    probe = [sys.executable, "-I", "-S", str(PROBE), str(cwd), str(stdout_path), str(stderr_path), "--", *command]
    environment = {**os.environ, **(env or {})}
    completed = subprocess.run(probe, capture_output=True, text=True, check=True, env=environment)
    values = json.loads(completed.stdout)
    return Sample(
        wall_s=float(values["wall_s"]),
        peak_rss_kib=int(values["peak_rss_kib"]),
        returncode=int(values["returncode"]),
        cpu_s=float(values["cpu_s"]),
    )


def _run_case_once(case: Case, work: Path, run_name: str) -> Sample:
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    stdout_path, stderr_path = logs / f"{case.key}.{run_name}.out", logs / f"{case.key}.{run_name}.err"
    out = work / "out" / f"{case.key}.{run_name}"
    command = list(case.command)
    if case.fresh_output:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        command = [part.replace(OUT_PLACEHOLDER, str(out)) for part in command]
    if case.prepare is not None:
        prepare = [part.replace(OUT_PLACEHOLDER, str(out)) for part in case.prepare]
        subprocess.run(prepare, cwd=case.cwd, check=True, capture_output=True)
    # The output stays until every round is done (run_interleaved removes them all): on this machine's
    # file system, creating files right after thousands were deleted takes ten times as long, so removing
    # one case's output would charge the next case for it (0.5 s of a 2.5 s Stripe run).
    sample = run_command(command, case.cwd, stdout_path, stderr_path, case.env)
    case.last_stdout = stdout_path.read_text(errors="replace")
    case.last_stderr = stderr_path.read_text(errors="replace")
    if sample.returncode not in case.ok_returncodes:
        tail = (case.last_stderr or case.last_stdout).strip().splitlines()[-3:]
        case.failure = f"exit {sample.returncode} after {sample.wall_s:.1f} s: " + " | ".join(
            line.strip() for line in tail
        )
    for message in case.incomplete_if_printed:
        if message in case.last_stdout or message in case.last_stderr:
            case.failure = f"did not do its whole job: it printed {message!r}"
    return sample


def run_interleaved(cases: Sequence[Case], work: Path, progress: Callable[[str], None]) -> None:
    """Warm-up, then rounds; a case that fails once is not run again (its row reports the failure).

    The runs' outputs are removed only after the last round (see ``_run_case_once``).
    """
    try:
        _run_rounds([case for case in cases if case.unavailable is None], work, progress)
    finally:
        shutil.rmtree(work / "out", ignore_errors=True)


def _run_rounds(runnable: Sequence[Case], work: Path, progress: Callable[[str], None]) -> None:
    for case in runnable:
        progress(f"warm-up  {case.label}")
        _run_case_once(case, work, "warmup")
    for round_number in range(max((case.repeats for case in runnable), default=0)):
        for case in runnable:
            if case.failure is not None or round_number >= case.repeats:
                continue
            sample = _run_case_once(case, work, f"run{round_number}")
            if case.failure is None:
                case.samples.append(sample)
            progress(
                f"round {round_number + 1}  {case.label}: {sample.wall_s:.2f} s, {sample.peak_rss_kib / 1024:.0f} MiB"
            )
