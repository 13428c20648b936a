"""Reading and writing files on disk: session files and history tables.

Saving is atomic: the text goes to a temporary file in the same folder, is flushed to disk,
and then replaces the target in one step (os.replace), so a failed save leaves any old file
as it was. Reading is capped in size before anything is parsed.
"""

import csv
import io
import math
import os
import stat
import tempfile

from shooter.core.session_io import (
    MAX_SESSION_BYTES,
    SessionError,
    capture,
    decode,
    encode,
)


def save_session(path, trainer):
    """Write `trainer`'s run to `path` as a session file (SessionError if it cannot)."""
    text = encode(capture(trainer))
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise SessionError(path, f"cannot be written ({_reason(exc)})") from None


def load_session(path, max_bytes=MAX_SESSION_BYTES):
    """A SavedSession from `path`, or a SessionError naming the file and the problem."""
    try:
        # Checked before opening: opening a pipe would wait for a writer.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise SessionError(path, "not a regular file")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SessionError(path, f"cannot be read ({_reason(exc)})") from None
    if len(data) > max_bytes:
        raise SessionError(path, f"larger than {max_bytes} bytes")
    return decode(data, source=path)


def write_history_csv(path, history):
    """The per-iteration history as CSV: iteration, loss, mean_score, grad_norm."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("iteration", "loss", "mean_score", "grad_norm"))
    columns = (history.loss.values, history.mean_score.values, history.grad_norm.values)
    for i, row in enumerate(zip(*columns)):
        writer.writerow((i, *(_number(v) for v in row)))
    write_text_atomic(path, buffer.getvalue())


def _number(value):
    return repr(float(value)) if math.isfinite(value) else "nan"


def write_text_atomic(path, text):
    """Replace `path` with `text` (UTF-8) in one step; the old file survives any failure."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path, data):
    """Replace `path` with `data` in one step; the old file survives any failure."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(
        prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise


def _mode_for(path):
    """Keep an existing file's permissions; a new one gets the usual rw-r--r--."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o644


def _remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass


def _reason(exc):
    return exc.strerror or str(exc)
