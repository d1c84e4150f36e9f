"""Logging through the standard library, switched on by the BRAINTRUST_LOG environment variable."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("braintrust_client")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """Attaches a stderr handler when BRAINTRUST_LOG is ``info`` or ``debug``; otherwise leaves logging alone."""
    level = _LEVELS.get(os.environ.get("BRAINTRUST_LOG", "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
