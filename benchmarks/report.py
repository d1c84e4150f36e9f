"""The results as Markdown: tables of medians and ratios, the goals of issues 7 and 4, the profile.

Everything here formats figures measured in the same run; nothing is typed by hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from environment import REPO_DIR
from measure import OUT_PLACEHOLDER, Case

# Each row's figures are also given as a ratio to a reference row of the same run.
REFERENCE = {
    "oapigen-yaml": "oapigen-yaml-cold",
    "oapigen-json-cold": "oapigen-yaml-cold",
    "oapigen-json": "oapigen-json-cold",
    "oapigen-yaml-edited": "oapigen-yaml-cold",
    "oapigen-json-edited": "oapigen-json-cold",
    "oapigen-yaml-edit-loop": "oapigen-yaml-edited",
    "oapigen-json-edit-loop": "oapigen-json-edited",
    "opc-yaml": "oapigen-yaml-cold",
    "opc-json": "oapigen-json-cold",
    "dcg-braintrust": "oapigen-yaml-cold",
    "oapigen-check": "oapigen-yaml-cold",
    "oapigen-check-nocache": "oapigen-yaml-cold",
    "oapigen-diff": "oapigen-yaml-cold",
    "oapigen-stripe": "oapigen-stripe-cold",
    "dcg-stripe": "oapigen-stripe-cold",
    "oapigen-synthetic-500": "oapigen-synthetic-500-cold",
    "oapigen-synthetic-5000-cold": "oapigen-synthetic-500-cold",
    "oapigen-synthetic-5000": "oapigen-synthetic-500",
}
_SUMMARY = re.compile(
    r"oapigen: (?P<operations>\d+) operations(?: \((?P<excluded>\d+) excluded[^)]*\))?, (?P<models>\d+) models, "
    r"(?P<files>\d+) files, (?P<warnings>\d+) warnings"
)


@dataclass(frozen=True)
class Goal:
    text: str
    measured: str
    met: bool | None  # None: could not be measured
    met_on_cpu: bool | None = None
    """For a time goal, the same verdict on CPU time; where the two differ, the machine's load decided."""


def _by_key(cases: Sequence[Case]) -> dict[str, Case]:
    return {case.key: case for case in cases}


def _seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"


def _verdict(goal: Goal) -> str:
    if goal.met is None:
        return "not measured"
    wall = "met" if goal.met else "**missed**"
    if goal.met_on_cpu is None or goal.met_on_cpu == goal.met:
        return wall
    if goal.met:  # and missed on CPU time, which adds up the time of both of oapigen's processes
        return "met on wall time, missed on CPU time: oapigen did part of the work on a second core"
    return f"{wall} on wall time, met on CPU time: the machine's load decided it"


def oapigen_summary(case: Case) -> dict[str, int] | None:
    """The counts from oapigen's one-line summary of the case's last run."""
    match = _SUMMARY.search(case.last_stdout)
    if match is None:
        return None
    return {name: int(value or 0) for name, value in match.groupdict().items()}


def generation_table(cases: Sequence[Case]) -> str:
    by_key = _by_key(cases)
    lines = [
        "| case | runs | median wall | range | median CPU | peak RSS (median) | reference row | time / reference "
        "| CPU / reference | memory / reference |",
        "|---|---:|---:|---:|---:|---:|---|---:|---:|---:|",
    ]
    for case in cases:
        if case.unavailable is not None:
            lines.append(f"| {case.label} | 0 | {case.unavailable} | | | | | | | |")
            continue
        if not case.measured:
            lines.append(f"| {case.label} | 0 | failed: {case.failure} | | | | | | | |")
            continue
        reference = by_key.get(REFERENCE.get(case.key, ""))
        ratio_time = ratio_cpu = ratio_memory = reference_label = ""
        if reference is not None and reference.measured:
            reference_label = reference.label
            ratio_time = f"{case.median_wall_s / reference.median_wall_s:.2f}x"
            ratio_cpu = f"{case.median_cpu_s / reference.median_cpu_s:.2f}x"
            ratio_memory = f"{case.median_peak_rss_mib / reference.median_peak_rss_mib:.2f}x"
        lines.append(
            f"| {case.label} | {len(case.samples)} | {_seconds(case.median_wall_s)} | "
            f"{_seconds(case.min_wall_s)} to {_seconds(case.max_wall_s)} | {_seconds(case.median_cpu_s)} | "
            f"{case.median_peak_rss_mib:.0f} MiB | {reference_label} | {ratio_time} | {ratio_cpu} | {ratio_memory} |"
        )
    return "\n".join(lines)


def _time_goal(
    text: str,
    cases: Mapping[str, Case],
    upper: str,
    lower: str,
    at_least: float | None,
    at_most: float | None,
    unit: str,
) -> Goal:
    """A goal on ``upper / lower``, judged on median wall time and, beside it, on median CPU time.

    The spread of the ratio within one round (the two commands ran minutes apart at most, so a drift of
    the machine's speed between rounds cancels out) is shown too: where it straddles the goal, the
    verdict is within this machine's noise.
    """
    if not (cases[upper].measured and cases[lower].measured):
        return Goal(text, "not measured", None)
    wall = cases[upper].median_wall_s / cases[lower].median_wall_s
    cpu = cases[upper].median_cpu_s / cases[lower].median_cpu_s
    # Samples are kept in round order; the warm-up run is not among them.
    rounds = [a.wall_s / b.wall_s for a, b in zip(cases[upper].samples, cases[lower].samples, strict=False)]

    def met(ratio: float) -> bool:
        return (at_least is None or ratio >= at_least) and (at_most is None or ratio <= at_most)

    def shown(ratio: float) -> str:
        return f"{ratio:.3f}{unit}" if ratio < 1 else f"{ratio:.2f}{unit}"

    spread = f"; round by round {shown(min(rounds))} to {shown(max(rounds))}" if len(rounds) > 1 else ""
    return Goal(text, f"{shown(wall)} (CPU time: {shown(cpu)}{spread})", met(wall), met(cpu))


def _memory_goal(form: str, ours: Case, peer: Case) -> Goal:
    text = f"1. Braintrust {form}: peak memory no higher than openapi-python-client's"
    if not (ours.measured and peer.measured):
        return Goal(text, "not measured", None)
    measured = f"{ours.median_peak_rss_mib:.0f} MiB against {peer.median_peak_rss_mib:.0f} MiB"
    return Goal(text, measured, ours.median_peak_rss_mib <= peer.median_peak_rss_mib)


def _stripe_complete(stripe: Case, stripe_operations: int) -> Goal:
    text = "3. Stripe: generated completely"
    summary = oapigen_summary(stripe) if stripe.measured else None
    if summary is None:
        return Goal(text, "failed" if stripe.failure else "not measured", False if stripe.failure else None)
    measured = (
        f"{summary['operations']} of {stripe_operations} operations, {summary['models']} models, "
        f"{summary['warnings']} warning(s)"
    )
    return Goal(text, measured, summary["operations"] + summary["excluded"] == stripe_operations)


def generation_goals(cases: Sequence[Case], stripe_operations: int) -> list[Goal]:
    """Each time goal twice: warm (oapigen's memo holds the build; the edit loop with nothing changed) and
    cold (OAPIGEN_NO_CACHE=1: every stage runs); goal 1 also edited (one description changed each run, the
    memo holding compiled templates and formatted files); `check` is compared with a cold generate."""
    by_key = _by_key(cases)
    goals: list[Goal] = []
    for language, at_least in (("YAML", 6.0), ("JSON", 8.0)):
        key = language.lower()
        goals.append(
            _time_goal(f"1. Braintrust {language}, edited: oapigen at least {at_least:g}x faster than "
                       "openapi-python-client", by_key, f"opc-{key}", f"oapigen-{key}-edited",
                       at_least=at_least, at_most=None, unit="x faster")
        )  # fmt: skip
        # The same edit, generated over the previous run's output as a real edit loop does: shown beside
        # the goal, which stays judged on the runs into a fresh folder above.
        goals.append(
            _time_goal(f"(beside goal 1) Braintrust {language}, edited over the previous output: oapigen at least "
                       f"{at_least:g}x faster than openapi-python-client", by_key, f"opc-{key}",
                       f"oapigen-{key}-edit-loop", at_least=at_least, at_most=None, unit="x faster")
        )  # fmt: skip
    for suffix, state in (("", "warm"), ("-cold", "cold")):
        goals += [
            _time_goal(f"1. Braintrust YAML, {state}: oapigen at least 6x faster than openapi-python-client",
                       by_key, "opc-yaml", f"oapigen-yaml{suffix}", at_least=6.0, at_most=None, unit="x faster"),
            _memory_goal(f"YAML, {state},", by_key[f"oapigen-yaml{suffix}"], by_key["opc-yaml"]),
            _time_goal(f"1. Braintrust JSON, {state}: oapigen at least 8x faster than openapi-python-client",
                       by_key, "opc-json", f"oapigen-json{suffix}", at_least=8.0, at_most=None, unit="x faster"),
            _memory_goal(f"JSON, {state},", by_key[f"oapigen-json{suffix}"], by_key["opc-json"]),
            _time_goal(f"3. Stripe, {state}: at least 5x faster than datamodel-code-generator's models-only run",
                       by_key, "dcg-stripe", f"oapigen-stripe{suffix}", at_least=5.0, at_most=None, unit="x faster"),
            _time_goal(f"4. 5,000-operation spec at most 12x the 500-operation one, {state}",
                       by_key, f"oapigen-synthetic-5000{suffix}", f"oapigen-synthetic-500{suffix}",
                       at_least=None, at_most=12.0, unit="x"),
        ]  # fmt: skip
    goals.append(
        _time_goal("2. `check`, nothing changed: at most 1/4 of a cold `generate`",
                   by_key, "oapigen-check", "oapigen-yaml-cold", at_least=None, at_most=0.25, unit=" of it")
    )  # fmt: skip
    goals.append(_stripe_complete(by_key["oapigen-stripe-cold"], stripe_operations))
    return goals


def goals_table(goals: Sequence[Goal]) -> str:
    lines = ["| goal | measured | verdict |", "|---|---|---|"]
    lines += [f"| {goal.text} | {goal.measured} | {_verdict(goal)} |" for goal in goals]
    return "\n".join(lines)


def client_goals(client: Mapping[str, Any]) -> list[Goal]:
    labels = {"feedback": "one-item feedback POST", "page": "100-project list page, validated into models"}
    goals = []
    for call in client["calls"]:
        goals.append(
            Goal(
                f"{labels[call['name']]}: at most {call['goal_ratio']}x raw httpx + `json.loads`",
                f"{call['client_s'] * 1e3:.3f} ms against {call['baseline_s'] * 1e3:.3f} ms: {call['ratio']:.2f}x "
                f"(the client's own extra: {(call['client_s'] - call['baseline_s']) * 1e3:.3f} ms per call)",
                call["ratio"] <= call["goal_ratio"],
            )
        )
    added = client["import_added_s"]
    goals.append(
        Goal(
            "`from braintrust_client import Braintrust` adds at most 40 ms over `import httpx, pydantic` (the issue's "
            "measure; the first-use row below shows the work that lazy loading defers)",
            f"{added * 1e3:+.1f} ms",
            added <= 0.040,
        )
    )
    return goals


def client_section(client: Mapping[str, Any]) -> str:
    settings = client["settings"]
    lines = [goals_table(client_goals(client)), "", "| import, in a fresh interpreter | median |", "|---|---:|"]
    for name, seconds in client["imports"].items():
        lines.append(f"| `{client['import_statements'][name]}` | {seconds * 1e3:.1f} ms |")
    lines += [
        "",
        f"First use (import, construct the client, reach a resource) adds "
        f"{client['first_use_added_s'] * 1e3:+.1f} ms over `{client['import_statements']['deps_with_http_client']}`.",
        "",
    ]
    for name, breakdown in client["import_breakdown"].items():
        largest = ", ".join(f"{package} {seconds * 1e3:.1f} ms" for package, seconds in list(breakdown.items())[:6])
        statement = client["import_statements"][name]
        lines.append(f"Import self time by package (`-X importtime`) for `{statement}`: {largest}.")
        lines.append("")
    lines += [
        f"Calls: medians of {settings['batches']} batches ({settings['post_calls_per_batch']} POSTs or "
        f"{settings['page_calls_per_batch']} pages per batch, raw and client batches alternating); imports: "
        f"medians of {settings['import_runs']} fresh interpreters per statement, interleaved.",
    ]
    return "\n".join(lines)


def profile_section(profile: Mapping[str, Any]) -> str:
    runs = [name for name in profile if name != "import generator.cli"]
    header = "| stage, CPU seconds | " + " | ".join(runs) + " |"
    lines = [header, "|---|" + "---:|" * len(runs)]
    stage_names = list(profile[runs[0]]["stages"])
    for stage in stage_names:
        cells = []
        for run in runs:
            seconds = profile[run]["stages"][stage]
            share = "" if seconds is None else f" ({seconds / profile[run]['cpu_s']:.0%})"
            cells.append("" if seconds is None else f"{seconds:.3f} s{share}")
        lines.append(f"| {stage.replace('  ', '&nbsp;&nbsp;')} | " + " | ".join(cells) + " |")
    lines.append(
        "| **whole command, under cProfile (least of the attempts)** | "
        + " | ".join(f"{profile[run]['cpu_s']:.3f} s" for run in runs)
        + " |"
    )
    imports = profile["import generator.cli"]
    largest = ", ".join(f"{name} {seconds * 1e3:.0f} ms" for name, seconds in imports["largest"])
    lines += [
        "",
        f"Every command first imports `generator.cli`: {imports['cpu_s'] * 1e3:.0f} ms of CPU (median, fresh "
        f"interpreters, not included above). Import self time by package (`-X importtime`): {largest}.",
    ]
    return "\n".join(lines)


def _relative(part: str) -> str:
    return part.replace(str(REPO_DIR) + "/", "").replace(str(REPO_DIR.parent) + "/", "../")


def commands_section(cases: Sequence[Case], work_label: str, work: str) -> str:
    def shown(command: Sequence[str]) -> str:
        text = " ".join(_relative(part.replace(work, work_label)) for part in command)
        return text.replace(OUT_PLACEHOLDER, "$OUT").replace("benchmarks/.venv/tools/bin/", "")

    lines = []
    for case in cases:
        if case.key == "floor":
            continue
        env = "".join(f"{name}={value} " for name, value in case.env.items())
        before = f" (before each run, untimed: `{shown(case.prepare)}`)" if case.prepare is not None else ""
        lines.append(f"- {case.label}: `{env}{shown(case.command)}`{before}")
    return "\n".join(lines)


def full_report(
    facts: Mapping[str, str],
    cases: Sequence[Case],
    floor: Case | None,
    client: Mapping[str, Any] | None,
    profile: Mapping[str, Any] | None,
    stripe_operations: int,
    commands: str,
) -> str:
    parts = [
        f"Measured {facts['date']} by `python benchmarks/run.py`, at commit {facts['code']}.",
        "",
        "| machine | |",
        "|---|---|",
        *(f"| {name} | {value} |" for name, value in facts.items() if name not in ("date", "code")),
        "",
    ]
    if cases:
        parts += [
            "### Generation (issue 7)",
            "",
            "Wall time and peak RSS of each command as a subprocess writing into a fresh temporary folder; every "
            "case ran once to warm up, then the cases ran in interleaved rounds. The goals are judged on wall "
            "time; CPU time (user + system of the whole process tree) is given beside it because other users' "
            "load moves it much less (where two cores are free, oapigen shares rendering and YAML parsing with "
            "a second process and compiles templates and validates structure in others, so its CPU time can "
            "exceed its wall time). Peak RSS is `wait4`'s "
            "`ru_maxrss`: the largest resident set of any one process of the command's tree (the generator, or "
            "a ruff it ran)"
            + (
                f"; the probe's floor, measured with `/bin/true`, is {floor.median_peak_rss_mib:.1f} MiB."
                if floor is not None and floor.measured
                else "."
            ),
            "",
            generation_table(cases),
            "",
            goals_table(generation_goals(cases, stripe_operations)),
        ]
    if client is not None:
        parts += ["", "### Client overhead (issue 4, acceptance 4)", "", client_section(client)]
    if profile is not None:
        parts += [
            "",
            "### Profile of `generate` and `check`, Braintrust YAML (cProfile, CPU time)",
            "",
            profile_section(profile),
        ]
    parts += [
        "",
        "### Commands",
        "",
        "Run from the repository's root; `$TMP` is the run's temporary folder (the JSON form of the Braintrust "
        "spec, the synthetic specs, the folder `check` compares with), `$OUT` a fresh empty folder per run.",
        "",
        commands,
    ]
    return "\n".join(parts) + "\n"
