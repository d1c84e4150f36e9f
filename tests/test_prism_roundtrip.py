"""A real round trip: the generated client against the Prism mock server, sync and async."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import imported, prism, prism_spec


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism(prism_spec()) as url:
        yield url


def test_feedback_sync(prism_url: str, generated_root: Path) -> None:
    with imported(generated_root, "braintrust_client") as package:
        from braintrust_client.models import FeedbackProjectLogsItem

        with package.Braintrust(api_key="test-key", base_url=prism_url, max_retries=0) as client:
            result = client.project_logs.feedback(
                str(uuid.uuid4()),
                feedback=[FeedbackProjectLogsItem(id="row-1", scores={"accuracy": 0.75}, comment="good", source="api")],
            )
        assert result.status == "success"


def test_feedback_async(prism_url: str, generated_root: Path) -> None:
    with imported(generated_root, "braintrust_client") as package:
        from braintrust_client.models import FeedbackProjectLogsItem

        async def call() -> str:
            async with package.AsyncBraintrust(api_key="test-key", base_url=prism_url, max_retries=0) as client:
                result = await client.project_logs.feedback(
                    str(uuid.uuid4()),
                    feedback=[FeedbackProjectLogsItem(id="row-1", tags=["a"], metadata={"user_id": 7})],
                )
                return str(result.status)

        assert asyncio.run(call()) == "success"
