"""WARC web archives via warcio: every HTML response record becomes a document (main text via trafilatura).

Request, metadata and non-HTML records are passed over; a truncated or corrupt archive ends with one rejected
document carrying the error, after the records read before the damage.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from hadath.corpus.readers.files import parse_date, rejected
from hadath.corpus.readers.html import read_html_bytes
from hadath.model import Document


def read_warc(path: Path, default_date: date | None, fields: dict[str, str] | None = None) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type not in ("response", "resource"):
                    continue
                ctype = ""
                if rec.http_headers is not None:
                    ctype = rec.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = rec.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                when = parse_date(rec.rec_headers.get_header("WARC-Date")) or default_date
                data = rec.content_stream().read()
                origin = f"{path}!{n}"
                n += 1
                for doc in read_html_bytes(data, origin, when, url=url):
                    doc.record_id = rec.rec_headers.get_header("WARC-Record-ID") or doc.record_id
                    yield doc
    except Exception as e:
        yield rejected(f"{path}!{n}", f"WARC could not be read: {type(e).__name__}: {e}")
