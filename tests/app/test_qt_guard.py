"""No exception raised where Qt calls into Python may end the app.

On Python 3.11 with PySide6 6.8-6.12, an exception raised by the interpreter itself (an
IndexError from `[][0]`, say) inside paintEvent, under a Python event() override, kills the
process with SIGSEGV in shiboken before any dialog can show. The paint cases therefore run in a
child process: a crash there fails one test instead of ending the whole run.
"""

import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsItem

import shooter.app

CHILD_TIMEOUT_S = 120


def run_child(code, *args):
    """Run `code` in a fresh Python with the repository importable; (exit code, stdout)."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S)
    return done.returncode, done.stdout + done.stderr


# --- the four classroom actions -------------------------------------------------------------
def press(window, key):
    """Trigger the window's action for `key`, as pressing it does."""
    action, = [a for a in window.findChildren(QAction) if QKeySequence(key) in a.shortcuts()]
    action.trigger()


def test_ticking_inputs_then_next_and_back_keeps_the_app_and_the_network_view(
        make_window, qtbot):
    """Fire, tick headwind and air density, next phase, back: going back replays the shot
    fired by the old one-node network; the view must leave it out, not index past it."""
    window = make_window("sight-in")
    session, view = window.session, window.network
    session.fire()
    for name in ("headwind", "air_density"):
        window.controls.inputs[name].setChecked(True)  # as a click on the check box does
    assert view.layer_sizes() == [2, 2]
    press(window, "Right")
    assert view.node_values()[0] is not None  # the new network's shot is shown
    press(window, "Left")
    assert session.trainer.next_phase == "fire"
    assert all(v is None for v in view.node_values())  # the old network's shot: not drawn
    image = view.grab().toImage()  # paints without an error (pytest-qt fails on one)
    geo = view.geometry_()
    for y in geo.ys[0]:  # both input neurons painted, unfilled: no shot of theirs yet
        assert image.pixelColor(int(geo.xs[0]), int(y)).name() == view.style_.palette.panel
    press(window, "Right")  # and the app carries on
    assert np.all(np.isfinite(view.node_values()[0]))


def test_a_record_of_another_shape_is_never_drawn(qtbot):
    from shooter.app.network.view import NetworkView
    from shooter.app.session import Session

    session = Session("wind")
    view = NetworkView(session)
    qtbot.addWidget(view)
    old = session.fire()
    assert session.configure(hidden=(5,))  # same number of layers, other widths
    view._show_fire(old)
    assert all(v is None for v in view.node_values())
    session.fire_and_measure()
    pulled = session.pull_back()
    assert session.configure(hidden=(3,))
    view._show_pull_back(pulled)
    assert not view.showing_gradients()
    view.grab()


# --- an error planted in each view's paint ----------------------------------------------------
PAINT_CHILD = textwrap.dedent("""
    import inspect, json, os, sys, tempfile
    from PySide6.QtWidgets import QApplication, QWidget
    from shooter.app import crash
    from shooter.app.main_window import MainWindow
    from shooter.app.session import Session

    lesson, attribute, owner, helper, show_lesson_view = sys.argv[1:6]
    app = QApplication([])
    shown = []
    crash.show_dialog = lambda title, text, on_closed: shown.append(text)
    reporter = crash.install(app, log_dir=tempfile.mkdtemp())
    window = MainWindow(Session(lesson))
    window.ask_save_changes = lambda: "discard"
    window.resize(1280, 800)
    window.show()
    window.session.fire()
    if show_lesson_view == "1":
        window.toggle_lesson_view()
    app.processEvents()

    view = getattr(window, attribute)
    unguarded = sorted({type(w).__qualname__ for w in [view, *view.findChildren(QWidget)]
                        if w.isVisible() and inspect.isfunction(type(w).paintEvent)
                        and not getattr(type(w).paintEvent, "guarded", False)})
    if unguarded:  # an error planted there would end this process on Python 3.11
        print("RESULT", json.dumps({"unguarded": unguarded}), flush=True)
        os._exit(0)

    def planted(*args, **kwargs):
        return [][0]  # raised by the interpreter itself, as a real slip would be

    module, _, name = owner.rpartition(".")
    target = getattr(__import__(module, fromlist=[name]), name)
    original = getattr(target, helper)
    setattr(target, helper, planted)
    for _ in range(5):
        view.repaint()
        app.processEvents()
    setattr(target, helper, original)
    view.repaint()
    app.processEvents()
    reporter.handler.flush()
    log = open(reporter.log_path, encoding="utf-8").read()
    print("RESULT", json.dumps({"dialogs": len(shown), "logged": "IndexError" in log,
                               "painted_after": not view.grab().isNull()}), flush=True)
    os._exit(0)  # what happens at interpreter shutdown is not under test here
""")

# (view, lesson, the window's attribute holding it, the owner of a helper its paint calls,
# the helper, shown on the lesson-view tab?)
SCENE = "pyqtgraph.GraphicsScene"  # plots and lesson views paint through pyqtgraph
PAINT_CASES = [
    ("target", "sight-in", "target", "shooter.app.target.view.TargetView", "_paint_live", "0"),
    ("network", "wind", "network", "shooter.app.network.view.NetworkView", "_paint_edges",
     "0"),
    ("range strip", "wind", "range_strip", "shooter.app.range_strip.RangeStrip", "_mapper",
     "0"),
    ("plots", "sight-in", "plots", SCENE, "prepareForPaint", "0"),
    ("valley lesson view", "step-size", "lesson_view", SCENE, "prepareForPaint", "1"),
    ("search lesson view", "search", "lesson_view", SCENE, "prepareForPaint", "1"),
    ("surface lesson view", "loss-surface", "lesson_view", SCENE, "prepareForPaint", "1"),
    ("experience lesson view", "experience", "lesson_view", SCENE, "prepareForPaint", "1"),
]


@pytest.mark.parametrize(("view", "lesson", "attribute", "owner", "helper", "lesson_view"),
                         PAINT_CASES, ids=[case[0] for case in PAINT_CASES])
def test_an_error_in_a_paint_is_reported_and_the_app_carries_on(
        view, lesson, attribute, owner, helper, lesson_view):
    code, output = run_child(PAINT_CHILD, lesson, attribute, owner, helper, lesson_view)
    assert code == 0, f"{view}: the app died (exit {code})\n{output[-2000:]}"
    result = json.loads(output.split("RESULT", 1)[1].splitlines()[0])
    assert not result.get("unguarded"), f"paintEvent not guarded in {result['unguarded']}"
    assert result == {"dialogs": 1, "logged": True, "painted_after": True}, view


# --- the smallest case: event() calls super().event(), paintEvent raises ------------------
SHIBOKEN_CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from shooter.app.crash import guarded

    decorate = guarded() if sys.argv[1:] == ["guarded"] else (lambda method: method)

    class Broken(QWidget):
        def event(self, event):
            return super().event(event)

        @decorate
        def paintEvent(self, event):
            [][0]

    app = QApplication([])
    sys.excepthook = lambda *exc: None  # the crash reporter's place: nothing to show here
    widget = Broken()
    widget.show()
    ticks = []
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: (ticks.append(1), widget.update(),
                                   len(ticks) >= 200 and app.quit()))
    timer.start()
    app.exec()
    print("alive after", len(ticks), "paints")
""")


def test_a_guarded_paint_under_an_event_override_never_kills_the_process():
    code, output = run_child(SHIBOKEN_CHILD, "guarded")
    assert code == 0, output[-2000:]
    assert "alive after 200 paints" in output


# --- every Qt override in the package is guarded ----------------------------------------------
# Methods Qt itself calls on a Python object (a virtual of a Qt base class): any name ending in
# "Event" that a Qt base class has, and these.
QT_VIRTUALS = frozenset({
    "event", "eventFilter", "sizeHint", "minimumSizeHint", "heightForWidth",
    "hasHeightForWidth", "paint", "boundingRect", "shape",  # graphics items
    "addItem", "count", "itemAt", "takeAt", "expandingDirections", "setGeometry",
    "minimumSize", "maximumSize",  # layouts
})


def app_classes():
    """Every QObject or QGraphicsItem subclass defined in a module of shooter.app."""
    found = []
    for info in pkgutil.walk_packages(shooter.app.__path__, "shooter.app."):
        module = importlib.import_module(info.name)
        found += [cls for cls in vars(module).values()
                  if inspect.isclass(cls) and cls.__module__ == module.__name__
                  and issubclass(cls, (QObject, QGraphicsItem))]
    return found


def qt_overrides(cls):
    """The names `cls` itself defines that override a virtual of one of its Qt bases."""
    qt_bases = [base for base in cls.__mro__ if base.__module__.startswith("PySide6.")]
    return sorted(name for name, value in vars(cls).items()
                  if callable(value) and (name.endswith("Event") or name in QT_VIRTUALS)
                  and any(hasattr(base, name) for base in qt_bases))


def unguarded(classes):
    return [f"{cls.__module__}.{cls.__qualname__}.{name}" for cls in classes
            for name in qt_overrides(cls) if not getattr(vars(cls)[name], "guarded", False)]


def test_every_qt_override_in_the_app_is_guarded():
    classes = app_classes()
    checked = {f"{cls.__qualname__}.{name}" for cls in classes for name in qt_overrides(cls)}
    # The walk really reaches the views, the lesson views and the layouts.
    assert {"TargetView.paintEvent", "NetworkView.event", "MainWindow.closeEvent",
            "HandTarget.keyPressEvent", "FlowLayout.setGeometry", "PredictFirst.eventFilter",
            "GuardedAxis.paint"} <= checked
    assert unguarded(classes) == []


def test_an_unguarded_override_is_found(qapp):
    from PySide6.QtWidgets import QWidget

    from shooter.app.crash import guarded

    class Careless(QWidget):
        def paintEvent(self, event):
            pass

        def sizeHint(self):
            return super().sizeHint()

        @guarded()
        def wheelEvent(self, event):
            pass

        def helper(self):  # not Qt's: never called by Qt
            pass

    assert [name.rsplit(".", 1)[1] for name in unguarded([Careless])] == [
        "paintEvent", "sizeHint"]
