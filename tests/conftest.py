"""Shared test setup.

Qt must be told to draw offscreen before anything imports it, so this runs first: pytest
loads the root conftest before any test module or plugin fixture touches PySide6.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
