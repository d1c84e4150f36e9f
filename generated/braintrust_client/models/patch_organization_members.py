"""Models: PatchOrganizationMembers, PatchOrganizationMembersInviteUsers, PatchOrganizationMembersInviteUsersServiceAccountsItem, PatchOrganizationMembersRemoveUsers."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "PatchOrganizationMembers",
    "PatchOrganizationMembersInviteUsers",
    "PatchOrganizationMembersInviteUsersServiceAccountsItem",
    "PatchOrganizationMembersRemoveUsers",
]


class PatchOrganizationMembers(BaseModel):
    invite_users: PatchOrganizationMembersInviteUsers | None = None
    """Users to invite to the organization"""

    remove_users: PatchOrganizationMembersRemoveUsers | None = None
    """Users to remove from the organization"""

    org_name: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, or in case you want to explicitly assert the organization you are modifying, you may specify the name of the organization."""

    org_id: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, or in case you want to explicitly assert the organization you are modifying, you may specify the id of the organization."""


class PatchOrganizationMembersInviteUsers(BaseModel):
    """Users to invite to the organization"""

    ids: list[str] | None = None
    """Ids of existing users to invite"""

    emails: list[str] | None = None
    """Emails of users to invite"""

    service_accounts: list[PatchOrganizationMembersInviteUsersServiceAccountsItem] | None = None
    """Service accounts to create. Any caller permitted to add organization members can create service accounts (but not necessarily their associated tokens)."""

    send_invite_emails: bool | None = None
    """If true, send invite emails to the users who wore actually added"""

    group_ids: list[str] | None = None
    """Optional list of group ids to add newly-invited users to."""

    group_names: list[str] | None = None
    """Optional list of group names to add newly-invited users to."""

    group_id: str | None = None
    """Singular form of group_ids"""

    group_name: str | None = None
    """Singular form of group_names"""


class PatchOrganizationMembersInviteUsersServiceAccountsItem(BaseModel):
    name: str

    token_name: str | None = None
    """Optional name of an initial service token to create for the new service account. When this field is set, the request must be authenticated with a service token that has organization-owner permissions, not a user API key."""


class PatchOrganizationMembersRemoveUsers(BaseModel):
    """Users to remove from the organization"""

    ids: list[str] | None = None
    """Ids of users to remove"""

    emails: list[str] | None = None
    """Emails of users to remove"""
