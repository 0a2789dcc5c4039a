"""Train (and cross-validate) the hadath Arabic NER tagger.

One command reproduces the shipped model::

    python scripts/train_ner.py --train /work/shared/data/anercorp_train/ANERCorp_CamelLab_train.txt \
        --cv 5 --out src/hadath/knowledge/data/ner.crfsuite

``--cv K`` first runs K-fold cross-validation with folds made of *contiguous* blocks of sentences (fold k holds
sentences [k*n/K, (k+1)*n/K)), so articles stay together and the estimate is not inflated by near-duplicate
sentences of one story landing on both sides; it prints per-type and overall P/R/F1 for each fold and the mean.
Then it trains the final model on all sentences and writes it to ``--out``. Test folds are tagged sentence by
sentence in order with the article memory fed only by the tagger's own predictions (as ``ner_command`` does);
training sentences see a memory of gold labels of the preceding training sentences with half of the mentions
dropped (``--memory-drop``). ``--folds 1,3`` runs only some folds (quick checks); ``--out ''`` skips the final model.

The word-cluster table the tagger uses (``ner_clusters.tsv``) is derived data, rebuilt only on request with
``--build-clusters DIR`` from unlabelled news (SaudiNewsNet zips): the 50k most frequent normalised words are
represented by PPMI co-occurrence vectors (left/right neighbours within 2 tokens, 4k context words), reduced by
truncated SVD to 100 dimensions and grouped by k-means at three granularities (64/256/1024). Only the
word -> cluster-id table is kept, never any text. Needs scikit-learn / scipy (build-time only).
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

from hadath.knowledge import ner
from hadath.text.normalize import normalize

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)

CLUSTER_KS = (64, 256, 1024)


def _raw_sentences(src: str):
    """Yield normalised token lists from SaudiNewsNet zips (titles and contents), one per paragraph."""
    for path in sorted(glob.glob(str(Path(src) / "*.zip"))):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name)):
                    for field in ("title", "content"):
                        for para in (art.get(field) or "").split("\n"):
                            toks = _TOKEN.findall(normalize(para))
                            if toks:
                                yield toks


def build_clusters(src: str, out: Path, vocab_size: int = 50000, ctx_size: int = 4000, dim: int = 100) -> None:
    """Word -> (k64, k256, k1024) cluster table from unlabelled news; see module docstring."""
    import scipy.sparse as sp
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.utils.extmath import randomized_svd

    t0 = time.time()
    sents = list(_raw_sentences(src))
    counts = Counter(t for s in sents for t in s)
    vocab = [w for w, c in counts.most_common(vocab_size) if c >= 3]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:ctx_size])}
    nc = len(ctx)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for s in sents:
        ids = [index.get(t, -1) for t in s]
        cids = [ctx.get(t, -1) for t in s]
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for off, weight in ((-2, 0.5), (-1, 1.0), (1, 1.0), (2, 0.5)):
                j = i + off
                if 0 <= j < n and cids[j] >= 0:
                    # separate dimensions for left and right contexts keep word order information
                    rows.append(wi)
                    cols.append(cids[j] + (0 if off < 0 else nc))
                    vals.append(weight)
    m = sp.coo_matrix((np.asarray(vals, np.float32), (rows, cols)), shape=(len(vocab), 2 * nc)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context-distribution smoothing
    col = col / col.sum()
    m = m.tocoo()
    pmi = np.log(m.data * 1.0 / (row[m.row] / total) / col[m.col] / total)
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, s, _ = randomized_svd(ppmi, n_components=dim, random_state=0)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    labels = []
    for k in CLUSTER_KS:
        km = MiniBatchKMeans(n_clusters=k, random_state=0, batch_size=4096, n_init=3)
        labels.append(km.fit_predict(vec))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# hadath NER word clusters: derived data (k-means over PPMI-SVD vectors, k={CLUSTER_KS}),\n")
        fh.write("# built by scripts/train_ner.py --build-clusters from unlabelled news; contains no text.\n")
        for i, w in enumerate(vocab):
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    print(f"clusters: {len(vocab)} words, {sum(len(s) for s in sents)} tokens, {time.time() - t0:.0f}s", file=sys.stderr)


def _fit(feats, sents, model: str, args) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for sent, x in zip(sents, feats):
        trainer.append(x, [t for _, t in sent])
    trainer.set_params(
        {
            "c1": args.c1,  # L1 prunes most features: keeps the model small
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(model)


def _report(name: str, scores: dict) -> None:
    cells = "  ".join(
        f"{t} P={scores[t]['p']:.3f} R={scores[t]['r']:.3f} F1={scores[t]['f1']:.3f}" for t in (*ner.TYPES, "ALL")
    )
    print(f"{name}: {cells}", flush=True)


def _features(fx: ner.FeatureExtractor, sents, idx: list[int], args) -> list[list[list[str]]]:
    """Training features of sentences ``idx`` (in corpus order). The article memory holds the *gold* labels of the
    preceding training sentences, whole mentions forgotten with probability ``--memory-drop`` (a stand-in for the
    tagger's recall at run time); test folds never feed it."""
    rng = random.Random(args.seed)
    mem = fx.memory(args.memory) if args.memory > 0 else None
    out = []
    for j in idx:
        toks = [w for w, _ in sents[j]]
        out.append(fx.sentence(toks, mem))
        if mem is not None:
            mem.add(fx.variants(toks), [t for _, t in sents[j]], args.memory_drop, rng)
    return out


def train_main(args) -> int:
    import tempfile

    sents = ner.read_conll(args.train)
    t0 = time.time()
    fx = ner.FeatureExtractor()
    _features(fx, sents, list(range(len(sents))), args)
    print(f"{len(sents)} sentences, {sum(map(len, sents))} tokens; resources + features in {time.time() - t0:.1f}s",
          flush=True)
    print(f"CRF: lbfgs c1={args.c1} c2={args.c2} max_iterations={args.iterations}; article memory "
          f"{args.memory} sentences, drop {args.memory_drop}", flush=True)
    if args.cv > 1:
        k, n = args.cv, len(sents)
        bounds = [round(i * n / k) for i in range(k + 1)]
        fold_scores = []
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(k):
                if args.folds and i not in args.folds:
                    continue
                lo, hi = bounds[i], bounds[i + 1]
                tr = list(range(lo)) + list(range(hi, n))
                t1 = time.time()
                model = str(Path(tmp) / f"fold{i}.crfsuite")
                _fit(_features(fx, sents, tr, args), [sents[j] for j in tr], model, args)
                tagger = ner.NameTagger(model, features=fx)
                gold = [[t for _, t in sents[j]] for j in range(lo, hi)]
                t2 = time.time()
                pred = list(tagger.tag_sentences([[w for w, _ in sents[j]] for j in range(lo, hi)], args.memory))
                speed = sum(map(len, gold)) / (time.time() - t2)
                scores = ner.entity_f1(gold, pred)
                fold_scores.append(scores)
                _report(f"fold {i + 1}/{k} (sentences {lo}-{hi - 1}, {time.time() - t1:.0f}s, "
                        f"tagging {speed:,.0f} tok/s)", scores)
        mean = {
            t: {m: float(np.mean([s[t][m] for s in fold_scores])) for m in ("p", "r", "f1")}
            for t in (*ner.TYPES, "ALL")
        }
        _report(f"mean of {len(fold_scores)} folds", mean)
        pooled = {t: [sum(s[t][m] for s in fold_scores) for m in ("tp", "pred", "gold")] for t in (*ner.TYPES, "ALL")}
        print(
            "pooled micro: "
            + "  ".join(f"{t} F1={2 * tp / (np_ + ng):.3f}" for t, (tp, np_, ng) in pooled.items() if np_ + ng),
            flush=True,
        )
    if args.out:
        t1 = time.time()
        _fit(_features(fx, sents, list(range(len(sents))), args), sents, args.out, args)
        size = Path(args.out).stat().st_size / 1e6
        print(f"final model: {args.out} ({size:.1f} MB) trained in {time.time() - t1:.0f}s", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", help="ANERcorp-style file: 'token TAG' per line, blank line between sentences")
    ap.add_argument("--cv", type=int, default=0, help="run K-fold CV (contiguous sentence blocks) first")
    ap.add_argument("--out", default="src/hadath/knowledge/data/ner.crfsuite")
    ap.add_argument("--build-clusters", metavar="DIR", help="rebuild ner_clusters.tsv from SaudiNewsNet zips in DIR")
    ap.add_argument("--folds", type=lambda v: {int(x) - 1 for x in v.split(",")}, default=None,
                    help="run only these CV folds (1-based, comma-separated): quick checks of an idea")
    ap.add_argument("--memory", type=int, default=ner.MEMORY_WINDOW,
                    help="article memory window in sentences (0: off); must match how the model is used")
    ap.add_argument("--memory-drop", type=float, default=0.5, help="share of gold mentions the training memory forgets")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--c1", type=float, default=0.2)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=100)
    args = ap.parse_args(argv)
    if args.build_clusters:
        build_clusters(args.build_clusters, ner.CLUSTERS_PATH)
    if args.train:
        return train_main(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
