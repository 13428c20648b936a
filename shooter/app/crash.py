"""Unexpected errors: written with their traceback to a rotating log, shown in a short dialog,
and the app carries on.

install(app) replaces sys.excepthook (which PySide6 calls for an exception escaping a slot,
a timer or a virtual method) and threading.excepthook. The `shooter` logger's warnings go to
the same file, so a teacher can send one file that tells the whole story.

Only one dialog is open at a time: an error that repeats every timer tick adds a line to the
log with its repeat count instead of a new dialog each time.
"""

import functools
import logging
import logging.handlers
import os
import sys
import tempfile
import threading
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QMessageBox

LOGGER_NAME = "shooter"
LOG_FILE = "shooter.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_installed = None  # the CrashReporter while installed


def show_dialog(title, text, on_closed):
    """A non-modal warning box; calls on_closed() when it goes. Tests replace this function."""
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok)
    box.setWindowModality(Qt.NonModal)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.finished.connect(lambda _result: on_closed())
    box.show()
    return box


def default_log_dir():
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return os.path.join(base, "logs") if base else ""


def open_log_handler(log_dir=None):
    """A rotating handler in `log_dir` (the user's data folder by default); a temporary folder
    when that one cannot be written."""
    for folder in (log_dir or default_log_dir(),
                   os.path.join(tempfile.gettempdir(), "shooter-logs")):
        if not folder:
            continue
        try:
            os.makedirs(folder, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                os.path.join(folder, LOG_FILE), maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter(FORMAT))
        return handler
    return None


class CrashReporter(QObject):
    # Errors from other threads reach the dialog through a queued signal: widgets live in
    # the main thread only.
    reported = Signal(str)

    def __init__(self, handler, parent=None):
        super().__init__(parent)
        self.handler = handler
        self.log_path = handler.baseFilename if handler else ""
        self.logger = logging.getLogger(LOGGER_NAME)
        self.dialog_open = False
        self.dialogs_shown = 0
        self._last_signature = None
        self.repeats = 0
        self.reported.connect(self._show, Qt.QueuedConnection)

    def handle(self, exc_type, exc_value, exc_tb):
        """Log the error (or count it as a repeat of the last one) and report it."""
        signature = _signature(exc_type, exc_value, exc_tb)
        if signature == self._last_signature:
            self.repeats += 1
            self.logger.error("the same error again (repeat %d): %s", self.repeats,
                              _one_line(exc_type, exc_value))
        else:
            self._last_signature, self.repeats = signature, 0
            text = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
            self.logger.error("unexpected error\n%s", text.rstrip())
        if threading.current_thread() is threading.main_thread():
            self._show(_one_line(exc_type, exc_value))
        else:
            self.reported.emit(_one_line(exc_type, exc_value))

    def _show(self, summary):
        if self.dialog_open:
            return
        self.dialog_open = True
        self.dialogs_shown += 1
        translate = QCoreApplication.translate
        where = self.log_path or translate("Crash", "(no log could be written)")
        text = translate("Crash", "Shooter met an unexpected problem and carried on.\n"
                                  "{summary}\n\nThe details were written to:\n{path}")
        show_dialog(translate("Crash", "Unexpected problem"),
                    text.format(summary=summary, path=where), self._closed)

    def _closed(self):
        self.dialog_open = False


def _signature(exc_type, exc_value, exc_tb):
    """Type, message and the innermost frame: the same error from the same place."""
    frames = traceback.extract_tb(exc_tb)
    last = (frames[-1].filename, frames[-1].lineno) if frames else None
    return exc_type, str(exc_value), last


def _one_line(exc_type, exc_value):
    return " ".join(f"{exc_type.__name__}: {exc_value}".split())[:300]


def install(app=None, log_dir=None):
    """Route unexpected errors and the `shooter` logger's warnings to the log and a dialog.
    Returns the CrashReporter; installing twice replaces the first."""
    global _installed
    uninstall()
    handler = open_log_handler(log_dir)
    reporter = CrashReporter(handler, app)
    logger = logging.getLogger(LOGGER_NAME)
    if handler is not None:
        handler.setLevel(logging.WARNING)
        logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    reporter.previous_hooks = (sys.excepthook, threading.excepthook)

    def excepthook(exc_type, exc_value, exc_tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return sys.__excepthook__(exc_type, exc_value, exc_tb)
        _guarded(reporter, exc_type, exc_value, exc_tb)

    def thread_excepthook(args):
        if args.exc_type is SystemExit:
            return
        _guarded(reporter, args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    _installed = reporter
    return reporter


def _guarded(reporter, exc_type, exc_value, exc_tb):
    """Report, but never let the reporting itself raise out of the hook."""
    try:
        reporter.handle(exc_type, exc_value, exc_tb)
    except Exception:  # noqa: BLE001 - the last line of defence must not fail
        sys.__excepthook__(exc_type, exc_value, exc_tb)


def guarded(fallback=None):
    """Decorates a method Qt calls into (paintEvent, event, mouse/key/resize handlers, timer
    and signal slots): an exception is reported like any unexpected error and `fallback` is
    returned instead of letting it escape. On PySide6 6.11 an exception escaping a paint under
    a Python event() override kills the process before any dialog can show.

        @guarded()              # handlers that return nothing
        def paintEvent(self, event): ...

        @guarded(fallback=False)
        def event(self, event): ...
    """
    def decorate(method):
        @functools.wraps(method)
        def wrapper(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except Exception:  # noqa: BLE001 - reported, never let through into Qt
                report_current_exception()
                return fallback
        wrapper.guarded = True
        return wrapper
    return decorate


def report_current_exception():
    """Hand the exception being handled to sys.excepthook: the crash reporter once installed
    (log and dialog), pytest-qt's hook in tests (the test fails)."""
    try:
        sys.excepthook(*sys.exc_info())
    except Exception:  # noqa: BLE001 - a failing hook must not raise into Qt either
        logging.getLogger(LOGGER_NAME).exception("unexpected error")


def uninstall():
    """Put the previous hooks back and close the log (tests; a second install)."""
    global _installed
    reporter, _installed = _installed, None
    if reporter is None:
        return
    sys.excepthook, threading.excepthook = reporter.previous_hooks
    if reporter.handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(reporter.handler)
        reporter.handler.close()
    reporter.reported.disconnect()
    reporter.deleteLater()
