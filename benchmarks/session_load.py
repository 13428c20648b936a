"""Reading session files: every file up to the size limit is refused or read in about a
second, however it is built.

For each adversarial kind of file (a run of escaped quotes with no closing quote, millions of
empty lists in the history, deep nesting, numbers, short texts, ...) at sizes from 40 KB to
the loader's limit, prints the seconds session_io.decode takes and what it answered, and the
ratio to a baseline measured in the same run: json.loads of one plain text of the same size
(the least any reader of that many bytes must do). Then the largest run a session keeps
(History.MAX_STEPS steps, held-out loss every step) is saved and read back, bit for bit.

Prints figures only; it never fails on time. Run:
    python benchmarks/session_load.py [--largest-mb MB] [--skip-largest-run]
"""

import argparse
import json
import platform
import time

import numpy as np

from shooter.core.history import History
from shooter.core.lessons import LESSONS
from shooter.core.session_io import (
    MAX_SESSION_BYTES,
    MAX_VALUES,
    SessionError,
    capture,
    decode,
    encode,
)
from shooter.core.trainer import Trainer

HEAD = b'{"format":"shooter-session","schema_version":2,"history":{"loss":'


def repeated(prefix, unit, size, suffix=b""):
    """prefix + unit repeated to about `size` bytes + suffix."""
    return prefix + unit * max(1, (size - len(prefix) - len(suffix)) // len(unit)) + suffix


KINDS = {
    "quote run, never closed": lambda n: repeated(b'"', b'\\"', n),
    "quote run, closed": lambda n: repeated(b'{"a":"', b'\\"', n, b'"}'),
    "backslash run": lambda n: repeated(b'"', b"\\\\", n, b'"'),
    "empty lists in history": lambda n: repeated(HEAD + b"[", b"[],", n, b"[]]}}"),
    "empty objects": lambda n: repeated(b"[", b"{},", n, b"{}]"),
    "deep nesting": lambda n: repeated(b"", b"[", n),
    "closing brackets": lambda n: repeated(b"", b"]", n),
    "short texts": lambda n: repeated(b"[", b'"ab",', n, b'"ab"]'),
    "floats": lambda n: repeated(HEAD + b"[", b"1.2345678901234567,", n, b"1.0]}}"),
    "small whole numbers": lambda n: repeated(b"[", b"1,", n, b"1]"),
    "escapes in a key": lambda n: repeated(b'{"', b"\\u001b\\u0007", n, b'":1}'),
}


def timed(function, *args):
    start = time.perf_counter()
    try:
        result = function(*args)
    except SessionError as exc:
        result = exc
    return time.perf_counter() - start, result


def sizes(largest):
    size, out = 40_000, []
    while size < largest:
        out.append(size)
        size *= 10
    return out + [largest]


def baseline(size):
    text = '"' + "A" * (size - 2) + '"'
    return timed(json.loads, text)[0]


def adversarial(largest):
    print(f"{'file':28} {'bytes':>11} {'seconds':>8} {'x plain':>8}  answer")
    for name, make in KINDS.items():
        for size in sizes(largest):
            data = make(size)
            plain = baseline(len(data))
            seconds, result = timed(decode, data, "bench.json")
            answer = str(result.message.params["problem"]) if isinstance(result, SessionError) \
                else "loaded"
            print(f"{name:28} {len(data):>11,} {seconds:8.3f} {seconds / plain:8.1f}  "
                  f"{answer[:70]}")
            del data


def most_numbers():
    """The most numbers the loader parses: a list just under MAX_VALUES long."""
    unit = b"1.2345678901234567,"
    data = HEAD + b"[" + unit * (MAX_VALUES - 100) + b"1.0]}}"
    plain = baseline(len(data))
    seconds, result = timed(decode, data, "bench.json")
    print(f"{'floats, just under the cap':28} {len(data):>11,} {seconds:8.3f} "
          f"{seconds / plain:8.1f}  {str(result.message.params['problem'])[:70]}")


def largest_run():
    """The longest history a run keeps, saved and read back."""
    trainer = Trainer(LESSONS["wind"].configured())
    trainer.run(3)
    saved = capture(trainer)
    rng = np.random.default_rng(1)
    steps = History.MAX_STEPS
    history = {name: rng.normal(size=steps) * 100 for name in History.NAMES}
    history["heldout_step"] = np.arange(steps, dtype=np.float64)
    history["loss"][::1000] = np.inf
    saved = type(saved)(**{**saved.__dict__, "history": history, "iteration": steps})
    seconds_encode, text = timed(encode, saved)
    data = text.encode("ascii")
    del text
    seconds, loaded = timed(decode, data, "largest.json")
    exact = not isinstance(loaded, SessionError) and all(
        loaded.history[name].tobytes() == history[name].tobytes() for name in History.NAMES)
    plain = baseline(len(data))
    print(f"\nlargest run: {steps:,} steps, held-out loss every step: {len(data):,} bytes "
          f"(limit {MAX_SESSION_BYTES:,}); encode {seconds_encode:.3f} s, decode "
          f"{seconds:.3f} s = {seconds / plain:.1f} x plain; "
          f"{'bit for bit' if exact else 'NOT EXACT: ' + str(loaded)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--largest-mb", type=float, default=MAX_SESSION_BYTES / 1e6,
                        help="largest adversarial file (default: the loader's limit)")
    parser.add_argument("--skip-largest-run", action="store_true")
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, numpy {np.__version__}, "
          f"limit {MAX_SESSION_BYTES:,} bytes")
    adversarial(int(args.largest_mb * 1e6))
    most_numbers()
    if not args.skip_largest_run:
        largest_run()


if __name__ == "__main__":
    main()
