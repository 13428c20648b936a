"""Predict first: the range waits for the class before the phases that show something new.

Before Fire the class places a marker where the shot will land; before Pull back (where the
green arrow appears) it points where the arrow will go. The phase then runs and the view shows
the truth beside the prediction, with the miss in cm or degrees; a tally for the lesson counts
them. The scoring and the tally are plain Python and numpy; PredictFirst is the Qt glue: it
gates the session's phases, takes keys and the mouse, and tells the target what to draw.
"""

import math
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextEdit,
)

from shooter.app.cheat_sheet import CheatSheet
from shooter.app.crash import guarded

LANDING, ARROW = "landing", "arrow"
WAITS_BEFORE = {"fire": LANDING, "pull_back": ARROW}  # the phase -> what is predicted first
STEP_CM = 5.0  # one arrow-key press moves the marker this far on the target
FINE_STEP_CM = 1.0  # with Shift
ARROW_WITHIN_DEG = 30.0  # an arrow prediction this close counts as right in the tally
DEFAULT_ARROW_CM = (0.0, 15.0)  # the arrow to predict starts pointing up
MARKER_LIMIT_CM = 60.0  # the marker stays on the view
MOVES = {Qt.Key_Left: (-1.0, 0.0), Qt.Key_Right: (1.0, 0.0), Qt.Key_Up: (0.0, 1.0),
         Qt.Key_Down: (0.0, -1.0)}
PLACE_KEYS = (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space)


# --- scoring (no Qt) ---------------------------------------------------------------------------
def landing_point(impacts_cm):
    """Where a shot or burst landed: its hole, or the centroid of a burst's finite holes
    (where the arrows start); None when every shot is lost."""
    impacts = np.asarray(impacts_cm, dtype=np.float64).reshape(-1, 2)
    finite = impacts[np.all(np.isfinite(impacts), axis=1)]
    return finite.mean(axis=0) if len(finite) else None


def landing_miss_cm(predicted_cm, landed_cm):
    """Distance in cm between the predicted and the real landing point."""
    return float(np.hypot(*(np.asarray(landed_cm, float) - np.asarray(predicted_cm, float))))


def angle_between_deg(a, b):
    """The angle in degrees (0-180) between two directions; NaN when either has no length."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))) or not (a.any() and b.any()):
        return math.nan
    return abs(math.degrees(math.atan2(a[0] * b[1] - a[1] * b[0], a @ b)))


class Outcome(NamedTuple):
    """One prediction scored: `predicted` and `actual` are a point in cm (landing) or an
    arrow vector in cm from `origin` (arrow); `miss` is cm or degrees."""

    kind: str
    iteration: int
    predicted: tuple
    actual: tuple
    miss: float
    origin: tuple = (0.0, 0.0)

    @property
    def close(self):
        """An arrow within ARROW_WITHIN_DEG of the truth."""
        return self.kind == ARROW and self.miss <= ARROW_WITHIN_DEG


def score(kind, iteration, predicted, actual, origin=(0.0, 0.0)):
    predicted, actual = tuple(map(float, predicted)), tuple(map(float, actual))
    miss = (landing_miss_cm(predicted, actual) if kind == LANDING
            else angle_between_deg(predicted, actual))
    return Outcome(kind, iteration, predicted, actual, miss, tuple(map(float, origin)))


class Tally:
    """The lesson's scored predictions, oldest first."""

    def __init__(self):
        self.outcomes = []

    def add(self, outcome):
        self.outcomes.append(outcome)

    def clear(self):
        self.outcomes.clear()

    def take_back(self, kind, iteration):
        """Remove and return the newest outcome if it is of (kind, iteration): the phase it
        scored was undone. None otherwise."""
        if self.outcomes and (self.outcomes[-1].kind, self.outcomes[-1].iteration) == (
                kind, iteration):
            return self.outcomes.pop()
        return None

    def count(self):
        return len(self.outcomes)

    def _of(self, kind):
        return [o for o in self.outcomes if o.kind == kind and math.isfinite(o.miss)]

    def mean_landing_miss_cm(self):
        misses = [o.miss for o in self._of(LANDING)]
        return sum(misses) / len(misses) if misses else None

    def arrows_close(self):
        """(arrows within ARROW_WITHIN_DEG, arrows scored)."""
        arrows = self._of(ARROW)
        return sum(o.close for o in arrows), len(arrows)


# --- what the target shows (no Qt) ----------------------------------------------------------------
class Picture(NamedTuple):
    """What the target draws for the prediction mode at this moment."""

    waiting: str | None  # LANDING or ARROW while the class predicts, else None
    placed: bool  # the waiting prediction is placed: the next phase may run
    marker: tuple | None  # the landing marker (cm) or the predicted arrow's vector (cm)
    origin: tuple  # where a predicted arrow starts (the hits' centroid)
    revealed: Outcome | None  # the latest scored prediction, shown until the next wait
    tally: Tally


# --- words -------------------------------------------------------------------------------------
translate = QCoreApplication.translate  # lupdate collects translate("Predict", "text")


def prompt(kind, placed):
    """The headline while the range waits for the class."""
    if kind == LANDING:
        return (translate("Predict", "Prediction placed: Space fires the shot") if placed
                else translate("Predict", "Predict first: place where the shot will land"))
    return (translate("Predict", "Prediction placed: Space pulls back and shows the arrow")
            if placed else
            translate("Predict", "Predict first: point where the green arrow will go"))


def hint(placed):
    """The line under the prompt: how to move and place the prediction."""
    if placed:
        return translate("Predict", "Arrow keys or the mouse move it again · Esc ends predicting")
    return translate("Predict", "Arrow keys or the mouse move it · Enter places it")


def miss_text(outcome):
    """The reveal's label at the prediction: how far off it was."""
    if not math.isfinite(outcome.miss):
        return translate("Predict", "prediction")
    if outcome.kind == LANDING:
        return translate("Predict", "prediction: {value} cm off").format(
            value=f"{outcome.miss:.1f}")
    return translate("Predict", "prediction: {value}° off").format(value=f"{outcome.miss:.0f}")


def tally_text(tally):
    """'Predictions: 5 · mean miss 12.0 cm · arrows within 30°: 3 of 4'."""
    parts = [translate("Predict", "Predictions: {count}").format(count=tally.count())]
    mean = tally.mean_landing_miss_cm()
    if mean is not None:
        parts.append(translate("Predict", "mean miss {value} cm").format(value=f"{mean:.1f}"))
    close, total = tally.arrows_close()
    if total:
        parts.append(translate("Predict", "arrows within {degrees}°: {close} of {total}").format(
            degrees=f"{ARROW_WITHIN_DEG:.0f}", close=close, total=total))
    return " · ".join(parts)


# --- the Qt glue ---------------------------------------------------------------------------------
class PredictFirst(QObject):
    """The prediction mode of one session and its target view."""

    toggled = Signal(bool)  # the mode went on or off

    def __init__(self, session, target, parent=None):
        super().__init__(parent or target)
        self.session, self.target = session, target
        self.enabled = False
        self.tally = Tally()
        self._marker = {LANDING: np.zeros(2), ARROW: np.array(DEFAULT_ARROW_CM)}
        self._placed = None  # the kind placed for the coming phase
        self._revealed = None
        self._origin = np.zeros(2)  # the last landing point: the marker's start, arrows' origin
        self._undoing = False
        self._dragging = False
        self._keys = KeyFilter(self)
        session.phase_gate = self._gate
        session.fired.connect(self._on_fired)
        session.pulled_back.connect(self._on_pulled_back)
        session.restarted.connect(self._on_restarted)
        session.phase_changed.connect(self._on_phase_changed)
        session.frame.connect(self._on_frame)
        session.running_changed.connect(self._on_running_changed)
        target.set_prediction(self)
        target.installEventFilter(self)

    # --- state ---------------------------------------------------------------------------------
    def waiting(self):
        """LANDING or ARROW while the range waits for the class, else None."""
        s = self.session
        if not self.enabled or s.running or s.trainer.diverged:
            return None
        return WAITS_BEFORE.get(s.trainer.next_phase)

    def placed(self):
        return self._placed is not None and self._placed == self.waiting()

    def marker(self):
        """The landing marker (cm on the target) or the predicted arrow (cm, from the hits)."""
        kind = self.waiting()
        return None if kind is None else tuple(map(float, self._marker[kind]))

    def picture(self):
        if not self.enabled:
            return None
        return Picture(self.waiting(), self.placed(), self.marker(),
                       tuple(map(float, self._origin)), self._revealed, self.tally)

    # --- intent ----------------------------------------------------------------------------------
    def set_enabled(self, on):
        if on == self.enabled:
            return
        self.enabled = on
        self._placed = None
        self._revealed = None
        if on:
            self._marker[LANDING] = self._origin.copy()
            QApplication.instance().installEventFilter(self._keys)
        else:
            QApplication.instance().removeEventFilter(self._keys)
        self._show()
        self.toggled.emit(on)

    @guarded()
    def toggle(self):
        self.set_enabled(not self.enabled)

    def move(self, dx_cm, dy_cm):
        """Move the waiting marker (or the predicted arrow's tip) by dx, dy cm."""
        kind = self.waiting()
        if kind is None:
            return
        point = self._marker[kind] + (dx_cm, dy_cm)
        if kind == ARROW and not point.any():  # an arrow needs a length to have a direction
            point = point + (dx_cm, dy_cm)
        self._set_marker(kind, point)

    def move_to(self, point_cm):
        """Put the marker at a point on the target (the arrow then points at it)."""
        kind = self.waiting()
        if kind is None:
            return
        point = np.asarray(point_cm, float)
        if kind == ARROW:
            point = point - self._origin
            if not point.any():
                return
        self._set_marker(kind, point)

    def _set_marker(self, kind, point):
        self._marker[kind] = np.clip(point, -MARKER_LIMIT_CM, MARKER_LIMIT_CM)
        self._placed = None  # moved again: it has to be placed again
        self._show()

    def place(self):
        """Place the waiting prediction where the marker is; the phase may then run."""
        kind = self.waiting()
        if kind is None:
            return False
        self._placed = kind
        self._revealed = None
        self._show()
        return True

    # --- the session ---------------------------------------------------------------------------
    def _gate(self, phase):
        """Called by the session before a phase: False holds it back. A phase asked for while
        the prediction is not placed places it at the marker (a keyboard-only teacher pressing
        Space goes on) and waits for the next request."""
        kind = WAITS_BEFORE.get(phase)
        if not self.enabled or kind is None or self.placed():
            return True
        self.place()
        return False

    @guarded()
    def _on_fired(self, record):
        landed = landing_point(record.impacts_cm)
        self._score(LANDING, record.iteration, landed)
        if landed is not None:
            self._origin = landed
        self._marker[LANDING] = self._origin.copy()

    @guarded()
    def _on_frame(self, record):
        """A step of automatic training: nothing is predicted, the marker follows the hits."""
        landed = landing_point(record.fire.impacts_cm)
        if landed is not None:
            self._origin = landed
            self._marker[LANDING] = landed.copy()

    @guarded()
    def _on_running_changed(self, _running):
        self._revealed = None  # training ran on: the last reveal is of a shot long gone
        self._show()

    @guarded()
    def _on_pulled_back(self, record):
        self._score(ARROW, record.iteration, record.aim_step_cm)

    def _score(self, kind, iteration, actual):
        if self.session.replaying or self._placed != kind or actual is None:
            return
        origin = self._origin if kind == ARROW else (0.0, 0.0)
        outcome = score(kind, iteration, self._marker[kind], actual, origin)
        self.tally.add(outcome)
        self._revealed = outcome
        self._placed = None
        self._show()

    @guarded()
    def _on_restarted(self):
        """A new lesson or reset clears the tally; going back (the session replays what is
        left) takes back the prediction of the phase undone, in _on_phase_changed."""
        self._origin = np.zeros(2)
        self._marker[LANDING] = np.zeros(2)
        self._placed = None
        self._revealed = None
        if self.session.replaying:
            self._undoing = True
        else:
            self.tally.clear()
        self._show()

    @guarded()
    def _on_phase_changed(self, next_phase):
        if self._undoing:
            self._undoing = False
            kind = WAITS_BEFORE.get(next_phase)
            taken = kind and self.tally.take_back(kind, self.session.trainer.iteration)
            if taken:  # the class sees its prediction again, to keep or move
                self._marker[kind] = np.array(taken.predicted)
        if self._placed is not None and self._placed != WAITS_BEFORE.get(next_phase):
            self._placed = None
        self._show()

    def _show(self):
        self.target.prediction_changed()

    # --- keys and the mouse ----------------------------------------------------------------------
    def handles_key(self, event):
        """Whether a key press belongs to the prediction: Esc while on; the arrow keys, Enter
        and Space while it waits."""
        key = event.key()
        if not self.enabled:
            return False
        if key == Qt.Key_Escape:
            return True
        if self.waiting() is None:
            return False
        if key in MOVES or key in (Qt.Key_Return, Qt.Key_Enter):
            return True
        return key == Qt.Key_Space and not self.placed()  # placed: Space runs the phase

    def key(self, event):
        key = event.key()
        if key == Qt.Key_Escape:
            self.set_enabled(False)
        elif key in MOVES:
            step = FINE_STEP_CM if event.modifiers() & Qt.ShiftModifier else STEP_CM
            dx, dy = MOVES[key]
            self.move(dx * step, dy * step)
        elif key in PLACE_KEYS:
            if self.placed():
                self.session.advance_phase()  # Enter twice: place, then go
            else:
                self.place()

    @guarded(fallback=False)
    def eventFilter(self, watched, event):
        """Mouse on the target: press or drag moves the marker, release places it."""
        if watched is not self.target or self.waiting() is None:
            return False
        kind = event.type()
        if kind == QEvent.MouseButtonPress and event.button() == Qt.LeftButton:
            self._dragging = True
        elif not (self._dragging and kind in (QEvent.MouseMove, QEvent.MouseButtonRelease)):
            return False
        self.move_to(self.target.to_cm(event.position()))
        if kind == QEvent.MouseButtonRelease:
            self._dragging = False
            self.place()
        return True


class KeyFilter(QObject):
    """The application-wide key filter while the mode is on: keys go to the prediction
    whichever widget of its window has the focus, before the window's shortcuts (Right
    moves the marker instead of running the next phase)."""

    def __init__(self, mode):
        super().__init__(mode)
        self.mode = mode

    @guarded(fallback=False)
    def eventFilter(self, watched, event):
        kind = event.type()
        if kind not in (QEvent.ShortcutOverride, QEvent.KeyPress):
            return False
        if not self._ours(watched) or not self.mode.handles_key(event):
            return False
        if kind == QEvent.ShortcutOverride:
            event.accept()  # the key comes as a key press, not as the window's shortcut
            return True
        self.mode.key(event)
        return True

    def _ours(self, watched):
        target = self.mode.target
        if not (isinstance(watched, QObject) and watched.isWidgetType()):
            return False
        if watched.window() is not target.window() or not target.isVisible():
            return False
        typing = (QLineEdit, QAbstractSpinBox, QTextEdit, QComboBox, CheatSheet)
        return not isinstance(QApplication.focusWidget(), typing)
