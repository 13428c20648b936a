"""Start the desktop app."""

import os
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


def check_launch(file=None, lesson=None, language=None):
    """Everything the launch options ask for, checked before any window: a ShooterError,
    SessionError or ConfigError names the first problem (the command line prints it)."""
    from shooter.core.lessons import LESSONS
    from shooter.core.messages import ShooterError
    from shooter.i18n import LANGUAGES

    if language is not None and language not in LANGUAGES:
        raise ShooterError("cli.unknown_language", language=language,
                           choices=", ".join(LANGUAGES))
    if lesson is not None and lesson not in LESSONS:
        raise ShooterError("cli.unknown_lesson", lesson=lesson)
    if file is not None:
        from shooter.core.session_io import restore  # file formats load only when needed
        from shooter.files import load_session

        saved_lesson = restore(load_session(file)).config.lesson
        if lesson is not None and lesson != saved_lesson:
            raise ShooterError("cli.file_is_other_lesson", path=os.path.basename(file),
                               saved=saved_lesson, asked=lesson)


def build_window(file=None, lesson=None, language=None, present=False, preferences=None):
    """The main window as the launch options ask: on the saved session `file` or on
    `lesson`, in `language`, in the projector layout when `present`. Not shown yet."""
    from shooter.app.main_window import MainWindow

    window = MainWindow(preferences=preferences)
    if language is not None:
        window.set_language(language)
    if file is not None:
        window.open_path(file)
    elif lesson is not None and lesson != window.session.lesson.key:
        window.session.set_lesson(lesson)
    if present:
        window.set_presenting(True)  # shows it full screen
    return window


def run(file=None, lesson=None, language=None, present=False):
    check_launch(file, lesson, language)  # before any window: a bad option is one line
    app = create_application(sys.argv[:1])  # options and FILE are ours, not Qt's
    from shooter.app import crash

    crash.install(app)
    window = build_window(file, lesson, language, present)
    if not window.presenting:
        window.show()
    return app.exec()
