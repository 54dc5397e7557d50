"""Libraries imported on their first use, so that reading a text-layer page never pays
for what only a scanned or photographed page needs.

`woondossier extract` of one born-digital page is a fresh interpreter: every import on
its way is paid for each file (numpy, Pillow and pypdfium2 together ~0.25 s of CPU
before a page is read; README, Measured figures). `pages.py` names them through
`module("numpy")` and uses them as before (`np.asarray`, `Image.open`); the import
happens at the first attribute used.

Not `importlib.util.LazyLoader`: on Python 3.11 it is not thread-safe (two threads
reading pages could both execute a module), and pages are read on threads. The import
here is `importlib.import_module`, which holds the import lock per module.

A process that forks reader children imports every such library first (`load_all`,
from `extractors._forkserver`), so the children do not import them once each.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

_declared: list[str] = []


class _Module:
    """Stands for a module until an attribute of it is used; then is a thin view of it."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_name", name)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(_load(self._name), attribute)

    def __setattr__(self, attribute: str, value: Any) -> None:  # `Image.MAX_IMAGE_PIXELS = ...` sets Pillow's own
        setattr(_load(self._name), attribute, value)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def module(name: str) -> Any:
    """`name` (a dotted module name), imported when one of its attributes is first used.

    >>> json = module("json")
    >>> json.dumps([1])
    '[1]'
    """
    _declared.append(name)
    return _Module(name)


def load_all() -> None:
    """Import every module declared through `module` now (before forking readers)."""
    for name in _declared:
        _load(name)


def _load(name: str) -> ModuleType:
    return importlib.import_module(name)  # after the first time, a lookup in sys.modules
