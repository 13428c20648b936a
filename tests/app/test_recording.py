"""Animations for slides: what the window shows, step by step, in a file that decodes;
kept compactly and within a memory budget."""

import io

import numpy as np
import pytest
from PIL import Image

from shooter.app import recording as recording_module
from shooter.app.animation_frames import FORMATS, least_bytes, store_of, write_frames
from shooter.app.recording import (
    PHASES_PER_STEP,
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
    recording = Recording(window, Plan(tmp_path / "a.webp", steps=1, size=(320, 180)))
    while not recording.done:
        recording.advance()
    store = recording.store
    first, last = (np.asarray(store.image(i), dtype=int) for i in (0, len(store) - 1))
    assert np.abs(first - last).sum() > 0  # the hole, the arrow and the plots appeared
    assert len(store) < store.grabbed  # the phases held still are kept once each


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
        write_animation(store_of(frames, "GIF", 100), old)
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


def slide_frames(count=12, size=(96, 64), seed=7):
    """Pictures like a recording's: a still background, a mark that moves now and then,
    some pictures held for several frames."""
    rng = np.random.default_rng(seed)
    background = rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
    frames, picture = [], background
    for i in range(count):
        if i % 3 != 2:  # every third frame holds the picture before it
            picture = background.copy()
            x, y = int(rng.integers(0, size[0] - 8)), int(rng.integers(0, size[1] - 8))
            picture[y:y + 8, x:x + 8] = (255, 0, 0)
        frames.append(Image.fromarray(picture))
    return frames


def shown(data, frame_ms):
    """What a file shows, frame time by frame time: RGB bytes repeated per duration."""
    timeline = []
    with Image.open(io.BytesIO(data)) as image:
        for index in range(image.n_frames):
            image.seek(index)
            picture = image.convert("RGB").tobytes()  # WebP tells a duration once decoded
            repeats = image.info["duration"] / frame_ms
            assert repeats == int(repeats)
            timeline += [picture] * int(repeats)
    return timeline


def test_identical_frames_in_a_row_are_kept_once_with_their_durations_summed():
    red, blue = Image.new("RGB", (40, 30), "red"), Image.new("RGB", (40, 30), "blue")
    for kind in sorted(set(FORMATS.values())):
        store = store_of([red, red, red, blue, blue, red], kind, 100)
        assert store.durations == [300, 200, 100]
        assert sum(store.durations) == 6 * 100 and store.grabbed == 6
        assert store.image(1).convert("RGB").tobytes() == blue.tobytes()


def test_an_apng_shows_every_frame_for_its_time_exactly():
    frames = slide_frames()
    store = store_of(frames, "PNG", 100)
    encoded = io.BytesIO()
    write_frames(store, encoded)
    assert len(store) < len(frames)
    assert shown(encoded.getvalue(), 100) == [f.tobytes() for f in frames]


@pytest.mark.parametrize("kind", ["GIF", "PNG", "WEBP"])
def test_the_file_is_what_pillow_makes_of_all_the_frames_held_at_once(kind):
    """The compact store and the frame-by-frame GIF writer change memory, not the file."""
    frames, frame_ms = slide_frames(), 100
    options = {"save_all": True, "append_images": frames[1:], "duration": frame_ms,
               "loop": 0}
    first = frames[0]
    if kind == "GIF":
        quantized = [f.quantize(colors=256, method=Image.Quantize.FASTOCTREE) for f in frames]
        first = quantized[0]
        options.update(append_images=quantized[1:], optimize=False, disposal=1)
    elif kind == "WEBP":
        options.update(lossless=False, quality=90, method=4)
    held = io.BytesIO()
    first.save(held, format=kind, **options)
    streamed = io.BytesIO()
    write_frames(store_of(frames, kind, frame_ms), streamed)
    assert streamed.getvalue() == held.getvalue()
    assert len(shown(streamed.getvalue(), frame_ms)) == len(frames)  # same total duration


def budget_between(monkeypatch, plan):
    """A budget the up-front estimate of `plan` passes and its recording cannot stay within."""
    kind, size = plan.kind, plan.size
    monkeypatch.setattr(recording_module, "MEMORY_BUDGET",
                        int(least_bytes(kind, size, PHASES_PER_STEP * plan.steps)) + 1)


def test_a_recording_past_the_memory_budget_stops_and_writes_nothing(
        make_window, tmp_path, monkeypatch):
    window = make_window("sight-in", (1024, 700))
    plan = Plan(tmp_path / "long.gif", steps=2, size=(320, 180))
    budget_between(monkeypatch, plan)
    recording = Recording(window, plan)
    with pytest.raises(ShooterError) as caught:
        recording.run()
    assert caught.value.message.key == "record.memory_gif"
    assert "fewer steps or a smaller size" in str(caught.value)
    assert not recording.done and recording.store.grabbed > 0  # it stopped on the way
    assert list(tmp_path.iterdir()) == []


def test_an_obviously_too_long_request_is_refused_before_the_first_frame(
        make_window, tmp_path, monkeypatch):
    window = make_window("sight-in", (1024, 700))
    before = saved_text(window)
    plan = Plan(tmp_path / "long.png", steps=10_000, size=(3840, 2160))
    with pytest.raises(ShooterError) as caught:
        plan.checked()
    assert caught.value.message.key == "record.memory" and ".gif" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert Plan(tmp_path / "short.gif", steps=60).checked()  # a long lesson's GIF is fine
    assert Plan(tmp_path / "short.png", steps=60).checked()  # its APNG too, frame by frame
    assert saved_text(window) == before


def test_an_export_past_the_budget_leaves_the_run_where_it_was(
        make_window, qtbot, tmp_path, monkeypatch):
    window = make_window("sight-in", (1024, 700))
    for _ in range(3):
        window.session.step()
    before = saved_text(window)
    plan = Plan(tmp_path / "long.webp", steps=2, size=(320, 180))
    budget_between(monkeypatch, plan)
    export = AnimationExport(window, plan)
    finished = []
    export.finished.connect(lambda *args: finished.append(args))
    with qtbot.waitSignal(export.failed, timeout=60000) as failed:
        export.start()
    assert failed.args[0].message.key == "record.memory" and not finished
    assert not export.dialog.isVisible()
    assert list(tmp_path.iterdir()) == []
    assert window.session.trainer.iteration == 3
    assert saved_text(window) == before


def test_the_window_tells_why_an_export_stopped_instead_of_crashing(
        make_window, qtbot, tmp_path, monkeypatch):
    window = make_window("sight-in", (1024, 700))
    for _ in range(2):
        window.session.step()
    before = saved_text(window)
    plan = Plan(tmp_path / "long.gif", steps=2, size=(320, 180))
    budget_between(monkeypatch, plan)
    assert window.record_animation(plan)
    qtbot.waitUntil(lambda: getattr(window, "last_error", None) is not None, timeout=60000)
    title, message = window.last_error
    assert title == "Could not export" and "more than a recording may use" in message
    assert "\n" not in message and list(tmp_path.iterdir()) == []
    assert saved_text(window) == before
    monkeypatch.setattr(recording_module, "MEMORY_BUDGET", 1)  # refused before it starts
    window.last_error = None
    assert not window.record_animation(plan)
    assert "more than a recording may use" in window.last_error[1]
    assert saved_text(window) == before


@pytest.mark.parametrize(("held", "frame_ms", "within_ms"), [(1001, 67, 10), (7826, 67, 100)])
def test_an_apng_frame_held_over_a_minute_keeps_its_time(held, frame_ms, within_ms):
    """APNG writes a duration as two 16-bit numbers: 67,067 ms and 524,342 ms need a
    coarser fraction of a second."""
    red, blue = Image.new("RGB", (40, 30), "red"), Image.new("RGB", (40, 30), "blue")
    store = store_of([red] * held + [blue], "PNG", frame_ms)
    encoded = io.BytesIO()
    write_frames(store, encoded)
    with Image.open(io.BytesIO(encoded.getvalue())) as image:
        assert image.n_frames == 2
        assert abs(image.info["duration"] - held * frame_ms) <= within_ms
        image.seek(1)
        assert image.convert("RGB").tobytes() == blue.tobytes()


def test_an_apng_frame_changed_only_at_its_far_corner_is_what_pillow_writes():
    """Only the changed box is written after the first frame, wherever it lies."""
    first = Image.new("RGB", (40, 30), "white")
    second = first.copy()
    second.paste((200, 30, 30), (30, 20, 40, 30))  # the bottom-right corner alone
    held = io.BytesIO()
    first.save(held, format="PNG", save_all=True, append_images=[second], duration=100,
               loop=0)
    streamed = io.BytesIO()
    write_frames(store_of([first, second], "PNG", 100), streamed)
    assert shown(streamed.getvalue(), 100) == [first.tobytes(), second.tobytes()]
    assert streamed.getvalue() == held.getvalue()
