"""Preferences kept across runs (QSettings), each value parsed and range-checked.

QSettings reports no error for a corrupt file and turns "abc" into 0.0 when asked for a
float, so every value is read as stored and checked here; anything unreadable or out of
range falls back to its default with a log line.
"""

import logging
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from shooter.core.lessons import LESSONS
from shooter.i18n import LANGUAGES

log = logging.getLogger(__name__)
MAX_RECENT = 8


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


@dataclass(frozen=True)
class Setting:
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
    def __init__(self, settings=None):
        self.settings = settings or QSettings()
        self.values = {s.key: self._read(s) for s in SETTINGS}

    def _read(self, setting):
        stored = self.settings.value(setting.key)
        if stored is None:
            return setting.default
        try:
            return setting.parse(stored)
        except (TypeError, ValueError) as exc:
            log.warning("preference %s=%r ignored (%s); using %r", setting.key, stored, exc,
                        setting.default)
            return setting.default

    def __getitem__(self, key):
        return self.values[key]

    def __setitem__(self, key, value):
        setting = next(s for s in SETTINGS if s.key == key)
        self.values[key] = setting.parse(value)
        self.settings.setValue(key, self.values[key])

    def add_recent(self, path):
        recent = [path] + [p for p in self["recent_files"] if p != path]
        self["recent_files"] = recent[:MAX_RECENT]

    def sync(self):
        self.settings.sync()
