"""The Qt bridge: phases in order, automatic training, divergence and recovery."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from shooter.app.session import Session  # noqa: E402


def test_phases_emit_their_records_in_order(qtbot):
    session = Session("sight-in")
    seen = []
    session.fired.connect(lambda r: seen.append("fire"))
    session.loss_measured.connect(lambda r: seen.append("loss"))
    session.pulled_back.connect(lambda r: seen.append("pull_back"))
    session.adjusted.connect(lambda r: seen.append("adjust"))
    session.step()
    assert seen == ["fire", "loss", "pull_back", "adjust"]
    assert session.pull_back() is None  # out of order: ignored, nothing emitted
    assert seen == ["fire", "loss", "pull_back", "adjust"]


def test_step_on_sight_in_lowers_the_loss(qtbot):
    session = Session("sight-in")
    for _ in range(6):
        session.step()
    losses = session.history.loss.values
    assert losses[-1] < losses[0] / 10


def test_play_trains_and_pause_stops(qtbot):
    session = Session("sight-in")
    session.set_speed(2000)
    with qtbot.waitSignal(session.frame, timeout=5000):
        session.play()
    assert session.running
    qtbot.waitUntil(lambda: len(session.history) > 50, timeout=5000)
    session.pause()
    stopped_at = len(session.history)
    qtbot.wait(50)
    assert not session.running and len(session.history) == stopped_at


def test_huge_learning_rate_diverges_and_restore_recovers(qtbot):
    session = Session("sight-in")
    assert session.configure(lr=5.0)
    session.set_speed(2000)
    with qtbot.waitSignal(session.diverged, timeout=5000) as blocker:
        session.play()
    assert blocker.args[0] in ("range_lost", "non_finite_loss", "non_finite_weights")
    assert not session.running
    with qtbot.waitSignal(session.restored):
        session.restore_last_good()
    assert not session.trainer.diverged
    assert all(np.all(np.isfinite(p)) for p in session.trainer.network.params)
    assert session.configure(lr=0.0025)
    before = len(session.history)
    session.step()
    assert len(session.history) == before + 1


def test_bad_setting_is_reported_and_changes_nothing(qtbot):
    session = Session("sight-in")
    with qtbot.waitSignal(session.error) as blocker:
        assert not session.configure(lr=-1.0)
    assert "learning rate" in str(blocker.args[0])
    assert blocker.args[0].message.key == "config.lr"
    assert session.config.lr == 0.0025


def test_configure_keeps_weights_when_shapes_match(qtbot):
    session = Session("sight-in")
    for _ in range(3):
        session.step()
    weights = session.trainer.network.get_weights()
    session.configure(lr=0.001)
    assert all(np.array_equal(a, b) for a, b in
               zip(weights, session.trainer.network.get_weights()))
    assert len(session.history) == 3


def test_lesson_switch_restarts(qtbot):
    session = Session("sight-in")
    session.step()
    with qtbot.waitSignal(session.restarted):
        session.set_lesson("wind")
    assert session.config.inputs == ("distance", "crosswind")
    assert len(session.history) == 0


def test_going_back_restores_trainer_and_views_exactly(qtbot):
    session = Session("burst")
    session.step()
    session.fire()
    holes = []
    session.restarted.connect(holes.clear)
    session.fired.connect(lambda r: holes.append(r.impacts_cm.copy()))
    weights = session.trainer.network.get_weights()
    session.measure_loss()
    session.pull_back()
    session.adjust()
    assert session.back() and session.back() and session.back()
    assert session.trainer.next_phase == "loss"
    assert all(np.array_equal(a, b) for a, b in
               zip(weights, session.trainer.network.get_weights()))
    assert len(holes) == 2  # the views were rebuilt from both shots shown so far
    # Going forward again gives bit-identical results to the first time.
    first = session.measure_loss().loss
    session.back()
    assert session.measure_loss().loss == first
    assert len(session.history) == 1


def test_going_back_is_refused_while_playing(qtbot):
    session = Session("sight-in")
    session.step()
    session.play()
    assert not session.back()
    session.pause()


class ManualClock:
    """The session's clock, moved by hand: a training step takes `step_s` of it."""

    def __init__(self, start=100.0):
        self.now = start

    def __call__(self):
        return self.now


def hand_driven_session(step_s=0.001):
    """A sight-in session at full speed whose ticks the test drives by hand on a clock of
    its own, where each training step takes `step_s`; the frames it shows, and the clock
    time at which each step ended."""
    session = Session("sight-in")
    frames, step_ends = [], []
    session.frame.connect(frames.append)
    session.set_speed(None)
    session.play()
    session.pause()
    clock = ManualClock()
    session.clock = clock
    session._last_tick = clock.now
    trainer_step = session.trainer.step

    def timed_step():
        record = trainer_step()
        clock.now += step_s
        step_ends.append(clock.now)
        return record

    session.trainer.step = timed_step
    return session, clock, frames, step_ends


def test_an_overdue_frame_gets_one_step_and_is_drawn_at_once(qtbot):
    session, clock, frames, _ = hand_driven_session()
    session._last_frame = clock.now - 1.0  # the last frame was long ago
    session._tick()
    assert session.trainer.iteration == 1
    assert len(frames) == 1 and frames[-1] is not None


def test_a_tick_never_begins_a_step_that_would_end_after_the_frame_is_due(qtbot):
    from shooter.app.session import FRAME_MS

    step_s = 0.003
    session, clock, frames, step_ends = hand_driven_session(step_s)
    session._last_frame = clock.now - 1.0
    session._tick()  # overdue: one step (measuring a step's time) and a frame
    assert len(frames) == 1
    due = session._last_frame + FRAME_MS / 1000.0
    for _ in range(10):  # ticks until the frame is drawn, with a little time between them
        clock.now += 0.0005
        session._tick()
        if len(frames) == 2:
            break
    assert len(frames) == 2
    stepped = step_ends[1:]
    assert stepped and max(stepped) <= due + 1e-9  # no step ran past the frame
    assert max(stepped) + step_s > due - 1e-9  # and none was left that would have fit
    assert session._step_time == pytest.approx(step_s)


def test_when_drawing_alone_takes_a_frame_training_still_gets_its_share(qtbot):
    from shooter.app.session import FRAME_MS, MIN_STEPPING_S

    step_s = 0.0005
    session, clock, frames, _ = hand_driven_session(step_s)
    session._last_frame = clock.now - 1.0
    session._tick()  # one step and a frame
    clock.now += 2 * FRAME_MS / 1000.0  # drawing it took two frames' time
    start = clock.now
    session._tick()
    assert len(frames) == 2  # overdue: drawn in this tick
    trained = clock.now - start  # training's share of this frame
    assert MIN_STEPPING_S - step_s - 1e-9 <= trained <= MIN_STEPPING_S + 1e-9
    clock.now += 0.001  # a quick frame this time: the next overdue one gets one step
    session._last_frame = clock.now - 1.0
    before = session.trainer.iteration
    session._tick()
    assert session.trainer.iteration - before == 1 and len(frames) == 3


def test_no_frame_before_it_is_due_but_training_goes_on(qtbot):
    from shooter.app.session import TICK_BUDGET_S

    session, clock, frames, step_ends = hand_driven_session()
    session._last_frame = clock.now + 60.0  # the next frame is far off
    start = clock.now
    session._tick()
    assert session.trainer.iteration > 1 and frames == []
    assert max(step_ends) <= start + TICK_BUDGET_S + 1e-9  # the window still answers input


def test_frames_keep_their_cadence_when_a_little_late_or_early(qtbot):
    from shooter.app.session import FRAME_MS

    session = Session("sight-in")
    period = FRAME_MS / 1000.0
    session._last_frame = 10.0
    session._step_time = 0.001
    assert session._frame_time(10.0 + period + 0.004) == 10.0 + period  # no drift
    assert session._frame_time(10.0 + period - 0.0005) == 10.0 + period  # within a step
    assert session._frame_time(10.0 + 5 * period) == 10.0 + 5 * period  # after a stall


def test_a_manual_step_that_diverges_while_playing_stops_the_timer(qtbot):
    session = Session("sight-in")
    session.play()
    session.configure(lr=50.0)
    while not session.trainer.diverged:
        session.trainer.step()  # diverged behind the timer's back
    session._tick()  # no PhaseError from stepping a diverged trainer
    assert not session.running


def test_a_full_run_stops_with_a_message_and_keeps_every_step(qtbot, monkeypatch):
    from shooter.core.history import History

    monkeypatch.setattr(History, "MAX_STEPS", 3)
    session = Session("sight-in")
    errors = []
    session.error.connect(errors.append)
    for _ in range(3):
        session.step()
    assert session.fire() is None  # refused before anything changed
    assert session.trainer.iteration == 3 and len(session.history.loss) == 3
    assert "3 steps" in str(errors[-1])
    session.play()
    qtbot.waitUntil(lambda: not session.running, timeout=5000)
    assert session.trainer.iteration == 3 and session.trainer.next_phase == "fire"


def test_a_step_slowed_by_another_program_does_not_stop_the_next_ticks_short(qtbot):
    session, clock, frames, _ = hand_driven_session(step_s=0.001)
    session._last_frame = clock.now - 1.0
    session._tick()  # measures a step: 1 ms
    session._measured_step(0.040)  # the machine was busy elsewhere for 40 ms
    assert session._step_time < 0.0012  # counted as a slow step, not as forty
    for _ in range(30):  # steps that really became slower are learnt in a few steps
        session._measured_step(0.003)
    assert session._step_time == pytest.approx(0.003, rel=0.05)
