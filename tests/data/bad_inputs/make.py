"""Writes the bad-input corpus (and a small synthetic Arabic corpus) into a folder at test time.

Generated rather than committed: a 50 MB article does not belong in git. All texts are written for these tests.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

ARTICLE = ("شنت طائرات حربية إسرائيلية غارات على مواقع في قطاع غزة فجر اليوم الأحد، وقال الجيش الإسرائيلي إن "
           "الغارات استهدفت مستودعات تابعة لحركة حماس.\n"
           "واستقبل الرئيس المصري في القاهرة وزير الخارجية الأردني وبحثا تطورات الأوضاع في المنطقة.\n")

UNREACHABLE_FEED = "http://127.0.0.1:9/feed.xml"

_ACTORS = ["الرئيس المصري", "الملك الأردني", "وزير الخارجية السعودي", "رئيس الوزراء العراقي", "أمير قطر",
           "الرئيس التونسي", "وزير الخارجية الإماراتي", "الرئيس اللبناني"]
_PEERS = ["نظيره الفرنسي", "وزير الخارجية الأمريكي", "المبعوث الأممي", "رئيس الوزراء التركي", "نظيره الروسي",
          "الرئيس الإيراني"]
_CITIES = ["القاهرة", "عمان", "الرياض", "بغداد", "الدوحة", "تونس", "أبوظبي", "بيروت"]
_EXTRA = ["وأكد الجانبان أهمية تعزيز التعاون الثنائي في مجالات الطاقة والاستثمار.",
          "ودعا الطرفان إلى وقف التصعيد وحماية المدنيين.",
          "وتظاهر مئات المواطنين في وسط المدينة احتجاجا على ارتفاع الأسعار.",
          "وأعلنت الشرطة اعتقال عشرة أشخاص بتهمة التخطيط لأعمال عنف."]


def articles(n: int) -> list[dict]:
    """n distinct short news records (own wording), with dates and sources, as JSON-like dicts."""
    out = []
    for i in range(n):
        a, p, c = _ACTORS[i % len(_ACTORS)], _PEERS[(i // 3) % len(_PEERS)], _CITIES[(i * 5) % len(_CITIES)]
        text = (f"التقى {a} في {c} يوم الاثنين {p} وبحث معه العلاقات الثنائية والأوضاع الإقليمية. "
                f"{_EXTRA[i % len(_EXTRA)]}\n"
                f"وقال مصدر رسمي إن اللقاء رقم {i + 1} تناول ملفات عدة. {_EXTRA[(i + 1) % len(_EXTRA)]}\n")
        out.append({"id": f"a{i}", "text": text, "date": f"2023-03-{1 + i % 28:02d}",
                    "source": ["وكالة أ", "صحيفة ب", "قناة ج"][i % 3], "title": f"لقاء {i + 1}"})
    return out


def write_articles(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in articles(n)), encoding="utf-8")
    return path


def make(folder: Path, huge_mb: int = 50) -> list[str]:
    """Write the bad-input corpus into `folder`; returns the inputs to pass to a reader or `hadath ingest`."""
    folder.mkdir(parents=True, exist_ok=True)
    f = folder
    (f / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (f / "invalid_utf8.txt").write_bytes("قصفت الطائرات".encode() + b"\xff\xfe\xfa" + " المدينة".encode())
    (f / "utf16_bom.txt").write_bytes(ARTICLE.encode("utf-16"))  # Python writes the BOM
    (f / "empty.txt").write_bytes(b"")
    (f / "english.txt").write_text("The minister met his counterpart in Paris to discuss the crisis.", "utf-8")
    unit = ("وقال المتحدث إن الوزير التقى السفير في العاصمة وبحث معه العلاقات بين البلدين في مختلف المجالات. " * 8
            + "\n")
    reps = huge_mb * 1024 * 1024 // len(unit.encode()) + 1
    with open(f / "huge_article.txt", "w", encoding="utf-8") as fh:
        fh.writelines(unit for _ in range(reps))
    good = json.dumps({"id": "j1", "text": ARTICLE, "date": "2023-10-08", "source": "صحيفة الاختبار"},
                      ensure_ascii=False)
    (f / "records.jsonl").write_text("\n".join([
        good, "{broken json", "[1, 2, 3]", json.dumps({"id": "j4", "headline": "بلا نص"}), '{"text": 5}',
        json.dumps({"body": ARTICLE.replace("الأحد", "السبت"), "published": "not a date"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    (f / "rows.csv").write_text(
        "id,headline,body,day\n"
        f'c1,عنوان,"{ARTICLE.replace("غزة", "خان يونس")}",2023-10-09\n'
        "c2,عنوان ناقص الحقول\n"
        'c3,"عنوان,مع فاصلة","نص قصير جدا",2023-10-10,زائد\n', encoding="utf-8")
    (f / "page.html").write_text(
        "<!doctype html><html><head><title>خبر</title><script>var x = '<p>ليس نصا</p>'; alert(1);</script>"
        "<style>p{color:red}</style></head><body><nav>الرئيسية | الأخبار | اتصل بنا</nav><article><h1>غارات</h1>"
        + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines())
        + "<script>document.write('إعلان')</script></article><footer>جميع الحقوق محفوظة</footer></body></html>",
        encoding="utf-8")
    (f / "scripts_only.html").write_text("<html><body><script>while(true){}</script></body></html>", "utf-8")
    (f / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع الاختبار</title>'
        "<item><title>خبر أول</title><link>http://example.org/1</link>"
        "<pubDate>Sun, 08 Oct 2023 09:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{ARTICLE.splitlines()[0]}</p>]]></description></item>"
        "<item><title>خبر ثان</title><link>http://example.org/2</link>"
        f"<description>{ARTICLE.splitlines()[1]}</description></item></channel></rss>", encoding="utf-8")
    (f / "broken_feed.rss").write_text("<rss><channel><item>", encoding="utf-8")
    (f / "not_a_zip.zip").write_bytes(b"PK\x03\x04 truncated")
    (f / "broken.json").write_text('[{"text": "نص"', encoding="utf-8")
    (f / "broken.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    with zipfile.ZipFile(f / "bundle.zip", "w") as z:
        z.writestr("day.json", json.dumps([{"content": ARTICLE, "date_extracted": "2023-10-08 10:00:00",
                                            "source": "okaz"}, "not an object"], ensure_ascii=False))
    (f / "data.xyz").write_bytes(b"\x00\x01\x02 unknown binary")
    return sorted(str(p) for p in f.iterdir()) + [str(f / "missing.txt"), UNREACHABLE_FEED]
