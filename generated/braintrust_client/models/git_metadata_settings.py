"""Models: GitMetadataSettings."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "GitMetadataSettings",
]


class GitMetadataSettings(BaseModel):
    """Optional settings for collecting git metadata. By default, will collect git metadata fields allowed in org-level settings, excluding diff content unless the org opts in."""

    __closed__: ClassVar[bool] = True

    collect: Annotated[Literal["all", "none", "some"], OpenEnum]

    fields: Annotated[
        list[
            Annotated[
                Literal[
                    "commit",
                    "branch",
                    "tag",
                    "dirty",
                    "author_name",
                    "author_email",
                    "commit_message",
                    "commit_time",
                    "git_diff",
                ],
                OpenEnum,
            ]
        ]
        | None,
        NotNull,
    ] = None
