"""`shooter FILE` and `shooter --lesson L --language X --present`: what reaches the app, and
bad values told in one line before any window."""

import sys
import types

import pytest

from shooter import cli
from shooter.app import main as app_main


@pytest.fixture
def app_calls(monkeypatch):
    """Replaces the desktop app: records the options it is started with."""
    calls = []
    fake = types.ModuleType("shooter.app.main")
    fake.run = lambda **options: calls.append(options) or 0
    monkeypatch.setitem(sys.modules, "shooter.app.main", fake)
    return calls


@pytest.fixture
def no_window(monkeypatch):
    """The real app module, but making an application fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("a window was started")

    monkeypatch.setattr(app_main, "create_application", refuse)


def one_error_line(capsys):
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shooter: error: "), err
    return lines[0]


@pytest.mark.parametrize("argv,options", [
    (["run.shooter"], {"file": "run.shooter"}),
    (["--lesson", "wind", "--present", "--language", "zh_CN"],
     {"lesson": "wind", "present": True, "language": "zh_CN"}),
    (["--language", "en", "old-run.json"], {"language": "en", "file": "old-run.json"}),
    (["./train"], {"file": "./train"}),  # a file named like a command
    (["--", "-odd-name.shooter"], {"file": "-odd-name.shooter"}),
])
def test_launch_options_reach_the_app(app_calls, argv, options):
    assert cli.main(argv) == 0
    assert app_calls == [options]


def test_commands_still_win_over_files(app_calls, capsys):
    assert cli.main(["lessons"]) == 0 and app_calls == []
    assert "sight-in" in capsys.readouterr().out


def test_an_unknown_lesson_is_one_line_before_the_app(app_calls, capsys):
    assert cli.main(["--lesson", "nope"]) == 2 and app_calls == []
    assert "--lesson" in one_error_line(capsys)


def test_an_unknown_language_is_one_line_before_any_window(no_window, capsys):
    assert cli.main(["--language", "fr\x1b[2J"]) == 2
    line = one_error_line(capsys)
    assert "unknown language" in line and "en, zh_CN" in line and "\x1b" not in line


@pytest.mark.parametrize("content,problem", [
    (None, "cannot be read"),
    ("{not json", "not valid JSON"),
])
def test_a_bad_file_is_one_line_before_any_window(no_window, capsys, tmp_path, content,
                                                   problem):
    path = tmp_path / "broken.shooter"
    if content is not None:
        path.write_text(content)
    assert cli.main([str(path)]) == 2
    line = one_error_line(capsys)
    assert "broken.shooter" in line and problem in line


def test_a_file_of_another_lesson_conflicts_with_lesson(no_window, capsys, tmp_path):
    path = tmp_path / "wind.shooter"
    assert cli.main(["train", "--lesson", "wind", "--steps", "1", "--save", str(path)]) == 0
    capsys.readouterr()
    assert cli.main(["--lesson", "burst", str(path)]) == 2
    assert "is lesson wind, not burst" in one_error_line(capsys)


def test_help_shows_the_launch_options_and_the_commands(capsys):
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("--lesson", "--language", "--present", "FILE", "train", "explain"):
        assert word in out
