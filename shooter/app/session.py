"""The bridge between the engine and the views: owns a Trainer and a QTimer.

State flows down as signals carrying immutable records; intent flows up as method calls.
Views never touch the Trainer: they read the records and the `snapshot` the signals carry.

Automatic training runs many steps per timer tick and redraws at most `FRAME_MS` apart, so
the window keeps answering between ticks.
"""

import math
import time
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from shooter.app.crash import guarded
from shooter.constants import MAX_SEED
from shooter.core.checkpoints import Checkpoints
from shooter.core.config import ConfigError
from shooter.core.lessons import LESSONS
from shooter.core.messages import ShooterError
from shooter.core.trainer import Trainer

FRAME_MS = 32  # redraw ~30 times a second while training runs (33 would cap it just above 30)
TICK_BUDGET_S = 0.012  # time spent stepping per timer tick, leaving the rest for input
# Training's share of a frame when drawing alone takes a whole frame or more: without it a
# slow machine would draw and hardly train.
MIN_STEPPING_S = 0.004
STEP_TIME_WEIGHT = 0.1  # weight of the newest step in the moving average of a step's time
STEP_TIME_SPIKE = 2.0  # a step's time counts for at most this many times the average
SPEEDS = (1, 5, 30, 200, 2000, None)  # steps per second; None: as many as the tick allows
UNDO_DEPTH = 200  # manual phases that can be taken back
MAX_BRANCHES = 8  # runs left by "go on from here" that can be brought back
# Shown records kept to rebuild the views after going back or on the timeline: twice the
# holes the target keeps, so the later half of the log shows any past step exactly, and a
# cap on records (four per manual step), so a long run holds a bounded amount of memory.
TARGET_HOLES = 5000  # the holes the target view keeps (its MAX_HOLES; a test checks they agree)
LOG_SHOTS = 2 * TARGET_HOLES
LOG_LIMIT = 4 * LOG_SHOTS


class NetworkState(NamedTuple):
    """What a view needs to draw the network: the shape and the current weights."""

    inputs: tuple
    hidden: tuple
    activation: str
    weights: tuple  # (W, b) per dense layer, copies


def network_state_of(trainer):
    cfg = trainer.config
    weights = tuple((d.W.copy(), d.b.copy()) for d in trainer.network.dense)
    return NetworkState(cfg.inputs, cfg.hidden, cfg.activation, weights)


class TimelinePlace(NamedTuple):
    """Where the timeline stands: the step the views show, or the present."""

    step: object  # completed steps shown (int), or None at the present
    present: int  # completed steps of the run
    drawn: object  # the step whose picture the range shows (int), None beyond the window
    exact_from: int  # the first step the views can show exactly
    note: str = ""  # "returned": a training control brought the present back first


class Branch(NamedTuple):
    """The future "go on from here" left: everything needed to bring it back exactly."""

    mark: tuple  # the history's mark at the step the new branch went on from
    snapshot: dict
    history_tail: dict  # series name -> values beyond the branching step
    log: tuple
    log_steps: tuple
    log_holes: tuple
    log_dropped: int
    log_network: NetworkState
    checkpoints: Checkpoints
    changes: tuple
    epoch: int
    pin_next: bool


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
    timeline_moved = Signal(object)  # TimelinePlace: the step the views show now

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
        self._log_steps = []  # per logged record: the step it belongs to (see _stamp)
        self._log_holes = []  # per logged record: holes it and those before it made, in all
        self.shown_step = None  # the earlier step the views show, None at the present
        self._shown_records = None  # log records the views show while at an earlier step
        self._scratch = None  # a trainer for reaching earlier steps, never shown
        self._reset_checkpoints()
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
        return network_state_of(self.trainer)

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
        if self.shown_step is not None and self._changes_nothing(changes):
            return True  # the panel passing its values on: the step shown stays
        self._return_to_present()  # settings are the present's
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
            self._new_epoch()
            self._log_network_change(shape)
            self._announce_state()
            self._mark_dirty(True)
        return True

    def _changes_nothing(self, changes):
        try:
            return replace(self.trainer.config, **changes) == self.trainer.config
        except (TypeError, ValueError):
            return False

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
        self._undrawn = None  # a step of the run being left
        self.trainer = trainer
        self._clear_log()
        self._reset_checkpoints()
        self.shown_step = None
        self._announce_state()
        self._emit_place()

    def _announce_state(self):
        """Tell every view the trainer's network, history and phase as they stand."""
        self.trainer_changed.emit(self.network_state())
        self.history_changed.emit(self.trainer.history)
        self.phase_changed.emit(self.trainer.next_phase)

    # --- intent: files -------------------------------------------------------------------
    def save(self, path):
        """Write the session to `path` (atomic). Returns True, or emits `error` and False."""
        from shooter.files import save_session  # file formats load on first use, not at start

        try:
            save_session(path, self.trainer)
        except ShooterError as exc:  # a SessionError too
            self.error.emit(exc)
            return False
        self.path = str(path)
        self._mark_dirty(False, force=True)
        return True

    def open(self, path):
        """Carry on from a session file. A bad file emits `error`; nothing changes then."""
        from shooter.core.session_io import restore
        from shooter.files import load_session

        self.pause()
        try:
            trainer = restore(load_session(path))
        except ShooterError as exc:  # a bad file (SessionError) or settings it cannot use
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
        if self._return_to_present(note="returned"):
            return None
        record = None
        while not self.trainer.diverged:
            record = self.advance_phase()
            if self.trainer.next_phase == "fire":
                break
        return record

    def _phase(self, name, action, signal):
        if self._return_to_present(note="returned"):
            return None
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
        if name == "adjust":
            self._step_done()
        self.phase_changed.emit(self.trainer.next_phase)
        return record

    def _emit_logged(self, signal, record):
        self._logged(signal, record)
        signal.emit(record)

    def _logged(self, signal, record):
        self._log.append((signal, record))
        self._log_steps.append(self._stamp(signal))
        self._log_holes.append((self._log_holes[-1] if self._log_holes else 0)
                               + holes_in(record))
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
            del self._log_steps[:drop]
            del self._log_holes[:drop]
            self._log_dropped += drop

    def _stamp(self, signal):
        """The step a record belongs to: a finished step (an adjustment, a frame) to the
        steps done; a phase before it, or a new network, to the step under way."""
        done = len(self.trainer.history)
        return done if signal in (self.adjusted, self.frame) else done + 1

    def _clear_log(self):
        self._log.clear()
        self._log_steps.clear()
        self._log_holes.clear()
        self._log_dropped = 0
        self._log_shots = 0
        self._log_network = self.network_state()  # the network the log's first record met

    def _undo_entry(self):
        """What going back restores: the trainer as it is and how much of the log it saw."""
        return self.trainer.snapshot(), self._log_dropped + len(self._log)

    def _push_undo(self, entry):
        undo = self._undo[-(UNDO_DEPTH - 1):] + [entry]
        branches = [i for i, e in enumerate(undo) if isinstance(e, Branch)]
        if len(branches) > MAX_BRANCHES:  # what lies before a forgotten branch is out of reach
            undo = undo[branches[-MAX_BRANCHES]:]
        self._undo = undo

    @property
    def can_go_back(self):
        return (bool(self._undo) or self.shown_step is not None) and not self.running

    def back(self):
        """Take back the last manual phase, or the last "go on from here": the trainer and
        every view as they were. Showing an earlier step, it returns to the present."""
        if self._return_to_present(note="returned"):
            return True
        if not self.can_go_back:
            return False
        entry = self._undo.pop()
        if isinstance(entry, Branch):
            self._bring_back(entry)
        else:
            snapshot, position = entry
            self.trainer.restore(snapshot)
            self._truncate_log(position - self._log_dropped)
            self.checkpoints.drop_after(len(self.trainer.history))
            self._new_epoch()
        self._replay(len(self._log))
        self._announce_state()
        self._emit_place()
        return True

    def _truncate_log(self, keep):
        del self._log[max(0, keep):]
        del self._log_steps[max(0, keep):]
        del self._log_holes[max(0, keep):]
        self._log_shots = sum(shots_in(record) for _, record in self._log)

    def _replay(self, count, network=None):
        """Rebuild every view from the first `count` logged records (then `network`)."""
        self.replaying = True
        try:
            self.restarted.emit()
            # Each record is shown with the network that made it: a record made before a
            # change of the network's shape is never drawn against the new one.
            self.trainer_changed.emit(self._log_network)
            for signal, record in self._log[:count]:
                signal.emit(record)
            if network is not None:
                self.trainer_changed.emit(network)
        finally:
            self.replaying = False

    def restore_last_good(self):
        self._return_to_present()
        if not self.trainer.diverged:
            return
        self.trainer.restore_last_good()
        self._new_epoch()
        self.restored.emit()
        self.trainer_changed.emit(self.network_state())
        self.phase_changed.emit(self.trainer.next_phase)

    # --- the timeline: earlier steps shown exactly, and branches ---------------------------
    @property
    def steps_done(self):
        return len(self.trainer.history)

    def _reset_checkpoints(self):
        """A new run: its start is the first checkpoint, pinned."""
        self.checkpoints = Checkpoints()
        self._epoch = 0
        self._changes = []  # (steps done, epoch it began) per change outside a step
        self._pin_next = False
        self._take_checkpoint(pinned=True)

    def _take_checkpoint(self, pinned=False):
        trainer = self.trainer
        if trainer.next_phase == "fire" and not trainer.diverged:
            self.checkpoints.add(len(trainer.history), self._epoch, trainer.snapshot(), pinned)
            return True
        return False

    def _step_done(self):
        """After each completed step, manual or automatic: a checkpoint when due."""
        if self._pin_next or self.checkpoints.due(self.steps_done):
            if self._take_checkpoint(pinned=self._pin_next):
                self._pin_next = False

    def _new_epoch(self):
        """The trainer changed outside a step (settings, a restore, an undo): steps from
        here on are never reached by stepping from a checkpoint taken before."""
        done = self.steps_done
        self._changes = [change for change in self._changes if change[0] <= done]
        self._epoch += 1
        self._changes.append((done, self._epoch))
        self._pin_next = not self._take_checkpoint(pinned=True)

    def _epoch_at(self, step):
        """The epoch of the state right after `step` (before any change made there)."""
        index = bisect_left([done for done, _ in self._changes], step) - 1
        return self._changes[index][1] if index >= 0 else 0

    def _state_at(self, step):
        """The trainer's snapshot right after `step` (with the history's mark of then), and
        the network it had; None when no checkpoint of that epoch reaches it."""
        checkpoint = self.checkpoints.latest(step, self._epoch_at(step))
        if checkpoint is None:
            return None
        config = checkpoint.snapshot["config"]
        if self._scratch is None or self._scratch.config != config:
            self._scratch = Trainer(config)
        scratch = self._scratch  # its own history is not the run's: count what it adds
        scratch.restore(checkpoint.snapshot)
        heldout_before = len(scratch.history.heldout_step)
        for _ in range(step - checkpoint.step):
            if scratch.diverged:
                return None
            scratch.step()
        snapshot = scratch.snapshot()
        heldout = checkpoint.snapshot["history"][1] + len(scratch.history.heldout_step)
        snapshot["history"] = (step, heldout - heldout_before)
        return snapshot, network_state_of(scratch)

    def exact_from(self):
        """The first step the views can show as they were: all of them while the log has
        lost nothing; else those whose shot has the target's full set of holes behind it
        in the log (the holes of the records dropped from its head are gone)."""
        if self._log_dropped == 0:
            return 0
        totals = self._log_holes
        before_head = totals[0] - holes_in(self._log[0][1])
        full = bisect_left(totals, before_head + TARGET_HOLES)  # holes to here: the set
        if full >= len(totals):
            return self.steps_done
        shot = bisect_right(totals, totals[full])  # the next record with holes: a shot
        return self._log_steps[shot] if shot < len(totals) else self.steps_done

    def timeline_place(self, note=""):
        return TimelinePlace(self.shown_step, self.steps_done, self._drawn(self.shown_step),
                             self.exact_from(), note)

    def _drawn(self, step):
        if step is None:
            return self.steps_done
        if step < self.exact_from():
            return None
        count = bisect_right(self._log_steps, step)
        return self._log_steps[count - 1] if count else 0

    def _emit_place(self, note=""):
        self.timeline_moved.emit(self.timeline_place(note))

    def show_step(self, step):
        """Show the views as they were right after `step`; the run itself stays where it
        is. Beyond what the log keeps, only the plots' cursor moves (and the place says
        so). At or past the last step, the present is shown."""
        self.pause()
        step = max(0, min(int(step), self.steps_done))
        if step >= self.steps_done:
            return self.show_present()
        if self.shown_step is None:  # the views show the present: rebuilt from the start
            self._shown_records = None
        self.shown_step = step
        drawn = self._drawn(step)
        count = bisect_right(self._log_steps, step)
        if drawn is None:
            self._replay(0)  # the range and the network's shot: nothing to show
            self._shown_records = None
        elif count != self._shown_records:
            state = self._state_at(drawn)
            if state is None:
                self._replay(0)
                self._shown_records = None
            else:
                self._show_records(count, state[1])
                self.phase_changed.emit(state[0]["next_phase"])
        self._emit_place()
        return True

    def _show_records(self, count, network):
        """The views as they were after the first `count` records: going forward from the
        records shown now adds the later ones (playing the timeline back costs a step's
        drawing per step); going backward rebuilds them from the start."""
        shown = self._shown_records
        if shown is None or count < shown:
            self._replay(count, network)
        else:
            self.replaying = True
            try:
                for signal, record in self._log[shown:count]:
                    signal.emit(record)
                if network is not None:
                    self.trainer_changed.emit(network)
            finally:
                self.replaying = False
        self._shown_records = count

    def show_present(self, note=""):
        """Back from an earlier step to the run as it stands."""
        if self.shown_step is None:
            return False
        self.shown_step = None
        self._show_records(len(self._log), None)
        self._shown_records = None  # the present: the run goes on from here
        self._announce_state()
        self._emit_place(note)
        return True

    def _return_to_present(self, note=""):
        """A training control used while an earlier step is shown brings the present back
        first (and does nothing else): the class sees where the run really is."""
        return self.show_present(note)

    def go_on_from_here(self):
        """Continue the run from the step shown, as a new branch: the later steps are put
        aside (going back brings them back exactly)."""
        step = self.shown_step
        if step is None or self.running:
            return False
        state = self._state_at(step)
        if state is None:
            return False
        snapshot = state[0]
        self._push_undo(self._branch_from(snapshot["history"]))
        self.trainer.restore(snapshot)  # the history rolls back to `step` too
        self._scratch = None  # its records now belong to the run: never stepped again
        self._truncate_log(bisect_right(self._log_steps, step))
        self.checkpoints.drop_after(step, self._epoch_at(step))
        self._new_epoch()
        self.shown_step = None
        self._replay(len(self._log))
        self._announce_state()
        self._emit_place()
        self._mark_dirty(True)
        return True

    def _branch_from(self, mark):
        history = self.trainer.history
        step, heldout = mark
        tail = {name: getattr(history, name).values[step:].copy()
                for name in ("loss", "mean_score", "grad_norm")}
        tail.update({name: getattr(history, name).values[heldout:].copy()
                     for name in ("heldout_step", "heldout_loss")})
        return Branch(mark, self.trainer.snapshot(), tail, tuple(self._log), tuple(self._log_steps),
                      tuple(self._log_holes),
                      self._log_dropped, self._log_network, self.checkpoints.copy(),
                      tuple(self._changes), self._epoch, self._pin_next)

    def _bring_back(self, branch):
        """Undo "go on from here": the run left then, every step and record as it was."""
        history = self.trainer.history
        history.rollback(branch.mark)  # the steps both runs share
        for name, values in branch.history_tail.items():
            getattr(history, name).extend(values)
        self.trainer.restore(branch.snapshot)
        self._log = list(branch.log)
        self._log_steps = list(branch.log_steps)
        self._log_holes = list(branch.log_holes)
        self._log_dropped = branch.log_dropped
        self._log_network = branch.log_network
        self._log_shots = sum(shots_in(record) for _, record in self._log)
        self.checkpoints = branch.checkpoints
        self._changes = list(branch.changes)
        self._epoch = branch.epoch
        self._pin_next = branch.pin_next
        self._mark_dirty(True)

    # --- automatic training --------------------------------------------------------------
    def set_speed(self, steps_per_second):
        """Steps per second while playing; None runs as fast as the redraw budget allows."""
        self.steps_per_second = None if steps_per_second is None else max(1, int(steps_per_second))

    def play(self):
        if self._return_to_present(note="returned"):
            return
        if self.running or self.trainer.diverged:
            return
        self._finish_cycle_quietly()
        # Manual phases are no longer undone once steps run on; a run left by "go on from
        # here" can still be brought back.
        self._undo = [entry for entry in self._undo if isinstance(entry, Branch)]
        self._last_tick = self.clock()
        self._owed = 1.0
        self._timer.start()
        self.running_changed.emit(True)

    def pause(self):
        """Stop playing; the steps taken since the last frame are drawn first, so the
        views (and what the narration says) show where training stopped."""
        if not self.running:
            return
        self._timer.stop()
        undrawn, self._undrawn = self._undrawn, None
        if undrawn is not None:
            self._show(undrawn, force=True)
        self.running_changed.emit(False)

    def toggle_running(self):
        self.pause() if self.running else self.play()

    def _finish_cycle_quietly(self):
        while self.trainer.next_phase != "fire" and not self.trainer.diverged:
            self.advance_phase()

    # The clock of automatic training; tests drive it by hand.
    clock = staticmethod(time.perf_counter)
    _step_time = 0.0  # moving average of one step's seconds (a step and its bookkeeping)
    _drawing_time = 0.0  # seconds from the last frame's start to the tick after it
    _frame_started = None  # when the frame just shown started, until the next tick
    _undrawn = None  # the last step taken while playing, when no frame has shown it yet

    @guarded()
    def _tick(self):
        if self.trainer.diverged:  # a manual phase diverged it while playing: stop, quietly
            self.pause()
            return
        now = self.clock()
        if self._frame_started is not None:  # the frame's signals and its paint are done
            self._drawing_time, self._frame_started = now - self._frame_started, None
        rate = self.steps_per_second
        self._owed = (min(self._owed + (now - self._last_tick) * rate,
                          1.0 + rate * TICK_BUDGET_S)  # never a backlog after a stall
                      if rate else math.inf)  # full speed: as many as the frame allows
        self._last_tick = now
        try:
            record = self._steps_until(*self._stepping_deadline(now))
        except ShooterError as exc:  # the run is full: stop playing and say so
            self.pause()
            self.error.emit(exc)
            return
        if record is not None:
            self._undrawn = record
            self._show(record)  # the time now, not the tick's start: a frame due is drawn
        if self.trainer.diverged:
            self.pause()  # draws the step that diverged, unless a frame just did
            self.diverged.emit(self.trainer.diverged)

    def _frame_due(self):
        return self._last_frame + FRAME_MS / 1000.0

    def _stepping_deadline(self, now):
        """(deadline, steps taken anyway): how the CPU is split between training and
        drawing, decided each tick. Before the next frame is due, steps run until it is,
        within the tick budget that keeps the window answering input (stretched when it
        would end just short of the frame: the next tick would find no room for a step,
        and the frame would wait). An overdue frame gets one step and is drawn at once;
        only when drawing alone takes a whole frame does training keep MIN_STEPPING_S of
        each frame, so that it never stalls."""
        due = self._frame_due()
        if now < due:
            budget_end = now + TICK_BUDGET_S
            return (due if due - budget_end < MIN_STEPPING_S else budget_end), 0
        if self._drawing_time >= FRAME_MS / 1000.0:
            return now + MIN_STEPPING_S, 1
        return now, 1

    def _steps_until(self, deadline, at_least=0):
        """Steps owed until `deadline`: a step is begun only when, at the measured time of a
        step, it ends before the deadline; `at_least` are taken anyway (when owed). The
        last record, or None."""
        record, taken = None, 0
        now = self.clock()
        while self._owed >= 1.0 and (taken < at_least or now + self._step_time < deadline):
            record = self.trainer.step()
            self._step_done()
            self._owed -= 1.0
            taken += 1
            started, now = now, self.clock()
            self._measured_step(now - started)
            if self.trainer.diverged:
                break
        return record

    def _measured_step(self, took):
        """Into the moving average of a step's time. One sample counts for at most twice
        the average: a step during which another program had the CPU would otherwise
        make the next several ticks stop far short of their frame."""
        if not self._step_time:
            self._step_time = took  # the first step measured sets the average
            return
        took = min(took, STEP_TIME_SPIKE * self._step_time)
        self._step_time += STEP_TIME_WEIGHT * (took - self._step_time)

    def _show(self, record, now=None, force=False):
        """Draw a frame with `record` when one is due, or will be before another step
        could end (waiting for the next tick would make it late)."""
        now = self.clock() if now is None else now
        if record is None or not (force or now + self._step_time >= self._frame_due()):
            return
        self._undrawn = None
        self._last_frame = self._frame_time(now)
        self._frame_started = now
        self._emit_logged(self.frame, record)
        self.history_changed.emit(self.trainer.history)
        self.trainer_changed.emit(self.network_state())
        self.phase_changed.emit(self.trainer.next_phase)

    def _frame_time(self, now):
        """When this frame counts as drawn: on the FRAME_MS cadence when it is a little
        early (by less than a step) or late (ticks end a few ms past the due time; counting
        from then would lose ~10 % of the frames), from now after a stall or a forced
        frame."""
        on_cadence = self._frame_due()
        early = on_cadence - self._step_time
        return on_cadence if early <= now < on_cadence + FRAME_MS / 1000.0 else now

    def _announce_divergence(self):
        if self.trainer.diverged:
            self.diverged.emit(self.trainer.diverged)

    # --- a run brought back (kept when it was left: the window's undo and recent runs) ------
    def bring_back(self, trainer, path=None, dirty=True):
        """Carry on with `trainer`, a run left earlier, exactly as it was left."""
        self.pause()
        self.lesson = LESSONS.get(trainer.config.lesson, LESSONS["sandbox"])
        self._replace(trainer)
        self.restarted.emit()
        self.path = path
        self._mark_dirty(dirty, force=True)

    @property
    def phases_to_take_back(self):
        """How many phases going back can undo (what an animation of the last steps plays)."""
        return len(self._undo)


def holes_in(record):
    """How many holes a logged record leaves on the target (shots lost off it leave none)."""
    fire = getattr(record, "fire", record)
    impacts = getattr(fire, "impacts_cm", None)
    if impacts is None:
        return 0
    return int(np.count_nonzero(np.all(np.isfinite(impacts), axis=1)))


def shots_in(record):
    """How many shots a logged record carries (a fire or a whole step has some)."""
    fire = getattr(record, "fire", record)
    impacts = getattr(fire, "impacts_cm", None)
    return 0 if impacts is None else len(impacts)
