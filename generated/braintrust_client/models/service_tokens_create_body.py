"""Models: ServiceTokensCreateBody."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ServiceTokensCreateBody",
]


class ServiceTokensCreateBody(BaseModel):
    name: str
    """Name of the service token. Does not have to be unique"""

    org_name: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the Service token belongs in."""

    service_account_id: str
    """The ID of the service account to which the token should belong. To create a service account, visit [**Settings > Service tokens**](https://www.braintrust.dev/app/~/configuration/org/service-tokens) in the Braintrust UI or call [`PATCH /v1/organization/members`](https://www.braintrust.dev/docs/api-reference/organizations/modify-organization-membership)."""
