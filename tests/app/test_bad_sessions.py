"""Bad session files opened from the window: each one gives a dialog naming the file and the
problem in one sentence, and the work on screen stays exactly as it was.

Each case builds its file from a good session (a few steps of the "wind" lesson: Adam, a hidden
layer, a held-out set) and says which words the message must contain.
"""

import base64
import json
import os
import random

import numpy as np
import pytest

from shooter import files
from shooter.app.main_window import MainWindow
from shooter.app.session import Session
from shooter.core.lessons import LESSONS
from shooter.core.session_io import capture, encode
from shooter.core.trainer import Trainer

CANARY = "pwned-canary"  # what the hostile lesson name below would create


def good_document():
    trainer = Trainer(LESSONS["wind"].configured())
    trainer.run(4)
    return json.loads(encode(capture(trainer)))


def edited(*edits):
    """A good document changed by (keys, value) pairs; value DELETE removes the key."""
    document = good_document()
    for keys, value in edits:
        parent = document
        for key in keys[:-1]:
            parent = parent[key]
        if value is DELETE:
            del parent[keys[-1]]
        else:
            parent[keys[-1]] = value
    return json.dumps(document)


DELETE = object()


def first_format(*edits):
    """A good document as schema_version 1 wrote it (the history as lists of numbers),
    changed by (keys, value) pairs."""
    document = json.loads(edited(*edits[1:])) if len(edits) > 1 else good_document()
    document["schema_version"] = 1
    for name, value in document["history"].items():
        if isinstance(value, str):
            values = np.frombuffer(base64.b64decode(value), dtype="<f8").tolist()
            document["history"][name] = [v if np.isfinite(v) else None for v in values]
    keys, value = edits[0]
    parent = document
    for key in keys[:-1]:
        parent = parent[key]
    parent[keys[-1]] = value
    return json.dumps(document)


def good_text():
    return json.dumps(good_document())


def garbage_bytes(n=4096, seed=5):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


def nested(depth):
    return "[" * depth + "]" * depth


def with_tail(key, value):
    """A good document with one more top-level key (written by hand: json.dumps is too slow
    for a 50 MB value)."""
    return good_text()[:-1] + f', "{key}": {value}}}'


def hostile_lesson_text():
    """Short enough to pass as a name: only an evaluating reader would create the canary."""
    return edited((["config", "lesson"], f"__import__('os').mkdir('{CANARY}')"))


# (id, content builder, words the message must contain). A builder returns str, bytes, or
# a callable(tmp_path) -> path for files that are not plain content.
CASES = [
    ("empty", lambda: "", "empty"),
    ("only-whitespace", lambda: " \n\t\n", "empty"),
    ("truncated", lambda: good_text()[: len(good_text()) // 2], "truncated"),
    ("cut-last-brace", lambda: good_text()[:-1], "truncated"),
    ("corrupt-json", lambda: good_text().replace(",", ";", 3), "not valid JSON"),
    ("binary-garbage", lambda: garbage_bytes(), "UTF-8"),
    ("non-utf8-in-a-string", lambda: edited((["config", "lesson"], "WIND"))
        .encode().replace(b"WIND", b"w\xe9nd\xff"), "UTF-8"),
    ("utf16-text", lambda: good_text().encode("utf-16"), "UTF-8"),
    ("json-array", lambda: "[1, 2, 3]", "not a JSON object"),
    ("json-string", lambda: '"shooter-session"', "not a JSON object"),
    ("other-format", lambda: edited((["format"], "keras-model")), "not a Shooter session"),
    ("newer-schema", lambda: edited((["schema_version"], 3)), "newer"),
    ("old-schema", lambda: edited((["schema_version"], 0)), "unsupported schema_version"),
    ("schema-as-text", lambda: edited((["schema_version"], "1")), "whole number"),
    ("no-schema", lambda: edited((["schema_version"], DELETE)), "no schema_version"),
    ("missing-network", lambda: edited((["network"], DELETE)), "lacks network"),
    ("missing-lr", lambda: edited((["config", "lr"], DELETE)), "lacks lr"),
    ("class-trick", lambda: edited((["__class__"], "os.system")), "unknown keys: __class__"),
    ("pickle-like-reduce", lambda: edited((["config", "__reduce__"], ["os.system", ["ls"]])),
     "unknown keys: __reduce__"),
    ("py-object-tag", lambda: edited((["optimizer", "py/object"], "subprocess.Popen")),
     "unknown keys: py/object"),
    ("lr-zero", lambda: edited((["config", "lr"], 0)), "learning rate"),
    ("lr-negative", lambda: edited((["config", "lr"], -0.5)), "learning rate"),
    ("lr-text", lambda: edited((["config", "lr"], "fast")), "config.lr"),
    ("lr-true", lambda: edited((["config", "lr"], True)), "config.lr"),
    ("hidden-1000-units", lambda: edited((["config", "hidden"], [1000])), "hidden layer"),
    ("six-hidden-layers", lambda: edited((["config", "hidden"], [4] * 6)), "hidden layers"),
    ("batch-zero", lambda: edited((["config", "batch"], 0)), "batch"),
    ("unknown-activation", lambda: edited((["config", "activation"], "softmax")), "activation"),
    ("unknown-optimizer", lambda: edited((["config", "optimizer"], "lbfgs")), "optimizer"),
    ("negative-seed", lambda: edited((["config", "seed"], -1)), "seed"),
    ("distance-zero", lambda: edited((["config", "environment", "distance_m"], [0, 5])),
     "distance"),
    ("wrong-weight-shape", lambda: edited(
        (["network", "layers", 0, "W"], good_document()["network"]["layers"][0]["W"][:-1])),
     "must have shape"),
    ("weight-as-text", lambda: edited((["network", "layers", 1, "b"], ["0.1", "0.2"])),
     "numbers only"),
    ("null-weight", lambda: edited((["network", "layers", 1, "b"], [None, 0.0])),
     "numbers only"),
    ("nan-weight", lambda: good_text().replace('"b": [', '"b": [NaN, ', 1), "NaN is not allowed"),
    ("infinite-weight", lambda: good_text().replace('"b": [', '"b": [Infinity, ', 1),
     "Infinity is not allowed"),
    ("overflowing-weight", lambda: edited((["network", "layers", 1, "b"], [0.0, 12345.5]))
        .replace("12345.5", "1e999"),
     "non-finite"),
    ("huge-integer", lambda: edited((["iteration"], 0)).replace(
        '"iteration": 0', '"iteration": ' + "9" * 5000), "not usable JSON"),
    ("huge-weight-array", lambda: edited(
        (["network", "layers", 1, "W"], [[0.0, 0.0]] * 1_000_000)), "to be read safely"),
    ("long-weight-array", lambda: edited(
        (["network", "layers", 1, "W"], [[0.0, 0.0]] * 1000)), "must have shape"),
    ("huge-history", lambda: first_format((["history", "loss"], [1.0] * 1_000_000)),
     "differ in length"),
    ("history-not-base64", lambda: edited((["history", "loss"], "not base64!")),
     "history.loss must be base64 text"),
    ("wrong-inputs", lambda: edited((["network", "inputs"], ["distance"])), "network.inputs"),
    ("layer-activation-mismatch", lambda: edited(
        (["network", "layers", 0, "activation"], "relu")), "activation"),
    ("optimizer-slots-missing", lambda: edited((["optimizer", "slots"], [[]])),
     "optimizer.slots"),
    ("adam-negative-moment", lambda: _negative_moment(), "second moment"),
    ("iteration-beyond-history", lambda: edited((["iteration"], 10_000)), "iteration"),
    ("iteration-negative", lambda: edited((["iteration"], -3)), "iteration"),
    ("diverged-command", lambda: edited((["diverged"], "rm -rf /")), "diverged"),
    ("rng-not-hex", lambda: edited((["rng", "tremor", "state", "state"], "12; DROP")), "hex"),
    ("rng-other-generator", lambda: edited((["rng", "conditions", "bit_generator"], "MT19937")),
     "PCG64"),
    ("repeated-key", lambda: good_text().replace('"iteration":', '"iteration": 1, "iteration":'),
     "repeats a key"),
    ("nested-100000", lambda: nested(100_000), "nested"),
    ("nested-in-a-value", lambda: edited((["diverged"], 0)).replace(
        '"diverged": 0', '"diverged": ' + nested(1000)), "nested"),
    ("fifty-megabytes", lambda: with_tail("notes", '"' + "x" * 50_000_000 + '"'),
     "unknown keys: notes"),
    ("over-the-size-cap", lambda: lambda tmp: _sparse(tmp, files.MAX_SESSION_BYTES + 10),
     "larger than"),
    ("a-directory", lambda: lambda tmp: _directory(tmp), "not a regular file"),
    ("a-fifo", lambda: lambda tmp: _fifo(tmp), "not a regular file"),
    ("missing-file", lambda: lambda tmp: str(tmp / "never-saved.json"), "no such file"),
    ("unknown-lesson", lambda: edited((["config", "lesson"], "no-such-lesson")), "lesson"),
    ("hostile-lesson-name", hostile_lesson_text, "lesson"),
]


def _negative_moment():
    document = good_document()
    slots = document["optimizer"]["slots"]
    slots[1][1][0] = -1.0  # Adam's second moment of the first hidden bias
    return json.dumps(document)


def _write(tmp_path, content):
    path = tmp_path / "bad-session.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def _sparse(tmp_path, size):
    path = tmp_path / "huge-session.json"
    with open(path, "wb") as handle:
        handle.truncate(size)
    return str(path)


def _directory(tmp_path):
    path = tmp_path / "a-folder.json"
    path.mkdir()
    return str(path)


def _fifo(tmp_path):
    path = tmp_path / "a-pipe.json"
    os.mkfifo(path)
    return str(path)


def bad_file(tmp_path, build):
    content = build()
    return content(tmp_path) if callable(content) else _write(tmp_path, content)


@pytest.fixture
def window(qtbot, tmp_path):
    """A window with saved, then further trained (unsaved) work on the "wind" lesson."""
    win = MainWindow(Session("wind"))
    win.ask_save_changes = lambda: "discard"
    win.errors = []
    win.show_error = lambda title, message: win.errors.append((title, message))
    qtbot.addWidget(win)
    for _ in range(3):
        win.session.step()
    assert win.save_to(str(tmp_path / "good-work.json"))
    win.session.step()
    assert win.session.dirty
    return win


def state_of(window):
    session = window.session
    history = session.history
    return {
        "trainer": id(session.trainer),
        "lesson": session.lesson.key,
        "config": session.config,
        "weights": [w.copy() for w in session.trainer.network.params],
        "history": {name: getattr(history, name).values.copy()
                    for name in ("loss", "mean_score", "grad_norm", "heldout_loss")},
        "iteration": session.trainer.iteration,
        "phase": session.trainer.next_phase,
        "path": session.path,
        "dirty": session.dirty,
        "title": window.windowTitle(),
        "recent": list(window.preferences["recent_files"]),
    }


def assert_same_state(before, after):
    assert before.keys() == after.keys()
    for key in before:
        if key == "weights":
            assert all(np.array_equal(a, b) for a, b in zip(before[key], after[key], strict=True))
        elif key == "history":
            for name in before[key]:
                assert np.array_equal(before[key][name], after[key][name], equal_nan=True), name
        else:
            assert before[key] == after[key], key


def _params():
    for case_id, build, words in CASES:
        yield pytest.param(build, words, id=case_id)


def test_there_are_at_least_thirty_kinds_of_bad_file():
    assert len(CASES) >= 30
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("build,words", list(_params()))
def test_bad_file_gives_one_clear_dialog_and_changes_nothing(window, tmp_path, build, words):
    path = bad_file(tmp_path, build)
    before = state_of(window)
    assert window.open_path(path) is False
    assert len(window.errors) == 1
    title, message = window.errors[0]
    assert title == "Could not open the session"
    assert os.path.basename(path) in message, message
    assert words in message, message
    assert "\n" not in message and len(message) <= 200
    assert not any(internal in message for internal in ("Traceback", "sys.", "Error:", "0x7f"))
    assert_same_state(before, state_of(window))
    assert not (tmp_path / CANARY).exists() and not os.path.exists(CANARY)


def test_unreadable_file_is_reported_and_changes_nothing(window, tmp_path, monkeypatch):
    path = tmp_path / "locked.json"
    path.write_text(good_text(), encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read itself fail as it would
        def refuse(*_args, **_kwargs):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(files, "open", refuse, raising=False)
    before = state_of(window)
    assert window.open_path(str(path)) is False
    (title, message), = window.errors
    assert path.name in message and "permission denied" in message
    assert_same_state(before, state_of(window))


def test_the_window_still_trains_and_opens_a_good_file_after_bad_ones(window, tmp_path):
    for _case_id, build, _words in CASES[:8]:
        window.open_path(bad_file(tmp_path, build))
    window.session.step()
    good = tmp_path / "good-work.json"
    assert window.open_path(str(good))
    assert window.session.trainer.iteration == 3 and not window.session.dirty
