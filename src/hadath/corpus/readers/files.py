"""Readers for file inputs: `.txt` articles, directories, `.jsonl` records, JSON arrays (zipped or not), stdin.

A reader never raises on a bad input: it yields a rejected Document carrying the error, so the run goes on and
the ledger still sees the input.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from hadath.model import Document, content_id

TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
DATE_FIELDS = ("date", "published", "publication_date", "pubdate", "date_publish", "date_extracted")
TITLE_FIELDS = ("title", "headline")
SOURCE_FIELDS = ("source", "outlet", "publisher", "site", "source_name")
URL_FIELDS = ("url", "link", "uri")
ID_FIELDS = ("id", "doc_id", "record_id", "guid")
FIELD_NAMES = {"text": TEXT_FIELDS, "date": DATE_FIELDS, "title": TITLE_FIELDS, "source": SOURCE_FIELDS,
               "url": URL_FIELDS, "id": ID_FIELDS}

# Inputs bigger than this are not articles (dumps, logs, concatenated corpora): they are skipped with the reason
# instead of tying up a worker for hours.
MAX_CHARS = 2_000_000


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


def _field(rec: dict, name: str, fields: dict[str, str] | None) -> Any:
    """A record's value for one of our fields: an explicit mapping (`text=body`) wins over the common names."""
    if fields and name in fields:
        return rec.get(fields[name])
    return _first(rec, FIELD_NAMES[name])


def _opt_str(v: Any) -> str | None:
    return None if v in (None, "") else str(v)


def record_to_document(rec: dict, origin: str, default_date: date | None,
                       fields: dict[str, str] | None = None) -> Document:
    """A JSON-like record → Document; the record's own date wins over the run's default."""
    text = _field(rec, "text", fields)
    rid = _opt_str(_field(rec, "id", fields))
    if text is None and any(isinstance(rec.get(k), str) for k in ((fields or {}).get("text", ""), *TEXT_FIELDS)):
        text = ""  # an empty article is skipped as empty later, not rejected as malformed
    if not isinstance(text, str):
        names = fields["text"] if fields and "text" in fields else "/".join(TEXT_FIELDS)
        return rejected(origin, f"record has no text field ({names})", rid)
    raw_date = _field(rec, "date", fields)
    when = parse_date(raw_date)
    doc = Document(
        text=text, source=_opt_str(_field(rec, "source", fields)), url=_opt_str(_field(rec, "url", fields)),
        title=_opt_str(_field(rec, "title", fields)), date=when or default_date, origin=origin, record_id=rid,
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


def read_jsonl(lines: Iterator[str], origin: str, default_date: date | None,
               fields: dict[str, str] | None = None) -> Iterator[Document]:
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
        yield record_to_document(rec, where, default_date, fields)


def read_jsonl_file(path: Path, default_date: date | None, fields: dict[str, str] | None = None
                    ) -> Iterator[Document]:
    data = path.read_bytes()
    text, err = _decode(data, str(path))
    if err:
        yield rejected(str(path), err)
        return
    yield from read_jsonl(iter(text.splitlines()), str(path), default_date, fields)


def read_inputs(inputs: list[str], default_date: date | None = None,
                fields: dict[str, str] | None = None) -> Iterator[Document]:
    """Every document of every input, in order; problems become rejected documents (see the reader registry)."""
    from hadath.corpus.readers import read_inputs as _read_inputs

    yield from _read_inputs(inputs, default_date, fields)


def read_json_array(data: bytes, origin: str, default_date: date | None,
                    fields: dict[str, str] | None = None) -> Iterator[Document]:
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
            yield record_to_document(rec, where, default_date, fields)
        else:
            yield rejected(where, "array item is not an object")


def read_zip(path: Path, default_date: date | None, fields: dict[str, str] | None = None) -> Iterator[Document]:
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
                yield from read_json_array(data, origin, default_date, fields)
            elif suffix == ".jsonl":
                text, err = _decode(data, origin)
                if err:
                    yield rejected(origin, err)
                else:
                    yield from read_jsonl(iter(text.splitlines()), origin, default_date, fields)
            elif suffix == ".txt":
                text, err = _decode(data, origin)
                yield rejected(origin, err) if err else Document(text=text, origin=origin, date=default_date)
