"""The command line as a user meets it: main([...]) with captured output."""

import csv
import io
import json
import subprocess
import sys
import types

import numpy as np
import pytest

from shooter import cli
from shooter.core import lesson_words
from shooter.core.lessons import LESSONS
from shooter.core.session_io import restore
from shooter.core.trainer import Trainer
from shooter.files import load_session


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code, err, *words):
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shooter: error: ")
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0]


# --- no arguments, --self-test, --version, lessons ------------------------------------------
def test_no_arguments_opens_the_app(capsys, monkeypatch):
    calls = []
    fake = types.ModuleType("shooter.app.main")
    fake.run = lambda **options: calls.append(options) or 0
    monkeypatch.setitem(sys.modules, "shooter.app.main", fake)
    assert cli.main([]) == 0
    assert calls == [{}]  # a plain start: the app opens as it was left


def test_app_that_cannot_load_is_a_one_line_message(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "shooter.app.main", None)  # import raises ImportError
    code, out, err = run(capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "desktop app is unavailable" in err


def test_self_test_delegates(capsys, monkeypatch):
    fake = types.ModuleType("shooter.selftest")
    fake.run = lambda: 5
    monkeypatch.setitem(sys.modules, "shooter.selftest", fake)
    assert cli.main(["--self-test"]) == 5
    monkeypatch.setitem(sys.modules, "shooter.selftest", None)
    code, out, err = run(capsys, "--self-test")
    assert code == 1 and "self-test is unavailable" in err


def test_version(capsys):
    code, out, err = run(capsys, "--version")
    assert code == 0 and out.startswith("shooter ") and out.count("\n") == 1


def test_starting_does_not_look_up_the_version():
    """Reading the installed version loads importlib.metadata and more (~30 ms); only
    --version needs it."""
    script = ("import sys\nfrom shooter.cli import main\nmain(['lessons'])\n"
              "print('importlib.metadata' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_lessons_lists_every_lesson_with_cases_and_a_description(capsys):
    code, out, err = run(capsys, "lessons")
    assert code == 0
    lines = out.strip().splitlines()
    assert [line.split()[0] for line in lines] == list(LESSONS)
    sight_in = lines[list(LESSONS).index("sight-in")]
    assert "T1,T2,T4" in sight_in and "bullseye" in sight_in
    assert set(lesson_words.GOALS) == set(lesson_words.TITLES) == set(LESSONS)


# --- train -----------------------------------------------------------------------------------
def test_sight_in_table_walks_from_an_outer_ring_to_the_bullseye(capsys):
    code, out, err = run(capsys, "train", "--lesson", "sight-in")
    assert code == 0 and err == ""  # quiet when stderr is not a terminal
    rows = [line.split() for line in out.splitlines() if line[:4].strip().isdigit()]
    assert [int(r[0]) for r in rows] == list(range(1, LESSONS["sight-in"].steps + 1))
    first, last = out.splitlines()[1], rows[-1]
    assert "upper left" in first and " 1 " in first
    assert int(last[5]) == 10  # shot, aim x2, impact x2, ring
    assert "final loss" in out


def test_burst_table_has_a_row_per_shot_numbered_by_burst_and_shot(capsys):
    code, out, err = run(capsys, "train", "--lesson", "burst", "--steps", "2")
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["burst", "shot"]
    rows = [line.split()[:2] for line in lines if line[:5].strip().isdigit()]
    assert code == 0 and rows == [[str(b), str(s)] for b in (1, 2) for s in (1, 2, 3)]


def test_long_runs_print_no_table(capsys):
    code, out, err = run(capsys, "train", "--lesson", "sight-in", "--steps", "21")
    assert code == 0 and "aim (mrad)" not in out and "final loss" in out


def test_json_is_one_object_with_the_results(capsys):
    code, out, err = run(capsys, "train", "--lesson", "wind", "--steps", "30", "--json")
    assert code == 0
    result = json.loads(out)  # the whole of stdout is one JSON object
    for key in ("lesson", "steps", "final_loss", "final_mean_score", "diverged", "seed",
                "heldout_loss"):
        assert key in result
    assert result["lesson"] == "wind" and result["steps"] == 30 and result["diverged"] is False
    trainer = Trainer(LESSONS["wind"].configured())
    trainer.run(30)
    assert result["final_loss"] == trainer.history.loss.values[-1]
    assert result["heldout_loss"] == trainer.heldout_loss()


def test_options_reach_the_trainer(capsys):
    code, out, err = run(capsys, "train", "--lesson", "sandbox", "--steps", "3", "--seed", "3",
                         "--lr", "0.02", "--batch", "5", "--hidden", "4,3", "--activation",
                         "relu", "--optimizer", "momentum", "--loss", "huber", "--json")
    result = json.loads(out)
    assert code == 0 and result["seed"] == 3
    assert result["config"] == {"inputs": ["distance", "crosswind", "headwind", "air_density"],
                                "hidden": [4, 3], "activation": "relu",
                                "optimizer": "momentum", "lr": 0.02, "batch": 5}


@pytest.mark.parametrize("hidden", ["", "0"])
def test_empty_hidden_means_no_hidden_layer(capsys, hidden):
    code, out, err = run(capsys, "train", "--lesson", "wind", "--steps", "2", "--hidden",
                         hidden, "--json")
    assert code == 0 and json.loads(out)["config"]["hidden"] == []


@pytest.mark.parametrize("argv,words", [
    (["--lr", "abc"], ["--lr", "abc"]),
    (["--lr", "0"], ["learning rate"]),
    (["--lr", "nan"], ["--lr", "finite"]),
    (["--lr", "-inf"], ["--lr", "finite"]),
    (["--lr", "1e400"], ["--lr", "finite"]),
    (["--lr", "1_000"], ["--lr", "1_000"]),
    (["--lr", "-0.5"], ["learning rate"]),
    (["--hidden", "1," * 99_999 + "1"], ["--hidden", "at most 4 hidden layers, got 100000"]),
    (["--seed", "1" + "0" * 400], ["--seed", "0..2147483647"]),
    (["--steps", "9" * 5000], ["--steps", "1..1000000"]),
    (["--steps", "1_000"], ["--steps", "digits only"]),
    (["--batch", "0"], ["--batch"]),
    (["--batch", "5000"], ["batch"]),
    (["--batch", "2.5"], ["--batch"]),
    (["--activation", "swish"], ["--activation", "swish"]),
    (["--hidden", "16,x"], ["--hidden"]),
    (["--hidden", "100"], ["hidden layer"]),
    (["--steps", "-3"], ["--steps"]),
    (["--seed", "-1"], ["--seed"]),
    (["--lesson", "nope"], ["--lesson"]),
])
def test_bad_values_give_one_line_and_exit_2(capsys, argv, words):
    code, out, err = run(capsys, "train", "--lesson", "sight-in", *argv)
    assert_one_line_error(code, err, *words)
    assert out == ""


def test_train_needs_a_lesson_or_a_session(capsys):
    code, out, err = run(capsys, "train")
    assert_one_line_error(code, err, "--lesson")


def test_divergence_is_reported_and_exits_0(capsys):
    code, out, err = run(capsys, "train", "--lesson", "step-size", "--lr", "0.1", "--steps",
                         "30", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["diverged"] == "range_lost" and result["steps"] < 30
    code, out, err = run(capsys, "train", "--lesson", "step-size", "--lr", "0.1")
    assert code == 0 and "diverged: the shots left the range" in out


def test_csv_holds_the_history(capsys, tmp_path):
    path = tmp_path / "history.csv"
    code, out, err = run(capsys, "train", "--lesson", "burst", "--steps", "4", "--csv",
                         str(path))
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    trainer = Trainer(LESSONS["burst"].configured())
    trainer.run(4)
    assert code == 0 and [int(r["iteration"]) for r in rows] == [0, 1, 2, 3]
    assert [float(r["loss"]) for r in rows] == trainer.history.loss.values.tolist()
    assert [float(r["grad_norm"]) for r in rows] == trainer.history.grad_norm.values.tolist()
    assert [float(r["mean_score"]) for r in rows] == trainer.history.mean_score.values.tolist()


def test_save_then_continue_matches_one_longer_run(capsys, tmp_path):
    path = tmp_path / "wind.json"
    assert run(capsys, "train", "--lesson", "wind", "--steps", "6", "--save", str(path))[0] == 0
    code, out, err = run(capsys, "train", "--session", str(path), "--steps", "5", "--json",
                         "--save", str(path))
    resumed = json.loads(out)
    assert code == 0 and resumed["iteration"] == 11 and resumed["steps"] == 5
    straight = Trainer(LESSONS["wind"].configured())
    straight.run(11)
    assert resumed["final_loss"] == straight.history.loss.values[-1]
    loaded = restore(load_session(path))
    for a, b in zip(loaded.network.params, straight.network.params, strict=True):
        assert np.array_equal(a, b)


def test_session_from_another_lesson_conflicts_with_lesson(capsys, tmp_path):
    path = tmp_path / "wind.json"
    cli.main(["train", "--lesson", "wind", "--steps", "1", "--save", str(path)])
    code, out, err = run(capsys, "train", "--lesson", "burst", "--session", str(path))
    assert_one_line_error(code, err, "wind")


def test_session_with_a_different_network_shape_is_refused(capsys, tmp_path):
    path = tmp_path / "wind.json"
    cli.main(["train", "--lesson", "wind", "--steps", "1", "--save", str(path)])
    code, out, err = run(capsys, "train", "--session", str(path), "--hidden", "8,8")
    assert_one_line_error(code, err, "does not fit")


@pytest.mark.parametrize("text,problem", [
    ("{not json", "not valid JSON"),
    ('{"format": "shooter-session", "schema_version": 9}', "newer"),
])
def test_bad_session_file_is_one_line_naming_the_file(capsys, tmp_path, text, problem):
    path = tmp_path / "broken.json"
    path.write_text(text)
    for command in ("train", "explain"):
        code, out, err = run(capsys, command, "--session", str(path))
        assert_one_line_error(code, err, str(path), problem)


def test_unwritable_save_target_is_one_line(capsys, tmp_path):
    target = tmp_path / "missing" / "run.json"
    code, out, err = run(capsys, "train", "--lesson", "sight-in", "--steps", "1", "--save",
                         str(target))
    assert_one_line_error(code, err, "missing/run.json", "no such file or folder")


# --- progress bar ----------------------------------------------------------------------------
class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal(monkeypatch, capsys):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["train", "--lesson", "sight-in", "--steps", "200"]) == 0
    frames = terminal.getvalue().split("\r")
    assert frames[-1].startswith("[" + "#" * 30 + "] 200/200")
    assert 2 < len(frames) <= 102  # redrawn about once per percent, not every step


def test_help_describes_the_exit_status(capsys):
    code, out, err = run(capsys, "train", "--help")
    assert code == 0 and "Exit status" in out and "diverged" in out


def test_ctrl_c_stops_after_the_step_and_still_saves(capsys, tmp_path, monkeypatch):
    import signal

    real_step = Trainer.step
    calls = []

    def step_then_ctrl_c(self):
        record = real_step(self)
        calls.append(1)
        if len(calls) == 3:
            signal.raise_signal(signal.SIGINT)  # as if pressed during the third step
        return record

    monkeypatch.setattr(Trainer, "step", step_then_ctrl_c)
    path = tmp_path / "run.json"
    handler_before = signal.getsignal(signal.SIGINT)
    code, out, err = run(capsys, "train", "--lesson", "wind", "--steps", "50", "--json",
                         "--save", str(path))
    result = json.loads(out)
    assert code == 130 and result["interrupted"] is True and result["steps"] == 3
    assert load_session(path).iteration == 3
    assert signal.getsignal(signal.SIGINT) is handler_before


def test_a_run_past_the_most_steps_a_session_keeps_is_refused_before_it_starts(
        tmp_path, capsys, monkeypatch):
    from shooter.core.history import History

    monkeypatch.setattr(History, "MAX_STEPS", 5)
    save = tmp_path / "run.json"
    assert cli.main(["train", "--lesson", "sight-in", "--steps", "6", "--save", str(save)]) == 2
    assert "5 steps" in capsys.readouterr().err
    assert not save.exists()
