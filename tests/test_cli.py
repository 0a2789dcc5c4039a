"""The CLI: formats, bad inputs reported with an exit status while the other inputs are still coded."""

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = ("قصفت طائرات حربية إسرائيلية مواقع في قطاع غزة فجر اليوم الأحد، وقال الجيش الإسرائيلي إن الغارات "
           "استهدفت مخازن أسلحة تابعة لحركة حماس.\n"
           "وبحث وزير الخارجية المصري في اتصال هاتفي مع نظيره الأردني التطورات في المنطقة.\n")


def run(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "hadath.cli", *args], input=stdin, capture_output=True, text=True,
                          timeout=300)


def test_code_jsonl_has_the_documented_fields(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    r = run("code", str(f), "--date", "2023-10-08")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert events
    for key in ("id", "doc_id", "date", "date_text", "event", "mode", "context", "cameo", "quad_code", "intensity",
                "goldstein", "actor", "recipient", "event_text", "event_loc", "text_info", "mentions", "confidence"):
        assert key in events[0]
    assert {"ASSAULT", "CONSULT"} <= {e["event"] for e in events}
    assault = next(e for e in events if e["event"] == "ASSAULT")
    assert assault["date"] == "2023-10-08"
    assert assault["actor"][0]["code"] == "ISR"
    ti = assault["text_info"]
    assert ARTICLE[ti["start"]:ti["end"]] == assault["event_text"]


def test_bad_inputs_are_reported_and_the_rest_is_coded(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    english = tmp_path / "english.txt"
    english.write_text("The minister met his counterpart in Paris on Sunday to discuss the crisis.", encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_bytes("قصفت الطائرات".encode() + b"\xff\xfe\xfa" + "المدينة".encode())
    r = run("code", str(empty), str(english), str(broken), str(good), "--date", "2023-10-08", "--format", "tsv")
    assert r.returncode == 1
    assert "empty.txt: skipped: empty" in r.stderr
    assert "english.txt: skipped: not Arabic" in r.stderr
    assert "broken.txt: rejected: not valid UTF-8" in r.stderr
    rows = r.stdout.splitlines()
    assert rows[0].startswith("id\tdoc_id\tdate")
    assert len(rows) > 1


def test_jsonl_records_keep_their_own_date_and_stdin_works():
    rec = {"id": "r1", "text": ARTICLE, "date": "2020-01-05"}
    r = run("code", "-", "--date", "2023-10-08", stdin=json.dumps(rec, ensure_ascii=False) + "\n{broken\n")
    assert r.returncode == 1 and "malformed JSON line" in r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert events and all(e["date"] == "2020-01-05" for e in events if e["date_text"] in (None, "اليوم الأحد"))


def test_table_format_is_readable(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    r = run("code", str(f), "--date", "2023-10-08", "--format", "table")
    assert r.returncode == 0 and "ASSAULT" in r.stdout and "ISR" in r.stdout


def test_bad_date_is_a_usage_error():
    r = run("code", "-", "--date", "22/05/2016", stdin="نص")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr
