"""Opening the app from outside: the window built as `shooter [options] [FILE]` asks."""

import pytest

from shooter import cli
from shooter.app.main import build_window, check_launch
from shooter.core.messages import ShooterError
from shooter.core.session_io import SessionError


@pytest.fixture
def launched(qtbot):
    """build_window(...) as run() calls it; English comes back afterwards."""
    windows = []

    def launch(**options):
        window = build_window(**options)
        window.ask_save_changes = lambda: "discard"
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield launch
    for window in windows:
        window.set_language("en")


def saved_run(tmp_path, capsys, lesson="wind", name="wind.shooter"):
    path = tmp_path / name
    assert cli.main(["train", "--lesson", lesson, "--steps", "3", "--save", str(path)]) == 0
    capsys.readouterr()
    return path


def test_a_lesson_in_chinese_for_the_projector(launched):
    window = launched(lesson="wind", language="zh_CN", present=True)
    assert window.session.lesson.key == "wind"
    assert window.languages.current == "zh_CN"
    assert window.presenting and window.isFullScreen()
    assert window.lesson_name.text() == "风与距离"  # the lesson title in Chinese


def test_a_plain_start_keeps_the_remembered_lesson_and_the_desk_layout(launched):
    window = launched()
    assert window.session.lesson.key == "sight-in" and not window.presenting


@pytest.mark.parametrize("name", ["wind.shooter", "wind.json"])
def test_a_session_file_opens_where_it_was_left(launched, tmp_path, capsys, name):
    path = saved_run(tmp_path, capsys, name=name)
    window = launched(file=str(path))
    assert window.session.path == str(path)
    assert window.session.lesson.key == "wind" and window.session.trainer.iteration == 3
    assert not window.session.dirty


def test_file_and_its_own_lesson_agree(launched, tmp_path, capsys):
    path = saved_run(tmp_path, capsys)
    check_launch(file=str(path), lesson="wind")  # no complaint
    window = launched(file=str(path), lesson="wind")
    assert window.session.trainer.iteration == 3


@pytest.mark.parametrize("options,error", [
    ({"language": "xx"}, ShooterError),
    ({"lesson": "nope"}, ShooterError),
    ({"file": "/no/such/run.shooter"}, SessionError),
])
def test_bad_launch_options_are_refused_before_a_window(options, error):
    with pytest.raises(error):
        check_launch(**options)
