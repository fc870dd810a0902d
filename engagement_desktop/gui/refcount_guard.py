"""Keep a reference-counting bug in the Qt binding from aborting the program on Python 3.11.

Measured with PySide6 6.12.0 on CPython 3.11.7: every call of a wrapped Qt
method that returns nothing (``label.setText``, ``model.endResetModel`` ...)
gives back one reference to ``None`` it never took, and every
``Signal.emit()`` does the same to ``True``. On Python 3.12 and later these
objects are immortal, so the bug does no harm there. On 3.11 their counts run
down with use (``None`` starts near 40,000 once the window is up, ``True``
near 10,000) and at zero the interpreter stops dead with "Fatal Python error:
none_dealloc" or "bool_dealloc": a crash after some thousands of clicks.

The cure is a fixed binding or Python 3.12+. Until then, when the leak is seen
at start-up, this module gives ``None``, ``True`` and ``False`` a huge extra
reference count, which is what 3.12 does to make them immortal. They are
statically allocated and never freed, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

#: Extra references given to each singleton: more leaked calls than a session can make.
MARGIN = 1 << 40
PROBE_CALLS = 64


class _Probe(QObject):
    pinged = Signal()


def measure_leak(calls: int = PROBE_CALLS) -> dict[str, int]:
    """References lost per kind over ``calls`` void calls and emits (0 on a sound binding)."""
    probe = _Probe()
    probe.pinged.connect(probe.deleteLater)  # any slot: emit() must run its full path
    probe.pinged.disconnect(probe.deleteLater)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        probe.setObjectName("probe")
        probe.pinged.emit()
    lost = {
        "None": none_before - sys.getrefcount(None),
        "True": true_before - sys.getrefcount(True),
    }
    return {name: count for name, count in lost.items() if count > 0}


def _applies() -> bool:
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "gettotalrefcount")  # debug builds lay objects out differently
    )


def _raise_refcount(obj: object) -> bool:
    """Add MARGIN to the object's ob_refcnt, checking we found the right field first."""
    cell = ctypes.c_ssize_t.from_address(id(obj))
    if cell.value != sys.getrefcount(obj) - 1:
        return False
    cell.value += MARGIN
    return True


def guard_singleton_refcounts() -> bool:
    """Make None/True/False immortal if this binding leaks them; True if it did so."""
    if not _applies():
        return False
    if sys.getrefcount(None) > MARGIN // 2:
        return True  # already done in this process
    lost = measure_leak()
    if not lost:
        return False
    done = all(_raise_refcount(obj) for obj in (None, True, False))
    log.warning(
        "PySide6 %s on Python %s loses references (%s per %d calls); %s",
        pyside_version,
        sys.version.split()[0],
        lost,
        PROBE_CALLS,
        "None/True/False made immortal as on Python 3.12"
        if done
        else "could not guard them: the program may stop after long use",
    )
    return done
