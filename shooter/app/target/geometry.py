"""Where things go on the target view: cm <-> pixels, clipping to the view, edge points, arrows.

Target coordinates are cm, right and up from the bullseye; the view shows the square ±EXTENT_CM
below a headline and above a legend. Nothing here paints.
"""

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from shooter.app import legible
from shooter.constants import BULLET_DIAMETER_CM, RING_COUNT, RING_WIDTH_CM

EXTENT_CM = 60.0  # the view shows ±60 cm: a little beyond the 50 cm target
MAX_SPELLED = 3  # shots named one by one (headline, labels, big holes); more get a summary
PAST_HOLE_PX = 16  # past-hole diameter at scale 1: about 4 mm on a 2 m projected picture
# ...but at most this share of the target's side: on a small target (a laptop beside the
# control panel) 16 px holes pile into one grey blob that hides the inner rings.
PAST_HOLE_SHARE = 0.035
HEADLINE_SIZE = 1.5  # headline font, relative to the style's base size
LEGEND_SIZE = 1.3
RING_NUMBER_SHARE = 0.55  # a ring number's pixel size, of its ring's width, where that is legible


def clip_to_rect(start, end, left, bottom, right, top):
    """The part of the segment start->end inside the box (Liang-Barsky), or None.
    bottom < top as numbers (a box in cm, or pixels with y down: then pass top, bottom)."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - bottom), (dy, top - y0)):
        if p == 0.0:
            if q < 0.0:
                return None
            continue
        r = q / p
        if p < 0.0:
            lo = max(lo, r)
        else:
            hi = min(hi, r)
        if lo > hi:
            return None
    return (x0 + lo * dx, y0 + lo * dy), (x0 + hi * dx, y0 + hi * dy)


def clip_segment(start, end, half=EXTENT_CM):
    """The part of the segment start->end inside the square ±half, or None."""
    return clip_to_rect(start, end, -half, -half, half, half)


def segment_meets_rect(a, b, rect):
    """Whether the pixel segment a-b (QPointF) crosses the QRectF."""
    return clip_to_rect((a.x(), a.y()), (b.x(), b.y()),
                        rect.left(), rect.top(), rect.right(), rect.bottom()) is not None


def edge_point(offset, half=EXTENT_CM):
    """Where the ray from the bullseye towards `offset` leaves the square ±half."""
    x, y = offset
    reach = max(abs(x), abs(y))
    return (x * half / reach, y * half / reach)


def ring_line_px(style):
    """The width of the lines between rings."""
    return max(1.0, style.px(1.5))


def ring_number_layout(style, band, cx, cy):
    """(font, [(ring, rect)], boxed) for the numbers of rings 1..9 around a bullseye at
    (cx, cy) with rings `band` pixels wide; each rect holds its number's ink and a ring
    line's width around it, centred in its band on the four axes.

    The font takes RING_NUMBER_SHARE of the band, but never less than the legible floor.
    Where a number at that size (with the ring lines either side) is wider or taller than one
    band, only every `step`-th ring from the outside is numbered, step being the bands one
    number needs: 1, 3, 5, 7, 9, or 1, 4, 7, ... Those numbers reach into their unnumbered
    neighbours, so they are `boxed`: drawn on a patch of their own ring's colour.
    """
    font = QFont(style.font(bold=True))
    font.setPixelSize(max(1, math.ceil(max(legible.floor_px(style), band * RING_NUMBER_SHARE))))
    metrics = QFontMetricsF(font)
    digits = [metrics.tightBoundingRect(str(ring)) for ring in range(1, RING_COUNT)]
    pad = ring_line_px(style)
    extent = max(max(r.width(), r.height()) for r in digits) + 2 * pad
    step = max(1, math.ceil(extent / band - 1e-9)) if band > 0 else RING_COUNT
    placed = []
    for ring in range(1, RING_COUNT, step):
        mid = (RING_COUNT - ring + 0.5) * band
        ink = digits[ring - 1].adjusted(-pad, -pad, pad, pad)  # the digits and a line's width
        for dx, dy in ((-mid, 0), (mid, 0), (0, -mid), (0, mid)):
            ink.moveCenter(QPointF(cx + dx, cy + dy))
            placed.append((ring, QRectF(ink)))
    return font, placed, step > 1


def off_view(points_cm):
    """Which of the (n, 2) points lie beyond the view (or are not finite)."""
    return ~np.all(np.abs(points_cm) <= EXTENT_CM, axis=1)


class Geometry:
    """The layout of one canvas size and style: headline, target square and legend rects,
    and the mapping between target cm and pixels."""

    def __init__(self, width, height, style):
        self.width, self.height, self.style = width, height, style
        margin = style.px(10)
        head_h = 2 * QFontMetricsF(style.font(HEADLINE_SIZE, bold=True)).lineSpacing() + margin
        legend_h = QFontMetricsF(style.font(LEGEND_SIZE)).lineSpacing() + margin
        free = height - head_h - legend_h - 2 * margin
        side = max(10.0, min(width - 2 * margin, free))
        top = head_h + margin + max(0.0, (free - side) / 2)
        self.headline = QRectF(margin, margin / 2, width - 2 * margin, head_h)
        self.square = QRectF((width - side) / 2, top, side, side)
        self.legend = QRectF(margin, height - legend_h, width - 2 * margin, legend_h)
        self.scale = side / (2 * EXTENT_CM)  # pixels per cm
        self._cx, self._cy = self.square.center().x(), self.square.center().y()
        self._ring_numbers = None

    def bounds(self):
        return QRectF(0.0, 0.0, self.width, self.height)

    def to_pixels(self, x_cm, y_cm):
        """A point on the target (cm, up positive) to pixels."""
        return QPointF(self._cx + x_cm * self.scale, self._cy - y_cm * self.scale)

    def to_cm(self, point):
        """Pixels back to target cm: the inverse of to_pixels."""
        return ((point.x() - self._cx) / self.scale, (self._cy - point.y()) / self.scale)

    def pixel_xy(self, points_cm):
        """Many target points at once: (xs, ys) numpy arrays in pixels."""
        points_cm = np.asarray(points_cm, dtype=np.float64).reshape(-1, 2)
        return self._cx + points_cm[:, 0] * self.scale, self._cy - points_cm[:, 1] * self.scale

    def pixel_points(self, points_cm):
        """Many target points at once, as QPointF."""
        xs, ys = self.pixel_xy(points_cm)
        return [QPointF(x, y) for x, y in zip(xs.tolist(), ys.tolist())]

    def hole_px(self):
        """Diameter of a past hole: to scale, but never too small to see from the back row,
        nor, on a small target, so big that a few hundred cover its middle."""
        readable = min(self.style.px(PAST_HOLE_PX), PAST_HOLE_SHARE * self.square.width())
        return max(readable, BULLET_DIAMETER_CM * self.scale)

    def current_radius(self, count):
        """Radius of the newest holes: big for a shot or a small burst, smaller in a batch."""
        big = count <= MAX_SPELLED
        return max(self.style.px(10 if big else 7), self.hole_px() * (0.8 if big else 0.6))

    def ring_numbers(self):
        """(font, [(ring, rect)], boxed): the ring numbers, their font and the boxes they
        are drawn in, see ring_number_layout."""
        if self._ring_numbers is None:
            self._ring_numbers = ring_number_layout(self.style, RING_WIDTH_CM * self.scale,
                                                    self._cx, self._cy)
        return self._ring_numbers

    def ring_number_rects(self):
        """The boxes the ring numbers are drawn in, as (ring, rect)."""
        return self.ring_numbers()[1]

    # --- arrows ------------------------------------------------------------------------------
    def arrow(self, start_cm, vector_cm, rim_px, head_px):
        """(a, b, kind) in pixels for an arrow from start_cm by vector_cm, or None.

        kind is "whole" (drawn to scale, tip on the view), "continues" (cut at the view's
        edge; the tip lies beyond) or "pointer" (too short to show beside the hits: a short
        arrow from their rim, `rim_px` from the start, gives the direction).
        """
        end = start_cm + vector_cm
        if not np.all(np.isfinite(end)) or not np.all(np.isfinite(vector_cm)):
            return None
        length_px = float(np.hypot(*vector_cm)) * self.scale
        if 0.0 < length_px < rim_px + head_px:
            return self._pointer(start_cm, vector_cm, rim_px, head_px)
        visible = clip_segment(tuple(start_cm), tuple(end))
        if visible is None:
            return None
        a, b = self.to_pixels(*visible[0]), self.to_pixels(*visible[1])
        return a, b, "whole" if np.allclose(visible[1], end) else "continues"

    def _pointer(self, start_cm, vector_cm, rim, head_px):
        """A short arrow starting at the hits' rim, pointing along vector_cm."""
        ux, uy = vector_cm / float(np.hypot(*vector_cm))
        centre = self.to_pixels(*np.clip(start_cm, -EXTENT_CM, EXTENT_CM))
        a = QPointF(centre.x() + ux * rim, centre.y() - uy * rim)
        reach = head_px * 1.8
        return a, QPointF(a.x() + ux * reach, a.y() - uy * reach), "pointer"


def beside_error_line(a, b, start_cm, vector_cm, gap):
    """Shift an arrow sideways by `gap` px when it runs along the red line to its hole.

    One shot's correction points straight back at the bullseye, so it would hide the
    red line; moved a few pixels aside both stay visible (length and direction unchanged).
    A short pointer is moved too: it starts at the hole's rim and runs along the line.
    """
    along = float(np.hypot(*start_cm)) * float(np.hypot(*vector_cm))
    if along == 0.0:
        return a, b
    cross = abs(start_cm[0] * vector_cm[1] - start_cm[1] * vector_cm[0]) / along
    if cross > math.sin(math.radians(8)):
        return a, b
    dx, dy = b.x() - a.x(), b.y() - a.y()
    norm = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / norm * gap, dx / norm * gap
    return QPointF(a.x() + nx, a.y() + ny), QPointF(b.x() + nx, b.y() + ny)


def back_along(a, b, distance):
    """The point `distance` pixels back from b towards a."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1.0
    return QPointF(b.x() - dx / length * distance, b.y() - dy / length * distance)


def arrow_head(a, b, size, width=0.55):
    """The three corners of a head of `size` px at b, for an arrow from a; None if a == b."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return None
    ux, uy = dx / length, dy / length
    base = QPointF(b.x() - ux * size, b.y() - uy * size)
    return [b, QPointF(base.x() - uy * size * width, base.y() + ux * size * width),
            QPointF(base.x() + uy * size * width, base.y() - ux * size * width)]
