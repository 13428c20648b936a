"""The assembled window: keys drive the phases, lessons and languages switch, it scales."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from shooter.app import cheat_sheet, control_panel, main_window
from shooter.app.lesson_texts import lesson_title
from shooter.app.main_window import MainWindow
from shooter.app.session import Session
from shooter.core.lessons import LESSONS


@pytest.fixture
def window(make_window):
    return make_window(size=(1280, 800))


def test_space_walks_the_phases_and_left_takes_them_back(window, qtbot):
    session = window.session
    phases = []
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key_Space)
        phases.append(session.trainer.next_phase)
    assert phases == ["loss", "pull_back", "adjust", "fire"]
    assert window.target.holes_count() == 1
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key_Left)
    assert session.trainer.next_phase == "fire" and session.trainer.iteration == 0
    assert window.target.holes_count() == 0


def test_every_lesson_opens_from_the_menu(window):
    for action in window.lesson_actions.actions():
        action.trigger()
        key = action.data()
        assert window.session.lesson.key == key
        assert window.lesson_name.text() and window.lesson_goal.text()
        has_view = bool(LESSONS[key].view)
        assert (window.tabs.count() == 2) == has_view


def test_language_switch_retranslates_without_restart(window):
    window.set_language("zh_CN")
    menus = [a.text() for a in window.menuBar().actions()]
    assert any("训练" in text for text in menus), menus
    assert "瞄" in window.lesson_goal.text() or "靶" in window.lesson_goal.text()
    assert window.controls.fire_button.text() == "射击"
    window.set_language("en")
    assert window.controls.fire_button.text() == "Fire"


def big_screen(window, width=3840, height=2160):
    """The offscreen screen is small: give the window the room of a bigger one."""
    room = QRect(0, 0, width, height)
    window.available_geometry = lambda: room


def test_scale_and_contrast_restyle_the_views(window):
    big_screen(window)
    before = window.narration.font().pointSizeF()
    window.set_scale(2.0)
    assert window.narration.font().pointSizeF() == pytest.approx(before * 2.0)
    window.toggle_contrast()
    assert window.style_.palette.background == "#000000"


def test_cheat_sheet_lists_every_shortcut(window, qtbot):
    qtbot.keyClick(window, Qt.Key_F1)
    assert window.cheat_sheet.isVisible()
    texts = dict(window.cheat_sheet.rows)
    assert "Next phase" in texts and "Presentation mode" in texts
    qtbot.keyClick(window.cheat_sheet, Qt.Key_Escape)
    assert not window.cheat_sheet.isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (3840, 2160)])
def test_lays_out_at_projector_sizes(qtbot, size):
    win = MainWindow(Session("wind"))
    win.ask_save_changes = lambda: "discard"
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    target = win.target
    assert target.width() >= 300 and target.height() >= 300
    assert win.controls_scroll.width() >= 200
    image = win.grab().toImage()
    assert image.width() >= size[0] * 0.95


def test_m_slows_the_flight_and_the_sweep_and_a_second_m_restores_them(window, qtbot):
    from shooter.app.main_window import SLOW_MOTION
    from shooter.app.network.view import SWEEP_MS
    from shooter.app.target import BASE_FLIGHT_MS

    target, network = window.target, window.network
    assert target.flight_duration_ms() == BASE_FLIGHT_MS
    qtbot.keyClick(window, Qt.Key_M)
    assert target.flight_duration_ms() == round(BASE_FLIGHT_MS / SLOW_MOTION)
    assert network.sweep_duration_ms() == SWEEP_MS / SLOW_MOTION
    session = window.session
    session.fire()
    assert target.in_flight()
    target.advance(BASE_FLIGHT_MS)  # a normal flight's time: still on its way
    assert target.in_flight()
    target.advance(target.flight_duration_ms())
    session.measure_loss()
    session.pull_back()
    network.advance(SWEEP_MS)  # a normal sweep's time covers only a quarter of the way
    assert network.sweep_progress() == pytest.approx(SLOW_MOTION)
    qtbot.keyClick(window, Qt.Key_M)
    assert target.flight_duration_ms() == BASE_FLIGHT_MS
    assert network.sweep_duration_ms() == SWEEP_MS
    network.advance(SWEEP_MS * (1 - SLOW_MOTION))  # the rest at full speed
    assert network.sweep_progress() == 1.0


def test_every_shortcut_on_the_cheat_sheet_triggers_its_action(window, qtbot):
    """Each key listed on F1 reaches exactly the action it names, none is ambiguous."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    window.toggle_cheat_sheet()
    rows = list(window.cheat_sheet.rows)
    window.toggle_cheat_sheet()
    assert len(rows) >= 30
    actions = {action.text().replace("&", ""): action for action in window.actions()}
    fired = []
    for text, action in actions.items():
        action.triggered.disconnect()  # count instead of opening dialogs or quitting
        action.triggered.connect(lambda _checked=False, text=text: fired.append(text))
    extra = {window.lesson_keys_row(), window.predict_keys_row()}
    assert extra <= set(rows)
    for text, keys in rows:
        if (text, keys) in extra:
            continue
        assert text in actions, f"the cheat sheet lists {text!r}, which no action has"
        for key in keys.split(" / "):
            sequence = QKeySequence(key, QKeySequence.NativeText)
            assert not sequence.isEmpty(), key
            assert sequence in actions[text].shortcuts()
            fired.clear()
            window.activateWindow()
            window.setFocus()
            QTest.keySequence(window, sequence)
            assert fired == [text], (key, fired)


def test_start_up_builds_menus_and_panel_once_in_the_current_language(qtbot, monkeypatch):
    from shooter.i18n import Languages, system_language

    rebuilt = []
    monkeypatch.setattr(MainWindow, "language_changed", lambda self: rebuilt.append(1))
    languages = Languages()
    win = MainWindow(Session("sight-in"), languages=languages)
    qtbot.addWidget(win)
    wanted = win.preferences["language"] or system_language()
    assert rebuilt == ([] if wanted == "en" else [1])  # a fresh catalogue starts in English


def test_presentation_gives_the_target_the_room_and_the_desk_comes_back(window, qtbot):
    scale = window.style_.scale
    window.toggle_presentation()
    window.showNormal()  # the offscreen screen is small: lay out as a 1920x1080 projector
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    assert window.presenting and not window.controls_scroll.isVisible()
    assert window.target.height() >= 0.7 * window.height()
    assert window.range_strip.isVisible() and window.range_strip.width() >= 300
    assert window.narration.font().pointSizeF() >= window.lesson_goal.font().pointSizeF()
    window.controls_action.trigger()  # F9: the panel is still there when needed
    assert window.controls_scroll.isVisible()
    window.toggle_presentation()
    assert not window.presenting and window.style_.scale == scale
    assert window.controls_scroll.isVisible() and window.lesson_goal.isVisible()
    assert window.range_strip.parent() is window.target.parent()  # back under the target


def test_the_control_panel_scrolls_in_a_small_window(window, qtbot):
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.height() == 768)
    panel, scroll = window.controls, window.controls_scroll
    assert panel.height() >= panel.minimumSizeHint().height()  # scrolled, not squeezed
    assert panel.width() >= panel.minimumSizeHint().width()
    assert scroll.verticalScrollBar().isVisible()
    # A panel wider than its room can be scrolled to: nothing is cut off for good.
    assert panel.width() <= scroll.viewport().width() or scroll.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("screen", [(1024, 768), (1920, 1080)])
def test_larger_stops_where_the_window_would_leave_the_screen(window, qtbot, screen):
    big_screen(window, *screen)
    for _ in range(12):  # Ctrl+= far past what fits
        window.set_scale(window.style_.scale * main_window.SCALE_STEP)
    needed = window.minimumSizeHint()
    assert needed.width() <= screen[0] and needed.height() <= screen[1]
    assert 1.0 <= window.style_.scale < 3.0
    if screen == (1920, 1080):
        assert window.style_.scale > 1.3  # a big screen still gets big text
    window.set_scale(window.style_.scale / main_window.SCALE_STEP)  # smaller always works
    assert window.fits_screen()


def test_the_title_names_the_app_once_and_marks_unsaved_work(window, qtbot):
    title = lesson_title("sight-in")
    app = QGuiApplication.instance()
    before = app.applicationDisplayName()
    app.setApplicationDisplayName("Shooter")
    window._show_lesson_texts()
    assert window.windowTitle() == f"{title}[*]"  # the platform adds " — Shooter"
    assert not window.isWindowModified()
    qtbot.keyClick(window, Qt.Key_S)  # a step: unsaved work
    assert window.isWindowModified()
    app.setApplicationDisplayName("")  # no name for the platform to add: the title has it
    window._show_lesson_texts()
    assert window.windowTitle().count("Shooter") == 1
    app.setApplicationDisplayName(before)


def test_a_new_lesson_never_widens_the_window(window, qtbot):
    big_screen(window, 1024, 768)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    for action in window.lesson_actions.actions():
        action.trigger()
        window.toggle_lesson_view()
        qtbot.wait(1)
        assert window.width() == 1024 and window.minimumSizeHint().width() <= 1024


def test_the_f1_sheet_is_made_on_first_use(window):
    assert window._cheat_sheet is None
    window.toggle_cheat_sheet()
    assert window.cheat_sheet.isVisible() and window.cheat_sheet.rows


@pytest.mark.parametrize("module", [main_window, control_panel, cheat_sheet])
def test_every_method_qt_calls_into_is_guarded(module):
    """Handlers Qt calls (events, filters) report an error instead of letting it into Qt."""
    handlers = []
    for cls in vars(module).values():
        if isinstance(cls, type) and cls.__module__ == module.__name__:
            handlers += [(cls.__name__, name, method) for name, method in vars(cls).items()
                         if callable(method) and (name.endswith("Event") or name in (
                             "event", "eventFilter"))]
    assert all(getattr(method, "guarded", False) for *_, method in handlers), handlers


@pytest.mark.parametrize("lesson", list(LESSONS))
def test_no_two_actions_share_a_key_in_any_lesson(make_window, qtbot, lesson):
    """The window's keys and each lesson view's own keys: one action per key."""
    window = make_window()
    if lesson:
        window.session.set_lesson(lesson)
        owners = {}
        for text, keys in window.shortcut_table():
            if (text, keys) in {window.lesson_keys_row(), window.predict_keys_row()}:
                continue
            for key in keys.split(" / "):
                assert key not in owners, f"{key}: {owners.get(key)!r} and {text!r} ({lesson})"
                owners[key] = text
        assert owners["G"] == "Go on from here" and owners["T"] == "Play the timeline back"
        assert owners["Ctrl+Z"] == window.undo_text()


def test_presentation_gives_the_plots_most_of_the_right_column_and_l_cycles_them(window, qtbot):
    window.toggle_presentation()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert window.plots.presenting()

    from shooter.app.main_window import PRESENTATION_NETWORK_PX, PRESENTATION_PLOTS_SHARE

    def plots_have_the_room():
        network, _strip, plots = window.right_column.sizes()
        # Half the column, unless the network then lacks the room its names need.
        names = max(window.network.minimumHeight(), PRESENTATION_NETWORK_PX * window.style_.scale)
        kept_for_names = network <= names + 1 and plots > network / 2
        half = PRESENTATION_PLOTS_SHARE * sum(window.right_column.sizes())
        return plots >= half or kept_for_names

    qtbot.waitUntil(plots_have_the_room)
    shown = window.plots._effective_shown()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_L)
    assert window.plots._effective_shown() != shown
    window.toggle_presentation()
    assert not window.plots.presenting()


def test_settings_that_were_reset_are_said_once_in_the_status_bar(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from shooter.app.preferences import Preferences
    from shooter.app.runs import KeptRuns

    ini = tmp_path / "settings.ini"
    ini.write_text("[General]\nscale=banana\n", encoding="utf-8")
    preferences = Preferences(QSettings(str(ini), QSettings.IniFormat))
    assert preferences.problem is not None
    win = MainWindow(Session("sight-in"), preferences=preferences,
                     runs=KeptRuns(str(tmp_path / "runs")))
    qtbot.addWidget(win)
    assert "scale" in win.statusBar().currentMessage()
    assert preferences.problem is None  # said once


def test_an_export_that_cannot_be_written_says_why_in_one_line(window, tmp_path):
    assert not window.export_to("history_csv", str(tmp_path / "missing" / "h.csv"))
    title, message = window.last_error
    assert title == "Could not export" and "\n" not in message
    assert "h.csv" in message


def test_export_animation_records_the_last_steps_and_names_the_file(window, qtbot, tmp_path):
    from PIL import Image

    from shooter.app.animation_dialog import steps_available
    from shooter.app.recording import Plan

    session = window.session
    for _ in range(2):
        for _phase in range(4):  # by hand: the phases can be taken back
            session.advance_phase()
    assert steps_available(session) == 2
    before = session.trainer.iteration
    path = tmp_path / "run.gif"
    assert window.record_animation(Plan(path, 2, (320, 240), 15))
    qtbot.waitUntil(lambda: path.exists(), timeout=60000)
    qtbot.waitUntil(lambda: "run.gif" in window.statusBar().currentMessage())
    with Image.open(path) as image:
        assert image.n_frames >= 8
    assert session.trainer.iteration == before  # the run is where it was


def test_export_animation_with_a_bad_file_type_says_why(window, tmp_path):
    from shooter.app.recording import Plan

    assert not window.record_animation(Plan(tmp_path / "run.bmp", 2))
    title, message = window.last_error
    assert title == "Could not export" and "run.bmp" in message


def test_the_animation_dialog_never_blocks_and_enter_records(window, qtbot, tmp_path):

    from shooter.app.animation_dialog import AnimationDialog

    for _phase in range(4):
        window.session.advance_phase()
    window.export_folder = str(tmp_path)
    recorded = []
    window.record_animation = recorded.append
    dialog = window.export_animation()  # returns at once: no nested event loop
    assert isinstance(dialog, AnimationDialog) and dialog.isVisible()
    assert dialog.steps.value() == 1 and dialog.size_field.text() == "1280x720"
    qtbot.keyClick(dialog.steps, Qt.Key_Return)  # Enter in the first field accepts
    assert len(recorded) == 1 and recorded[0].path.suffix == ".gif"


def test_a_span_chosen_on_the_timeline_is_what_the_animation_records(window, qtbot, tmp_path):
    for _step in range(5):
        window.session.step()
    before = window.session.trainer.network.get_weights()
    window.session.show_step(2)  # the timeline shows step 2: the span is steps 3 to 5
    window.export_folder = str(tmp_path)
    recorded = []
    window.record_animation = recorded.append
    dialog = window.export_animation()
    assert dialog.steps.value() == 3
    qtbot.keyClick(dialog.steps, Qt.Key_Return)
    del window.record_animation  # the window's own recording again
    assert window.record_animation(recorded[0])
    with qtbot.waitSignal(window.animation.finished, timeout=60000):
        pass  # the export runs from a timer: the signal comes inside the wait
    assert window.session.shown_step is None and window.session.steps_done == 5
    after = window.session.trainer.network.get_weights()
    assert all((a == b).all() for a, b in zip(before, after))  # the run is where it was


@pytest.mark.parametrize("lesson", ["sight-in", "burst", "search", "your-turn", "step-size"])
def test_presentation_writes_every_widget_text_on_the_floor(make_window, qtbot, lesson):
    """Menus, titles, narration, the timeline row and the lesson views' own labels and
    buttons: nothing under presentation's floor (the views' painted texts are checked by
    the layout audit)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMenuBar, QSpinBox

    from shooter.app import legible

    window = make_window(lesson, size=(1280, 800))
    window.toggle_presentation()
    qtbot.waitUntil(lambda: window.isFullScreen())
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        floor = legible.floor_px(window.style_)
        kinds = (QLabel, QAbstractButton, QComboBox, QMenuBar, QSpinBox)
        small = [(type(w).__name__, getattr(w, "text", lambda: "")(), legible.font_px(w.font()))
                 for w in window.findChildren(QWidget)
                 if isinstance(w, kinds) and w.isVisible() and legible.font_px(w.font()) < floor]
        assert not small, f"under {floor:.1f} px: {small[:5]}"


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_beside_a_lesson_view_the_network_and_curves_get_room_the_view_can_spare(
        make_window, qtbot, size):
    """A wide projector gives the right column its share (the network keeps its names, the
    curves stay readable); a small one keeps the lesson view at its own minimum."""
    window = make_window("loss-surface", size=size)
    big_screen(window, *size)
    window.set_presenting(True)
    window.showNormal()
    window.resize(*size)
    window.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    _panel, view, right = window.splitter.sizes()
    assert view >= window.tabs.minimumSizeHint().width()
    assert right >= window.right_column.minimumSizeHint().width()
    if size[0] >= 1920:
        assert right >= 0.2 * (view + right)


def test_presenting_a_lesson_view_gives_the_side_views_room_to_the_network(make_window, qtbot):
    """The bullet's side view belongs to the range: beside a lesson's own view, in the
    projector layout, the network takes its room; it is back on the range and at the desk."""
    window = make_window("loss-surface", size=(1920, 1080))
    big_screen(window, 1920, 1080)
    window.set_presenting(True)
    window.showNormal()
    window.resize(1920, 1080)
    qtbot.wait(20)
    on_range = window.network.height()
    assert window.range_strip.isVisible()
    window.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    assert not window.range_strip.isVisible()
    assert window.network.height() > on_range
    window.tabs.setCurrentIndex(0)
    qtbot.wait(20)
    assert window.range_strip.isVisible()
    window.tabs.setCurrentIndex(1)
    window.set_presenting(False)
    window.tabs.setCurrentIndex(0)
    qtbot.wait(20)
    assert window.range_strip.isVisible()
