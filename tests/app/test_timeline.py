"""The timeline: earlier steps shown as they were, keys, the kept window, branches, playback."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from shooter.app import session as session_module
from shooter.app.session import Session
from shooter.app.target import holes as holes_module
from shooter.app.target.holes import MAX_HOLES
from shooter.app.timeline import page_size
from shooter.core import checkpoints
from shooter.core.checkpoints import Checkpoints, most_kept
from shooter.core.trainer import Trainer
from shooter.core.words import loss_number

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def window(make_window):
    window = make_window(size=(1024, 768))
    window.target.set_flight_speed(0)  # the holes land at once: a grab shows them
    return window


def target_state(target):
    return (target.current_holes_cm(), target.past_holes_cm(), target.error_lines(),
            target.correction_arrow(), target.shift_arrow())


def same_state(a, b):
    def same(x, y):
        if x is None or y is None:
            return x is y
        if isinstance(x, tuple):
            return all(same(p, q) for p, q in zip(x, y, strict=True))
        return np.array_equal(x, y)
    return all(same(x, y) for x, y in zip(a, b, strict=True))


def played(window, steps):
    """Play `steps` manual steps; after each, what every view shows."""
    shown = {}
    for _ in range(steps):
        window.session.step()
        step = window.session.steps_done
        shown[step] = {"target": window.target.grab().toImage(),
                       "target_state": target_state(window.target),
                       "network": window.network.grab().toImage(),
                       "narration": window.narration.text(),
                       "strip": window.range_strip.trajectories()}
    return shown


def assert_shows(window, step, then):
    assert window.session.shown_step == step
    assert same_state(target_state(window.target), then["target_state"])
    assert window.target.grab().toImage() == then["target"]
    assert window.network.grab().toImage() == then["network"]
    assert window.narration.text() == then["narration"]
    strip = window.range_strip.trajectories()
    assert len(strip) == len(then["strip"])
    assert all(np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
               for a, b in zip(strip, then["strip"]))
    assert window.plots.cursor_step() == step


def test_a_past_step_looks_exactly_as_it_did_when_it_was_played(window, qtbot):
    shown = played(window, 12)
    present = shown[12]
    for step in (11, 5, 1, 9):  # 5 and 11 lie between checkpoints: reached by stepping on
        window.session.show_step(step)
        assert_shows(window, step, shown[step])
    assert window.timeline.label.text() == "Step 9 of 12 — End: the present"
    qtbot.keyClick(window, Qt.Key_End)
    assert window.session.shown_step is None and window.plots.cursor_step() is None
    assert same_state(target_state(window.target), present["target_state"])
    assert window.network.grab().toImage() == present["network"]
    assert window.narration.text() == present["narration"]


def test_the_keys_move_one_step_a_tenth_of_the_run_the_start_and_the_present(window, qtbot):
    session = window.session
    for _ in range(30):
        session.step()
    assert page_size(30) == 10 and page_size(400) == 40
    moves = [(Qt.Key_BracketLeft, 29), (Qt.Key_BracketLeft, 28), (Qt.Key_BracketRight, 29),
             (Qt.Key_PageUp, 19), (Qt.Key_PageUp, 9), (Qt.Key_PageUp, 0),
             (Qt.Key_BracketLeft, 0), (Qt.Key_PageDown, 10), (Qt.Key_BracketRight, 11),
             (Qt.Key_End, None), (Qt.Key_Home, 0), (Qt.Key_PageDown, 10),
             (Qt.Key_PageDown, 20), (Qt.Key_PageDown, None)]
    for key, expected in moves:
        qtbot.keyClick(window, key)
        assert session.shown_step == expected, key
        assert window.plots.cursor_step() == expected
        assert window.timeline.slider.value() == (30 if expected is None else expected)
    assert session.steps_done == 30  # moving on the timeline trains nothing


def test_beyond_the_kept_window_the_timeline_says_so_and_the_plots_cursor_moves(
        window, qtbot, monkeypatch):
    monkeypatch.setattr(session_module, "LOG_LIMIT", 16)  # four manual steps of records
    monkeypatch.setattr(session_module, "TARGET_HOLES", 2)  # and the target keeps two
    monkeypatch.setattr(holes_module, "MAX_HOLES", 2)
    window.target.clear()
    session = window.session
    shown = played(window, 10)
    first = session.exact_from()
    assert 0 < first < 10
    qtbot.keyClick(window, Qt.Key_Home)  # the first step shown exactly
    assert_shows(window, first, shown[first])
    qtbot.keyClick(window, Qt.Key_Home)  # again: the start, which only the plots reach
    assert session.shown_step == 0 and window.plots.cursor_step() == 0
    qtbot.keyClick(window, Qt.Key_BracketRight)
    text = window.timeline.label.text()
    loss = session.history.loss.values[0]
    assert text.startswith("Step 1: only the plots reach back this far")
    assert f"loss {loss_number(loss)}" in text
    assert window.plots.cursor_step() == 1
    assert window.target.holes_count() == 0  # no picture rather than a wrong one


def test_the_target_keeps_the_holes_the_log_is_sized_for():
    assert session_module.TARGET_HOLES == MAX_HOLES
    assert session_module.LOG_SHOTS >= 2 * MAX_HOLES


def fresh_run(config, steps, changes=()):
    """The same run made anew: `changes` maps a step to settings changed after it."""
    trainer = Trainer(config)
    for step in range(steps):
        if step in dict(changes):
            trainer.reconfigure(**dict(changes)[step])
        trainer.step()
    return trainer


def shot_and_step(session):
    """Fire (the shot's impacts), then finish the step."""
    impacts = session.fire().impacts_cm
    session.step()
    return impacts


def history_arrays(history):
    return {name: getattr(history, name).values.copy() for name in history.NAMES}


def test_going_on_from_a_step_branches_and_going_back_brings_the_old_run_back(
        window, qtbot):
    session = window.session
    config = session.config
    for _ in range(20):
        session.step()
    assert session.configure(lr=config.lr * 0.5)  # a change mid-run: never stepped across
    for _ in range(20):
        session.step()
    old_history = history_arrays(session.history)
    old_weights = session.trainer.network.get_weights()
    for step in (27, 13):  # one in each epoch, both between checkpoints
        session.show_step(step)
        qtbot.keyClick(window, Qt.Key_G)
        assert session.shown_step is None and session.steps_done == step
        changes = {20: {"lr": config.lr * 0.5}} if step > 20 else {}
        reference = fresh_run(config, step, changes)
        branch = [shot_and_step(session) for _ in range(3)]
        expected = [reference.step().fire.impacts_cm for _ in range(3)]
        assert all(np.array_equal(a, b) for a, b in zip(branch, expected, strict=True))
        for _ in range(12):  # the branch's three manual steps, phase by phase
            qtbot.keyClick(window, Qt.Key_Left)
        assert session.steps_done == step
        qtbot.keyClick(window, Qt.Key_Left)  # the run left by "go on from here"
        assert session.steps_done == 40
        now = history_arrays(session.history)
        assert all(np.array_equal(now[name], old_history[name], equal_nan=True)
                   for name in now)
        assert all(np.array_equal(a, b) for a, b in
                   zip(session.trainer.network.get_weights(), old_weights, strict=True))
    following = shot_and_step(session)  # and it goes on as it would have
    reference = fresh_run(config, 40, {20: {"lr": config.lr * 0.5}})
    assert np.array_equal(following, reference.step().fire.impacts_cm)


def test_a_training_key_on_a_past_step_first_returns_to_the_present(window, qtbot):
    session = window.session
    for _ in range(5):
        session.step()
    session.show_step(2)
    qtbot.keyClick(window, Qt.Key_Space)
    assert session.shown_step is None and session.trainer.next_phase == "fire"
    assert session.steps_done == 5
    assert window.timeline.label.text().startswith("Back at the present (step 5)")
    qtbot.keyClick(window, Qt.Key_Space)
    assert session.trainer.next_phase == "loss"  # now it fires


def test_go_on_at_the_present_says_what_to_do(window, qtbot):
    window.session.step()
    qtbot.keyClick(window, Qt.Key_G)
    assert window.session.steps_done == 1
    assert "move back first" in window.timeline.label.text()
    assert not window.timeline.go_on_button.isEnabled()


def test_playback_advances_at_the_chosen_speed_and_stops_at_the_present(window):
    session, timeline = window.session, window.timeline
    for _ in range(40):
        session.step()
    session.show_step(0)
    timeline.set_speed(4)
    timeline.start_playback()
    assert timeline.playing()
    timeline.advance(249)
    assert session.shown_step == 0
    timeline.advance(1)
    assert session.shown_step == 1
    timeline.advance(1000)
    assert session.shown_step == 5
    timeline.set_speed(16)
    timeline.advance(1000)
    assert session.shown_step == 21 and window.plots.cursor_step() == 21
    assert timeline.advance(2000) is False  # past the end: the present, and it stops
    assert session.shown_step is None and not timeline.playing()
    assert session.steps_done == 40


def test_playback_from_the_present_starts_at_the_first_exact_step(window, qtbot):
    session = window.session
    for _ in range(3):
        session.step()
    qtbot.keyClick(window, Qt.Key_T)
    assert window.timeline.playing() and session.shown_step == 0
    qtbot.keyClick(window, Qt.Key_T)
    assert not window.timeline.playing()


def test_checkpoints_stay_bounded_over_ten_thousand_played_steps(qtbot):
    session = Session("sight-in")
    session.set_speed(None)
    session.play()
    qtbot.waitUntil(lambda: session.steps_done >= 10_000, timeout=120_000)
    session.pause()
    assert len(session.checkpoints) <= most_kept(session.steps_done)
    assert len(session.checkpoints) < 300
    steps = session.checkpoints.steps()
    assert steps[0] == 0 and steps[-1] > session.steps_done - checkpoints.SPACING


def test_thinning_keeps_a_logarithmic_number_of_checkpoints():
    kept = Checkpoints()
    for step in range(0, 100_000, checkpoints.SPACING):
        kept.add(step, 0, {})
        assert len(kept) <= most_kept(step)
    gaps = np.diff(kept.steps())
    assert gaps[-1] == checkpoints.SPACING and gaps.max() <= 100_000 // 4


def test_a_step_reached_in_automatic_play_shows_the_frame_drawn_by_then(window, qtbot):
    session = window.session
    frames = []
    session.frame.connect(lambda record: frames.append(session.steps_done))
    session.set_speed(200)
    session.play()
    qtbot.waitUntil(lambda: len(frames) >= 4, timeout=20_000)
    session.pause()
    drawn = frames[1]
    session.show_step(drawn)
    assert window.timeline.label.text().startswith(f"Step {drawn} of {session.steps_done} —")
    if frames[2] > drawn + 1:  # a step no frame drew: the picture drawn last before it
        session.show_step(drawn + 1)
        assert f"as drawn at step {drawn} —" in window.timeline.label.text()
    assert window.plots.cursor_step() == session.shown_step


def test_dragging_the_slider_and_the_go_on_button(window, qtbot):
    session, timeline = window.session, window.timeline
    for _ in range(8):
        session.step()
    timeline.slider.setSliderDown(True)
    for value in (7, 5, 3):  # the views follow a drag a few times a second, not every move
        timeline.slider.setSliderPosition(value)  # emits sliderMoved while held down
    qtbot.waitUntil(lambda: session.shown_step == 3)
    timeline.slider.setSliderDown(False)
    assert window.plots.cursor_step() == 3
    assert timeline.go_on_button.isEnabled()
    qtbot.mouseClick(timeline.go_on_button, Qt.LeftButton)
    assert session.steps_done == 3 and session.shown_step is None


def test_the_timeline_is_one_row_and_the_window_still_fits_1024x768(window):
    window.session.step()
    window.session.show_step(0)
    for language in ("en", "zh_CN"):
        window.set_language(language)
        assert window.minimumSizeHint().width() <= 1024
        assert window.timeline.height() <= 3 * window.timeline.label.fontMetrics().height()
    window.set_presenting(True)
    assert window.timeline.isVisible()
    assert window.timeline.label.font().pointSizeF() > window.style_.base_point_size
    window.set_presenting(False)


def test_settings_passed_on_unchanged_keep_the_step_shown_and_a_change_returns(window):
    session = window.session
    for _ in range(4):
        session.step()
    session.show_step(2)
    assert session.configure(lr=session.config.lr)
    assert session.shown_step == 2
    assert session.configure(lr=session.config.lr * 0.5)
    assert session.shown_step is None and session.steps_done == 4
