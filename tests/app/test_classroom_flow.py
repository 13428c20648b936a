"""A class driven from the keyboard through every lesson meets no dialog and loses no shot."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from shooter.app.main_window import MainWindow
from shooter.app.runs import KeptRuns
from shooter.app.session import Session
from shooter.core.lessons import LESSONS

LONG_MS = 10**6  # more than any flight or sweep


@pytest.fixture
def no_dialogs(monkeypatch):
    """Any message box or file dialog fails the test."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a dialog interrupted the class")

    for name in ("question", "warning", "information", "critical", "exec", "open"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName", "exec"):
        monkeypatch.setattr(QFileDialog, name, refuse)


def open_window(show_active, folder):
    return show_active(MainWindow(Session("sandbox"), runs=KeptRuns(str(folder))))


def key(qtbot, window, code, modifiers=Qt.NoModifier):
    qtbot.keyClick(window, code, modifiers)
    window.target.advance(LONG_MS)
    window.network.advance(LONG_MS)
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None


def choose(qtbot, window, lesson):
    action = next(a for a in window.lesson_actions.actions() if a.data() == lesson)
    shortcuts = action.shortcuts()
    if shortcuts:
        combination = shortcuts[0][0]
        key(qtbot, window, combination.key(), combination.keyboardModifiers())
    else:
        window.menuBar().setFocus()  # the last lesson is reached through its menu entry
        action.trigger()
    assert window.session.lesson.key == lesson


def snapshot(session):
    trainer = session.trainer
    return trainer.iteration, trainer.next_phase, [w.copy() for w in trainer.network.get_weights()]


def test_keyboard_only_run_through_every_lesson_meets_no_dialog(qtbot, tmp_path, no_dialogs,
                                                               show_active):
    window = open_window(show_active, tmp_path)
    for lesson in LESSONS:
        choose(qtbot, window, lesson)
        window.target.setFocus()
        for _ in range(4):
            key(qtbot, window, Qt.Key_Space)
        key(qtbot, window, Qt.Key_Right)
        key(qtbot, window, Qt.Key_Left)
        key(qtbot, window, Qt.Key_Tab, Qt.ControlModifier)
        key(qtbot, window, Qt.Key_Tab, Qt.ControlModifier)
        key(qtbot, window, Qt.Key_F5)
        key(qtbot, window, Qt.Key_R)
    assert window.runs.runs(), "the lessons' runs were kept"


def test_switching_away_and_ctrl_z_loses_no_shot(qtbot, tmp_path, no_dialogs, show_active):
    window = open_window(show_active, tmp_path)
    choose(qtbot, window, "sight-in")
    window.target.setFocus()
    for _ in range(6):
        key(qtbot, window, Qt.Key_Space)
    iteration, phase, weights = snapshot(window.session)
    assert iteration >= 1 and phase != "fire"  # in the middle of a shot
    choose(qtbot, window, "wind")
    key(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    back = snapshot(window.session)
    assert window.session.lesson.key == "sight-in"
    assert back[:2] == (iteration, phase)
    assert all(np.array_equal(a, b) for a, b in zip(weights, back[2], strict=True))
    for _ in range(4):  # and the run goes on from there
        key(qtbot, window, Qt.Key_Space)
    assert window.session.trainer.iteration == iteration + 1


def test_closing_with_unsaved_work_never_asks(qtbot, tmp_path, no_dialogs, show_active):
    window = open_window(show_active, tmp_path)
    choose(qtbot, window, "burst")
    for _ in range(8):
        key(qtbot, window, Qt.Key_Space)
    assert window.session.dirty
    assert window.close()
    assert [run.lesson for run in window.runs.runs()] == ["burst"]
    assert window.runs.resume_path() == window.runs.runs()[0].path
