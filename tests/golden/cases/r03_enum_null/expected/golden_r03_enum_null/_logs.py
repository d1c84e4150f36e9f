"""Logging through the standard library, switched on by the CLIENT_LOG environment variable."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("golden_r03_enum_null")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """Logs at the level CLIENT_LOG asks (``info`` or ``debug``); otherwise leaves logging alone.

    Where the application has configured logging (the root logger has a handler), its handlers print the
    lines; where not, a stderr handler of the client's own does, and the lines go no further, so that a
    handler the application adds later does not print each of them a second time.
    """
    level = _LEVELS.get(os.environ.get("CLIENT_LOG", "").strip().lower())
    if level is None or logger.handlers:
        return
    logger.setLevel(level)
    if logging.getLogger().handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
