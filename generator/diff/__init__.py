"""``oapigen diff`` and ``oapigen update``: what changed between two specs, for the generated package's users.

``load`` builds each document's IR through the same stages as ``generate``; ``compare`` walks the two IRs
side by side and records :class:`~generator.diff.model.Change` values whose kinds (``kinds``) fix their
class; ``semver`` turns them into a version bump; ``report`` prints them; ``update`` is the release step.
"""

from __future__ import annotations

from .compare import compare_apis
from .load import Side, load_side
from .model import Change, OperationRef, Report
from .semver import Bump, bump_version, suggested_bump

__all__ = [
    "Bump",
    "Change",
    "OperationRef",
    "Report",
    "Side",
    "bump_version",
    "compare_apis",
    "load_side",
    "suggested_bump",
]
