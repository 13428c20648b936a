"""Start-up of the desktop app against a bare PySide6 + pyqtgraph window, frozen and from source.

The target: start-up at most 1.2x the bare window, from source and frozen. The bare window is
benchmarks/bare_window.py (a QMainWindow holding a pyqtgraph PlotWidget and a plain QWidget);
packaging/build-startup-bundles.sh freezes it by running packaging/shooter.spec with only the
entry point changed, so both bundles come from the same PyInstaller, Python, PySide6-Essentials,
pyqtgraph and numpy, pruned and finished alike.

Every launch is a fresh process on Qt's offscreen platform with one 1920x1080 screen, timed
from launch to the end of its window's first paint pass. Both programs are observed the same
way, by Qt itself: with QT_LOGGING_RULES=qt.widgets.painting=true Qt's widget repaint manager
logs each paint pass, and the first "Flushing ... to QWidgetWindow" line is the moment the
first fully painted window goes to the screen (the pass benchmarks/ui.py waits for). Neither
program needs code of its own for it; the app is launched as a user launches it (`shooter`,
no options, fresh preferences) and takes the size it takes on that screen, the bare window
1920x1080. Per program: medians over --runs launches alternating app and bare after one
warm-up each, of the wall time (launch to the logged flush, both on CLOCK_MONOTONIC), the CPU
time of the process (from /proc when the flush is seen, 10 ms ticks), and the paint pass
itself; then the ratios app / bare. `shooter lessons` (interpreter, numpy and the engine, no
Qt) is timed frozen and from source too. --imports launches the app and the bare window built
with `-X importtime` (a frozen app ignores PYTHONPROFILEIMPORTTIME) and compares their import
time package by package (PySide6 builds a Qt class's binding when a module first imports it
by name, so that cost counts in the importing module: in shooter.app for the app, in
pyqtgraph.Qt for the bare window). Prints Markdown; never fails on time.

    bash packaging/build-linux.sh                  # the app bundle, packaging/out/dist/shooter
    bash packaging/build-startup-bundles.sh        # the bare window (+ the importtime app)
    python packaging/startup_time.py [--runs 7] [--no-source] [--imports]
"""

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "out"
SCREEN = (1920, 1080)
PAINT_LOG = re.compile(r"^\s*(?P<time>\d+\.\d+) qt\.widgets\.painting: (?P<message>.*)$")
PAINT_START = "Painting and flushing dirty top level"
FLUSH = re.compile(r"^Flushing QRegion\((?P<region>[^)]*)\) of (?P<window>\w+)\(0x[0-9a-f]+\) "
                   r"to QWidgetWindow")
IMPORT_TIME = re.compile(r"^import time:\s+(?P<self>\d+) \|\s+(?P<total>\d+) \|(?P<name> +\S+)$")
LAUNCH_TIMEOUT_S = 120.0
TICK_S = 1.0 / os.sysconf("SC_CLK_TCK")


def screen_config(folder):
    """Qt's offscreen platform with one 1920x1080 screen (its default is 800x800)."""
    path = Path(folder) / "offscreen-screen.json"
    screen = {"name": "bench", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path.write_text(json.dumps({"screens": [screen]}))
    return path


def launch_environment(folder):
    """Offscreen, painting logged with timestamps, preferences and runs kept in `folder`;
    from source the modules load compiled from a private cache, as they do in a bundle."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONDONTWRITEBYTECODE", "QT_MESSAGE_PATTERN", "QT_LOGGING_RULES")}
    env.update({
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen_config(folder)}",
        "QT_LOGGING_RULES": "qt.widgets.painting=true",
        "QT_MESSAGE_PATTERN": "%{time boot} %{category}: %{message}",
        "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        "XDG_DATA_HOME": str(Path(folder) / "data"),
        "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache"),
    })
    return env


def process_tree(pid):
    """`pid` and its descendants (a bootloader may run the app as its child)."""
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            queue.extend(int(child) for child in task.read_text().split())
    return pids


def cpu_seconds(pid):
    """User + system CPU time of the process tree so far, every thread included."""
    total = 0
    for member in process_tree(pid):
        fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total * TICK_S


def first_paint(command, env):
    """Launch `command` and stop it when its first paint pass is flushed to the window.
    Returns wall seconds, CPU seconds, paint pass ms, the window's class and painted size,
    and Python's import-time lines if the program printed any."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(LAUNCH_TIMEOUT_S, process.kill)  # a launch that hangs silently
    watchdog.start()
    paint_started, imports, tail = None, [], []
    try:
        for line in process.stderr:
            line = line.rstrip("\n")
            if IMPORT_TIME.match(line):
                imports.append(line)
                continue
            tail = (tail + [line])[-5:]
            logged = PAINT_LOG.match(line)
            if logged is None:
                continue
            message, at = logged["message"], float(logged["time"])
            if paint_started is None and message.startswith(PAINT_START):
                paint_started = at
            flushed = FLUSH.match(message)
            if flushed:
                cpu = cpu_seconds(process.pid)
                if not started <= at <= time.monotonic():  # not CLOCK_MONOTONIC after all
                    at = time.monotonic()
                paint_ms = (at - paint_started) * 1000.0 if paint_started else float("nan")
                size = flushed["region"].split()[-1]
                return {"wall": at - started, "cpu": cpu, "paint_ms": paint_ms,
                        "window": f"{flushed['window']} {size}", "imports": imports}
    finally:
        watchdog.cancel()
        process.kill()
        process.communicate()
    raise SystemExit(f"startup_time: {' '.join(map(str, command))} showed no painted window "
                     f"(exit {process.returncode}); last lines: {' / '.join(tail) or 'none'}")


def compare(pair, runs, env):
    """Medians per program over `runs` launches, alternating, after one warm-up each."""
    for command in pair.values():
        first_paint(command, env)  # warm-up: file cache, font cache, compiled bytecode
    figures = {name: [] for name in pair}
    for _ in range(runs):
        for name, command in pair.items():
            figures[name].append(first_paint(command, env))
    return {name: {key: statistics.median(run[key] for run in launches)
                   for key in ("wall", "cpu", "paint_ms")} | {"window": launches[-1]["window"]}
            for name, launches in figures.items()}


def time_headless(command, runs, env):
    """Median wall and CPU seconds of a command that runs to its end without a window."""
    subprocess.run(command, stdout=subprocess.DEVNULL, env=env, check=True, cwd=ROOT)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        subprocess.run(command, stdout=subprocess.DEVNULL, env=env, check=True, cwd=ROOT)
        walls.append(time.monotonic() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus)}


def import_times(command, env, launches):
    """Python's import times (-X importtime) of `launches` launches to the first paint:
    the median first paint, median self time (ms) summed per top-level package, and the
    top-level imports (ms, name) of the last launch, slowest first."""
    walls, per_package = [], {}
    for _ in range(launches):
        launch = first_paint(command, env)
        walls.append(launch["wall"])
        packages, top_level = {}, []
        for line in launch["imports"]:
            found = IMPORT_TIME.match(line)
            name = found["name"].strip()
            package = name.split(".")[0]
            packages[package] = packages.get(package, 0.0) + int(found["self"]) / 1000.0
            if not found["name"].startswith("  "):  # nested imports are indented further
                top_level.append((int(found["total"]) / 1000.0, name))
        for package in packages.keys() | per_package.keys():
            per_package.setdefault(package, []).append(packages.get(package, 0.0))
    medians = {package: statistics.median(values) for package, values in per_package.items()}
    return statistics.median(walls), medians, sorted(top_level, reverse=True)


def print_imports(app_command, bare_command, env, launches, shown=12):
    app_wall, app, top_level = import_times(app_command, env, launches)
    bare_wall, bare, _top = import_times(bare_command, env, launches)
    print(f"\nWhere the imports go, frozen with -X importtime (Python's own count, its overhead "
          f"included; medians of {launches} launches; first paint at {app_wall:.3f} s for the "
          f"app, {bare_wall:.3f} s for the bare window)\n")
    print("| package (self time of its modules) | app (ms) | bare window (ms) | app - bare (ms) |")
    print("|---|---|---|---|")
    big = sorted((package for package in app.keys() | bare.keys()
                  if max(app.get(package, 0.0), bare.get(package, 0.0)) >= 5.0),
                 key=lambda package: -app.get(package, 0.0))
    rest = [package for package in app.keys() | bare.keys() if package not in big]
    rows = [(package, app.get(package, 0.0), bare.get(package, 0.0)) for package in big]
    rows.append((f"{len(rest)} others", sum(app.get(p, 0.0) for p in rest),
                 sum(bare.get(p, 0.0) for p in rest)))
    rows.append(("**all imports**", sum(app.values()), sum(bare.values())))
    for name, app_ms, bare_ms in rows:
        print(f"| {name} | {app_ms:.0f} | {bare_ms:.0f} | {app_ms - bare_ms:+.0f} |")
    print("\n| the app's slowest top-level imports (last launch) | cumulative (ms) |\n|---|---|")
    for ms, name in top_level[:shown]:
        print(f"| {name} | {ms:.0f} |")


def load_average():
    return "/".join(f"{value:.2f}" for value in os.getloadavg())


def ratio(app, bare):
    return f"**{app / bare:.2f}x**" if bare else "-"


def print_pair(title, pair, figures):
    app, bare = (figures[name] for name in pair)
    print(f"\n{title}\n")
    print("| program | first paint, wall (s) | CPU (s) | paint pass (ms) | window painted |")
    print("|---|---|---|---|---|")
    for name, row in figures.items():
        print(f"| {name} | {row['wall']:.3f} | {row['cpu']:.2f} | {row['paint_ms']:.0f} "
              f"| {row['window']} |")
    print(f"| app / bare | {ratio(app['wall'], bare['wall'])} | {ratio(app['cpu'], bare['cpu'])} "
          f"| {ratio(app['paint_ms'], bare['paint_ms'])} | |")


def check_bundles(paths):
    missing = [str(path) for path in paths if not Path(path).is_file()]
    if missing:
        raise SystemExit(f"startup_time: missing {', '.join(missing)}: build with "
                         "packaging/build-linux.sh and packaging/build-startup-bundles.sh")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="launches of each program")
    parser.add_argument("--bundle", default=str(OUT / "dist/shooter/shooter"))
    parser.add_argument("--bare", default=str(OUT / "startup/dist/bare_window/bare_window"))
    parser.add_argument("--importtime-bundles", nargs=2, metavar=("APP", "BARE"), default=[
        str(OUT / "startup/dist/shooter-importtime/shooter-importtime"),
        str(OUT / "startup/dist/bare_window-importtime/bare_window-importtime")])
    parser.add_argument("--no-source", action="store_true", help="frozen bundles only")
    parser.add_argument("--imports", action="store_true",
                        help="also list the frozen app's slowest imports")
    args = parser.parse_args(argv)
    check_bundles([args.bundle, args.bare] + (args.importtime_bundles if args.imports else []))
    source = {"app (`python -m shooter`)": [sys.executable, "-m", "shooter"],
              "bare window (`python benchmarks/bare_window.py`)":
                  [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]}
    frozen = {"app (frozen `shooter`)": [args.bundle],
              "bare window (frozen)": [args.bare]}
    with tempfile.TemporaryDirectory(prefix="shooter-startup-") as folder:
        env = launch_environment(folder)
        print(f"{os.cpu_count()} CPUs, load average {load_average()} before; offscreen screen "
              f"{SCREEN[0]}x{SCREEN[1]}; medians of {args.runs} launches each, alternating, "
              "after one warm-up each")
        frozen_figures = compare(frozen, args.runs, env)
        print_pair("Frozen (PyInstaller one-folder bundles)", frozen, frozen_figures)
        if not args.no_source:
            source_figures = compare(source, args.runs, env)
            print_pair(f"From source ({Path(sys.executable).name} {sys.version.split()[0]})",
                       source, source_figures)
            print("\n| frozen / source | first paint, wall | CPU |\n|---|---|---|")
            for (name, row), source_row in zip(frozen_figures.items(), source_figures.values()):
                print(f"| {name} | {ratio(row['wall'], source_row['wall'])} "
                      f"| {ratio(row['cpu'], source_row['cpu'])} |")
            headless = {"frozen `shooter lessons`": time_headless([args.bundle, "lessons"],
                                                                  args.runs, env),
                        "source `python -m shooter lessons`": time_headless(
                            [sys.executable, "-m", "shooter", "lessons"], args.runs, env)}
            print("\n| headless start, no Qt | wall (s) | CPU (s) |\n|---|---|---|")
            for name, row in headless.items():
                print(f"| {name} | {row['wall']:.3f} | {row['cpu']:.2f} |")
        if args.imports:
            app_command, bare_command = ([path] for path in args.importtime_bundles)
            print_imports(app_command, bare_command, env, min(3, args.runs))
        print(f"\nload average {load_average()} after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
