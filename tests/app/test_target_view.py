"""The target view: holes, red error lines, the green correction arrow, flight, caching."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QTranslator  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from shooter.app.session import Session  # noqa: E402
from shooter.app.style import DEFAULT_STYLE, HIGH_CONTRAST  # noqa: E402
from shooter.app.target import BASE_FLIGHT_MS, TargetView  # noqa: E402
from shooter.app.target.geometry import EXTENT_CM, clip_segment  # noqa: E402
from shooter.app.target.words import describe_hit, format_distance_cm  # noqa: E402
from shooter.core.range import direction_of, ring_scores  # noqa: E402

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def make_view(qtbot):
    def make(lesson="sight-in", speed=0.0, size=(900, 900)):
        session = Session(lesson)
        view = TargetView(session)
        qtbot.addWidget(view)
        view.set_flight_speed(speed)
        view.resize(*size)
        view.show()
        return session, view
    return make


def colour_at(view, point_cm):
    image = view.grab().toImage()
    return image.pixelColor(view.to_pixels(*point_cm).toPoint())


def close_to(colour, expected, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(
        (colour.red(), colour.green(), colour.blue()),
        (expected.red(), expected.green(), expected.blue())))


def hit(offset):
    offset = np.array([offset], dtype=np.float64)
    return ring_scores(offset)[0], direction_of(offset[0])


# --- words ------------------------------------------------------------------------------
def test_describe_hit_names_ring_and_direction(qtbot):
    assert describe_hit(*hit((-32.0, 0.3))) == "ring 4, left"
    assert describe_hit(*hit((0.2, -12.0))) == "ring 8, down"
    assert describe_hit(*hit((-20.0, 5.4))) == "ring 6, upper left 15°"
    assert describe_hit(*hit((14.0, -14.0))) == "ring 7, lower right 45°"
    assert describe_hit(*hit((0.1, 0.1))) == "ring 10, dead centre"
    assert describe_hit(*hit((-60.0, 60.0))) == "miss, upper left 45°"


class Chinese(QTranslator):
    WORDS = {("TargetView", "ring {score}, {where}"): "{score} 环，{where}",
             ("Words", "left"): "左"}  # direction names come from the one vocabulary

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source))  # None: not translated (an empty text would be)


def test_describe_hit_goes_through_the_translation_catalogue(qtbot):
    translator = Chinese()
    QCoreApplication.installTranslator(translator)
    try:
        assert describe_hit(*hit((-32.0, 0.3))) == "4 环，左"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert describe_hit(*hit((-32.0, 0.3))) == "ring 4, left"


# --- one shot through the four phases ------------------------------------------------------
def test_fire_adds_a_hole_and_loss_draws_a_red_line(make_view):
    session, view = make_view()
    assert view.holes_count() == 0
    fire = session.fire()
    assert view.holes_count() == 1
    assert len(view.error_lines()) == 0  # the error is measured in the next phase
    hole = fire.impacts_cm[0]
    assert close_to(colour_at(view, hole), DEFAULT_STYLE.color("hole"))

    loss = session.measure_loss()
    np.testing.assert_array_equal(view.error_lines(), loss.offsets_cm)
    quarter = hole * 0.3  # on the red line, away from the hole and the arrow
    assert close_to(colour_at(view, quarter), DEFAULT_STYLE.color("error"))
    assert view.headline() == "Shot 1: " + describe_hit(fire.scores[0], fire.directions[0])


def test_green_arrow_is_the_records_correction_from_the_hits_centroid(make_view):
    session, view = make_view("burst")
    fire = session.fire()
    session.measure_loss()
    assert view.correction_arrow() is None
    pull = session.pull_back()
    start, vector = view.correction_arrow()
    np.testing.assert_allclose(start, fire.impacts_cm.mean(axis=0))
    np.testing.assert_array_equal(vector, pull.aim_step_cm)

    # drawn to scale: the arrow's pixel length is the record's cm times the view's scale
    a, b = view.to_pixels(*start), view.to_pixels(*(start + vector))
    scale = view.pixels_per_cm()
    assert b.x() - a.x() == pytest.approx(vector[0] * scale)
    assert b.y() - a.y() == pytest.approx(-vector[1] * scale)  # up on the target is up on screen
    assert scale == pytest.approx(min(view.width(), view.height()) / (2 * EXTENT_CM), rel=0.2)

    adjust = session.adjust()
    np.testing.assert_array_equal(view.shift_arrow()[1], adjust.aim_shift_cm)
    session.fire()  # the next shot starts clean
    assert view.correction_arrow() is None and view.shift_arrow() is None
    assert len(view.error_lines()) == 0


@pytest.mark.parametrize("point", [(0.0, 0.0), (-37.5, 12.25), (59.9, -59.9), (3.3, 48.0)])
def test_pixel_mapping_round_trips(make_view, point):
    _, view = make_view(size=(700, 520))
    back = view.to_cm(view.to_pixels(*point))
    assert back == pytest.approx(point, abs=1e-9)
    centre = view.to_pixels(0.0, 0.0)
    assert view.to_cm(QPointF(centre.x() + view.pixels_per_cm(), centre.y())) == pytest.approx(
        (1.0, 0.0))


# --- off the view ----------------------------------------------------------------------------
def test_shots_beyond_the_view_become_edge_markers(make_view):
    session, view = make_view("step-size")  # a too-large step swings the shots off the target
    for _ in range(4):
        session.step()
    fire = session.fire()
    session.measure_loss()
    far = fire.impacts_cm[0]
    assert np.max(np.abs(far)) > EXTENT_CM
    [(edge, distance)] = view.off_view_shots()
    assert max(abs(edge[0]), abs(edge[1])) == pytest.approx(EXTENT_CM)
    assert edge[0] * far[1] - edge[1] * far[0] == pytest.approx(0.0, abs=1e-6)  # on the ray
    assert np.dot(edge, far) > 0
    assert distance == pytest.approx(np.hypot(*far))
    view.grab()  # paints the clipped line, marker and label without complaint


def test_clip_segment_keeps_only_the_visible_part():
    assert clip_segment((0, 0), (30, 40)) == ((0, 0), (30, 40))
    (a, b) = clip_segment((-100.0, 0.0), (100.0, 0.0))
    assert a == pytest.approx((-EXTENT_CM, 0.0)) and b == pytest.approx((EXTENT_CM, 0.0))
    assert clip_segment((70.0, 70.0), (90.0, 65.0)) is None


# --- holes over time, the cache ------------------------------------------------------------
def run_frames(session, steps):
    """What automatic training shows: a frame per step."""
    for _ in range(steps):
        session.frame.emit(session.trainer.step())


def test_a_thousand_holes_go_into_the_cache(make_view):
    session, view = make_view("sandbox")  # 16 shots a round
    run_frames(session, 63)
    assert view.holes_count() == 63 * 16
    view.grab()
    assert view.cached_holes_count() == 62 * 16  # all but the current round, which is live
    renders = view.cache_renders()
    run_frames(session, 1)  # a few more holes are added to the cache, not redrawn from scratch
    view.grab()
    assert view.cached_holes_count() == 63 * 16
    assert view.cache_renders() == renders


def test_automatic_training_never_animates(make_view):
    session, view = make_view(speed=1.0)
    run_frames(session, 3)
    assert not view.in_flight()
    assert len(view.error_lines()) == 1 and view.correction_arrow() is not None


def test_old_holes_are_capped(make_view):
    session, view = make_view("sandbox")
    session.configure(batch=2048)
    run_frames(session, 4)
    assert view.holes_count() == 5000 + 2048
    assert len(view.past_holes_cm()) == 5000


def test_clear_and_a_new_trainer_forget_the_holes(make_view):
    session, view = make_view()
    session.step()
    session.step()
    assert view.holes_count() == 2
    view.clear()
    assert view.holes_count() == 0 and view.correction_arrow() is None
    session.step()
    session.reset()
    session.fire()  # the counter starts again: holes from the old trainer are gone
    assert view.holes_count() == 1


# --- bullet flight ------------------------------------------------------------------------
def test_flight_lands_after_a_deterministic_time(make_view):
    session, view = make_view(speed=1.0)
    session.fire()
    assert view.in_flight() and view.flight_duration_ms() == BASE_FLIGHT_MS
    assert view.headline() == "The bullet is flying…"
    assert view.advance(BASE_FLIGHT_MS - 1)
    assert view.flight_progress() < 1.0
    view.grab()  # draws the approaching bullet
    assert not view.advance(1)
    assert not view.in_flight() and view.flight_progress() == 1.0


def test_flight_speed_scales_and_zero_switches_it_off(make_view):
    session, view = make_view(speed=2.0)
    assert view.flight_duration_ms() == BASE_FLIGHT_MS // 2
    view.set_flight_speed(0)
    fire = session.fire()
    assert not view.in_flight()
    assert close_to(colour_at(view, fire.impacts_cm[0]), DEFAULT_STYLE.color("hole"))


def test_flight_timer_lands_the_bullet(make_view, qtbot):
    session, view = make_view(speed=4.0)
    session.fire()
    qtbot.waitUntil(lambda: not view.in_flight(), timeout=3000)


# --- style ------------------------------------------------------------------------------------
def test_style_change_redraws_the_cached_layer(make_view):
    session, view = make_view()
    session.step()
    corner = (-EXTENT_CM + 1, EXTENT_CM - 1)  # panel colour around the rings
    assert close_to(colour_at(view, corner), DEFAULT_STYLE.color("panel"), 3)
    renders = view.cache_renders()
    high = DEFAULT_STYLE.__class__(palette=HIGH_CONTRAST)
    view.set_style(high)
    assert close_to(colour_at(view, corner), high.color("panel"), 3)
    assert view.cache_renders() == renders + 1
    big = view.grab()
    view.set_style(high.scaled(2.0))
    assert view.grab().toImage() != big.toImage()  # bigger text and lines


def test_legend_explains_the_colours(make_view):
    _, view = make_view()
    assert view.legend() == ("red: error", "green: aim correction")
    assert QColor(DEFAULT_STYLE.color("error")) != DEFAULT_STYLE.color("gradient")


# --- going back ---------------------------------------------------------------------------
def test_going_back_replays_shots_without_flying_them(make_view):
    session, view = make_view(speed=1.0)
    session.fire()
    assert view.in_flight()  # a new shot flies
    view.advance(BASE_FLIGHT_MS)
    session.measure_loss()
    session.pull_back()
    flights = []
    session.fired.connect(lambda _record: flights.append(view.in_flight()))
    assert session.back()  # replays the shot to rebuild the picture
    assert flights == [False] and not view.in_flight()
    assert view.holes_count() == 1 and len(view.error_lines()) == 1
    assert view.headline().startswith("Shot 1:")


# --- the green arrow at any size --------------------------------------------------------------
def arrow_of_size(session, view, step_cm):
    """The real shot and loss, then a pull-back asking for `step_cm`."""
    from types import SimpleNamespace

    session.fire()
    session.measure_loss()
    session.pulled_back.emit(SimpleNamespace(aim_step_cm=np.array(step_cm, dtype=float)))
    return view.correction_arrow_px()


def pixel_length(a, b):
    return float(np.hypot(b[0] - a[0], b[1] - a[1]))


def test_an_arrow_on_the_target_is_drawn_whole_and_to_scale(make_view):
    session, view = make_view()
    a, b, kind = arrow_of_size(session, view, (12.0, -5.0))
    assert kind == "whole"
    assert pixel_length(a, b) == pytest.approx(13.0 * view.pixels_per_cm())


@pytest.mark.parametrize("step", [(3e4, 4e4), (-1e12, 2.0), (0.0, -5e300)])
def test_a_huge_arrow_stops_at_the_edge_and_says_it_goes_on(make_view, step):
    session, view = make_view()
    a, b, kind = arrow_of_size(session, view, step)
    assert kind == "continues"
    edge = view.to_pixels(EXTENT_CM, EXTENT_CM)
    corner = view.to_pixels(-EXTENT_CM, -EXTENT_CM)
    for x, y in (a, b):  # both ends on the view: no line runs off the screen
        assert corner.x() - 1e-6 <= x <= edge.x() + 1e-6
        assert edge.y() - 1e-6 <= y <= corner.y() + 1e-6
    direction = np.array([b[0] - a[0], a[1] - b[1]])  # screen y runs down
    cosine = direction @ np.array(step) / (np.hypot(*direction) * np.hypot(*step))
    assert cosine == pytest.approx(1.0, abs=1e-6)
    tip = view.to_cm(QPointF(*b))
    assert max(abs(tip[0]), abs(tip[1])) == pytest.approx(EXTENT_CM)
    image = view.grab().toImage()  # the head is painted on the edge, in the arrow's green
    back = np.array(b) - 8 * direction / np.hypot(*direction) * np.array([1, -1])
    assert close_to(image.pixelColor(int(back[0]), int(back[1])),
                    DEFAULT_STYLE.color("gradient"), 60)


@pytest.mark.parametrize("step", [(0.004, 0.0), (0.0, -0.3), (-1e-9, 1e-9)])
def test_a_tiny_arrow_still_points_the_way_from_the_holes_rim(make_view, step):
    session, view = make_view()
    a, b, kind = arrow_of_size(session, view, step)
    assert kind == "pointer"
    hole = view.to_pixels(*view.arrow_origin_cm())
    assert np.hypot(a[0] - hole.x(), a[1] - hole.y()) > view.current_radius()  # not hidden
    assert pixel_length(a, b) >= DEFAULT_STYLE.px(16)  # long enough to see its head
    direction = np.array([b[0] - a[0], a[1] - b[1]])
    cosine = direction @ np.array(step) / (np.hypot(*direction) * np.hypot(*step))
    assert cosine == pytest.approx(1.0, abs=1e-6)
    view.grab()


def test_arrow_labels_give_small_sizes_in_readable_units():
    assert format_distance_cm(0.004) == "< 0.01 cm"
    assert format_distance_cm(0.26) == "0.26 cm"
    assert format_distance_cm(3.46) == "3.5 cm"
    assert format_distance_cm(37.4) == "37 cm"
    assert format_distance_cm(1234.0) == "12.3 m"


def test_export_paints_the_landed_shot_at_any_size(make_view):
    from PySide6.QtGui import QImage, QPainter

    session, view = make_view(speed=1.0)
    session.fire()
    assert view.in_flight()
    image = QImage(1200, 1200, QImage.Format_ARGB32)
    painter = QPainter(image)
    view.paint_export(painter, 1200, 1200)
    painter.end()
    assert not view.in_flight()  # exported as landed
    # Laid out at 800 px and scaled: the bullseye's black mark fills the middle.
    assert close_to(image.pixelColor(600, 600 + 30), DEFAULT_STYLE.color("target_black"))
    assert close_to(image.pixelColor(3, 3), DEFAULT_STYLE.color("background"), 3)


# --- read from the back of a classroom (1920x1080 window: the target gets about 670 px) ------
CLASSROOM_SIZE = (670, 700)


def test_past_holes_are_big_enough_with_a_dark_rim_at_1080p(make_view):
    from shooter.constants import BLACK_RINGS_FROM

    session, view = make_view(size=CLASSROOM_SIZE)
    session.step()
    session.step()  # the first hole is now a past one
    hole_px = view.target_geometry().hole_px()
    assert hole_px >= 14
    hole = view.past_holes_cm()[-1]
    assert ring_scores(hole[None])[0] < BLACK_RINGS_FROM  # on the light paper
    centre = view.to_pixels(*hole)
    image = view.grab().toImage()
    rim = image.pixelColor(int(centre.x() + hole_px / 2 - 1.5), int(centre.y()))
    assert close_to(rim, DEFAULT_STYLE.color("text"), 60)


def test_one_shots_red_line_and_green_arrow_are_both_visible(make_view):
    session, view = make_view(size=CLASSROOM_SIZE)
    fire = session.fire()
    session.measure_loss()
    session.pull_back()  # squared distance: the correction points straight at the bullseye
    a, b, _ = view.correction_arrow_px()
    image = view.grab().toImage()
    arrow_mid = QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    assert close_to(image.pixelColor(arrow_mid.toPoint()), DEFAULT_STYLE.color("gradient"), 60)
    hole, bull = view.to_pixels(*fire.impacts_cm[0]), view.to_pixels(0.0, 0.0)
    for share in (0.1, 0.3):  # along the red line, between the bullseye and the hole
        point = QPointF(bull.x() + (hole.x() - bull.x()) * share,
                        bull.y() + (hole.y() - bull.y()) * share)
        assert close_to(image.pixelColor(point.toPoint()), DEFAULT_STYLE.color("error"), 60)


@pytest.mark.parametrize("lesson", ["sight-in", "burst"])
def test_the_correction_size_is_written_clear_of_rings_and_holes(make_view, lesson):
    session, view = make_view(lesson, size=CLASSROOM_SIZE)
    assert view.correction_label_rect() is None
    fire = session.fire()
    session.measure_loss()
    session.pull_back()
    rect = view.correction_label_rect()
    assert rect is not None and "cm" in view.correction_size_text()
    assert QRectF(0, 0, view.width(), view.height()).contains(rect)
    assert not any(rect.intersects(ring) for ring in view.ring_number_rects())
    radius = view.current_radius()
    for x, y in fire.impacts_cm:
        centre = view.to_pixels(x, y)
        assert not rect.intersects(QRectF(centre.x() - radius, centre.y() - radius,
                                          2 * radius, 2 * radius))


def test_the_legend_fits_a_narrow_view(make_view):
    session, view = make_view(size=(320, 360))
    session.step()
    for _, rect, _ in view.legend_layout()[0]:
        assert 0 <= rect.left() and rect.right() <= view.width()


def test_a_language_switch_rewrites_the_painted_words(make_view):
    from PySide6.QtCore import QEvent

    from shooter.i18n import Languages

    session, view = make_view()
    session.fire()
    session.measure_loss()
    english = view.grab().toImage()
    languages = Languages()
    try:
        languages.switch("zh_CN")  # no event loop runs: the view sees the new language itself
        assert "环" in view.headline()
        assert [text for text, _, _ in view._placed_words().headline] == [view.headline()]
        assert view.grab().toImage() != english
    finally:
        languages.switch("en")
    translator = Chinese()
    QCoreApplication.installTranslator(translator)
    try:  # the event the running app delivers for a new translator
        QCoreApplication.sendEvent(view, QEvent(QEvent.LanguageChange))
        assert [text for text, _, _ in view._placed_words().headline] == [view.headline()]
        assert "环" in view.headline()
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendEvent(view, QEvent(QEvent.LanguageChange))
    assert view.grab().toImage() == english


def test_on_a_small_target_past_holes_shrink_with_it(make_view):
    """Beside the control panel on a 1024x768 laptop the target is a few hundred pixels:
    holes a projector needs would hide its middle under a few hundred shots."""
    from shooter.app.target.geometry import PAST_HOLE_SHARE

    _session, view = make_view(size=(330, 420))
    geo = view.target_geometry()
    assert geo.hole_px() <= PAST_HOLE_SHARE * geo.square.width() + 1e-9
    assert geo.hole_px() >= 6  # still a dot one sees
