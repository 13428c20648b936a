"""A quicker answer to the question PySide6 asks of every module imported after it.

For its `from __feature__ import ...` switches, PySide6 marks each newly imported module as
using PySide or not: whether "PySide6" appears in its source, read through
`inspect.getsource`. That costs about 0.1 ms a module, some 40 ms over the modules the app
loads before its first paint. Reading the source file's bytes gives the same answer in a
fraction of that. Where the file is not on disk (a frozen app keeps only compiled modules)
the module's loader is asked for the source, as `inspect` would: none means no PySide.
Anything else still gets PySide's own check.

The package installs it when PySide6 is already loaded (a frozen app's start-up hooks load it
before any of Shooter's code), the desktop app when it loads PySide6.
"""

import sys

MARK = b"PySide6"  # what PySide's check looks for in the source
FEATURE_MODULE = "shibokensupport.feature"  # where PySide6 keeps the check


def quicken_pyside_import_check(load=True):
    """Install the quicker check, once. load=False: only if PySide6 is loaded already.
    Without PySide6's hook (another version) nothing changes."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None and load:
        try:
            from PySide6.support import feature
        except ImportError:
            return
    original = getattr(feature, "_mod_uses_pyside", None)  # None also without feature
    if callable(original) and not hasattr(original, "pyside_check"):
        feature._mod_uses_pyside = source_check(original)


def source_check(original):
    """`original(module)`'s answer, from the module's source file when it has one."""

    def uses_pyside(module):
        try:  # called by PySide inside every import: it must never raise
            path = getattr(module, "__file__", None)
            if isinstance(path, str) and path.endswith(".py"):
                try:
                    with open(path, "rb") as source:
                        return MARK in source.read()
                except FileNotFoundError:
                    source = module.__loader__.get_source(module.__name__)
                    return source is not None and MARK.decode() in source
        except Exception:  # unreadable here: PySide's own check decides
            pass
        return original(module)

    uses_pyside.pyside_check = original
    return uses_pyside
