"""The Python API: code text or documents with the default resources and steps."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from hadath.corpus.executors.local import LocalExecutor
from hadath.corpus.readers.files import parse_date
from hadath.corpus.steps import default_steps
from hadath.model import Document, Event


def code_documents(docs: Iterable[Document]) -> Iterator[Document]:
    """Run the pipeline; every document comes back, coded, skipped or rejected."""
    yield from LocalExecutor(default_steps()).run(docs)


def code_text(text: str, date: date | str | None = None, **fields) -> list[Event]:
    """Events of one Arabic article; ``date`` is its publication date (relative dates resolve against it)."""
    when = parse_date(date) if isinstance(date, str) else date
    if isinstance(date, str) and when is None:
        raise ValueError(f"date must be YYYY-MM-DD, got {date!r}")
    doc = Document(text=text, date=when, **fields)
    (out,) = list(code_documents([doc]))
    if out.status == "rejected":
        raise RuntimeError(out.reason)
    return out.events
