"""App tests keep their preferences in a temporary folder, never the user's."""

import pytest
from PySide6.QtCore import QSettings, QStandardPaths


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)  # logs away from the user's own
    # Each test keeps its runs to itself: a run kept by one never reopens in another.
    monkeypatch.setattr("shooter.app.runs.default_folder", lambda: str(tmp_path / "runs"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("ShooterTests")
    qapp.setApplicationName("ShooterTests")
    yield


@pytest.fixture
def make_window(qtbot):
    """Builds shown main windows: make_window(lesson, size). Unsaved work is discarded
    without asking, and English comes back afterwards for the next test."""
    from shooter.app.main_window import MainWindow
    from shooter.app.session import Session

    windows = []

    def make(lesson="sight-in", size=(1280, 800)):
        window = MainWindow(Session(lesson))
        window.ask_save_changes = lambda: "discard"
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.set_language("en")


@pytest.fixture
def show_active(qtbot):
    """show_active(window, size): the window shown in English at `size` (a 1024x768
    projector by default), laid out and active, so its keys reach it as a teacher's do."""
    from PySide6.QtWidgets import QApplication

    def show(window, size=(1024, 768)):
        qtbot.addWidget(window)
        window.set_language("en")
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return show


@pytest.fixture
def chinese():
    """The application speaks Chinese for the test, English again afterwards."""
    from shooter.i18n import Languages

    languages = Languages()
    assert languages.switch("zh_CN")
    yield
    languages.switch("en")
