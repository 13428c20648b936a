"""The T7, T9, T11 and T3 lesson views: each computes for real and shows the outcome."""

import numpy as np
import pytest

from shooter.app.lessons import (
    DifferentiationView,
    ExperienceView,
    SearchView,
    SurfaceView,
)
from shooter.app.session import Session
from shooter.app.style import DEFAULT_STYLE


def finished(qtbot, view):
    qtbot.waitUntil(lambda: not view.computing and not view._debounce.isActive(),
                    timeout=20000)


def make(qtbot, cls, lesson):
    session = Session(lesson)
    view = cls(session)
    qtbot.addWidget(view)
    finished(qtbot, view)
    return session, view


def test_search_view_fills_a_row_per_parameter_count_and_marks_the_budget(qtbot):
    _, view = make(qtbot, SearchView, "search")
    table = view.results
    assert table.rowCount() == 4
    assert [table.item(r, 0).text() for r in range(4)] == ["1", "2", "4", "6"]
    assert "not run" not in table.item(1, 3).text()
    assert "not run" in table.item(2, 3).text() and "not run" in table.item(3, 3).text()
    grid = [row.grid.shots for row in view.rows]
    descent = [row.descent.shots for row in view.rows]
    assert grid == sorted(grid) and all(d < g for d, g in zip(descent, grid))
    assert len(view.labels) == 8  # a count above every bar


def test_search_can_be_cancelled_and_run_again(qtbot):
    """The bar says where the work is: its percentage while computing, nothing once
    cancelled, "Done" beside a finished result (a full bar alone reads as a warning)."""
    _, view = make(qtbot, SearchView, "search")
    assert view.progress.isTextVisible() and view.progress.text() == "Done"
    view.runner.chunk = 50  # small slices: no event has run yet, so the search is under way
    view.compute()
    assert view.computing and view.cancel_button.isEnabled()
    assert view.progress.isTextVisible() and view.progress.text() == "0%"
    view.cancel_button.click()
    assert not view.computing and view.run_button.isEnabled()
    assert not view.progress.isTextVisible()
    view.run_button.click()
    finished(qtbot, view)
    assert view.results.rowCount() == 4
    assert view.progress.text() == "Done"


def test_differentiation_view_shows_agreeing_gradients_for_the_lessons_network(qtbot):
    session, view = make(qtbot, DifferentiationView, "forward-reverse")
    count = session.trainer.network.parameter_count()
    assert view.result.forward_passes == count and view.result.backward_passes == 1
    assert view.figures["parameters"][1].text() == f"{count:,}"
    assert f"{count:,}" in view.figures["forward"][1].text()
    assert "agree" in view.figures["difference"][1].text()
    assert view.gradients.rowCount() == count  # every setting, in a table that scrolls
    assert view.gradients.item(0, 1).text() == view.gradients.item(0, 2).text()


def test_differentiation_follows_a_new_network_shape(qtbot):
    session, view = make(qtbot, DifferentiationView, "sight-in")
    assert view.result.parameter_count == 2
    assert session.configure(inputs=("distance",), hidden=(3,))
    finished(qtbot, view)
    assert view.result.parameter_count == 1 * 3 + 3 + 3 * 2 + 2
    assert view.result.agree


def test_differentiation_never_changes_the_sessions_rifle(qtbot):
    session = Session("wind")
    before = [p.copy() for p in session.trainer.network.params]
    phase = session.trainer.next_phase
    view = DifferentiationView(session)
    qtbot.addWidget(view)
    finished(qtbot, view)
    assert all(np.array_equal(a, b) for a, b in zip(before, session.trainer.network.params))
    assert session.trainer.next_phase == phase and len(session.history) == 0


def test_surface_view_draws_the_path_as_the_session_trains(qtbot):
    session, view = make(qtbot, SurfaceView, "sight-in")
    assert view.image.image.shape == (60, 60)
    assert "aim right" in view.plot.getAxis("bottom").labelText
    assert "aim up" in view.plot.getAxis("left").labelText
    assert len(view.path_points()) == 1
    for _ in range(5):
        session.step()
    points = view.path_points()
    assert len(points) == 6
    np.testing.assert_allclose(points[-1], session.trainer.network.params[1])
    # the live path heads for the lowest point of the surface
    lowest = np.array(view.surface.minimum()[:2])
    assert np.linalg.norm(points[-1] - lowest) < np.linalg.norm(points[0] - lowest) / 3


def test_surface_view_follows_frames_while_playing_and_clears_on_reset(qtbot):
    session, view = make(qtbot, SurfaceView, "sight-in")
    session.set_speed(200)
    session.play()
    qtbot.waitUntil(lambda: len(view.path_points()) > 3, timeout=5000)
    session.pause()
    session.reset()
    assert len(view.path_points()) == 1
    finished(qtbot, view)


def test_surface_view_other_parameters_on_the_wind_network(qtbot):
    session, view = make(qtbot, SurfaceView, "wind")
    view.choose(0, 1)
    finished(qtbot, view)
    assert view.surface.params == (0, 1)
    assert "distance" in view.plot.getAxis("bottom").labelText
    assert np.all(np.isfinite(view.surface.loss))


def test_experience_view_shows_two_curves_and_shot_counts(qtbot):
    _, view = make(qtbot, ExperienceView, "sight-in")
    random_x, _ = view.random_curve.getData()
    experienced_x, _ = view.experienced_curve.getData()
    assert len(random_x) == len(experienced_x) == ExperienceView.BIAS_ONLY_STEPS
    result = view.result
    assert result.experienced.shots < result.random.shots
    assert f"{result.experienced.shots} " in view.verdict.text()


def test_experience_from_the_rifle_on_the_range(qtbot):
    session, view = make(qtbot, ExperienceView, "sight-in")
    for _ in range(20):
        session.step()
    view.source.setCurrentIndex(1)
    view.compute()
    finished(qtbot, view)
    assert view.result.experience_steps == 0
    assert view.result.experienced.shots <= view.result.random.shots


@pytest.mark.parametrize("cls", [SearchView, DifferentiationView, SurfaceView, ExperienceView])
def test_presentation_scale_enlarges_the_title(qtbot, cls):
    _, view = make(qtbot, cls, "sight-in")
    small = view.title.font().pointSizeF()
    view.set_style(DEFAULT_STYLE.scaled(2.0))
    assert view.title.font().pointSizeF() == pytest.approx(2 * small)
    assert view.title.text()


def headers_fit(table, whole=True):
    """Every header's words fit inside its column, and (whole) every column in the table."""
    from PySide6.QtGui import QFontMetricsF

    header = table.horizontalHeader()
    metrics = QFontMetricsF(header.font())
    for c in range(table.columnCount()):
        lines = table.horizontalHeaderItem(c).text().split("\n")  # a narrow table breaks them
        words = max(metrics.horizontalAdvance(line) for line in lines)
        if words + 8 > header.sectionSize(c):
            return False
    return not whole or header.length() <= table.viewport().width()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_search_table_headers_are_never_cut(qtbot, request, language):
    if language == "zh":
        request.getfixturevalue("chinese")
    _, view = make(qtbot, SearchView, "search")
    view.resize(860, 640)  # the lesson tab of a 1920x1080 window
    view.show()
    qtbot.waitExposed(view)
    assert view.results.horizontalHeaderItem(0).text() == (
        "settings P" if language == "en" else "参数个数 P")
    assert headers_fit(view.results)
    view.set_style(DEFAULT_STYLE.scaled(1.4))  # presentation mode: bigger words
    assert headers_fit(view.results)  # the headers break onto two lines; no sideways scroll
    assert "\n" in view.results.horizontalHeaderItem(4).text()
    view.resize(500, 640)
    assert headers_fit(view.results, whole=False)
    view.set_style(DEFAULT_STYLE)
    view.resize(860, 640)  # room again: the headers are whole, on one line
    assert "\n" not in view.results.horizontalHeaderItem(4).text()
    assert headers_fit(view.results)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_search_rows_all_show_on_a_1024_desk(qtbot, show_active, language):
    """On a 1024x768 laptop, beside the control panel, the table's four rows show whole
    without scrolling, and the shorter chart keeps its tick labels apart."""
    from PySide6.QtGui import QFontMetricsF

    from shooter.app.lessons.search import CHART_MIN_PX
    from shooter.app.main_window import MainWindow

    window = show_active(MainWindow(Session("search")), (1600, 950))
    window.resize(1024, 768)  # a window opened big comes within the screen
    window.set_language(language)
    window.tabs.setCurrentIndex(1)
    view = window.lesson_view
    try:
        finished(qtbot, view)
        table = view.results
        # Settled: none of the table below the view's edge, and nothing to scroll (the
        # explanation folds once the results arrive; under load that takes a few rounds).
        qtbot.waitUntil(lambda: table.visibleRegion().boundingRect() == table.rect()
                        and view.scroll.verticalScrollBar().maximum() == 0
                        and table.verticalScrollBar().maximum() == 0, timeout=3000)
        for r in range(4):
            rect = table.visualRect(table.model().index(r, 0))
            assert table.viewport().rect().contains(rect), r
        assert view.graphics.height() >= CHART_MIN_PX
        axis = view.plot.getAxis("left")
        values = [value for value, _ in axis._tickLevels[0]]
        gap = (values[1] - values[0]) * view.plot.getViewBox().height() / view.y_span()
        assert gap >= QFontMetricsF(axis.style["tickFont"]).height()
    finally:
        window.set_language("en")


def test_differentiation_names_follow_the_network_of_the_result_shown(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from shooter.app.lessons.base import parameter_name

    session, view = make(qtbot, DifferentiationView, "forward-reverse")
    old = view.result
    inputs = session.config.inputs
    shown = old.refs[:view.gradients.rowCount()]
    assert any(ref.layer == 0 and ref.row == 1 for ref in shown)  # names the second input
    assert session.configure(inputs=inputs[:1])  # fewer inputs than the shown names need
    view.runner.chunk = 1
    view.compute()  # a new job under way; the old result is still on screen
    assert view.computing and view.result is old
    QCoreApplication.sendEvent(view, QEvent(QEvent.LanguageChange))
    names = [view.gradients.item(r, 0).text() for r in range(len(shown))]
    assert names == [parameter_name(ref, inputs, session.config.hidden) for ref in shown]
    finished(qtbot, view)
    assert view.result is not old
    last = len(view.result.refs) - 1
    assert view.gradients.rowCount() == last + 1
    assert view.result.parameter_count < old.parameter_count


# --- the loss surface follows training; the narrow valley ------------------------------------
def test_surface_now_marker_follows_the_training(qtbot):
    session, view = make(qtbot, SurfaceView, "loss-surface")
    start = view.now.getData()
    assert (start[0][0], start[1][0]) == view.surface.centre
    for _ in range(3):
        session.step()
    x, y = view.now.getData()
    assert len(x) == 1
    np.testing.assert_allclose((x[0], y[0]), session.trainer.network.params[1])
    assert (x[0], y[0]) != view.surface.centre  # it moved with the rifle
    assert view.start.getData()[0][0] == view.surface.centre[0]  # the start stays


def test_narrow_valley_walkers_advance_step_by_step_side_by_side(qtbot):
    from shooter.app.lessons.surface import RACE_STEP_MS

    _, view = make(qtbot, SurfaceView, "sight-in")
    view.restart_race()
    assert [len(w.getData()[0]) for w in view.walkers.values()] == [1, 1]
    view.advance(3 * RACE_STEP_MS)
    gd, adam = (view.walkers[name].getData() for name in ("gd", "adam"))
    assert len(gd[0]) == len(adam[0]) == 4
    np.testing.assert_array_equal(np.column_stack(gd), view.valley.paths["gd"].points[:4])
    assert np.all(np.sign(gd[1][1:]) != np.sign(gd[1][:-1]))  # across the floor each step
    view.advance(10**6)
    assert view.race.finished and not view._race_timer.isActive()
    words = view.race_legend.words()
    assert words[0].startswith("gradient descent") and words[1].startswith("Adam")
    view.race_again.click()
    assert len(view.walkers["gd"].getData()[0]) == 1


# --- keys --------------------------------------------------------------------------------------
ALL_VIEWS = [("search", SearchView), ("forward-reverse", DifferentiationView),
             ("loss-surface", SurfaceView), ("experience", ExperienceView)]


@pytest.mark.parametrize("lesson, cls", ALL_VIEWS)
def test_every_button_has_a_key_listed_for_the_sheet(qtbot, lesson, cls):
    from PySide6.QtWidgets import QPushButton

    _, view = make(qtbot, cls, lesson)
    table = view.shortcut_table()
    assert ("Compute", "C") in table and ("Cancel", "Esc") in table
    listed = {what for what, _keys in table}
    for button in view.findChildren(QPushButton):
        assert button.key_action.text() in listed, button.text()
    # idle: Esc is left to others (any key closes the keyboard sheet), C computes
    assert not view.cancel_button.key_action.isEnabled() and view.run_button.key_action.isEnabled()
    view.compute()
    assert view.cancel_button.key_action.isEnabled() and not view.run_button.key_action.isEnabled()
    finished(qtbot, view)


def lesson_window(show_active, lesson):
    from shooter.app.main_window import MainWindow

    window = show_active(MainWindow(Session(lesson)))
    window.tabs.setCurrentIndex(1)
    return window, window.lesson_view


def test_view_keys_work_in_the_window_and_space_presses_the_focused_button(qtbot,
                                                                            show_active):
    from PySide6.QtCore import Qt

    window, view = lesson_window(show_active, "step-size")
    view.advance(10**6)
    assert view.shown_steps > 0
    qtbot.keyClick(window, Qt.Key_W)
    assert view.shown_steps == 0  # walked again
    view.advance(10**6)
    view.replay.setFocus()
    qtbot.keyClick(view.replay, Qt.Key_Space)
    assert view.shown_steps == 0  # the button, not the window's "next phase"
    assert window.session.trainer.next_phase == "fire"
    view.advance(10**6)
    qtbot.keyClick(view.replay, Qt.Key_Return)
    assert view.shown_steps == 0
    window.setFocus()
    qtbot.keyClick(window, Qt.Key_Space)  # elsewhere Space still drives the range
    assert window.session.trainer.next_phase == "loss"


def test_worked_example_keys_in_the_window(qtbot, show_active):
    from PySide6.QtCore import Qt

    window, view = lesson_window(show_active, "worked-example")
    qtbot.keyClick(window, Qt.Key_E)
    assert view.explanation["iteration"] == 0 and view.ahead == 0
    qtbot.keyClick(window, Qt.Key_E)
    assert view.explanation["iteration"] == 1
    qtbot.keyClick(window, Qt.Key_H)
    assert view.ahead is None and view.explanation["iteration"] == 0


def test_view_keys_are_free_of_the_windows_own(qtbot, show_active):
    from shooter.core.lessons import LESSONS

    window, _ = lesson_window(show_active, "sight-in")
    taken = {keys for _, keys in window.shortcut_table()}
    taken = {k for keys in taken for k in keys.split(" / ")}
    for key, lesson in LESSONS.items():
        if not lesson.view:
            continue
        window.session.set_lesson(key)
        view_keys = [k for _, keys in window.lesson_view.shortcut_table()
                     for k in keys.split(" / ")]
        assert view_keys and not set(view_keys) & taken, key
        assert len(view_keys) == len(set(view_keys)), key


# --- room: every view fits a 1024x768 projector --------------------------------------------
# (scale, width, height) the lesson tab gets: 1024x768 at the desk beside the control panel
# and the network column, 1024x768 presenting (the panel folds away), 1920x1080 presenting.
ROOMS = [(1.0, 424, 513), (1.6 * 768 / 1080, 630, 560), (1.6, 1190, 900)]


def lesson_views():
    from shooter.app.main_window import lesson_view_classes
    from shooter.core.lessons import LESSONS

    classes = lesson_view_classes()
    return [(key, classes[lesson.view]) for key, lesson in LESSONS.items() if lesson.view]


def clipped_labels(view):
    """Labels whose words are wider than the room they are given (a wrapping label wraps)."""
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QLabel, QPushButton

    clipped = []
    for widget in view.findChildren(QLabel) + view.findChildren(QPushButton):
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.textFormat() != 0):
            continue
        words = QFontMetricsF(widget.font()).horizontalAdvance(widget.text().replace("&", ""))
        if words > widget.contentsRect().width() + 1:
            clipped.append(widget.text())
    return clipped


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("scale, width, height", ROOMS)
def test_every_lesson_view_fits_the_room_it_gets(qtbot, request, language, scale, width,
                                                 height):
    if language == "zh":
        request.getfixturevalue("chinese")
    style = DEFAULT_STYLE.scaled(scale)
    for key, cls in lesson_views():
        view = cls(Session(key), style)
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        hint = view.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (key, hint.toTuple())
        assert clipped_labels(view) == [], key
        view.close()


def test_search_exponents_are_drawn_in_a_font_that_has_them(qtbot):
    from PySide6.QtGui import QRawFont

    _, view = make(qtbot, SearchView, "search")
    font = view.plot.getAxis("left").style["tickFont"]
    ticks = [text for _, text in view.plot.getAxis("left")._tickLevels[0]]
    raw = QRawFont.fromFont(font)
    if any("⁰" <= c <= "⁹" or c in "¹²³" for text in ticks for c in text):
        assert all(raw.supportsCharacter(c) for text in ticks for c in text)
    else:  # no font at hand has raised digits: written out, never run together
        assert any("^" in text for text in ticks)


def test_search_count_labels_are_made_once(qtbot):
    _, view = make(qtbot, SearchView, "search")
    labels = list(view.labels)
    view.set_style(DEFAULT_STYLE.scaled(1.5))
    view.retranslate()
    assert view.labels == labels and len(labels) == 8
    assert labels[0].textItem.toPlainText() == f"{view.rows[0].grid.shots:,}"


def test_every_method_qt_calls_into_is_guarded():
    import inspect

    from PySide6.QtCore import QObject

    from shooter.app import lessons
    from shooter.app.lessons import (
        base,
        differentiation,
        experience,
        search,
        surface,
        valley,
        worked_example,
    )

    overrides = {"eventFilter", "minimumSizeHint", "sizeHint", "heightForWidth", "setGeometry",
                 "minimumSize", "itemAt", "takeAt", "count", "addItem", "hasHeightForWidth",
                 "expandingDirections"}
    slots = {"compute", "cancel", "restart", "restart_race", "explain", "explain_range_shot",
             "save_dialog", "_tick", "_race_tick", "_finished", "_cancelled", "_progressed",
             "_adjusted", "_frame", "_restarted", "_trainer_changed", "_maybe_new_rifle",
             "_chosen", "_page_shown", "_range_moved"}
    modules = (base, differentiation, experience, search, surface, valley, worked_example)
    checked = 0
    for module in modules:
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QObject):
                continue
            for name, method in vars(cls).items():
                if name.endswith("Event") or name in overrides | slots:
                    assert getattr(method, "guarded", False), f"{cls.__name__}.{name}"
                    checked += 1
    assert checked > 30 and lessons.SurfaceView


def test_search_counts_axis_writes_every_label_as_a_power_once_one_needs_it(qtbot):
    """Shot counts reach 10¹²: the axis writes 10⁰, 10², ... rather than 1, 100 beside
    10⁴ (two notations on one axis read as two scales)."""
    _, view = make(qtbot, SearchView, "search")
    ticks = view.plot.getAxis("left")._tickLevels[0]
    labels = [label for _value, label in ticks]
    assert len(labels) >= 4 and int(ticks[-1][0]) > 3
    assert all(label.startswith("10") and label not in ("10", "100") for label in labels)
    assert labels[0] in ("10⁰", "10^0")


def test_experience_losses_use_the_training_plots_log_axis(qtbot):
    from shooter.app.plots.axes import LogLabelAxis

    _, view = make(qtbot, ExperienceView, "experience")
    assert isinstance(view.plot.getAxis("left"), LogLabelAxis)


def test_chinese_headers_break_between_words_not_inside_two_character_ones(qtbot):
    from PySide6.QtGui import QFontMetricsF

    from shooter.app.lessons.base import two_lines

    metrics = QFontMetricsF(DEFAULT_STYLE.font(1.0))
    assert two_lines("参数", metrics) == "参数" and two_lines("差值", metrics) == "差值"
    assert two_lines("梯度下降", metrics) == "梯度\n下降"
    assert all(len(line) >= 2 for line in two_lines("每次尝试枪数", metrics).split("\n"))
    assert two_lines("grid points", metrics) == "grid\npoints"
