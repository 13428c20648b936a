"""How small a text may be drawn: the presentation rule, in one place.

In presentation mode every text stands at least FLOOR_PX_AT_1080 pixels tall (its font's
pixel size) on a 1080-line screen, and in proportion to the style's scale elsewhere: about
14 px on a 768-line projector, more after Ctrl+=, less after Ctrl+-. Views that size a text
by the room it has (ring numbers in a ring's band) never go below it; where the room is too
small they show fewer texts instead. The network view and the plots hold their digits
themselves to the floor, a stricter reading of the same rule.
"""

import re

from PySide6.QtGui import QFont, QGuiApplication

from shooter.app.style import PRESENTATION_SCALE

FLOOR_PX_AT_1080 = 20.0
POINTS_PER_INCH = 72.0


def floor_px(style):
    """The least pixel size of any text drawn in `style`."""
    return floor_px_at(style.scale)


def floor_px_at(scale):
    """The floor at a presentation scale: FLOOR_PX_AT_1080 at the 1080-line screen's."""
    return FLOOR_PX_AT_1080 * scale / PRESENTATION_SCALE


def screen_dpi():
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def font_px(font):
    """A font's size in pixels, whether it was set in pixels or in points."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return font.pointSizeF() * screen_dpi() / POINTS_PER_INCH


def at_least_floor(font, style):
    """`font`, enlarged to the floor when it is smaller (a copy; the font is kept)."""
    if font_px(font) >= floor_px(style):
        return font
    bigger = QFont(font)
    bigger.setPointSizeF(floor_px(style) * POINTS_PER_INCH / screen_dpi())
    return bigger


def min_relative(style):
    """The smallest size relative to the style's base font that meets the floor."""
    return floor_px(style) / font_px(style.font())


NO_BREAK_SPACE = "\u00a0"
# A number and its unit (Latin or Chinese) separated by one plain space.
_NUMBER_SPACE_UNIT = re.compile(
    r"(?<=\d) (?=(?:m/s|mrad|cm|mm|km|m|s|%|米/秒|毫弧度|厘米|毫米|千米|米|秒)(?![A-Za-z]))")


def units_together(text):
    """`text` with the space between a number and its unit made non-breaking, so a wrapped
    line never ends in '100' and starts the next with 'm' (in either language)."""
    return _NUMBER_SPACE_UNIT.sub(NO_BREAK_SPACE, text)
