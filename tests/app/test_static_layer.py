"""The target's cached layer shows the same pixels for the same past holes, however they
arrived: one by one, in bursts, or all at once when the timeline goes back."""

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter, QPixmap

from shooter.app.session import Session
from shooter.app.target import TargetView, painting
from shooter.app.target.holes import FADE_LEVELS, MAX_HOLES, Holes
from shooter.app.target.static_layer import REBAKE_STEP, StaticLayer, shown_holes


@pytest.fixture
def geometry(qtbot):
    view = TargetView(Session("sight-in"))
    qtbot.addWidget(view)
    view.resize(500, 500)
    return view.target_geometry()


def scattered(count, seed=3):
    """Holes close together, so many overlap (where the drawing order shows)."""
    return np.random.default_rng(seed).normal(0.0, 6.0, size=(count, 2))


def layer_after(batches, geo, look_each_time):
    holes, layer = Holes(), StaticLayer()
    for batch in batches:
        holes.land(batch)
        if look_each_time:
            layer.current(500, 500, 1.0, geo, holes)
    holes.land(np.empty((0, 2)))  # the last batch joins the past too
    return layer.current(500, 500, 1.0, geo, holes).toImage(), layer


@pytest.mark.parametrize("count", [REBAKE_STEP - 10, 3 * REBAKE_STEP + 40])
def test_built_while_running_equals_drawn_at_once(geometry, count):
    shots = scattered(count)
    sizes = np.random.default_rng(5).integers(1, 40, size=count)
    cuts = np.cumsum(sizes)[np.cumsum(sizes) < count]
    batches = np.split(shots, cuts)
    as_run, layer = layer_after(batches, geometry, look_each_time=True)
    at_once, _ = layer_after([shots], geometry, look_each_time=False)
    assert layer.renders == 1 + count // REBAKE_STEP  # added to between the re-drawings
    assert as_run == at_once


def test_fading_counts_from_the_last_redrawing_and_later_holes_are_full():
    holes = Holes()
    holes.land(scattered(REBAKE_STEP + 5))
    holes.land(np.empty((0, 2)))
    shown, levels = shown_holes(holes)
    assert len(shown) == REBAKE_STEP + 5
    assert np.all(levels[REBAKE_STEP:] == FADE_LEVELS - 1)
    assert levels[REBAKE_STEP - 1] == FADE_LEVELS - 1  # the newest at the re-drawing
    assert levels[0] < FADE_LEVELS - 1  # the oldest has faded


def test_only_holes_the_buffer_keeps_to_the_next_redrawing_are_shown():
    holes = Holes()
    holes.land(scattered(MAX_HOLES + 100))
    holes.land(np.empty((0, 2)))
    shown, _ = shown_holes(holes)
    start = holes.past_total - holes.past_total % REBAKE_STEP
    assert len(shown) == holes.past_total - (start + REBAKE_STEP - MAX_HOLES)
    assert np.array_equal(shown, holes.past()[-len(shown):])


def pixels(image):
    image = image.convertToFormat(QImage.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1, 4)
    return rows[:, :image.width(), :3].astype(int)


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_the_cached_holes_look_as_drawn_with_pens(geometry, ratio):
    """The layer lays each hole in as a picture; it must look like the rim and fill drawn
    at the hole, at any device pixel ratio: the same picture, at most a pixel's shift."""
    holes = Holes()
    holes.land(scattered(700))
    holes.land(np.empty((0, 2)))
    cached = StaticLayer().current(500, 500, ratio, geometry, holes).toImage()
    drawn = QPixmap(cached.size())
    drawn.setDevicePixelRatio(ratio)
    drawn.fill(geometry.style.color("background"))
    painter = QPainter(drawn)
    painter.setRenderHint(QPainter.Antialiasing)
    painting.paint_target(painter, geometry)
    painter.setClipRect(geometry.square)
    painting.paint_past_holes(painter, geometry, *shown_holes(holes))
    painter.end()
    difference = np.abs(pixels(cached) - pixels(drawn.toImage()))
    assert difference.mean() < 1.0  # of 255
    assert (difference.max(axis=2) > 64).mean() < 0.005  # a hole's edge here and there


def test_a_hole_without_a_finite_place_is_left_out(geometry):
    """The layer's buffer keeps finite holes only; the pictures are safe on their own too
    (Qt would be handed a NaN position)."""
    image = QImage(500, 500, QImage.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    holes = np.array([[0.0, 0.0], [np.nan, 1.0], [np.inf, -np.inf], [5.0, 5.0]])
    painting.HoleStamps(geometry, 1.0).paint(painter, geometry, holes, np.array([7, 7, 7, 7]))
    painter.end()
    assert pixels(image).any()  # the two finite holes are drawn
