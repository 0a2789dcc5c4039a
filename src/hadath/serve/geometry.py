"""Build-time converter: Natural Earth country polygons -> the small outline file the map page draws.

Why: the dashboard must work offline, so the map ships its own coarse outlines (``static/world.json``) instead of
fetching tiles. The source is Natural Earth 1:110m admin-0 countries (public domain), as bundled in the geopandas
0.14 wheel on PyPI (``geopandas/datasets/naturalearth_lowres``). Reading a polygon shapefile is simple enough that
we parse it here rather than adding a dependency. Run once when the outlines need regenerating (see docs/serve.md)::

    python -m hadath.serve.geometry path/to/naturalearth_lowres.shp src/hadath/serve/static/world.json

Output: ``{"source": ..., "licence": ..., "projection": "equirectangular", "countries": [{"iso": "IRQ",
"name": "Iraq", "d": "M..."}]}`` where ``d`` is an SVG path in a 360x180 plane (x = lon + 180, y = 90 - lat),
rounded to 0.1 degree.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path


def read_dbf(path: Path) -> list[dict[str, str]]:
    """Records of a dBASE III file as strings (enough for names and ISO codes)."""
    raw = path.read_bytes()
    n_rec, header_len, rec_len = struct.unpack("<IHH", raw[4:12])
    fields = []
    pos = 32
    while raw[pos] != 0x0D:
        name = raw[pos:pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, raw[pos + 16]))
        pos += 32
    out = []
    for i in range(n_rec):
        rec = raw[header_len + i * rec_len: header_len + (i + 1) * rec_len]
        off, row = 1, {}
        for name, size in fields:
            row[name] = rec[off:off + size].decode("utf-8", "replace").strip()
            off += size
        out.append(row)
    return out


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings as lists of (lon, lat); handles Polygon (5) and null shapes."""
    raw = path.read_bytes()
    pos, shapes = 100, []
    while pos < len(raw):
        _, length = struct.unpack(">ii", raw[pos:pos + 8])
        body = raw[pos + 8: pos + 8 + 2 * length]
        pos += 8 + 2 * length
        (stype,) = struct.unpack("<i", body[:4])
        if stype != 5:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts]))
        pts_at = 44 + 4 * n_parts
        pts = [struct.unpack("<2d", body[pts_at + 16 * k: pts_at + 16 * k + 16]) for k in range(n_points)]
        bounds = parts + [n_points]
        shapes.append([pts[bounds[j]:bounds[j + 1]] for j in range(n_parts)])
    return shapes


def ring_path(ring: list[tuple[float, float]]) -> str:
    """One ring as an SVG subpath, dropping points that round onto their predecessor."""
    out: list[tuple[float, float]] = []
    for lon, lat in ring:
        p = (round(lon + 180, 1), round(90 - lat, 1))
        if not out or p != out[-1]:
            out.append(p)
    if len(out) < 3:
        return ""
    return "M" + "L".join(f"{_num(x)} {_num(y)}" for x, y in out) + "Z"


def _num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def convert(shp: Path) -> dict:
    rows = read_dbf(shp.with_suffix(".dbf"))
    shapes = read_polygons(shp)
    countries = []
    for row, rings in zip(rows, shapes):
        d = "".join(ring_path(r) for r in rings)
        if d:
            countries.append({"iso": row.get("iso_a3", ""), "name": row.get("name", ""), "d": d})
    return {
        "source": "Natural Earth 1:110m admin-0 countries, via the geopandas 0.14.4 wheel (naturalearth_lowres)",
        "licence": "public domain (Natural Earth terms of use)",
        "projection": "equirectangular; x = lon + 180, y = 90 - lat",
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m hadath.serve.geometry IN.shp OUT.json", file=sys.stderr)
        return 2
    data = convert(Path(args[0]))
    Path(args[1]).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {len(data['countries'])} country outlines to {args[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
