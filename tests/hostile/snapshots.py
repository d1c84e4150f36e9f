"""The hostile corpus: broken and malicious specs, each with the exact lines oapigen must print for it.

Every folder of ``corpus/`` is one case: the spec (``openapi.yaml`` or ``openapi.json``, or the file
``case.toml`` names), any files it references, optionally ``case.toml`` (``spec = "..."``,
``args = [...]`` for extra command-line options), and ``expected.txt``: the exit status on its first line
(``exit 2``), then every line ``oapigen generate`` writes to standard error, verbatim. Absolute paths in
messages are written ``{case}`` (the case's folder) and ``{out}`` (the output folder).

    python -m tests.hostile.snapshots            # compare every case, list the differences
    python -m tests.hostile.snapshots --update   # rewrite expected.txt from what oapigen says now
    python -m tests.hostile.snapshots --update deep_json_schema ref_cycle

Review the diff of ``expected.txt`` files like any other change: each line is a message a user reads.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main as oapigen_main

CORPUS = Path(__file__).resolve().parent / "corpus"
EXPECTED = "expected.txt"
PACKAGE = "hostile_client"


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    spec: str
    args: tuple[str, ...]

    @property
    def expected_file(self) -> Path:
        return self.folder / EXPECTED


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    stderr: list[str]

    def render(self) -> str:
        return "\n".join([f"exit {self.exit_code}", *self.stderr]) + "\n"

    @staticmethod
    def parse(text: str) -> Outcome:
        first, *rest = text.splitlines()
        assert first.startswith("exit "), f"the first line of {EXPECTED} is `exit N`"
        return Outcome(int(first.removeprefix("exit ")), rest)


def cases() -> list[Case]:
    found = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        settings = tomllib.loads((folder / "case.toml").read_text()) if (folder / "case.toml").exists() else {}
        spec = settings.get("spec") or next(
            name for name in ("openapi.yaml", "openapi.json") if (folder / name).exists()
        )
        found.append(Case(folder.name, folder, spec, tuple(settings.get("args", ()))))
    return found


def run_case(case: Case, out: Path, package: str = PACKAGE) -> Outcome:
    """``oapigen generate`` on the case, in-process, from the case's folder (so file names are relative)."""
    with contextlib.chdir(case.folder):
        result = CliRunner().invoke(
            oapigen_main,
            [
                "generate",
                "--spec",
                case.spec,
                "--out",
                str(out),
                "--package-name",
                package,
                "--client-name",
                "Hostile",
                *case.args,
            ],
            catch_exceptions=True,
        )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{case.name}: oapigen raised {result.exception!r}") from result.exception
    stderr = result.stderr.replace(str(case.folder), "{case}").replace(str(out), "{out}")
    return Outcome(result.exit_code, stderr.splitlines())


@contextlib.contextmanager
def scratch_output() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="hostile-") as temp:
        yield Path(temp) / "out"


def main(argv: list[str]) -> int:
    update = "--update" in argv
    names = [a for a in argv if not a.startswith("--")]
    selected = [c for c in cases() if not names or c.name in names]
    differing = 0
    for case in selected:
        with scratch_output() as out:
            outcome = run_case(case, out)
            shutil.rmtree(out, ignore_errors=True)
        text = outcome.render()
        old = case.expected_file.read_text() if case.expected_file.exists() else None
        if text == old:
            continue
        differing += 1
        if update:
            case.expected_file.write_text(text)
            print(f"updated {case.name}: exit {outcome.exit_code}, {len(outcome.stderr)} line(s)")
        else:
            print(f"--- {case.name} (expected)\n{old or '(missing)'}+++ {case.name} (actual)\n{text}")
    print(f"{len(selected)} case(s), {differing} {'updated' if update else 'differing'}")
    return 1 if differing and not update else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
