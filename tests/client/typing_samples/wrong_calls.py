"""Calls that are wrong, each marked with the mypy error code it must cause; reveal_type lines with their types.

Type-checked by test_typing.py, which expects exactly the marked errors and the revealed types below.
"""

from __future__ import annotations

from typing import reveal_type

from braintrust_client import AsyncBraintrust, Braintrust
from braintrust_client.models import FeedbackProjectLogsItem, Project

# fmt: off
client = Braintrust(api_key="k")
aclient = AsyncBraintrust(api_key="k")

client.projects.create(name=123)  # error: arg-type
client.projects.create(nme="demo")  # error: call-arg
client.projects.create()  # error: call-arg
client.projects.retrieve()  # error: call-arg
client.projects.list(limit="ten")  # error: arg-type
client.projects.list(ids=[1, 2])  # error: list-item
client.project_logs.feedback("p", feedback=[{"id": "row"}])  # error: list-item
client.project_logs.feedback("p", feedback=[FeedbackProjectLogsItem(ids="row")])  # error: call-arg
client.projects.retrieve("p", timeout="soon")  # error: arg-type
client.projects.retrieve("p", max_retries=1.5)  # error: arg-type
client.functions.invoke("f", stream="yes")  # error: call-overload
count: int = client.projects.retrieve("p")  # error: assignment
print(client.projects.retrieve("p").nonexistent)  # error: attr-defined
Braintrust(api_key=1)  # error: arg-type

reveal_type(client.projects.retrieve("p"))  # reveal: braintrust_client.models.project.Project
reveal_type(client.projects.list())  # reveal: braintrust_client._pagination.SyncPage[braintrust_client.models.project.Project]
reveal_type(client.projects.list().items)  # reveal: list[braintrust_client.models.project.Project]
reveal_type(client.with_raw_response.projects.retrieve("p"))  # reveal: braintrust_client._response.APIResponse[braintrust_client.models.project.Project]
client.with_raw_response.projects.retrieve("p").aread()  # error: attr-defined
reveal_type(client.project_logs.fetch_post("p"))  # reveal: braintrust_client._pagination.SyncPage[braintrust_client.models.project_logs_event.ProjectLogsEvent]
reveal_type(client.functions.invoke("f", stream=True))  # reveal: braintrust_client._streaming.Stream[


async def asynchronous() -> None:
    reveal_type(await aclient.projects.retrieve("p"))  # reveal: braintrust_client.models.project.Project
    reveal_type(aclient.projects.list())  # reveal: braintrust_client._pagination.AsyncPager[braintrust_client.models.project.Project]
    reveal_type(await aclient.projects.list())  # reveal: braintrust_client._pagination.AsyncPage[braintrust_client.models.project.Project]
    reveal_type(await aclient.functions.invoke("f", stream=True))  # reveal: braintrust_client._streaming.AsyncStream[
    reveal_type(await aclient.with_raw_response.projects.list())  # reveal: braintrust_client._response.AsyncAPIResponse[
    (await aclient.with_raw_response.projects.retrieve("p")).read()  # error: attr-defined


def project_name(project: Project) -> str:
    reveal_type(project.created)  # reveal: datetime.datetime | None
    return project.name
