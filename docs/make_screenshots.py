"""Screenshots of the main window at 1920x1080 for every lesson, in English and Chinese.

    python docs/make_screenshots.py [--out docs/screenshots]

Each lesson is opened through the lesson menu and brought into a telling state: a few
shots fired (more for the lessons that learn a wind), then one more shot in the pull-back
phase, so the red error lines, the green aim arrow and the backward gradients in the network
view are on screen. Lessons with their own view show it once its computation has finished.
The language is switched at run time through the window, as a user would. Also written:
`presentation-en.png` / `presentation-zh.png` (presentation mode, F5) and `sight-in.png`
for the README.

Then, on a 1024x768 screen (the classroom projector) in presentation mode, one picture per
lesson as the back row sees it: `present-1024-<lesson>-en.png`, and `-zh_CN.png` for the
lessons in PRESENT_CHINESE. `--which desk` or `--which present` makes one set only.

Everything is seeded and every animation is held at its end, so a run gives the same
pictures. Qt draws offscreen on a 1920x1080 screen unless QT_QPA_PLATFORM is set (e.g.
`xcb` under `xvfb-run -a -s "-screen 0 1920x1080x24"`); fonts come from fontconfig, and
Chinese needs a CJK font (fonts-wqy-microhei or fonts-noto-cjk on Debian).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1920, 1080)
PROJECTOR = (1024, 768)
PRESENT_CHINESE = ("sight-in", "burst", "wind", "your-turn")
MAX_PNG_BYTES = 400_000
LANGUAGES = (("en", "en"), ("zh_CN", "zh"))  # (language code, file suffix)
# Steps run before the shot that is shown: enough for a learning curve, few enough that the
# hits are still visibly off the bullseye.
STEPS_BEFORE = {"sight-in": 2, "burst": 2, "step-size": 3, "wind": 300, "experience": 150,
                "search": 3, "forward-reverse": 60, "worked-example": 4, "loss-surface": 4,
                "sandbox": 200}
FINISHED = 10**7  # ms: moves any animation to its end


def use_offscreen_screen(tmp, size=SIZE):
    """An offscreen screen of `size` (the plugin's own default is 800x800)."""
    if "QT_QPA_PLATFORM" in os.environ:
        return
    config = Path(tmp) / "offscreen.json"
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [
        {"name": "classroom", "x": 0, "y": 0, "width": size[0], "height": size[1],
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def settle(app, window, ms=150):
    """Run the event loop until lesson views have computed and layouts have settled."""
    from PySide6.QtCore import QEvent

    # processEvents() alone never deletes: a replaced lesson view would live on, connected.
    app.sendPostedEvents(None, QEvent.DeferredDelete)
    view = window.lesson_view
    deadline = time.monotonic() + 120.0
    while time.monotonic() < deadline and view is not None and (
            getattr(view, "computing", False) or _debouncing(view)):
        app.processEvents()
    end = time.monotonic() + ms / 1000.0
    while time.monotonic() < end:
        app.processEvents()


def _debouncing(view):
    debounce = getattr(view, "_debounce", None)
    return debounce is not None and debounce.isActive()


def open_lesson(window, key):
    """Choose the lesson from the Lesson menu, as a teacher would."""
    for action in window.lesson_actions.actions():
        if action.data() == key:
            action.trigger()
            return
    raise KeyError(key)


def pose(app, window, key):
    """Some training, then one more shot stopped in the pull-back phase."""
    from shooter.app.network.view import SWEEP_MS

    session = window.session
    for _ in range(STEPS_BEFORE.get(key, 3)):
        session.step()
    session.fire_and_measure()
    session.pull_back()
    window.network.advance(SWEEP_MS)  # the backward sweep has reached the inputs
    view = window.lesson_view
    if view is not None:
        window.tabs.setCurrentIndex(1)
        settle(app, window)
        if hasattr(view, "advance"):  # the valley walk: every step taken
            view.advance(FINISHED)
        if getattr(view, "explanation", "") is None:  # the worked example: this shot
            view.explain()


def steady_grab(app, window, tries=20):
    """The window once two grabs in a row agree: layouts that settle in several passes
    (a scroll bar appearing, text re-wrapping) have finished."""
    image = window.grab().toImage()
    for _ in range(tries):
        settle(app, window, ms=100)
        again = window.grab().toImage()
        if again == image:
            break
        image = again
    return image


def save(app, window, path):
    steady_grab(app, window).save(str(path), "PNG", 0)  # quality 0: strongest compression
    if path.stat().st_size > MAX_PNG_BYTES and shutil.which("convert"):
        # Busy pictures (thousands of fading holes) stay big as truecolour; 256 colours
        # without dithering look the same and take a third of the space.
        subprocess.run(["convert", str(path), "-strip", "+dither", "-colors", "256",
                        "-define", "png:compression-level=9", f"PNG8:{path}"], check=True)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
          f"  {path.stat().st_size // 1024} KB")


def shoot_both_languages(app, window, out, stem):
    for code, suffix in LANGUAGES:
        window.set_language(code)
        settle(app, window)
        save(app, window, out / f"{stem}-{suffix}.png")


def new_window(size):
    """The application and a shown main window of `size`, in English, holes landing at once."""
    from shooter.app.main import create_application

    app = create_application([sys.argv[0]])
    from shooter.app.main_window import MainWindow
    from shooter.app.session import Session

    window = MainWindow(Session("sight-in"))
    window.ask_save_changes = lambda: "discard"  # lesson switches never ask
    window.set_language("en")
    window.target.set_flight_speed(0)  # holes land at once: no bullet caught mid-air
    window.resize(*size)
    window.show()
    settle(app, window)
    return app, window


def close(app, window):
    window.set_language("en")
    window.close()
    # Delete the window while the application still exists: left to the interpreter's
    # teardown, Qt objects die after QApplication and the process ends in a segfault.
    window.deleteLater()
    from PySide6.QtCore import QEvent

    app.sendPostedEvents(None, QEvent.DeferredDelete)


def make_presentation(out, only=()):
    """Every lesson in presentation mode on the projector's screen (the window fills it)."""
    from shooter.core.lessons import LESSONS

    app, window = new_window(PROJECTOR)
    window.toggle_presentation()  # F5
    settle(app, window)
    for key in [k for k in LESSONS if not only or k in only]:
        window.set_language("en")
        open_lesson(window, key)
        settle(app, window)
        pose(app, window, key)
        languages = ("en", "zh_CN") if key in PRESENT_CHINESE else ("en",)
        for code in languages:
            window.set_language(code)
            settle(app, window)
            save(app, window, out / f"present-1024-{key}-{code}.png")
    window.toggle_presentation()
    close(app, window)


def make(out, only=()):
    from shooter.core.lessons import LESSONS

    app, window = new_window(SIZE)
    for key in [k for k in LESSONS if not only or k in only]:
        open_lesson(window, key)
        settle(app, window)
        pose(app, window, key)
        shoot_both_languages(app, window, out, key)

    open_lesson(window, "sight-in")
    pose(app, window, "sight-in")
    window.set_language("en")
    settle(app, window)
    save(app, window, out / "sight-in.png")
    window.toggle_presentation()  # F5: full screen, projector-sized text
    shoot_both_languages(app, window, out, "presentation")
    window.toggle_presentation()
    close(app, window)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lessons", nargs="*", default=(), help="only these lessons")
    parser.add_argument("--which", choices=("all", "desk", "present"), default="all",
                        help="the 1920x1080 set, the 1024x768 presentation set, or both")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.which == "all":  # one screen size per process: run each set in its own
        for which in ("desk", "present"):
            command = [sys.executable, __file__, "--out", str(args.out), "--which", which]
            subprocess.run(command + (["--lessons", *args.lessons] if args.lessons else []),
                           check=True)
        return
    with tempfile.TemporaryDirectory(prefix="shooter-shots-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # the user's own preferences stay untouched
        use_offscreen_screen(tmp, SIZE if args.which == "desk" else PROJECTOR)
        sys.path.insert(0, str(ROOT))
        if args.which == "desk":
            make(args.out.resolve(), args.lessons)
        else:
            make_presentation(args.out.resolve(), args.lessons)


if __name__ == "__main__":
    main()
