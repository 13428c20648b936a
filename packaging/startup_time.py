"""Start-up time of the frozen bundle against the source run, printed as a Markdown table.

"Window shown" is the time from launching `shooter --self-test` until it prints its first
check line (the main window built and shown); "self-test" is the whole run; "lessons" is the
headless `shooter lessons` (interpreter, numpy and the engine, no Qt). Medians of N runs
after one warm-up, offscreen.

    python packaging/startup_time.py [--runs 5] [--bundle packaging/out/dist/shooter/shooter]
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_until_window(command, env):
    """(seconds to the first check line, seconds to exit) of one self-test run."""
    started = time.perf_counter()
    process = subprocess.Popen([*command, "--self-test"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    shown = None
    for line in process.stdout:
        if shown is None and line.startswith(("PASS main window", "FAIL main window")):
            shown = time.perf_counter() - started
    process.wait()
    return shown, time.perf_counter() - started


def time_lessons(command, env):
    started = time.perf_counter()
    subprocess.run([*command, "lessons"], stdout=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - started


def measure(command, runs, env):
    time_until_window(command, env)  # warm-up: file cache, font cache
    windows, totals, lessons = [], [], []
    for _ in range(runs):
        shown, total = time_until_window(command, env)
        windows.append(shown)
        totals.append(total)
        lessons.append(time_lessons(command, env))
    return [statistics.median(values) for values in (windows, totals, lessons)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", default=str(ROOT / "packaging/out/dist/shooter/shooter"))
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    rows = {"source (python -m shooter)": [sys.executable, "-m", "shooter"],
            "frozen (PyInstaller bundle)": [args.bundle]}
    print(f"median of {args.runs} runs after a warm-up, offscreen\n")
    print("| run | window shown (s) | whole self-test (s) | `shooter lessons` (s) |")
    print("|---|---|---|---|")
    for name, command in rows.items():
        shown, total, lessons = measure(command, args.runs, env)
        print(f"| {name} | {shown:.2f} | {total:.2f} | {lessons:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
