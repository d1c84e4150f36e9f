"""The generation rows of issue 7: which commands run, on which inputs, how often.

Every command writes into its own fresh temporary folder (``{out}``); the inputs that the benchmark
derives (the Braintrust spec as JSON, the synthetic specs, the output that ``check`` compares with)
are made once, before any timing, by :func:`prepare_inputs`.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml
from environment import BENCH_DIR, REPO_DIR, venv_bin
from measure import OUT_PLACEHOLDER, Case
from synthetic import write_spec

BRAINTRUST_YAML = REPO_DIR / "specs" / "openapi.yaml"
STRIPE_JSON = REPO_DIR / "specs" / "stripe" / "spec3.json"
# The diff row compares the latest published spec with the one before it in the history.
DIFF_OLD = REPO_DIR / "specs" / "history" / "2025-08-15_aa61647.yaml"
REPO_CONFIG = REPO_DIR / "pyproject.toml"
STRIPE_CONFIG = BENCH_DIR / "configs" / "stripe.toml"
SYNTHETIC_CONFIG = BENCH_DIR / "configs" / "synthetic.toml"
SYNTHETIC_SIZES = (500, 5000)

REPEATS_CHEAP = 7  # runs of a few seconds or less
REPEATS_COSTLY = 5  # runs of ten seconds or more


@dataclass(frozen=True)
class Inputs:
    braintrust_yaml: Path
    braintrust_json: Path
    check_target: Path
    synthetic: dict[int, Path]
    edit_loops: Path
    """Where the edit-loop cases keep their spec copy and output from one run to the next."""


def _tool(name: str) -> str:
    return str(venv_bin() / name)


def _yaml_to_json(source: Path, target: Path) -> None:
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    # YAML 1.1 turns a bare 2024-01-01 into a date; OpenAPI means a string there, as JSON must say.
    target.write_text(json.dumps(data, default=str, indent=1), encoding="utf-8")


def prepare_inputs(work: Path) -> Inputs:
    """Makes the derived inputs once: the JSON form, the synthetic specs, the folder ``check`` reads."""
    specs = work / "specs"
    specs.mkdir(parents=True, exist_ok=True)
    braintrust_json = specs / "openapi.json"
    _yaml_to_json(BRAINTRUST_YAML, braintrust_json)
    synthetic = {}
    for size in SYNTHETIC_SIZES:
        synthetic[size] = specs / f"synthetic-{size}.json"
        write_spec(size, synthetic[size])
    check_target = work / "check-target"
    generate = [_tool("oapigen"), "generate", "--config", str(REPO_CONFIG), "--spec", str(BRAINTRUST_YAML)]
    made = subprocess.run([*generate, "--out", str(check_target)], check=False, capture_output=True, text=True)
    if made.returncode != 0:
        raise SystemExit(f"oapigen cannot generate the Braintrust client from this tree:\n{made.stderr[-3000:]}")
    return Inputs(BRAINTRUST_YAML, braintrust_json, check_target, synthetic, work / "edit-loops")


def _diff_unavailable() -> str | None:
    probe = subprocess.run([_tool("oapigen"), "diff", "--help"], capture_output=True, text=True, check=False)
    return (
        None if probe.returncode == 0 else "not available (`oapigen diff --help` fails: the command does not exist yet)"
    )


def _oapigen_generate(spec: Path, config: Path) -> list[str]:
    return [_tool("oapigen"), "generate", "--config", str(config), "--spec", str(spec), "--out", "{out}/client"]


def _openapi_python_client(spec: Path) -> list[str]:
    return [
        _tool("openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        "{out}/client",
        "--overwrite",
    ]


OPC_HOOK_SKIPPED = ("is not in PATH",)
"""What openapi-python-client prints, exiting 0, when it cannot find the program of a post-generation
hook (its defaults run ``ruff check --fix-only`` and ``ruff format``): its output was not formatted."""


def _datamodel_codegen(spec: Path, output: str) -> list[str]:
    return [
        _tool("datamodel-codegen"),
        "--input",
        str(spec),
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--output",
        output,
    ]


COLD = {"OAPIGEN_NO_CACHE": "1"}
"""oapigen with its memo off: every run parses, normalizes, renders and formats from scratch. Without it,
the warm-up run leaves the build in the memo and every timed run only writes it (the edit loop with
nothing changed); both are reported."""


def _oapigen_pair(key: str, label: str, command: list[str], repeats: int) -> list[Case]:
    return [
        Case(key, f"{label} (warm: built before)", command, REPO_DIR, repeats),
        Case(f"{key}-cold", f"{label} (cold: OAPIGEN_NO_CACHE=1)", command, REPO_DIR, repeats, env=COLD),
    ]


def _oapigen_edited(key: str, label: str, spec: Path, config: Path, repeats: int) -> Case:
    """The edit loop: each run a spec with one description changed (edit_spec.py, untimed), the memo as it is."""
    copy = f"{OUT_PLACEHOLDER}/spec{spec.suffix}"
    edit = [_tool("python"), str(BENCH_DIR / "edit_spec.py"), str(spec), copy]
    return Case(f"{key}-edited", f"{label} (edited: one description changed each run)",
                _oapigen_generate(Path(copy), config), REPO_DIR, repeats, prepare=edit)  # fmt: skip


def _oapigen_edit_loop(key: str, label: str, spec: Path, config: Path, folder: Path, repeats: int) -> Case:
    """The edit loop as it is lived: each run a spec with one description changed, generated over the
    output of the run before (the warm-up run makes the first), the memo as it is."""
    copy, out = folder / key / f"spec{spec.suffix}", folder / key / "client"
    edit = [_tool("python"), str(BENCH_DIR / "edit_spec.py"), str(spec), str(copy)]
    generate = [_tool("oapigen"), "generate", "--config", str(config), "--spec", str(copy), "--out", str(out)]
    copy.parent.mkdir(parents=True, exist_ok=True)
    return Case(f"{key}-edit-loop", f"{label} (edited, over the previous run's output)", generate, REPO_DIR,
                repeats, fresh_output=False, prepare=edit)  # fmt: skip


def generation_cases(inputs: Inputs) -> list[Case]:
    check = [_tool("oapigen"), "check", "--config", str(REPO_CONFIG), "--spec", str(inputs.braintrust_yaml)]
    check += ["--out", str(inputs.check_target)]
    return [
        *_oapigen_pair("oapigen-yaml", "oapigen generate, Braintrust YAML",
                       _oapigen_generate(inputs.braintrust_yaml, REPO_CONFIG), REPEATS_CHEAP),
        *_oapigen_pair("oapigen-json", "oapigen generate, Braintrust JSON",
                       _oapigen_generate(inputs.braintrust_json, REPO_CONFIG), REPEATS_CHEAP),
        _oapigen_edited("oapigen-yaml", "oapigen generate, Braintrust YAML", inputs.braintrust_yaml, REPO_CONFIG,
                        REPEATS_CHEAP),
        _oapigen_edited("oapigen-json", "oapigen generate, Braintrust JSON", inputs.braintrust_json, REPO_CONFIG,
                        REPEATS_CHEAP),
        _oapigen_edit_loop("oapigen-yaml", "oapigen generate, Braintrust YAML", inputs.braintrust_yaml, REPO_CONFIG,
                           inputs.edit_loops, REPEATS_CHEAP),
        _oapigen_edit_loop("oapigen-json", "oapigen generate, Braintrust JSON", inputs.braintrust_json, REPO_CONFIG,
                           inputs.edit_loops, REPEATS_CHEAP),
        Case("opc-yaml", "openapi-python-client, Braintrust YAML",
             _openapi_python_client(inputs.braintrust_yaml), REPO_DIR, REPEATS_CHEAP,
             incomplete_if_printed=OPC_HOOK_SKIPPED),
        Case("opc-json", "openapi-python-client, Braintrust JSON",
             _openapi_python_client(inputs.braintrust_json), REPO_DIR, REPEATS_CHEAP,
             incomplete_if_printed=OPC_HOOK_SKIPPED),
        Case("dcg-braintrust", "datamodel-codegen models only, Braintrust YAML",
             _datamodel_codegen(inputs.braintrust_yaml, "{out}/models.py"), REPO_DIR, REPEATS_COSTLY),
        Case("oapigen-check", "oapigen check, nothing changed",
             check, REPO_DIR, REPEATS_CHEAP, fresh_output=False),
        Case("oapigen-check-nocache", "oapigen check, nothing changed, cache off (OAPIGEN_NO_CACHE=1)",
             check, REPO_DIR, REPEATS_CHEAP, fresh_output=False, env={"OAPIGEN_NO_CACHE": "1"}),
        Case("oapigen-diff", f"oapigen diff {DIFF_OLD.stem} -> latest",
             [_tool("oapigen"), "diff", "--config", str(REPO_CONFIG), str(DIFF_OLD), str(inputs.braintrust_yaml)],
             REPO_DIR, REPEATS_CHEAP,
             ok_returncodes=(0, 1), fresh_output=False, unavailable=_diff_unavailable()),
        *_oapigen_pair("oapigen-stripe", "oapigen generate, Stripe JSON",
                       _oapigen_generate(STRIPE_JSON, STRIPE_CONFIG), REPEATS_COSTLY),
        # Stripe's references between modules need an output folder, not a file.
        Case("dcg-stripe", "datamodel-codegen models only, Stripe JSON",
             _datamodel_codegen(STRIPE_JSON, "{out}/models"), REPO_DIR, REPEATS_COSTLY),
        *_oapigen_pair("oapigen-synthetic-500", "oapigen generate, synthetic 500 ops",
                       _oapigen_generate(inputs.synthetic[500], SYNTHETIC_CONFIG), REPEATS_CHEAP),
        *_oapigen_pair("oapigen-synthetic-5000", "oapigen generate, synthetic 5,000 ops",
                       _oapigen_generate(inputs.synthetic[5000], SYNTHETIC_CONFIG), REPEATS_COSTLY),
    ]  # fmt: skip


def floor_case() -> Case:
    """``/bin/true`` through the probe: the smallest peak RSS the probe can report (see probe.py)."""
    return Case("floor", "/bin/true (the probe's memory floor)", ["/bin/true"], REPO_DIR, REPEATS_CHEAP,
                fresh_output=False)  # fmt: skip
