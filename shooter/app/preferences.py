"""Preferences kept across runs (QSettings), each value parsed and range-checked.

QSettings reports no error for a corrupt file and turns "abc" into 0.0 when asked for a
float, so every value is read as stored and checked here. Anything unreadable or out of range
is reset to its default, and `problem` says so once (a Message for the status bar); a settings
file that is a folder, binary garbage or far too large is reported the same way and replaced
by the defaults. Keys this version does not know are dropped. Values are written only when
they change, so a save never rewrites the settings file for nothing.
"""

import codecs
import logging
import os
import sys
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from shooter.core.lessons import LESSONS
from shooter.core.messages import Message, os_reason
from shooter.i18n import LANGUAGES

log = logging.getLogger(__name__)
MAX_RECENT = 8
MAX_SETTINGS_BYTES = 1024 * 1024  # the real file is under 4 KB
SNIFF_BYTES = 64 * 1024


def _choice(options):
    def parse(value):
        if value not in options:
            raise ValueError(f"not one of {sorted(options)}")
        return value
    return parse


def _number(low, high):
    def parse(value):
        number = float(value)
        if not low <= number <= high:
            raise ValueError(f"outside {low}..{high}")
        return number
    return parse


def _flag(value):
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "1"):
        return True
    if str(value).lower() in ("false", "0"):
        return False
    raise ValueError("not true or false")


def _paths(value):
    items = [value] if isinstance(value, str) else list(value or [])
    if not all(isinstance(item, str) and 0 < len(item) < 4096 for item in items):
        raise ValueError("not a list of file names")
    return items[:MAX_RECENT]


def _blob(value):
    if not isinstance(value, (QByteArray, bytes)):
        raise ValueError("not saved window geometry")
    return QByteArray(value)


class Setting(NamedTuple):
    key: str
    default: object
    parse: object


SETTINGS = (
    Setting("language", None, _choice(set(LANGUAGES))),  # None: the system's language
    Setting("scale", 1.0, _number(0.6, 3.0)),
    Setting("high_contrast", False, _flag),
    Setting("last_lesson", "sight-in", _choice(set(LESSONS))),
    Setting("flight_speed", 1.0, _number(0.0, 4.0)),
    Setting("recent_files", [], _paths),
    Setting("window_geometry", None, _blob),
    Setting("window_state", None, _blob),
)


class Preferences:
    """The settings as checked values. `problem` is None, or one Message saying what could
    not be read and was reset (show it once, e.g. in the status bar)."""

    def __init__(self, settings=None):
        self.settings = settings or QSettings()
        self.problem = self._check_file()
        self._drop_unknown_keys()
        self.reset_keys = []
        self.values = {s.key: self._read(s) for s in SETTINGS}
        if self.reset_keys and self.problem is None:
            self.problem = Message("files.settings_reset", keys=", ".join(self.reset_keys))
        self._changed = bool(self.reset_keys) or self.problem is not None
        if self.problem is not None:
            log.warning("%s", self.problem)

    def _check_file(self):
        """A Message if the settings file cannot be used as one, else None. A file that is
        garbage or far too large is moved aside (NAME.unreadable, nothing is lost) before
        QSettings parses it, and the settings start afresh."""
        path = self.settings.fileName()
        reason = _file_problem(path, self._is_text_format())
        if reason is None and self.settings.status() == QSettings.AccessError:
            reason = Message("os.permission_denied")
        if reason is None:
            return None
        if os.path.isfile(path):
            try:
                os.replace(path, path + ".unreadable")
                self.settings = QSettings(path, self.settings.format())
            except OSError:
                self.settings.clear()
        return Message("files.settings_unreadable", path=path, reason=reason)

    def _is_text_format(self):
        """Whether the settings file is ini text (macOS keeps binary property lists)."""
        return (self.settings.format() == QSettings.IniFormat
                or not sys.platform.startswith(("darwin", "win")))

    def _drop_unknown_keys(self):
        known = {s.key for s in SETTINGS}
        for key in self.settings.allKeys():
            if key not in known:
                self.settings.remove(key)

    def _read(self, setting):
        stored = self.settings.value(setting.key)
        if stored is None:
            return setting.default
        try:
            return setting.parse(stored)
        except (TypeError, ValueError) as exc:
            log.info("preference %s unreadable (%s); reset to %r", setting.key, exc,
                     setting.default)
            self.reset_keys.append(setting.key)
            self.settings.remove(setting.key)
            return setting.default

    def __getitem__(self, key):
        return self.values[key]

    def __setitem__(self, key, value):
        setting = next(s for s in SETTINGS if s.key == key)
        parsed = setting.parse(value)
        if parsed == self.values[key] and self.settings.contains(key) == (parsed is not None):
            return
        self.values[key] = parsed
        if parsed is None:
            self.settings.remove(key)
        else:
            self.settings.setValue(key, parsed)
        self._changed = True

    def add_recent(self, path):
        recent = [path] + [p for p in self["recent_files"] if p != path]
        self["recent_files"] = recent[:MAX_RECENT]

    def sync(self):
        """Write the settings file, only when something changed since it was last written."""
        if self._changed:
            self.settings.sync()
            self._changed = False


def _file_problem(path, text_format):
    """Why the settings file at `path` cannot be used (a Message), or None; read before
    QSettings parses it, so a huge file never holds the window up."""
    if os.path.isdir(path):
        return Message("os.is_folder")
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return os_reason(exc)
    if size > MAX_SETTINGS_BYTES:
        return Message("session.too_large", limit=MAX_SETTINGS_BYTES)
    if text_format and not _looks_like_text(head):
        return Message("files.settings_garbage")
    return None


def _looks_like_text(head):
    """Whether the start of a file is UTF-8 text without NUL bytes (QSettings reads binary
    garbage without a word, as keys no version knows)."""
    if b"\0" in head:
        return False
    try:
        codecs.utf_8_decode(head, "strict", False)  # False: a character cut at the end is fine
    except UnicodeDecodeError:
        return False
    return True
