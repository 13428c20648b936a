"""Animations for slides: what the window shows, step by step, in a file that decodes."""

import numpy as np
import pytest
from PIL import Image

from shooter.app.recording import (
    AnimationExport,
    Plan,
    Recording,
    parse_size,
    write_animation,
)
from shooter.core.messages import ShooterError
from shooter.core.session_io import capture, encode


def saved_text(window):
    """The whole run as its session file would hold it: weights, optimiser, streams."""
    return encode(capture(window.session.trainer))


def frames_of(path):
    with Image.open(path) as image:
        return image.n_frames, image.size, getattr(image, "is_animated", False)


@pytest.mark.parametrize("suffix", [".gif", ".png", ".webp"])
def test_two_steps_decode_as_an_animation_of_the_chosen_size(make_window, tmp_path, suffix):
    window = make_window("sight-in", (1024, 700))
    path = tmp_path / f"run{suffix}"
    written = Recording(window, Plan(path, steps=2, size=(640, 360), fps=10)).run()
    count, size, animated = frames_of(path)
    assert size == (640, 360)
    assert animated and count >= 8  # at least a frame per phase
    assert written >= count  # identical frames in a row may be merged into one
    assert window.session.trainer.iteration == 2
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left beside it


def test_frames_show_the_shot_change(make_window, tmp_path):
    window = make_window("sight-in", (1024, 700))
    recording = Recording(window, Plan(tmp_path / "a.gif", steps=1, size=(320, 180)))
    while not recording.done:
        recording.advance()
    first, last = (np.asarray(f, dtype=int) for f in (recording.frames[0],
                                                     recording.frames[-1]))
    assert np.abs(first - last).sum() > 0  # the hole, the arrow and the plots appeared


def test_exporting_the_last_steps_leaves_the_run_where_it_was(make_window, qtbot, tmp_path):
    window = make_window("sight-in", (1024, 700))
    for _ in range(3):
        window.session.step()
    before = saved_text(window)
    export = AnimationExport(window, Plan(tmp_path / "last.gif", steps=2, size=(320, 180)))
    assert export.recording.phases == 8
    with qtbot.waitSignal(export.finished, timeout=60000) as done:
        export.start()
    path, count = done.args
    assert frames_of(path)[0] >= 8 and count >= 8
    assert window.session.trainer.iteration == 3
    assert saved_text(window) == before


def test_a_cancelled_export_writes_nothing_and_loses_nothing(make_window, tmp_path):
    window = make_window("sight-in", (1024, 700))
    for _ in range(2):
        window.session.step()
    before = saved_text(window)
    export = AnimationExport(window, Plan(tmp_path / "gone.gif", steps=2, size=(320, 180)))
    export.recording.advance()
    export.cancel()
    assert list(tmp_path.iterdir()) == []
    assert window.session.trainer.iteration == 2
    assert saved_text(window) == before


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch):
    import errno

    from shooter import files

    frames = [Image.new("RGB", (32, 32), (i * 40, 0, 0)) for i in range(3)]
    old = tmp_path / "x.gif"
    old.write_bytes(b"the animation from last week")

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OSError) as caught:
        write_animation(frames, old, 10)
    assert "the disk is full" in str(caught.value)
    assert list(tmp_path.iterdir()) == [old]
    assert old.read_bytes() == b"the animation from last week"


@pytest.mark.parametrize("plan, words", [
    (Plan("run.mp4", 8), "an animation is written as one of"),
    (Plan("run.gif", 0), "from 1 to 10000"),
    (Plan("run.gif", 8, size=(10, 10)), "outside"),
    (Plan("run.gif", 8, fps=0), "frame rate"),
    (Plan("/no/such/folder/run.gif", 8), "no such file or folder"),
])
def test_a_bad_plan_is_refused_with_a_clear_message(plan, words):
    with pytest.raises(ShooterError) as caught:
        plan.checked()
    assert words in str(caught.value)


def test_sizes_are_read_as_width_by_height():
    assert parse_size("1280x720") == (1280, 720)
    assert parse_size("640X360") == (640, 360)
    with pytest.raises(ShooterError):
        parse_size("big")
