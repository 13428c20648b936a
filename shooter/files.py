"""Reading and writing files on disk: session files and history tables.

Saving never destroys what is at the path. Only regular files are written: a folder, a pipe
or a device node at the path is refused, and so is a read-only file. A symbolic link is
written through: its target gets the new contents and the link stays. The text goes to a
temporary file in the same folder (named `.NAME.shooter-save-PID-XXXX.tmp`), is flushed to
disk and then replaces the target in one step (os.replace), so a failed save leaves any old
file as it was. Temporary files left by a save that was killed are removed by the next save
into that folder. check_output_path() runs the same checks before a long run starts.

Reading is capped in size before anything is parsed. Every problem is a ShooterError whose
message names the reason in the user's words (an errno becomes a message key).
"""

import csv
import io
import math
import os
import stat
import tempfile
import time

from shooter.core.messages import Message, ShooterError, os_reason
from shooter.core.session_io import (
    MAX_SESSION_BYTES,
    SessionError,
    capture,
    decode,
    encode,
)

TEMP_MARK = ".shooter-save-"
TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 3600  # a temporary file this old is stale even if its process id is in use
class FileError(ShooterError, OSError):
    """A file that cannot be written or read. `problem` is the Message without the path
    (the path is in `filename`); str() is the problem in English."""

    def __init__(self, path, key, **params):
        super().__init__(key, **params)
        self.problem = self.message
        self.filename = os.fspath(path)

    def __str__(self):  # OSError's own would show "[Errno None] None: 'path'"
        return str(self.message)


# --- sessions ---------------------------------------------------------------------------
def save_session(path, trainer):
    """Write `trainer`'s run to `path` as a session file (SessionError if it cannot)."""
    text = encode(capture(trainer))
    try:
        write_text_atomic(path, text)
    except FileError as exc:
        raise SessionError(path, exc.problem) from None


def load_session(path, max_bytes=MAX_SESSION_BYTES):
    """A SavedSession from `path`, or a SessionError naming the file and the problem."""
    try:
        # Checked before opening: opening a pipe would wait for a writer.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise SessionError(path, Message("files.not_regular"))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SessionError(path, Message("files.cannot_read", reason=os_reason(exc))) from None
    except MemoryError:
        raise SessionError(path, Message("session.out_of_memory")) from None
    if len(data) > max_bytes:
        raise SessionError(path, Message("session.too_large", limit=max_bytes))
    return decode(data, source=path)


# --- the history as a table -------------------------------------------------------------
HISTORY_COLUMNS = ("iteration", "loss", "mean_score", "grad_norm")
SERIES_COLUMNS = ("iteration", "loss", "heldout_loss", "mean_score", "grad_norm")


def history_csv(history, columns=HISTORY_COLUMNS):
    """The history as CSV text, one row per iteration, every digit of each float64.

    `columns` picks from SERIES_COLUMNS; the held-out loss is measured only every few steps,
    so other rows leave it empty."""
    heldout = dict(zip(history.heldout_step.values.astype(int).tolist(),
                       history.heldout_loss.values.tolist()))
    series = {"loss": history.loss.values.tolist(),
              "mean_score": history.mean_score.values.tolist(),
              "grad_norm": history.grad_norm.values.tolist()}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for i in range(len(history.loss)):
        writer.writerow([_cell(name, i, series, heldout) for name in columns])
    return out.getvalue()


def _cell(name, i, series, heldout):
    if name == "iteration":
        return i
    if name == "heldout_loss":
        return csv_number(heldout[i]) if i in heldout else ""
    return csv_number(series[name][i])


def csv_number(value):
    """repr keeps every digit of a float64; inf, -inf and nan are written as such."""
    value = float(value)
    if math.isfinite(value):
        return repr(value)
    return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")


def write_history_csv(path, history, columns=HISTORY_COLUMNS):
    write_text_atomic(path, history_csv(history, columns))


# --- writing without destroying -----------------------------------------------------------
def check_output_path(path):
    """Raise a FileError if `path` could not be written (call it before a long run starts):
    an empty name, a folder, pipe or device, a read-only file, a missing or read-only folder.
    Returns the path that will be written (a link's target)."""
    target = _target(path)
    _check_existing(path, target)
    folder = os.path.dirname(target)
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            raise FileError(path, "files.cannot_write", reason=Message("os.not_folder"))
    except OSError as exc:
        raise FileError(path, "files.cannot_write", reason=os_reason(exc)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileError(path, "files.cannot_write", reason=Message("os.permission_denied"))
    return target


def write_text_atomic(path, text):
    """Replace `path` with `text` (UTF-8) in one step; the old file survives any failure."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path, data):
    """Replace the regular file at `path` (or a link's target) with `data` in one step.
    Raises FileError, and the old file survives, whatever goes wrong."""
    target = _target(path)
    mode = _check_existing(path, target)
    folder = os.path.dirname(target)
    remove_stale_temporaries(folder)
    try:
        handle, temporary = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX,
                                             dir=folder)
    except OSError as exc:
        raise FileError(path, "files.cannot_write", reason=os_reason(exc)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as exc:
        _remove_quietly(temporary)
        raise FileError(path, "files.cannot_write", reason=os_reason(exc)) from None
    except BaseException:
        _remove_quietly(temporary)
        raise


def _target(path):
    """The file a save writes: the path itself, or the end of its chain of links."""
    path = os.fspath(path)
    if not path or not path.strip():
        raise FileError(path, "files.cannot_write", reason=Message("files.no_path"))
    return os.path.realpath(path)


def _check_existing(path, target):
    """The permissions the new file gets: an existing file's own (it must be a writable
    regular file), or the usual rw-r--r-- for a new one."""
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return 0o644
    except OSError as exc:
        raise FileError(path, "files.cannot_write", reason=os_reason(exc)) from None
    if not stat.S_ISREG(status.st_mode):
        raise FileError(path, "files.cannot_write", reason=Message("files.special_target"))
    # The write bits, not os.access: an administrator may write anything, yet a file marked
    # read-only was marked so on purpose.
    if not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) \
            or not os.access(target, os.W_OK):
        raise FileError(path, "files.cannot_write", reason=Message("files.read_only"))
    return stat.S_IMODE(status.st_mode)


def _temp_prefix(target):
    name = os.path.basename(target)[:80]  # room for the mark within the 255-byte limit
    return f".{name}{TEMP_MARK}{os.getpid()}-"


def remove_stale_temporaries(folder, now=None):
    """Remove our temporary files in `folder` whose save was killed: the process that made
    one is gone, or it is older than STALE_SECONDS. Returns the names removed."""
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        pid = _temp_owner(entry.name)
        if pid is None:
            continue
        try:
            status = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(status.st_mode):
            continue
        if _process_alive(pid) and now - status.st_mtime < STALE_SECONDS:
            continue
        _remove_quietly(entry.path)
        removed.append(entry.name)
    return removed


def _temp_owner(name):
    """The process id in one of our temporary file names, or None for any other name."""
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX) and TEMP_MARK in name):
        return None
    pid = name.rsplit(TEMP_MARK, 1)[1].split("-", 1)[0]
    return int(pid) if pid.isdigit() and len(pid) < 10 else None


def _process_alive(pid):
    if pid == os.getpid() or os.name == "nt":  # Windows: os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def _remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass

