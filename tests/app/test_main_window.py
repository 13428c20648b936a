"""The assembled window: keys drive the phases, lessons and languages switch, it scales."""

import pytest
from PySide6.QtCore import Qt

from shooter.app.main_window import MainWindow
from shooter.app.session import Session
from shooter.core.lessons import LESSONS


@pytest.fixture
def window(qtbot):
    win = MainWindow(Session("sight-in"))
    win.ask_save_changes = lambda: "discard"
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_language("en")


def test_space_walks_the_phases_and_left_takes_them_back(window, qtbot):
    session = window.session
    phases = []
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key_Space)
        phases.append(session.trainer.next_phase)
    assert phases == ["loss", "pull_back", "adjust", "fire"]
    assert window.target.holes_count() == 1
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key_Left)
    assert session.trainer.next_phase == "fire" and session.trainer.iteration == 0
    assert window.target.holes_count() == 0


def test_every_lesson_opens_from_the_menu(window):
    for action in window.lesson_actions.actions():
        action.trigger()
        key = action.data()
        assert window.session.lesson.key == key
        assert window.lesson_name.text() and window.lesson_goal.text()
        has_view = bool(LESSONS[key].view)
        assert (window.tabs.count() == 2) == has_view


def test_language_switch_retranslates_without_restart(window):
    window.set_language("zh_CN")
    menus = [a.text() for a in window.menuBar().actions()]
    assert any("训练" in text for text in menus), menus
    assert "瞄" in window.lesson_goal.text() or "靶" in window.lesson_goal.text()
    assert window.controls.fire_button.text() == "射击"
    window.set_language("en")
    assert window.controls.fire_button.text() == "Fire"


def test_scale_and_contrast_restyle_the_views(window):
    before = window.narration.font().pointSizeF()
    window.set_scale(2.0)
    assert window.narration.font().pointSizeF() == pytest.approx(before * 2.0)
    window.toggle_contrast()
    assert window.style_.palette.background == "#000000"


def test_cheat_sheet_lists_every_shortcut(window, qtbot):
    qtbot.keyClick(window, Qt.Key_F1)
    assert window.cheat_sheet.isVisible()
    texts = dict(window.cheat_sheet.rows)
    assert "Next phase" in texts and "Presentation mode" in texts
    qtbot.keyClick(window.cheat_sheet, Qt.Key_Escape)
    assert not window.cheat_sheet.isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (3840, 2160)])
def test_lays_out_at_projector_sizes(qtbot, size):
    win = MainWindow(Session("wind"))
    win.ask_save_changes = lambda: "discard"
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    target = win.target
    assert target.width() >= 300 and target.height() >= 300
    assert win.controls_scroll.width() >= 200
    image = win.grab().toImage()
    assert image.width() >= size[0] * 0.95
