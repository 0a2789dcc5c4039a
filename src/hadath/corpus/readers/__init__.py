"""Reader registry: which reader handles an input, chosen by URL scheme or file suffix.

Every reader yields Documents and never raises on bad input: a file or record it cannot read becomes a rejected
Document carrying the error, so that the run goes on and the ledger records the input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from hadath.corpus.readers.feeds import read_feed, read_feed_file
from hadath.corpus.readers.files import (
    _decode,
    read_json_array,
    read_jsonl,
    read_jsonl_file,
    read_text_file,
    read_zip,
    rejected,
)
from hadath.corpus.readers.html import read_html_file
from hadath.corpus.readers.tabular import read_csv_file
from hadath.corpus.readers.warc import read_warc
from hadath.model import Document

Reader = Callable[[Path, date | None, dict[str, str] | None], Iterator[Document]]


def _json_file(path: Path, default_date: date | None, fields: dict[str, str] | None) -> Iterator[Document]:
    yield from read_json_array(path.read_bytes(), str(path), default_date, fields)


def _zip_file(path: Path, default_date: date | None, fields: dict[str, str] | None) -> Iterator[Document]:
    yield from read_zip(path, default_date, fields)


def _txt_file(path: Path, default_date: date | None, fields: dict[str, str] | None) -> Iterator[Document]:
    yield from read_text_file(path, default_date)


READERS: dict[str, Reader] = {
    ".txt": _txt_file,
    ".jsonl": read_jsonl_file, ".ndjson": read_jsonl_file,
    ".json": _json_file,
    ".zip": _zip_file,
    ".html": read_html_file, ".htm": read_html_file, ".xhtml": read_html_file,
    ".rss": read_feed_file, ".atom": read_feed_file, ".xml": read_feed_file,
    ".warc": read_warc, ".arc": read_warc, ".gz": read_warc,  # .warc.gz (warcio reads gzip members)
    ".csv": read_csv_file, ".tsv": read_csv_file,
}


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    if name.endswith(".gz") and not (name.endswith(".warc.gz") or name.endswith(".arc.gz")):
        return None
    return READERS.get(path.suffix.lower())


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://", "file://"))


def _sniff(path: Path) -> Reader:
    """A named file with no known suffix: HTML, a feed, or else plain text (binary is rejected by decoding)."""
    with open(path, "rb") as fh:
        head = fh.read(2048).lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return read_html_file
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
        return read_feed_file
    return _txt_file


def _read_path(path: Path, default_date: date | None, fields: dict[str, str] | None) -> Iterator[Document]:
    try:
        reader = reader_for(path) or _sniff(path)
        yield from reader(path, default_date, fields)
    except Exception as e:  # an I/O error or a reader bug loses this input, never the run
        yield rejected(str(path), f"{type(e).__name__}: {e}")


def _read_stdin(default_date: date | None, fields: dict[str, str] | None) -> Iterator[Document]:
    text, err = _decode(sys.stdin.buffer.read(), "<stdin>")
    if err:
        yield rejected("<stdin>", err)
    elif text.lstrip().startswith("{"):
        yield from read_jsonl(iter(text.splitlines()), "<stdin>", default_date, fields)
    else:
        yield Document(text=text, origin="<stdin>", date=default_date)


def read_inputs(inputs: list[str], default_date: date | None = None,
                fields: dict[str, str] | None = None) -> Iterator[Document]:
    """Every document of every input, in order: `-` is stdin, URLs are feeds, directories are walked for known
    suffixes; problems become rejected documents."""
    for item in inputs:
        if item == "-":
            yield from _read_stdin(default_date, fields)
        elif is_url(item):
            yield from read_feed(item, default_date, fields)
        else:
            path = Path(item)
            if path.is_dir():
                for p in sorted(p for p in path.rglob("*") if p.is_file() and reader_for(p) is not None):
                    yield from _read_path(p, default_date, fields)
            elif path.is_file():
                yield from _read_path(path, default_date, fields)
            elif path.exists():
                # a device, pipe or socket (/dev/null, a named pipe): nothing a reader can walk or size
                yield rejected(item, "not a regular file or directory (for a pipe, read stdin with '-')")
            else:
                yield rejected(item, "no such file or directory")


__all__ = ["READERS", "read_inputs", "reader_for", "rejected"]
