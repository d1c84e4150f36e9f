"""Pages of list results: each page is also an iterator over every item of every later page.

Five ways to reach the next page exist (the configuration says which operation uses which):
``id_cursor`` sends the last item's id as the cursor (``starting_after``), or, when the first request
paged backwards (``ending_before``), the first item's id as that one, and stops at a page without items;
a page shorter than the ``limit`` asked for is not taken as the last, since a server may send fewer
items than asked. ``token_cursor`` sends back the cursor the server returned and stops when the server
returns none, or the one it was just sent. ``page_number`` sends the next page's number, and ``offset``
the count of items before the next page (the offset sent, plus this page's items); both stop at a page
without items. ``next_url`` requests the next page's URL, which the answer gives in a field (Django REST
framework's ``next``) or in its ``Link`` header (``rel="next"``), as long as it stays on the origin of the
page before (the API key goes nowhere else), and stops where there is none. Any way, where the answer has a has-more flag (Stripe's ``has_more``), false ends the walk
at once. A walk over the pages also stops, with a warning, where the next cursor is one it sent before:
the server is going round in a circle, and following it would repeat the same pages forever; for an id
cursor, where a page holds the very item its cursor names; and for a page number or offset, where a page
holds the very items of the page before: either way the server ignored the cursor, and the page repeats one
given already (its items are not given again).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from ._logs import logger
from ._models import PageParts, loads_json, wire_value

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
    from ._response import AsyncAPIResponse

__all__ = ["AsyncPage", "AsyncPager", "Paging", "SyncPage"]

T = TypeVar("T")

_LAST_PAGE = "there is no next page: this is the last one (check has_next_page() first)"


@dataclass(frozen=True)
class Paging:
    """How one operation pages: where the items are and how the next request differs."""

    kind: Literal["id_cursor", "token_cursor", "page_number", "offset", "next_url"]
    items_field: str
    """The field of the answer that holds the items; empty where the answer is the array of items itself."""
    cursor_param: str
    cursor_location: Literal["query", "body"]
    next_field: str | None = None
    id_field: str = "id"
    reverse_cursor_param: str | None = None
    """For ``id_cursor``: the parameter that pages backwards from the first item's id (``ending_before``)."""
    items_required: bool = False
    """Whether every page must carry ``items_field``: a page without it is refused, not read as empty."""
    has_more_field: str | None = None
    """The answer's boolean that says whether another page follows (``has_more``): false ends the walk."""
    first_page: int = 1
    """For ``page_number``: the page the server answers where no number is sent."""
    argument_names: Mapping[str, str] = field(default_factory=dict)
    """The method's argument for each cursor parameter named otherwise (``startAt``: ``start_at``)."""


class _BasePage(Generic[T]):
    items: list[T]
    """The items of this page, validated into their model."""
    response: httpx.Response | None
    """The HTTP response this page came from (status, headers)."""

    def __init__(
        self,
        *,
        item_type: Any,
        options: RequestOptions,
        paging: Paging,
        items: list[T],
        next_token: object = None,
        response: httpx.Response | None = None,
        has_more: object = None,
    ) -> None:
        self._item_type = item_type
        self._options = options
        self._paging = paging
        self._next_token = next_token
        self._has_more = has_more
        self._data: Mapping[str, Any] | None = None
        self.response = response
        self.items = items

    @classmethod
    def _of(cls, parts: PageParts, **page: Any) -> Self:
        """A page of what its answer said (``parts``), with the other arguments of the constructor."""
        return cls(items=parts.items, next_token=parts.next_token, has_more=parts.has_more, **page)

    @property
    def data(self) -> Mapping[str, Any]:
        """The whole response object of this page, as JSON (decoded on first use)."""
        if self._data is None:
            decoded = loads_json(self.response.content) if self.response is not None and self.response.content else {}
            self._data = decoded if isinstance(decoded, Mapping) else {}
        return self._data

    def next_cursor(self) -> str | None:
        """The cursor that asks for the next page (the value of :meth:`next_page_params`), or None when this
        page is the last."""
        params = self.next_page_params()
        return None if params is None else next(iter(params.values()))

    def _next_step(self) -> tuple[str, str | int] | None:
        """The parameter and value that ask for the next page, or None when this page is the last (or its
        link leads to another origin: :meth:`_warn_of_link_elsewhere`)."""
        step = self._given_step()
        if step is not None and self._paging.kind == "next_url" and self._elsewhere(str(step[1])) is not None:
            return None
        return step

    def _given_step(self) -> tuple[str, str | int] | None:
        """What the answer gives to ask for the next page, a link to anywhere included."""
        paging = self._paging
        if self.response is not None and self.response.status_code == 304:
            return None  # Not Modified: an empty page, which no other follows (whatever its headers say)
        if paging.has_more_field is not None and self._has_more is False:
            return None  # the server says so: asking on would fetch an empty page
        if paging.kind == "next_url":
            url = self._link()
            return None if url is None else ("url", url)
        if paging.kind in ("page_number", "offset"):
            if not self.items:
                return None
            sent = _count(self._sent(paging.cursor_param))
            if paging.kind == "page_number":
                return paging.cursor_param, (paging.first_page if sent is None else sent) + 1
            return paging.cursor_param, (sent or 0) + len(self.items)
        if paging.kind == "token_cursor":
            token = self._next_token
            if not isinstance(token, str) or not token or token == self._sent(paging.cursor_param):
                return None  # no cursor, or the one just sent: the server would answer this page again
            return paging.cursor_param, token
        if not self.items:
            return None
        reverse = paging.reverse_cursor_param
        if reverse is not None and self._sent(reverse) is not None:
            param, item = reverse, self.items[0]
        else:
            param, item = paging.cursor_param, self.items[-1]
        cursor = wire_value(item, paging.id_field)
        if cursor is None or str(cursor) == self._sent(param):
            return None  # no id, or the cursor just sent: a server that ignores it would answer this page again
        return param, str(cursor)

    def _link(self) -> str | None:
        """The next page's absolute URL: the answer's ``next_field``, else its ``Link`` header's next, resolved
        against this page's; None where there is none."""
        link = self._next_token if self._paging.next_field else None
        if self._paging.next_field is None and self.response is not None:
            link = self.response.links.get("next", {}).get("url")
        if not isinstance(link, str) or not link or self.response is None:
            return None
        try:
            return str(self.response.request.url.join(link))
        except httpx.InvalidURL:
            return None

    def _elsewhere(self, link: str) -> tuple[str, str] | None:
        """The origins of ``link`` and of this page, where they differ (a link there is not followed: the
        API key would go to another server), else None."""
        url = httpx.URL(link)
        here = self.response.request.url if self.response is not None else url
        if (url.scheme, url.host, url.port) == (here.scheme, here.host, here.port):
            return None
        return _origin(url), _origin(here)

    def _warn_of_link_elsewhere(self) -> None:
        """Says why the pages end here where it is because the next one is on another origin: where a walk
        or :meth:`get_next_page` stops, not where a page is only asked about (``has_next_page()``)."""
        step = self._given_step() if self._paging.kind == "next_url" else None
        origins = None if step is None else self._elsewhere(str(step[1]))
        if origins is not None:
            logger.warning(
                "Pagination stopped: the next page's URL is on %s, not on the API's %s; it is not followed, "
                "since the API key would go there.",
                *origins,
            )

    def has_next_page(self) -> bool:
        return self._next_step() is not None

    def next_page_params(self) -> dict[str, str] | None:
        """What the next request changes (``{"starting_after": "<last id>"}``, ``{"cursor": ...}``,
        ``{"page": "2"}``), or None: the method's argument that resumes the walk from the next page, by its
        Python name (``start_at`` for ``startAt``). For a link, the cursor parameter it sets (GitHub's
        ``page``), or, where it sets none, ``{"url": ...}``."""
        step = self._next_step()
        if step is None:
            return None
        param, value = step[0], str(step[1])
        if self._paging.kind == "next_url":
            cursor = httpx.URL(value).params.get(self._paging.cursor_param)
            if cursor is not None:
                param, value = self._paging.cursor_param, cursor
        return {self._paging.argument_names.get(param, param): value}

    def next_page_options(self) -> RequestOptions | None:
        """The request that fetches the next page, or None."""
        step = self._next_step()
        if step is None:
            return None
        param, cursor = step
        if self._paging.kind == "next_url":  # the link holds the whole query
            return replace(self._options, url=str(cursor), query=())
        if self._paging.cursor_location == "body":
            return self._options.with_json(param, cursor)
        return self._options.with_query(param, str(cursor))

    def _sent(self, name: str) -> object:
        """The value of parameter ``name`` in the request of this page (None when not sent)."""
        if self._paging.cursor_location == "body":
            return self._options.json.get(name) if isinstance(self._options.json, Mapping) else None
        return self._options.query_value(name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next_page={self.has_next_page()}>"


def _origin(url: httpx.URL) -> str:
    """Scheme, host and port: what a link shows in a warning (its path and query may hold the key)."""
    return f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port is not None else "")


def _walk_key(step: tuple[str, str]) -> tuple[str, str]:
    """A step as a walk compares it: a link with its query in order (a server may write one page's link
    with its parameters in another order)."""
    if step[0] != "url":
        return step
    url = httpx.URL(step[1])
    return step[0], str(url.copy_with(query=None).copy_merge_params(sorted(url.params.multi_items())))


def _count(value: object) -> int | None:
    """A page number or offset as the request sent it (a query's text, a body's number); None if none."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


class _Walk:
    """What one walk over pages has seen: the cursors it sent, the first page's own included (a walk resumed
    from a saved cursor, or started at ``starting_after``: a server that leads back to it goes round too),
    and the items of the last page it gave."""

    def __init__(self, first: _BasePage[Any]) -> None:
        self._sent: set[tuple[str, str]] = set()
        self._last_items: list[Any] = first.items
        for name in (first._paging.cursor_param, first._paging.reverse_cursor_param):
            value = None if name is None else first._sent(name)
            if name is not None and value is not None:
                self._sent.add((name, str(value)))
        if first.response is not None and first._paging.kind == "next_url":
            # a link back to the first page, as the server writes it: with what the client added to the
            # query (a key, extra_query), or, more likely, without it
            sent = first.response.request.url
            written = first._options.url or sent.copy_with(query=None).copy_merge_params(list(first._options.query))
            self._sent |= {_walk_key(("url", str(sent))), _walk_key(("url", str(written)))}

    def goes_on(self, page: _BasePage[Any]) -> bool:
        """Whether the walk fetches the page after ``page``: not after the last page, nor where the next
        cursor is one this walk sent before (pages A, B, A, ... would never end)."""
        found = page._next_step()
        if found is None:
            page._warn_of_link_elsewhere()
            return False
        step = _walk_key((found[0], str(found[1])))
        if step in self._sent:
            # a link is not shown: it may hold the API key (an API that takes it in the query)
            logger.warning(
                "Pagination stopped: the server sent %s again, a cursor this walk followed before; following it "
                "would repeat the same pages forever.",
                "a link to a page" if page._paging.kind == "next_url" else f"{step[0]}={step[1]!r}",
            )
            return False
        self._sent.add(step)
        return True

    def takes(self, page: _BasePage[Any]) -> bool:
        """Whether the walk gives the items of ``page``, the page it just fetched: not where the page holds the
        item its id cursor names, which a page after (or before) that item cannot, nor where a page number or
        an offset brought the very items of the page before. The server ignored the cursor and answered a
        page the walk has given already: its items would come twice."""
        if not self._fresh(page):
            return False
        self._last_items = page.items
        return True

    def _fresh(self, page: _BasePage[Any]) -> bool:
        paging = page._paging
        if paging.kind in ("page_number", "offset"):
            # objects only: plain values (tags, ids) may well repeat from one page to the next
            if page.items and not isinstance(page.items[0], (str, int, float)) and page.items == self._last_items:
                logger.warning(
                    "Pagination stopped: the page asked for with %s=%s holds the very items of the page before; "
                    "the server ignored the %s, and its items would repeat forever.",
                    paging.cursor_param,
                    page._sent(paging.cursor_param),
                    "page number" if paging.kind == "page_number" else "offset",
                )
                return False
            return True
        if paging.kind != "id_cursor":
            return True
        for name in (paging.cursor_param, paging.reverse_cursor_param):
            cursor = None if name is None else page._sent(name)
            if cursor is not None and any(str(wire_value(item, paging.id_field)) == str(cursor) for item in page.items):
                logger.warning(
                    "Pagination stopped: the page asked for with %s=%r holds that item itself; the server "
                    "ignored the cursor, and its items would repeat those of a page given already.",
                    name,
                    cursor,
                )
                return False
        return True


class SyncPage(_BasePage[T]):
    """One page of a list; ``for item in page`` walks every item of this page and the ones after it.

    ``page.items`` is this page alone; ``page.iter_pages()`` walks the pages; ``page.next_page_params()``
    says what the next request would send.
    """

    def __init__(
        self,
        *,
        client: SyncAPIClient,
        item_type: Any,
        options: RequestOptions,
        paging: Paging,
        items: list[T],
        next_token: object = None,
        response: httpx.Response | None = None,
        has_more: object = None,
    ) -> None:
        super().__init__(
            item_type=item_type,
            options=options,
            paging=paging,
            items=items,
            next_token=next_token,
            response=response,
            has_more=has_more,
        )
        self._client = client

    def get_next_page(self) -> SyncPage[T]:
        """Fetches the next page; raises ``RuntimeError`` on the last page (check :meth:`has_next_page`).

        Not ``StopIteration``: raised inside a generator, that one would become an unrelated
        ``RuntimeError``, and inside ``map()`` it would silently end the caller's loop."""
        options = self.next_page_options()
        if options is None:
            self._warn_of_link_elsewhere()
            raise RuntimeError(_LAST_PAGE)
        response, parts = self._client.fetch_page(options, self._item_type, self._paging)
        return type(self)._of(
            parts,
            client=self._client,
            item_type=self._item_type,
            options=options,
            paging=self._paging,
            response=response,
        )

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] = self
        walk = _Walk(page)
        while True:
            yield page
            if not walk.goes_on(page):
                return
            page = page.get_next_page()
            if not walk.takes(page):
                return

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_BasePage[T]):
    """One page of a list; ``async for item in page`` walks every item of this page and the ones after it."""

    def __init__(
        self,
        *,
        client: AsyncAPIClient,
        item_type: Any,
        options: RequestOptions,
        paging: Paging,
        items: list[T],
        next_token: object = None,
        response: httpx.Response | None = None,
        has_more: object = None,
    ) -> None:
        super().__init__(
            item_type=item_type,
            options=options,
            paging=paging,
            items=items,
            next_token=next_token,
            response=response,
            has_more=has_more,
        )
        self._client = client

    async def get_next_page(self) -> AsyncPage[T]:
        """Fetches the next page; raises ``RuntimeError`` on the last page (check :meth:`has_next_page`)."""
        options = self.next_page_options()
        if options is None:
            self._warn_of_link_elsewhere()
            raise RuntimeError(_LAST_PAGE)
        response, parts = await self._client.fetch_page(options, self._item_type, self._paging)
        return type(self)._of(
            parts,
            client=self._client,
            item_type=self._item_type,
            options=options,
            paging=self._paging,
            response=response,
        )

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        walk = _Walk(page)
        while True:
            yield page
            if not walk.goes_on(page):
                return
            page = await page.get_next_page()
            if not walk.takes(page):
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[T]):
    """What an async list method returns: ``await`` it for the first page, ``async for`` it for every item."""

    def __init__(
        self,
        client: AsyncAPIClient,
        page: type[AsyncPage[Any]],
        item_type: Any,
        options: RequestOptions,
        paging: Paging,
        *,
        raw: bool = False,
    ) -> None:
        self._client = client
        self._page = page
        self._item_type = item_type
        self._options = options
        self._paging = paging
        self._raw = raw

    def _build(self, response: httpx.Response, parts: PageParts) -> AsyncPage[T]:
        return self._page._of(
            parts,
            client=self._client,
            item_type=self._item_type,
            options=self._options,
            paging=self._paging,
            response=response,
        )

    async def _first(self) -> AsyncPage[T]:
        if self._raw:
            return await self._raw_first()  # type: ignore[return-value]
        return self._build(*await self._client.fetch_page(self._options, self._item_type, self._paging))

    async def _raw_first(self) -> AsyncAPIResponse[AsyncPage[T]]:
        from ._response import AsyncAPIResponse

        response = await self._client._send(self._options)
        return AsyncAPIResponse(
            response,
            lambda: self._build(response, self._client._parse_page(self._item_type, self._paging, response)),
            self._client.max_response_size,
        )

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
