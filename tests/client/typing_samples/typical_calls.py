"""Typical calls against the generated package, as an application writes them: `mypy --strict` must pass.

Not executed by the tests (nothing listens at its base URL); type-checked by test_typing.py.
"""

from __future__ import annotations

import asyncio
import datetime

import httpx
from braintrust_client import (
    APIResponse,
    APIStatusError,
    AsyncAPIResponse,
    AsyncBraintrust,
    AsyncPage,
    AsyncStream,
    Braintrust,
    NotFoundError,
    RateLimitError,
    Stream,
    SyncPage,
    UnknownVariant,
)
from braintrust_client.models import (
    FeedbackProjectLogsItem,
    FeedbackResponseSchema,
    InsertEventsResponse,
    InsertProjectLogsEvent,
    InvokeEvent,
    Project,
    ProjectLogsEvent,
    ProjectSettings,
    TextDeltaEvent,
)


def sync_usage() -> None:
    client = Braintrust(api_key="sk-...", base_url="http://localhost:8000", timeout=20.0, max_retries=3)

    project: Project = client.projects.create(name="demo", description=None)
    same: Project = client.projects.retrieve(project.id, timeout=httpx.Timeout(5.0), extra_headers={"X-Trace": "1"})
    renamed = client.projects.update(same.id, name="renamed", settings=ProjectSettings(comparison_key="input"))
    created: datetime.datetime | None = renamed.created

    page: SyncPage[Project] = client.projects.list(limit=10, ids=["a", "b"], org_name="acme")
    first_page: list[Project] = page.items
    next_params: dict[str, str] | None = page.next_page_params()
    names = [p.name for p in page]  # every project, page after page
    for later in page.iter_pages():
        print(len(later.items), later.has_next_page())

    feedback: FeedbackResponseSchema = client.project_logs.feedback(
        project.id, feedback=[FeedbackProjectLogsItem(id="row-1", scores={"accuracy": 0.9}, comment="good")]
    )
    inserted: InsertEventsResponse = client.project_logs.insert(
        project.id, events=[InsertProjectLogsEvent(input={"q": 1}, output="a", tags=["t"])]
    )
    events: list[ProjectLogsEvent] = list(client.project_logs.fetch_post(project.id, limit=100))

    raw: APIResponse[Project] = client.with_raw_response.projects.retrieve(project.id)
    status: int = raw.status_code
    request_id: str | None = raw.headers.get("x-request-id")
    parsed: Project = raw.parse()
    raw_page: APIResponse[SyncPage[Project]] = client.projects.with_raw_response.list(limit=1)

    stream: Stream[InvokeEvent] = client.functions.invoke("function-id", input={"question": "2+2"}, stream=True)
    with stream:
        for event in stream:
            if isinstance(event, TextDeltaEvent):
                text: str = event.data
                print(text, end="")
    answer = client.functions.invoke("function-id", input={"question": "2+2"})
    print(answer)

    quick = client.with_options(max_retries=0, timeout=1.0)
    try:
        quick.projects.retrieve("missing", max_retries=1, extra_query={"debug": True}, extra_body={"x": 1})
    except NotFoundError as error:
        body: object = error.body
        print(error.status_code, body, error.response.headers)
    except RateLimitError:
        pass
    except APIStatusError as error:
        print(error.status_code)
    print(feedback.status, inserted.row_ids, events, status, request_id, parsed, raw_page, names, first_page)
    print(next_params, created)
    client.close()


async def async_usage() -> None:
    async with AsyncBraintrust(api_key="sk-...", base_url="http://localhost:8000") as client:
        project: Project = await client.projects.create(name="demo")
        page: AsyncPage[Project] = await client.projects.list(limit=10)
        async for item in client.projects.list(limit=10):
            print(item.name)
        async for later in page.iter_pages():
            print(len(later.items))
        stream: AsyncStream[InvokeEvent] = await client.functions.invoke("function-id", input=1, stream=True)
        async for event in stream:
            print(event.event, event.data)
        raw_async: AsyncAPIResponse[Project] = await client.with_raw_response.projects.retrieve(project.id)
        async with raw_async:
            print(raw_async.parse().name)
        async for log in client.project_logs.fetch_post(project.id):
            print(log.id)


def tag_of(variant: UnknownVariant) -> str:
    """The README's advice for a variant this client does not know: its fields are the server's."""
    tag: str = variant.type
    return tag


if __name__ == "__main__":
    sync_usage()
    asyncio.run(async_usage())
