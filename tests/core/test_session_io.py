"""Session files: round trips that carry on bit for bit, and every kind of bad file refused
with a one-line SessionError that names the file."""

import base64
import json
from dataclasses import fields

import numpy as np
import pytest

from shooter import files
from shooter.core import session_io
from shooter.core.config import ConfigError, TrainConfig
from shooter.core.history import History
from shooter.core.lessons import LESSONS
from shooter.core.session_io import SessionError, capture, decode, encode, restore
from shooter.core.trainer import Trainer


def trained(lesson="wind", steps=6, **overrides):
    trainer = Trainer(LESSONS[lesson].configured(**overrides))
    trainer.run(steps)
    return trainer


def document(trainer):
    return json.loads(encode(capture(trainer)))


def assert_same_run(a, b):
    assert a.iteration == b.iteration
    for wa, wb in zip(a.network.params, b.network.params, strict=True):
        assert np.array_equal(wa, wb)
    for name in ("loss", "mean_score", "grad_norm", "heldout_step", "heldout_loss"):
        assert np.array_equal(getattr(a.history, name).values, getattr(b.history, name).values,
                              equal_nan=True), name


@pytest.mark.parametrize("lesson,overrides", [
    ("wind", {}),  # Adam, hidden layer, held-out set
    ("sight-in", {}),  # bias only, plain gradient descent
    ("burst", {"optimizer": "momentum"}),
    ("sandbox", {"optimizer": "sign", "hidden": (4, 3), "activation": "relu"}),
])
def test_carrying_on_from_a_file_is_bit_identical_to_carrying_on_in_memory(
        tmp_path, lesson, overrides):
    original = trained(lesson, 5, **overrides)
    path = tmp_path / "run.json"
    files.save_session(path, original)
    loaded = restore(files.load_session(path))
    assert_same_run(loaded, original)
    original.run(7)
    loaded.run(7)
    assert_same_run(loaded, original)


def test_round_trip_keeps_config_weights_optimizer_and_rng():
    trainer = trained("wind", 4)
    saved = decode(encode(capture(trainer)), "run.json")
    assert saved.config == trainer.config
    assert saved.iteration == 4 and saved.diverged is None
    for a, b in zip(saved.weights, trainer.network.params, strict=True):
        assert np.array_equal(a, b)
    for slot_a, slot_b in zip(saved.optimizer["slots"], trainer.optimizer.state()["slots"],
                              strict=True):
        for a, b in zip(slot_a, slot_b, strict=True):
            assert np.array_equal(a, b)
    assert saved.rng == trainer.shots.rng_states()


def test_config_fields_all_have_a_reader():
    # A new TrainConfig field must be written and read back, or files lose it silently.
    assert set(session_io._CONFIG_FIELDS) == {f.name for f in fields(TrainConfig)}


def test_non_finite_history_is_kept_bit_for_bit_in_valid_json():
    trainer = trained("step-size", 20, lr=0.1)
    assert trainer.diverged
    text = encode(capture(trainer))
    assert "NaN" not in text and "Infinity" not in text
    json.loads(text, parse_constant=lambda name: pytest.fail(name))
    saved = decode(text, "run.json")
    for name in ("loss", "grad_norm"):
        stored = getattr(trainer.history, name).values
        assert saved.history[name].tobytes() == stored.tobytes()
    assert not np.isfinite(saved.history["grad_norm"][-1])


def version_1(text):
    """The same session as the first format wrote it: the history as lists of numbers."""
    doc = json.loads(text)
    doc["schema_version"] = 1
    for name, value in doc["history"].items():
        values = np.frombuffer(base64.b64decode(value), dtype="<f8")
        doc["history"][name] = [v if np.isfinite(v) else None for v in values.tolist()]
    return json.dumps(doc)


def test_first_format_files_still_load_and_carry_on_the_same():
    trainer = trained("wind", 12)
    old = version_1(encode(capture(trainer)))
    assert '"loss": [' in old
    loaded = restore(decode(old, "old.json"))
    assert_same_run(loaded, trainer)
    loaded.run(3)
    trainer.run(3)
    assert_same_run(loaded, trainer)


def test_first_format_history_must_hold_numbers(tmp_path):
    old = json.loads(version_1(encode(capture(trained("wind", 3)))))
    old["history"]["loss"][1] = "x"
    message = load_error(write(tmp_path, json.dumps(old)))
    assert "history.loss must be a list of numbers or null" in message


def test_a_history_longer_than_a_run_keeps_is_refused_before_decoding(monkeypatch):
    text = encode(capture(trained("wind", 8)))
    monkeypatch.setattr(History, "MAX_STEPS", 5)
    with pytest.raises(SessionError, match="history.loss holds more than 5 steps"):
        decode(text, "long.json")
    with pytest.raises(SessionError, match="holds more than 5 steps"):
        decode(version_1(text), "long.json")


def test_a_diverged_run_is_saved_with_its_last_good_weights():
    trainer = trained("step-size", 20, lr=0.1)
    saved = decode(encode(capture(trainer)), "run.json")
    assert saved.diverged == trainer.diverged
    for a, b in zip(saved.weights, trainer.last_good, strict=True):
        assert np.array_equal(a, b)
    carried_on = restore(saved)
    assert carried_on.diverged is None
    trainer.restore_last_good()
    for a, b in zip(carried_on.network.params, trainer.network.params, strict=True):
        assert np.array_equal(a, b)


def test_overrides_must_keep_the_network_shape():
    saved = decode(encode(capture(trained("wind", 2))), "run.json")
    with pytest.raises(ConfigError, match="does not fit"):
        restore(saved, hidden=(8,))
    assert restore(saved, lr=0.02).config.lr == 0.02


def test_a_new_seed_or_optimizer_starts_fresh_streams_or_state():
    trainer = trained("wind", 3)
    saved = decode(encode(capture(trainer)), "run.json")
    reseeded = restore(saved, seed=99)
    assert reseeded.shots.rng_states() != saved.rng
    switched = restore(saved, optimizer="gd")
    assert switched.optimizer.state()["slots"] == []
    assert np.array_equal(switched.network.params[0], trainer.network.params[0])


# --- bad files --------------------------------------------------------------------------------
def write(tmp_path, text, name="bad.json"):
    path = tmp_path / name
    path.write_text(text) if isinstance(text, str) else path.write_bytes(text)
    return path


def load_error(path, **kwargs):
    with pytest.raises(SessionError) as caught:
        files.load_session(path, **kwargs)
    message = str(caught.value)
    assert path.name in message and "\n" not in message and len(message) <= 200
    return message


def edited(change, lesson="wind"):
    doc = document(trained(lesson, 3))
    change(doc)
    return json.dumps(doc)


def set_path(doc, keys, value):
    for key in keys[:-1]:
        doc = doc[key]
    doc[keys[-1]] = value


def test_corrupt_json(tmp_path):
    assert "not valid JSON" in load_error(write(tmp_path, '{"format": "shooter-session", x}'))


def test_truncated_file(tmp_path):
    text = encode(capture(trained("wind", 3)))
    assert "truncated" in load_error(write(tmp_path, text[: len(text) // 2]))


def test_empty_and_binary_files(tmp_path):
    assert "empty" in load_error(write(tmp_path, ""))
    assert "UTF-8" in load_error(write(tmp_path, b"\xff\xfe\x00garbage"))


def test_missing_file_and_folder(tmp_path):
    assert "cannot be read" in load_error(tmp_path / "nowhere.json")
    assert "not a regular file" in load_error(tmp_path)


@pytest.mark.parametrize("version,problem", [
    (3, "newer than"), (0, "unsupported"), ("2", "whole number"), (None, "no schema_version")])
def test_wrong_version(tmp_path, version, problem):
    text = edited(lambda d: d.update(schema_version=version))
    assert problem in load_error(write(tmp_path, text))


def test_not_a_session(tmp_path):
    assert "not a Shooter session" in load_error(write(tmp_path, '{"hello": 1}'))
    assert "not a JSON object" in load_error(write(tmp_path, "[1, 2]"))


@pytest.mark.parametrize("keys,value,problem", [
    (("network", "layers", 0, "W"), [[0.0] * 16], "network.layers[0].W must have shape (2, 16)"),
    (("network", "layers", 1, "b"), [0.0, 0.0, 0.0], "network.layers[1].b must have shape (2)"),
    (("network", "layers"), [], "must list 2 layers"),
    (("optimizer", "slots", 0, 0), [[1.0]], "optimizer.slots[0][0] must have shape (2, 16)"),
    (("history", "loss"), [1.0, 2.0], "history.loss must be base64 text"),
    (("history", "loss"), "AAAA!AAA", "history.loss must be base64 text"),
    (("history", "loss"), "AAAAAAA=", "history.loss must be base64 text of 8-byte numbers"),
    (("history", "loss"), session_io.encode_series([1.0]), "differ in length"),
    (("rng", "tremor", "state", "inc"), 12, "128-bit hex"),
    (("config", "batch"), 2.5, "config.batch must be a whole number"),
    (("config", "batch"), True, "config.batch must be a whole number"),
    (("config", "lr"), -1.0, "learning rate must be a positive number"),
    (("config", "activation"), "swish", "Unknown activation"),
    (("config", "environment", "distance_m"), [100.0], "distance_m must be a list of 2"),
    (("config", "environment", "crosswind_mps"), [-80.0, 80.0], "crosswind"),
    (("iteration",), 99, "iteration must be a whole number between"),
    (("config", "colour"), "red", "unknown keys: colour"),
])
def test_wrong_types_ranges_and_shapes(tmp_path, keys, value, problem):
    text = edited(lambda d: set_path(d, keys, value))
    assert problem in load_error(write(tmp_path, text))


def test_missing_keys(tmp_path):
    text = edited(lambda d: d["config"].pop("seed"))
    assert "config lacks seed" in load_error(write(tmp_path, text))


def test_nan_weights(tmp_path):
    text = edited(lambda d: set_path(d, ("network", "layers", 0, "b", 3), 12345.5))
    text = text.replace("12345.5", "1e999")  # JSON that parses to infinity
    assert "network.layers[0].b holds a non-finite number" in load_error(write(tmp_path, text))
    text = edited(lambda d: set_path(d, ("network", "layers", 0, "b", 3), None))
    assert "numbers only" in load_error(write(tmp_path, text))
    nan_text = encode(capture(trained("wind", 3))).replace('"b":[', '"b":[NaN,', 1)
    assert "NaN is not allowed" in load_error(write(tmp_path, nan_text))


def test_deeply_nested(tmp_path):
    text = '{"format": "shooter-session", "x": ' + "[" * 100000 + "]" * 100000 + "}"
    assert "nested more than" in load_error(write(tmp_path, text))


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path):
    text = edited(lambda d: set_path(d, ("config", "lesson"), "[" * (session_io.MAX_DEPTH + 5)))
    with pytest.raises(SessionError, match="is not a lesson") as error:  # read, not "too deep"
        decode(text, "run.json")
    assert "nested" not in str(error.value)


def test_oversized(tmp_path):
    path = write(tmp_path, encode(capture(trained("wind", 3))))
    assert "larger than 1000 bytes" in load_error(path, max_bytes=1000)
    with pytest.raises(SessionError, match="larger than"):
        decode(b" " * (session_io.MAX_SESSION_BYTES + 1), "huge.json")


def test_huge_integer_is_an_error_not_a_crash(tmp_path):
    text = edited(lambda d: d.update(iteration=424242)).replace("424242", "9" * 5000)
    message = load_error(write(tmp_path, text))
    # Python >= 3.11 refuses to parse it; older ones parse it and the range check refuses it.
    assert "not usable JSON" in message or "iteration must be" in message


def test_repeated_key(tmp_path):
    text = encode(capture(trained("wind", 3))).replace('"iteration":3', '"iteration":3,'
                                                       '"iteration":2')
    assert "repeats a key" in load_error(write(tmp_path, text))


def test_adam_state_is_checked(tmp_path):
    text = edited(lambda d: set_path(d, ("optimizer", "slots", 2, 0), [0.0]))
    assert "step count" in load_error(write(tmp_path, text))


# --- atomic saving ---------------------------------------------------------------------------
def test_failed_encoding_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "run.json"
    files.save_session(path, trained("wind", 2))
    before = path.read_bytes()

    def broken_dumps(*args, **kwargs):
        raise RuntimeError("disk full while encoding")

    monkeypatch.setattr(session_io.json, "dumps", broken_dumps)
    with pytest.raises(RuntimeError):
        files.save_session(path, trained("wind", 5))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.json"]


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "run.json"
    files.save_session(path, trained("wind", 2))
    before = path.read_bytes()

    def broken_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(SessionError, match="the disk is full") as caught:
        files.save_session(path, trained("wind", 5))
    assert path.name in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.json"]


def test_save_into_a_missing_folder_is_a_session_error(tmp_path):
    with pytest.raises(SessionError, match="cannot be written"):
        files.save_session(tmp_path / "no" / "run.json", trained("sight-in", 1))


def test_saved_file_keeps_existing_permissions(tmp_path):
    path = tmp_path / "run.json"
    path.write_text("old")
    path.chmod(0o600)
    files.save_session(path, trained("sight-in", 1))
    assert path.stat().st_mode & 0o777 == 0o600
