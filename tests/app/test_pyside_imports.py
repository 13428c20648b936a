"""The quicker per-module check PySide6 runs on every import gives PySide's own answers."""

import sys

from PySide6.support import feature

import shooter.app  # noqa: F401 - installs the check
import shooter.app.main_window
import shooter.core.network
from shooter.pyside_imports import source_check


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


def test_a_module_without_a_loader_gets_pysides_own_check(tmp_path):
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


def fresh_python(code):
    import subprocess

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.split()


def test_shooter_quickens_a_pyside_loaded_before_it_and_never_loads_one_itself():
    """A frozen app's start-up hooks load PySide6 before Shooter's first line; the command
    line without a window never loads Qt."""
    check = "hasattr(sys.modules['shibokensupport.feature']._mod_uses_pyside, 'pyside_check')"
    assert fresh_python(f"import sys, shiboken6, shooter; print({check})") == ["True"]
    assert fresh_python("import sys, shooter.cli; print('shiboken6' in sys.modules)") == ["False"]
