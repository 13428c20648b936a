"""A monkey at the keyboard: thousands of random clicks, keys and values across the whole
window, seeded so any failure replays exactly. Nothing may raise, Qt may not warn, and the
window must still train at the end.

Replay a failure with SHOOTER_MONKEY_SEED=<seed> (the seed is printed with the failure).
"""

import os
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
)

from shooter.app import crash
from shooter.app.main_window import MainWindow
from shooter.app.session import Session

ACTIONS = 2000
SEED = int(os.environ.get("SHOOTER_MONKEY_SEED", "20261127"))
GARBAGE = ["", " ", "abc", "-1", "0", "0.0", "1e999", "-1e999", "nan", "inf", "1e-320",
           "1e308", "0,5", "１２", "3 4", "0x10", "1_000", "9" * 400, "💥", "²", "--5",
           "1e-3", "100", "250", "2147483648", "-2147483649"]
KEYS = [(Qt.Key_Space, Qt.NoModifier), (Qt.Key_Left, Qt.NoModifier),
        (Qt.Key_Right, Qt.NoModifier), (Qt.Key_Backspace, Qt.NoModifier),
        (Qt.Key_F5, Qt.NoModifier), (Qt.Key_F11, Qt.NoModifier), (Qt.Key_M, Qt.NoModifier),
        (Qt.Key_F1, Qt.NoModifier), (Qt.Key_Escape, Qt.NoModifier),
        (Qt.Key_Plus, Qt.ControlModifier), (Qt.Key_Minus, Qt.ControlModifier),
        (Qt.Key_Equal, Qt.ControlModifier), (Qt.Key_H, Qt.ControlModifier),
        (Qt.Key_Z, Qt.ControlModifier), (Qt.Key_Tab, Qt.NoModifier),
        (Qt.Key_Up, Qt.NoModifier), (Qt.Key_Down, Qt.NoModifier), (Qt.Key_Return, Qt.NoModifier),
        *[(getattr(Qt, f"Key_{c}"), Qt.NoModifier) for c in "FBASPR"],
        *[(getattr(Qt, f"Key_{d}"), Qt.NoModifier) for d in "0123456789"],
        *[(getattr(Qt, f"Key_{d}"), Qt.ControlModifier) for d in "1234567890"]]


class Monkey:
    def __init__(self, window, qtbot, rng):
        self.window, self.qtbot, self.rng = window, qtbot, rng
        self.counts = {}

    # --- what the monkey can do ------------------------------------------------------------
    def click_button(self):
        buttons = [b for b in self.window.findChildren(QAbstractButton)
                   if b.isVisible() and b.isEnabled()]
        if buttons:
            self.rng.choice(buttons).click()

    def trigger_menu_action(self):
        quit_keys = QKeySequence(QKeySequence.Quit)
        actions = [a for a in self._menu_actions()  # Quit would end the run (in any language)
                   if a.isEnabled() and quit_keys not in a.shortcuts()]
        self.rng.choice(actions).trigger()

    def _menu_actions(self):
        found, menus = [], [a.menu() for a in self.window.menuBar().actions()]
        while menus:
            menu = menus.pop()
            for action in menu.actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                elif not action.isSeparator():
                    found.append(action)
        return found

    def press_key(self):
        key, modifier = self.rng.choice(KEYS)
        target = self.window.focusWidget() or self.window
        if not target.isVisible():
            target = self.window
        self.qtbot.keyClick(target, key, modifier)

    def set_spin(self):
        spins = self._visible(QSpinBox) + self._visible(QDoubleSpinBox)
        if not spins:
            return
        spin = self.rng.choice(spins)
        how = self.rng.random()
        if how < 0.4:
            spin.setValue(self.rng.uniform(spin.minimum() - 10, spin.maximum() + 10))
        elif how < 0.6:
            spin.setValue(self.rng.choice([spin.minimum(), spin.maximum()]))
        else:
            spin.lineEdit().setText(self.rng.choice(GARBAGE))
            spin.interpretText()
        spin.editingFinished.emit()

    def choose_combo(self):
        combos = self._visible(QComboBox)
        if combos:
            combo = self.rng.choice(combos)
            combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def type_text(self):
        fields = [f for f in self._visible(QLineEdit) if not isinstance(f.parent(), QSpinBox)
                  and not isinstance(f.parent(), QDoubleSpinBox)]
        if fields:
            field = self.rng.choice(fields)
            text = (self.rng.choice(GARBAGE) if self.rng.random() < 0.7
                    else f"{10 ** self.rng.uniform(-6, 3):.3g}")
            field.setText(text)
            field.editingFinished.emit()

    def move_slider(self):
        sliders = self._visible(QAbstractSlider)
        if sliders:
            slider = self.rng.choice(sliders)
            slider.setValue(self.rng.randint(slider.minimum(), slider.maximum()))

    def switch_tab(self):
        tabs = self.window.tabs
        tabs.setCurrentIndex(self.rng.randrange(tabs.count()))

    def play_a_little(self):
        session = self.window.session
        session.toggle_running()
        if session.running:  # let the timer run a few ticks and the views redraw
            self.qtbot.waitSignal(session.phase_changed, timeout=300, raising=False).wait()

    def wait_for_ticks(self):
        self.qtbot.waitSignal(self.window.session.phase_changed, timeout=60,
                              raising=False).wait()

    def _visible(self, kind):
        return [w for w in self.window.findChildren(kind) if w.isVisible() and w.isEnabled()]

    # --- running ----------------------------------------------------------------------------
    MOVES = (("click_button", 6), ("trigger_menu_action", 4), ("press_key", 8),
             ("set_spin", 3), ("choose_combo", 2), ("type_text", 2), ("move_slider", 2),
             ("switch_tab", 1), ("play_a_little", 1), ("wait_for_ticks", 1))

    def run(self, count):
        names = [name for name, _ in self.MOVES]
        weights = [weight for _, weight in self.MOVES]
        for _ in range(count):
            name = self.rng.choices(names, weights)[0]
            self.counts[name] = self.counts.get(name, 0) + 1
            getattr(self, name)()
            QApplication.processEvents()


@pytest.fixture
def quiet_dialogs(monkeypatch):
    """Modal dialogs answer at once: file dialogs are cancelled, questions get Cancel."""
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))


@pytest.fixture
def crashes(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(crash, "show_dialog", lambda title, text, closed: shown.append(text))
    reporter = crash.install(qapp, log_dir=str(tmp_path / "logs"))
    yield reporter, shown
    crash.uninstall()


@pytest.mark.qt_no_exception_capture  # the crash hook records them instead
def test_thousands_of_random_actions_leave_a_working_window(qtbot, quiet_dialogs, crashes):
    reporter, crash_dialogs = crashes
    print(f"monkey seed {SEED} (replay: SHOOTER_MONKEY_SEED={SEED})")
    rng = random.Random(SEED)
    window = MainWindow(Session("sight-in"))
    window.ask_save_changes = lambda: rng.choice(["discard", "cancel", "save"])
    errors = []
    window.show_error = lambda title, message: errors.append((title, message))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)

    monkey = Monkey(window, qtbot, rng)
    try:
        monkey.run(ACTIONS)
    except Exception as exc:
        raise AssertionError(f"monkey seed {SEED}: {exc!r} after {monkey.counts}") from exc

    reporter.handler.flush()
    with open(reporter.log_path, encoding="utf-8") as handle:
        unknown = logged_tracebacks(handle.read())
    assert not unknown, f"monkey seed {SEED}:\n" + "\n".join(unknown)
    assert sum(monkey.counts.values()) == ACTIONS and len(monkey.counts) == len(Monkey.MOVES)
    still_responds(window, qtbot)


def logged_tracebacks(log):
    """Every logged traceback: the monkey must not cause a single one."""
    return log.split(" ERROR shooter: unexpected error\n")[1:]


def still_responds(window, qtbot):
    """After the storm: stop, recover if needed, and one Step trains one more iteration."""
    session = window.session
    session.pause()
    session.restore_last_good()
    while session.trainer.next_phase != "fire":
        session.advance_phase()
    if session.trainer.diverged:
        session.restore_last_good()
    before = session.trainer.iteration
    qtbot.mouseClick(window.controls.step_button, Qt.LeftButton)
    assert session.trainer.iteration == before + 1, f"monkey seed {SEED}: Step did nothing"
    assert window.grab().width() > 0


# --- the bugs the monkey found, one case each --------------------------------------------
@pytest.fixture
def window(qtbot, crashes):
    win = MainWindow(Session("sight-in"))
    win.ask_save_changes = lambda: "discard"
    qtbot.addWidget(win)
    win.show()
    return win


def logged_errors(reporter):
    reporter.handler.flush()
    with open(reporter.log_path, encoding="utf-8") as handle:
        return [line for line in handle if line.endswith("Error\n") or "Error:" in line]


@pytest.mark.qt_no_exception_capture
def test_reset_at_the_largest_seed_keeps_the_panel_working(window, crashes):
    reporter, _shown = crashes
    window.controls.seed.setValue(window.controls.seed.maximum())
    window.controls.seed.editingFinished.emit()
    window.session.reset()
    assert not logged_errors(reporter)
    assert window.session.trainer.config.seed == 0  # the next seed wraps round
    assert window.controls.seed.value() == 0


@pytest.mark.qt_no_exception_capture
def test_loss_surface_ignores_steps_of_a_smaller_network(window, qtbot, crashes):
    reporter, _shown = crashes
    window.session.set_lesson("loss-surface")
    view = window.lesson_view
    window.session.configure(inputs=("distance", "crosswind"))
    view.compute()
    qtbot.waitUntil(lambda: view.surface is not None and not view.computing, timeout=20_000)
    window.session.configure(inputs=())
    window.session.step()
    assert not logged_errors(reporter)
