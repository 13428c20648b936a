"""`shooter --self-test`: can the desktop app really run on this machine?

Opens the main window (on screen, or offscreen when there is no display), trains two lessons
for a few hundred steps, switches language, renders a frame, then saves a session in a
temporary folder, reloads it and checks that training goes on exactly as it would have.
Prints one PASS/FAIL line per check and returns 0 only when every check passed. The
installers run it on the installed app, so it must need nothing but the app itself.
Preferences live in the temporary folder too: the user's settings are never touched.
"""

import importlib
import inspect
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

LESSONS_TRAINED = (("sight-in", 150), ("wind", 150))  # a few hundred steps in all
REPLAY_STEPS = 5  # steps compared after reloading a saved session
MIN_COLOURS = 8  # a drawn window has far more; a blank or failed paint has one or two


class CheckFailed(Exception):
    """A check that ran but found the app not working; the message says what was wrong."""


def expect(condition, problem):
    if not condition:
        raise CheckFailed(problem)


def choose_platform(environ=os.environ):
    """Offscreen when Linux has no display to draw on; QT_QPA_PLATFORM always wins."""
    if environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (environ.get("DISPLAY")
                                                 or environ.get("WAYLAND_DISPLAY")):
        environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen"
    return None


class SlotErrors:
    """Collects exceptions raised in Qt slots, which Qt reports but does not stop on."""

    def __init__(self):
        self.caught = []
        self._previous = None

    def __enter__(self):
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        return self

    def __exit__(self, *_exc):
        sys.excepthook = self._previous

    def _hook(self, kind, value, trace):
        if not self.caught:  # the first one in full; the rest are usually the same
            self._previous(kind, value, trace)
        self.caught.append((kind, value, trace))

    def first(self):
        kind, value, trace = self.caught[0]
        where = traceback.extract_tb(trace)[-1] if trace else None
        place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
        return f"{kind.__name__}: {' '.join(str(value).split())}{place}"


class SelfTest:
    def __init__(self, folder, slot_errors):
        self.folder = Path(folder)
        self.slot_errors = slot_errors
        self.window = None
        self.app = None

    # --- the checks, in order ------------------------------------------------------------
    def check_window(self):
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QGuiApplication

        self.app = start_application()
        from shooter.app.main_window import MainWindow

        options = {}
        parameters = inspect.signature(MainWindow).parameters
        if "preferences" in parameters:
            from shooter.app.preferences import Preferences

            ini = str(self.folder / "settings.ini")
            options["preferences"] = Preferences(QSettings(ini, QSettings.IniFormat))
        if "runs" in parameters:  # the user's kept runs stay untouched by a self-test
            from shooter.app.runs import KeptRuns

            options["runs"] = KeptRuns(self.folder / "runs")
        self.window = MainWindow(**options)
        # Unsaved-work questions would wait for a click: the self-test discards.
        self.window.ask_save_changes = lambda: "discard"
        self.window.show()
        self.app.processEvents()
        expect(self.window.isVisible(), "the main window did not show")
        return f"platform {QGuiApplication.platformName()}, {self.window.width()}x" \
               f"{self.window.height()}"

    def check_icon(self):
        from PySide6.QtGui import QGuiApplication

        self.needs_window()
        icon = QGuiApplication.windowIcon()
        expect(not icon.isNull(), "no window icon: neither the theme nor the app has one")
        sizes = sorted({size.width() for size in icon.availableSizes()})
        source = f"icon theme's {icon.name()!r}" if icon.name() else "bundled with the app"
        return f"{source}, sizes {sizes or 'scalable'}"

    def check_cjk_font(self):
        from PySide6.QtGui import QFontDatabase

        families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        expect(families, "no font with Chinese characters: Chinese text would be empty boxes")
        return families[0]

    def check_training(self, lesson, steps):
        session = self.needs_window().session
        session.set_lesson(lesson)
        start = session.trainer.iteration
        first = last = None
        for i in range(steps):
            session.step()
            loss = session.trainer.last["loss"].loss
            first = loss if first is None else first
            last = loss
            if i % 25 == 0:
                self.app.processEvents()
            expect(not session.trainer.diverged, f"diverged ({session.trainer.diverged})")
        done = session.trainer.iteration - start
        expect(done == steps, f"{done} of {steps} steps ran")
        expect(last < first, f"loss did not fall ({first:.4g} -> {last:.4g})")
        return f"{steps} steps, loss {first:.4g} -> {last:.4g}"

    def check_language(self):
        window = self.needs_window()
        if not hasattr(window, "set_language"):
            return "skipped: this window has no set_language()"
        english = visible_texts(window, "en")
        chinese = visible_texts(window, "zh_CN")
        back = visible_texts(window, "en")
        changed = sorted(chinese - english)
        expect(changed, "no text on screen changed language")
        expect(any(is_cjk(ch) for ch in "".join(changed)), f"no Chinese on screen: {changed[:3]}")
        expect(back == english, f"English did not come back: {sorted(back - english)[:3]}")
        return f"{len(changed)} texts changed, e.g. {min(changed, key=len)!r}"

    def check_render(self):
        window = self.needs_window()
        self.app.processEvents()
        image = window.grab().toImage()
        expect(not image.isNull() and image.width() > 0, "the window rendered no image")
        colours = distinct_colours(image)
        expect(colours >= MIN_COLOURS, f"the frame is (nearly) uniform: {colours} colours")
        return f"{image.width()}x{image.height()}, {colours} colours in a 64x40 sample"

    def check_session_file(self):
        window = self.needs_window()
        path = self.folder / "self-test-session.json"
        save_session(window, path)
        expect(path.is_file() and path.stat().st_size > 0, "no session file was written")
        saved_iteration = window.session.trainer.iteration
        expected = run_on(window.session, REPLAY_STEPS)
        open_session(window, path)
        expect(window.session.trainer.iteration == saved_iteration,
               f"reloaded at iteration {window.session.trainer.iteration}, "
               f"saved at {saved_iteration}")
        again = run_on(window.session, REPLAY_STEPS)
        expect(all((a == b).all() for a, b in zip(expected, again)),
               "training after reloading differs from training without the break")
        return f"{path.stat().st_size} bytes; {REPLAY_STEPS} steps after reload match"

    def check_slot_errors(self):
        errors = self.slot_errors.caught
        expect(not errors, f"{len(errors)} exceptions in event handlers; first: "
                           f"{self.slot_errors.first() if errors else ''}")
        return "none"

    def close(self):
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.app.processEvents()

    def needs_window(self):
        expect(self.window is not None, "no main window (see the first check)")
        return self.window


# --- helpers ----------------------------------------------------------------------------
def start_application():
    from PySide6.QtWidgets import QApplication

    try:
        return importlib.import_module("shooter.app.main").create_application(sys.argv[:1])
    except (ImportError, AttributeError):
        return QApplication.instance() or QApplication(sys.argv[:1])


def visible_texts(window, language):
    """Every text shown in the window's title, menus, labels and buttons, after switching."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    window.set_language(language)
    QApplication.processEvents()
    texts = {window.windowTitle()}
    texts.update(action.text() for action in window.menuBar().actions())
    for kind in (QLabel, QAbstractButton):
        texts.update(widget.text() for widget in window.findChildren(kind))
    return {text for text in texts if text.strip()}


def is_cjk(char):
    return "\u4e00" <= char <= "\u9fff"


def distinct_colours(image):
    from PySide6.QtCore import Qt

    small = image.scaled(64, 40, Qt.IgnoreAspectRatio, Qt.FastTransformation)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


def run_on(session, steps):
    for _ in range(steps):
        session.step()
    return [w.copy() for w in session.trainer.network.get_weights()]


def save_session(window, path):
    """Save as the File menu does; fall back to the file module if the window cannot."""
    if hasattr(window, "save_to"):
        expect(window.save_to(str(path)), f"saving failed: {getattr(window, 'last_error', '')}")
        return
    importlib.import_module("shooter.files").save_session(str(path), window.session.trainer)


def open_session(window, path):
    if hasattr(window, "open_path"):
        expect(window.open_path(str(path)), f"opening failed: {getattr(window, 'last_error', '')}")
        return
    expect(window.session.open(str(path)), "the session could not open the saved file")


def checks(test):
    """(name, callable) in the order they run; later ones use the window the first builds."""
    yield "main window", test.check_window
    yield "window icon", test.check_icon
    yield "Chinese font", test.check_cjk_font
    for lesson, steps in LESSONS_TRAINED:
        yield f"training {lesson}", lambda lesson=lesson, steps=steps: test.check_training(
            lesson, steps)
    yield "language switch", test.check_language
    yield "render", test.check_render
    yield "session save and reload", test.check_session_file
    yield "no errors in event handlers", test.check_slot_errors


def run_check(name, check):
    """Run one check and print its line; True when it passed."""
    started = time.perf_counter()
    try:
        detail = check()
        passed = True
    except CheckFailed as exc:
        detail, passed = str(exc), False
    except Exception as exc:  # noqa: BLE001 - any crash is a failed check, reported in one line
        detail, passed = f"{type(exc).__name__}: {' '.join(str(exc).split())}", False
    took = (time.perf_counter() - started) * 1000
    print(f"{'PASS' if passed else 'FAIL'} {name}: {detail} ({took:.0f} ms)", flush=True)
    return passed


def run(argv=None):
    """Run every check; 0 when all passed, 1 otherwise."""
    started = time.perf_counter()
    platform = choose_platform()
    if platform:
        print(f"note: no display found; drawing with Qt's {platform} platform", flush=True)
    with tempfile.TemporaryDirectory(prefix="shooter-self-test-") as folder, \
            SlotErrors() as slot_errors:
        test = SelfTest(folder, slot_errors)
        try:
            results = [run_check(name, check) for name, check in checks(test)]
        finally:
            test.close()
    failed = results.count(False)
    total = time.perf_counter() - started
    print(f"self-test: {len(results) - failed} passed, {failed} failed in {total:.1f} s",
          flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    raise SystemExit(run())
