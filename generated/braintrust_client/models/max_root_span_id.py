"""Models: MaxRootSpanId."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "MaxRootSpanId",
]


MaxRootSpanId: TypeAlias = str
"""DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
"""
