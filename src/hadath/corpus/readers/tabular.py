"""CSV/TSV files: one document per row, columns found by the common names or an explicit mapping (`text=body`).

A malformed row (wrong number of fields, no text) is rejected with its line number and the others are read on;
an error the csv module cannot recover from rejects the rest of the file at that line.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from hadath.corpus.readers.files import _decode, record_to_document, rejected
from hadath.model import Document

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long articles are single fields


def read_csv_text(text: str, origin: str, default_date: date | None, fields: dict[str, str] | None = None,
                  delimiter: str | None = None) -> Iterator[Document]:
    if delimiter is None:
        head = text[:4096]
        delimiter = "\t" if head.count("\t") > head.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield rejected(origin, "empty CSV file")
        return
    except csv.Error as e:
        yield rejected(origin, f"malformed CSV header: {e}")
        return
    header = [h.strip() for h in header]
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield rejected(f"{origin}:{reader.line_num}", f"malformed CSV: {e}; rest of file not read")
            return
        where = f"{origin}:{reader.line_num}"
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            yield rejected(where, f"malformed CSV row: {len(row)} fields, header has {len(header)}")
            continue
        yield record_to_document(dict(zip(header, row)), where, default_date, fields)


def read_csv_file(path: Path, default_date: date | None, fields: dict[str, str] | None = None
                  ) -> Iterator[Document]:
    text, err = _decode(path.read_bytes(), str(path))
    if err:
        yield rejected(str(path), err)
        return
    yield from read_csv_text(text, str(path), default_date, fields,
                             "\t" if path.suffix.lower() == ".tsv" else None)
