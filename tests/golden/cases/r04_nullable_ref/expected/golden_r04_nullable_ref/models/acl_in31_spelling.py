"""Models: AclIn31Spelling."""

from __future__ import annotations

from .._models import BaseModel
from .permission import Permission
from .settings import Settings

__all__ = [
    "AclIn31Spelling",
]


class AclIn31Spelling(BaseModel):
    """Acl's nullable references as 3.1 spells them (R2 and R3 beside R4), and a restated type"""

    permission: Permission | None

    settings: Settings | None

    restricted: Permission
