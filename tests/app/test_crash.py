"""Unexpected errors: traceback in the rotating log, one short dialog naming the log, and the
app goes on working."""

import logging
import os
import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from shooter.app import crash
from shooter.app.main_window import MainWindow
from shooter.app.session import Session

pytestmark = pytest.mark.qt_no_exception_capture  # the crash hook is what is under test


class Dialogs:
    """Stands in for the crash dialog: records each one and can close it like a user."""

    def __init__(self):
        self.shown = []  # (title, text)
        self._on_closed = []

    def __call__(self, title, text, on_closed):
        self.shown.append((title, text))
        self._on_closed.append(on_closed)

    def close_all(self):
        while self._on_closed:
            self._on_closed.pop()()


@pytest.fixture
def dialogs(monkeypatch):
    fake = Dialogs()
    monkeypatch.setattr(crash, "show_dialog", fake)
    return fake


@pytest.fixture
def reporter(qapp, tmp_path, dialogs):
    saved = sys.excepthook, threading.excepthook
    reporter = crash.install(qapp, log_dir=str(tmp_path / "logs"))
    yield reporter
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == saved


def log_text(reporter):
    reporter.handler.flush()
    with open(reporter.log_path, encoding="utf-8") as handle:
        return handle.read()


def failing_slot():
    raise ZeroDivisionError("planted failure in a timer slot")


def fire_timer_error(qtbot, reporter, count=1):
    """Let a single-shot QTimer call a failing slot `count` times, waiting for each report."""
    for _ in range(count):
        before = reporter.repeats, reporter.dialogs_shown, log_text(reporter)
        QTimer.singleShot(0, failing_slot)
        qtbot.waitUntil(lambda before=before: (reporter.repeats, reporter.dialogs_shown,
                                               log_text(reporter)) != before)


def test_error_in_a_timer_slot_is_logged_with_traceback_and_shown_once(
        qtbot, reporter, dialogs, tmp_path):
    fire_timer_error(qtbot, reporter)
    text = log_text(reporter)
    assert "Traceback (most recent call last)" in text
    assert "ZeroDivisionError: planted failure in a timer slot" in text
    assert "failing_slot" in text
    assert reporter.log_path == str(tmp_path / "logs" / "shooter.log")
    assert len(dialogs.shown) == 1
    title, message = dialogs.shown[0]
    assert title and reporter.log_path in message
    assert "ZeroDivisionError" in message and "Traceback" not in message


def test_a_repeating_error_opens_one_dialog_and_counts_repeats_in_the_log(
        qtbot, reporter, dialogs):
    fire_timer_error(qtbot, reporter, count=5)
    assert len(dialogs.shown) == 1
    text = log_text(reporter)
    assert text.count("Traceback (most recent call last)") == 1
    assert "repeat 4" in text
    dialogs.close_all()
    fire_timer_error(qtbot, reporter)  # after the user closed it, a new dialog may show
    assert len(dialogs.shown) == 2


def test_a_different_error_is_logged_in_full_while_a_dialog_is_open(reporter, dialogs):
    for exc in (ValueError("first"), KeyError("second")):
        try:
            raise exc
        except Exception:
            sys.excepthook(*sys.exc_info())
    text = log_text(reporter)
    assert text.count("Traceback (most recent call last)") == 2
    assert "ValueError: first" in text and "KeyError: 'second'" in text
    assert len(dialogs.shown) == 1


def test_error_in_a_thread_reaches_the_log_and_a_dialog_in_the_main_thread(
        qtbot, reporter, dialogs, monkeypatch):
    shown_from = []
    dialogs_call = dialogs.__call__

    def record(title, text, on_closed):
        shown_from.append(threading.current_thread() is threading.main_thread())
        dialogs_call(title, text, on_closed)

    monkeypatch.setattr(crash, "show_dialog", record)
    worker = threading.Thread(target=failing_slot)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    assert shown_from == [True]
    assert "planted failure" in log_text(reporter)


def test_shooter_warnings_go_to_the_same_log(reporter):
    logging.getLogger("shooter.preferences").warning("scale 'abc' unreadable, using 1.0")
    assert "scale 'abc' unreadable" in log_text(reporter)


def test_the_window_stays_usable_after_an_error_in_a_slot(qtbot, reporter, dialogs):
    window = MainWindow(Session("sight-in"))
    window.ask_save_changes = lambda: "discard"
    qtbot.addWidget(window)
    session = window.session

    def broken(_record):
        raise RuntimeError("a view failed to draw")

    session.adjusted.connect(broken)
    session.step()
    assert len(dialogs.shown) == 1 and "a view failed to draw" in log_text(reporter)
    session.adjusted.disconnect(broken)
    session.step()
    assert session.trainer.iteration == 2


def test_rotating_log_keeps_three_backups(tmp_path, monkeypatch):
    monkeypatch.setattr(crash, "LOG_BYTES", 2000)
    handler = crash.open_log_handler(str(tmp_path))
    logger = logging.getLogger("shooter.rotation-test")
    logger.addHandler(handler)
    try:
        for i in range(200):
            logger.warning("line %d %s", i, "x" * 60)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(os.listdir(tmp_path))
    assert names == ["shooter.log", "shooter.log.1", "shooter.log.2", "shooter.log.3"]
    assert all(os.path.getsize(tmp_path / n) <= 2000 for n in names)
    with open(tmp_path / "shooter.log", encoding="utf-8") as handle:
        assert "line 199" in handle.read()


def test_an_unwritable_log_folder_falls_back_to_a_temporary_one(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    handler = crash.open_log_handler(str(blocker / "logs"))
    try:
        assert handler is not None
        assert not handler.baseFilename.startswith(str(blocker))
        assert os.path.dirname(handler.baseFilename).endswith("shooter-logs")
    finally:
        handler.close()


def test_the_default_log_lives_in_the_app_data_folder(qapp):
    folder = crash.default_log_dir()
    assert folder.endswith(os.path.join("ShooterTests", "logs"))
