"""Reading the word lists that language data keeps one entry per line (text/data/*.txt, knowledge's given names)."""

from __future__ import annotations

from importlib import resources


def word_lines(text: str) -> list[str]:
    """The entries of a word list: its lines stripped, blank lines and `#` comments left out."""
    return [w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#")]


def text_data(name: str) -> str:
    """A file of hadath/text/data, as text."""
    return resources.files("hadath.text").joinpath("data", name).read_text(encoding="utf-8")
