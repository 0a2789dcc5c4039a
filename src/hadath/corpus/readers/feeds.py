"""RSS and Atom feeds (files or URLs) via feedparser: one document per entry.

An entry's text is its full content when the feed carries it, else its summary, with HTML markup stripped. A feed
that cannot be fetched or parsed and has no entries is rejected with the error instead of stopping the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from hadath.corpus.readers.files import rejected
from hadath.model import Document


def _strip_html(fragment: str) -> str:
    """Plain text of a feed's HTML fragment, block elements kept as line breaks."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:
        return fragment.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for br in root.xpath("//br|//p|//div|//li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def read_feed(location: str, default_date: date | None, fields: dict[str, str] | None = None
              ) -> Iterator[Document]:
    """Every entry of the feed at a path or URL; an unreachable or broken feed is one rejected document."""
    import feedparser

    try:
        parsed = feedparser.parse(location)
    except Exception as e:  # feedparser rarely raises, but a bad file must not end the run
        yield rejected(location, f"feed could not be read: {type(e).__name__}: {e}")
        return
    entries = parsed.get("entries") or []
    if not entries:
        err = parsed.get("bozo_exception")
        why = f"{type(err).__name__}: {err}" if err else "no entries"
        status = parsed.get("status")
        if status and status >= 400:
            why = f"HTTP {status}"
        yield rejected(location, f"feed could not be read: {why}")
        return
    site = (parsed.get("feed") or {}).get("title")
    for n, e in enumerate(entries):
        content = e.get("content") or []
        html = content[0].get("value", "") if content else e.get("summary", "")
        title = e.get("title")
        doc = Document(
            text=_strip_html(html or ""), title=title, url=e.get("link"), source=site,
            date=_entry_date(e) or default_date, origin=f"{location}#{n}", record_id=e.get("id") or e.get("link"),
        )
        yield doc


def read_feed_file(path: Path, default_date: date | None, fields: dict[str, str] | None = None
                   ) -> Iterator[Document]:
    yield from read_feed(str(path), default_date, fields)
