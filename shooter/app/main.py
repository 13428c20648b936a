"""Start the desktop app."""

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from shooter.app.style import DEFAULT_STYLE

# resources/shooter.desktop: the launcher that windows group under in docks and task bars.
DESKTOP_FILE = "shooter"
ICON_NAME = "shooter"
PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../shooter


def icon_folders():
    """Where the bundled hicolor icons may be, most specific first: the PyInstaller bundle,
    an installed wheel (shooter/resources) and a source checkout (resources/ beside shooter/)."""
    folders = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.append(Path(frozen) / "resources" / "icons" / "hicolor")
    folders.append(PACKAGE_DIR / "resources" / "icons" / "hicolor")
    folders.append(PACKAGE_DIR.parent / "resources" / "icons" / "hicolor")
    return folders


def bundled_icon():
    """The app icon from the files shipped with it, every size found; null if none are."""
    icon = QIcon()
    for folder in icon_folders():
        files = sorted(folder.glob(f"*/apps/{ICON_NAME}.*"))
        if files:
            for path in files:
                icon.addFile(str(path))
            break
    return icon


def app_icon():
    """The desktop theme's icon (what the launcher shows) or, without one, the bundled one."""
    return QIcon.fromTheme(ICON_NAME, bundled_icon())


def create_application(argv=None):
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    app.setApplicationName("Shooter")
    app.setOrganizationName("Shooter")
    app.setApplicationDisplayName("Shooter")
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    app.setFont(DEFAULT_STYLE.font())
    return app


def run(argv=None):
    app = create_application(argv)
    from shooter.app import crash
    from shooter.app.main_window import MainWindow

    crash.install(app)
    window = MainWindow()
    window.show()
    return app.exec()
