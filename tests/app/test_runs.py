"""Kept runs: the run left by a switch, Reset or Quit is written to the runs folder, bounded,
atomically, and comes back (Ctrl+Z, File > Recent runs, the next start)."""

import os

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from shooter.app.main_window import MainWindow
from shooter.app.preferences import Preferences
from shooter.app.runs import KeptRuns
from shooter.app.session import Session
from shooter.core.session_io import SessionError


def open_window(qtbot, folder, lesson="sight-in", session=True, preferences=None):
    window = MainWindow(Session(lesson) if session else None, runs=KeptRuns(str(folder)),
                        preferences=preferences)
    qtbot.addWidget(window)
    window.set_language("en")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def train(window, steps=3):
    for _ in range(steps):
        window.session.step()


def state(session):
    trainer = session.trainer
    return trainer.iteration, trainer.next_phase, [w.copy() for w in trainer.network.get_weights()]


def same_state(a, b):
    return a[:2] == b[:2] and all(np.array_equal(x, y) for x, y in zip(a[2], b[2], strict=True))


def test_switching_keeps_the_run_and_ctrl_z_brings_it_back_bit_for_bit(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    train(window)
    window.session.fire()  # a shot in flight is part of the run too
    before = state(window.session)
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    assert window.session.lesson.key == "burst"
    kept = window.runs.runs()
    assert [(run.lesson, run.steps) for run in kept] == [("sight-in", 3)]
    assert "Undo the lesson switch" in window.undo_action.text()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert window.session.lesson.key == "sight-in"
    assert same_state(before, state(window.session))
    assert window.session.dirty  # still unsaved: it is kept again when left
    assert "Restore" in window.undo_action.text()


def test_reset_is_undone_and_a_new_shot_ends_the_undo(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    train(window, 2)
    before = state(window.session)
    qtbot.keyClick(window, Qt.Key_R)
    assert window.session.trainer.iteration == 0
    assert "Undo the reset" in window.undo_action.text()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert same_state(before, state(window.session))
    qtbot.keyClick(window, Qt.Key_R)
    window.session.fire()  # the class goes on: Ctrl+Z is Restore again
    assert window.left_run is None and "Restore" in window.undo_action.text()


def test_only_trained_unsaved_runs_are_kept_and_the_folder_stays_bounded(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "runs")
    window.runs.keep_count = 3
    qtbot.keyClick(window, Qt.Key_R)  # nothing trained: nothing kept
    assert window.runs.runs() == []
    path = tmp_path / "saved.shooter"
    train(window)
    assert window.save_to(str(path))
    qtbot.keyClick(window, Qt.Key_R)  # saved unchanged: nothing kept
    assert window.runs.runs() == []
    for steps in range(1, 6):
        train(window, steps)
        qtbot.keyClick(window, Qt.Key_R)
    kept = window.runs.runs()
    assert [run.steps for run in kept] == [5, 4, 3]  # the newest three
    assert sorted(os.listdir(window.runs.folder)) == sorted(
        os.path.basename(run.path) for run in kept)


def test_a_failing_keep_leaves_the_kept_runs_and_says_so(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path)
    train(window)
    qtbot.keyClick(window, Qt.Key_R)
    kept = window.runs.runs()
    contents = open(kept[0].path, "rb").read()

    def failing(path, trainer):
        raise SessionError(path, "no room")

    monkeypatch.setattr("shooter.files.save_session", failing)
    train(window, 2)
    qtbot.keyClick(window, Qt.Key_R)
    assert window.session.trainer.iteration == 0  # the reset still happened, unasked
    assert window.runs.runs() == kept
    assert open(kept[0].path, "rb").read() == contents
    assert "Could not keep the run" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # memory still has it
    assert window.session.trainer.iteration == 2


def test_recent_runs_menu_lists_and_opens_a_kept_run(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    train(window, 4)
    before = state(window.session)
    qtbot.keyClick(window, Qt.Key_3, Qt.ControlModifier)
    window._fill_runs()
    entries = window.runs_menu.actions()
    assert len(entries) == 1 and "Sight in the rifle — 4 steps" in entries[0].text()
    entries[0].trigger()
    assert window.session.lesson.key == "sight-in"
    assert same_state(before, state(window.session))


@pytest.mark.parametrize("saved", [False, True])
def test_a_restart_carries_on_with_unsaved_work_only(qtbot, tmp_path, saved):
    ini = str(tmp_path / "settings.ini")
    window = open_window(qtbot, tmp_path / "runs", session=False,
                         preferences=Preferences(QSettings(ini, QSettings.IniFormat)))
    train(window, 3)
    before = state(window.session)
    if saved:
        assert window.save_to(str(tmp_path / "mine.shooter"))
    window.close()
    again = open_window(qtbot, tmp_path / "runs", session=False,
                        preferences=Preferences(QSettings(ini, QSettings.IniFormat)))
    if saved:
        assert again.session.trainer.iteration == 0
    else:
        assert same_state(before, state(again.session))
        assert again.session.dirty


def test_a_lesson_starts_clean_after_a_divergence(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.session.configure(lr=0.05)
    for _ in range(40):
        window.session.step()
        if window.session.trainer.diverged:
            break
    assert window.narration.styleSheet()  # the orange alert
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    assert window.narration.styleSheet() == ""
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # the diverged run comes back
    assert window.session.trainer.diverged and window.narration.styleSheet()
    assert "Restore" in window.undo_action.text()
