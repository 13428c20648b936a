"""Animations for slides: the window's own drawing, phase by phase, as GIF, APNG or WebP.

A recording plays training steps in a window and grabs what it shows: the bullet in flight,
the hole, the red error line, the backward sweep, the green arrow, the plots and the
narration, in the window's language. Frames are made one at a time by `Recording.advance()`,
so the app can show progress and cancel between frames; the file is written beside its
destination first and moved into place only when complete, so a cancelled or failed
recording leaves nothing behind.

Frames are kept compactly (animation_frames.FrameStore) and a recording never needs more
than MEMORY_BUDGET: a request that obviously would is refused before the first frame, and a
recording that reaches it stops with a message and writes nothing.
"""

import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QObject,
    Qt,
    QTimer,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QProgressDialog

from shooter.app.animation_frames import FORMATS, FrameStore, least_bytes, write_frames
from shooter.app.crash import guarded
from shooter.core.messages import ShooterError
from shooter.files import check_output_path, write_bytes_atomic

DEFAULT_SIZE = (1280, 720)
DEFAULT_FPS = 15
SIZE_LIMITS = ((160, 120), (3840, 2160))
FPS_LIMITS = (1, 60)
PHASE_HOLD_MS = 600  # each phase stays on screen this long once its animation has ended
PHASES_PER_STEP = 4
# Most a recording may hold: a classroom laptop often has 4 GB, shared with the system, the
# slides and a browser, and the app itself uses a few hundred MB; 1 GiB leaves it all room.
# Within it, at 1280x720: ~240 steps as GIF, ~130 as WebP, ~200 as APNG.
MEMORY_BUDGET = 1 << 30


@dataclass(frozen=True)
class Plan:
    """What to record: how many steps, at what size and frame rate, into which file."""

    path: Path
    steps: int
    size: tuple = DEFAULT_SIZE
    fps: int = DEFAULT_FPS

    def checked(self):
        """The plan, or a ShooterError naming what is wrong with it."""
        path = Path(self.path)
        if path.suffix.lower() not in FORMATS:
            raise ShooterError("record.format", path=path.name,
                               formats=", ".join(sorted(FORMATS)))
        if not (isinstance(self.steps, int) and 1 <= self.steps <= 10_000):
            raise ShooterError("record.steps", steps=self.steps)
        (low_w, low_h), (high_w, high_h) = SIZE_LIMITS
        width, height = self.size
        if not (low_w <= width <= high_w and low_h <= height <= high_h):
            raise ShooterError("record.size", size=f"{width}x{height}",
                               low=f"{low_w}x{low_h}", high=f"{high_w}x{high_h}")
        if not (FPS_LIMITS[0] <= self.fps <= FPS_LIMITS[1]):
            raise ShooterError("record.fps", fps=self.fps, low=FPS_LIMITS[0],
                               high=FPS_LIMITS[1])
        check_output_path(path)  # the checks of every save, before the first frame
        plan = Plan(path, self.steps, (int(width), int(height)), int(self.fps))
        frames = PHASES_PER_STEP * plan.steps  # at least one picture per phase
        if least_bytes(plan.kind, plan.size, frames) > MEMORY_BUDGET:
            raise plan.too_big()
        return plan

    @property
    def kind(self):
        """The file format: "GIF", "PNG" (APNG) or "WEBP"."""
        return FORMATS[Path(self.path).suffix.lower()]

    def too_big(self):
        """The error for a recording that would need more memory than it may use."""
        key = "record.memory_gif" if self.kind == "GIF" else "record.memory"
        width, height = self.size
        return ShooterError(key, steps=self.steps, size=f"{width}x{height}",
                            format=Path(self.path).suffix.lower().lstrip("."),
                            budget=MEMORY_BUDGET >> 20)


def parse_size(text):
    """'1280x720' -> (1280, 720); a ShooterError for anything else."""
    parts = str(text).lower().replace("×", "x").split("x")
    if len(parts) == 2 and all(p.strip().isdigit() for p in parts):
        return int(parts[0]), int(parts[1])
    raise ShooterError("record.size_text", text=text)


def animating(window):
    """True while a view of the window still moves on its own (bullet flight, sweep)."""
    return window.target.in_flight() or window.network.sweep_running()


def advance_animations(window, dt_ms):
    window.target.advance(dt_ms)
    window.network.advance(dt_ms)


def frame_image(window, size):
    """The window as it is drawn now, letterboxed into `size` on the window's background."""
    pixmap = window.grab()
    width, height = size
    image = QImage(width, height, QImage.Format_RGB888)
    image.fill(window.palette().window().color() or QColor("white"))
    scaled = pixmap.scaled(width, height, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    painter = QPainter(image)
    painter.drawPixmap((width - scaled.width()) // 2, (height - scaled.height()) // 2, scaled)
    painter.end()
    return to_pillow(image)


def to_pillow(image):
    """A QImage in RGB888 as a Pillow image (rows may be padded to 4 bytes)."""
    image = image.convertToFormat(QImage.Format_RGB888)
    data = bytes(image.constBits())
    return Image.frombuffer("RGB", (image.width(), image.height()), data, "raw", "RGB",
                            image.bytesPerLine(), 1)


class Recording:
    """Plays `plan.steps` training steps in `window`, one frame per advance() call.

    The window's session goes on from where it is; the caller decides where that is (a
    lesson's start, a loaded session, or the steps already played undone first).
    """

    def __init__(self, window, plan, phases=None):
        self.window = window
        self.plan = plan.checked()
        self.store = FrameStore(self.plan.kind, self.plan.size, 1000 // self.plan.fps)
        self.phases = PHASES_PER_STEP * self.plan.steps if phases is None else phases
        self.phases_left = self.phases
        self._frame_ms = 1000 // self.plan.fps
        self._held_ms = None  # time the current phase has been shown once still

    @property
    def progress(self):
        """0..1: the share of phases played."""
        return 1.0 - self.phases_left / max(1, self.phases)

    @property
    def done(self):
        return self.phases_left == 0 and self._held_ms is None

    def advance(self):
        """Grab one frame, then move the picture on by one frame's time. A ShooterError
        when the frames would need more memory than MEMORY_BUDGET (nothing is written)."""
        if self.done:
            return
        if self._held_ms is None:
            self.window.session.advance_phase()
            self.phases_left -= 1
            self._held_ms = 0
        if self._held_ms > 0:  # nothing has moved since the last grab: that picture again
            self.store.hold()
        else:
            self.store.add(frame_image(self.window, self.plan.size))
        if self.store.needed_bytes() > MEMORY_BUDGET:
            raise self.plan.too_big()
        if animating(self.window):
            advance_animations(self.window, self._frame_ms)
            return
        self._held_ms += self._frame_ms
        if self._held_ms >= PHASE_HOLD_MS:
            self._held_ms = None

    def run(self, progress=None, cancelled=None):
        """Record to the end and write the file; returns the number of frames written.
        progress(share) is called per frame; cancelled() -> True stops without writing."""
        while not self.done:
            if cancelled is not None and cancelled():
                return 0
            self.advance()
            if progress is not None:
                progress(self.progress)
        return write_animation(self.store, self.plan.path)


def write_animation(store, path):
    """Encode the frames of `store` (a FrameStore of the path's format) into `path`; the
    file appears whole or not at all. Returns the number of frames written."""
    encoded = io.BytesIO()
    write_frames(store, encoded)
    with encoded.getbuffer() as data:  # no second copy of the file in memory
        write_bytes_atomic(path, data)
    return len(store)


def record_lesson(plan, lesson="sight-in", session_path=None, language="en", progress=None):
    """Headless: a window of `plan.size` drawn offscreen, the lesson (or a saved session)
    played for `plan.steps` steps in `language`; returns the number of frames written."""
    plan = plan.checked()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from shooter.app.main import create_application
    from shooter.app.main_window import MainWindow
    from shooter.app.session import Session
    from shooter.files import load_session

    if session_path is not None:
        load_session(session_path)  # a bad file stops here, with its own message
    create_application(["shooter"])
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    window = MainWindow(Session(lesson))
    if session_path is not None:
        window.session.open(session_path)
    window.set_language(language)
    window.set_controls_visible(False)  # slides show the range, the network and the plots
    window.setAttribute(Qt.WA_DontShowOnScreen)
    window.resize(*plan.size)
    window.show()
    try:
        return Recording(window, plan).run(progress)
    finally:
        window.session.pause()
        window.hide()
        window.deleteLater()
        qInstallMessageHandler(previous_handler)


SLICE_MS = 40  # frames grabbed per timer tick: the window keeps answering the Cancel button


def _quiet_offscreen(_kind, _context, text):
    """Qt's messages on a headless recording: the offscreen platform's note about size
    hints says nothing a user can act on; anything else still reaches stderr."""
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


class AnimationExport(QObject):
    """File > Export > Animation: the steps just played are taken back, played again while
    frames are grabbed, and written; the run ends exactly where it was (replay is exact).
    A progress dialog shows how far it is and cancels it."""

    finished = Signal(str, int)  # path, frames written
    failed = Signal(object)  # the error

    def __init__(self, window, plan):
        super().__init__(window)
        self.window = window
        session = window.session
        session.pause()
        session.show_present()  # a span chosen on the timeline ends at the present
        phases = 0
        while phases < PHASES_PER_STEP * plan.steps and session.can_go_back:
            session.back()
            phases += 1
        self.recording = Recording(window, plan, phases=phases)
        self.dialog = QProgressDialog(
            QCoreApplication.translate("Recording", "Recording the last steps…"),
            QCoreApplication.translate("Recording", "Cancel"), 0, 1000, window)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)

    def start(self):
        self.dialog.show()
        self._timer.start()

    def cancel(self):
        """Stop grabbing; the phases not yet played again are played at once, so the run
        is where it was before the export."""
        self._timer.stop()
        while self.recording.phases_left > 0:
            self.window.session.advance_phase()
            self.recording.phases_left -= 1
        self.dialog.close()

    @guarded()
    def _tick(self):
        clock = QElapsedTimer()
        clock.start()
        try:
            while not self.recording.done and clock.elapsed() < SLICE_MS:
                self.recording.advance()
        except ShooterError as error:  # past the memory budget: as Cancel, then say why
            self.cancel()
            self.failed.emit(error)
            return
        self.dialog.setValue(int(999 * self.recording.progress))
        if self.recording.done:
            self._timer.stop()
            self._write()

    def _write(self):
        self.dialog.setLabelText(QCoreApplication.translate("Recording", "Writing the file…"))
        QCoreApplication.processEvents()
        try:
            count = write_animation(self.recording.store, self.recording.plan.path)
        except (OSError, ValueError) as error:
            self.failed.emit(error)
        else:
            self.finished.emit(str(self.recording.plan.path), count)
        finally:
            self.dialog.close()
