"""Helpers the tests share: generating a package from a spec, importing it, type-checking it, Prism."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import Config, load_config
from generator.diagnostics import Diagnostics
from generator.pipeline import build, build_api
from generator.write import write_output

REPO = Path(__file__).resolve().parent.parent
SPECS = REPO / "specs"
SHARED_SPECS = REPO.parent / "shared" / "specs"
BRAINTRUST_SPEC = SPECS / "openapi.yaml"
PRISM_VERSION = "5.16.0"
PRISM_HOME = REPO / ".cache" / "prism"
PYRIGHT_VERSION = "1.1.414"
PYRIGHT_HOME = REPO / ".cache" / "pyright"


SMALL_SPEC = """
openapi: 3.1.0
info: {title: Small, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: string}
"""
"""A spec of one operation and one model, for tests about anything but the spec."""


def repo_config() -> Config:
    """The repository's own [tool.oapigen] (the Braintrust configuration), paths made absolute."""
    diagnostics = Diagnostics()
    config = load_config(REPO / "pyproject.toml", diagnostics)
    assert not diagnostics.items, diagnostics.items
    return config


def generate(spec: Path, out: Path, config: Config | None = None, **overrides: Any) -> Path:
    """Generates a package from ``spec`` into ``out`` (the pipeline in-process) and returns ``out``."""
    base = config or Config(package_name="client_pkg", client_name="Client")
    result = build(replace(base, spec=spec, out=out, **overrides))
    write_output(result.files, out)
    return out


@contextlib.contextmanager
def generated_from(folder: Path, spec_text: str, package: str, client: str, **settings: Any) -> Iterator[Any]:
    """Generates ``spec_text`` into ``folder`` as ``package`` (client class ``client``, and any other
    ``settings`` of :class:`Config`) and imports it."""
    config = Config(
        package_name=package, client_name=client, spec=write_spec(folder, spec_text), out=folder / "out", **settings
    )
    generate(config.spec, config.out, config)
    with imported(config.out, package) as module:
        yield module


def mock_client(
    client_class: Any, answer: Callable[[httpx.Request], httpx.Response], sent: list[httpx.Request] | None = None
) -> Any:
    """A client whose requests ``answer`` answers in-process, each appended to ``sent`` (no retries)."""

    def recording(request: httpx.Request) -> httpx.Response:
        if sent is not None:
            sent.append(request)
        return answer(request)

    http = httpx.Client(transport=httpx.MockTransport(recording))
    return client_class(api_key="k", base_url="http://api.test", max_retries=0, http_client=http)


def raising(exception: BaseException) -> Callable[..., Any]:
    """A stand-in for any function that raises ``exception`` when called (a failure injected in a test)."""

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise exception

    return fail


def method_names(folder: Path, spec_text: str) -> dict[tuple[str, str], str]:
    """The method name of each operation, by HTTP method and path, of a spec that normalizes without a word."""
    config = Config(package_name="p", client_name="C", spec=write_spec(folder, spec_text), out=folder / "out")
    diagnostics = Diagnostics()
    api = build_api(config, diagnostics)
    assert not diagnostics.items, [d.format() for d in diagnostics.items]
    return {(operation.http_method, operation.path): operation.method_name for operation in api.operations}


def write_spec(folder: Path, text: str, name: str = "openapi.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@contextlib.contextmanager
def imported(root: Path, package: str) -> Iterator[Any]:
    """Imports ``package`` from ``root`` and removes it from sys.modules afterwards."""
    sys.path.insert(0, str(root))
    try:
        module = __import__(package)
        yield module
    finally:
        sys.path.remove(str(root))
        for name in list(sys.modules):
            if name == package or name.startswith(package + "."):
                del sys.modules[name]


def run(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def mypy_strict(*paths: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on the given packages, with a cache private to this run's temp folder."""
    return run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, paths)], cwd=cwd)


def oapigen(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The ``oapigen`` command as a user runs it (a subprocess)."""
    return run([sys.executable, "-m", "generator", *args], cwd=cwd or REPO, env=env)


# --- Prism ---------------------------------------------------------------------------------------------


@functools.cache
def prism_spec() -> Path:
    """The document the contract tests give Prism: the Braintrust spec as `oapigen normalize` writes it.

    Prism cannot compile the raw spec's request schemas that put `nullable` beside an enum listing
    null, or `nullable` without a type, and then accepts any body; the normalized document is plain
    3.1 that it compiles completely, so it really checks what the client sends.
    """
    target = REPO / ".cache" / "normalized" / "openapi.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".tmp")
    completed = run(
        [sys.executable, "-m", "generator", "normalize", str(BRAINTRUST_SPEC), "-o", str(partial)], cwd=REPO
    )
    if completed.returncode != 0:
        raise RuntimeError(f"oapigen normalize failed: {completed.stderr}")
    partial.replace(target)
    return target


def prism_executable() -> Path:
    """The Prism mock server, installed from the npm registry into .cache/prism on first use."""
    return _npm_tool(PRISM_HOME, f"@stoplight/prism-cli@{PRISM_VERSION}", "prism")


def pyright_executable() -> Path:
    """Pyright (the type checker behind Pylance), installed from the npm registry into .cache/pyright."""
    return _npm_tool(PYRIGHT_HOME, f"pyright@{PYRIGHT_VERSION}", "pyright")


def _npm_tool(home: Path, package: str, binary_name: str) -> Path:
    binary = home / "node_modules" / ".bin" / binary_name
    if binary.exists():
        return binary
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(f"npm is needed to install {package} (Node.js is required)")
    home.mkdir(parents=True, exist_ok=True)
    completed = run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", str(home), package],
        timeout=600,
    )
    if completed.returncode != 0 or not binary.exists():
        raise RuntimeError(f"npm could not install {package}: {completed.stderr[-2000:]}")
    return binary


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def prism(spec: Path, *, dynamic: bool = False, errors: bool = True) -> Iterator[str]:
    """Runs ``prism mock`` on 127.0.0.1 for ``spec`` and yields its base URL."""
    port = free_port()
    command = [str(prism_executable()), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)]
    if dynamic:
        command.append("-d")
    if errors:
        command.append("--errors")
    log_path = PRISM_HOME / "logs" / f"prism-{port}.log"  # never beside the spec: specs/ stays clean
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "NO_COLOR": "1"})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"Prism exited early: {log_path.read_text()[-3000:]}")
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("Prism did not start within 120 s") from None
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def record_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the children that os.fork makes from now on (in this test)."""
    children: list[int] = []
    real_fork = os.fork

    def recording_fork() -> int:
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recording_fork)
    return children
