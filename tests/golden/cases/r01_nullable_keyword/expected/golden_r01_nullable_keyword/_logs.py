"""Logging through the standard library, switched on by the CLIENT_LOG environment variable."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("golden_r01_nullable_keyword")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """Attaches a stderr handler when CLIENT_LOG is ``info`` or ``debug``; otherwise leaves logging alone."""
    level = _LEVELS.get(os.environ.get("CLIENT_LOG", "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
