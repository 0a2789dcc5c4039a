"""CAMEO ↔ PLOVER: types, quad classes, Goldstein scores and PLOVER intensity, from `data/cameo.tsv` and
`data/plover.yaml` (derived from the PLOVER manual and CAMEO2PLOVER table, CC BY-SA 4.0; see data/NOTICE.md)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


def generic(cameo: str) -> bool:
    """A root's catch-all code (190, 110): it names no specific act."""
    return len(cameo) == 3 and cameo.endswith("0")


def distinct_acts(a: str, b: str) -> bool:
    """Two CAMEO codes that name two different specific acts (112 allege vs 114 complain, 173 arrest vs 175
    repression), not one act told more or less precisely (190 and 195, 183 and 1832, 1831 and 1832)."""
    return not generic(a) and not generic(b) and not a.startswith(b) and not b.startswith(a) and a[:3] != b[:3]


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    plover: str
    mode: str
    context: str
    goldstein: float
    description: str
    plover_alt: str = ""


@dataclass(frozen=True)
class Ontology:
    cameo: dict[str, CameoCode]
    types: dict[str, dict]

    def code(self, cameo: str) -> CameoCode | None:
        """The most specific known entry for a CAMEO code (4 → 3 → 2 digits)."""
        for n in (len(cameo), 3, 2):
            hit = self.cameo.get(cameo[:n])
            if hit:
                return hit
        return None

    def plover_of(self, cameo: str) -> str | None:
        c = self.code(cameo)
        return c.plover if c and c.plover != "NONE" else None

    def accepts(self, cameo: str, plover: str) -> bool:
        c = self.code(cameo)
        return bool(c) and plover in (c.plover, c.plover_alt)

    def goldstein(self, cameo: str) -> float:
        c = self.code(cameo)
        return c.goldstein if c else 0.0

    def quad(self, plover: str) -> int:
        return int(self.types.get(plover, {}).get("quad", 0))

    def intensity(self, plover: str, modes: list[str] | tuple[str, ...] = ()) -> float:
        t = self.types.get(plover, {})
        by_mode = t.get("mode_intensity") or {}
        for m in modes:
            if m in by_mode:
                return float(by_mode[m])
        return float(t.get("intensity", 0.0))

    def default_cameo(self, plover: str) -> str:
        return str(self.types[plover]["default_cameo"])

    def modes_of(self, plover: str) -> frozenset[str]:
        """The modes PLOVER gives a type (its own and the table's): an event recoded to another type (a meeting
        announced ahead becomes an AGREE) must not carry a mode of its first type that the new one lacks."""
        t = self.types.get(plover, {})
        return frozenset((t.get("modes") or []) + (t.get("table_modes") or []))


@lru_cache(maxsize=1)
def load() -> Ontology:
    base = resources.files("hadath.coding").joinpath("data")
    rows = csv.DictReader(io.StringIO(base.joinpath("cameo.tsv").read_text(encoding="utf-8")), delimiter="\t")
    cameo = {}
    for r in rows:
        code = r["cameo"].strip()
        cameo[code] = CameoCode(code, r["plover"].strip() or "NONE", (r.get("mode") or "").strip(),
                                (r.get("context") or "").strip(), float(r["goldstein"] or 0),
                                (r.get("description") or "").strip(), (r.get("plover_alt") or "").strip())
    types = yaml.safe_load(base.joinpath("plover.yaml").read_text(encoding="utf-8"))["types"]
    return Ontology(cameo, types)
