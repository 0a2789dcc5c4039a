"""API and page tests for the explorer (hadath serve), against a store built from the bundled samples plus one
hostile article whose title and text carry HTML and script."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient

from hadath.serve import queries as Q
from hadath.serve.app import create_app

from conftest import build_store  # noqa: E402  (shared with the e2e test)


@pytest.fixture(scope="session")
def store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory)


@pytest.fixture(scope="session")
def client(store):
    app = create_app(str(store))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c
    app.state.con.close()


@pytest.fixture(scope="session")
def hostile_doc(client) -> str:
    items = client.get("/api/events", params={"q": "استقبل الرئيس المصري", "all": "true"}).json()["items"]
    assert items, "the hostile article produced no event"
    return items[0]["doc_id"]


def all_events(client, **params) -> list[dict]:
    out, offset = [], 0
    while True:
        page = client.get("/api/events", params={**params, "limit": 7, "offset": offset}).json()
        out += page["items"]
        offset += 7
        if offset >= page["total"]:
            return out


# ---------------------------------------------------------------------------------------------- meta
def test_health_and_openapi(client):
    h = client.get("/api/health").json()
    assert h["status"] == "ok" and h["read_only"] is True
    assert h["documents"] == 21 and h["events"] >= h["factual_events"] > 20
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/timeseries", "/api/dyads", "/api/dyad-monitor", "/api/stories",
                 "/api/documents/{doc_id}", "/api/health", "/api/places", "/api/actors"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "date_to", "actor", "actor_sector", "actor_name", "recipient", "recipient_sector",
            "recipient_name", "event", "quad", "place", "q", "limit", "offset"} <= params


def test_docs_pages_that_need_a_cdn_are_off(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


# ---------------------------------------------------------------------------------------------- events
def test_pagination_is_complete_disjoint_and_bounded(client):
    first = client.get("/api/events", params={"limit": 5}).json()
    assert len(first["items"]) == 5 and first["limit"] == 5 and first["offset"] == 0
    ids = [e["id"] for e in all_events(client)]
    assert len(ids) == len(set(ids)) == first["total"]
    assert client.get("/api/events", params={"limit": Q.MAX_LIMIT + 1}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422
    assert Q.clamp(10**9, 10**12) == (Q.MAX_LIMIT, Q.MAX_OFFSET)


def test_events_carry_spans_and_default_to_factual(client):
    facts = all_events(client)
    assert all(e["factual"] for e in facts)
    everything = client.get("/api/events", params={"all": "true", "limit": 1}).json()["total"]
    assert everything > len(facts)
    e = facts[0]
    assert {"text_info", "trigger", "actor", "recipient", "cameo", "quad_code", "goldstein"} <= set(e)


def test_filters(client):
    facets = client.get("/api/facets").json()
    code = facets["actor_codes"][0]["value"]
    for e in all_events(client, actor=code):
        assert code in {a["code"] for a in e["actor"]}
    for e in all_events(client, recipient=code):
        assert code in {a["code"] for a in e["recipient"]}
    sec = all_events(client, actor_sector="GOV")
    assert sec and all("GOV" in {a["sector"] for a in e["actor"]} for e in sec)
    q4 = all_events(client, quad=4)
    assert q4 and all(e["quad_code"] == 4 for e in q4)
    q12 = all_events(client, quad=[1, 2])
    assert q12 and {e["quad_code"] for e in q12} <= {1, 2}
    assault = all_events(client, event="ASSAULT")
    assert assault and all(e["event"] == "ASSAULT" for e in assault)
    dated = all_events(client, date_from="2019-01-01", date_to="2019-12-31")
    assert dated and all("2019-01-01" <= e["date"] <= "2019-12-31" for e in dated)
    by_place = all_events(client, place="بغداد")
    assert by_place and all(e["event_loc"]["resolved_place"] == "Baghdad" for e in by_place)
    assert len(all_events(client, place="baghdad")) == len(by_place)
    iraq = all_events(client, country="irq")
    assert iraq and all(e["event_loc"]["country_code"] == "IRQ" for e in iraq)
    # blank form fields are no filter at all
    blank = client.get("/api/events", params={"date_from": "", "quad": "", "event": "", "actor": ""}).json()
    assert blank["total"] == len(all_events(client))
    assert client.get("/api/events", params={"quad": 7}).status_code == 422
    assert client.get("/api/events", params={"date_from": "yesterday"}).status_code == 422


def test_actor_name_and_text_search_use_the_normaliser(client):
    # The sample texts write هيئة/الأمم with their hamza; searching without it (and with ة as ه) must still match.
    hits = all_events(client, q="الامم المتحده")
    assert hits and all("الأمم المتحدة" in e["event_text"] or "الأمم المتحدة" in (e["doc_title"] or "") for e in hits)
    named = all_events(client, actor_name="الامم المتحده")
    assert named and all(any("الأمم" in a["entity_text"] or (a["name"] or "") == "United Nations" for a in e["actor"])
                         for e in named)
    english = all_events(client, actor_name="united nations")
    assert {e["id"] for e in english} >= {e["id"] for e in named if any(a["name"] for a in e["actor"])}


def test_hostile_search_is_a_value_not_sql(client):
    before = client.get("/api/health").json()["events"]
    r = client.get("/api/events", params={"q": "'; DROP TABLE events; --", "actor_name": "x') OR 1=1 --"})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/events", params={"actor": "SYR' OR '1'='1"}).status_code == 422
    assert client.get("/api/health").json()["events"] == before


def test_database_is_opened_read_only(client):
    import duckdb

    con = client.app.state.con
    with pytest.raises(duckdb.Error, match="read-only"):
        con.execute("CREATE TABLE scratch (a INTEGER)")
    with pytest.raises(duckdb.Error, match="read-only"):
        con.execute("DELETE FROM events")


def test_one_event(client):
    e = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    assert client.get(f"/api/events/{e['id']}").json()["id"] == e["id"]
    assert client.get("/api/events/nope").status_code == 404


# ---------------------------------------------------------------------------------------------- aggregates
def test_timeseries_counts_add_up(client):
    for by in ("quad", "event", "root"):
        ts = client.get("/api/timeseries", params={"interval": "year", "by": by}).json()
        n = sum(p["count"] for s in ts["series"] for p in s["points"])
        dated = [e for e in all_events(client) if e["date"]]
        assert n == len(dated)
        assert ts["periods"] == sorted(ts["periods"])
    ts = client.get("/api/timeseries", params={"by": "quad", "quad": 4}).json()
    assert [s["key"] for s in ts["series"]] == ["4"] and ts["series"][0]["label"] == "material conflict"
    assert client.get("/api/timeseries", params={"interval": "century"}).status_code == 422


def test_dyads_match_event_filters(client):
    rows = client.get("/api/dyads", params={"limit": 10}).json()
    assert rows and rows == sorted(rows, key=lambda r: -r["count"])
    top = rows[0]
    assert sum(top["by_quad"].values()) == top["count"]
    src, tgt = top["source"], top["target"]
    params = {k: v for k, v in (("actor", src["code"]), ("actor_sector", src["sector"]),
                                ("recipient", tgt["code"]), ("recipient_sector", tgt["sector"])) if v}
    assert len(all_events(client, **params)) >= top["count"]


def test_dyad_monitor(client):
    rows = client.get("/api/dyads", params={"limit": 100}).json()
    pair = next(r for r in rows if r["source"]["code"] and r["target"]["code"]
                and r["source"]["code"] != r["target"]["code"])
    a, b = pair["source"]["code"], pair["target"]["code"]
    m = client.get("/api/dyad-monitor", params={"a": a, "b": b}).json()
    swapped = client.get("/api/dyad-monitor", params={"a": b, "b": a}).json()
    assert m["totals"]["events"] >= 1 and m["totals"] == swapped["totals"]
    assert m["totals"]["cooperation"] + m["totals"]["conflict"] == m["totals"]["events"]
    directed = client.get("/api/dyad-monitor", params={"a": a, "b": b, "directed": "true"}).json()
    assert 1 <= directed["totals"]["events"] <= m["totals"]["events"]
    for p in m["points"]:
        assert p["cooperation"] == p["by_quad"]["1"] + p["by_quad"]["2"]
    assert client.get("/api/dyad-monitor", params={"a": a}).status_code == 422
    none = client.get("/api/dyad-monitor", params={"a": "ZZZ", "b": "YYY"}).json()
    assert none["points"] == [] and none["totals"]["events"] == 0


def test_places_and_actors(client):
    places = client.get("/api/places").json()
    assert places and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)
    assert any(p["name"] == "Baghdad" for p in places)
    actors = client.get("/api/actors", params={"limit": 20}).json()
    assert actors and actors == sorted(actors, key=lambda a: -a["events"])


def test_stories_empty_or_listed(client):
    s = client.get("/api/stories").json()
    assert isinstance(s["items"], list) and s["limit"] == 50
    if "note" in s:
        assert s["items"] == []
    assert client.get("/api/stories", params={"limit": 10_000}).status_code == 422


def test_stories_without_table_give_a_note(tmp_path):
    import duckdb

    bare = tmp_path / "bare.duckdb"
    duckdb.connect(str(bare)).execute("CREATE TABLE documents (id VARCHAR)").close()
    con = Q.open_db(str(bare))
    try:
        s = Q.stories(con)
    finally:
        con.close()
    assert s["items"] == [] and "no stories" in s["note"]


# ---------------------------------------------------------------------------------------------- documents
def test_document_spans_point_at_their_text(client):
    ev = next(e for e in all_events(client) if e["actor"] and e["recipient"])
    doc = client.get(f"/api/documents/{ev['doc_id']}").json()
    text = doc["text"]
    assert doc["sentences"] and all(s["text"] == text[s["start"]:s["end"]] for s in doc["sentences"])
    roles = {(s["event_id"], s["role"]) for s in doc["spans"]}
    for e in doc["events"]:
        assert (e["id"], "event") in roles
        words = " ".join(s["text"] for s in doc["spans"] if s["event_id"] == e["id"] and s["role"] == "event")
        assert words == e["trigger"]["text"].replace(" ... ", " ")
    assert (ev["id"], "actor") in roles and (ev["id"], "target") in roles
    for s in doc["spans"]:
        assert s["text"] == text[s["start"]:s["end"]] and s["text"].strip()
    assert client.get("/api/documents/nope").status_code == 404


def test_split_trigger_is_marked_word_by_word():
    text = "ورفضت الوزارة هذه الاتهامات أمس."
    t = {"text": "ورفضت ... الاتهامات", "start": 0, "end": 27}
    assert [text[a:b] for a, b in Q._trigger_parts(text, t)] == ["ورفضت", "الاتهامات"]
    assert Q._trigger_parts(text, {"text": "ورفضت", "start": 0, "end": 5}) == [(0, 5)]


def test_segments_rebuild_the_text(client):
    con = client.app.state.con.cursor()
    for (doc_id,) in con.execute("SELECT id FROM documents").fetchall():
        doc = Q.document(con, doc_id)
        pieces = Q.segments(doc)
        assert "".join(p["text"] for piece in pieces for p in piece["parts"]) == doc["text"]
        for piece in pieces:
            for p in piece["parts"]:
                assert set(p["roles"]) <= {"actor", "event", "target"}
        if doc["events"]:
            focus = doc["events"][0]["id"]
            marked = [p for piece in Q.segments(doc, focus) for p in piece["parts"] if p["events"]]
            assert marked and all(p["events"] == [focus] for p in marked)
    con.close()


# ---------------------------------------------------------------------------------------------- pages
PAGES = {"/": "Overview", "/timeline": 'id="timeline"', "/dyads": 'id="dyads"', "/map": 'id="map"',
         "/events": 'id="events"', "/monitor": 'id="monitor"', "/stories": 'id="stories"'}


@pytest.mark.parametrize("path", list(PAGES))
def test_pages_render(client, path):
    r = client.get(path)
    assert r.status_code == 200 and PAGES[path] in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "<script>" not in r.text and "https://" not in r.text  # no inline script, nothing from elsewhere


def test_event_table_filters_and_pages(client):
    r = client.get("/events", params={"quad": "4", "limit": 3, "date_from": "", "event": ""})
    assert r.status_code == 200 and 'class="quad q4"' in r.text and 'class="quad q3"' not in r.text
    assert 'id="next"' in r.text and "offset=3" in r.text


def test_article_view_is_rtl_and_highlighted(client):
    ev = next(e for e in all_events(client) if e["actor"] and e["recipient"])
    html = client.get(f"/article/{ev['doc_id']}").text
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    for cls in ("actor", "event", "target"):
        assert f'<mark class="{cls}' in html or f' {cls}"' in html
    one = client.get(f"/article/{ev['doc_id']}", params={"event": ev["id"]}).text
    assert f'data-events="{ev["id"]}"' in one and 'class="focus"' in one
    assert client.get("/article/nope").status_code == 404


def test_hostile_article_is_shown_as_text(client, hostile_doc):
    doc = client.get(f"/api/documents/{hostile_doc}").json()
    assert doc["text"].startswith("<script>")  # stored as given...
    for path in (f"/article/{hostile_doc}", "/events?q=" + "استقبل", "/events?all=true&limit=200"):
        html = client.get(path).text
        assert "&lt;script&gt;alert(" in html  # ...and shown escaped
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>زيارة" not in html


def test_host_header_is_checked(store):
    app = create_app(str(store))
    try:
        with TestClient(app, base_url="http://evil.example") as c:
            assert c.get("/api/health").status_code == 400
    finally:
        app.state.con.close()


def test_missing_store_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        create_app(str(tmp_path / "absent.duckdb"))


# ---------------------------------------------------------------------------------------------- cli, geometry
def test_cli_parser_defaults_to_loopback():
    import argparse

    from hadath.serve.cli import add_parser, cmd_serve

    p = argparse.ArgumentParser()
    add_parser(p.add_subparsers(dest="command"))
    args = p.parse_args(["serve"])
    assert (args.host, args.port, args.db, args.func) == ("127.0.0.1", 8000, "hadath.duckdb", cmd_serve)
    args = p.parse_args(["serve", "--db", "x.duckdb", "--port", "9001"])
    assert (args.db, args.port) == ("x.duckdb", 9001)


def test_offline_world_outlines(client):
    world = client.get("/static/world.json").json()
    isos = {c["iso"] for c in world["countries"]}
    assert len(isos) > 150 and {"IRQ", "SYR", "EGY", "SAU", "YEM", "MAR"} <= isos
    assert all(c["d"].startswith("M") and c["d"].endswith("Z") for c in world["countries"])
    assert "public domain" in world["licence"]
