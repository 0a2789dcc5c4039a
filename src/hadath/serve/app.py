"""The explorer: a FastAPI app serving the event store as a JSON API (with an OpenAPI spec) and offline pages.

Why this shape: analysts run it on their own machine against their own store, often with no internet, so it binds
to loopback, opens the database read-only, ships its own JavaScript and map outlines, and treats every stored text
as untrusted (templates autoescape, scripts only set ``textContent``, and a strict Content-Security-Policy forbids
inline script even if something slipped through). The Host header is checked so a web page elsewhere cannot reach
the API through DNS rebinding.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from hadath.serve import queries as Q

HERE = Path(__file__).parent
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
CODE = r"^[A-Za-z0-9_\-]{0,16}$"  # actor / country / sector codes
TEXT_MAX = 200
DATE = r"^(\d{4}-\d{2}-\d{2})?$"  # empty allowed: a blank form field means no bound

Limit = Annotated[int, Query(ge=1, le=Q.MAX_LIMIT, description=f"page size (at most {Q.MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=Q.MAX_OFFSET)]
Interval = Annotated[str, Query(pattern="^(" + "|".join(Q.INTERVALS) + ")$")]


def event_filter(
    date_from: Annotated[str | None, Query(pattern=DATE, description="first event date, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="last event date, YYYY-MM-DD")] = None,
    actor: Annotated[str | None, Query(pattern=CODE, description="actor code, e.g. SYR, UNO")] = None,
    actor_sector: Annotated[str | None, Query(pattern=CODE, description="actor sector, e.g. GOV, MIL, REB")] = None,
    actor_name: Annotated[str | None, Query(max_length=TEXT_MAX, description="words of the actor's name")] = None,
    recipient: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient_sector: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient_name: Annotated[str | None, Query(max_length=TEXT_MAX)] = None,
    event: Annotated[list[str] | None, Query(description="PLOVER event type(s)", max_length=30)] = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{0,4}$", description="CAMEO code prefix")] = None,
    quad: Annotated[list[str] | None, Query(description="quad class(es) 1-4", max_length=4)] = None,
    place: Annotated[str | None, Query(max_length=TEXT_MAX, description="place name, Arabic or English")] = None,
    country: Annotated[str | None, Query(pattern=CODE, description="country code of the event location")] = None,
    q: Annotated[str | None, Query(max_length=TEXT_MAX, description="text search in sentence and title")] = None,
    doc_id: Annotated[str | None, Query(max_length=64)] = None,
    story: Annotated[str | None, Query(max_length=64)] = None,
    all: Annotated[bool, Query(description="include negated, hypothetical and future events")] = False,
) -> Q.EventFilter:
    """Shared by every endpoint that narrows events; blank form fields count as absent."""
    def s(v: str | None) -> str | None:
        return v.strip() or None if v else None

    quads = [x.strip() for x in (quad or []) if x.strip()]
    if any(x not in ("1", "2", "3", "4") for x in quads):
        raise HTTPException(422, "quad must be between 1 and 4")

    def d(v: str | None) -> date | None:
        try:
            return date.fromisoformat(v) if v else None
        except ValueError:
            raise HTTPException(422, f"not a date: {v}") from None
    return Q.EventFilter(date_from=d(date_from), date_to=d(date_to), actor=s(actor), actor_sector=s(actor_sector),
                         actor_name=s(actor_name), recipient=s(recipient), recipient_sector=s(recipient_sector),
                         recipient_name=s(recipient_name), event=[e for e in (event or []) if e.strip()][:30],
                         cameo=s(cameo), quad=[int(x) for x in quads], place=s(place), country=s(country), q=s(q), doc_id=s(doc_id),
                         story=s(story), include_nonfactual=all)


Filter = Annotated[Q.EventFilter, Depends(event_filter)]


def cursor(request: Request) -> Iterator[Any]:
    """One cursor per request: a DuckDB connection is not shared across threads, its cursors are cheap."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


Cur = Annotated[Any, Depends(cursor)]


def create_app(db_path: str, allowed_hosts: list[str] | None = None) -> FastAPI:
    """Build the app over one store file, opened read-only for the app's lifetime."""
    con = Q.open_db(db_path)
    app = FastAPI(title="hadath explorer", version="0.1.0",
                  description="Read-only API over a hadath event store: events, aggregates, stories, documents.",
                  docs_url=None, redoc_url=None)  # Swagger/ReDoc pages load from a CDN; the spec itself is local
    app.state.con = con
    app.state.db_path = str(db_path)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        resp = await call_next(request)
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["X-Frame-Options"] = "DENY"
        return resp

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.globals["QUADS"] = Q.QUADS

    def page(name: str, request: Request, **ctx: Any) -> HTMLResponse:
        qs = [(k, v) for k, v in request.query_params.multi_items() if v != ""]
        ctx.setdefault("title", name)
        html = env.get_template(name + ".html").render(page=name, request_qs=urlencode(qs), args=request.query_params,
                                                      **ctx)
        return HTMLResponse(html)

    # ------------------------------------------------------------------------------------------ API
    @app.get("/api/health", tags=["meta"])
    def health(cur: Cur) -> dict[str, Any]:
        """Liveness plus what is in the store."""
        return {"status": "ok", "read_only": True, **Q.summary(cur),
                "stories_table": Q.has_table(cur, "stories")}

    @app.get("/api/facets", tags=["meta"])
    def facets(cur: Cur) -> dict[str, Any]:
        """Values the filters can take (event types, quad classes, codes, sectors, date range)."""
        return Q.facets(cur)

    @app.get("/api/events", tags=["events"])
    def events(cur: Cur, f: Filter, limit: Limit = 50, offset: Offset = 0,
               order: Annotated[str, Query(pattern="^(" + "|".join(Q.ORDERS) + ")$")] = "date_desc") -> dict:
        """Events matching the filters, newest first, one page at a time (``total`` counts all matches)."""
        return Q.events(cur, f, limit, offset, order)

    @app.get("/api/events/{event_id}", tags=["events"])
    def one_event(cur: Cur, event_id: str) -> dict:
        ev = Q.event(cur, event_id)
        if ev is None:
            raise HTTPException(404, "no such event")
        return ev

    @app.get("/api/timeseries", tags=["aggregates"])
    def timeseries(cur: Cur, f: Filter, interval: Interval = "month",
                   by: Annotated[str, Query(pattern="^(" + "|".join(Q.GROUPS) + ")$")] = "quad") -> dict:
        """Event counts (and summed Goldstein) per period, one series per quad class, type or CAMEO root."""
        return Q.timeseries(cur, f, interval, by)

    @app.get("/api/dyads", tags=["aggregates"])
    def dyads(cur: Cur, f: Filter, limit: Annotated[int, Query(ge=1, le=Q.MAX_LIMIT)] = 20) -> list[dict]:
        """Most frequent actor -> recipient pairs with counts per quad class."""
        return Q.dyads(cur, f, limit)

    @app.get("/api/dyad-monitor", tags=["aggregates"])
    def dyad_monitor(cur: Cur, f: Filter,
                     a: Annotated[str | None, Query(pattern=CODE, description="first actor code")] = None,
                     a_sector: Annotated[str | None, Query(pattern=CODE)] = None,
                     b: Annotated[str | None, Query(pattern=CODE, description="second actor code")] = None,
                     b_sector: Annotated[str | None, Query(pattern=CODE)] = None,
                     interval: Interval = "month",
                     directed: Annotated[bool, Query(description="only A acting on B")] = False) -> dict:
        """Cooperation against conflict between two actors over time (both directions unless ``directed``)."""
        if not (a or a_sector) or not (b or b_sector):
            raise HTTPException(422, "give both actors: a and/or a_sector, b and/or b_sector")
        return Q.dyad_monitor(cur, a, a_sector, b, b_sector, interval, directed, f)

    @app.get("/api/places", tags=["aggregates"])
    def places(cur: Cur, f: Filter, limit: Annotated[int, Query(ge=1, le=Q.MAX_LIMIT)] = 500) -> list[dict]:
        """Event locations with coordinates, aggregated per point (for the map)."""
        return Q.places(cur, f, limit)

    @app.get("/api/actors", tags=["meta"])
    def actors(cur: Cur, limit: Annotated[int, Query(ge=1, le=Q.MAX_LIMIT)] = 200) -> list[dict]:
        """Actors in the store (code, and code + sector), most active first."""
        return Q.actors(cur, limit)

    @app.get("/api/stories", tags=["stories"])
    def stories(cur: Cur, limit: Limit = 50, offset: Offset = 0) -> dict:
        """Story clusters, when the store has a ``stories`` table; otherwise an empty list with a note."""
        return Q.stories(cur, limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def document(cur: Cur, doc_id: str) -> dict:
        """One article: text, sentences, events, and the character spans of every actor, event word and target."""
        doc = Q.document(cur, doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return doc

    # ------------------------------------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, cur: Cur):
        return page("home", request, title="Overview", summary=Q.summary(cur), facets=Q.facets(cur),
                    dyads=Q.dyads(cur, Q.EventFilter(), 5))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, cur: Cur, f: Filter):
        return page("timeline", request, title="Timeline", facets=Q.facets(cur))

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    def dyads_page(request: Request, cur: Cur, f: Filter,
                   limit: Annotated[int, Query(ge=1, le=100)] = 25):
        rows = Q.dyads(cur, f, limit)
        top = max((r["count"] for r in rows), default=1)
        return page("dyads", request, title="Top dyads", facets=Q.facets(cur), rows=rows, top=top)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, cur: Cur, f: Filter):
        return page("map", request, title="Map", facets=Q.facets(cur))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, cur: Cur, f: Filter, limit: Annotated[int, Query(ge=1, le=200)] = 50,
                    offset: Offset = 0):
        res = Q.events(cur, f, limit, offset)
        base = [(k, v) for k, v in request.query_params.multi_items() if k != "offset" and v != ""]
        prev_qs = urlencode(base + [("offset", max(0, offset - limit))]) if offset > 0 else None
        next_qs = urlencode(base + [("offset", offset + limit)]) if offset + limit < res["total"] else None
        return page("events", request, title="Events", facets=Q.facets(cur), res=res, prev_qs=prev_qs,
                    next_qs=next_qs)

    @app.get("/article/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, cur: Cur, doc_id: str,
                     event: Annotated[str | None, Query(max_length=80)] = None):
        doc = Q.document(cur, doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        focus = event if event and any(e["id"] == event for e in doc["events"]) else None
        return page("article", request, title=doc["title"] or doc["id"], doc=doc, focus=focus,
                    pieces=Q.segments(doc, focus))

    @app.get("/monitor", response_class=HTMLResponse, include_in_schema=False)
    def monitor_page(request: Request, cur: Cur,
                     a: Annotated[str | None, Query(pattern=CODE)] = None,
                     a_sector: Annotated[str | None, Query(pattern=CODE)] = None,
                     b: Annotated[str | None, Query(pattern=CODE)] = None,
                     b_sector: Annotated[str | None, Query(pattern=CODE)] = None,
                     interval: Interval = "month", directed: bool = False):
        sel = {"a": a or "", "a_sector": a_sector or "", "b": b or "", "b_sector": b_sector or "",
               "interval": interval, "directed": directed}
        if not any((a, a_sector, b, b_sector)):
            # Nothing picked yet: start on the most active pair of named actors.
            for d in Q.dyads(cur, Q.EventFilter(), 50):
                if d["source"]["code"] and d["target"]["code"] and d["source"]["code"] != d["target"]["code"]:
                    sel.update(a=d["source"]["code"], b=d["target"]["code"])
                    break
        facets = Q.facets(cur)
        return page("monitor", request, title="Dyad monitor", actors=Q.actors(cur, Q.MAX_LIMIT), sel=sel,
                    sectors=[s["value"] for s in facets["sectors"]])

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request, cur: Cur, offset: Offset = 0):
        return page("stories", request, title="Stories", res=Q.stories(cur, 50, offset))

    return app
