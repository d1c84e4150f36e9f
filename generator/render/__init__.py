"""Render stage: the IR through Jinja templates into the files of the generated package.

- ``renderer``: the Jinja environment (built-in templates, a user's folder over them), and which template
  writes which file;
- ``escaping``: the filters through which alone a template prints text from the spec;
- ``annotations``: IR types as Python annotations;
- ``context``: what the templates see besides the environment's globals and filters;
- ``examples``: the calls the generated README shows.
"""

from __future__ import annotations

from .renderer import Renderer

__all__ = ["Renderer"]
