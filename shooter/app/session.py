"""The bridge between the engine and the views: owns a Trainer and a QTimer.

State flows down as signals carrying immutable records; intent flows up as method calls.
Views never touch the Trainer: they read the records and the `snapshot` the signals carry.

Automatic training runs many steps per timer tick and redraws at most `FRAME_MS` apart, so
the window keeps answering between ticks.
"""

import math
import time
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal

from shooter.app.crash import guarded
from shooter.constants import MAX_SEED
from shooter.core.config import ConfigError
from shooter.core.lessons import LESSONS
from shooter.core.messages import ShooterError
from shooter.core.session_io import SessionError, restore
from shooter.core.trainer import Trainer
from shooter.files import load_session, save_session

FRAME_MS = 32  # redraw ~30 times a second while training runs (33 would cap it just above 30)
TICK_BUDGET_S = 0.012  # time spent stepping per timer tick, leaving the rest for input
# An overdue frame still lets each tick train a little: drawing alone would stall training.
MIN_STEPPING_S = 0.004
MIN_STEPS_PER_TICK = 4
SPEEDS = (1, 5, 30, 200, 2000, None)  # steps per second; None: as many as the tick allows
UNDO_DEPTH = 200  # manual phases that can be taken back
# Shown records kept to rebuild the views after going back: no more shots than the target
# view keeps holes, and a cap on records, so a long run holds a bounded amount of memory.
LOG_SHOTS = 5000
LOG_LIMIT = 5000


@dataclass(frozen=True)
class NetworkState:
    """What a view needs to draw the network: the shape and the current weights."""

    inputs: tuple
    hidden: tuple
    activation: str
    weights: tuple  # (W, b) per dense layer, copies


class Session(QObject):
    trainer_changed = Signal(object)  # NetworkState, after a lesson/config change or reset
    fired = Signal(object)  # FireRecord
    loss_measured = Signal(object)  # LossRecord
    pulled_back = Signal(object)  # PullBackRecord
    adjusted = Signal(object)  # AdjustRecord
    frame = Signal(object)  # StepRecord: the latest step while running (capped rate)
    history_changed = Signal(object)  # History (read only!)
    phase_changed = Signal(str)  # the next phase: fire, loss, pull_back, adjust
    running_changed = Signal(bool)
    diverged = Signal(str)  # reason key
    restored = Signal()
    error = Signal(object)  # the error to tell the user (ShooterError: a key and parameters)
    restarted = Signal()  # a new lesson or a reset: old holes and markers go
    file_changed = Signal()  # the file name or the unsaved-changes mark changed

    def __init__(self, lesson="sight-in", parent=None):
        super().__init__(parent)
        self.lesson = LESSONS[lesson]
        self.trainer = Trainer(self.lesson.configured())
        self.steps_per_second = SPEEDS[2]
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._last_frame = 0.0
        self._owed = 0.0
        self._last_tick = None
        self.replaying = False  # True while the views are rebuilt after going back
        self._undo = []  # (trainer snapshot, log position) before each manual phase
        self._log = []  # (signal, record) shown since the last restart, oldest dropped
        self._log_dropped = 0  # records dropped from the log's head since the last restart
        self._log_shots = 0  # shots in the log
        self._log_network = self.network_state()  # the network the log's first record met
        # Asked before work is thrown away (lesson switch, reset); the window sets it.
        self.confirm_discard = lambda: True
        # Asked before each manual phase (its name); False holds it back (Predict first).
        self.phase_gate = None
        self.path = None  # the session file this work was last saved to or opened from
        self.dirty = False  # changes since then
        for signal in (self.adjusted, self.frame):
            signal.connect(lambda *_: self._mark_dirty(True))

    # --- read-only views of the state ----------------------------------------------------
    @property
    def config(self):
        return self.trainer.config

    @property
    def history(self):
        return self.trainer.history

    @property
    def running(self):
        return self._timer.isActive()

    def network_state(self):
        cfg = self.trainer.config
        weights = tuple((d.W.copy(), d.b.copy()) for d in self.trainer.network.dense)
        return NetworkState(cfg.inputs, cfg.hidden, cfg.activation, weights)

    # --- intent: configuration ---------------------------------------------------------
    def set_lesson(self, key):
        self.pause()
        if not self.confirm_discard():
            self.trainer_changed.emit(self.network_state())  # panels show what still holds
            return False
        self.lesson = LESSONS[key]
        self._replace(Trainer(self.lesson.configured()))
        self.restarted.emit()
        self.path = None
        self._mark_dirty(False, force=True)
        return True

    def configure(self, **changes):
        """Change settings mid-run. A change changes only itself (Trainer.reconfigure): the
        shots, the optimiser's state, the phase and the history go on. It can be taken back
        like a phase; values equal to the current ones change nothing (moving the focus
        through the panel does nothing).

        Returns True when accepted; a bad value emits `error` and changes nothing.
        """
        before = None if self.running else self._undo_entry()
        shape = self._network_shape()
        try:
            changed = self.trainer.reconfigure(**changes)
        except ValueError as exc:
            self.error.emit(exc)
            return False
        if changed:
            if before is not None:
                self._push_undo(before)
            self._log_network_change(shape)
            self._announce_state()
            self._mark_dirty(True)
        return True

    def _network_shape(self):
        cfg = self.trainer.config
        return cfg.inputs, cfg.hidden, cfg.activation

    def _log_network_change(self, old_shape):
        """Records made after a change of the network are replayed with it (see back)."""
        if self._network_shape() != old_shape:
            self._logged(self.trainer_changed, self.network_state())

    def reset(self, seed=None):
        """A new initial guess: the next seed (or the one given) draws new weights,
        conditions and, where the lesson leaves it open, a new rifle temperament."""
        self.pause()
        if not self.confirm_discard():
            self.trainer_changed.emit(self.network_state())
            return False
        if seed is None:  # the next seed, wrapping round at the top of the range
            seed = (self.trainer.config.seed + 1) % (MAX_SEED + 1)
        try:
            trainer = Trainer(replace(self.trainer.config, seed=seed))
        except ConfigError as exc:
            self.error.emit(exc)
            return False
        self._replace(trainer)
        self.restarted.emit()
        return True

    def _replace(self, trainer):
        self._undo.clear()
        self.trainer = trainer
        self._clear_log()
        self._announce_state()

    def _announce_state(self):
        """Tell every view the trainer's network, history and phase as they stand."""
        self.trainer_changed.emit(self.network_state())
        self.history_changed.emit(self.trainer.history)
        self.phase_changed.emit(self.trainer.next_phase)

    # --- intent: files -------------------------------------------------------------------
    def save(self, path):
        """Write the session to `path` (atomic). Returns True, or emits `error` and False."""
        try:
            save_session(path, self.trainer)
        except (SessionError, ShooterError) as exc:
            self.error.emit(exc)
            return False
        self.path = str(path)
        self._mark_dirty(False, force=True)
        return True

    def open(self, path):
        """Carry on from a session file. A bad file emits `error`; nothing changes then."""
        self.pause()
        try:
            trainer = restore(load_session(path))
        except (SessionError, ShooterError) as exc:  # a bad file or settings it cannot use
            self.error.emit(exc)
            return False
        self.lesson = LESSONS.get(trainer.config.lesson, LESSONS["sandbox"])
        self._replace(trainer)
        self.restarted.emit()
        self.path = str(path)
        self._mark_dirty(False, force=True)
        return True

    def _mark_dirty(self, dirty, force=False):
        if dirty != self.dirty or force:
            self.dirty = dirty
            self.file_changed.emit()

    # --- intent: the cycle ---------------------------------------------------------------
    def fire(self):
        return self._phase("fire", self.trainer.fire, self.fired)

    def measure_loss(self):
        record = self._phase("loss", self.trainer.measure_loss, self.loss_measured)
        self._announce_divergence()
        return record

    def pull_back(self):
        return self._phase("pull_back", self.trainer.pull_back, self.pulled_back)

    def adjust(self):
        record = self._phase("adjust", self.trainer.adjust, self.adjusted)
        self.history_changed.emit(self.trainer.history)
        if record is not None:
            self.trainer_changed.emit(self.network_state())
        self._announce_divergence()
        return record

    def fire_and_measure(self):
        """Fire, then show how far off the shots are (the loss)."""
        if self.fire() is not None:
            self.measure_loss()

    def advance_phase(self):
        """Do whichever phase comes next."""
        return {"fire": self.fire, "loss": self.measure_loss, "pull_back": self.pull_back,
                "adjust": self.adjust}[self.trainer.next_phase]()

    def step(self):
        """Finish the current cycle (or run a whole one), showing each phase."""
        record = None
        while not self.trainer.diverged:
            record = self.advance_phase()
            if self.trainer.next_phase == "fire":
                break
        return record

    def _phase(self, name, action, signal):
        if self.trainer.diverged or self.trainer.next_phase != name or self.running:
            return None
        if self.phase_gate is not None and not self.phase_gate(name):
            return None
        entry = self._undo_entry()
        try:
            record = action()
        except ShooterError as exc:  # the run is full: nothing changed, say so
            self.error.emit(exc)
            return None
        self._push_undo(entry)
        if record is not None:
            self._emit_logged(signal, record)
        self.phase_changed.emit(self.trainer.next_phase)
        return record

    def _emit_logged(self, signal, record):
        self._logged(signal, record)
        signal.emit(record)

    def _logged(self, signal, record):
        self._log.append((signal, record))
        self._log_shots += shots_in(record)
        drop = 0
        while len(self._log) - drop > 1 and (self._log_shots > LOG_SHOTS
                                             or len(self._log) - drop > LOG_LIMIT):
            dropped_signal, dropped = self._log[drop]
            if dropped_signal is self.trainer_changed:
                self._log_network = dropped
            self._log_shots -= shots_in(dropped)
            drop += 1
        if drop:
            del self._log[:drop]
            self._log_dropped += drop

    def _clear_log(self):
        self._log.clear()
        self._log_dropped = 0
        self._log_shots = 0
        self._log_network = self.network_state()  # the network the log's first record met

    def _undo_entry(self):
        """What going back restores: the trainer as it is and how much of the log it saw."""
        return self.trainer.snapshot(), self._log_dropped + len(self._log)

    def _push_undo(self, entry):
        self._undo = self._undo[-(UNDO_DEPTH - 1):] + [entry]

    @property
    def can_go_back(self):
        return bool(self._undo) and not self.running

    def back(self):
        """Take back the last manual phase: the trainer and every view as they were."""
        if not self.can_go_back:
            return False
        snapshot, position = self._undo.pop()
        self.trainer.restore(snapshot)
        del self._log[max(0, position - self._log_dropped):]
        self._log_shots = sum(shots_in(record) for _, record in self._log)
        self.replaying = True
        try:
            self.restarted.emit()
            # Each record is shown with the network that made it: a record made before a
            # change of the network's shape is never drawn against the new one.
            self.trainer_changed.emit(self._log_network)
            for signal, record in self._log:
                signal.emit(record)
        finally:
            self.replaying = False
        self._announce_state()
        return True

    def restore_last_good(self):
        if not self.trainer.diverged:
            return
        self.trainer.restore_last_good()
        self.restored.emit()
        self.trainer_changed.emit(self.network_state())
        self.phase_changed.emit(self.trainer.next_phase)

    # --- automatic training --------------------------------------------------------------
    def set_speed(self, steps_per_second):
        """Steps per second while playing; None runs as fast as the redraw budget allows."""
        self.steps_per_second = None if steps_per_second is None else max(1, int(steps_per_second))

    def play(self):
        if self.running or self.trainer.diverged:
            return
        self._finish_cycle_quietly()
        self._undo.clear()
        self._last_tick = time.perf_counter()
        self._owed = 1.0
        self._timer.start()
        self.running_changed.emit(True)

    def pause(self):
        if not self.running:
            return
        self._timer.stop()
        self.running_changed.emit(False)

    def toggle_running(self):
        self.pause() if self.running else self.play()

    def _finish_cycle_quietly(self):
        while self.trainer.next_phase != "fire" and not self.trainer.diverged:
            self.advance_phase()

    @guarded()
    def _tick(self):
        if self.trainer.diverged:  # a manual phase diverged it while playing: stop, quietly
            self.pause()
            return
        now = time.perf_counter()
        rate = self.steps_per_second or math.inf
        self._owed = min(self._owed + (now - self._last_tick) * rate,
                         1.0 + rate * TICK_BUDGET_S)  # never a backlog after a stall
        self._last_tick = now
        try:
            record = self._steps_until(self._stepping_deadline(now))
        except ShooterError as exc:  # the run is full: stop playing and say so
            self.pause()
            self.error.emit(exc)
            return
        if record is not None:
            self._show(record)  # the time now, not the tick's start: a frame due is drawn
        if self.trainer.diverged:
            self.pause()
            self._show(record, force=True)
            self.diverged.emit(self.trainer.diverged)

    def _stepping_deadline(self, now):
        """Step until the next frame is due, within the tick budget. Ticks stepping for
        the full budget would finish just short of a frame, and only every second or
        third tick would draw one."""
        frame_due = self._last_frame + FRAME_MS / 1000.0
        return min(now + TICK_BUDGET_S, max(frame_due, now + MIN_STEPPING_S))

    def _steps_until(self, deadline):
        """Steps owed, at least MIN_STEPS_PER_TICK when owed, until `deadline`; the last
        record or None."""
        record, taken = None, 0
        while self._owed >= 1.0 and (taken < MIN_STEPS_PER_TICK
                                     or time.perf_counter() < deadline):
            record = self.trainer.step()
            self._owed -= 1.0
            taken += 1
            if self.trainer.diverged:
                break
        return record

    def _show(self, record, now=None, force=False):
        now = time.perf_counter() if now is None else now
        if record is None or not (force or (now - self._last_frame) * 1000 >= FRAME_MS):
            return
        self._last_frame = self._frame_time(now)
        self._emit_logged(self.frame, record)
        self.history_changed.emit(self.trainer.history)
        self.trainer_changed.emit(self.network_state())
        self.phase_changed.emit(self.trainer.next_phase)

    def _frame_time(self, now):
        """When this frame counts as drawn: on the FRAME_MS cadence when it is a little
        late (ticks end a few ms past the due time; counting from then would lose ~10 %
        of the frames), from now after a stall or a forced frame."""
        on_cadence = self._last_frame + FRAME_MS / 1000.0
        return on_cadence if on_cadence <= now < on_cadence + FRAME_MS / 1000.0 else now

    def _announce_divergence(self):
        if self.trainer.diverged:
            self.diverged.emit(self.trainer.diverged)


def shots_in(record):
    """How many shots a logged record carries (a fire or a whole step has some)."""
    fire = getattr(record, "fire", record)
    impacts = getattr(fire, "impacts_cm", None)
    return 0 if impacts is None else len(impacts)
