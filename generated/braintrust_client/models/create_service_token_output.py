"""Models: CreateServiceTokenOutput."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "CreateServiceTokenOutput",
]


class CreateServiceTokenOutput(BaseModel):
    id: str
    """Unique identifier for the service token"""

    created: datetime.datetime | None = None
    """Date of service token creation"""

    name: str
    """Name of the service token"""

    preview_name: str

    service_account_id: str | None = None
    """Unique identifier for the service token"""

    service_account_email: str | None = None
    """The service account email (not routable)"""

    service_account_name: str | None = None
    """The service account name"""

    org_id: str | None = None
    """Unique identifier for the organization"""

    key: str
    """The raw service token. It will only be exposed this one time"""
