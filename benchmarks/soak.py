"""Soak: train for many steps with the whole window open and watch the memory.

The session's own play timer drives training at full speed (as the "max" speed setting does),
so every redraw path runs as in class: target, network, plots, narration. Prints the resident
set size (VmRSS from /proc/self/status) and the steps done at intervals, then the growth.

    QT_QPA_PLATFORM=offscreen python benchmarks/soak.py              # 1e6 steps
    QT_QPA_PLATFORM=offscreen python benchmarks/soak.py --quick      # 20000 steps

A run that diverges is put back on its last good weights and carries on; the count of such
restarts is printed. Nothing here passes or fails: the figures are for docs/benchmarks.md.
"""

import argparse
import os
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
    parser.add_argument("--reports", type=int, default=20, help="progress lines to print")
    args = parser.parse_args(argv)
    if args.quick:
        args.steps = 20_000
    return args


class Soak:
    def __init__(self, window, steps, reports):
        self.window, self.session = window, window.session
        self.steps = steps
        self.every = max(1, steps // reports)
        self.next_report = self.every
        self.restarts = 0
        self.start = time.perf_counter()
        self.rss_start = rss_mb()
        self.rows = []  # (steps, seconds, rss)
        self.session.diverged.connect(self._carry_on)
        self.poll = QTimer()
        self.poll.timeout.connect(self._check)

    def run(self, app):
        print(f"lesson {self.session.lesson.key}, target {self.steps} steps, "
              f"RSS at start {self.rss_start:.1f} MB", flush=True)
        print(f"{'steps':>9} {'seconds':>8} {'RSS MB':>8} {'steps/s':>8}", flush=True)
        self.session.set_speed(None)
        self.session.play()
        self.poll.start(POLL_MS)
        app.exec()

    def _carry_on(self, _reason):
        self.restarts += 1
        self.session.restore_last_good()
        QTimer.singleShot(0, self.session.play)

    def done(self):
        return self.session.trainer.iteration

    def _check(self):
        steps = self.done()
        if steps >= self.next_report or steps >= self.steps:
            seconds = time.perf_counter() - self.start
            row = (steps, seconds, rss_mb())
            self.rows.append(row)
            print(f"{steps:9d} {seconds:8.1f} {row[2]:8.1f} {steps / seconds:8.0f}", flush=True)
            while self.next_report <= steps:
                self.next_report += self.every
        if steps >= self.steps:
            self.session.pause()
            self.poll.stop()
            QApplication.instance().quit()

    def summary(self):
        final = self.rows[-1]
        # Growth after the first report: start-up allocations and caches are done by then.
        warm = self.rows[0]
        per_100k = ((final[2] - warm[2]) / max(1, final[0] - warm[0])) * 1e5
        # The second half shows the steady state once every bounded buffer has filled.
        half = next(row for row in self.rows if row[0] >= final[0] // 2)
        late_per_100k = ((final[2] - half[2]) / max(1, final[0] - half[0])) * 1e5
        print(f"final: {final[0]} steps in {final[1]:.1f} s, RSS {final[2]:.1f} MB; "
              f"growth {final[2] - self.rss_start:+.1f} MB since start, "
              f"{final[2] - warm[2]:+.1f} MB since {warm[0]} steps "
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
    soak = Soak(window, args.steps, args.reports)
    soak.run(app)
    soak.summary()
    window.close()
    settings_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
