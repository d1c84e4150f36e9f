"""Models: PromptEnvironment."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "PromptEnvironment",
]


PromptEnvironment: TypeAlias = str
"""Filter by environment slug. Cannot be used together with `version`.

For `GET /v1/prompt`, environment resolution currently requires the request to match a single prompt. If multiple prompts match, the endpoint returns `400` (for example when `limit=1` is not set). Use `limit=1` or other filters (for example `slug`, `project_id`) to narrow results.
"""
