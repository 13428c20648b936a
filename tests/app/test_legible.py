"""The legible floor in presentation mode: ring numbers never below it (fewer of them on a
small target), the range strip's first words wrap, a number keeps its unit on its line."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from shooter.app import legible
from shooter.app.range_strip import RangeStrip
from shooter.app.session import Session
from shooter.app.style import DEFAULT_STYLE
from shooter.app.target.geometry import Geometry
from shooter.app.target.labels import wrap
from shooter.constants import RING_COUNT

AT_768 = DEFAULT_STYLE.scaled(1.6 * 768 / 1080)  # F5 on a 1024x768 projector


def test_the_floor_is_20_px_at_1080_lines_and_in_proportion_below(qapp):
    assert legible.floor_px(DEFAULT_STYLE.scaled(1.6)) == pytest.approx(20.0)
    assert legible.floor_px(AT_768) == pytest.approx(20.0 * 768 / 1080)
    assert legible.font_px(AT_768.font(legible.min_relative(AT_768))) == pytest.approx(
        legible.floor_px(AT_768))


@pytest.mark.parametrize("side, numbered", [(900, list(range(1, RING_COUNT))),
                                            (330, [1, 3, 5, 7, 9]), (160, [1, 4, 7])])
def test_ring_numbers_keep_the_floor_and_fewer_rings_are_numbered_when_bands_are_narrow(
        qapp, side, numbered):
    geo = Geometry(side, side + 200, AT_768)
    font, placed, boxed = geo.ring_numbers()
    assert legible.font_px(font) >= legible.floor_px(AT_768)
    assert sorted({ring for ring, _ in placed}) == numbered
    assert boxed == (numbered[1] - numbered[0] > 1)
    for i, (_, a) in enumerate(placed):  # four per ring, none on another
        assert not any(a.intersects(b) for _, b in placed[i + 1:])


def test_a_ring_number_fits_its_band_when_every_ring_is_numbered(qapp):
    geo = Geometry(900, 1100, AT_768)
    band = 5.0 * geo.scale
    _, placed, boxed = geo.ring_numbers()
    assert not boxed and all(max(r.width(), r.height()) <= band for _, r in placed)


def test_the_strips_first_words_wrap_in_a_narrow_strip_and_stay_inside(qtbot):
    strip = RangeStrip(Session("sight-in"), AT_768)
    qtbot.addWidget(strip)
    strip.resize(259, int(AT_768.px(120)))
    rect = strip.placeholder_rect()
    assert QRectF(strip.rect()).contains(rect)
    one_line = QFontMetricsF(AT_768.font()).lineSpacing()
    assert rect.height() > 1.5 * one_line  # wrapped, not cut
    (text, _, drawn), = strip.painted_texts()
    assert drawn == rect and text == strip.labels()[0]


@pytest.mark.parametrize("text", ["Round 1: the sight-in range, 100 m, no wind",
                                  "第 1 轮：校枪靶场，100 m，无风",
                                  "条件：距离 100 米，横风 3.0 m/s。"])
def test_a_number_and_its_unit_never_part_at_a_line_break(qapp, text):
    kept = legible.units_together(text)
    font = AT_768.font(1.1, bold=True)
    for width in range(60, 400, 7):
        lines, _ = wrap(kept, font, width)
        for line, following in zip(lines, lines[1:]):
            assert not (line[-1:].isdigit() and following[:1] in "m米"), (width, lines)
