"""Paged operations (`x-hrflow-pagination`) as iterators: items one by one, the next page fetched when needed.

A page is one ordinary call, so it is retried like any GET; a page that still fails
raises, and the iteration stops there: no page is ever skipped. Walking stops after
page `maxPage`, or at the first empty page, whichever comes first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Generic, TypeVar

from attrs import frozen

from ._operations import AsyncSend, Operation, Options, RawResponse, Send

Item = TypeVar("Item")


@frozen
class PageMeta:
    """Where a page sits: its number (from 1), the last page (0: nothing matched), its size, and the total."""

    page: int
    max_page: int
    count: int
    total: int


@frozen
class Page(Generic[Item]):
    """One page: its items, its `meta`, and the answer it came in."""

    items: list[Item]
    meta: PageMeta
    response: RawResponse[list[Item]]

    @property
    def is_last(self) -> bool:
        return not self.items or self.meta.page >= self.meta.max_page


def _page(response: RawResponse[list[Item]]) -> Page[Item]:
    meta: dict[str, Any] = response.meta or {}
    return Page(
        response.data,
        PageMeta(meta["page"], meta["maxPage"], meta["count"], meta["total"]),
        response,
    )


class _Walk(Generic[Item]):
    def __init__(
        self,
        operation: Operation[list[Item]],
        arguments: dict[str, Any],
        options: Options,
    ) -> None:
        self._operation = operation
        self._arguments = arguments
        self._options = options

    def _call(self, page: int) -> tuple[Operation[list[Item]], dict[str, Any], Options]:
        return self._operation, {**self._arguments, "page": page}, self._options

    @property
    def _first(self) -> int:
        page = self._arguments.get("page")
        return 1 if page is None else int(page)


class Pager(_Walk[Item]):
    """Every item of a paged call, from page `page` (1 by default) on; `pages()` gives whole pages."""

    def __init__(
        self,
        send: Send,
        operation: Operation[list[Item]],
        arguments: dict[str, Any],
        options: Options,
    ) -> None:
        super().__init__(operation, arguments, options)
        self._send = send

    def pages(self) -> Iterator[Page[Item]]:
        number = self._first
        while True:
            page = _page(self._send(*self._call(number)))
            yield page
            if page.is_last:
                return
            number += 1

    def __iter__(self) -> Iterator[Item]:
        for page in self.pages():
            yield from page.items


class AsyncPager(_Walk[Item]):
    """The async twin of `Pager`: `async for item in ...`, `async for page in ....pages()`."""

    def __init__(
        self,
        send: AsyncSend,
        operation: Operation[list[Item]],
        arguments: dict[str, Any],
        options: Options,
    ) -> None:
        super().__init__(operation, arguments, options)
        self._send = send

    async def pages(self) -> AsyncIterator[Page[Item]]:
        number = self._first
        while True:
            page = _page(await self._send(*self._call(number)))
            yield page
            if page.is_last:
                return
            number += 1

    async def __aiter__(self) -> AsyncIterator[Item]:
        async for page in self.pages():
            for item in page.items:
                yield item
