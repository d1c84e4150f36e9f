"""Models: RepoInfo."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "RepoInfo",
]


class RepoInfo(BaseModel):
    """Metadata about the state of the repo when the experiment was created"""

    commit: str | None = None
    """SHA of most recent commit"""

    branch: str | None = None
    """Name of the branch the most recent commit belongs to"""

    tag: str | None = None
    """Name of the tag on the most recent commit"""

    dirty: bool | None = None
    """Whether or not the repo had uncommitted changes when snapshotted"""

    author_name: str | None = None
    """Name of the author of the most recent commit"""

    author_email: str | None = None
    """Email of the author of the most recent commit"""

    commit_message: str | None = None
    """Most recent commit message"""

    commit_time: str | None = None
    """Time of the most recent commit"""

    git_diff: str | None = None
    """If the repo was dirty when run, this includes the diff between the current state of the repo and the most recent commit."""
