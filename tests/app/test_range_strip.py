"""The range strip: the flight rebuilt from the fire record, drop, wind flag, flight time."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from shooter.app.range_strip import MAX_PATHS, RangeStrip, drop_cm, rebuild_paths  # noqa: E402
from shooter.app.session import Session  # noqa: E402
from shooter.app.style import DEFAULT_STYLE  # noqa: E402
from shooter.core.ballistics import trajectory_cm  # noqa: E402

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def make_strip(qtbot):
    def make(lesson="sight-in"):
        session = Session(lesson)
        strip = RangeStrip(session)
        qtbot.addWidget(strip)
        strip.resize(900, 120)
        strip.show()
        return session, strip
    return make


def test_rebuilt_path_is_the_trainers_flight_without_reading_its_rifle(make_strip):
    session, strip = make_strip("wind")  # distances and winds vary, the sight is off
    fire = session.fire()
    x, up = rebuild_paths(fire)
    rifle = session.trainer.rifle  # only the test looks at the hidden sight offset
    n = len(up)
    conditions = fire.conditions.take(slice(0, n))
    x_true, true = trajectory_cm(rifle, fire.aim_mrad[:n] + fire.tremor_mrad[:n], conditions)
    np.testing.assert_allclose(x, x_true)
    np.testing.assert_allclose(up, true[..., 1], atol=1e-9)
    np.testing.assert_allclose(up[:, -1], fire.impacts_cm[:n, 1])


def test_fire_draws_the_latest_shots(make_strip):
    session, strip = make_strip("burst")
    assert strip.trajectories() == []
    fire = session.fire()
    paths = strip.trajectories()
    assert len(paths) == min(MAX_PATHS, len(fire.impacts_cm))
    x, up = paths[0]
    assert x[0] == 0.0 and up[0] == 0.0  # from the muzzle on the line of sight
    assert x[-1] == pytest.approx(100.0) and up[-1] == pytest.approx(fire.impacts_cm[0, 1])
    strip.grab()


def test_labels_give_distance_drop_and_flight_time(make_strip):
    session, strip = make_strip()
    fire = session.fire()
    distance, drop, flight, wind, stretch = strip.labels()
    assert distance == "100 m"
    assert 5 < drop_cm(fire) < 10  # a 850 m/s bullet falls about 7 cm over 100 m
    assert drop == f"drop {drop_cm(fire):.0f} cm"
    assert flight == f"flight {fire.flight_time_s[0]:.2f} s"
    assert wind == "no crosswind" and strip.flag_length_px() == 0.0
    assert strip.vertical_exaggeration() > 1  # the height is stretched, and the label says so
    assert stretch == f"height ×{strip.vertical_exaggeration():.0f}"


def test_wind_flag_follows_the_latest_crosswind(make_strip):
    session, strip = make_strip("wind")
    lengths = {}
    for _ in range(12):
        session.frame.emit(session.trainer.step())  # automatic training updates it too
        wind = strip.wind_mps()
        assert wind == session.trainer.last["fire"].conditions.crosswind_mps[0]
        assert np.sign(strip.flag_length_px()) == np.sign(wind)
        lengths[abs(wind)] = abs(strip.flag_length_px())
    ordered = [lengths[w] for w in sorted(lengths)]
    assert ordered == sorted(ordered) and ordered[-1] > ordered[0]


def test_clear_and_style(make_strip):
    session, strip = make_strip()
    session.fire()
    small, hint = strip.grab().toImage(), strip.sizeHint().height()
    strip.set_style(DEFAULT_STYLE.scaled(2.0))
    assert strip.sizeHint().height() == 2 * hint
    assert strip.grab().toImage() != small
    strip.clear()
    assert strip.trajectories() == [] and strip.wind_mps() is None
    strip.grab()


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.0])
def test_labels_never_overlap_nor_get_cut_however_narrow_the_strip(make_strip, scale):
    session, strip = make_strip("wind")
    strip.set_style(DEFAULT_STYLE.scaled(scale))
    assert strip.label_places() == []  # nothing fired yet
    for _ in range(3):
        session.frame.emit(session.trainer.step())  # a crosswind, so the longest wind label
    for width in range(60, 2000, 20):
        strip.resize(width, int(strip.sizeHint().height()))
        distance, drop, flight, wind, stretch = strip.labels()
        whole = {distance, drop, f"{drop}   {flight}", wind, stretch}
        places = strip.label_places()
        for i, (text, rect) in enumerate(places):
            assert text in whole, (width, text)  # left out if need be, never shortened
            assert strip.rect().toRectF().contains(rect), (width, text)
            assert not any(rect.intersects(other) for _, other in places[i + 1:]), (width, text)
        if width >= 900 * scale:  # wide enough: every label on the strip
            assert sorted(text for text, _ in places) == sorted(
                [distance, f"{drop}   {flight}", wind, stretch]), width
        if width >= 450 * scale:  # the distance, drop and wind are never the ones left out
            assert {distance, wind} <= {text for text, _ in places}, width
            assert any(text.startswith(drop) for text, _ in places), width
    strip.grab()


def test_going_back_computes_one_flight_not_one_per_replayed_shot(make_strip):
    session, strip = make_strip("wind")
    for _ in range(30):
        session.step()
    then = {}
    for step in (10, 20):
        session.show_step(step)
        strip.grab()
        then[step] = strip.trajectories()
    session.show_step(29)
    built = strip.paths_built
    session.show_step(10)  # the views are rebuilt from the log: 10 shots replayed
    assert strip.paths_built == built  # nothing computed yet ...
    strip.grab()
    assert strip.paths_built == built + 1  # ... and only the last shot's paths when drawn
    for step in (10, 20):
        session.show_step(step)
        shown = strip.trajectories()
        assert all(np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
                   for a, b in zip(shown, then[step], strict=True))
    session.show_present()
    session.step()  # a new shot while the run goes on is drawn at once
    assert strip.paths_built > built + 1 and strip.trajectories()
