"""Soak: train for many steps with the whole window open; watch the memory and the frames.

The session's own play timer drives training at full speed (as the "max" speed setting does),
so every redraw path runs as in class: target, network, plots, narration. Every --every steps
(1e5 by default) it prints, over the interval just done: steps per second, frames drawn per
second, and what one frame costs at that length of run, in CPU ms of the painting thread
(median of a few): the plots alone (setData + repaint) and the whole window's views; then the
resident set size (VmRSS from /proc/self/status). At the end: the last interval against the
first (the frame's cost must not grow with the run) and the growth of memory.

    QT_QPA_PLATFORM=offscreen python benchmarks/soak.py              # 1e6 steps
    QT_QPA_PLATFORM=offscreen python benchmarks/soak.py --quick      # 20000, every 2000
    ... soak.py --preload 900000 --steps 1000000   # the last 1e5 of a 1e6 run, sooner

--preload N puts N steps of a long run's shape (a noisy loss decaying to a floor; see
preload()) into the history before playing, so the frames at a million steps can be
measured on a shared machine without first training for an hour. Training then carries on
from the lesson's own weights: the steps per second are real, the curves' length is N more.

A run that diverges is put back on its last good weights and carries on; the count of such
restarts is printed. Nothing here passes or fails: the figures are for docs/benchmarks.md.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402 - the platform must be chosen first
from PySide6.QtWidgets import QApplication  # noqa: E402

from shooter.app.main_window import MainWindow  # noqa: E402
from shooter.app.preferences import Preferences  # noqa: E402
from shooter.app.session import Session  # noqa: E402
from shooter.core.lessons import LESSONS  # noqa: E402

POLL_MS = 250
FRAME_SAMPLES = 15  # repaints timed per report


def rss_mb():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="20000 steps")
    parser.add_argument("--lesson", default="wind", choices=sorted(LESSONS))
    parser.add_argument("--every", type=int, default=100_000, help="steps between reports")
    parser.add_argument("--preload", type=int, default=0,
                        help="steps of a long run's shape put in the history before playing")
    args = parser.parse_args(argv)
    if args.quick:
        args.steps, args.every = 20_000, 2_000
    return args


def preload(session, n, seed=0):
    """Append n steps shaped like a long run to the session's history (the plots' cost
    depends on the number of points, not on where they came from)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    t = np.arange(n, dtype=np.float64)
    loss = (400.0 * np.exp(-t / 50.0) + 2.0) * rng.lognormal(0.0, 0.4, n)
    history = session.history
    history.loss.extend(loss)
    history.mean_score.extend(np.clip(10.0 - np.sqrt(loss) / 2.0, 0.0, 10.0))
    history.grad_norm.extend(np.sqrt(loss) * rng.lognormal(0.0, 0.3, n))
    for step in range(10, n + 1, 10):  # a held-out measurement every 10 steps, as on wind
        history.record_heldout(step, float(loss[step - 1]))
    session.history_changed.emit(history)


def cpu_ms(action):
    """Median CPU ms of the calling thread over FRAME_SAMPLES runs of action()."""
    times = []
    for _ in range(FRAME_SAMPLES):
        started = time.thread_time()
        action()
        times.append((time.thread_time() - started) * 1000.0)
    return statistics.median(times)


class Soak:
    def __init__(self, window, steps, every):
        self.window, self.session = window, window.session
        self.steps = steps
        self.every = max(1, every)
        self.next_report = self.every
        self.restarts = 0
        self.frames = 0
        self.start = time.perf_counter()
        self.rss_start = rss_mb()
        self.rows = []  # dicts: steps, seconds, rss, steps_per_s, fps, plots_ms, window_ms
        self.session.diverged.connect(self._carry_on)
        self.session.frame.connect(self._count_frame)
        self.poll = QTimer()
        self.poll.timeout.connect(self._check)

    def run(self, app):
        print(f"lesson {self.session.lesson.key}, target {self.steps} steps, "
              f"RSS at start {self.rss_start:.1f} MB", flush=True)
        print(f"{'steps':>9} {'seconds':>8} {'steps/s':>8} {'fps':>5} {'plots ms':>9} "
              f"{'window ms':>10} {'RSS MB':>8}", flush=True)
        self.last = (self.done(), time.perf_counter(), 0)  # steps, time, frames then
        self.next_report = self.done() + self.every
        self.session.set_speed(None)
        self.session.play()
        self.poll.start(POLL_MS)
        app.exec()

    def _carry_on(self, _reason):
        self.restarts += 1
        self.session.restore_last_good()
        QTimer.singleShot(0, self.session.play)

    def done(self):
        return len(self.session.history)

    def _count_frame(self, _record):
        self.frames += 1

    def _check(self):
        steps = self.done()
        if steps >= self.next_report or steps >= self.steps:
            self._report(steps)
            while self.next_report <= steps:
                self.next_report += self.every
        if steps >= self.steps:
            self.session.pause()
            self.poll.stop()
            QApplication.instance().quit()

    def _report(self, steps):
        now = time.perf_counter()
        last_steps, last_time, last_frames = self.last
        interval = now - last_time
        row = {"steps": steps, "seconds": now - self.start,
               "steps_per_s": (steps - last_steps) / interval,
               "fps": (self.frames - last_frames) / interval}
        row.update(self._frame_costs())
        row["rss"] = rss_mb()
        self.rows.append(row)
        print(f"{steps:9d} {row['seconds']:8.1f} {row['steps_per_s']:8.0f} {row['fps']:5.1f} "
              f"{row['plots_ms']:9.2f} {row['window_ms']:10.2f} {row['rss']:8.1f}", flush=True)
        self.last = (self.done(), time.perf_counter(), self.frames)  # timing excluded

    def _frame_costs(self):
        """What a frame costs at this length of run: the plots, and every painted view."""
        window, history = self.window, self.session.history
        plots = window.plots

        def plots_frame():
            plots.show_history(history)
            plots.graphics.viewport().repaint()

        def window_frame():
            plots_frame()
            for view in (window.target, window.network, window.range_strip):
                view.repaint()

        return {"plots_ms": cpu_ms(plots_frame), "window_ms": cpu_ms(window_frame)}

    def summary(self):
        first, final = self.rows[0], self.rows[-1]
        print(f"last interval against the first ({first['steps']} steps): steps/s "
              f"{final['steps_per_s'] / first['steps_per_s']:.2f}x, plots frame "
              f"{final['plots_ms'] / first['plots_ms']:.2f}x, window frame "
              f"{final['window_ms'] / first['window_ms']:.2f}x; lowest fps "
              f"{min(row['fps'] for row in self.rows):.1f}")
        # Growth after the first report: start-up allocations and caches are done by then.
        per_100k = ((final["rss"] - first["rss"]) / max(1, final["steps"] - first["steps"])) * 1e5
        # The second half shows the steady state once every bounded buffer has filled.
        half = next(row for row in self.rows if row["steps"] >= final["steps"] // 2)
        late_per_100k = ((final["rss"] - half["rss"])
                         / max(1, final["steps"] - half["steps"])) * 1e5
        print(f"final: {final['steps']} steps in {final['seconds']:.1f} s, RSS "
              f"{final['rss']:.1f} MB; growth {final['rss'] - self.rss_start:+.1f} MB since "
              f"start, {final['rss'] - first['rss']:+.1f} MB since {first['steps']} steps "
              f"({per_100k:+.2f} MB per 100k steps; {late_per_100k:+.2f} MB per 100k over "
              f"the second half); restarts after divergence: {self.restarts}")


def main(argv=None):
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings_dir = tempfile.TemporaryDirectory()  # never the user's own preferences
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir.name)
    app.setOrganizationName("ShooterSoak")
    app.setApplicationName("ShooterSoak")
    window = MainWindow(Session(args.lesson), preferences=Preferences())
    window.ask_save_changes = lambda: "discard"
    window.resize(1600, 950)
    window.show()
    app.processEvents()
    if args.preload:
        preload(window.session, args.preload)
        app.processEvents()
    soak = Soak(window, args.steps, args.every)
    soak.run(app)
    soak.summary()
    window.close()
    settings_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
