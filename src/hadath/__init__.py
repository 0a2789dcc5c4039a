"""hadath: Arabic news in, coded political events out (CAMEO and PLOVER), every event traceable to its text."""

from __future__ import annotations

__version__ = "0.1.0"


def code_text(text: str, date=None, **kw):
    """Code one Arabic article and return its events (see :mod:`hadath.pipeline`)."""
    from hadath.api import code_text as _code_text

    return _code_text(text, date=date, **kw)
