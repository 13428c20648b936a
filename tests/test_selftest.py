"""`shooter --self-test`: one line per check, exit 0 only when the app really works."""

import os
import re
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon, QPixmap

from shooter import selftest
from shooter.app import main as app_main
from shooter.app.main_window import MainWindow

CHECKS = ("main window", "window icon", "Chinese font", "training sight-in", "training wind",
          "language switch", "render", "session save and reload", "no errors in event handlers")
# Slot exceptions are counted by the self-test itself (its last check), not by pytest-qt.
pytestmark = pytest.mark.qt_no_exception_capture
LINE = re.compile(r"^(PASS|FAIL) ([^:]+): ")


@pytest.fixture(autouse=True)
def user_settings(tmp_path, qapp):
    """Where the user's own preferences would go; the self-test must leave it alone."""
    folder = tmp_path / "user-settings"
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    yield folder


def results(output):
    """check name -> PASS/FAIL, from the self-test's lines."""
    found = {}
    for line in output.splitlines():
        match = LINE.match(line)
        if match:
            assert match.group(2) not in found, f"check reported twice: {line}"
            found[match.group(2)] = match.group(1)
    return found


def test_every_check_reports_one_line_and_the_exit_code_follows_them(capsys):
    code = selftest.run([])
    out = capsys.readouterr().out
    found = results(out)
    assert tuple(found) == CHECKS
    failed = [name for name, verdict in found.items() if verdict == "FAIL"]
    assert code == (1 if failed else 0)
    assert f"{len(CHECKS) - len(failed)} passed, {len(failed)} failed" in out


def test_the_app_passes_its_self_test(capsys):
    code = selftest.run([])
    out = capsys.readouterr().out
    assert code == 0, out


def test_a_blank_window_fails_the_render_check(capsys, monkeypatch):
    def blank_grab(self, *args):
        pixmap = QPixmap(self.size())
        pixmap.fill()
        return pixmap

    monkeypatch.setattr(MainWindow, "grab", blank_grab)
    code = selftest.run([])
    found = results(capsys.readouterr().out)
    assert found["render"] == "FAIL"
    assert found["main window"] == "PASS"
    assert code == 1


def test_a_failing_check_does_not_stop_the_others(capsys, monkeypatch):
    monkeypatch.setattr(selftest, "LESSONS_TRAINED", (("no-such-lesson", 10), ("wind", 20)))
    code = selftest.run([])
    out = capsys.readouterr().out
    found = results(out)
    assert found["training no-such-lesson"] == "FAIL"
    assert "KeyError" in out
    assert found["training wind"] == "PASS"
    assert "session save and reload" in found
    assert code == 1


def test_the_users_preferences_are_not_touched(user_settings, capsys):
    selftest.run([])
    capsys.readouterr()
    written = [p for p in user_settings.rglob("*") if p.is_file()] if user_settings.exists() else []
    assert written == []


def test_no_display_means_offscreen_but_an_explicit_platform_wins():
    linux = sys.platform.startswith("linux")
    environ = {}
    assert selftest.choose_platform(environ) == ("offscreen" if linux else None)
    assert environ.get("QT_QPA_PLATFORM") == ("offscreen" if linux else None)
    environ = {"QT_QPA_PLATFORM": "xcb"}
    assert selftest.choose_platform(environ) is None
    assert environ == {"QT_QPA_PLATFORM": "xcb"}


def test_the_command_line_runs_it(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "shooter", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert tuple(results(done.stdout)) == CHECKS
    assert done.returncode == (0 if "FAIL" not in done.stdout else 1)


@pytest.fixture
def keep_window_icon(qapp):
    icon = qapp.windowIcon()
    yield
    qapp.setWindowIcon(icon)


@pytest.mark.usefixtures("keep_window_icon")
def test_an_app_without_an_icon_fails_the_icon_check(capsys, monkeypatch):
    monkeypatch.setattr(app_main, "app_icon", QIcon)
    code = selftest.run([])
    found = results(capsys.readouterr().out)
    assert found["window icon"] == "FAIL"
    assert code == 1


def test_the_bundled_icon_comes_in_every_size_from_the_source_tree():
    sizes = {size.width() for size in app_main.bundled_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_a_frozen_app_takes_its_icon_from_the_bundle(tmp_path, monkeypatch):
    source = next(folder for folder in app_main.icon_folders() if folder.is_dir())
    apps = tmp_path / "resources" / "icons" / "hicolor" / "48x48" / "apps"
    apps.mkdir(parents=True)
    shutil.copy(source / "48x48" / "apps" / "shooter.png", apps)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    sizes = [size.width() for size in app_main.bundled_icon().availableSizes()]
    assert sizes == [48]


def test_a_language_left_on_elsewhere_does_not_hide_the_switch(capsys):
    """A recording or an earlier window that switched the app to Chinese and is still alive:
    the self-test's window starts in English all the same, and its switch is seen."""
    from shooter.i18n import Languages

    elsewhere = Languages()
    elsewhere.switch("zh_CN")
    try:
        selftest.run([])
        found = results(capsys.readouterr().out)
    finally:
        elsewhere.switch("en")
    assert found["language switch"] == "PASS"
