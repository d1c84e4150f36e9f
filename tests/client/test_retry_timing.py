"""How long the client waits before a retry (DESIGN §4: exponential backoff with jitter, the server's
Retry-After honoured and capped): the delays themselves, and a server that asks for a wait in the past."""

from __future__ import annotations

import email.utils
import importlib
import random
import time
from types import ModuleType

import httpx
import pytest

from tests.client.conftest import API_KEY
from tests.client.server import LocalServer, Reply


def _base(bt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{bt.__name__}._base_client")


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "20", "retry-after": "9"}, 0.02),  # the finer one wins
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
    ],
)
def test_the_servers_wait_is_read_in_its_unit(bt: ModuleType, headers: dict[str, str], seconds: float) -> None:
    assert _base(bt).retry_delay(0, httpx.Headers(headers)) == pytest.approx(seconds)


def test_a_date_is_read_as_the_time_until_it(bt: ModuleType) -> None:
    in_ten = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8.0 <= _base(bt).retry_delay(0, httpx.Headers({"retry-after": in_ten})) <= 10.0


def test_a_date_in_the_past_means_now(bt: ModuleType) -> None:
    headers = httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert _base(bt).retry_delay(0, headers) == 0.0


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "-5"},
        {"retry-after": "nan"},
        {"retry-after": "inf"},
        {"retry-after-ms": "-1500"},
        {"retry-after-ms": "-1500", "retry-after": "-5"},
        {"retry-after": "soon"},
        {"retry-after": "1_0"},
        {"retry-after": "1e1"},
        {"retry-after": "+5"},
    ],
)
def test_a_wait_that_is_no_valid_number_is_ignored_for_backoff(bt: ModuleType, headers: dict[str, str]) -> None:
    """RFC 9110 allows only a date or a count of seconds not below zero; anything else is as if absent."""
    base = _base(bt)
    random.seed(3)
    delays = [base.retry_delay(1, httpx.Headers(headers)) for _ in range(50)]
    backoff = min(base.INITIAL_RETRY_DELAY * 2, base.MAX_RETRY_DELAY)
    assert all(0.75 * backoff <= delay <= backoff for delay in delays)
    assert base.parse_retry_after(httpx.Headers(headers)) is None
    assert not base.asks_too_long_a_wait(httpx.Response(429, headers=headers))


def test_a_valid_retry_after_wins_over_an_invalid_retry_after_ms(bt: ModuleType) -> None:
    headers = httpx.Headers({"retry-after-ms": "-1", "retry-after": "2"})
    assert _base(bt).retry_delay(0, headers) == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("headers", "too_long"),
    [
        ({"retry-after": "86400"}, True),
        ({"retry-after-ms": "60001"}, True),
        ({"retry-after": "60"}, False),
        ({}, False),
    ],
)
def test_a_wait_over_the_cap_is_too_long(bt: ModuleType, headers: dict[str, str], too_long: bool) -> None:
    assert _base(bt).asks_too_long_a_wait(httpx.Response(429, headers=headers)) is too_long


def test_backoff_doubles_and_each_wait_is_jittered_down_by_up_to_a_quarter(bt: ModuleType) -> None:
    base = _base(bt)
    random.seed(7)
    for attempt in range(3):
        full = min(base.INITIAL_RETRY_DELAY * 2**attempt, base.MAX_RETRY_DELAY)
        delays = [base.retry_delay(attempt, None) for _ in range(400)]
        assert all(0.75 * full <= delay <= full for delay in delays)
        # jitter spreads them over the whole quarter: no two clients retry in step
        assert min(delays) < 0.78 * full and max(delays) > 0.97 * full
        assert len(set(delays)) > 350
    assert base.retry_delay(20, None) <= base.MAX_RETRY_DELAY


def test_a_retry_after_date_in_the_past_retries_at_once(bt: ModuleType, server: LocalServer) -> None:
    server.script(
        Reply(503, b"busy", {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
        Reply.json({"id": "p1", "org_id": "o1", "name": "n"}),
    )
    with bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=1) as client:
        started = time.monotonic()
        assert client.projects.retrieve("p1").id == "p1"
    assert time.monotonic() - started < 2.0
    assert len(server.requests) == 2


@pytest.mark.parametrize(("value", "retried"), [("TRUE", True), (" true ", True), ("False", False), ("maybe", None)])
def test_x_should_retry_is_read_whatever_its_case(bt: ModuleType, value: str, retried: bool | None) -> None:
    """An override the server spells in capitals was ignored: the status's own rule applied."""
    base = _base(bt)
    for status in (400, 503):
        expected = (status == 503) if retried is None else retried
        assert base.should_retry(httpx.Response(status, headers={"x-should-retry": value})) is expected
