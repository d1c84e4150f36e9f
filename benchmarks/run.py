"""Runs every benchmark of issues 7 and 4 in one go and writes the results: ``python benchmarks/run.py``.

It makes its own environments under benchmarks/.venv/ on first use (see environment.py), re-runs
itself inside the tools environment, then:

1. times the generation cases (generation_cases.py) as subprocesses, in interleaved rounds;
2. runs client_overhead.py in the client environment against a loopback server;
3. profiles ``generate`` and ``check`` (profile_generate.py);

and prints the Markdown report, writes it to benchmarks/results/latest.md, copies it into
benchmarks/README.md between the ``results`` markers, and keeps the raw samples and full profiles in
benchmarks/results/raw/ (not committed). ``--only`` runs some parts and then writes nothing but raw files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from environment import put_tools_first_on_path, reexec_in_tools_env, running_in_tools_env

PARTS = ("generation", "client", "profile")
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
README_BEGIN = "<!-- results:begin (written by benchmarks/run.py; do not edit by hand) -->"
README_END = "<!-- results:end -->"


def _progress(message: str) -> None:
    import time

    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _count_operations(spec: Path) -> int:
    import json

    document = json.loads(spec.read_text(encoding="utf-8"))
    return sum(1 for item in document.get("paths", {}).values() for method in item if method in HTTP_METHODS)


def _update_readme(readme: Path, report: str) -> None:
    text = readme.read_text(encoding="utf-8")
    if README_BEGIN not in text or README_END not in text:
        raise SystemExit(f"{readme} lacks the results markers; not updated")
    before, rest = text.split(README_BEGIN, 1)
    _, after = rest.split(README_END, 1)
    readme.write_text(f"{before}{README_BEGIN}\n{report}{README_END}{after}", encoding="utf-8")


def _byte_compile_generator() -> None:
    """Byte-compiles the working tree's generator, as pip does for an installed package.

    The tools environment installs oapigen editable, so its modules are compiled on import, and where
    PYTHONDONTWRITEBYTECODE is set (it is on this machine) the compiled code is never kept: every run
    compiled all of them again (about 50 ms), which no installed oapigen pays, and no peer paid.
    """
    import compileall

    if not compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "generator"), quiet=1):
        raise SystemExit("benchmarks: the generator does not compile")


def main(argv: list[str]) -> int:
    # parsed before anything is installed, so that --help and a wrong option answer at once
    parser = argparse.ArgumentParser(description="Benchmarks of issue 7 (generation) and issue 4 (client overhead).")
    parser.add_argument("--only", nargs="+", choices=PARTS, help="run only these parts (results are not written)")
    args = parser.parse_args(argv)
    if not running_in_tools_env():
        reexec_in_tools_env(Path(__file__).resolve(), argv)
    put_tools_first_on_path()

    import json
    import shutil
    import subprocess
    import tempfile
    from dataclasses import asdict

    import machine
    import report
    from environment import BENCH_DIR, CLIENT
    from generation_cases import STRIPE_JSON, floor_case, generation_cases, prepare_inputs
    from measure import Case, run_interleaved

    parts = set(args.only or PARTS)
    complete_run = not args.only
    results_dir = BENCH_DIR / "results"
    raw_dir = results_dir / "raw"
    raw_dir.mkdir(parents=True, exist_ok=True)

    facts = machine.facts()
    load_at_start = machine.load_average()
    work = Path(tempfile.mkdtemp(prefix="oapigen-bench-"))
    cases: list[Case] = []
    floor: Case | None = None
    client: dict[str, object] | None = None
    profile: dict[str, object] | None = None
    try:
        _byte_compile_generator()
        if "generation" in parts:
            _progress("preparing inputs (JSON form, synthetic specs, the folder check compares with)")
            inputs = prepare_inputs(work)
            floor = floor_case()
            cases = generation_cases(inputs)
            run_interleaved([floor, *cases], work, _progress)
            raw = [{**asdict(case), "command": case.command, "cwd": str(case.cwd)} for case in [floor, *cases]]
            (raw_dir / "generation.json").write_text(json.dumps(raw, indent=1, default=str))
        if "client" in parts:
            _progress("client overhead (loopback server, generated Braintrust client)")
            client_json = raw_dir / "client.json"
            subprocess.run(
                [
                    str(CLIENT.ensure()),
                    str(BENCH_DIR / "client_overhead.py"),
                    *("--json", str(client_json)),
                    *("--profile", str(raw_dir / "client-profile.txt")),
                ],
                check=True,
            )
            client = json.loads(client_json.read_text())
        if "profile" in parts:
            _progress("profiling generate and check")
            profile_json = raw_dir / "profile.json"
            subprocess.run(
                [
                    sys.executable,
                    str(BENCH_DIR / "profile_generate.py"),
                    *("--json", str(profile_json)),
                    *("--text", str(raw_dir / "profile-generate.txt")),
                ],
                check=True,
            )
            profile = json.loads(profile_json.read_text())
    finally:
        shutil.rmtree(work, ignore_errors=True)

    facts["load average (1, 5, 15 min)"] = f"{load_at_start} at the start, {machine.load_average()} at the end"
    commands = report.commands_section(cases, "$TMP", str(work))
    stripe_operations = _count_operations(STRIPE_JSON) if cases else 0
    text = report.full_report(facts, cases, floor, client, profile, stripe_operations, commands)
    print(text)
    if complete_run:
        (results_dir / "latest.md").write_text(text, encoding="utf-8")
        _update_readme(BENCH_DIR / "README.md", text)
        _progress("wrote benchmarks/results/latest.md and the results section of benchmarks/README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
