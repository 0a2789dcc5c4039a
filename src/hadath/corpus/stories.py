"""Stories: exact and near-duplicate articles grouped together (MinHash LSH over word shingles).

Outlets reprint the same wire copy with a changed headline or a dropped paragraph; counting each reprint as a new
report is how GDELT inflates one event into hundreds. Each document gets a MinHash signature of its normalised word
5-shingles (its token norms, as the text layer made them) (the `Fingerprint` step, which runs wherever the other steps run); stories are then found over all the
documents of the store at once, so the grouping does not depend on input order, batching, engine or an interrupted
run. A story is named after its smallest document id.
"""

from __future__ import annotations

import re
import zlib
from itertools import chain
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from hadath.corpus.steps import Step
from hadath.model import Document
from hadath.text.normalize import normalize

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.7  # estimated Jaccard of word 5-shingles at or above which two articles are one story
_WORDS = re.compile(r"\w+", re.UNICODE)
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.RandomState(20150721)  # fixed: signatures must agree across processes and runs
_A = _rng.randint(1, 1 << 31, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, 1 << 31, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint64)
_MASK32 = np.uint64(0xFFFFFFFF)
_31, _61 = np.uint64(31), np.uint64(61)
_CELLS = 1 << 16  # most shingle × permutation values held at once
_encode = str.encode  # UTF-8


def signature(text: str) -> np.ndarray | None:
    """MinHash signature (NUM_PERM uint32) of the text's normalised word 5-shingles; None when it has no words."""
    return words_signature(_WORDS.findall(normalize(text)))


def words_signature(words: Sequence[str]) -> np.ndarray | None:
    """MinHash signature of a word sequence (a document's token norms, or the words of its text).

    Each permutation is (a·x + b) mod p with p = 2^61 − 1, written as a Mersenne reduction (mask, shift, add, one
    conditional subtraction): the same values as numpy's `%`, which divides, in two thirds of the time; the
    arrays are updated in place, since a signature is made for every coded document."""
    if not words:
        return None
    h = np.fromiter(map(zlib.crc32, map(_encode, words)), dtype=np.uint64, count=len(words))
    k = min(SHINGLE, len(h))
    n = len(h) - k + 1
    sh = h[:n] * _MIX[0]  # an order-sensitive mix of k consecutive word hashes, kept to 32 bits
    sh &= _MASK32
    term = np.empty_like(sh)
    for j in range(1, k):
        sh *= _31
        np.multiply(h[j : j + n], _MIX[j], out=term)
        sh += term
        sh &= _MASK32
    sh = np.unique(sh)
    sig = np.empty(NUM_PERM, dtype=np.uint32)
    step = max(1, min(NUM_PERM, _CELLS // len(sh)))  # permutations at a time, to bound memory on long articles
    for lo in range(0, NUM_PERM, step):
        v = np.multiply.outer(sh, _A[lo : lo + step])  # < 2^63: shingles are 32-bit, a < 2^31
        v += _B[lo : lo + step]
        r = v & _PRIME
        v >>= _61
        r += v  # ≡ v (mod p), and < p + 4
        np.subtract(r, _PRIME, out=r, where=r >= _PRIME)
        r &= _MASK32
        sig[lo : lo + step] = r.min(axis=0)
    return sig


@dataclass
class Fingerprint(Step):
    """Attach the document's MinHash signature (doc.meta["minhash"]) for story finding."""

    name: str = "fingerprint"

    def run(self, doc: Document) -> None:
        # the tokens the text layer already normalised, when there are any: no second pass over the text
        norms = list(chain.from_iterable(s.norms for s in doc.sentences))
        sig = words_signature(norms) if norms else signature(doc.text)
        if sig is not None:
            doc.meta["minhash"] = sig
            self.stats["signatures"] += 1


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / len(a)


def _integral(f, a: float, b: float, steps: int = 200) -> float:
    """Simpson's rule: precise enough to rank band layouts, and no numerical library to import for it."""
    h = (b - a) / steps
    inner = sum((4 if k % 2 else 2) * f(a + k * h) for k in range(1, steps))
    return (f(a) + inner + f(b)) * h / 3


@lru_cache(maxsize=8)
def _bands(threshold: float) -> tuple[int, int]:
    """LSH bands and rows per band for NUM_PERM permutations: the layout that minimises the equal-weighted
    probabilities of a false candidate below the threshold and a missed pair above it (the rule datasketch's
    MinHashLSH uses). The banding itself is done here with plain dictionaries, which costs a few microseconds per
    document where datasketch's query and insert cost most of a millisecond (and importing it, scipy included,
    a second per run)."""
    best: tuple[float, int, int] = (float("inf"), 0, 0)
    for b in range(1, NUM_PERM + 1):
        for r in range(1, NUM_PERM // b + 1):
            fp = _integral(lambda s: 1 - (1 - s ** r) ** b, 0.0, threshold)
            fn = _integral(lambda s: (1 - s ** r) ** b, threshold, 1.0)
            best = min(best, (0.5 * fp + 0.5 * fn, b, r))
    return best[1], best[2]


def find_stories(items: Iterable[tuple[str, np.ndarray | list[int] | None]],
                 threshold: float = THRESHOLD) -> dict[str, str]:
    """doc_id → story_id for every document given. LSH banding proposes candidate pairs (two documents that agree
    on every row of some band); a pair joins one story when its estimated Jaccard is at least `threshold` (so LSH
    false positives are dropped); groups are transitive."""
    bands, rows = _bands(threshold)
    buckets: list[dict[bytes, list[str]]] = [{} for _ in range(bands)]
    parent: dict[str, str] = {}
    sigs: dict[str, np.ndarray] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_id, sig in sorted(items, key=lambda t: t[0]):
        if doc_id in parent:
            continue
        parent[doc_id] = doc_id
        if sig is None or len(sig) != NUM_PERM:
            continue
        arr = np.asarray(sig, dtype=np.uint32)
        keys = [arr[i * rows : (i + 1) * rows].tobytes() for i in range(bands)]
        candidates = {other for band, key in zip(buckets, keys) for other in band.get(key, ())}
        for other in sorted(candidates):
            if similarity(arr, sigs[other]) >= threshold:
                a, b = find(doc_id), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        for band, key in zip(buckets, keys):
            band.setdefault(key, []).append(doc_id)
        sigs[doc_id] = arr
    return {d: "s-" + find(d) for d in parent}
