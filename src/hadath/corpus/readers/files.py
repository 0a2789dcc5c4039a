"""Readers for file inputs: `.txt` articles, directories, `.jsonl` records, JSON arrays (zipped or not), stdin.

A reader never raises on a bad input: it yields a rejected Document carrying the error, so the run goes on and
the ledger still sees the input.
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from hadath.model import Document, content_id

TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
DATE_FIELDS = ("date", "published", "publication_date", "pubdate", "date_publish", "date_extracted")
TITLE_FIELDS = ("title", "headline")


class InputError(ValueError):
    """An input that cannot be read at all (missing path, unknown type)."""


def parse_date(value: Any) -> date | None:
    """A record's date: ISO `YYYY-MM-DD`, optionally followed by a time."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _first(rec: dict, names: tuple[str, ...]) -> Any:
    for n in names:
        if rec.get(n) not in (None, ""):
            return rec[n]
    return None


def record_to_document(rec: dict, origin: str, default_date: date | None) -> Document:
    """A JSON-like record → Document; the record's own date wins over the run's default."""
    text = _first(rec, TEXT_FIELDS)
    rid = rec.get("id")
    if not isinstance(text, str):
        return rejected(origin, "record has no text field (" + "/".join(TEXT_FIELDS) + ")",
                        None if rid is None else str(rid))
    raw_date = _first(rec, DATE_FIELDS)
    when = parse_date(raw_date)
    doc = Document(
        text=text, source=rec.get("source"), url=rec.get("url"), title=_first(rec, TITLE_FIELDS),
        date=when or default_date, origin=origin, record_id=None if rid is None else str(rid),
    )
    if raw_date is not None and when is None:
        doc.meta["date_warning"] = f"unreadable date {raw_date!r}; used the run's default"
    return doc


def rejected(origin: str, error: str, record_id: str | None = None) -> Document:
    """A stand-in document for an input that could not be read, so that the ledger still records it."""
    doc = Document(text="", id="err-" + content_id("unreadable:" + origin), origin=origin, record_id=record_id)
    doc.reject(error)
    return doc


def _decode(data: bytes, origin: str) -> tuple[str | None, str | None]:
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, "binary file (contains NUL bytes)"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return None, f"not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r})"


def read_text_file(path: Path, default_date: date | None) -> Iterator[Document]:
    text, err = _decode(path.read_bytes(), str(path))
    if err:
        yield rejected(str(path), err, path.stem)
        return
    yield Document(text=text, origin=str(path), record_id=path.stem, date=default_date)


def read_jsonl(lines: Iterator[str], origin: str, default_date: date | None) -> Iterator[Document]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield rejected(where, f"malformed JSON line: {e.msg} at column {e.colno}")
            continue
        if not isinstance(rec, dict):
            yield rejected(where, "JSON line is not an object")
            continue
        yield record_to_document(rec, where, default_date)


def read_jsonl_file(path: Path, default_date: date | None) -> Iterator[Document]:
    data = path.read_bytes()
    text, err = _decode(data, str(path))
    if err:
        yield rejected(str(path), err)
        return
    yield from read_jsonl(iter(text.splitlines()), str(path), default_date)


def read_inputs(inputs: list[str], default_date: date | None = None) -> Iterator[Document]:
    """Every document of every input, in order; problems become rejected documents."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read()
            text, err = _decode(data, "<stdin>")
            if err:
                yield rejected("<stdin>", err)
            elif text.lstrip().startswith("{"):
                yield from read_jsonl(iter(text.splitlines()), "<stdin>", default_date)
            else:
                yield Document(text=text, origin="<stdin>", date=default_date)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
            for p in files:
                yield from _read_path(p, default_date)
        elif path.is_file():
            yield from _read_path(path, default_date)
        else:
            yield rejected(item, "no such file or directory")


def read_json_array(data: bytes, origin: str, default_date: date | None) -> Iterator[Document]:
    """A JSON array of article objects (or one object)."""
    text, err = _decode(data, origin)
    if err:
        yield rejected(origin, err)
        return
    try:
        items = json.loads(text)
    except json.JSONDecodeError as e:
        yield rejected(origin, f"malformed JSON: {e.msg} at line {e.lineno}")
        return
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        yield rejected(origin, "JSON is neither an array nor an object")
        return
    for n, rec in enumerate(items):
        where = f"{origin}[{n}]"
        if isinstance(rec, dict):
            yield record_to_document(rec, where, default_date)
        else:
            yield rejected(where, "array item is not an object")


def read_zip(path: Path, default_date: date | None) -> Iterator[Document]:
    """Every .json/.jsonl/.txt member of a zip archive."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        yield rejected(str(path), f"not a readable zip file: {e}")
        return
    with zf:
        for name in sorted(zf.namelist()):
            origin = f"{path}!{name}"
            suffix = Path(name).suffix.lower()
            if name.endswith("/"):
                continue
            data = zf.read(name)
            if suffix == ".json":
                yield from read_json_array(data, origin, default_date)
            elif suffix == ".jsonl":
                text, err = _decode(data, origin)
                if err:
                    yield rejected(origin, err)
                else:
                    yield from read_jsonl(iter(text.splitlines()), origin, default_date)
            elif suffix == ".txt":
                text, err = _decode(data, origin)
                yield rejected(origin, err) if err else Document(text=text, origin=origin, date=default_date)


READERS = {".jsonl": "jsonl", ".json": "json", ".zip": "zip", ".txt": "txt"}


def _read_path(path: Path, default_date: date | None) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl_file(path, default_date)
    elif suffix == ".json":
        yield from read_json_array(path.read_bytes(), str(path), default_date)
    elif suffix == ".zip":
        yield from read_zip(path, default_date)
    else:
        yield from read_text_file(path, default_date)
