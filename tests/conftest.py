"""Shared test fixtures: one event store built from the samples plus a hostile article, once per session."""

import json
from pathlib import Path

HOSTILE = {
    "id": "hostile-01",
    "title": "<b>زيارة</b> رسمية <script>alert('title')</script>",
    "date": "2024-05-02",
    "source": "test-source",
    "text": "<script>alert('x')</script> استقبل الرئيس المصري وزير الخارجية الروسي في القاهرة أمس الأربعاء لبحث "
            "الأوضاع في المنطقة. وأدان الأردن القصف على غزة <img src=x onerror=alert(1)>.",
}


def build_store(tmp_path_factory) -> Path:
    """The samples plus the hostile article, ingested once per test session (shared by the e2e test)."""
    from hadath.cli import main

    base = tmp_path_factory.getbasetemp() / "serve-store"
    db = base / "store.duckdb"
    if not db.exists():
        base.mkdir(exist_ok=True)
        extra = base / "hostile.jsonl"
        extra.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
        rc = main(["ingest", "--samples", str(extra), "--db", str(db)])
        assert rc == 0 and db.exists()
    return db
