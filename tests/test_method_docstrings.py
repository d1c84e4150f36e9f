"""A method's docstring is the operation's summary and description; where the spec gives neither, it names
the request (``PUT /settings``), which says more than the method's own name, its docstring before."""

from __future__ import annotations

from pathlib import Path

from tests.support import generated_from

SPEC = """
openapi: 3.0.3
info: {title: Settings, version: "1"}
paths:
  /settings:
    put:
      operationId: replaceSettings
      tags: [settings]
      requestBody:
        content: {application/json: {schema: {type: object, properties: {theme: {type: string}}}}}
      responses: {"204": {description: replaced}}
    get:
      operationId: getSettings
      tags: [settings]
      summary: The current settings.
      responses:
        "200":
          description: the settings
          content: {application/json: {schema: {type: object, properties: {theme: {type: string}}}}}
"""


def test_a_method_without_a_summary_names_its_request(tmp_path: Path) -> None:
    with generated_from(tmp_path, SPEC, "settings_client", "Settings") as package:
        settings = package.Settings(api_key="k").settings
        assert (settings.replace.__doc__ or "").strip() == "``PUT /settings``"
        assert (settings.retrieve.__doc__ or "").strip() == "The current settings."
        assert (package.AsyncSettings(api_key="k").settings.replace.__doc__ or "").strip() == "``PUT /settings``"
