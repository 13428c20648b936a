"""The target in a burst and at classroom sizes: every shot's miss on the target, the loss as
their mean, red lines over the holes, a headline of at most two whole lines, and a view that
survives an error in its own painting."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from shooter.app.range_strip import RangeStrip
from shooter.app.session import Session
from shooter.app.style import DEFAULT_STYLE
from shooter.app.target import TargetView, painting
from shooter.app.target.words import miss_number
from shooter.core.words import loss_number

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]

# (presentation scale, target size) as the window gives them: the desk at 1024x768 (the
# burst lesson's narrower column too), presentation mode at 1024x768 and at 1920x1080.
SIZES = {"desk-1024": (1.0, (400, 390)), "narrow-1024": (1.0, (334, 387)),
         "f5-1024": (1.14, (617, 542)), "f5-1080": (1.6, (1173, 854))}


@pytest.fixture
def make_view(qtbot):
    def make(lesson="burst", size="f5-1080", cycles=3):
        scale, (w, h) = SIZES[size]
        session = Session(lesson)
        view = TargetView(session, DEFAULT_STYLE.scaled(scale))
        qtbot.addWidget(view)
        view.set_flight_speed(0)
        view.resize(w, h)
        view.show()
        for _ in range(cycles):
            session.step()
        return session, view
    return make


def close_to(colour, expected, tolerance=60):
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3]))


def misses(loss):
    return np.hypot(loss.offsets_cm[:, 0], loss.offsets_cm[:, 1])


# --- each shot's miss and the loss as their mean --------------------------------------------
@pytest.mark.parametrize("size", SIZES)
def test_every_shot_of_a_burst_has_its_miss_written_beside_it(make_view, size):
    session, view = make_view(size=size, cycles=0)
    for _ in range(8):  # from the outer rings to the bullseye
        session.fire()
        assert view.miss_labels() == []  # measured in the next phase
        loss = session.measure_loss()
        check_miss_labels(view, loss)
        session.pull_back()
        session.adjust()


def check_miss_labels(view, loss):
    labels = view.miss_labels()
    assert [text for text, _ in labels] == [f"{m:.1f} cm" for m in misses(loss)]
    square = view.target_geometry().square
    radius = view.current_radius()
    holes = [view.to_pixels(*hole) for hole in loss.offsets_cm]
    for i, (_, rect) in enumerate(labels):
        assert square.contains(rect)  # on the target, never over the headline or legend
        assert not any(rect.intersects(other) for _, other in labels[i + 1:])
        assert not any(rect.intersects(ring) for ring in view.ring_number_rects())
        for hole in holes:
            assert not rect.intersects(QRectF(hole.x() - radius, hole.y() - radius,
                                              2 * radius, 2 * radius))


def test_the_burst_loss_is_shown_as_the_mean_of_its_squared_misses(make_view):
    session, view = make_view()
    session.fire()
    assert view.loss_line() == ""
    loss = session.measure_loss()
    assert loss.loss == pytest.approx(np.mean(misses(loss) ** 2))  # what mse means
    terms = ", ".join(f"{miss_number(m)}²" for m in misses(loss))
    assert view.loss_line() == f"loss = mean of {terms} = {loss_number(loss.loss)} cm²"
    assert [text for text, _, _ in view.headline_lines()][1] == view.loss_line()


def test_a_distance_loss_is_the_mean_of_the_plain_misses(make_view):
    session, view = make_view()
    session.configure(loss="distance")
    session.fire()
    loss = session.measure_loss()
    assert loss.loss == pytest.approx(np.mean(misses(loss)))
    terms = ", ".join(miss_number(m) for m in misses(loss))
    assert view.loss_line() == f"loss = mean of {terms} = {loss_number(loss.loss)} cm"


def test_a_single_shot_keeps_its_one_line_headline(make_view):
    session, view = make_view("sight-in")
    session.fire()
    session.measure_loss()
    assert view.miss_labels() == [] and view.loss_line() == ""
    assert [text for text, _, _ in view.headline_lines()] == [view.headline()]


def test_a_burst_is_a_burst_and_its_bullets_are_shots(make_view):
    session, view = make_view(cycles=0)
    seen = []
    for _ in range(4):
        session.advance_phase()
        seen.append(view.headline())
    number = session.trainer.last["fire"].iteration + 1
    assert seen[0] == f"Burst {number}: 3 shots have landed"
    rings = " · ".join(str(int(s)) for s in session.trainer.last["fire"].scores)
    assert seen[1] == f"Burst {number}: rings {rings}"
    assert not any("round" in text.lower() for text in seen)


# --- red lines over the holes -----------------------------------------------------------------
@pytest.mark.parametrize("size", ["desk-1024", "f5-1080"])
def test_red_lines_run_over_the_holes_they_end_in(make_view, size):
    session, view = make_view(size=size)
    session.fire()
    loss = session.measure_loss()
    image = view.grab().toImage()
    radius, bull = view.current_radius(), view.to_pixels(0.0, 0.0)
    for x, y in loss.offsets_cm:
        hole = view.to_pixels(x, y)
        dx, dy = bull.x() - hole.x(), bull.y() - hole.y()
        length = np.hypot(dx, dy)
        inside = min(0.5 * radius, 0.5 * length)  # within the hole, on its line
        point = QPointF(hole.x() + dx / length * inside, hole.y() + dy / length * inside)
        assert close_to(image.pixelColor(point.toPoint()), DEFAULT_STYLE.color("error")), (x, y)


# --- the headline: two lines at most, never cut ----------------------------------------------
def check_headline(view):
    lines = view.headline_lines()
    assert 1 <= len(lines) <= 2
    widget = QRectF(0, 0, view.width(), view.height())
    head = view.target_geometry().headline
    for text, font, rect in lines:
        assert QFontMetricsF(font).horizontalAdvance(text) <= rect.width() + 0.5, text
        assert widget.contains(rect) and rect.top() >= head.top() - 0.5, text
        assert rect.bottom() <= view.target_geometry().square.top() + 0.5, text
    for (_, _, upper), (_, _, lower) in zip(lines, lines[1:]):
        assert upper.bottom() <= lower.top() + 0.5  # no text over another
    return lines


@pytest.mark.parametrize("size", SIZES)
def test_the_headline_takes_two_whole_lines_at_most(make_view, size):
    session, view = make_view(size=size, cycles=0)
    for _ in range(8):
        session.advance_phase()
        lines = check_headline(view)
        drawn = " ".join(text for text, _, _ in lines)
        whole = f"{view.headline()} {view.loss_line()}".strip()
        assert drawn.replace(" ", "") == whole.replace(" ", "")  # nothing left out


@pytest.mark.parametrize("size", SIZES)
def test_a_headline_too_long_for_two_lines_is_shortened_visibly(make_view, monkeypatch, size):
    session, view = make_view(size=size, cycles=1)
    long = "Burst 12: ring 10, upper left 60° · ring 9, upper left 10° · ring 9, up " * 6
    monkeypatch.setattr(view, "headline", lambda: long)
    first, second = check_headline(view)  # under it, the loss line stays whole
    assert first[0].endswith("…") and second[0] == view.loss_line()
    view.grab()
    session.fire()  # no loss yet: the headline has both lines
    first, second = check_headline(view)
    assert long.startswith(first[0]) and second[0].endswith("…")
    view.grab()


def test_headline_text_reads_from_the_back_row_in_presentation_mode(make_view):
    session, view = make_view(size="f5-1080")
    session.fire()
    session.measure_loss()
    for _, font, _ in view.headline_lines():
        assert QFontMetricsF(font).height() >= 20


# --- an error in painting never takes the view down ----------------------------------------
def test_every_method_qt_calls_is_guarded():
    for cls, names in ((TargetView, ("paintEvent", "resizeEvent", "changeEvent", "sizeHint",
                                     "_on_flight_tick",
                                     "_on_fired", "_on_loss", "_on_pulled_back",
                                     "_on_adjusted", "_on_frame")),
                       (RangeStrip, ("paintEvent", "sizeHint", "_on_fired", "_on_frame"))):
        for name in names:
            assert getattr(getattr(cls, name), "guarded", False), (cls.__name__, name)


@pytest.mark.parametrize("helper", ["paint_target", "paint_current_holes", "paint_headline"])
def test_a_failing_drawing_step_is_reported_and_the_next_paint_is_whole(make_view, qtbot,
                                                                       monkeypatch, helper):
    session, view = make_view(size="desk-1024")
    session.fire()
    session.measure_loss()
    good = view.grab().toImage()
    view.set_style(view.view_style())  # the cached layer is drawn again inside the failure

    def broken(*args, **kwargs):
        raise RuntimeError("drawing failed")

    with monkeypatch.context() as patch:
        patch.setattr(painting, helper, broken)
        with qtbot.captureExceptions() as caught:
            view.grab()
    assert [str(exc) for _, exc, _ in caught] == ["drawing failed"]
    assert view.grab().toImage() == good  # drawn whole again, nothing left half done


def test_the_side_view_survives_a_failing_paint(qtbot, monkeypatch):
    session = Session("sight-in")
    strip = RangeStrip(session)
    qtbot.addWidget(strip)
    strip.resize(900, 120)
    session.fire()
    good = strip.grab().toImage()
    with monkeypatch.context() as patch:
        patch.setattr(RangeStrip, "_paint_paths", lambda *args: 1 / 0)
        with qtbot.captureExceptions() as caught:
            strip.grab()
    assert len(caught) == 1 and caught[0][0] is ZeroDivisionError
    assert strip.grab().toImage() == good


# --- a lesson starts clean ---------------------------------------------------------------------
def test_the_side_view_forgets_the_last_lessons_flight(qtbot):
    session = Session("sight-in")
    strip = RangeStrip(session)
    qtbot.addWidget(strip)
    session.fire()
    assert strip.trajectories()
    session.set_lesson("burst")
    assert strip.trajectories() == [] and strip.wind_mps() is None
    assert strip.labels() == ["side view: fire a shot to see its flight"]


def test_going_back_keeps_the_flight_of_the_shot_still_shown(qtbot):
    session = Session("sight-in")
    strip = RangeStrip(session)
    qtbot.addWidget(strip)
    fire = session.fire()
    session.measure_loss()
    assert session.back()  # takes back the measuring; the shot stays
    assert strip.trajectories()[0][1][-1] == pytest.approx(fire.impacts_cm[0, 1])
    assert session.back()  # takes back the shot itself
    assert strip.trajectories() == []
