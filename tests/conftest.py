from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import Config
from tests.support import BRAINTRUST_SPEC, REPO, repo_config

_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # CI may not skip an integration test: a skip there fails the run.
    if os.environ.get("CI") == "true" and _skipped:
        print(f"\nCI=true and {len(_skipped)} test(s) were skipped: {', '.join(_skipped[:10])}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The suite's runs of oapigen (in process and in subprocesses) keep their memo in a folder of their
    own: the user's cache neither fills with thousands of test specs nor makes a run pass by chance."""
    previous = os.environ.get("OAPIGEN_CACHE_DIR")
    os.environ["OAPIGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("oapigen-cache"))
    yield
    if previous is None:
        del os.environ["OAPIGEN_CACHE_DIR"]
    else:
        os.environ["OAPIGEN_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def braintrust_spec() -> Path:
    return BRAINTRUST_SPEC


@pytest.fixture(scope="session")
def generated_root() -> Path:
    """The committed Braintrust client; tests that change files work on a copy."""
    return REPO / "generated"


@pytest.fixture(scope="session")
def braintrust_config() -> Config:
    return repo_config()
