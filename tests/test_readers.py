"""Readers: every input format, common field names and mappings, and the bad-input corpus (nothing is fatal)."""

import importlib.util
import json
from pathlib import Path

import pytest

from hadath.corpus.readers import read_inputs, reader_for

_spec = importlib.util.spec_from_file_location("bad_inputs", Path(__file__).parent / "data" / "bad_inputs" / "make.py")
bad_inputs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bad_inputs)
ARTICLE = bad_inputs.ARTICLE


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    return folder, bad_inputs.make(folder)


def _by_name(docs):
    out = {}
    for d in docs:
        key = d.origin if "://" in d.origin else Path(d.origin.split("!")[0].split("#")[0].split(":")[0]).name
        out.setdefault(key, []).append(d)
    return out


def test_bad_inputs_never_raise_and_each_gets_a_status(bad_corpus):
    folder, inputs = bad_corpus
    docs = list(read_inputs(inputs))
    by = _by_name(docs)
    assert all(d.status in ("pending", "rejected") for d in docs)
    assert all(d.reason for d in docs if d.status == "rejected")
    assert by["binary.txt"][0].reason.startswith("binary file")
    assert by["invalid_utf8.txt"][0].reason.startswith("not valid UTF-8")
    assert by["utf16_bom.txt"][0].text == ARTICLE
    assert by["empty.txt"][0].status == "pending" and by["empty.txt"][0].text == ""
    assert len(by["huge_article.txt"][0].text) > 20_000_000
    assert by["not_a_zip.zip"][0].reason.startswith("not a readable zip")
    assert by["broken.json"][0].reason.startswith("malformed JSON")
    assert by["broken.warc"][0].status == "rejected"
    assert by["data.xyz"][0].status == "rejected"
    assert by["missing.txt"][0].reason == "no such file or directory"
    feed = by[bad_inputs.UNREACHABLE_FEED][0]
    assert feed.status == "rejected" and "feed could not be read" in feed.reason
    statuses = [d.status for d in by["records.jsonl"]]
    assert statuses == ["pending", "rejected", "rejected", "rejected", "rejected", "pending"]
    assert by["records.jsonl"][5].meta.get("date_warning")  # unreadable date kept as a warning
    assert [d.status for d in by["rows.csv"]] == ["pending", "rejected", "rejected"]
    assert [d.status for d in by["bundle.zip"]] == ["pending", "rejected"]


def test_html_main_text_leaves_scripts_and_navigation_out(bad_corpus):
    folder, _ = bad_corpus
    (doc,) = read_inputs([str(folder / "page.html")])
    assert "شنت طائرات حربية" in doc.text and "وزير الخارجية الأردني" in doc.text
    for junk in ("alert", "ليس نصا", "إعلان", "color", "اتصل بنا"):
        assert junk not in doc.text
    (empty,) = read_inputs([str(folder / "scripts_only.html")])
    assert empty.text == "" and empty.status == "pending"  # the pipeline skips it as empty


def test_feed_entries_from_a_local_file(bad_corpus):
    folder, _ = bad_corpus
    docs = list(read_inputs([str(folder / "feed.xml")]))
    assert len(docs) == 2
    assert docs[0].text == ARTICLE.splitlines()[0] and "<p>" not in docs[0].text
    assert str(docs[0].date) == "2023-10-08" and docs[0].url == "http://example.org/1"
    assert docs[0].source == "موقع الاختبار" and docs[1].title == "خبر ثان"


def test_common_field_names_are_recognised(tmp_path):
    recs = [{"content": "نص أول", "published": "2020-02-03T10:00:00", "link": "http://x/1", "outlet": "أ"},
            {"body": "نص ثان", "date_extracted": "2015-07-21 12:00:00", "url": "http://x/2", "source": "ب",
             "headline": "عنوان"}]
    f = tmp_path / "r.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    a, b = read_inputs([str(f)])
    assert (a.text, str(a.date), a.url, a.source) == ("نص أول", "2020-02-03", "http://x/1", "أ")
    assert (b.text, str(b.date), b.url, b.source, b.title) == ("نص ثان", "2015-07-21", "http://x/2", "ب", "عنوان")


def test_csv_with_a_field_mapping(tmp_path):
    f = tmp_path / "news.csv"
    f.write_text('id,story,day,paper\nx1,"سطر أول\nسطر ثان",2021-05-06,ج\nx2,نص,2021-05-07,د\n', encoding="utf-8")
    docs = list(read_inputs([str(f)], fields={"text": "story", "date": "day", "source": "paper"}))
    assert [d.text for d in docs] == ["سطر أول\nسطر ثان", "نص"]
    assert [str(d.date) for d in docs] == ["2021-05-06", "2021-05-07"] and docs[0].source == "ج"
    assert docs[0].record_id == "x1"
    (unmapped,) = list(read_inputs([str(f)]))[:1]
    assert unmapped.status == "rejected" and "no text field" in unmapped.reason


def test_warc_response_records(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    html = ("<html><head><title>خبر</title></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in ARTICLE.splitlines()) + "</article></body></html>").encode()
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, body, ctype in (("http://example.org/a", html, "text/html; charset=utf-8"),
                                 ("http://example.org/logo.png", b"\x89PNG", "image/png")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))
    docs = list(read_inputs([str(path)]))
    assert len(docs) == 1 and docs[0].url == "http://example.org/a"
    assert "وزير الخارجية الأردني" in docs[0].text and docs[0].date is not None


def test_registry_and_directories(tmp_path):
    assert reader_for(Path("a.warc.gz")) is not None and reader_for(Path("a.tar.gz")) is None
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00")  # unknown suffix inside a directory: not an input
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    docs = list(read_inputs([str(tmp_path)]))
    assert [Path(d.origin).name for d in docs] == ["a.txt", "b.html"]


def test_a_device_is_rejected_as_no_regular_file():
    (doc,) = list(read_inputs(["/dev/null"]))
    assert doc.status == "rejected" and doc.reason.startswith("not a regular file")
