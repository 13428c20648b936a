"""Every lesson of the Lesson menu, driven with the keys a teacher presses.

Ctrl+<number> opens a lesson, Space / Right advance one phase, Left / Backspace take one
back. Each phase must show what it did, with the numbers of the shot, on the narration, the
target, the network view and the plots; going back must put every one of them, and the
trainer underneath, exactly where they were. The lessons come from shooter.core.lessons, so
a new lesson is walked through here without touching this file.
"""

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shooter.app.lesson_texts import lesson_title
from shooter.app.lessons import (
    DifferentiationView,
    ExperienceView,
    SearchView,
    SurfaceView,
)
from shooter.app.lessons.valley import STEP_MS, ValleyView
from shooter.app.lessons.worked_example import WorkedExampleView
from shooter.app.lessons.your_turn import YourTurnView
from shooter.app.main_window import MainWindow, lesson_view_classes
from shooter.app.session import Session
from shooter.core.lessons import LESSONS
from shooter.core.words import loss_number

LESSON_KEYS = list(LESSONS)
FORWARD_KEYS = (Qt.Key_Space, Qt.Key_Right)  # alternated, so both keys are exercised
BACK_KEYS = (Qt.Key_Left, Qt.Key_Backspace)
CYCLES = 2  # two full shots: the second one proves the first left its holes and points
LONG_MS = 10**6  # more than any flight or sweep: the animation is over


# --- driving the window -------------------------------------------------------------------
def other_lesson(key):
    """A lesson to start in, so that the key under test really switches."""
    return next(k for k in LESSON_KEYS if k != key)


def open_window(qtbot, start):
    window = MainWindow(Session(start))
    window.ask_save_changes = lambda: "discard"
    qtbot.addWidget(window)
    window.set_language("en")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts go to the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def lesson_action(window, key):
    return next(a for a in window.lesson_actions.actions() if a.data() == key)


def select_lesson(qtbot, window, key):
    """Ctrl+<number> where the menu gives the lesson one; the menu entry otherwise."""
    shortcuts = lesson_action(window, key).shortcuts()
    if shortcuts:
        combination = shortcuts[0][0]
        qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
    else:
        lesson_action(window, key).trigger()


@pytest.fixture
def lesson_window(qtbot, request):
    """The window opened on another lesson, then switched to `key` by its shortcut."""
    key = request.param
    window = open_window(qtbot, other_lesson(key))
    select_lesson(qtbot, window, key)
    assert window.session.lesson.key == key
    yield window
    window.set_language("en")


def land(window):
    """Let the bullet arrive and the gradients finish flowing back, without waiting."""
    window.target.advance(LONG_MS)
    window.network.advance(LONG_MS)


def press(qtbot, window, key):
    qtbot.keyClick(window, key)


# --- what a user sees, as plain values ----------------------------------------------------
def curve_points(window, name="loss"):
    xs, ys = window.plots.curves()[name].getData()
    return np.empty(0) if ys is None else np.array(ys)


def arrow(view_arrow):
    return None if view_arrow is None else np.concatenate(view_arrow)


def capture(window):
    """Everything going back must restore: the trainer's state and what each view shows."""
    trainer = window.session.trainer
    history = trainer.history
    return {
        "weights": trainer.network.get_weights(),
        "optimizer": trainer.optimizer.state(),
        "rng": trainer.shots.rng_states(),
        "history": {name: getattr(history, name).values.copy() for name in history.NAMES},
        "iteration": trainer.iteration,
        "next_phase": trainer.next_phase,
        "diverged": trainer.diverged,
        "last_good": [w.copy() for w in trainer.last_good],
        "last": {phase: record for phase, record in trainer.last.items()},
        "narration": window.narration.text(),
        "headline": window.target.headline(),
        "past_holes": window.target.past_holes_cm(),
        "current_holes": window.target.current_holes_cm(),
        "red_lines": window.target.error_lines(),
        "green_arrow": arrow(window.target.correction_arrow()),
        "shift_arrow": arrow(window.target.shift_arrow()),
        "edges": window.network.edge_weights(),
        "edge_colours": window.network.edge_colours(),
        "showing_gradients": window.network.showing_gradients(),
        "loss_points": curve_points(window, "loss"),
        "score_points": curve_points(window, "score"),
    }


def same(a, b):
    """Bit-for-bit equality through dicts, lists and numpy arrays."""
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return (isinstance(b, (list, tuple)) and len(a) == len(b)
                and all(same(x, y) for x, y in zip(a, b)))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)
                and a.shape == b.shape and np.array_equal(a, b, equal_nan=True))
    return a == b


def differing(before, after):
    return sorted(name for name in before if not same(before[name], after[name]))


def numbers_in(text):
    return re.findall(r"-?\d+(?:\.\d+)?", text)


# --- the phases, one check each ------------------------------------------------------------
def check_fire(window, before):
    trainer = window.session.trainer
    fire = trainer.last["fire"]
    batch = trainer.config.batch
    assert trainer.next_phase == "loss" and fire.iteration == before["iteration"]
    target = window.target
    assert target.in_flight() and target.headline() == "The bullet is flying…"
    land(window)
    rings = [str(int(s)) for s in fire.scores]
    text = window.narration.text()
    if batch == 1:
        assert f"Shot {fire.iteration + 1}:" in text and f"ring {rings[0]}" in text, text
        assert target.headline() == f"Shot {fire.iteration + 1} has landed"
    else:
        assert f"Burst {fire.iteration + 1}: {batch} shots, rings" in text, text
        assert " ".join(rings) in text, text
        assert target.headline() == f"Burst {fire.iteration + 1}: {batch} shots have landed"
    assert "the forward pass" in text, text  # the analogy and the field's term together
    assert np.array_equal(target.current_holes_cm(), fire.impacts_cm)
    assert target.holes_count() == batch * (fire.iteration + 1)
    assert len(target.error_lines()) == 0 and target.correction_arrow() is None
    assert not window.network.showing_gradients()


def check_loss(window, before):
    trainer = window.session.trainer
    fire, loss = trainer.last["fire"], trainer.last["loss"]
    assert trainer.next_phase == "pull_back"
    text = window.narration.text()
    mean_miss = np.mean(np.hypot(*loss.offsets_cm.T))
    assert "red line" in text and f"{mean_miss:.1f} cm" in text, text
    assert f"= {loss_number(loss.loss)}" in text, text
    lines = window.target.error_lines()
    assert len(lines) == trainer.config.batch  # one red line per hole
    assert np.array_equal(lines, fire.impacts_cm)
    headline = window.target.headline()
    if len(fire.scores) == 1:
        ring = int(fire.scores[0])
        assert (f"ring {ring}" in headline) if ring > 0 else ("miss" in headline), headline
    elif len(fire.scores) > 3:
        assert f"mean ring {loss.mean_score:.1f}" in headline, headline


def check_pull_back(window, before):
    trainer = window.session.trainer
    pull = trainer.last["pull_back"]
    assert trainer.next_phase == "adjust"
    text = window.narration.text()
    assert "green arrow" in text and "backpropagation" in text, text
    for value in pull.aim_step_cm:
        if abs(value) >= 0.05:
            assert f"{abs(value):.1f} cm" in text, text
    start, vector = window.target.correction_arrow()
    assert np.array_equal(vector, pull.aim_step_cm)
    assert np.allclose(start, trainer.last["fire"].impacts_cm.mean(axis=0))
    network = window.network
    assert network.showing_gradients() and network.sweep_running()
    land(window)
    assert network.sweep_progress() == 1.0
    gradient = network.style_.palette.gradient
    assert set(network.edge_colours()) == {gradient}  # every weight shows its gradient


def check_adjust(window, before):
    trainer = window.session.trainer
    adjust = trainer.last["adjust"]
    assert trainer.next_phase == "fire" and trainer.iteration == before["iteration"] + 1
    text = window.narration.text()
    assert "one gradient-descent step" in text and "The next shot moves" in text, text
    for value in adjust.aim_shift_cm:
        if abs(value) >= 0.05:
            assert f"{abs(value):.1f} cm" in text, text
    weights = trainer.network.get_weights()
    assert not same(weights, before["weights"])  # the aim really moved
    assert float(np.hypot(*adjust.aim_shift_cm)) > 0.0
    assert np.array_equal(window.target.shift_arrow()[1], adjust.aim_shift_cm)
    assert window.target.correction_arrow() is not None  # the asked-for step stays in view
    assert not window.network.showing_gradients()  # the step spent them
    shown = window.network.edge_weights()
    assert all(np.array_equal(np.asarray(e).ravel(), w.ravel())
               for e, w in zip(shown, weights[0::2]) if e.size == w.size)
    points = curve_points(window, "loss")
    assert len(points) == trainer.iteration  # one point per finished shot
    losses = trainer.history.loss.values
    assert np.array_equal(points, np.log10(losses) if window.plots.log_loss() else losses)
    assert len(curve_points(window, "score")) == trainer.iteration


PHASE_CHECKS = {"fire": check_fire, "loss": check_loss, "pull_back": check_pull_back,
                "adjust": check_adjust}


def walk_forward(qtbot, window, presses):
    """Press forward `presses` times, checking each phase; snapshots of every state."""
    snapshots = [capture(window)]
    for i in range(presses):
        phase = window.session.trainer.next_phase
        press(qtbot, window, FORWARD_KEYS[i % 2])
        PHASE_CHECKS[phase](window, snapshots[-1])
        land(window)
        snapshots.append(capture(window))
    return snapshots


# --- the tests ---------------------------------------------------------------------------
def test_the_first_ten_lessons_have_ctrl_number_keys(qtbot):
    window = open_window(qtbot, LESSON_KEYS[0])
    for number, key in enumerate(LESSON_KEYS[:10], start=1):
        keys = [k.toString() for k in lesson_action(window, key).shortcuts()]
        assert keys == [f"Ctrl+{number % 10}"], (key, keys)


@pytest.mark.parametrize("lesson_window", LESSON_KEYS, indirect=True)
def test_lesson_key_opens_the_lesson_with_its_view(lesson_window):
    window = lesson_window
    key = window.session.lesson.key
    assert window.lesson_name.text() == lesson_title(key)
    assert window.lesson_goal.text()
    assert lesson_action(window, key).isChecked()
    assert window.session.trainer.iteration == 0 and window.target.holes_count() == 0
    assert window.tabs.currentIndex() == 0  # the range comes first
    view_key = LESSONS[key].view
    if not view_key:
        assert window.tabs.count() == 1
        return
    assert window.tabs.count() == 2
    assert isinstance(window.lesson_view, lesson_view_classes()[view_key])
    assert window.tabs.widget(1).isAncestorOf(window.lesson_view)  # in a scroll area
    window.tabs.setCurrentIndex(1)
    assert window.lesson_view.isVisible() and not window.target.isVisible()


@pytest.mark.parametrize("lesson_window", LESSON_KEYS, indirect=True)
def test_each_phase_shows_what_it_did_with_the_numbers(qtbot, lesson_window):
    window = lesson_window
    walk_forward(qtbot, window, 4 * CYCLES)
    trainer = window.session.trainer
    assert trainer.iteration == CYCLES and trainer.next_phase == "fire"
    assert window.target.holes_count() == CYCLES * trainer.config.batch
    assert len(curve_points(window)) == CYCLES


@pytest.mark.parametrize("lesson_window", LESSON_KEYS, indirect=True)
def test_going_back_restores_every_phase_exactly(qtbot, lesson_window):
    window = lesson_window
    snapshots = walk_forward(qtbot, window, 4 * CYCLES)
    for i, expected in enumerate(reversed(snapshots[:-1])):
        press(qtbot, window, BACK_KEYS[i % 2])
        land(window)
        now = capture(window)
        assert differing(expected, now) == [], expected["next_phase"]
    assert not window.session.can_go_back
    press(qtbot, window, Qt.Key_Left)  # nothing left to take back: nothing changes
    assert window.session.trainer.next_phase == "fire"
    # The undone shot is fired again bit for bit: conditions and tremor were restored too.
    press(qtbot, window, Qt.Key_Space)
    assert np.array_equal(window.session.trainer.last["fire"].impacts_cm,
                          snapshots[1]["last"]["fire"].impacts_cm)


def test_going_back_to_the_start_clears_the_narration(qtbot):
    window = open_window(qtbot, "sight-in")
    start = window.narration.text()
    press(qtbot, window, Qt.Key_Space)
    assert window.narration.text() != start
    press(qtbot, window, Qt.Key_Left)
    assert window.narration.text() == start


def test_a_new_lesson_does_not_tell_the_old_lessons_shot(qtbot):
    window = open_window(qtbot, "sight-in")
    press(qtbot, window, Qt.Key_Space)
    told = window.narration.text()
    select_lesson(qtbot, window, "burst")
    assert window.narration.text() != told


def test_going_back_shows_the_landed_shot_at_once(qtbot):
    window = open_window(qtbot, "sight-in")
    for _ in range(3):
        press(qtbot, window, Qt.Key_Space)
    land(window)
    press(qtbot, window, Qt.Key_Left)  # back to: fired and measured, not yet pulled back
    assert not window.target.in_flight()
    assert window.target.headline().startswith("Shot 1: ring")


def test_a_key_brings_up_the_lesson_view(qtbot):
    window = open_window(qtbot, "search")
    qtbot.keyClick(window, Qt.Key_Tab, Qt.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key_Tab, Qt.ControlModifier)  # and back to the range
    assert window.tabs.currentIndex() == 0


def test_narration_tells_the_numbers_in_chinese(qtbot):
    window = open_window(qtbot, "sight-in")
    window.set_language("zh_CN")
    for _ in range(2):
        press(qtbot, window, Qt.Key_Space)
    loss = window.session.trainer.last["loss"]
    text = window.narration.text()
    assert re.search(r"[\u4e00-\u9fff]", text), text
    assert f"{loss_number(loss.loss)}" in numbers_in(text), text
    window.set_language("en")


# --- divergence: keys stop, Restore and going back recover --------------------------------
def diverge(qtbot, window):
    """Space until the shots fly off the range; returns the snapshot before each press."""
    assert window.session.configure(lr=0.05)
    snapshots = [capture(window)]
    for _ in range(40):
        press(qtbot, window, Qt.Key_Space)
        land(window)
        if window.session.trainer.diverged:
            return snapshots
        snapshots.append(capture(window))
    raise AssertionError("a learning rate of 0.05 should throw the shots off the range")


def test_diverged_training_ignores_space_and_restore_brings_back_good_weights(qtbot):
    window = open_window(qtbot, "sight-in")
    diverge(qtbot, window)
    trainer = window.session.trainer
    assert "learning rate is too large" in window.narration.text()
    assert "Restore" in window.narration.text()
    stuck = capture(window)
    press(qtbot, window, Qt.Key_Space)
    assert differing(stuck, capture(window)) == []
    assert "Restore" in window.undo_action.text()  # what Ctrl+Z does now
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # Restore last good weights
    assert trainer.diverged is None and trainer.next_phase == "fire"
    assert window.narration.text() == "Last good weights restored."
    assert next_shot_miss_cm(window) <= ON_TARGET_CM


ON_TARGET_CM = 50.0  # a shot this close to the bullseye is on the target


def next_shot_miss_cm(window):
    """Fire the next shot; how far its holes land from the bullseye, on average."""
    window.session.fire_and_measure()
    fire = window.session.trainer.last["fire"]
    return float(np.mean(np.hypot(*np.asarray(fire.impacts_cm).T)))


def test_lower_the_rate_then_restore_as_the_narration_says(qtbot):
    window = open_window(qtbot, "sight-in")
    diverge(qtbot, window)
    field = window.controls.lr_field
    field.clear()
    qtbot.keyClicks(field, "0.0025")
    qtbot.keyClick(field, Qt.Key_Return)
    assert window.session.config.lr == 0.0025
    qtbot.mouseClick(window.controls.restore_button, Qt.LeftButton)
    assert window.session.trainer.diverged is None
    assert next_shot_miss_cm(window) <= ON_TARGET_CM


def test_going_back_from_a_divergence_is_exact(qtbot):
    window = open_window(qtbot, "sight-in")
    snapshots = diverge(qtbot, window)
    press(qtbot, window, Qt.Key_Backspace)
    land(window)
    assert window.session.trainer.diverged is None
    assert differing(snapshots[-1], capture(window)) == []


# --- lessons whose main view is not the target ----------------------------------------------
def computed(qtbot, view):
    qtbot.waitUntil(lambda: not view.computing and not view._debounce.isActive(),
                    timeout=30000)


def show_lesson_view(qtbot, window, key):
    select_lesson(qtbot, window, key)
    window.tabs.setCurrentIndex(1)
    view = window.lesson_view
    assert view.isVisible()
    return view


def check_valley(qtbot, window, view):
    assert isinstance(view, ValleyView)
    view.advance(STEP_MS * 20)
    assert [len(p) - 1 for p in view.paths[:2]] == [10, 2]  # step 1: ten steps, step 5: two
    assert view.paths[2][:4] == [10.0, -1.0, 10.0, -1.0]  # step 11 swings for ever
    walked = view.shown_steps
    for _ in range(4):
        press(qtbot, window, Qt.Key_Space)
    assert window.session.trainer.iteration == 1  # the keys still drive the range
    assert view.shown_steps == walked  # the valley is its own animation


def check_search(qtbot, window, view):
    assert isinstance(view, SearchView)
    computed(qtbot, view)
    rows = view.rows
    assert view.results.rowCount() == len(rows) > 0
    for key in (Qt.Key_Space,) * 4 + (Qt.Key_Left,) * 4:
        press(qtbot, window, key)
    assert window.session.trainer.iteration == 0
    assert not view.computing and not view._debounce.isActive()  # same rifle: no new search
    assert view.rows is rows


def check_differentiation(qtbot, window, view):
    assert isinstance(view, DifferentiationView)
    computed(qtbot, view)
    first = view.result.backward_gradient.copy()
    assert view.result.agree
    for _ in range(4):
        press(qtbot, window, Qt.Key_Right)
    computed(qtbot, view)  # the adjusted network is computed again
    assert view.result.agree and not np.array_equal(view.result.backward_gradient, first)
    for _ in range(4):
        press(qtbot, window, Qt.Key_Left)
    computed(qtbot, view)
    assert np.array_equal(view.result.backward_gradient, first)


def check_surface(qtbot, window, view):
    assert isinstance(view, SurfaceView)
    computed(qtbot, view)
    assert len(view.path_points()) == 1  # the start only
    for _ in range(4 * CYCLES):
        press(qtbot, window, Qt.Key_Space)
    points = view.path_points()
    assert len(points) == 1 + CYCLES  # one point per adjustment, drawn live
    for _ in range(4):
        press(qtbot, window, Qt.Key_Backspace)
    assert np.array_equal(view.path_points(), points[:-1])
    assert not view._debounce.isActive()  # going back redraws, it does not recompute


def check_experience(qtbot, window, view):
    assert isinstance(view, ExperienceView)
    computed(qtbot, view)
    verdict = view.verdict.text()
    assert "random start" in verdict and "from experience" in verdict
    result = view.result
    for _ in range(4):
        press(qtbot, window, Qt.Key_Space)
    assert window.session.trainer.iteration == 1
    assert view.result is result and view.verdict.text() == verdict


def check_worked_example(qtbot, window, view):
    assert isinstance(view, WorkedExampleView)
    assert "Backward: the chain rule" in view.page.toPlainText()
    for _ in range(4):
        press(qtbot, window, Qt.Key_Space)
    qtbot.mouseClick(view.new_shot, Qt.LeftButton)  # explain a shot of the adjusted rifle
    weights = window.session.trainer.network.get_weights()
    shown = view.explanation["layers"][0]["W"]
    assert np.array_equal(np.asarray(shown, dtype=np.float64), weights[0])
    assert window.session.trainer.iteration == 1  # explaining never trains


def check_your_turn(qtbot, window, view):
    assert isinstance(view, YourTurnView)
    view.target.setFocus()
    qtbot.keyClick(view.target, Qt.Key_Right)
    qtbot.keyClick(view.target, Qt.Key_Space)
    assert len(view.game.hand.shots) == 1
    assert window.session.trainer.iteration == 0  # the range did not move
    press(qtbot, window, Qt.Key_N)
    assert view.game.handed_over


VIEW_CHECKS = {"valley": check_valley, "search": check_search,
               "differentiation": check_differentiation, "surface": check_surface,
               "experience": check_experience, "worked_example": check_worked_example,
               "your_turn": check_your_turn}


@pytest.mark.parametrize("key", [k for k in LESSON_KEYS if LESSONS[k].view])
def test_lesson_view_is_shown_and_follows_the_keys(qtbot, key):
    assert LESSONS[key].view in VIEW_CHECKS, "a new lesson view needs its check here"
    window = open_window(qtbot, other_lesson(key))
    view = show_lesson_view(qtbot, window, key)
    VIEW_CHECKS[LESSONS[key].view](qtbot, window, view)
