"""Models: Acl."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull
from .permission import Permission
from .settings import Settings

__all__ = [
    "Acl",
]


class Acl(BaseModel):
    permission: Permission | None
    """Exactly one of permission and role_id is set"""

    settings: Settings | None

    restricted: Permission

    defaults: Annotated[Settings | None, NotNull] = None
    """Settings with their own description"""
