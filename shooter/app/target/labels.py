"""Where the words on the target view go: the headline's lines, the boxed labels beside holes
and edge markers, the legend line. Each text gets a place where it is whole and touches no
other text; nothing here paints.
"""

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QTextLayout

from shooter.app import legible
from shooter.app.target.geometry import HEADLINE_SIZE, LEGEND_SIZE, segment_meets_rect

SHRINK_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6)  # text gets smaller before it gets cut
LABEL_SIZE = 1.3  # labels on the target, relative to the base font
MISS_LABEL_SIZE = 1.15
MAX_EDGE_LABELS = 4  # off-view markers that carry a distance label


def shrinks(style, relative):
    """The SHRINK_STEPS a text of `relative` size may take: none below the legible floor
    (the floor itself is the last)."""
    least = legible.min_relative(style) / relative
    return [step for step in SHRINK_STEPS if step > least] + [max(least, SHRINK_STEPS[-1])]


# --- the headline --------------------------------------------------------------------------
def wrap(text, font, width):
    """The lines Qt's own line breaking makes of `text` at `width` (Chinese included), and
    whether each fits: a word longer than the width cannot."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines, fits = [], True
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
        fits = fits and line.naturalTextWidth() <= width + 0.5
    layout.endLayout()
    return lines, fits


def headline_lines(style, rect, headline, second="", most=2):
    """[(text, font, rect)] for the headline (and a second line under it): never more than
    two lines, never cut at the edge. The text shrinks (to 60%) before it wraps further.
    Where no size gives two lines, up to `most` lines may be taken, at the largest size
    whose lines still fit the rect's height; whatever still does not fit is elided with '…'
    rather than clipped."""
    texts = [headline, second] if second else [headline]
    taller = None  # (lines, font) of the largest size that needs more than two lines
    for shrink in shrinks(style, HEADLINE_SIZE):
        font = style.font(HEADLINE_SIZE * shrink, bold=True)
        lines = []
        for text in texts:
            wrapped, fits = wrap(text, font, rect.width())
            lines += wrapped if fits else [None]
        if None in lines:
            continue
        if len(lines) <= 2:
            return _stack(lines, font, rect)
        high = len(lines) * QFontMetricsF(font).lineSpacing() <= rect.height()
        if taller is None and len(lines) <= most and high:
            taller = lines, font
    if taller is not None:
        return _stack(*taller, rect)
    # nothing fits at the smallest size: one line each (two for one text), elided
    metrics = QFontMetricsF(font)
    room = rect.width() - style.px(2)  # Qt's elided text can run a fraction over
    if second:
        lines = [metrics.elidedText(t, Qt.ElideRight, room) for t in texts]
    else:
        first, _ = wrap(headline, font, room)
        rest = headline[len(first[0]):].strip() if first else headline
        lines = [metrics.elidedText(first[0], Qt.ElideRight, room) if first else "",
                 metrics.elidedText(rest, Qt.ElideRight, room)]
    return _stack(lines, font, rect)


def _stack(lines, font, rect):
    """Lines centred as a block in rect, one rect each."""
    step = QFontMetricsF(font).lineSpacing()
    top = rect.center().y() - step * len(lines) / 2
    return [(text, font, QRectF(rect.left(), top + i * step, rect.width(), step))
            for i, text in enumerate(lines)]


# --- boxed labels ----------------------------------------------------------------------------
def label_size(style, text, relative=LABEL_SIZE):
    metrics = QFontMetricsF(style.font(relative, bold=True))
    pad = style.px(4)
    return metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad


def box_at(centre, size):
    w, h = size
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)


def edge_labels(geo, markers, texts):
    """(text, rect) for the first MAX_EDGE_LABELS off-view markers (farthest first), set
    inward from the edge arrow; a label that would touch a neighbour's is left out."""
    arrow = geo.style.px(26)
    taken = []
    for ((ex, ey), _), text in zip(markers[:MAX_EDGE_LABELS], texts):
        tip = geo.to_pixels(ex, ey)
        reach = math.hypot(ex, ey)
        ux, uy = ex / reach, -ey / reach  # screen direction, y down
        w, h = label_size(geo.style, text)
        inward = arrow * 1.3 + abs(ux) * w / 2 + abs(uy) * h / 2
        rect = inside(box_at(QPointF(tip.x() - ux * inward, tip.y() - uy * inward), (w, h)),
                      geo.bounds())
        if any(rect.intersects(other) for _, other in taken):
            continue  # a neighbour already says roughly the same
        taken.append((text, rect))
    return taken


def inside(rect, bounds):
    """rect moved (not resized) to lie within bounds where it can."""
    rect = QRectF(rect)
    rect.moveLeft(min(max(rect.left(), bounds.left()), bounds.right() - rect.width()))
    rect.moveTop(min(max(rect.top(), bounds.top()), bounds.bottom() - rect.height()))
    return rect


def miss_labels(geo, holes_px, texts, radius, hard=(), soft=(), segments=()):
    """(text, rect, hole) for each hole's miss label, beside its own hole, on the target.

    Tried around the hole, outward from the bullseye first, then turning either way, then
    further out. A place must stay clear of the other labels, the holes and `hard` rects;
    of the rest, the first that touches no `soft` rect (ring numbers) and crosses no
    `segments` (red lines, arrows) wins, else the one touching fewest. A label with no
    place at all is left out rather than drawn over another label.
    """
    placed = []
    centre = geo.to_pixels(0.0, 0.0)
    hole_boxes = [QRectF(h.x() - radius, h.y() - radius, 2 * radius, 2 * radius)
                  for h in holes_px]
    for hole, text in zip(holes_px, texts):
        size = label_size(geo.style, text, MISS_LABEL_SIZE)
        outward = math.atan2(hole.y() - centre.y(), hole.x() - centre.x())
        if math.hypot(hole.x() - centre.x(), hole.y() - centre.y()) < 1.0:
            outward = -math.pi / 4  # a hole on the bullseye: up and to the right
        blocked = [r for _, r, _ in placed] + hole_boxes + list(hard)
        best, fewest = None, math.inf
        for rect in _spots_around(geo, hole, outward, size, radius):
            if any(rect.intersects(other) for other in blocked):
                continue
            touched = (sum(rect.intersects(other) for other in soft)
                       + sum(segment_meets_rect(a, b, rect) for a, b in segments))
            if touched < fewest:
                best, fewest = rect, touched
                if touched == 0:
                    break
        if best is not None:
            placed.append((text, best, hole))
    return placed


def _spots_around(geo, hole, outward, size, radius):
    """Label boxes of `size` around the hole, on the target, nearest and most outward first."""
    w, h = size
    gap = geo.style.px(4)
    turns = [0] + [sign * k for k in range(1, 7) for sign in (1, -1)]
    for further in (0.0, 1.0, 2.0, 3.0):
        for turn in turns:
            angle = outward + math.radians(30 * turn)
            ux, uy = math.cos(angle), math.sin(angle)
            reach = radius + gap + abs(ux) * w / 2 + abs(uy) * h / 2 + further * h
            rect = box_at(QPointF(hole.x() + ux * reach, hole.y() + uy * reach), size)
            if geo.square.contains(rect):
                yield rect


# --- the legend ----------------------------------------------------------------------------
def legend_layout(style, rect, words, size_text):
    """The legend line's pieces as (kind, rect, text), centred in rect, and the fonts.

    kind is "error" or "gradient" for a colour swatch with its text, or "size" for the
    arrow's length, boxed in green beside its swatch: read where no ring or hole is.
    The font shrinks (to 60% at most) when the line would not fit the width.
    """
    pieces = [("error", words[0]), ("gradient", words[1])]
    for shrink in shrinks(style, LEGEND_SIZE):
        font = style.font(LEGEND_SIZE * shrink, bold=False)
        bold = style.font(LEGEND_SIZE * shrink, bold=True)
        swatch, gap, pad = style.px(34) * shrink, style.px(10) * shrink, style.px(4) * shrink
        widths = [swatch + gap + QFontMetricsF(font).horizontalAdvance(t) for _, t in pieces]
        size_w = QFontMetricsF(bold).horizontalAdvance(size_text) + 2 * pad if size_text else 0
        total = sum(widths) + gap * 4 + (gap + size_w if size_text else 0)
        if total <= rect.width():
            break
    x = rect.center().x() - total / 2
    layout = []
    for (kind, text), width in zip(pieces, widths):
        layout.append((kind, QRectF(x, rect.top(), width, rect.height()), text))
        x += width + gap * 4
    if size_text:
        x -= gap * 3
        h = QFontMetricsF(bold).height() + pad
        layout.append(("size", QRectF(x, rect.center().y() - h / 2, size_w, h), size_text))
    return layout, font, bold, swatch, gap
