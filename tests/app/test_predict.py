"""Predict first: the class places where the shot lands and where the green arrow points,
before those phases run; the reveal scores it and the tally counts for the lesson."""

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from shooter.app import predict
from shooter.app.predict import ARROW, LANDING, STEP_CM
from shooter.app.target.prediction import COLOUR


@pytest.fixture
def window(make_window):
    window = make_window(size=(1024, 768))
    window.target.set_flight_speed(0)  # holes land at once: the reveal shows straight away
    return window


def press(qtbot, window, *keys):
    for key in keys:
        qtbot.keyClick(window, key)


def records(session):
    """The fire and pull-back records as the session sends them."""
    got = {"fire": [], "pull_back": []}
    session.fired.connect(got["fire"].append)
    session.pulled_back.connect(got["pull_back"].append)
    return got


def direction_deg(vector):
    return math.degrees(math.atan2(vector[1], vector[0]))


def test_k_switches_the_mode_on_and_the_headline_asks_for_the_landing(window, qtbot):
    assert not window.predict.enabled
    press(qtbot, window, Qt.Key_K)
    assert window.predict.enabled and window.predict_action.isChecked()
    assert window.target.headline() == "Predict first: place where the shot will land"
    assert "Enter" in window.target.loss_line()
    press(qtbot, window, Qt.Key_K)
    assert not window.predict.enabled
    assert window.target.headline() == "Fire a shot to begin"


def test_fire_waits_for_a_landing_placed_with_arrow_keys_and_enter(window, qtbot):
    session, mode = window.session, window.predict
    got = records(session)
    press(qtbot, window, Qt.Key_K, Qt.Key_Right, Qt.Key_Right, Qt.Key_Up, Qt.Key_Left)
    # Right moves the marker instead of running the next phase: nothing was fired.
    assert session.trainer.next_phase == "fire" and window.target.holes_count() == 0
    assert mode.marker() == pytest.approx((STEP_CM, STEP_CM))
    assert not mode.placed()
    assert session.advance_phase() is None  # the range waits: this places the marker...
    assert mode.placed() and session.trainer.next_phase == "fire"
    press(qtbot, window, Qt.Key_Up)  # ...moving it again asks for placing again
    assert not mode.placed()
    press(qtbot, window, Qt.Key_Return)
    assert mode.placed() and window.target.headline().startswith("Prediction placed")
    assert session.trainer.next_phase == "fire" and not got["fire"]
    press(qtbot, window, Qt.Key_Space)
    assert session.trainer.next_phase == "loss" and len(got["fire"]) == 1

    fire = got["fire"][0]
    landed = fire.impacts_cm.mean(axis=0)
    expected = math.hypot(landed[0] - STEP_CM, landed[1] - 2 * STEP_CM)
    revealed = mode.picture().revealed
    assert revealed.kind == LANDING and revealed.miss == pytest.approx(expected, abs=0.1)
    assert window.target.prediction_label_rect() is not None
    assert f"{expected:.1f} cm" in predict.miss_text(revealed)
    assert mode.tally.count() == 1


def test_the_arrow_prediction_is_scored_in_degrees_against_the_aim_step(window, qtbot):
    session, mode = window.session, window.predict
    got = records(session)
    press(qtbot, window, Qt.Key_K, Qt.Key_Return, Qt.Key_Space, Qt.Key_Space)
    assert session.trainer.next_phase == "pull_back" and mode.waiting() == ARROW
    assert window.target.headline() == "Predict first: point where the green arrow will go"
    press(qtbot, window, Qt.Key_Left, Qt.Key_Left, Qt.Key_Down)
    arrow = np.array(predict.DEFAULT_ARROW_CM) + (-2 * STEP_CM, -STEP_CM)
    assert mode.marker() == pytest.approx(tuple(arrow))
    press(qtbot, window, Qt.Key_Return)
    assert not got["pull_back"]
    press(qtbot, window, Qt.Key_Return)  # Enter on a placed prediction runs the phase
    assert len(got["pull_back"]) == 1 and session.trainer.next_phase == "adjust"

    step = got["pull_back"][0].aim_step_cm
    expected = abs((direction_deg(step) - direction_deg(arrow) + 180.0) % 360.0 - 180.0)
    revealed = mode.picture().revealed
    assert revealed.kind == ARROW and revealed.miss == pytest.approx(expected, abs=1e-9)
    # the predicted arrow starts where the green arrow does: at the hits
    assert revealed.origin == pytest.approx(tuple(window.target.arrow_origin_cm()))
    close, total = mode.tally.arrows_close()
    assert total == 1 and close == (expected <= predict.ARROW_WITHIN_DEG)


def test_space_alone_places_then_runs_so_the_keyboard_never_sticks(window, qtbot):
    session, mode = window.session, window.predict
    press(qtbot, window, Qt.Key_K)
    phases = []
    for _ in range(6):
        press(qtbot, window, Qt.Key_Space)
        phases.append(session.trainer.next_phase)
    # fire waits once, pull back waits once: six presses finish one cycle
    assert phases == ["fire", "loss", "pull_back", "pull_back", "adjust", "fire"]
    assert mode.tally.count() == 2


def test_the_tally_counts_and_a_lesson_switch_resets_it(window, qtbot):
    session, mode = window.session, window.predict
    press(qtbot, window, Qt.Key_K)
    for _ in range(2):
        press(qtbot, window, *[Qt.Key_Space] * 6)
    assert mode.tally.count() == 4
    text = predict.tally_text(mode.tally)
    assert text.startswith("Predictions: 4") and "of 2" in text
    misses = [o.miss for o in mode.tally.outcomes if o.kind == LANDING]
    assert f"mean miss {np.mean(misses):.1f} cm" in text
    session.set_lesson("wind")
    assert mode.tally.count() == 0 and mode.enabled
    assert window.target.headline() == "Predict first: place where the shot will land"


def test_going_back_takes_back_the_prediction_of_the_phase_undone(window, qtbot):
    session, mode = window.session, window.predict
    press(qtbot, window, Qt.Key_K, Qt.Key_Up, Qt.Key_Return, Qt.Key_Space)
    assert mode.tally.count() == 1 and session.trainer.next_phase == "loss"
    press(qtbot, window, Qt.Key_Backspace)
    assert session.trainer.next_phase == "fire" and mode.tally.count() == 0
    assert mode.marker() == pytest.approx((0.0, STEP_CM))  # shown again to keep or move
    assert not mode.placed()
    press(qtbot, window, Qt.Key_Return, Qt.Key_Space, Qt.Key_Space)  # fire again, loss
    press(qtbot, window, Qt.Key_Return, Qt.Key_Return)  # the arrow, placed and run
    assert mode.tally.count() == 2
    press(qtbot, window, Qt.Key_Backspace)  # undo the pull back: the landing stays
    assert [o.kind for o in mode.tally.outcomes] == [LANDING]


def test_escape_switches_the_mode_off(window, qtbot):
    press(qtbot, window, Qt.Key_K)
    press(qtbot, window, Qt.Key_Escape)
    assert not window.predict.enabled and not window.predict_action.isChecked()
    press(qtbot, window, Qt.Key_Right)  # Right is the next phase again
    assert window.session.trainer.next_phase == "loss"


def test_a_mouse_click_places_the_marker_where_it_clicks(window, qtbot):
    session, mode = window.session, window.predict
    press(qtbot, window, Qt.Key_K)
    spot = window.target.to_pixels(-20.0, 12.0).toPoint()
    qtbot.mouseClick(window.target, Qt.LeftButton, pos=spot)
    assert mode.placed() and session.trainer.next_phase == "fire"
    clicked = window.target.to_cm(spot)
    assert mode.marker() == pytest.approx(clicked)
    assert mode.marker() == pytest.approx((-20.0, 12.0), abs=1.0 / window.target.pixels_per_cm())
    press(qtbot, window, Qt.Key_Space)
    assert mode.picture().revealed.predicted == pytest.approx(clicked)


def test_presentation_draws_the_prediction_larger_and_on_the_target(window, qtbot):
    mode = window.predict
    press(qtbot, window, Qt.Key_K, Qt.Key_Return, Qt.Key_Space)
    desk = window.target.prediction_label_rect()
    window.set_presenting(True)
    qtbot.waitUntil(lambda: window.target.view_style().scale > 1.0)
    shown = window.target.prediction_label_rect()
    assert mode.picture().revealed is not None
    assert shown.height() > desk.height()
    assert window.target.target_geometry().square.contains(shown)
    window.set_presenting(False)


def test_the_paint_with_a_prediction_shown_does_not_fail(window, qtbot):
    press(qtbot, window, Qt.Key_K, Qt.Key_Return, Qt.Key_Space, Qt.Key_Space)
    press(qtbot, window, Qt.Key_Left, Qt.Key_Return)
    image = window.target.grab().toImage()
    assert not image.isNull()
    purple = window.target.view_style().color(COLOUR)
    assert any(image.pixelColor(x, y) == purple
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_scoring_is_plain_geometry():
    assert predict.landing_miss_cm((3.0, 4.0), (0.0, 0.0)) == pytest.approx(5.0)
    assert predict.angle_between_deg((1.0, 0.0), (0.0, -2.0)) == pytest.approx(90.0)
    assert predict.angle_between_deg((1.0, 1.0), (-1.0, -1.0)) == pytest.approx(180.0)
    assert math.isnan(predict.angle_between_deg((0.0, 0.0), (1.0, 0.0)))
    lost = np.array([[np.inf, 0.0], [2.0, 2.0], [4.0, 0.0]])
    assert predict.landing_point(lost) == pytest.approx((3.0, 1.0))
    assert predict.landing_point(np.array([[np.nan, 1.0]])) is None


def test_the_reveal_and_the_tally_leave_the_hole_and_the_marker_in_sight(window, qtbot):
    mode, target = window.predict, window.target
    press(qtbot, window, Qt.Key_K)
    for moves in ([Qt.Key_Up] * 3, [Qt.Key_Right] * 4 + [Qt.Key_Down] * 3):
        press(qtbot, window, *moves, Qt.Key_Return, Qt.Key_Space, Qt.Key_Space)
        revealed = mode.picture().revealed
        hole = target.to_pixels(*target.current_holes_cm()[0])
        marker = target.to_pixels(*revealed.predicted)
        label, tally = target.prediction_label_rect(), target.prediction_tally_rect()
        for rect in (label, tally):  # the tally waits when the target has no room for it
            assert rect is None or not (rect.contains(hole) or rect.contains(marker))
        assert tally is None or not label.intersects(tally)
        press(qtbot, window, Qt.Key_Return, Qt.Key_Return, Qt.Key_Space)  # arrow, adjust


def test_after_playing_the_marker_starts_at_the_newest_hole(window, qtbot):
    session, mode = window.session, window.predict
    press(qtbot, window, Qt.Key_K)
    session.play()
    qtbot.waitUntil(lambda: session.trainer.iteration >= 3)
    session.pause()
    assert mode.waiting() == LANDING and mode.picture().revealed is None
    assert mode.marker() == pytest.approx(tuple(window.target.current_holes_cm().mean(axis=0)))
