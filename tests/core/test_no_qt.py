"""The engine must run without any GUI library: importing it loads no Qt."""

import pkgutil
import subprocess
import sys

import shooter.core

GUI_PREFIXES = ("PySide6", "pyqtgraph", "shiboken6")


def test_importing_the_core_loads_no_qt_module():
    modules = [f"shooter.core.{m.name}" for m in pkgutil.iter_modules(shooter.core.__path__)]
    assert "shooter.core.trainer" in modules and "shooter.core.lessons" in modules
    script = (
        "import importlib, sys\n"
        f"for name in ['shooter.core', *{modules!r}]:\n"
        "    importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.startswith({GUI_PREFIXES!r}))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_the_check_would_see_a_qt_import():
    """The same probe reports PySide6 when something does import it."""
    script = ("import sys, PySide6.QtCore\n"
              f"print(','.join(m for m in sys.modules if m.startswith({GUI_PREFIXES!r})))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert "PySide6" in result.stdout
