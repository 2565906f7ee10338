"""Python's cycle collector while the program starts: held, then its objects set aside.

Starting on a congress allocates about a million objects that live as long as
the program (modules, classes, SQLAlchemy's mappers, the first tab): the
collector ran some 190 times over them while nothing could be freed, about
45 ms of the first tab's start (bench/startup.py, issue #16), and every later
full collection walked them all again — a pause of that size in the middle of
a key. ``hold`` stops it for the start; ``settle``, once the first tab works,
moves what the start made out of its reach (``gc.freeze``) and starts it again,
so it walks only what the congress's work allocates from then on.
"""

from __future__ import annotations

import gc


def hold() -> None:
    gc.disable()


def settle() -> None:
    """The start is over: its objects are kept out of every later collection."""
    gc.freeze()
    gc.enable()
