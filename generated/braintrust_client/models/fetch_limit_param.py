"""Models: FetchLimitParam."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._models import OpenConstraints

__all__ = [
    "FetchLimitParam",
]


FetchLimitParam: TypeAlias = Annotated[int, Field(ge=0), OpenConstraints] | None
"""limit the number of traces fetched

Fetch queries may be paginated if the total result size is expected to be large (e.g. project_logs which accumulate over a long time). Note that fetch queries only support pagination in descending time order (from latest to earliest `_xact_id`. Furthermore, later pages may return rows which showed up in earlier pages, except with an earlier `_xact_id`. This happens because pagination occurs over the whole version history of the event log. You will most likely want to exclude any such duplicate, outdated rows (by `id`) from your combined result set.

The `limit` parameter controls the number of full traces to return. So you may end up with more individual rows than the specified limit if you are fetching events containing traces.
"""
