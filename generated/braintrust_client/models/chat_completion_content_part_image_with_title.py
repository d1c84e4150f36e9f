"""Models: ChatCompletionContentPartImageWithTitle, ChatCompletionContentPartImageWithTitleImageUrl."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ChatCompletionContentPartImageWithTitle",
    "ChatCompletionContentPartImageWithTitleImageUrl",
]


class ChatCompletionContentPartImageWithTitle(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    image_url: ChatCompletionContentPartImageWithTitleImageUrl

    type_: Annotated[Literal["image_url"], OpenEnum] = Field(
        default="image_url", validation_alias="type", serialization_alias="type"
    )


class ChatCompletionContentPartImageWithTitleImageUrl(BaseModel):
    url: str

    detail: Annotated[
        Annotated[Literal["auto"], OpenEnum]
        | Annotated[Literal["low"], OpenEnum]
        | Annotated[Literal["high"], OpenEnum]
        | None,
        NotNull,
    ] = None
