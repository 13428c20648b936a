"""The target: rings, bullet holes, the red error lines and the green aim-correction arrow.

Everything is drawn with QPainter in target coordinates (cm, right and up from the bullseye)
mapped onto a square that shows a fixed ±EXTENT_CM. Two layers keep painting cheap:
the rings and all past holes live in a cached pixmap (new holes are added to it as they
come; a full re-render happens only on a size/style change or when many holes arrived),
and only the newest shot or burst, its lines and arrows are painted every time.

The view reads records from the session's signals and never touches the trainer.
"""

import math
import time

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QLineF,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from shooter.app.style import DEFAULT_STYLE
from shooter.constants import BLACK_RINGS_FROM, BULLET_DIAMETER_CM, RING_COUNT, RING_WIDTH_CM

EXTENT_CM = 60.0  # the view shows ±60 cm: a little beyond the 50 cm target
MAX_HOLES = 5000  # past holes kept; older ones drop off
HOLE_FADE = 400.0  # a hole this many shots old is drawn at 1/e of full strength
HOLE_MIN_ALPHA = 0.25  # the oldest holes stay visible from the back row
FADE_LEVELS = 8  # past holes are drawn in this many alpha steps (one pen each)
REBAKE_MIN = 256  # re-render all past holes (refreshing the fading) after this many new ones
BASE_FLIGHT_MS = 700  # bullet flight at speed 1
FLIGHT_TICK_MS = 16
FLIGHT_START_SCALE = 0.25  # muzzle-side depth vs target depth: how the bullet shrinks away
MAX_SPELLED = 3  # shots named one by one in the headline; more get a summary
MAX_EDGE_LABELS = 4  # off-view markers that carry a distance label
MAX_EDGE_ARROWS = 24  # off-view shots drawn as arrows; further ones are dots on the edge
MAX_LINES = 300  # red lines drawn for a big batch (an even subset)
PAST_HOLE_PX = 16  # past-hole diameter at scale 1: about 4 mm on a 2 m projected picture
ERROR_LINE_PX = 5  # a single shot's red line, wide enough to see beside the green arrow
EXPORT_LOGICAL_PX = 800  # exports are laid out at this size, then scaled: text keeps its share


def direction_words():
    """Translatable words for range.Direction keys (looked up at call time, current language)."""
    return {
        "centre": QCoreApplication.translate("TargetView", "centre"),
        "left": QCoreApplication.translate("TargetView", "left"),
        "right": QCoreApplication.translate("TargetView", "right"),
        "up": QCoreApplication.translate("TargetView", "up"),
        "down": QCoreApplication.translate("TargetView", "down"),
        "upper_left": QCoreApplication.translate("TargetView", "upper left"),
        "upper_right": QCoreApplication.translate("TargetView", "upper right"),
        "lower_left": QCoreApplication.translate("TargetView", "lower left"),
        "lower_right": QCoreApplication.translate("TargetView", "lower right"),
    }


def describe_direction(direction):
    word = direction_words().get(direction.key, direction.key)
    if direction.key.startswith(("upper_", "lower_")):
        text = QCoreApplication.translate("TargetView", "{where} {degrees}°")
        return text.format(where=word, degrees=direction.degrees)
    return word


def describe_hit(score, direction):
    """'ring 7, left', 'ring 6, upper left 15°', 'miss, lower right 40°' (translatable)."""
    where = describe_direction(direction)
    if int(score) <= 0:
        return QCoreApplication.translate("TargetView", "miss, {where}").format(where=where)
    if direction.key == "centre":
        text = QCoreApplication.translate("TargetView", "ring {score}, dead centre")
        return text.format(score=int(score))
    text = QCoreApplication.translate("TargetView", "ring {score}, {where}")
    return text.format(score=int(score), where=where)


def format_distance_cm(cm):
    """A distance for a label: '2.4 m', '37 cm', '3.5 cm', '0.42 cm', '< 0.01 cm'."""
    if not math.isfinite(cm):
        return QCoreApplication.translate("TargetView", "lost")
    if abs(cm) >= 100.0:
        text = QCoreApplication.translate("TargetView", "{value} m")
        return text.format(value=f"{cm / 100.0:.1f}")
    if abs(cm) >= 10.0:
        value = f"{cm:.0f}"
    elif abs(cm) >= 1.0:
        value = f"{cm:.1f}"
    elif abs(cm) >= 0.01:
        value = f"{cm:.2f}"
    else:
        value = "< 0.01"  # a correction this small still gets a pointer, not "0 cm"
    return QCoreApplication.translate("TargetView", "{value} cm").format(value=value)


def clip_segment(start, end, half=EXTENT_CM):
    """The part of the segment start->end inside the square ±half (Liang-Barsky), or None."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 + half), (dx, half - x0), (-dy, y0 + half), (dy, half - y0)):
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


def edge_point(offset, half=EXTENT_CM):
    """Where the ray from the bullseye towards `offset` leaves the square ±half."""
    x, y = offset
    reach = max(abs(x), abs(y))
    return (x * half / reach, y * half / reach)


class TargetView(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self._style = style
        self._flight_speed = 1.0
        self._flight_elapsed = None  # ms since the current shot left the muzzle, None: landed
        self._flight_clock = QElapsedTimer()
        self._flight_timer = QTimer(self)
        self._flight_timer.setInterval(FLIGHT_TICK_MS)
        self._flight_timer.timeout.connect(self._on_flight_tick)
        self._cache = None
        self._geometry = None
        self._canvas = None  # a QSize while exporting: lay out for it, not for the widget
        self._last_paint_ms = 0.0
        self._full_renders = 0
        self._reset_state()
        self.setMinimumSize(320, 320)  # below this the rings and labels blur together
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        session.fired.connect(self._on_fired)
        session.loss_measured.connect(self._on_loss)
        session.pulled_back.connect(self._on_pulled_back)
        session.adjusted.connect(self._on_adjusted)
        session.frame.connect(self._on_frame)
        session.restarted.connect(self.clear)  # a new start, or the picture rebuilt by back()

    # --- model state ---------------------------------------------------------------------
    def _reset_state(self):
        self._past = np.empty((MAX_HOLES, 2))
        self._past_total = 0  # holes ever moved to the past (a position in the ring buffer)
        self._baked_total = 0  # past holes already drawn into the cache
        self._full_bake_total = 0  # past holes at the last full re-render
        self._current = np.empty((0, 2))  # the newest shot or burst
        self._fire = None
        self._loss = None
        self._step_cm = None  # the green arrow: the correction asked for
        self._shift_cm = None  # the actual move of the aim after adjust
        self._last_iteration = -1

    def clear(self):
        """Forget every hole, line and arrow (a new lesson or a reset trainer)."""
        self._finish_flight()
        self._reset_state()
        self._cache = None
        self.update()

    def holes_count(self):
        """Holes the view keeps: past ones plus the current shot or burst."""
        return min(self._past_total, MAX_HOLES) + len(self._current)

    def cached_holes_count(self):
        """Past holes already drawn into the cached pixmap."""
        return min(self._baked_total, MAX_HOLES) if self._cache is not None else 0

    def current_holes_cm(self):
        return self._current.copy()

    def past_holes_cm(self):
        """Past holes, oldest first."""
        n = min(self._past_total, MAX_HOLES)
        start = self._past_total % MAX_HOLES if self._past_total > MAX_HOLES else 0
        return np.roll(self._past[:n], -start, axis=0)

    def error_lines(self):
        """The red lines as (n, 2) end points in cm; each starts at the bullseye."""
        return np.empty((0, 2)) if self._loss is None else np.array(self._loss.offsets_cm)

    def arrow_origin_cm(self):
        """The centroid of the current hits: where both arrows start."""
        return self._current.mean(axis=0) if len(self._current) else np.zeros(2)

    def correction_arrow(self):
        """(start, vector) in cm of the green arrow, or None."""
        return None if self._step_cm is None else (self.arrow_origin_cm(), self._step_cm.copy())

    def shift_arrow(self):
        """(start, vector) in cm of the actual aim shift after adjust, or None."""
        return None if self._shift_cm is None else (self.arrow_origin_cm(), self._shift_cm.copy())

    def off_view_shots(self):
        """Current hits beyond the view, as (edge point in cm, distance from bullseye in cm)."""
        out = []
        for x, y in self._current:
            if not (abs(x) <= EXTENT_CM and abs(y) <= EXTENT_CM):
                out.append((edge_point((x, y)), float(math.hypot(x, y))))
        return out

    def cache_renders(self):
        """How many times the cached layer (target and every past hole) was drawn afresh."""
        return self._full_renders

    def paint_time_ms(self):
        """How long the last paintEvent took."""
        return self._last_paint_ms

    # --- signals ---------------------------------------------------------------------------
    def _on_fired(self, record):
        self._take_shot(record)
        # Going back replays earlier shots to rebuild the picture: they have landed already.
        if self.flight_duration_ms() > 0 and not self.session.replaying:
            self._flight_elapsed = 0
            self._flight_clock.start()
            self._flight_timer.start()
        self.update()

    def _on_loss(self, record):
        self._loss = record
        self.update()

    def _on_pulled_back(self, record):
        self._step_cm = np.array(record.aim_step_cm, dtype=np.float64)
        self.update()

    def _on_adjusted(self, record):
        self._shift_cm = np.array(record.aim_shift_cm, dtype=np.float64)
        self.update()

    def _on_frame(self, record):
        """A step of automatic training: everything at once, never animated."""
        self._take_shot(record.fire)
        self._loss = record.loss
        self._step_cm = (None if record.pull_back is None
                         else np.array(record.pull_back.aim_step_cm, dtype=np.float64))
        self._shift_cm = (None if record.adjust is None
                          else np.array(record.adjust.aim_shift_cm, dtype=np.float64))
        self.update()

    def _take_shot(self, fire):
        self._finish_flight()
        if fire.iteration < self._last_iteration:  # the counter went back: a new trainer
            self._reset_state()
            self._cache = None
        self._last_iteration = fire.iteration
        self._push_past(self._current)
        self._current = np.array(fire.impacts_cm, dtype=np.float64)
        self._fire, self._loss, self._step_cm, self._shift_cm = fire, None, None, None

    def _push_past(self, holes):
        holes = holes[np.all(np.isfinite(holes), axis=1)][-MAX_HOLES:]
        n = len(holes)
        if n == 0:
            return
        index = (self._past_total + np.arange(n)) % MAX_HOLES
        self._past[index] = holes
        self._past_total += n

    # --- bullet flight -------------------------------------------------------------------
    def set_flight_speed(self, factor):
        """Bullet-flight animation speed: 1 normal, 2 twice as fast, 0 off (holes at once)."""
        self._flight_speed = max(0.0, float(factor))
        if self._flight_speed == 0.0:
            self._finish_flight()
            self.update()

    def flight_speed(self):
        return self._flight_speed

    def flight_duration_ms(self):
        if self._flight_speed <= 0.0:
            return 0
        return max(1, int(round(BASE_FLIGHT_MS / self._flight_speed)))

    def in_flight(self):
        return self._flight_elapsed is not None

    def advance(self, dt_ms):
        """Move the flight on by dt_ms; returns True while the bullet is still flying."""
        if self._flight_elapsed is None:
            return False
        self._flight_elapsed += max(0, int(dt_ms))
        if self._flight_elapsed >= self.flight_duration_ms():
            self._finish_flight()
        self.update()
        return self.in_flight()

    def flight_progress(self):
        """0 at the muzzle, 1 on the target (1 when nothing flies)."""
        if self._flight_elapsed is None:
            return 1.0
        return min(1.0, self._flight_elapsed / max(1, self.flight_duration_ms()))

    def _finish_flight(self):
        self._flight_elapsed = None
        self._flight_timer.stop()

    def _on_flight_tick(self):
        self.advance(self._flight_clock.restart())

    # --- presentation ---------------------------------------------------------------------
    def view_style(self):
        return self._style

    def set_style(self, style):
        """A new palette or presentation scale: every cached layer is redrawn."""
        self._style = style
        self._cache = None
        self._geometry = None
        self.updateGeometry()
        self.update()

    def sizeHint(self):
        return QSize(720, 760)

    def resizeEvent(self, event):
        self._cache = None
        self._geometry = None
        super().resizeEvent(event)

    # --- mapping between cm and pixels ------------------------------------------------------
    def _layout(self):
        """(headline rect, square rect, legend rect), cached per size and style."""
        if self._geometry is None:
            s = self._style
            margin = s.px(10)
            head_h = 2 * QFontMetricsF(s.font(1.5, bold=True)).lineSpacing() + margin
            legend_h = QFontMetricsF(s.font(1.3)).lineSpacing() + margin
            w, h = self._canvas_size()
            side = max(10.0, min(w - 2 * margin, h - head_h - legend_h - 2 * margin))
            top = head_h + margin + max(0.0, (h - head_h - legend_h - 2 * margin - side) / 2)
            square = QRectF((w - side) / 2, top, side, side)
            self._geometry = (QRectF(margin, margin / 2, w - 2 * margin, head_h),
                              square,
                              QRectF(margin, h - legend_h, w - 2 * margin, legend_h))
        return self._geometry

    def _canvas_size(self):
        canvas = self._canvas if self._canvas is not None else self.size()
        return canvas.width(), canvas.height()

    def pixels_per_cm(self):
        return self._layout()[1].width() / (2 * EXTENT_CM)

    def to_pixels(self, x_cm, y_cm):
        """A point on the target (cm, up positive) to widget pixels."""
        square = self._layout()[1]
        scale = square.width() / (2 * EXTENT_CM)
        centre = square.center()
        return QPointF(centre.x() + x_cm * scale, centre.y() - y_cm * scale)

    def to_cm(self, point):
        """Widget pixels back to target cm: the inverse of to_pixels."""
        square = self._layout()[1]
        scale = square.width() / (2 * EXTENT_CM)
        centre = square.center()
        return ((point.x() - centre.x()) / scale, (centre.y() - point.y()) / scale)

    def _hole_px(self):
        """Diameter of a past hole: to scale, but never too small to see from the back row."""
        return max(self._style.px(PAST_HOLE_PX), BULLET_DIAMETER_CM * self.pixels_per_cm())

    def _current_radius(self):
        big = len(self._current) <= MAX_SPELLED
        return max(self._style.px(10 if big else 7), self._hole_px() * (0.8 if big else 0.6))

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event):
        started = time.perf_counter()
        painter = QPainter(self)
        self._ensure_cache()
        painter.drawPixmap(0, 0, self._cache)
        painter.setRenderHint(QPainter.Antialiasing)
        head, square, legend = self._layout()
        painter.save()
        painter.setClipRect(square.adjusted(-1, -1, 1, 1))
        if self.in_flight():
            self._paint_flight(painter)
        else:
            self._paint_current(painter)
        painter.restore()
        if not self.in_flight():
            self._paint_edge_markers(painter)
        self._paint_headline(painter, head)
        self._paint_legend(painter, legend)
        painter.end()
        self._last_paint_ms = (time.perf_counter() - started) * 1000.0

    def paint_export(self, painter, width, height):
        """The whole picture, landed shot included, onto any paint device of width x height
        pixels (an image or an SVG for slides). Laid out at EXPORT_LOGICAL_PX and scaled, so
        text and lines keep the share of the picture they have on screen."""
        self._finish_flight()
        zoom = min(width, height) / EXPORT_LOGICAL_PX
        saved = self._geometry
        self._canvas = QSize(max(1, round(width / zoom)), max(1, round(height / zoom)))
        self._geometry = None
        try:
            painter.save()
            painter.scale(zoom, zoom)
            painter.setRenderHint(QPainter.Antialiasing)
            self._paint_everything(painter)
            painter.restore()
        finally:
            self._canvas = None
            self._geometry = saved
        self.update()

    def _paint_everything(self, painter):
        """Every layer straight onto the painter, without the cache."""
        w, h = self._canvas_size()
        painter.fillRect(QRectF(0, 0, w, h), self._style.color("background"))
        self._paint_target(painter)
        head, square, legend = self._layout()
        painter.save()
        painter.setClipRect(square.adjusted(-1, -1, 1, 1))
        holes = self.past_holes_cm()
        self._draw_past_holes(painter, holes, np.arange(len(holes))[::-1])
        self._paint_current(painter)
        painter.restore()
        self._paint_edge_markers(painter)
        self._paint_headline(painter, head)
        self._paint_legend(painter, legend)

    # The cached layer: background, target and past holes.
    def _ensure_cache(self):
        pending = self._past_total - self._baked_total
        since_full = self._past_total - self._full_bake_total
        if (self._cache is None or self._cache.size() != self._device_size()
                or since_full > max(REBAKE_MIN, min(self._past_total, MAX_HOLES) // 4)):
            self._render_cache()
        elif pending > 0:
            painter = QPainter(self._cache)
            painter.setRenderHint(QPainter.Antialiasing)
            painter.setClipRect(self._layout()[1])
            fresh = self.past_holes_cm()[-min(pending, MAX_HOLES):]
            self._draw_past_holes(painter, fresh, np.zeros(len(fresh)))
            painter.end()
            self._baked_total = self._past_total

    def _device_size(self):
        ratio = self.devicePixelRatioF()
        return QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))

    def _render_cache(self):
        pixmap = QPixmap(self._device_size())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(self._style.color("background"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        self._paint_target(painter)
        painter.setClipRect(self._layout()[1])
        holes = self.past_holes_cm()
        ages = np.arange(len(holes))[::-1]  # 0 for the newest
        self._draw_past_holes(painter, holes, ages)
        painter.end()
        self._cache = pixmap
        self._full_renders += 1
        self._baked_total = self._full_bake_total = self._past_total

    def _paint_target(self, painter):
        s, square = self._style, self._layout()[1]
        painter.fillRect(square, s.color("panel"))
        painter.setPen(QPen(s.color("muted"), s.px(1)))
        painter.drawRect(square)
        scale = self.pixels_per_cm()
        centre = square.center()
        for ring in range(1, RING_COUNT + 1):  # outermost first, so inner rings cover it
            radius = (RING_COUNT - ring + 1) * RING_WIDTH_CM * scale
            on_black = ring >= BLACK_RINGS_FROM
            fill = s.color("target_black" if on_black else "target_paper")
            line = s.color("ring_line_on_black" if on_black else "ring_line_on_paper")
            painter.setPen(QPen(line, max(1.0, s.px(1.5))))
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)
        painter.setBrush(Qt.NoBrush)
        self._paint_ring_numbers(painter, centre, scale)

    def _paint_ring_numbers(self, painter, centre, scale):
        s = self._style
        band = RING_WIDTH_CM * scale
        font = QFont(s.font())
        font.setPixelSize(max(8, int(band * 0.55)))
        font.setBold(True)
        painter.setFont(font)
        box = band
        for ring in range(1, RING_COUNT):
            on_black = ring >= BLACK_RINGS_FROM
            painter.setPen(s.color("ring_line_on_black" if on_black else "ring_line_on_paper"))
            mid = (RING_COUNT - ring + 0.5) * band
            for dx, dy in ((-mid, 0), (mid, 0), (0, -mid), (0, mid)):
                rect = QRectF(centre.x() + dx - box / 2, centre.y() + dy - box / 2, box, box)
                painter.drawText(rect, Qt.AlignCenter, str(ring))

    def _draw_past_holes(self, painter, holes_cm, ages):
        """Past holes as round points, grouped by fading level (one pen per level)."""
        if len(holes_cm) == 0:
            return
        square = self._layout()[1]
        scale = self.pixels_per_cm()
        centre = square.center()
        clipped = np.clip(holes_cm, -EXTENT_CM, EXTENT_CM)  # off-view ones sit on the edge
        xs = centre.x() + clipped[:, 0] * scale
        ys = centre.y() - clipped[:, 1] * scale
        alpha = np.maximum(HOLE_MIN_ALPHA, np.exp(-ages / HOLE_FADE))
        level = np.minimum(FADE_LEVELS - 1, (alpha * FADE_LEVELS).astype(int))
        colour = self._style.color("hole_old")
        rim = self._style.color("text")
        for lv in range(FADE_LEVELS):  # faint first, so fresher holes lie on top
            chosen = level == lv
            if not chosen.any():
                continue
            points = QPolygonF([QPointF(x, y) for x, y in zip(xs[chosen], ys[chosen])])
            strength = (lv + 1) / FADE_LEVELS
            # a dark rim reads on the paper, the light fill on the black mark
            for pen_colour, width in ((rim, self._hole_px()), (colour, self._hole_px() * 0.7)):
                pen_colour.setAlphaF(strength)
                pen = QPen(pen_colour, width)
                pen.setCapStyle(Qt.RoundCap)
                painter.setPen(pen)
                painter.drawPoints(points)

    # The live layer: current holes, red lines, arrows.
    def _paint_current(self, painter):
        if len(self._current) == 0:
            return
        if self._loss is not None:
            self._paint_error_lines(painter)
        if self._shift_cm is not None:
            self._paint_arrow(painter, self._shift_cm, dashed=True)
        if self._step_cm is not None:
            self._paint_arrow(painter, self._step_cm, dashed=False)
        self._paint_current_holes(painter)  # on top: the arrows start inside them

    def _pixel_points(self, points_cm):
        """Many target points at once, as QPointF in widget pixels."""
        square = self._layout()[1]
        scale, centre = self.pixels_per_cm(), square.center()
        xs = centre.x() + points_cm[:, 0] * scale
        ys = centre.y() - points_cm[:, 1] * scale
        return [QPointF(x, y) for x, y in zip(xs.tolist(), ys.tolist())]

    def _paint_error_lines(self, painter):
        s = self._style
        ends = self.error_lines()
        ends = ends[np.all(np.isfinite(ends), axis=1) & np.any(ends != 0.0, axis=1)]
        if len(ends) == 0:
            return
        if len(ends) > MAX_LINES:  # an even subset: more lines only make a solid fan
            ends = ends[np.linspace(0, len(ends) - 1, MAX_LINES).astype(int)]
        reach = np.max(np.abs(ends), axis=1, keepdims=True)
        ends = np.where(reach > EXTENT_CM, ends * EXTENT_CM / reach, ends)  # stop at the edge
        origin = self.to_pixels(0.0, 0.0)
        lines = [QLineF(origin, end) for end in self._pixel_points(ends)]
        few = len(lines) <= MAX_SPELLED
        pen = QPen(s.color("error"), s.px(ERROR_LINE_PX) if few else s.px(1.5))
        pen.setCapStyle(Qt.FlatCap)  # round caps cost ~20x more on many antialiased lines
        pens = [pen]
        if few:  # a light rim keeps a few red lines readable on the black mark
            pens.insert(0, QPen(s.color("background"), pen.widthF() + s.px(2.5)))
        for chosen in pens:
            painter.setPen(chosen)
            painter.drawLines(lines)

    def _paint_current_holes(self, painter):
        s = self._style
        radius = self._current_radius()
        inside = self._current[np.all(np.abs(self._current) <= EXTENT_CM, axis=1)]
        points = self._pixel_points(inside)
        if len(points) > MAX_SPELLED:  # a big batch: round points, one call per colour
            for colour, width in (("highlight", 2 * radius), ("hole", 2 * radius - s.px(5))):
                pen = QPen(s.color(colour), width)
                pen.setCapStyle(Qt.RoundCap)
                painter.setPen(pen)
                painter.drawPoints(QPolygonF(points))
            return
        painter.setPen(QPen(s.color("highlight"), s.px(3)))
        painter.setBrush(s.color("hole"))
        for point in points:
            painter.drawEllipse(point, radius, radius)
        painter.setBrush(Qt.NoBrush)

    def correction_arrow_px(self):
        """How the green arrow is drawn: (start, end, kind) in widget pixels, or None;
        moved beside the red line when it would lie on it.

        kind is "whole" (drawn to scale, tip on the view), "continues" (cut at the view's
        edge; the tip lies beyond) or "pointer" (too short to show beside the hits: a short
        arrow from their rim gives the direction and the label gives the size).
        """
        if self._step_cm is None or len(self._current) == 0:
            return None
        drawn = self._arrow_on_screen(self._step_cm, self._style.px(16))
        if drawn is None:
            return None
        a, b, kind = drawn
        a, b = self._beside_error_line(a, b, self.arrow_origin_cm(), self._step_cm,
                                       self._style.px(12))
        return (a.x(), a.y()), (b.x(), b.y()), kind

    def _arrow_on_screen(self, vector_cm, head_px):
        """(a, b, kind) in pixels for an arrow from the hits' centroid by vector_cm, or None."""
        start = self.arrow_origin_cm()
        end = start + vector_cm
        if not np.all(np.isfinite(end)) or not np.all(np.isfinite(vector_cm)):
            return None
        length_px = float(np.hypot(*vector_cm)) * self.pixels_per_cm()
        rim = self._current_radius() + self._style.px(3)
        if 0.0 < length_px < rim + head_px:
            return self._pointer(start, vector_cm, rim, head_px)
        visible = clip_segment(tuple(start), tuple(end))
        if visible is None:
            return None
        a, b = self.to_pixels(*visible[0]), self.to_pixels(*visible[1])
        whole = np.allclose(visible[1], end)
        return a, b, "whole" if whole else "continues"

    def _pointer(self, start_cm, vector_cm, rim, head_px):
        """A short arrow starting at the hits' rim, pointing along vector_cm."""
        ux, uy = vector_cm / float(np.hypot(*vector_cm))
        centre = self.to_pixels(*np.clip(start_cm, -EXTENT_CM, EXTENT_CM))
        a = QPointF(centre.x() + ux * rim, centre.y() - uy * rim)
        reach = head_px * 1.8
        return a, QPointF(a.x() + ux * reach, a.y() - uy * reach), "pointer"

    def _paint_arrow(self, painter, vector_cm, dashed):
        s = self._style
        head = s.px(11) if dashed else s.px(16)
        drawn = self._arrow_on_screen(vector_cm, head)
        if drawn is None:
            return
        a, b, kind = drawn
        a, b = self._beside_error_line(a, b, self.arrow_origin_cm(), vector_cm,
                                       s.px(10 if dashed else 12))
        width = s.px(3) if dashed else s.px(5)
        colour = s.color("gradient")
        for pen_colour, pen_width in ((s.color("background"), width + s.px(3)), (colour, width)):
            pen = QPen(pen_colour, pen_width)
            pen.setCapStyle(Qt.FlatCap)
            if dashed and pen_colour == colour:
                pen.setStyle(Qt.DashLine)
            painter.setPen(pen)
            painter.drawLine(a, b)
        self._paint_arrow_head(painter, a, b, colour, head)
        if kind == "continues":  # a second head behind the first: "and it goes on"
            self._paint_arrow_head(painter, a, self._back_along(a, b, head * 0.8), colour, head)

    @staticmethod
    def _back_along(a, b, distance):
        """The point `distance` pixels back from b towards a."""
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1.0
        return QPointF(b.x() - dx / length * distance, b.y() - dy / length * distance)

    def _beside_error_line(self, a, b, start_cm, vector_cm, gap):
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

    def _paint_arrow_head(self, painter, a, b, colour, size):
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy)
        if length < 1e-6:
            return
        size = min(size, max(length, self._style.px(6)))
        ux, uy = dx / length, dy / length
        base = QPointF(b.x() - ux * size, b.y() - uy * size)
        left = QPointF(base.x() - uy * size * 0.55, base.y() + ux * size * 0.55)
        right = QPointF(base.x() + uy * size * 0.55, base.y() - ux * size * 0.55)
        painter.setPen(QPen(self._style.color("background"), self._style.px(1.5)))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([b, left, right]))
        painter.setBrush(Qt.NoBrush)

    def _paint_edge_markers(self, painter):
        """Shots beyond the view: arrows at the edge pointing where they went, the farthest
        labelled with their distance; in a big batch the rest are plain dots on the edge."""
        s = self._style
        markers = sorted(self.off_view_shots(), key=lambda m: -m[1])
        if not markers:
            return
        arrows, dots = markers[:MAX_EDGE_ARROWS], markers[MAX_EDGE_ARROWS:]
        size = s.px(26)
        if dots:
            pen = QPen(s.color("hole"), size * 0.6)
            pen.setCapStyle(Qt.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(QPolygonF(self._pixel_points(np.array([e for e, _ in dots]))))
        taken = []
        for i, ((ex, ey), distance) in enumerate(arrows):
            tip = self.to_pixels(ex, ey)
            reach = math.hypot(ex, ey)
            ux, uy = ex / reach, -ey / reach  # screen direction, y down
            self._paint_edge_arrow(painter, tip, ux, uy, size)
            if i >= MAX_EDGE_LABELS:
                continue
            text = self.tr("off by {size}").format(size=format_distance_cm(distance))
            w, h = self._label_size(text)
            inward = size * 1.3 + abs(ux) * w / 2 + abs(uy) * h / 2
            anchor = QPointF(tip.x() - ux * inward, tip.y() - uy * inward)
            rect = QRectF(anchor.x() - w / 2, anchor.y() - h / 2, w, h)
            if any(rect.intersects(other) for other in taken):
                continue  # a neighbour already says roughly the same
            taken.append(rect)
            self._draw_label(painter, anchor, text, s.color("text"))

    def _paint_edge_arrow(self, painter, tip, ux, uy, size):
        s = self._style
        base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
        left = QPointF(base.x() - uy * size * 0.6, base.y() + ux * size * 0.6)
        right = QPointF(base.x() + uy * size * 0.6, base.y() - ux * size * 0.6)
        painter.setPen(QPen(s.color("highlight"), s.px(2.5)))
        painter.setBrush(s.color("hole"))
        painter.drawPolygon(QPolygonF([tip, left, right]))
        painter.setBrush(Qt.NoBrush)

    def _label_size(self, text, relative=1.3):
        metrics = QFontMetricsF(self._style.font(relative, bold=True))
        pad = self._style.px(4)
        return metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad

    def _draw_label(self, painter, centre, text, colour, relative=1.3):
        """Text on a light box, so it reads over rings, holes and the black mark."""
        s = self._style
        font = s.font(relative, bold=True)
        pad = s.px(4)
        w, h = self._label_size(text, relative)
        rect = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
        bounds = QRectF(0.0, 0.0, *self._canvas_size())
        rect.moveLeft(min(max(rect.left(), bounds.left()), bounds.right() - w))
        rect.moveTop(min(max(rect.top(), bounds.top()), bounds.bottom() - h))
        box = s.color("background")
        box.setAlphaF(0.88)
        painter.setPen(QPen(colour, s.px(1.5)))
        painter.setBrush(box)
        painter.drawRoundedRect(rect, pad, pad)
        painter.setBrush(Qt.NoBrush)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignCenter, text)

    def _paint_flight(self, painter):
        """The bullet on its way: it starts big near the muzzle and shrinks onto each hole."""
        s = self._style
        progress = self.flight_progress()
        # Apparent size falls as 1/distance while the bullet travels at constant speed.
        depth = FLIGHT_START_SCALE + (1.0 - FLIGHT_START_SCALE) * progress
        perspective = (FLIGHT_START_SCALE / depth - FLIGHT_START_SCALE) / (1 - FLIGHT_START_SCALE)
        square = self._layout()[1]
        muzzle = QPointF(square.center().x(), square.bottom())
        hole_r = self._current_radius()
        radius = hole_r + (s.px(40) - hole_r) * perspective
        painter.setPen(QPen(s.color("highlight"), s.px(3)))
        painter.setBrush(s.color("hole"))
        for x, y in self._current:
            if not (math.isfinite(x) and math.isfinite(y)):
                continue
            cx, cy = np.clip((x, y), -EXTENT_CM, EXTENT_CM)
            end = self.to_pixels(cx, cy)
            pos = QPointF(end.x() + (muzzle.x() - end.x()) * perspective,
                          end.y() + (muzzle.y() - end.y()) * perspective)
            painter.drawEllipse(pos, radius, radius)
        painter.setBrush(Qt.NoBrush)

    # Text: what happened, and what the colours mean.
    def headline(self):
        """The sentence above the target: the shot and, once measured, its ring and direction."""
        fire = self._fire
        if fire is None:
            return self.tr("Fire a shot to begin")
        if self.in_flight():
            return self.tr("The bullet is flying…")
        n = len(fire.scores)
        number = fire.iteration + 1
        if self._loss is None:
            if n == 1:
                return self.tr("Shot {number} has landed").format(number=number)
            return self.tr("Round {number}: {count} shots have landed").format(
                number=number, count=n)
        if n == 1:
            return self.tr("Shot {number}: {hit}").format(
                number=number, hit=describe_hit(fire.scores[0], fire.directions[0]))
        if n <= MAX_SPELLED:
            hits = " · ".join(describe_hit(sc, d) for sc, d in zip(fire.scores, fire.directions))
            return self.tr("Round {number}: {hits}").format(number=number, hits=hits)
        return self.tr("Round {number}: {count} shots, mean ring {mean}").format(
            number=number, count=n, mean=f"{self._loss.mean_score:.1f}")

    def legend(self):
        return (self.tr("red: error"), self.tr("green: aim correction"))

    def _paint_headline(self, painter, rect):
        s = self._style
        painter.setPen(s.color("text"))
        painter.setFont(s.font(1.5, bold=True))
        painter.drawText(rect, Qt.AlignHCenter | Qt.AlignVCenter | Qt.TextWordWrap,
                         self.headline())

    def correction_size_text(self):
        """The green arrow's length ('5.0 cm') while it is drawn, else ''."""
        if self.correction_arrow_px() is None:
            return ""
        return format_distance_cm(float(np.hypot(*self._step_cm)))

    def _legend_layout(self):
        """The legend line's pieces as (kind, rect, text), centred in the legend rect.

        kind is "error" or "gradient" for a colour swatch with its text, or "size" for the
        arrow's length, boxed in green beside its swatch: read where no ring or hole is.
        The font shrinks (to 60% at most) when the line would not fit the width.
        """
        s, rect = self._style, self._layout()[2]
        pieces = [("error", self.legend()[0]), ("gradient", self.legend()[1])]
        size_text = self.correction_size_text()
        for shrink in (1.0, 0.9, 0.8, 0.7, 0.6):
            font = s.font(1.3 * shrink, bold=False)
            bold = s.font(1.3 * shrink, bold=True)
            swatch, gap, pad = s.px(34) * shrink, s.px(10) * shrink, s.px(4) * shrink
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

    def correction_label_rect(self):
        """Where the arrow's length is written (widget pixels), or None without an arrow."""
        rects = [r for kind, r, _ in self._legend_layout()[0] if kind == "size"]
        return rects[0] if rects else None

    def ring_number_rects(self):
        """The boxes the ring numbers are centred in (widget pixels)."""
        square = self._layout()[1]
        band = RING_WIDTH_CM * self.pixels_per_cm()
        centre, rects = square.center(), []
        for ring in range(1, RING_COUNT):
            mid = (RING_COUNT - ring + 0.5) * band
            for dx, dy in ((-mid, 0), (mid, 0), (0, -mid), (0, mid)):
                rects.append(QRectF(centre.x() + dx - band / 2, centre.y() + dy - band / 2,
                                    band, band))
        return rects

    def _paint_legend(self, painter, rect):
        s = self._style
        layout, font, bold, swatch, gap = self._legend_layout()
        y = rect.center().y()
        for kind, box, text in layout:
            if kind == "size":
                self._paint_size_box(painter, box, text, bold)
                continue
            colour = s.color(kind)
            painter.setPen(QPen(colour, s.px(5)))
            x = box.left()
            painter.drawLine(QPointF(x, y), QPointF(x + swatch, y))
            if kind == "gradient":
                self._paint_arrow_head(painter, QPointF(x, y), QPointF(x + swatch, y),
                                       colour, s.px(12) * swatch / s.px(34))
            painter.setPen(s.color("text"))
            painter.setFont(font)
            painter.drawText(QRectF(x + swatch + gap, box.top(), box.width() + 2, box.height()),
                             Qt.AlignVCenter | Qt.AlignLeft, text)

    def _paint_size_box(self, painter, box, text, font):
        """The arrow's length in green bold on a light box, like a label on the arrow."""
        s = self._style
        pad = s.px(4)
        painter.setPen(QPen(s.color("gradient"), s.px(1.5)))
        painter.setBrush(s.color("background"))
        painter.drawRoundedRect(box, pad, pad)
        painter.setBrush(Qt.NoBrush)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignCenter, text)
