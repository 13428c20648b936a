"""The desktop app against a bare PySide6 + pyqtgraph window, measured in the same run.

The bare window is a QMainWindow holding a pyqtgraph PlotWidget and a plain QWidget.

- start-up: from launching a fresh interpreter to the first window fully painted (the paint
  pass that follows the first paint event), median of --runs fresh processes each, wall time
  and the process's CPU time (which holds up better under load); modules load compiled;
- RSS: resident memory of a fresh process with the window shown, the app after 10,000
  automatic training steps through the real play timer;
- target paint: TargetView.grab() with 1,000 holes (the cached frame that training redraws,
  and a full re-render of rings and holes), against grabbing a plain QWidget of the same size;
- plot update: one point appended to a curve of 1e4, 1e5 or 1e6 points, setData plus a
  synchronous repaint; the app's curves against one default PlotDataItem of the same widget
  size, and the app's cost at 1e6 against its own at 1e5 (it must not grow with the run);
- training while drawing: the real play timer on sight-in, wind and sandbox with the window
  shown for --seconds each: steps per second, frames painted per second (target and plots)
  and late frames (more than 1.5 frame periods after the one before), against the headless
  Trainer.step() rate; then the CPU cost of what one such frame repaints.

Paint and update times are CPU time of the painting thread (medians), so they stay
meaningful when other jobs share the cores; start-up and the training rate are wall-clock
and are printed with the load average and the CPU share this process got.
Prints a Markdown table of measured figures against the targets; it never fails on time.
Run: python benchmarks/ui.py [--runs 5] [--seconds 4] [--only startup|training]
(offscreen unless QT_QPA_PLATFORM is set, e.g.
`xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb python ...`).
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from bare_window import WINDOW_SIZE, bare_window  # noqa: E402 - the one reference window

LAUNCHED = "SHOOTER_BENCH_LAUNCHED"  # wall-clock time the parent launched this process
RSS_STEPS = 10_000
HOLES = 1000
PLOT_SIZES = (10_000, 100_000, 1_000_000)
LIVE_LESSONS = ("sight-in", "wind", "sandbox")
LATE_FRAME = 1.5  # frame periods: a frame this long after the one before is late


# --- shared helpers ----------------------------------------------------------------------
def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def median_ms(action, repeats):
    """Median CPU time of the calling thread: painting is single-threaded, and CPU time
    stays meaningful when other jobs share the cores (wall-clock time does not)."""
    times = []
    for _ in range(repeats):
        started = time.thread_time()
        action()
        times.append((time.thread_time() - started) * 1000.0)
    return statistics.median(times)


def app_window(lesson="sight-in"):
    from shooter.app.main_window import MainWindow
    from shooter.app.session import Session

    window = MainWindow(Session(lesson))
    window.ask_save_changes = lambda: "discard"
    window.resize(*WINDOW_SIZE)
    return window


def private_settings():
    """Keep the app's preferences out of the user's own (fresh processes read them)."""
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shooter-bench-")


def wait_first_paint(app, window):
    """Run the event loop until `window` has finished its first paint pass."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    done = []
    loop = QEventLoop()  # app.quit() would close every window (Qt 6)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if (not done and event.type() == QEvent.Paint and watched.isWidgetType()
                    and watched.window() is window):
                done.append("painting")
                # Everything dirty is painted in this pass; the next event-loop turn is after.
                QTimer.singleShot(0, loop.quit)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    window.show()
    loop.exec()
    app.removeEventFilter(watcher)


def run_until(app, condition, timeout_s=600.0):
    deadline = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < deadline:
        app.processEvents()


# --- child processes (fresh interpreters) --------------------------------------------------
def child_startup(kind):
    if kind == "app":
        from shooter.app.main import create_application

        app = create_application([sys.argv[0]])
        window = app_window()
    else:
        from PySide6.QtWidgets import QApplication

        app = QApplication([sys.argv[0]])
        window = bare_window()
    wait_first_paint(app, window)
    # process_time counts from the process's start, imports included.
    return {"seconds": time.time() - float(os.environ[LAUNCHED]), "cpu": time.process_time()}


def child_rss(kind):
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    window = app_window() if kind == "app" else bare_window()
    wait_first_paint(app, window)
    run_until(app, lambda: False, timeout_s=0.3)  # let late layout and paints settle
    figures = {"shown_mb": rss_mb()}
    if kind == "app":
        session = window.session
        session.set_speed(None)
        session.play()
        run_until(app, lambda: session.trainer.iteration >= RSS_STEPS)
        session.pause()
        run_until(app, lambda: False, timeout_s=0.3)
        figures["steps"] = session.trainer.iteration
    figures["mb"] = rss_mb()
    return figures


def bytecode_cache():
    """Fresh processes load Shooter's modules compiled, as an installed or frozen app does:
    with PYTHONDONTWRITEBYTECODE set (as here) each start would compile them from source
    (~90 ms) while the bare window's libraries come compiled. The cache lives in a private
    folder, so the source tree is left as it is."""
    if "SHOOTER_BENCH_PYCACHE" not in os.environ:
        os.environ["SHOOTER_BENCH_PYCACHE"] = tempfile.mkdtemp(prefix="shooter-bench-pyc-")
    # Each child starts as a user's would: no bytecode switch, and no BLAS thread count
    # inherited from this process (the app sets its own; the bare window keeps numpy's).
    from shooter import BLAS_THREAD_VARIABLES

    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONDONTWRITEBYTECODE", *BLAS_THREAD_VARIABLES)}
    env["PYTHONPYCACHEPREFIX"] = os.environ["SHOOTER_BENCH_PYCACHE"]
    return env


def run_child(mode, kind):
    env = dict(bytecode_cache(), **{LAUNCHED: repr(time.time())})
    out = subprocess.run([sys.executable, __file__, "--child", mode, kind], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def startup_times(runs):
    run_child("startup", "app")  # warm-up: file cache, font cache, compiled bytecode
    run_child("startup", "bare")
    starts = {"app": [], "bare": [], "app_cpu": [], "bare_cpu": []}
    for _ in range(runs):
        for kind in ("app", "bare"):  # alternate, so load from other users hits both alike
            figures = run_child("startup", kind)
            starts[kind].append(figures["seconds"])
            starts[kind + "_cpu"].append(figures["cpu"])
    return {kind: statistics.median(values) for kind, values in starts.items()}


def rss_of_both():
    return {kind: run_child("rss", kind) for kind in ("bare", "app")}


# --- in-process measurements ----------------------------------------------------------------
def target_paint(app, window, bare, repeats):
    target = window.target
    target.set_flight_speed(0)
    session = window.session
    for _ in range(HOLES):
        session.step()
    app.processEvents()
    target.grab()  # builds the cache
    cached = median_ms(target.grab, repeats)
    inside = target.paint_time_ms()

    def full_render():
        target.set_style(target.view_style())  # drops the cached rings and holes
        target.grab()

    full = median_ms(full_render, max(5, repeats // 4))
    bare.plain.resize(target.size())
    plain = median_ms(bare.plain.grab, repeats)
    return {"holes": target.holes_count(), "cached_ms": cached, "paint_event_ms": inside,
            "full_ms": full, "bare_ms": plain, "size": (target.width(), target.height())}


def synthetic_history(n, seed=0):
    """A long run's shape: a noisy loss decaying to a floor, scores rising, gradients
    shrinking (the plotting cost depends on the number of points, not their source)."""
    import numpy as np

    from shooter.core.history import History

    rng = np.random.default_rng(seed)
    t = np.arange(n, dtype=np.float64)
    loss = (400.0 * np.exp(-t / 50.0) + 2.0) * rng.lognormal(0.0, 0.4, n)
    score = np.clip(10.0 - np.sqrt(loss) / 2.0, 0.0, 10.0)
    grad = np.sqrt(loss) * rng.lognormal(0.0, 0.3, n)
    history = History()
    for name, values in (("loss", loss), ("mean_score", score), ("grad_norm", grad)):
        series = getattr(history, name)
        series._data = values.copy()  # fill at once; appending 1e6 values one by one is slow
        series._size = n
    return history, rng


def plot_update(app, window, bare, repeats):
    import numpy as np

    plots = window.plots
    viewport = plots.graphics.viewport()
    bare.plot.setFixedSize(plots.size())
    app.processEvents()
    results = {}
    for n in PLOT_SIZES:
        history, rng = synthetic_history(n)
        plots.show_history(history)
        viewport.repaint()

        def app_update(history=history, rng=rng):
            history.record(2.0 * rng.lognormal(0.0, 0.4), 9.0, 1.0)
            plots.show_history(history)
            viewport.repaint()

        app_ms = median_ms(app_update, repeats)
        x = np.arange(n + repeats + 1, dtype=np.float64)
        y = np.concatenate([history.loss.values, rng.lognormal(0.0, 0.4, repeats + 1)])
        curve = bare.plot.plot(x[:n], y[:n], antialias=False)  # pyqtgraph's defaults
        bare.plot.viewport().repaint()
        def bare_update(curve=curve, x=x, y=y, count=[n]):  # noqa: B006 (a counter)
            count[0] += 1
            curve.setData(x[:count[0]], y[:count[0]])
            bare.plot.viewport().repaint()

        bare_ms = median_ms(bare_update, repeats)
        bare.plot.removeItem(curve)
        results[n] = {"app_ms": app_ms, "bare_ms": bare_ms}
    plots.show_history(window.session.history)
    return results


def training_while_drawing(app, window, seconds, lesson="sight-in"):
    from PySide6.QtCore import QEvent, QObject

    from shooter.app.session import FRAME_MS
    from shooter.core.trainer import Trainer

    class Paints(QObject):
        def __init__(self, widget):
            super().__init__(widget)
            self.count = 0
            widget.installEventFilter(self)

        def eventFilter(self, watched, event):
            self.count += event.type() == QEvent.Paint
            return False

    window.session.set_lesson(lesson)
    session = window.session
    target, plots = Paints(window.target), Paints(window.plots.graphics.viewport())
    frame_times = []
    session.frame.connect(lambda _record: frame_times.append(time.perf_counter()))
    session.set_speed(None)
    session.play()
    run_until(app, lambda: False, timeout_s=0.5)  # warm-up
    steps0, target0, plots0 = session.trainer.iteration, target.count, plots.count
    started, cpu0 = time.perf_counter(), time.process_time()
    frame_times.clear()
    run_until(app, lambda: time.perf_counter() - started >= seconds, timeout_s=seconds + 1)
    elapsed = time.perf_counter() - started
    session.pause()
    gaps = [b - a for a, b in zip(frame_times, frame_times[1:])]
    late = sum(gap > LATE_FRAME * FRAME_MS / 1000.0 for gap in gaps)
    live = {"lesson": lesson, "steps_per_s": (session.trainer.iteration - steps0) / elapsed,
            "target_fps": (target.count - target0) / elapsed,
            "plots_fps": (plots.count - plots0) / elapsed,
            "late_share": late / max(1, len(gaps)),
            "cpu_share": (time.process_time() - cpu0) / elapsed}
    live.update(frame_costs(window))

    trainer = Trainer(session.lesson.configured())
    started, n = time.perf_counter(), 0
    while time.perf_counter() - started < min(seconds, 2.0):
        trainer.step()
        n += 1
    live["headless_steps_per_s"] = n / (time.perf_counter() - started)
    return live


def frame_costs(window, frames=40, steps_per_frame=30):
    """CPU ms of what one training frame repaints, with the curves growing as they do
    while playing: the plots (setData + repaint) and the painted views together."""
    trainer, plots = window.session.trainer, window.plots
    views = (window.target, window.network, window.range_strip)
    plot_ms, view_ms = [], []
    for _ in range(frames):
        for _ in range(steps_per_frame):
            trainer.step()
        plot_ms.append(median_ms(lambda: (plots.show_history(trainer.history),
                                          plots.graphics.viewport().repaint()), 1))
        view_ms.append(median_ms(lambda: [view.repaint() for view in views], 1))
    return {"plots_frame_ms": statistics.median(plot_ms),
            "views_frame_ms": statistics.median(view_ms)}


# --- report ----------------------------------------------------------------------------------
def verdict(ok):
    return "met" if ok else "**missed**"


def startup_rows(start):
    ratio = start["app"] / start["bare"]
    cpu_ratio = start["app_cpu"] / start["bare_cpu"]
    return [("time to first painted window (wall)", f"{start['app'] * 1000:.0f} ms",
             f"{start['bare'] * 1000:.0f} ms", f"{ratio:.2f}x", "<= 1.2x", verdict(ratio <= 1.2)),
            ("CPU time to first painted window", f"{start['app_cpu'] * 1000:.0f} ms",
             f"{start['bare_cpu'] * 1000:.0f} ms", f"{cpu_ratio:.2f}x", "<= 1.2x",
             verdict(cpu_ratio <= 1.2))]


def live_rows(live):
    rows = []
    for one in live:
        fps = min(one["target_fps"], one["plots_fps"])
        rows.append((f"training on {one['lesson']} while drawing at {fps:.0f} fps "
                     f"(target {one['target_fps']:.0f}, plots {one['plots_fps']:.0f}; "
                     f"late frames {one['late_share']:.0%})",
                     f"{one['steps_per_s']:,.0f} steps/s",
                     f"{one['headless_steps_per_s']:,.0f} steps/s headless",
                     f"{one['steps_per_s'] / one['headless_steps_per_s']:.2f}x",
                     ">= 1,000 steps/s at >= 30 fps",
                     verdict(one["steps_per_s"] >= 1000 and fps >= 30)))
        rows.append((f"CPU per frame while training on {one['lesson']}: plots (setData + "
                     "repaint) / target, network and range strip",
                     f"{one['plots_frame_ms']:.1f} / {one['views_frame_ms']:.1f} ms", "", "",
                     "(budget 32 ms per frame)", ""))
    return rows


def markdown(rows):
    lines = ["| measure | app | bare | app/bare | target | |",
             "|---|---:|---:|---:|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def other_rows(rss, paint, plots):
    rows = []
    ratio = rss["app"]["mb"] / rss["bare"]["mb"]
    rows.append((f"RSS after {rss['app']['steps']:,} steps (shown: "
                 f"{rss['app']['shown_mb']:.0f} MB)", f"{rss['app']['mb']:.0f} MB",
                 f"{rss['bare']['mb']:.0f} MB", f"{ratio:.2f}x", "<= 1.3x",
                 verdict(ratio <= 1.3)))
    rows.append((f"target paint, {paint['holes']:,} holes (grab, cached layer)",
                 f"{paint['cached_ms']:.2f} ms", f"{paint['bare_ms']:.2f} ms",
                 f"{paint['cached_ms'] / paint['bare_ms']:.1f}x", "<= 3 ms",
                 verdict(paint["cached_ms"] <= 3.0)))
    rows.append(("target paint, full re-render of rings and holes",
                 f"{paint['full_ms']:.2f} ms", f"{paint['bare_ms']:.2f} ms",
                 f"{paint['full_ms'] / paint['bare_ms']:.1f}x", "(rare: resize, style)", ""))
    for n, figures in plots.items():
        ok = "<= 5 ms" if n == 100_000 else "(smooth)"
        rows.append((f"plot update at {n:.0e} points (app's curves vs 1)",
                     f"{figures['app_ms']:.2f} ms", f"{figures['bare_ms']:.2f} ms",
                     f"{figures['app_ms'] / figures['bare_ms']:.2f}x", ok,
                     verdict(figures["app_ms"] <= 5.0) if n == 100_000 else ""))
    growth = plots[1_000_000]["app_ms"] / plots[100_000]["app_ms"]
    rows.append(("plot update at 1e6 points against the app's own at 1e5",
                 f"{plots[1_000_000]['app_ms']:.2f} ms", f"{plots[100_000]['app_ms']:.2f} ms",
                 f"{growth:.2f}x", "<= 1.1x", verdict(growth <= 1.1)))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per start-up")
    parser.add_argument("--repeats", type=int, default=60, help="timed paints per figure")
    parser.add_argument("--seconds", type=float, default=4.0, help="training while drawing")
    parser.add_argument("--only", choices=("startup", "training"),
                        help="only the start-up, or only training while drawing")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    private_settings()
    if args.child:
        mode, kind = args.child
        figures = (child_startup if mode == "startup" else child_rss)(kind)
        print(json.dumps(figures))
        return

    only = args.only
    rows = []
    if only in (None, "startup"):
        start = startup_times(args.runs)
        rows += startup_rows(start)
        print(f"start-up: load average {os.getloadavg()[0]:.1f}")
    if only == "startup":
        print(markdown(rows))
        return
    rss = rss_of_both() if only is None else None
    import pyqtgraph as pg
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    bare = bare_window()
    wait_first_paint(app, bare)
    window = app_window()
    wait_first_paint(app, window)
    paint = plots = None
    if only is None:
        paint = target_paint(app, window, bare, args.repeats)
        plots = plot_update(app, window, bare, max(10, args.repeats // 2))
        rows += other_rows(rss, paint, plots)
    live = [training_while_drawing(app, window, args.seconds, lesson)
            for lesson in LIVE_LESSONS]
    rows += live_rows(live)
    shares = ", ".join(f"{one['lesson']} {one['cpu_share']:.0%}" for one in live)
    print(f"Python {platform.python_version()}, PySide6 {pyside_version}, pyqtgraph "
          f"{pg.__version__}, platform {app.platformName()}, window {WINDOW_SIZE[0]}x"
          f"{WINDOW_SIZE[1]}, load average {os.getloadavg()[0]:.1f}, CPU share of this "
          f"process while training: {shares}")
    print(markdown(rows))
    if paint is not None:
        print(f"(TargetView's own paintEvent with {paint['holes']} holes: "
              f"{paint['paint_event_ms']:.2f} ms)")


if __name__ == "__main__":
    main()
