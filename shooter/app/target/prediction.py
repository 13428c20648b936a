"""Drawing Predict first on the target: the marker or predicted arrow the class places, the
reveal (the prediction beside the truth, with the miss written at it) and the tally.

Everything comes from a predict.Picture; sizes scale with the style, so the marker and the
words read from the back row in presentation mode.
"""

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFontMetricsF, QPen

from shooter.app import predict
from shooter.app.target.geometry import EXTENT_CM, segment_meets_rect
from shooter.app.target.labels import LABEL_SIZE, inside
from shooter.app.target.painting import paint_arrow_head, paint_label

COLOUR = "grad_curve"  # reddish purple: apart from the red line, green arrow and blue holes
MARKER_PX = 15  # the landing marker's radius at scale 1
TALLY_SIZE = 1.0  # the tally's font, relative to the base size
ALONG_RED_DEG = 25.0  # a predicted arrow this close to the red line's direction moves aside


def paint(painter, geo, picture, busy=((), ())):
    """The prediction layer over the current shot; nothing without a picture. `busy` is
    (rects, segments) in pixels of what the tally should not cover (holes, lines, arrows)."""
    if picture is None:
        return
    revealed = picture.revealed
    if revealed is not None and revealed.kind == predict.LANDING:
        _paint_landing_reveal(painter, geo, revealed)
    elif revealed is not None:
        _paint_arrow(painter, geo, revealed.origin, revealed.predicted, placed=True)
    if picture.waiting == predict.LANDING:
        _paint_marker(painter, geo, picture.marker, picture.placed)
    elif picture.waiting == predict.ARROW:
        _paint_arrow(painter, geo, picture.origin, picture.marker, picture.placed)
    if revealed is not None:
        _paint_miss_label(painter, geo, picture, busy)
    _paint_tally(painter, geo, picture, busy)


def marker_px(geo, point_cm):
    """Where the landing marker is drawn (pixels): on the view even when the point is not."""
    return geo.to_pixels(*np.clip(point_cm, -EXTENT_CM, EXTENT_CM))


def _pen(style, width, dashed=False):
    pen = QPen(style.color(COLOUR), style.px(width))
    pen.setCapStyle(Qt.RoundCap)
    if dashed:
        pen.setStyle(Qt.DashLine)
    return pen


def _paint_marker(painter, geo, point_cm, placed):
    """A ring with a cross: dashed while it moves, solid and filled once placed."""
    s = geo.style
    centre, r = marker_px(geo, point_cm), s.px(MARKER_PX)
    halo = QPen(s.color("background"), s.px(7))
    painter.setPen(halo)
    painter.setBrush(Qt.NoBrush)
    painter.drawEllipse(centre, r, r)
    painter.setPen(_pen(s, 3.5, dashed=not placed))
    if placed:
        fill = s.color(COLOUR)
        fill.setAlphaF(0.35)
        painter.setBrush(fill)
    painter.drawEllipse(centre, r, r)
    painter.setBrush(Qt.NoBrush)
    painter.setPen(_pen(s, 2.5))
    reach = r * 1.6
    painter.drawLine(QPointF(centre.x() - reach, centre.y()), QPointF(centre.x() + reach,
                                                                      centre.y()))
    painter.drawLine(QPointF(centre.x(), centre.y() - reach), QPointF(centre.x(),
                                                                      centre.y() + reach))


def _paint_landing_reveal(painter, geo, outcome):
    """The placed marker and a dashed line from it to where the shot really landed."""
    s = geo.style
    a, b = marker_px(geo, outcome.predicted), marker_px(geo, outcome.actual)
    painter.setPen(_pen(s, 3, dashed=True))
    painter.drawLine(a, b)
    _paint_marker(painter, geo, outcome.predicted, placed=True)


def arrow_px(geo, origin_cm, vector_cm):
    """(a, b, kind) of a predicted arrow in pixels, or None (see Geometry.arrow). Near the
    red line it moves aside, opposite to where the green arrow moves: all three show."""
    s = geo.style
    origin, vector = np.asarray(origin_cm, float), np.asarray(vector_cm, float)
    drawn = geo.arrow(origin, vector, geo.current_radius(1) + s.px(3), s.px(16))
    if drawn is None:
        return None
    a, b, kind = drawn
    if predict.angle_between_deg(vector, -origin) < ALONG_RED_DEG:
        a, b = _aside(a, b, -s.px(12))
    return a, b, kind


def _aside(a, b, gap):
    """The segment a-b moved `gap` px sideways (to its left, looking from a to b)."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    norm = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / norm * gap, dx / norm * gap
    return QPointF(a.x() + nx, a.y() + ny), QPointF(b.x() + nx, b.y() + ny)


def _paint_arrow(painter, geo, origin_cm, vector_cm, placed):
    drawn = arrow_px(geo, origin_cm, vector_cm)
    if drawn is None:
        return
    s = geo.style
    a, b, _kind = drawn
    painter.setPen(QPen(s.color("background"), s.px(8)))
    painter.drawLine(a, b)
    painter.setPen(_pen(s, 4.5, dashed=not placed))
    painter.drawLine(a, b)
    paint_arrow_head(painter, s, a, b, s.color(COLOUR), s.px(18))


def _label_anchor(geo, outcome):
    if outcome.kind == predict.LANDING:
        return marker_px(geo, outcome.predicted)
    drawn = arrow_px(geo, outcome.origin, outcome.predicted)
    return None if drawn is None else drawn[1]


def miss_label_rect(geo, picture, busy=((), ())):
    """Where the reveal writes the miss: beside the marker or the predicted arrow's tip, in
    the target square (a place beyond its edge is moved in), away from the truth first. Of
    the places tried, the one covering least wins: a hole or a marker counts more than a
    line crossed. `busy` is (rects, segments) in pixels of the view's holes, red lines and
    arrows."""
    outcome = picture.revealed
    anchor = _label_anchor(geo, outcome)
    if anchor is None:
        return None
    s = geo.style
    text = predict.miss_text(outcome)
    metrics = QFontMetricsF(s.font(LABEL_SIZE, bold=True))
    w, h = metrics.horizontalAdvance(text) + 2 * s.px(4), metrics.height() + s.px(4)
    truth = _truth_px(geo, outcome)
    away = -1.0 if truth is not None and truth.x() > anchor.x() else 1.0
    spots = [(away, 0.0), (-away, 0.0), (0.0, -1.0), (0.0, 1.0),
             (away, -1.0), (-away, -1.0), (away, 1.0), (-away, 1.0)]
    rects, segments = own_shapes(geo, picture)
    rects, segments = rects + list(busy[0]), segments + list(busy[1])
    best, least = None, math.inf
    for gap in (s.px(MARKER_PX) * 1.8, s.px(MARKER_PX) * 4.0):
        for dx, dy in spots:
            rect = inside(QRectF(anchor.x() + dx * (gap + w / 2) - w / 2,
                                 anchor.y() + dy * (gap + h / 2) - h / 2, w, h), geo.square)
            covered = (4 * sum(rect.intersects(r) for r in rects)
                       + sum(segment_meets_rect(a, b, rect) for a, b in segments))
            if covered < least:
                best, least = rect, covered
                if covered == 0:
                    return best
    return best


def own_shapes(geo, picture):
    """(rects, segments) in pixels of what the prediction draws: the waiting marker or
    arrow, and the revealed prediction beside its truth."""
    reach = geo.style.px(MARKER_PX) * 1.6
    points, arrows, segments = [], [], []
    if picture.waiting == predict.LANDING:
        points.append(picture.marker)
    elif picture.waiting == predict.ARROW:
        arrows.append((picture.origin, picture.marker))
    revealed = picture.revealed
    if revealed is not None and revealed.kind == predict.LANDING:
        points += [revealed.predicted, revealed.actual]
        segments.append((marker_px(geo, revealed.predicted), marker_px(geo, revealed.actual)))
    elif revealed is not None:
        points.append(revealed.origin)
        arrows += [(revealed.origin, revealed.predicted), (revealed.origin, revealed.actual)]
    rects = []
    for point in points:
        c = marker_px(geo, point)
        rects.append(QRectF(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach))
    for origin, vector in arrows:
        drawn = arrow_px(geo, origin, vector)
        if drawn is not None:
            segments.append(drawn[:2])
    return rects, segments


def _truth_px(geo, outcome):
    if outcome.kind == predict.LANDING:
        return marker_px(geo, outcome.actual)
    drawn = arrow_px(geo, outcome.origin, outcome.actual)
    return None if drawn is None else drawn[1]


def _paint_miss_label(painter, geo, picture, busy):
    rect = miss_label_rect(geo, picture, busy)
    if rect is not None:
        text = predict.miss_text(picture.revealed)
        paint_label(painter, geo.style, rect, text, geo.style.color(COLOUR))


def busy_places(geo, picture, busy=((), ())):
    """(rects, segments, texts) in pixels the tally keeps clear of: `busy` and everything
    the prediction draws; `texts` is the miss label, which it must never cover."""
    rects, segments = own_shapes(geo, picture)
    rects, segments = rects + list(busy[0]), segments + list(busy[1])
    label = miss_label_rect(geo, picture, busy) if picture.revealed is not None else None
    return rects, segments, [label] if label is not None else []


def _tally_size(geo, text):
    metrics = QFontMetricsF(geo.style.font(TALLY_SIZE, bold=True))
    lines = text.split("\n")
    pad = geo.style.px(6)
    return QSizeF(max(metrics.horizontalAdvance(line) for line in lines) + 2 * pad,
                  metrics.lineSpacing() * len(lines) + pad)


def tally_rect(geo, text, busy=((), (), ())):
    """The tally's box: beside the target square where the view has room, else in a corner
    of the square (top left, top right, bottom left, bottom right), the first that covers
    nothing of `busy` (rects, segments, texts), else the one covering least; None when
    every place would cover a hole, a marker or a text (a target too small for it)."""
    size, pad, sq = _tally_size(geo, text), geo.style.px(6), geo.square
    w, h = size.width(), size.height()
    left, right = sq.left() + pad, sq.right() - pad - w
    top, bottom = sq.top() + pad, sq.bottom() - pad - h
    rects, segments, texts = busy
    corners = [QRectF(x, y, w, h) for y in (top, bottom) for x in (left, right)]
    # Beside the square, where the view is wider than the target, the tally covers nothing.
    beside = [QRectF(x, y, w, h) for y in (top, bottom) for x in (pad, geo.width - pad - w)]
    corners = [box for box in beside if not box.intersects(sq)] + corners

    def covered(box):
        return (100 * sum(box.intersects(r) for r in texts)
                + 4 * sum(box.intersects(r) for r in rects)
                + sum(segment_meets_rect(a, b, box) for a, b in segments))

    best = min(corners, key=covered)
    # On a target too small for it, the tally waits for room rather than hide a hole.
    return best if covered(best) < 4 else None


def tally_lines(geo, tally):
    """The tally on one line, or one part a line when the line would not fit the square."""
    text = predict.tally_text(tally)
    if _tally_size(geo, text).width() > geo.square.width() * 0.9:
        text = text.replace(" · ", "\n")
    return text


def _paint_tally(painter, geo, picture, busy):
    text = tally_lines(geo, picture.tally)
    rect = tally_rect(geo, text, busy_places(geo, picture, busy))
    if rect is not None:
        paint_label(painter, geo.style, rect, text, geo.style.color(COLOUR), TALLY_SIZE)


def painted_texts(geo, picture, busy=((), ())):
    """[(text, font, rect)] of the words the prediction layer paints (none while it is off)."""
    if picture is None:
        return []
    texts = []
    if picture.revealed is not None:
        rect = miss_label_rect(geo, picture, busy)
        if rect is not None:
            texts.append((predict.miss_text(picture.revealed),
                          geo.style.font(LABEL_SIZE, bold=True), rect))
    text = tally_lines(geo, picture.tally)
    rect = tally_rect(geo, text, busy_places(geo, picture, busy))
    if rect is not None:
        texts.append((text, geo.style.font(TALLY_SIZE, bold=True), rect))
    return texts
