"""HTML pages: the article's main text via trafilatura (menus, scripts, ads and comments left out).

A page with no recognisable main text becomes a document with empty text, which the pipeline skips as "empty";
a page that cannot be decoded is rejected with the error.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from hadath.corpus.readers.files import _decode, parse_date, rejected
from hadath.model import Document


def html_to_document(html: str, origin: str, default_date: date | None, url: str | None = None,
                     source: str | None = None) -> Document:
    """One page → one Document (main text, title, date and site name when trafilatura finds them)."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False) or ""
    meta = None
    try:
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # metadata is a bonus; the text is what matters
        meta = None
    when = parse_date(getattr(meta, "date", None)) if meta is not None else None
    doc = Document(
        text=text, origin=origin, url=url or getattr(meta, "url", None),
        title=getattr(meta, "title", None), source=source or getattr(meta, "sitename", None),
        date=when or default_date, record_id=Path(origin).stem if "!" not in origin else None,
    )
    if not text:
        doc.meta["html"] = "no main text found"
    return doc


def read_html_bytes(data: bytes, origin: str, default_date: date | None, url: str | None = None
                    ) -> Iterator[Document]:
    text, err = _decode(data, origin)
    if err:
        yield rejected(origin, err)
        return
    yield html_to_document(text, origin, default_date, url=url)


def read_html_file(path: Path, default_date: date | None, fields: dict[str, str] | None = None
                   ) -> Iterator[Document]:
    yield from read_html_bytes(path.read_bytes(), str(path), default_date)
