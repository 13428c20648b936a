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
    _, view = make(qtbot, SearchView, "search")
    view.runner.chunk = 50  # small slices: no event has run yet, so the search is under way
    view.compute()
    assert view.computing and view.cancel_button.isEnabled()
    view.cancel_button.click()
    assert not view.computing and view.run_button.isEnabled()
    view.run_button.click()
    finished(qtbot, view)
    assert view.results.rowCount() == 4


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


@pytest.fixture
def chinese():
    from shooter.i18n import Languages

    languages = Languages()
    assert languages.switch("zh_CN")
    yield
    languages.switch("en")


def headers_fit(table, whole=True):
    """Every header's words fit inside its column, and (whole) every column in the table."""
    from PySide6.QtGui import QFontMetricsF

    header = table.horizontalHeader()
    metrics = QFontMetricsF(header.font())
    for c in range(table.columnCount()):
        words = metrics.horizontalAdvance(table.horizontalHeaderItem(c).text())
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
    assert headers_fit(view.results, whole=False)  # (the table scrolls sideways)
    view.resize(500, 640)
    assert headers_fit(view.results, whole=False)


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
