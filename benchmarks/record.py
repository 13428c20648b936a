"""How long an animation for slides takes: frames grabbed from an offscreen window at
1280x720 and encoded as GIF, APNG and WebP.

    python benchmarks/record.py [--frames 300]

Prints the seconds spent grabbing and encoding, per format, and the file sizes.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shooter.app.main import create_application  # noqa: E402
from shooter.app.recording import Plan, Recording, write_animation  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args(argv)
    create_application(["bench"])
    from PySide6.QtCore import Qt

    from shooter.app.main_window import MainWindow
    from shooter.app.session import Session

    window = MainWindow(Session("sight-in"))
    window.set_controls_visible(False)
    window.setAttribute(Qt.WA_DontShowOnScreen)
    window.resize(1280, 720)
    window.show()
    folder = Path(tempfile.mkdtemp())
    recording = Recording(window, Plan(folder / "x.gif", steps=10_000, size=(1280, 720)))
    start = time.perf_counter()
    while len(recording.frames) < args.frames:
        recording.advance()
    grabbed = time.perf_counter() - start
    print(f"grab {args.frames} frames at 1280x720: {grabbed:.1f} s")
    for suffix in (".gif", ".png", ".webp"):
        path = folder / f"clip{suffix}"
        start = time.perf_counter()
        write_animation(recording.frames, path, recording.plan.fps)
        took = time.perf_counter() - start
        print(f"encode {suffix[1:]:4}: {took:5.1f} s, total {grabbed + took:5.1f} s, "
              f"{path.stat().st_size / 1e6:.1f} MB")
    window.session.pause()
    return 0


if __name__ == "__main__":
    sys.exit(main())
