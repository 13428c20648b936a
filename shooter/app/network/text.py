"""How big the network view writes, and the box each line of text takes.

At the desk (scale 1 or less) the view keeps its own small sizes. Above it (presentation
mode, or text enlarged with Ctrl+=) every text stands on presentation mode's floor: digits at
least 20 px tall at the 1080-line presentation scale (1.6) and in proportion to the scale
below and above it, so Ctrl+= and Ctrl+- grow and shrink every text together.
"""

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from shooter.app.legible import floor_px_at

DESK = {"label": 1.0, "title": 0.85, "legend": 0.85, "value": 0.8}  # relative to the style
PRESENTING = 1.2  # every text above the desk's scale starts here, then grows to the floor
GROW_STEP = 1.03
INK_PAD_PX = 2.0  # each side of the words: glyphs may reach a little past their advance
# Drawn with the font's real extent rather than its line height: ascenders, descenders, a
# Chinese character, a digit and the aim's arrows all lie inside the box of this sample.
BOX_SAMPLE = "Hdgjy|距0↕↔"


def floor_px(scale):
    """The least digit height a text may have at this scale (0 at the desk): the view
    holds its digits, not only its fonts, to presentation's floor."""
    return floor_px_at(scale) if scale > 1.0 else 0.0


def digit_height(font):
    """How tall digits stand in this font, in pixels: what the floor is measured on."""
    return QFontMetricsF(font).tightBoundingRect("0123456789").height()


def fonts(style):
    """The font of each kind of text (label, title, legend, value) at the style's scale."""
    if style.scale <= 1.0:
        return {kind: style.font(relative) for kind, relative in DESK.items()}
    font = style.font(PRESENTING)
    floor = floor_px(style.scale)
    while digit_height(font) < floor:
        font.setPointSizeF(font.pointSizeF() * GROW_STEP)
    return dict.fromkeys(DESK, font)


class Box(NamedTuple):
    """The height one line of text takes in a font, and where its baseline lies in it."""

    above: float  # from the box's top to the baseline
    height: float

    @classmethod
    def of(cls, font):
        key = font.key()
        if key not in _BOXES:  # the layout asks for every line it places
            ink = QFontMetricsF(font).tightBoundingRect(BOX_SAMPLE)
            _BOXES[key] = cls(-ink.top() + 1.0, ink.height() + 2.0)
        return _BOXES[key]


_BOXES = {}


class TextPlace(NamedTuple):
    """One line of text as the view paints it: the words, the box they are drawn in (their
    advance and a little more, by the font's Box), the font, and where it starts. `mark`
    names the palette colour of a legend entry's swatch."""

    kind: str  # "label", "title", "legend" or "value"
    text: str
    rect: QRectF
    font: object  # QFont
    origin: QPointF  # where drawText starts: the words centred in the box, on the baseline
    mark: str = ""


def advance(font, text):
    return QFontMetricsF(font).horizontalAdvance(text)


def place(kind, text, font, left, centre_y, width=None, mark=""):
    """A TextPlace whose box starts at `left` and is centred on `centre_y`; the box is a
    little wider than the words, where glyphs (and their whole-pixel ink) reach past the advance."""
    box = Box.of(font)
    top = centre_y - box.height / 2.0
    width = advance(font, text) + 2 * INK_PAD_PX if width is None else width
    return TextPlace(kind, text, QRectF(left, top, width, box.height), font,
                     origin(font, text, left + width / 2.0, top + box.above), mark)


def origin(font, text, centre_x, baseline):
    return QPointF(centre_x - advance(font, text) / 2.0, baseline)
