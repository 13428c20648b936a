"""Your turn: the student's shots from key presses, the network's after handing over, the
scoreboard, round 2's conditions, both languages."""

import inspect
import re

import numpy as np
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from shooter.app.lessons import your_turn
from shooter.app.lessons.your_turn import SETTLE_PX, YourTurnView
from shooter.app.main_window import MainWindow
from shooter.app.session import Session
from shooter.app.style import DEFAULT_STYLE
from shooter.app.target.geometry import HEADLINE_SIZE
from shooter.app.target.labels import shrinks
from shooter.core.hand import AIM_STEP_MRAD, BIG_STEP_MRAD, HAND_SHOTS, HandRound

# (key, Shift held) pressed before each of five shots: big steps down-right, then small ones.
AIMING = [[], [(Qt.Key_Right, True)] * 3 + [(Qt.Key_Down, True)] * 3,
          [(Qt.Key_Right, False)] * 2 + [(Qt.Key_Down, False)],
          [(Qt.Key_Right, False), (Qt.Key_Down, False)], []]
STEPS = {Qt.Key_Right: (1, 0), Qt.Key_Left: (-1, 0), Qt.Key_Up: (0, 1), Qt.Key_Down: (0, -1)}


def make_view(qtbot, lesson="your-turn", size=(700, 600)):
    view = YourTurnView(Session(lesson))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # shortcuts and focus go to the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def press(qtbot, widget, key, shift=False):
    qtbot.keyClick(widget, key, Qt.ShiftModifier if shift else Qt.NoModifier)


def aim_and_fire(qtbot, view, plan):
    for keys in plan:
        for key, shift in keys:
            press(qtbot, view.target, key, shift)
        press(qtbot, view.target, Qt.Key_Space)


def same_plan_in_core(number, seed, plan):
    game = HandRound(number, seed)
    for keys in plan:
        for key, shift in keys:
            game.hand.move(*STEPS[key], BIG_STEP_MRAD if shift else AIM_STEP_MRAD)
        game.fire()
    return game


def board_texts(view, row):
    return [view.board[row, c].text() for c in (1, 2)]


def test_scoreboard_from_scripted_key_presses(qtbot):
    view = make_view(qtbot)
    aim_and_fire(qtbot, view, AIMING)
    expected = same_plan_in_core(1, view.seed, AIMING)
    shots = view.game.hand.shots
    assert np.array_equal(shots.impacts_cm, expected.hand.shots.impacts_cm)
    assert np.array_equal(view.game.hand.aim_mrad, [3.75, -3.5])  # 3 big + 3 small steps
    assert not view.game.handed_over and board_texts(view, "to_good")[1] == "…"
    press(qtbot, view.target, Qt.Key_N)
    expected.hand_over()
    board = expected.scoreboard()
    assert view.game.scoreboard() == board
    to_good = [f"shot {s.to_good_ring}" if s.to_good_ring else "not reached"
               for s in (board.hand, board.network)]
    assert board_texts(view, "to_good") == to_good
    assert board_texts(view, "last") == [f"{board.hand.last_mean:.1f}",
                                         f"{board.network.last_mean:.1f}"]
    assert not view.board["long", 0].isVisible()  # round 1 has no longer run
    assert "chain rule" in view.verdict.text()


def test_network_shots_appear_after_handing_over(qtbot):
    view = make_view(qtbot)
    aim_and_fire(qtbot, view, AIMING[:3])
    assert view.target.headline()[0].startswith("Your shot 3 of")
    assert view.hand_over_button.isEnabled()
    qtbot.mouseClick(view.hand_over_button, Qt.LeftButton)
    network = view.game.network_same_shots()
    assert len(network) == 3
    assert view.target.headline()[0] == "Gradient descent: the same 3 shots"
    assert any(words == "gradient descent" for _, _, words in view.target.legend())
    # the network's first shot starts where the hand's did: the same aim, the same hole
    assert np.array_equal(network.impacts_cm[0], view.game.hand.shots.impacts_cm[0])
    assert not view.fire_button.isEnabled()
    press(qtbot, view.target, Qt.Key_Space)  # the turn is over: no more hand shots
    assert len(view.game.hand.shots) == 3
    press(qtbot, view.target, Qt.Key_R)  # the round again, from its first shot
    assert len(view.game.hand.shots) == 0 and not view.game.handed_over


def test_the_turn_ends_after_ten_shots(qtbot):
    view = make_view(qtbot)
    aim_and_fire(qtbot, view, [[]] * HAND_SHOTS)
    assert view.game.handed_over and len(view.game.network_same_shots()) == HAND_SHOTS


def test_round_two_shows_the_coming_shots_conditions(qtbot):
    view = make_view(qtbot)
    press(qtbot, view.target, Qt.Key_2)
    assert view.number == 2
    for _ in range(3):
        hand = view.game.hand
        distance, wind = hand.coming_distance_m, hand.coming_crosswind_mps
        shown = view.target.headline()[1]
        assert f"{distance:.0f}\u00a0m" in shown and f"{abs(wind):.1f}\u00a0m/s" in shown
        assert ("right" if wind > 0 else "left") in shown
        assert view.aim_label.text().startswith("Aim:")  # the conditions: over the target
        press(qtbot, view.target, Qt.Key_Space)
        assert view.game.hand.shots.distance_m[-1] == distance  # fired what was shown
    press(qtbot, view.target, Qt.Key_N)
    board = view.game.scoreboard()
    assert board.long_run.shots == 300 and view.board["long", 0].isVisible()
    assert view.board["long", 2].text() == f"{board.long_run.last_mean:.1f}"
    assert "keeping up" in view.verdict.text()
    press(qtbot, view.target, Qt.Key_1)  # round 1 kept its place
    assert view.number == 1 and len(view.game.hand.shots) == 0


def test_dragging_the_aim_mark_moves_the_aim(qtbot):
    view = make_view(qtbot)
    geo = view.target.geometry_()
    spot = geo.to_pixels(20.0, -10.0)
    qtbot.mousePress(view.target, Qt.LeftButton, pos=geo.to_pixels(0.0, 0.0).toPoint())
    qtbot.mouseMove(view.target, spot.toPoint())
    qtbot.mouseRelease(view.target, Qt.LeftButton, pos=spot.toPoint())
    cm = view.game.hand.aim_mrad * view.game.hand.coming_cm_per_mrad
    assert cm == pytest.approx([20.0, -10.0], abs=1.0 / geo.scale)
    assert view.target.hasFocus()


def test_in_the_window_the_target_takes_space_and_arrows_from_the_range(qtbot, show_active):
    window = show_active(MainWindow(Session("your-turn")))
    window.tabs.setCurrentIndex(1)
    view = window.lesson_view
    assert isinstance(view, YourTurnView) and view.target.hasFocus()
    press(qtbot, view.target, Qt.Key_Right)
    press(qtbot, view.target, Qt.Key_Space)
    assert len(view.game.hand.shots) == 1
    trainer = window.session.trainer
    assert trainer.next_phase == "fire" and trainer.iteration == 0  # the range did not move
    assert window.width() == 1024  # the view never widens the window


def test_view_fits_a_small_room(qtbot):
    view = make_view(qtbot, size=(424, 513))
    hint = view.minimumSizeHint()
    assert hint.width() <= 424 and hint.height() <= 513
    wide = make_view(qtbot, size=(1190, 900))
    wide.set_style(DEFAULT_STYLE.scaled(1.6))
    assert wide.minimumSizeHint().width() <= 1190


HAN = re.compile(r"[\u4e00-\u9fff]")
KEPT = {"Shift", "Ctrl", "Space", "mrad", "cm"}


def english_words(text):
    return [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 1 and w not in KEPT]


def test_chinese_shows_no_english_words(qtbot, chinese):
    view = make_view(qtbot)
    for number in (1, 2):
        press(qtbot, view.target, getattr(Qt, f"Key_{number}"))
        aim_and_fire(qtbot, view, AIMING[:2])
        seen = [*view.target.headline(), *(w for _, _, w in view.target.legend())]
        press(qtbot, view.target, Qt.Key_N)
        seen += [*view.target.headline(), *(w for _, _, w in view.target.legend())]
        seen += [w.text() for w in view.findChildren(QLabel) + view.findChildren(QPushButton)]
        seen += [w.toolTip() for w in view.findChildren(QPushButton)]
        left = sorted({t for t in seen if english_words(t)})
        assert not left, left
        assert HAN.search(view.verdict.text()) and HAN.search(view.title.text())


def test_every_method_qt_calls_into_is_guarded():
    checked = 0
    for _, cls in inspect.getmembers(your_turn, inspect.isclass):
        if cls.__module__ != your_turn.__name__ or not issubclass(cls, QObject):
            continue
        for name, method in vars(cls).items():
            if name.endswith("Event") or name in {"event", "sizeHint", "minimumSizeHint",
                                                  "_maybe_new_rifle"}:
                assert getattr(method, "guarded", False), f"{cls.__name__}.{name}"
                checked += 1
    assert checked >= 10


def test_a_paint_at_every_stage_draws_without_error(qtbot):
    view = make_view(qtbot)
    for plan_keys in ([], [Qt.Key_Space], [Qt.Key_2, Qt.Key_Space], [Qt.Key_N]):
        for key in plan_keys:
            press(qtbot, view.target, key)
        image = view.target.grab().toImage()
        assert not image.isNull()
        centre = view.target.geometry_().to_pixels(0.0, 0.0)
        assert image.pixelColor(centre.toPoint()).isValid()
    view.set_style(DEFAULT_STYLE.scaled(2.0))
    assert not view.target.grab().isNull()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_hand_targets_words_stay_inside_it_on_a_1024_desk(qtbot, show_active, language):
    """Beside the control panel at 1024x768 the target is at its narrowest: its legend
    (at the smallest legible size, before and after handing over) still fits inside it."""
    window = show_active(MainWindow(Session("your-turn")))
    window.set_language(language)
    window.tabs.setCurrentIndex(1)
    view = window.lesson_view
    for handed_over in (False, True):
        if handed_over:
            view.hand_over()
        qtbot.wait(10)
        target = view.target
        assert target.width() >= target.minimumSizeHint().width()
        font, placed = target.legend_layout(target.geometry_())
        for _colour, _mark, _words, rect in placed:
            assert 0 <= rect.left() and rect.right() <= target.width(), (handed_over, rect)
    window.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_next_shots_wind_and_its_direction_show_whole_on_a_1024_desk(qtbot, language):
    """Round 2 at 1024x768, in a window opened in that language as the app starts (the
    target beside its buttons, narrow): the headline says the whole next shot, distance,
    wind speed and direction, none of it elided, nor smaller than its least legible size."""
    window = MainWindow(Session("your-turn"))
    qtbot.addWidget(window)
    window.set_language(language)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)  # Ctrl+Tab after the start, as a teacher does
    qtbot.wait(10)
    view = window.lesson_view
    view.choose_round(2)
    target = view.target
    least = shrinks(target.style_, HEADLINE_SIZE)[-1] * HEADLINE_SIZE
    smallest = QFontMetricsF(target.style_.font(least, bold=True)).height()
    try:
        for _ in range(4):  # a few shots: each its own distance and wind
            qtbot.wait(10)
            geo = target.geometry_()
            lines = [(text, font, rect) for text, font, rect in target.painted_texts()
                     if rect.intersects(geo.headline)]  # the headline's, as drawn
            drawn = "".join(text for text, _, _ in lines)
            assert "…" not in drawn
            assert drawn.replace(" ", "").replace("\u00a0", "") == "".join(
                target.headline()).replace(" ", "").replace("\u00a0", "")
            wind = view.game.hand.coming_crosswind_mps
            assert abs(wind) < 0.05 or ("→" if wind > 0 else "←") in drawn
            for text, font, rect in lines:
                metrics = QFontMetricsF(font)
                assert metrics.horizontalAdvance(text) <= rect.width() + 0.5, text
                assert metrics.height() >= smallest - 0.01, text
                assert geo.headline.contains(rect) and rect.bottom() <= geo.square.top()
            assert len(lines) <= 3
            view.fire()
    finally:
        window.set_language("en")


def whole_in_sight(widget):
    """Whether all of the widget shows: no scroll area or edge cuts any of it off."""
    return widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_scores_show_without_scrolling_on_a_1024_desk(qtbot, show_active, language):
    """On a 1024x768 laptop, beside the control panel, the scoreboard's last row is in sight
    at the top of the view (before and after handing over), and the target keeps the width
    its legend needs."""
    window = show_active(MainWindow(Session("your-turn")), (1600, 950))
    window.resize(1024, 768)  # a window opened big comes within the screen
    window.set_language(language)
    window.tabs.setCurrentIndex(1)
    view = window.lesson_view
    last = [view.board["last", c] for c in range(3)]
    try:
        for handed_over in (False, True):
            if handed_over:
                view.hand_over()
            qtbot.waitUntil(lambda: all(whole_in_sight(cell) for cell in last), timeout=2000)
            assert view.scroll.verticalScrollBar().value() == 0
            assert view.target.width() >= view.target.minimumSizeHint().width()
    finally:
        window.set_language("en")


def test_the_side_column_keeps_the_least_width_of_the_scale_in_use(qtbot):
    """A projector's scale and back (F5 and out): the column beside the target keeps the
    least width of the scale now in use, not of the one before."""
    view = make_view(qtbot, size=(1400, 800))
    panels = view.panels
    for scale in (1.6, 1.0):
        view.set_style(DEFAULT_STYLE.scaled(scale))
        assert panels.arrangement == panels.BESIDE
        assert panels.grid.columnMinimumWidth(1) == int(DEFAULT_STYLE.scaled(scale).px(200))


def test_a_wider_placing_waits_for_a_scroll_bars_width_to_spare(qtbot):
    """Near the width where the scores move beside the target, a scroll bar coming and
    going (its width taken and given back) does not flip the placing back and forth; a
    narrower width still changes it at once."""
    view = make_view(qtbot, size=(900, 700))
    panels = view.panels
    widths = range(200, 1200, 2)
    threshold = next(w for w in widths if panels.arrangement_for(w) == panels.BESIDE)
    below = panels.arrangement_for(threshold - 2)
    panels.arrange(below)
    panels.resize(threshold + SETTLE_PX // 2, panels.height())  # across, but not by a bar
    panels.fit()
    assert panels.arrangement == below
    panels.resize(threshold + SETTLE_PX + 2, panels.height())
    panels.fit()
    assert panels.arrangement == panels.BESIDE
    panels.resize(threshold - 2, panels.height())  # narrower: at once
    panels.fit()
    assert panels.arrangement == below
