"""A storm of random keys and clicks on the real window at a projector's 1024x768.

Keys come from the window's own shortcuts (menus, timeline, the shown lesson view) and the
keys a class reaches for (arrows, Space, Enter, Esc, Tab, F1, F5, Ctrl+Tab, Ctrl+=, Ctrl+-,
Ctrl+H, Ctrl+1..Ctrl+0, letters); clicks, double clicks, drags and wheel turns land at random
points of the visible views (target, range strip, network, plots, control panel, lesson view,
timeline, tabs); now and then the language changes. Every event is seeded: a failure names
its seed and event and replays exactly. Run other seeds with SHOOTER_STORM_SEEDS=1,2,3
(and SHOOTER_STORM_EVENTS events per seed).

Nothing may raise (the crash reporter's hook is installed and counted), no file dialog or
message box may open (the storm never asks for a file: the File menu and buttons whose text
ends in "…" are left alone), and every CHECK_EVERY events the window still fits the screen,
the trainer is consistent and the event loop answers. Unsaved work is discarded without asking
on a lesson switch (as the `make_window` fixture sets it up).
"""

import collections
import os
import random
import sys
import traceback

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
)

from shooter.app import crash
from shooter.core.lessons import LESSONS
from shooter.i18n import LANGUAGES

SCREEN = QRect(0, 0, 1024, 768)
SEEDS = [int(s) for s in os.environ.get("SHOOTER_STORM_SEEDS", "1605,2718").split(",")]
EVENTS = int(os.environ.get("SHOOTER_STORM_EVENTS", "1600"))  # per seed: 3,200 in all
CHECK_EVERY = 100
HISTORY = 25  # events named with a failure
PHASES = ("fire", "loss", "pull_back", "adjust")
CLASSROOM_KEYS = (
    "Left", "Right", "Up", "Down", "Space", "Return", "Enter", "Esc", "Tab", "F1", "F5",
    "Ctrl+Tab", "Ctrl+=", "Ctrl+-", "Ctrl+H", "K", "[", "]", "PgUp", "PgDown", "Home", "End",
    "G", "T", *(f"Ctrl+{n}" for n in "1234567890"),
    *"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
PRESSING = (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter)
DIALOGS = [(QFileDialog, name) for name in (
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "getOpenFileUrl", "getSaveFileUrl")]
DIALOGS += [(QMessageBox, name) for name in (
    "question", "warning", "information", "critical", "about", "exec", "open")]
DIALOGS += [(QDialog, "exec")]


def combo(sequence):
    """(key, modifiers) of the first chord of a key sequence."""
    chord = QKeySequence(sequence)[0]
    return chord.key(), chord.keyboardModifiers()


def asks_for_a_file(widget):
    """A button that opens a dialog says so with '…' (Save as…), in every language."""
    return isinstance(widget, QAbstractButton) and widget.text().rstrip().endswith("…")


class Storm:
    def __init__(self, window, qtbot, rng):
        self.window, self.qtbot, self.rng = window, qtbot, rng
        self.events = collections.deque(maxlen=HISTORY)
        self.counts = collections.Counter()
        self.triggered = collections.Counter()  # shortcut actions that really ran
        self.keys = sorted({combo(k) for k in CLASSROOM_KEYS}, key=repr)
        self.refresh_keys()

    # --- keys -------------------------------------------------------------------------------
    def file_menu_keys(self):
        """Open, Save, Save as, Export and Quit ask for a file or end the run."""
        menus, found = [self.window.menuBar().actions()[0].menu()], set()
        while menus:
            for action in menus.pop().actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                found.update(combo(k) for k in action.shortcuts())
        return found

    def refresh_keys(self):
        """Every shortcut the window has now (menus, timeline, the lesson view shown)."""
        excluded = self.file_menu_keys()
        for action in self.window.findChildren(QAction):
            if not getattr(action, "_counted_by_storm", False):
                action._counted_by_storm = True
                action.triggered.connect(
                    lambda _checked=False, a=action: self.triggered.update([a.text()]))
            for chord in action.shortcuts():
                key = combo(chord)
                if key not in excluded and key not in self.keys:
                    self.keys.append(key)

    def press_key(self):
        key, modifiers = self.rng.choice(self.keys)
        target = QApplication.focusWidget()
        if target is None or not target.isVisible() or target.window() is not self.window:
            target = self.window
        if key in PRESSING and asks_for_a_file(target):
            key = Qt.Key_Tab  # Space on "Save as…" would ask for a file: move on instead
        self.note(f"key {QKeySequence(key | modifiers).toString()} -> "
                  f"{type(target).__name__}")
        QTest.keyClick(target, Qt.Key(key), modifiers)

    # --- mouse ------------------------------------------------------------------------------
    def views(self):
        w = self.window
        views = [w.target, w.range_strip, w.network, w.plots, w.controls_scroll, w.timeline,
                 w.tabs.tabBar()]
        if w.lesson_view is not None:
            views.append(w.lesson_view)
        return [v for v in views if v.isVisible() and not v.visibleRegion().isEmpty()]

    def point(self):
        """A random point of a visible view: (the deepest widget there, its local point)."""
        view = self.rng.choice(self.views())
        rect = view.visibleRegion().boundingRect()
        local = QPoint(self.rng.randrange(rect.left(), rect.right() + 1),
                       self.rng.randrange(rect.top(), rect.bottom() + 1))
        at_window = view.mapTo(self.window, local)
        widget = self.window.childAt(at_window) or view
        return view, widget, widget.mapFrom(self.window, at_window)

    def use_mouse(self):
        view, widget, pos = self.point()
        if asks_for_a_file(widget):
            return
        how = self.rng.choices(("click", "double", "drag", "wheel"), (70, 6, 18, 6))[0]
        button = self.rng.choices((Qt.LeftButton, Qt.RightButton, Qt.MiddleButton),
                                  (85, 10, 5))[0]
        modifiers = self.rng.choices((Qt.NoModifier, Qt.ShiftModifier, Qt.ControlModifier),
                                     (90, 5, 5))[0]
        what = how if how == "wheel" else f"{how} {button.name}"
        self.note(f"{what} at {pos.toTuple()} of {type(widget).__name__} "
                  f"in {type(view).__name__}")
        if how == "click":
            QTest.mouseClick(widget, button, modifiers, pos)
        elif how == "double":
            QTest.mouseDClick(widget, button, modifiers, pos)
        elif how == "drag":
            self.drag(widget, pos, modifiers)
        else:
            self.wheel(widget, pos)

    def drag(self, widget, start, modifiers):
        QTest.mousePress(widget, Qt.LeftButton, modifiers, start)
        pos = start
        for _ in range(self.rng.randint(2, 6)):
            pos = pos + QPoint(self.rng.randint(-60, 60), self.rng.randint(-40, 40))
            QTest.mouseMove(widget, pos)
            QApplication.processEvents()
        QTest.mouseRelease(widget, Qt.LeftButton, modifiers, pos)

    def wheel(self, widget, pos):
        delta = QPoint(0, self.rng.choice((-240, -120, 120, 240)))
        event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(), delta,
                            Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)

    def switch_language(self):
        """As the View > Language menu does: the class's language, mid-lesson."""
        code = self.rng.choice(sorted(LANGUAGES))
        self.note(f"language {code}")
        self.window.set_language(code)

    # --- time -------------------------------------------------------------------------------
    def let_time_pass(self):
        """Timers run: training at play speed, bullet flights, timeline playback."""
        ms = self.rng.randint(5, 60)
        self.note(f"wait {ms} ms")
        self.qtbot.wait(ms)

    # --- running ----------------------------------------------------------------------------
    MOVES = (("press_key", 55), ("use_mouse", 40), ("let_time_pass", 5),
             ("switch_language", 1))

    def note(self, text):
        self.events.append(f"#{self.done}: {text}")

    def run(self, count, check):
        names, weights = zip(*self.MOVES, strict=True)
        for self.done in range(count):
            name = self.rng.choices(names, weights)[0]
            self.counts[name] += 1
            getattr(self, name)()
            QApplication.processEvents()
            close_popups()
            if (self.done + 1) % CHECK_EVERY == 0:
                check()
                self.refresh_keys()


def close_popups():
    """An open combo box list or context menu goes, as a click elsewhere would close it."""
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        QApplication.processEvents()
        next_popup = QApplication.activePopupWidget()
        if next_popup is popup:
            break
        popup = next_popup


# --- what must hold throughout ---------------------------------------------------------------
def fits_the_screen(window):
    needed = window.minimumSizeHint()
    problems = []
    if needed.width() > SCREEN.width() or needed.height() > SCREEN.height():
        problems.append(f"the window needs {needed.toTuple()} on a {SCREEN.size().toTuple()} "
                        f"screen (scale {window.style_.scale:.2f})")
    # A full-screen window is held at the screen's size by the platform (as on Xvfb at
    # 1024x768); here only its content's minimum is checked.
    if not window.isFullScreen() and (window.width() > SCREEN.width()
                                      or window.height() > SCREEN.height()):
        problems.append(f"the window is {window.size().toTuple()} on a "
                        f"{SCREEN.size().toTuple()} screen (scale {window.style_.scale:.2f})")
    return problems


def on_the_projector(window):
    """The offscreen screen is 800x800, a projector 1024x768: the window is told the
    projector's room, and full screen (F5, F11) covers the projector and gives the window
    its normal geometry back afterwards, as a window manager does."""
    window.available_geometry = lambda: QRect(SCREEN)
    normal = []

    def show_full_screen():
        normal[:] = normal or [window.geometry()]
        window.setGeometry(SCREEN)

    def show_normal():
        if normal:
            window.setGeometry(normal.pop())

    window.showFullScreen = show_full_screen
    window.showNormal = show_normal
    window.isFullScreen = lambda: bool(normal)


def activate(window, qtbot):
    """Shortcuts reach the active window only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def trainer_consistent(session):
    trainer, problems = session.trainer, []
    if trainer.iteration < 0:
        problems.append(f"iteration {trainer.iteration}")
    if trainer.next_phase not in PHASES:
        problems.append(f"next phase {trainer.next_phase!r}")
    if not trainer.diverged and not all(np.isfinite(w).all()
                                        for w in trainer.network.get_weights()):
        problems.append("weights not finite, yet not diverged")
    shown = session.shown_step
    if shown is not None and not 0 <= shown <= session.steps_done:
        problems.append(f"the timeline shows step {shown} of {session.steps_done}")
    return problems


def responds(qtbot):
    answered = []
    QTimer.singleShot(0, lambda: answered.append(True))
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)


def still_trains(window, qtbot):
    """After the storm: back at the present, one Step on the panel trains one iteration."""
    session = window.session
    session.pause()
    window.predict.set_enabled(False)  # no prediction asked before the phases
    session.show_present()
    if session.trainer.diverged:
        session.restore_last_good()
    while session.trainer.next_phase != "fire":
        session.advance_phase()
    before = session.trainer.iteration
    session.step()
    return session.trainer.iteration == before + 1


# --- the test ----------------------------------------------------------------------------------
@pytest.fixture
def no_dialogs(monkeypatch):
    """A modal dialog would stop the class (and this test): any call fails the storm."""
    for owner, name in DIALOGS:
        def refuse(*_args, _what=f"{owner.__name__}.{name}", **_kwargs):
            raise AssertionError(f"{_what} was opened during the storm")
        replacement = refuse if name in ("exec", "open") else staticmethod(refuse)
        monkeypatch.setattr(owner, name, replacement)


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    """The app's crash reporter, its dialogs counted instead of shown, and every exception
    that reaches sys.excepthook kept for the failure message."""
    shown = []
    monkeypatch.setattr(crash, "show_dialog", lambda title, text, closed: shown.append(text))
    caught = []
    yield shown, caught, lambda: install_hook(qapp, tmp_path, caught)
    crash.uninstall()


def install_hook(qapp, tmp_path, caught):
    """Installed in the test body: pytest-qt puts its own hook in place for the call."""
    reporter = crash.install(qapp, log_dir=str(tmp_path / "logs"))
    report = sys.excepthook

    def capture(kind, value, trace):
        caught.append("".join(traceback.format_exception(kind, value, trace)))
        report(kind, value, trace)

    sys.excepthook = capture
    return reporter


@pytest.mark.qt_log_ignore("This plugin does not support raise",  # offscreen: a popup opened
                           "This plugin does not support grabbing the keyboard", extend=True)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_storm_of_keys_and_clicks_leaves_the_app_running(seed, make_window, qtbot,
                                                           no_dialogs, reporter):
    shown, caught, install = reporter
    window = make_window("sight-in", size=SCREEN.size().toTuple())
    on_the_projector(window)
    activate(window, qtbot)
    install()
    storm = Storm(window, qtbot, random.Random(seed))

    def failure(what):
        return (f"storm seed {seed} (replay: SHOOTER_STORM_SEEDS={seed}), {what}; "
                f"last events:\n  " + "\n  ".join(storm.events))

    def check():
        assert not caught, failure("an exception:\n" + caught[0])
        assert not shown, failure(f"the crash dialog showed: {shown[0]}")
        problems = fits_the_screen(window) + trainer_consistent(window.session)
        assert not problems, failure("; ".join(problems))
        responds(qtbot)

    storm.run(EVENTS, check)
    check()
    assert still_trains(window, qtbot), failure("one Step did not train")
    check()
    print(f"storm seed {seed}: {dict(storm.counts)}; {len(storm.triggered)} actions ran: "
          f"{dict(storm.triggered.most_common())}")
    # The storm reached the window: its shortcuts ran, and both hands were used.
    assert storm.counts["press_key"] > EVENTS // 3 and storm.counts["use_mouse"] > EVENTS // 4
    assert len(storm.triggered) >= 20, f"only {sorted(storm.triggered)} ran"


# --- what the storm found, one case each -------------------------------------------------------
def active_bindings(window):
    """key -> the texts of the enabled actions it triggers now (an action of a hidden lesson
    page does not listen)."""
    bound = collections.defaultdict(list)
    for action in window.findChildren(QAction):
        owner = action.parent()
        if not action.isEnabled() or not getattr(owner, "isVisible", lambda: False)():
            continue
        for keys in action.shortcuts():
            bound[keys.toString()].append(action.text())
    return bound


@pytest.mark.parametrize("lesson", [key for key, lesson in LESSONS.items() if lesson.view])
def test_no_key_is_bound_twice_on_either_page(lesson, make_window):
    """A key bound twice does nothing at all (Qt: 'Ambiguous shortcut overload'); Home was
    both the timeline's earliest step and the worked example's shot on the range."""
    window = make_window(lesson, size=SCREEN.size().toTuple())
    for _page in range(2):
        window.toggle_lesson_view()
        clashes = {k: texts for k, texts in active_bindings(window).items() if len(texts) > 1}
        assert not clashes, f"{lesson}, tab {window.tabs.currentIndex()}: {clashes}"

