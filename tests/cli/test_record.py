"""`shooter record`: an animation file from the command line, or one clear line and no file."""

import pytest
from PIL import Image

from shooter.cli import main


@pytest.fixture
def english_afterwards(qapp):
    yield
    from shooter.i18n import Languages

    Languages().switch("en")


def test_eight_steps_of_sight_in_make_a_gif_of_at_least_eight_frames(
        tmp_path, capsys, english_afterwards):
    out = tmp_path / "x.gif"
    code = main(["record", "--lesson", "sight-in", "--steps", "8", "--out", str(out),
                 "--size", "480x270"])
    assert code == 0
    with Image.open(out) as gif:
        assert gif.format == "GIF" and gif.n_frames >= 8 and gif.size == (480, 270)
    summary = capsys.readouterr().out.strip().splitlines()
    assert len(summary) == 1 and "8 steps" in summary[0] and str(out) in summary[0]


def test_a_chinese_recording_from_a_saved_session(tmp_path, english_afterwards):
    session = tmp_path / "run.json"
    assert main(["train", "--lesson", "burst", "--steps", "3", "--save", str(session)]) == 0
    out = tmp_path / "burst.webp"
    assert main(["record", "--session", str(session), "--steps", "1", "--out", str(out),
                 "--language", "zh_CN", "--size", "320x180", "--fps", "5"]) == 0
    with Image.open(out) as webp:
        assert webp.is_animated and webp.size == (320, 180)


@pytest.mark.parametrize("arguments, words", [
    (["--out", "{tmp}/x.mp4"], "an animation is written as one of"),
    (["--out", "{tmp}/x.gif", "--size", "9000x9000"], "outside"),
    (["--out", "{tmp}/x.gif", "--size", "large"], "width x height"),
    (["--out", "{tmp}/no/folder/x.gif"], "no such file or folder"),
    (["--out", "{tmp}/x.gif", "--lesson", "nope"], "invalid choice"),
    (["--out", "{tmp}/x.gif", "--language", "fr"], "unknown language"),
])
def test_bad_requests_end_in_one_line_and_no_file(tmp_path, capsys, arguments, words):
    argv = ["record", "--steps", "2"] + [a.format(tmp=tmp_path) for a in arguments]
    assert main(argv) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and words in error[0]
    assert list(tmp_path.iterdir()) == []


def test_a_recording_past_the_memory_budget_ends_in_one_line_and_no_file(
        tmp_path, capsys, monkeypatch, english_afterwards):
    from shooter.app import recording
    from shooter.app.animation_frames import least_bytes

    # passes the estimate made before the first frame, not the figure kept while recording
    steps, size = 2, (320, 180)
    monkeypatch.setattr(recording, "MEMORY_BUDGET",
                        int(least_bytes("GIF", size, recording.PHASES_PER_STEP * steps)) + 1)
    out = tmp_path / "x.gif"
    assert main(["record", "--steps", str(steps), "--size", "320x180", "--out", str(out)]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "more than a recording may use" in error[0]
    assert "fewer steps or a smaller size" in error[0]
    assert list(tmp_path.iterdir()) == []


def test_an_obviously_too_long_recording_is_refused_before_it_starts(
        tmp_path, capsys, monkeypatch):
    from shooter.app import recording

    def never(*_args, **_kwargs):
        raise AssertionError("frames were grabbed")

    monkeypatch.setattr(recording, "record_lesson", never)
    out = tmp_path / "x.png"
    argv = ["record", "--steps", "10000", "--size", "3840x2160", "--out", str(out)]
    assert main(argv) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "more than a recording may use" in error[0] and ".gif" in error[0]
    assert list(tmp_path.iterdir()) == []
