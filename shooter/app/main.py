"""Start the desktop app."""

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from shooter.app.style import DEFAULT_STYLE


def create_application(argv=None):
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    app.setApplicationName("Shooter")
    app.setOrganizationName("Shooter")
    app.setApplicationDisplayName("Shooter")
    app.setFont(DEFAULT_STYLE.font())
    return app


def run(argv=None):
    app = create_application(argv)
    from shooter.app.main_window import MainWindow

    window = MainWindow()
    window.setWindowIcon(QIcon.fromTheme("shooter"))
    window.show()
    return app.exec()
