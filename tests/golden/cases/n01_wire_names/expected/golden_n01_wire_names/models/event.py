"""Models: Event."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "Event",
]


class Event(BaseModel):
    xact_id_: Annotated[str | None, NotNull] = Field(
        default=None, validation_alias="_xact_id", serialization_alias="_xact_id"
    )

    xact_id: Annotated[str | None, NotNull] = None

    schema__: Annotated[dict[str, Any] | None, NotNull] = Field(
        default=None, validation_alias="__schema", serialization_alias="__schema"
    )

    from_: Annotated[str | None, NotNull] = Field(default=None, validation_alias="from", serialization_alias="from")

    schema_: Annotated[str | None, NotNull] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )

    type_: Annotated[str | None, NotNull] = Field(default=None, validation_alias="type", serialization_alias="type")

    json_: Annotated[str | None, NotNull] = Field(default=None, validation_alias="json", serialization_alias="json")

    model_config_: Annotated[str | None, NotNull] = Field(
        default=None, validation_alias="model_config", serialization_alias="model_config"
    )

    span_field_order: Annotated[list[str] | None, NotNull] = Field(
        default=None, validation_alias="spanFieldOrder", serialization_alias="spanFieldOrder"
    )

    http_status: Annotated[int | None, NotNull] = Field(
        default=None, validation_alias="HTTPStatus", serialization_alias="HTTPStatus"
    )

    n_2_fa: Annotated[bool | None, NotNull] = Field(default=None, validation_alias="2fa", serialization_alias="2fa")

    brain_facet_1: Annotated[str | None, NotNull] = Field(
        default=None, validation_alias="brain-facet-1", serialization_alias="brain-facet-1"
    )

    cafe: Annotated[str | None, NotNull] = Field(default=None, validation_alias="café", serialization_alias="café")

    str_: Annotated[str | None, NotNull] = Field(default=None, validation_alias="str", serialization_alias="str")

    global_: Annotated[Annotated[Literal["global", "lambda", "brain-facet-1"], OpenEnum] | None, NotNull] = Field(
        default=None, validation_alias="global", serialization_alias="global"
    )
