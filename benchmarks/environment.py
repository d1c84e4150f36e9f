"""The benchmark's own virtual environments under benchmarks/.venv/, created once, reused while unchanged.

Two environments, because they answer different questions:

- ``tools``: oapigen (editable, from this working tree, so a run measures the code as it stands) and
  the pinned peers of requirements-tools.txt. The runner itself runs here.
- ``client``: only the generated package's run-time dependencies (requirements-client.txt), as an
  application that installs the client would have them. The peers pull in packages (click, rich,
  pygments) that ``import httpx`` then loads too; measured there, import times would be the tools'
  environment's, not a user's.

Each environment is rebuilt when its requirement file (and for ``tools`` the repository's
pyproject.toml) or the Python version change; their hash is kept in a stamp file inside it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
VENVS_DIR = BENCH_DIR / ".venv"


@dataclass(frozen=True)
class Environment:
    name: str
    requirements: Path
    editable_repo: bool

    @property
    def path(self) -> Path:
        return VENVS_DIR / self.name

    @property
    def bin(self) -> Path:
        return self.path / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    @property
    def _stamp(self) -> Path:
        return self.path / ".inputs-sha256"

    def _inputs_digest(self) -> str:
        digest = hashlib.sha256(sys.version.encode())
        digest.update(self.requirements.read_bytes())
        if self.editable_repo:
            digest.update((REPO_DIR / "pyproject.toml").read_bytes())
        return digest.hexdigest()

    def is_current(self) -> bool:
        return (
            self.python.exists() and self._stamp.exists() and self._stamp.read_text().strip() == self._inputs_digest()
        )

    def ensure(self, base_python: str = sys.executable) -> Path:
        """Creates or refreshes the environment; returns its interpreter."""
        if self.is_current():
            return self.python
        print(f"benchmarks: creating {self.path.relative_to(REPO_DIR)} from {self.requirements.name}", flush=True)
        subprocess.run([base_python, "-m", "venv", "--clear", str(self.path)], check=True)
        install = [str(self.python), "-m", "pip", "install", "--quiet", "-r", str(self.requirements)]
        if self.editable_repo:
            install += ["-e", str(REPO_DIR)]
        subprocess.run(install, check=True)
        self._stamp.write_text(self._inputs_digest() + "\n")
        return self.python


TOOLS = Environment("tools", BENCH_DIR / "requirements-tools.txt", editable_repo=True)
CLIENT = Environment("client", BENCH_DIR / "requirements-client.txt", editable_repo=False)


def venv_bin() -> Path:
    """Where the measured commands (oapigen and the peers) are installed."""
    return TOOLS.bin


def running_in_tools_env() -> bool:
    return Path(sys.prefix).resolve() == TOOLS.path.resolve()


def reexec_in_tools_env(script: Path, argv: list[str]) -> None:
    """Makes both environments, then replaces this process by ``script`` under the tools interpreter."""
    python = TOOLS.ensure()
    CLIENT.ensure()
    os.execv(python, [str(python), str(script), *argv])


def put_tools_first_on_path() -> None:
    """Puts the tools environment's programs first on PATH, as its ``activate`` script would.

    The peers run programs they depend on by name: openapi-python-client formats its output by running
    ``ruff`` (a dependency of its own, installed here), and where none is on PATH it skips formatting,
    prints "ruff is not in PATH" and exits 0, finishing 20 to 25% sooner than with its whole job done.
    Runs before 2026-11-28 09:00 inherited the caller's PATH, which had no ruff on this machine.
    """
    os.environ["PATH"] = os.pathsep.join([str(TOOLS.bin), os.environ.get("PATH", os.defpath)])
    os.environ["VIRTUAL_ENV"] = str(TOOLS.path)
