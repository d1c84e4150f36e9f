"""Types shared by every method: the "not given" sentinel and the per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

__all__ = ["NOT_GIVEN", "Body", "FileContent", "Headers", "NotGiven", "Query", "Timeout"]


class NotGiven:
    """The default of every optional argument.

    An argument left at ``NOT_GIVEN`` is not sent at all; an explicit ``None`` is sent as JSON ``null``
    (where the API allows null). The two are different requests, and the client keeps them apart.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Headers = Mapping[str, str]
"""Extra request headers for one call."""
Query = Mapping[str, object]
"""Extra query parameters for one call."""
Body = Mapping[str, object]
"""Extra JSON body keys for one call, merged over the body the method builds."""
Timeout = float | httpx.Timeout | None
"""Seconds, an ``httpx.Timeout``, or None for no timeout."""
FileContent = bytes | tuple[str | None, bytes] | tuple[str | None, bytes, str | None]
"""A file to upload (``format: binary`` in a multipart body): its bytes, or ``(file name, bytes)``, or
``(file name, bytes, media type)``. Without a name the part is called ``upload``; without a media type,
it is the one the API's description gives the field, else guessed from the name."""
