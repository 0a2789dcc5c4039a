"""Run the steps over a stream of documents in this process (the executor never knows what a step does)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from hadath.corpus.steps import Step
from hadath.model import Document


class LocalExecutor:
    def __init__(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        stream: Iterable[Document] = docs
        for step in self.steps:
            stream = step(stream)
        yield from stream

    def stats(self) -> dict[str, dict[str, int]]:
        return {s.name: dict(s.stats) for s in self.steps}
