"""Python's cycle collector while the program runs: held at the start, then what
lives as long as the window set out of its reach.

Starting on a congress allocates about a million objects that live as long as
the program (modules, classes, SQLAlchemy's mappers, the first tab): the
collector ran some 190 times over them while nothing could be freed, about
45 ms of the first tab's start (bench/startup.py, issue #16), and every later
full collection walked them all again — a pause of that size in the middle of
a key. ``hold`` stops it for the start (and puts the program in charge of it);
``settle``, once the first tab works, moves what the start made out of its reach
(``gc.freeze``) and starts it again, so it walks only what the congress's work
allocates from then on.

Later, each screen built (a tab shown the first time, the window rebuilt for
another file or language) lives as long as the window: ``set_aside`` collects
what is garbage and moves the rest out of reach too, so no full collection —
60–90 ms over a 1,000-member congress's screens — lands in the middle of a key
(the first check-in after the tabs were first shown; bench/keys_to_idle.py).
``release`` first gives the window's old screens back to the collector when they
are replaced. Both act only for a program that took charge (``hold``) and once
the start has settled; ``let_go`` gives the collector back to Python's defaults.
"""

from __future__ import annotations

import gc

_in_charge = False


def hold() -> None:
    """The program takes charge of the collector: none while it starts."""
    global _in_charge
    _in_charge = True
    gc.disable()


def settle() -> None:
    """The start is over: its objects are kept out of every later collection."""
    gc.freeze()
    gc.enable()


def set_aside() -> None:
    """What exists now lives on: collect the garbage, keep the rest out of later
    collections (a collection over what was made since the last ``set_aside``)."""
    if _in_charge and gc.isenabled():
        gc.collect()
        gc.freeze()


def release() -> None:
    """The screens set aside are being replaced: let the collector reach them again."""
    if _in_charge and gc.isenabled():
        gc.unfreeze()


def let_go() -> None:
    """Python's defaults again: nothing set aside, the collector running by itself."""
    global _in_charge
    _in_charge = False
    gc.unfreeze()
    gc.enable()
