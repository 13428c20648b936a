"""The desktop app. PySide6 is loaded first, with its per-module import check quickened."""

from shooter.pyside_imports import quicken_pyside_import_check

quicken_pyside_import_check()
