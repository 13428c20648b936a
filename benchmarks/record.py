"""Time and peak memory of `shooter record`: frames kept compactly (as the program does) against
every frame held as a Pillow image until the end (as it did before), measured in one run.

    python benchmarks/record.py [--steps 5 20] [--formats gif webp png] [--size 1280x720]
                                [--held-up-to 5]

Each recording runs in its own process (sight-in, offscreen, 15 fps); its peak resident memory
is that process's own, read with os.wait4. Holding every frame needs ~0.4 GB a step at
1280x720, so the comparison records held frames only up to --held-up-to steps.
"""

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, nargs="+", default=[5, 20])
    parser.add_argument("--formats", nargs="+", default=["gif", "webp", "png"])
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--held-up-to", type=int, default=5)
    parser.add_argument("--held-child", nargs=3, metavar=("STEPS", "SIZE", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.held_child:
        return record_held(*args.held_child)
    folder = Path(tempfile.mkdtemp())
    print(f"sight-in at {args.size}, 15 fps; seconds and peak resident memory per recording")
    for steps in args.steps:
        for suffix in args.formats:
            out = folder / f"compact{steps}.{suffix}"
            compact = measure([sys.executable, "-m", "shooter", "record", "--lesson",
                               "sight-in", "--steps", str(steps), "--size", args.size,
                               "--out", str(out)])
            line = f"{steps:4} steps {suffix:4}: compact {shown(compact)}"
            if not out.exists():
                line += " | stopped at the memory budget, nothing written"
            elif steps <= args.held_up_to:
                held_out = folder / f"held{steps}.{suffix}"
                held = measure([sys.executable, __file__, "--held-child", str(steps),
                                args.size, str(held_out)])
                same = held_out.read_bytes() == out.read_bytes()
                line += (f" | held {shown(held)} | memory held/compact "
                         f"{held[1] / compact[1]:4.1f}x, time {held[0] / compact[0]:4.2f}x, "
                         f"{'same file' if same else 'FILES DIFFER'}")
            print(line, flush=True)
    return 0


def measure(command):
    """(seconds, peak resident MB) of `command` run to its end; its output is discarded.
    Exit status 2 is a recording refused or stopped with a message (over the budget)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 2):
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024  # KB on Linux


def shown(figures):
    seconds, megabytes = figures
    return f"{seconds:6.1f} s {megabytes:7.0f} MB"


class HeldFrames(list):
    """The former way: every frame grabbed and kept as a full RGB Pillow image."""

    def __init__(self, kind, _size, frame_ms):
        super().__init__()
        self.kind, self.frame_ms = kind, frame_ms

    def add(self, image):
        self.append(image)

    def needed_bytes(self):
        return 0


def write_held(frames, path):
    """The former writer: Pillow given all frames at once (GIF: a quantized copy of each)."""
    from PIL import Image

    from shooter.app.animation_frames import GIF_OPTIONS, WEBP_OPTIONS
    from shooter.files import write_bytes_atomic

    options = {"save_all": True, "duration": frames.frame_ms, "loop": 0}
    images = list(frames)
    if frames.kind == "GIF":
        images = [f.quantize(colors=256, method=Image.Quantize.FASTOCTREE) for f in images]
        options.update(GIF_OPTIONS)
    elif frames.kind == "WEBP":
        options.update(WEBP_OPTIONS)
    encoded = io.BytesIO()
    images[0].save(encoded, format=frames.kind, append_images=images[1:], **options)
    write_bytes_atomic(path, encoded.getvalue())
    return len(images)


def grab_every_frame(self):
    """The former Recording.advance: a frame grabbed each time, a still picture too."""
    from shooter.app import recording

    if self.done:
        return
    if self._held_ms is None:
        self.window.session.advance_phase()
        self.phases_left -= 1
        self._held_ms = 0
    self.store.add(recording.frame_image(self.window, self.plan.size))
    if recording.animating(self.window):
        recording.advance_animations(self.window, self._frame_ms)
        return
    self._held_ms += self._frame_ms
    if self._held_ms >= recording.PHASE_HOLD_MS:
        self._held_ms = None


def record_held(steps, size, out):
    from shooter.app import recording

    recording.FrameStore = HeldFrames
    recording.Recording.advance = grab_every_frame
    recording.write_animation = write_held
    plan = recording.Plan(Path(out), int(steps), recording.parse_size(size))
    recording.record_lesson(plan, lesson="sight-in")
    return 0


if __name__ == "__main__":
    sys.exit(main())
