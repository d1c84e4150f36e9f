"""Models: PatchOrganizationMembersOutput, PatchOrganizationMembersOutputAddedUsersItem."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "PatchOrganizationMembersOutput",
    "PatchOrganizationMembersOutputAddedUsersItem",
]


class PatchOrganizationMembersOutput(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("status",)

    status: Annotated[Literal["success"], OpenEnum] = "success"

    org_id: str
    """The id of the org that was modified."""

    send_email_error: str | None = None
    """If invite emails failed to send for some reason, the patch operation will still complete, but we will return an error message here"""

    added_users: list[PatchOrganizationMembersOutputAddedUsersItem] | None = None
    """If service accounts with tokens were created, this will contain the added users with their API keys"""


class PatchOrganizationMembersOutputAddedUsersItem(BaseModel):
    id: str

    email: str | None = None

    api_key: str | None = None

    token_name: str | None = None
