"""--save and --csv: checked before the run starts, and a failure after it loses nothing."""

import errno
import os

import pytest

from shooter import cli, files
from shooter.core.trainer import Trainer
from shooter.files import load_session


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err):
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shooter: error: "), err
    assert len(lines[0]) <= 220 and "\x1b" not in lines[0]
    return lines[0]


@pytest.fixture
def steps_taken(monkeypatch):
    """Counts training steps, to tell a refused run from one that ran."""
    taken = []
    real_step = Trainer.step

    def counted(self):
        taken.append(1)
        return real_step(self)

    monkeypatch.setattr(Trainer, "step", counted)
    return taken


@pytest.mark.parametrize("option", ["--save", "--csv"])
def test_an_output_that_is_a_folder_is_refused_before_the_first_step(
        capsys, tmp_path, steps_taken, option):
    good = tmp_path / "good.json"
    other = "--csv" if option == "--save" else "--save"
    code, out, err = run(capsys, "train", "--lesson", "wind", "--steps", "3000",
                         option, str(tmp_path), other, str(good))
    assert code == 2 and out == "" and steps_taken == []
    assert "it is a folder" in one_error_line(err)
    assert not good.exists()


@pytest.mark.parametrize("option", ["--save", "--csv", "--session"])
def test_an_empty_file_name_is_refused_not_ignored(capsys, steps_taken, option):
    code, out, err = run(capsys, "train", "--lesson", "sight-in", option, "")
    assert code == 2 and steps_taken == []
    assert f"{option} needs a file name" in one_error_line(err)


def test_a_missing_folder_is_named_before_the_run(capsys, tmp_path, steps_taken):
    target = tmp_path / "no-such-folder" / "run.shooter"
    code, out, err = run(capsys, "train", "--lesson", "sight-in", "--save", str(target))
    assert code == 2 and steps_taken == []
    assert "run.shooter: cannot be written (no such file or folder)" in one_error_line(err)


def test_special_files_are_never_written_over(capsys, tmp_path, steps_taken):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (str(fifo), os.devnull):
        code, out, err = run(capsys, "train", "--lesson", "sight-in", "--save", path)
        assert code == 2 and "not a regular file" in one_error_line(err)
    assert steps_taken == [] and os.path.exists(os.devnull)


def test_a_read_only_file_is_refused(capsys, tmp_path, steps_taken):
    locked = tmp_path / "kept.csv"
    locked.write_text("precious\n")
    locked.chmod(0o444)
    code, out, err = run(capsys, "train", "--lesson", "sight-in", "--csv", str(locked))
    assert code == 2 and "read-only" in one_error_line(err) and steps_taken == []
    assert locked.read_text() == "precious\n"


def test_save_and_csv_on_the_same_file_are_refused(capsys, tmp_path, steps_taken):
    path = tmp_path / "both"
    code, out, err = run(capsys, "train", "--lesson", "sight-in", "--save", str(path),
                         "--csv", str(tmp_path / "." / "both"))
    assert code == 2 and "name the same file" in one_error_line(err) and steps_taken == []


def test_a_csv_failing_after_the_run_keeps_the_session_and_the_results(
        capsys, tmp_path, monkeypatch):
    """The disk fills up as the run ends: the session is still saved, the summary printed,
    and the CSV's failure is one line with exit status 2."""
    def disk_full(path, history):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(files, "write_history_csv", disk_full)
    good, table = tmp_path / "good.json", tmp_path / "history.csv"
    code, out, err = run(capsys, "train", "--lesson", "sight-in", "--steps", "4",
                         "--csv", str(table), "--save", str(good))
    assert code == 2
    assert "--csv" in one_error_line(err) and "No space left on device" in err
    assert load_session(good).iteration == 4  # the run is kept
    assert "session saved to" in out and "final loss" in out and not table.exists()


def test_json_says_which_outputs_were_written(capsys, tmp_path, monkeypatch):
    import json

    def disk_full(path, history):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files, "write_history_csv", disk_full)
    code, out, err = run(capsys, "train", "--lesson", "sight-in", "--steps", "2", "--json",
                         "--csv", str(tmp_path / "h.csv"), "--save", str(tmp_path / "s.json"))
    result = json.loads(out)
    assert code == 2 and result["saved"] == str(tmp_path / "s.json") and "csv" not in result


def test_a_long_path_keeps_its_file_name_in_the_message(capsys, tmp_path):
    deep = tmp_path / ("d" * 150) / "my-run.shooter"
    code, out, err = run(capsys, "train", "--lesson", "sight-in", "--save", str(deep))
    line = one_error_line(err)
    assert "my-run.shooter" in line and len(line) <= 200
