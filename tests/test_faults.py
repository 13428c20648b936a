"""Fault injection: files built to hang, exhaust or wreck the loader, saves onto things that
are not files, saves killed half way, corrupt settings. Each ends in one clear line and
loses nothing.

The slow cases are scaled down to sizes that run in well under a second here but that the
loader of schema_version 1 could not handle (it hung on a 40 KB run of escaped quotes).
"""

import importlib.util
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from shooter import files
from shooter.core import session_io
from shooter.core.lessons import LESSONS
from shooter.core.messages import LINE_CHARS, ShooterError
from shooter.core.session_io import SessionError, capture, decode, encode, restore
from shooter.core.trainer import Trainer

ROOT = Path(__file__).resolve().parents[1]
HEAD = '{"format":"shooter-session","schema_version":2,'


def trained(steps=3):
    trainer = Trainer(LESSONS["wind"].configured())
    trainer.run(steps)
    return trainer


def good_document():
    return json.loads(encode(capture(trained())))


def refusal(data, source="bad.json"):
    """The message decode gives for `data`; it must be one clean, bounded line."""
    with pytest.raises(SessionError) as caught:
        decode(data, source)
    message = str(caught.value)
    assert_clean(message)
    return message


def assert_clean(message):
    assert len(message) <= LINE_CHARS, len(message)
    assert not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in message), repr(message)


def run_python(code, timeout=120):
    """Run `code` in a fresh interpreter with this tree's package; its stdout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, text=True,
                          capture_output=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- the loader stays linear ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    '"' + '\\"' * 200_000,  # the run of escaped quotes with no closing quote
    '{"a":"' + '\\"' * 200_000 + '"}',
    '"' + "\\\\" * 200_000,
    '{"format":"shooter-session","x":"' + "[" * 400_000,
])
def test_escape_runs_finish_in_a_fresh_process(text, tmp_path):
    # A fresh process with a timeout: the old loader's backtracking never returned on this.
    path = tmp_path / "quotes.json"
    path.write_text(text)
    out = run_python(f"""
        from shooter.core.session_io import decode, SessionError
        try:
            decode(open({str(path)!r}, "rb").read(), "quotes.json")
        except SessionError as exc:
            print(exc)
        """)
    assert out.startswith("session file 'quotes.json': ")
    assert_clean(out.strip())


def test_nesting_and_escapes_are_counted_as_a_reader_pairs_them():
    deep = "[" * (session_io.MAX_DEPTH + 1) + "]" * (session_io.MAX_DEPTH + 1)
    assert "nested more than" in refusal(deep)
    # Brackets inside texts, after escaped backslashes and quotes, do not nest.
    inside = '["\\\\\\"' + "[" * 40 + '\\\\"]'
    assert "nested" not in refusal(inside)
    shallow = "[" * session_io.MAX_DEPTH + "]" * session_io.MAX_DEPTH
    assert "not a JSON object" in refusal(shallow)


def test_empty_lists_in_the_history_are_refused_before_they_are_built():
    # 100 MB of [] once took 2.7 GB; this is the same file at 4 MB.
    data = (HEAD + '"history":{"loss":[' + "[]," * 1_400_000 + "[]]}}").encode()
    tracemalloc.start()
    try:
        message = refusal(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "too many lists, texts or numbers" in message
    assert peak < 5 * len(data), peak  # json.loads would have needed over 20 times the file


@pytest.mark.parametrize("unit,count", [("{},", 2_000_000), ('"ab",', 2_000_000),
                                        ("1,", session_io.MAX_VALUES + 10)])
def test_other_small_items_are_budgeted_too(unit, count):
    data = ("[" + unit * count + "0]").encode()
    assert "to be read safely" in refusal(data)


def test_running_out_of_memory_is_a_message(monkeypatch):
    def exhausted(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(session_io.json, "loads", exhausted)
    assert "not enough memory" in refusal(encode(capture(trained())))


def test_a_text_never_closed_is_called_truncated():
    text = encode(capture(trained()))
    cut = text[: text.index('"history"') + 40]
    assert "truncated" in refusal(cut)


# --- messages echoing the file stay short and clean ---------------------------------------
def test_a_ten_megabyte_unknown_key_gives_a_short_escaped_line():
    document = good_document()
    document["\x1b[2J\x07" + "k" * 10_000_000] = 1
    start = time.perf_counter()
    message = refusal(json.dumps(document))
    assert "unknown keys" in message and "\\x1b" in message and "\\x07" in message
    assert time.perf_counter() - start < 30  # generous; the old message took 73 s to show


def test_a_400_digit_number_is_shown_cut():
    document = good_document()
    document["schema_version"] = "9" * 400
    message = refusal(json.dumps(document))
    assert "whole number" in message and "9" * 100 not in message


def test_a_lesson_name_with_control_characters_is_escaped():
    document = good_document()
    document["config"]["lesson"] = "\x1b]0;owned\x07"
    assert "lesson" in refusal(json.dumps(document))


# --- every bad file the window is tested with, refused cleanly by the loader -----------------
def _bad_session_cases():
    path = ROOT / "tests" / "app" / "test_bad_sessions.py"
    spec = importlib.util.spec_from_file_location("bad_session_cases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bad_files_of_the_window_tests_are_refused_in_one_clean_line(tmp_path):
    cases = _bad_session_cases()
    assert len(cases.CASES) >= 60
    for number, (case_id, build, words) in enumerate(cases.CASES):
        folder = tmp_path / f"case-{number}"
        folder.mkdir()
        path = cases.bad_file(folder, build)
        with pytest.raises(SessionError) as caught:
            restore(files.load_session(path))
        message = str(caught.value)
        assert words in message, (case_id, message)
        assert os.path.basename(path) in message, (case_id, message)
        assert_clean(message)


# --- saving never destroys -------------------------------------------------------------------
def test_saving_onto_a_pipe_refuses_and_leaves_the_pipe(tmp_path):
    pipe = tmp_path / "run.json"
    os.mkfifo(pipe)
    with pytest.raises(SessionError, match="nothing was written") as caught:
        files.save_session(pipe, trained(1))
    assert_clean(str(caught.value))
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.json"]


def test_saving_onto_a_device_node_refuses_and_leaves_it(tmp_path):
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs the administrator")
    with pytest.raises(SessionError, match="nothing was written"):
        files.save_session(node, trained(1))
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    with pytest.raises(files.FileError, match="nothing was written"):
        files.check_output_path(node)


def test_saving_onto_a_folder_refuses(tmp_path):
    folder = tmp_path / "run.json"
    folder.mkdir()
    with pytest.raises(SessionError, match="nothing was written"):
        files.save_session(folder, trained(1))
    assert folder.is_dir() and not any(folder.iterdir())


def test_saving_through_a_link_writes_its_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "sessions" / "real.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "run.json"
    link.symlink_to(target)
    trainer = trained(2)
    files.save_session(link, trainer)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert restore(files.load_session(target)).iteration == 2
    dangling = tmp_path / "later.json"
    dangling.symlink_to(tmp_path / "sessions" / "new.json")
    files.save_session(dangling, trainer)
    assert dangling.is_symlink() and (tmp_path / "sessions" / "new.json").is_file()


def test_a_read_only_file_is_refused_and_kept(tmp_path):
    path = tmp_path / "run.json"
    path.write_text("keep me")
    path.chmod(0o444)
    with pytest.raises(SessionError, match="read-only") as caught:
        files.save_session(path, trained(1))
    assert_clean(str(caught.value))
    assert path.read_text() == "keep me"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    with pytest.raises(files.FileError, match="read-only"):
        files.check_output_path(path)


def test_output_paths_are_checked_before_a_run(tmp_path):
    assert files.check_output_path(tmp_path / "new.json") == str(tmp_path / "new.json")
    for bad, words in ((tmp_path / "missing" / "x.json", "no such file"),
                       ("", "no file name"), (tmp_path, "nothing was written")):
        with pytest.raises(files.FileError, match=words) as caught:
            files.check_output_path(bad)
        assert isinstance(caught.value, OSError)  # callers catching OSError still catch it


KILLED_SAVE = """
    import os, signal, sys
    from shooter import files
    from shooter.core.lessons import LESSONS
    from shooter.core.trainer import Trainer

    def killed(*_args):  # the moment before the new file would replace the old one
        os.kill(os.getpid(), signal.SIGKILL)

    trainer = Trainer(LESSONS["wind"].configured())
    trainer.run(2)
    files.os.replace = killed
    files.save_session(sys.argv[1], trainer)
"""


def test_a_killed_save_leaves_the_old_file_and_the_next_save_cleans_up(tmp_path):
    path = tmp_path / "run.json"
    path.write_text("old")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(KILLED_SAVE), str(path)],
                          env=env, timeout=120, check=False)
    assert done.returncode == -signal.SIGKILL
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "run.json"]
    assert len(leftovers) == 1 and ".shooter-save-" in leftovers[0]
    assert path.read_text() == "old"
    files.save_session(tmp_path / "other.json", trained(1))  # any save into the folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.json", "run.json"]


def test_temporaries_of_running_saves_and_other_files_are_kept(tmp_path):
    live = tmp_path / f".run.json.shooter-save-{os.getppid()}-abc.tmp"
    old = tmp_path / f".run.json.shooter-save-{os.getppid()}-old.tmp"
    other = tmp_path / ".run.json.tmp"
    for path in (live, old, other):
        path.write_text("x")
    os.utime(old, (time.time() - 2 * files.STALE_SECONDS,) * 2)
    removed = files.remove_stale_temporaries(tmp_path)
    assert removed == [old.name]
    assert live.exists() and other.exists()


# --- the largest run a session keeps reads back bit for bit ---------------------------------
def test_the_longest_history_a_run_keeps_reads_back_bit_for_bit(tmp_path, monkeypatch):
    # History.MAX_STEPS scaled down; benchmarks/session_load.py runs the real one.
    steps = 20_000
    monkeypatch.setattr(session_io.History, "MAX_STEPS", steps)
    trainer = trained(3)
    rng = np.random.default_rng(7)
    values = rng.normal(size=steps) * 1e3
    values[::97] = np.inf
    values[::89] = np.nan
    for name in session_io.History.NAMES:
        series = getattr(trainer.history, name)
        series.truncate(0)
        series.extend(np.arange(steps) if name == "heldout_step" else values)
    assert trainer.history.full
    with pytest.raises(ShooterError, match=f"reached {steps} steps"):
        trainer.history.record(1.0, 1.0, 1.0)
    path = tmp_path / "longest.json"
    files.save_session(path, trainer)
    loaded = files.load_session(path)
    for name in session_io.History.NAMES:
        stored = getattr(trainer.history, name).values
        assert loaded.history[name].tobytes() == stored.tobytes(), name


# --- settings ------------------------------------------------------------------------------
@pytest.fixture
def settings_file(tmp_path, qapp):
    return tmp_path / "shooter.ini"


def preferences(path):
    from PySide6.QtCore import QSettings

    from shooter.app.preferences import Preferences

    return Preferences(QSettings(str(path), QSettings.IniFormat))


def test_corrupt_settings_are_reported_once_reset_and_unknown_keys_dropped(settings_file):
    settings_file.write_text("[General]\nscale=abc\nlanguage=xx\nflight_speed=2\n"
                             "notes=" + "n" * 1000 + "\n")
    prefs = preferences(settings_file)
    assert prefs["scale"] == 1.0 and prefs["language"] is None and prefs["flight_speed"] == 2.0
    assert prefs.problem.key == "files.settings_reset"
    assert "language, scale" in str(prefs.problem)
    assert_clean(str(prefs.problem))
    prefs.sync()
    again = preferences(settings_file)
    assert again.problem is None and again["flight_speed"] == 2.0
    assert "notes" not in settings_file.read_text() and "abc" not in settings_file.read_text()


def test_settings_are_written_only_when_they_change(settings_file):
    prefs = preferences(settings_file)
    prefs["scale"] = 1.5
    prefs.sync()
    past = time.time() - 1000
    os.utime(settings_file, (past, past))
    prefs["scale"] = 1.5
    prefs["recent_files"] = []
    prefs.sync()
    assert settings_file.stat().st_mtime == pytest.approx(past)
    prefs["scale"] = 2.0
    prefs.sync()
    assert settings_file.stat().st_mtime > past + 500


@pytest.mark.parametrize("make,words", [
    (lambda path: path.mkdir(), "it is a folder"),
    (lambda path: path.write_bytes(bytes(range(256)) * 40), "not a settings file"),
    (lambda path: path.write_bytes(b"[General]\nscale=1\n" + b"x=" + b"y" * 2_000_000),
     "larger than"),
])
def test_a_settings_file_that_is_not_one_is_reported(settings_file, make, words):
    make(settings_file)
    kept = settings_file.read_bytes() if settings_file.is_file() else None
    prefs = preferences(settings_file)
    assert prefs.problem is not None and words in str(prefs.problem)
    assert_clean(str(prefs.problem))
    assert prefs["scale"] == 1.0
    if kept is not None:  # moved aside, not lost; the settings start afresh
        assert (settings_file.parent / "shooter.ini.unreadable").read_bytes() == kept
        prefs["scale"] = 1.25
        prefs.sync()
        assert preferences(settings_file).problem is None
