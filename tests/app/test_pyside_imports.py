"""The quicker per-module check PySide6 runs on every import gives PySide's own answers."""

import sys

from PySide6.support import feature

import shooter.app  # noqa: F401 - installs the check
import shooter.app.main_window
import shooter.core.network
from shooter.app.pyside_imports import source_check


def test_the_app_installs_the_quicker_check():
    assert hasattr(feature._mod_uses_pyside, "pyside_check")


def test_it_answers_as_pyside_does_for_every_loaded_module():
    original = feature._mod_uses_pyside.pyside_check
    quick = source_check(original)
    modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
    assert len(modules) > 300  # numpy, pyqtgraph, PySide6 and the app
    differing = [m.__name__ for m in modules if quick(m) != original(m)]
    assert differing == []
    assert quick(shooter.app.main_window) and not quick(shooter.core.network)


def test_a_module_it_cannot_read_gets_pysides_own_check(tmp_path):
    class Gone:
        __file__ = str(tmp_path / "gone.py")

    asked = []
    quick = source_check(lambda module: asked.append(module) or "pyside's answer")
    assert quick(Gone) == "pyside's answer" and asked == [Gone]


def test_a_module_without_its_file_is_read_through_its_loader(tmp_path):
    """As in a frozen app: __file__ names a source that is not there."""

    class Loader:
        def __init__(self, source):
            self.source = source

        def get_source(self, name):
            return self.source

    def module(source):
        return type("Module", (), {"__file__": str(tmp_path / "frozen.py"),
                                   "__name__": "frozen", "__loader__": Loader(source)})

    quick = source_check(lambda module: "pyside's answer")
    assert quick(module(None)) is False  # no source anywhere: inspect finds none either
    assert quick(module("from PySide6.QtCore import Qt\n")) is True
    assert quick(module("import numpy\n")) is False
