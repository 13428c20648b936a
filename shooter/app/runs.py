"""Kept runs: the work left by a lesson switch, a Reset, opening a file or quitting.

Nothing asks "save it first?": the run being left is written to the app's data folder
(AppDataLocation/runs) as an ordinary session file, atomically (shooter.files.save_session),
and only the newest KEEP of them stay. File > Recent runs lists them; the app reopens the
one it was closed on when that one was never saved elsewhere.

File names carry what the menu shows, so listing reads no file:
`<time in ns>-<lesson key>-<steps>.shooter`.
"""

import os
import re
import time
from typing import NamedTuple

from PySide6.QtCore import QStandardPaths

KEEP = 10  # runs kept; the oldest go first
SUFFIX = ".shooter"
RESUME = "resume"  # names the kept run to reopen at the next start
_NAME = re.compile(r"^(\d+)-(.+)-(\d+)\.shooter$")


class KeptRun(NamedTuple):
    path: str
    lesson: str
    steps: int
    when: float  # seconds since the epoch


def default_folder():
    return os.path.join(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation), "runs")


def worth_keeping(session):
    """A trained run that is not already saved unchanged."""
    return session.dirty and session.steps_done > 0


class KeptRuns:
    def __init__(self, folder=None, keep=KEEP):
        self._folder = folder
        self.keep_count = keep

    @property
    def folder(self):
        if self._folder is None:
            self._folder = default_folder()
        return self._folder

    def runs(self):
        """The kept runs, newest first."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return []
        found = []
        for name in names:
            match = _NAME.match(name)
            if match:
                stamp, lesson, steps = match.groups()
                found.append(KeptRun(os.path.join(self.folder, name), lesson, int(steps),
                                     int(stamp) / 1e9))
        return sorted(found, key=lambda run: run.when, reverse=True)

    def keep(self, trainer):
        """Write `trainer`'s run as the newest kept run; returns its path. The newest run
        already holding exactly this run is reused. A failed write raises (SessionError)
        and leaves the kept runs as they were."""
        from shooter.files import save_session  # file formats load on first use, not at start

        newest = next(iter(self.runs()), None)
        if newest is not None and _holds(newest.path, trainer):
            return newest.path
        os.makedirs(self.folder, exist_ok=True)
        name = f"{time.time_ns()}-{trainer.config.lesson}-{len(trainer.history)}{SUFFIX}"
        path = os.path.join(self.folder, name)
        save_session(path, trainer)
        self._prune()
        return path

    def _prune(self):
        for run in self.runs()[self.keep_count:]:
            try:
                os.remove(run.path)
            except OSError:
                pass  # still there next time; never worth interrupting the class

    # --- the run to reopen at the next start -------------------------------------------------
    def set_resume(self, path):
        """Reopen `path` at the next start (None: start fresh)."""
        marker = os.path.join(self.folder, RESUME)
        try:
            if path is None:
                if os.path.exists(marker):
                    os.remove(marker)
                return
            os.makedirs(self.folder, exist_ok=True)
            with open(marker, "w", encoding="utf-8") as file:
                file.write(os.path.basename(path))
        except OSError:
            pass  # the run itself is kept; only the reopening is lost

    def resume_path(self):
        """The kept run the app was closed on, if it is still there."""
        try:
            with open(os.path.join(self.folder, RESUME), encoding="utf-8") as file:
                name = file.read(300).strip()
        except (OSError, UnicodeDecodeError):
            return None
        path = os.path.join(self.folder, os.path.basename(name))
        return path if _NAME.match(name) and os.path.isfile(path) else None


def _holds(path, trainer):
    from shooter.core.session_io import capture, encode

    try:
        with open(path, "rb") as file:
            return file.read() == encode(capture(trainer)).encode("utf-8")
    except OSError:
        return False
