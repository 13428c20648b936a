"""The range from the side: rifle, the bullet's curved path, the target, a wind flag.

It shows why one straight aim cannot fit every distance: the bullet drops more and more
as it flies, and the wind pushes it aside; the vertical scale is exaggerated (and says so).

The path is rebuilt from the FireRecord alone, never from the trainer: the flight with the
network's aim plus tremor through a rifle without sight offset, then a correction linear in
x so that it ends at the recorded impact. The sight offset is a fixed angle, so it adds
exactly x * offset along the way: the linear correction restores it exactly.
"""

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from shooter.app.crash import guarded
from shooter.app.style import DEFAULT_STYLE
from shooter.constants import BLACK_RINGS_FROM, RING_COUNT, RING_WIDTH_CM, TARGET_RADIUS_CM
from shooter.core.ballistics import Rifle, drift_m, trajectory_cm

MAX_PATHS = 5  # shots of a burst drawn; the first is the highlighted one
STRIP_HEIGHT = 120  # pixels at presentation scale 1
FLAG_PX_PER_MPS = 7.0  # wind flag length per m/s of crosswind, at scale 1
FLAG_MAX_MPS = 12.0  # longer flags would cover the path
MIN_SPAN_CM = 12.0  # the strip never zooms in further than ±12 cm
PLACEHOLDER_FLAGS = Qt.AlignCenter | Qt.TextWordWrap


def rebuild_paths(fire, count=MAX_PATHS):
    """Height (cm, up) along each flight of the first `count` shots: (x_m, up_cm), (n, points)."""
    n = min(count, len(fire.conditions))
    conditions = fire.conditions.take(slice(0, n))
    aim = fire.aim_mrad[:n] + fire.tremor_mrad[:n]
    x, position = trajectory_cm(Rifle(sight_offset_mrad=(0.0, 0.0)), aim, conditions)
    up = position[..., 1]
    missing = fire.impacts_cm[:n, 1] - up[:, -1]  # the sight offset's share, x * angle
    return x, up + missing[:, None] * x / conditions.distance_m[:, None]


def drop_cm(fire):
    """How far the first shot fell below the bore line by the time it reached the target."""
    conditions = fire.conditions.take(slice(0, 1))
    return float(-drift_m(Rifle(), conditions)[0, 1] * 100.0)


class RangeStrip(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self._style = style
        self._fire = None
        self._paths = (None, None)  # (x_m, up_cm) of the drawn shots, once built
        self._stale = False  # a shot came during a replay: its paths are built when asked
        self.paths_built = 0  # how many times a shot's flight paths were computed
        self._apply_height()
        session.fired.connect(self._on_fired)
        session.frame.connect(self._on_frame)
        # A new lesson, a reset or an opened file starts with an empty strip; going back
        # clears it too, then replays the shots that remain.
        session.restarted.connect(self.clear)

    # --- model state -------------------------------------------------------------------------
    @guarded()
    def _on_frame(self, step):
        self._on_fired(step.fire)

    @guarded()
    def _on_fired(self, fire):
        # While the session replays its log to show another step, only the last shot is
        # drawn: its paths are built once, when asked (the next paint), not for every shot.
        self._fire = fire
        self._stale = True
        if not self.session.replaying:
            self._build_paths()
        self.update()

    def clear(self):
        self._fire = None
        self._paths = (None, None)
        self._stale = False
        self.update()

    def _build_paths(self):
        fire, self._stale = self._fire, False
        finite = fire is not None and np.all(np.isfinite(fire.impacts_cm[:MAX_PATHS]))
        self._paths = rebuild_paths(fire) if finite else (None, None)
        self.paths_built += 1

    @property
    def _x(self):
        if self._stale:
            self._build_paths()
        return self._paths[0]

    @property
    def _up(self):
        if self._stale:
            self._build_paths()
        return self._paths[1]

    def trajectories(self):
        """[(x_m, up_cm)] per drawn shot, the highlighted one first."""
        if self._x is None:
            return []
        return [(x.copy(), up.copy()) for x, up in zip(self._x, self._up)]

    def distance_m(self):
        return None if self._fire is None else float(self._fire.conditions.distance_m[0])

    def wind_mps(self):
        """Crosswind of the highlighted shot (positive blows the bullet to the right)."""
        return None if self._fire is None else float(self._fire.conditions.crosswind_mps[0])

    def flight_time_s(self):
        return None if self._fire is None else float(self._fire.flight_time_s[0])

    def flag_length_px(self):
        """The wind flag grows with the crosswind; its sign is the side it blows to."""
        wind = self.wind_mps() or 0.0
        size = min(abs(wind), FLAG_MAX_MPS) * self._style.px(FLAG_PX_PER_MPS)
        return math.copysign(size, wind) if wind else 0.0

    def labels(self):
        """The words on the strip, in drawing order."""
        if self._fire is None:
            return [self.tr("side view: fire a shot to see its flight")]
        wind = self.wind_mps()
        if abs(wind) < 0.05:
            wind_text = self.tr("no crosswind")
        elif wind > 0:
            wind_text = self.tr("crosswind {speed} m/s → right").format(speed=f"{wind:.1f}")
        else:
            wind_text = self.tr("crosswind {speed} m/s ← left").format(speed=f"{-wind:.1f}")
        return [
            self.tr("{distance} m").format(distance=f"{self.distance_m():.0f}"),
            self.tr("drop {drop} cm").format(drop=f"{drop_cm(self._fire):.0f}"),
            self.tr("flight {time} s").format(time=f"{self.flight_time_s():.2f}"),
            wind_text,
            self.tr("height ×{factor}").format(factor=f"{self.vertical_exaggeration():.0f}"),
        ]

    # --- presentation --------------------------------------------------------------------------
    def set_style(self, style):
        self._style = style
        self._apply_height()
        self.updateGeometry()
        self.update()

    def _apply_height(self):
        self.setMinimumHeight(int(self._style.px(STRIP_HEIGHT * 0.8)))

    @guarded(fallback=QSize(600, STRIP_HEIGHT))
    def sizeHint(self):
        return QSize(int(self._style.px(600)), int(self._style.px(STRIP_HEIGHT)))

    def _placeholder_room(self):
        pad = self._style.px(6)
        return QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)

    def placeholder_rect(self):
        """Where the words before the first shot are drawn (wrapped onto more lines in a
        narrow strip), or None once a shot is drawn."""
        if self._x is not None:
            return None
        metrics = QFontMetricsF(self._style.font())
        return metrics.boundingRect(self._placeholder_room(), PLACEHOLDER_FLAGS,
                                    self.labels()[0])

    def painted_texts(self):
        """[(text, font, rect)] of every text the strip paints now: the words before the
        first shot, or the labels around the flight."""
        font = self._style.font()
        rect = self.placeholder_rect()
        if rect is not None:
            return [(self.labels()[0], font, rect)]
        return [(text, font, rect) for text, rect in self.label_places()]

    def _plot_rect(self):
        s = self._style
        text_h = QFontMetricsF(s.font()).lineSpacing()
        left = s.px(70)  # room for the rifle
        right = s.px(24)
        return QRectF(left, text_h + s.px(4), max(10.0, self.width() - left - right),
                      max(10.0, self.height() - 2 * text_h - s.px(8)))

    def bore_end_cm(self):
        """Where the highlighted shot would have hit without gravity: the barrel's line."""
        return float(self._up[0, -1]) + drop_cm(self._fire)

    def _span_cm(self):
        """Half the height the strip shows, in cm: the paths, the barrel's line, the bullseye.

        The target itself may stick out: fitting its full 1 m would flatten a 7 cm drop."""
        reach = MIN_SPAN_CM
        if self._up is not None:
            reach = max(reach, float(np.max(np.abs(self._up))), abs(self.bore_end_cm()))
        return reach * 1.15

    def vertical_exaggeration(self):
        """How many times the height is stretched against the distance."""
        rect = self._plot_rect()
        distance = self.distance_m() or 100.0
        if self._x is not None:
            distance = float(np.max(self._x[:, -1]))
        across = rect.width() / (distance * 100.0)
        up = rect.height() / 2 / self._span_cm()
        return up / across

    def _mapper(self):
        rect = self._plot_rect()
        far = float(np.max(self._x[:, -1]))
        sx = rect.width() / far
        sy = rect.height() / 2 / self._span_cm()
        mid = rect.center().y()
        return lambda x_m, up_cm: QPointF(rect.left() + x_m * sx, mid - up_cm * sy), sy

    @guarded()
    def paintEvent(self, event):
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()  # a painter left open would break every later paint

    def _paint(self, painter):
        s = self._style
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), s.color("panel"))
        painter.setFont(s.font())
        if self._x is None:
            painter.setPen(s.color("muted"))
            painter.drawText(self._placeholder_room(), PLACEHOLDER_FLAGS, self.labels()[0])
            return
        to_px, sy = self._mapper()
        painter.save()
        try:
            painter.setClipRect(self._plot_rect().adjusted(-self.width(), 0, self.width(), 0))
            self._paint_target(painter, to_px, sy)
            self._paint_sight_line(painter, to_px)
            self._paint_rifle(painter, to_px)
            self._paint_paths(painter, to_px)
        finally:
            painter.restore()
        self._paint_flag(painter, to_px)
        self._paint_labels(painter)

    def _paint_target(self, painter, to_px, sy):
        s = self._style
        distance = self.distance_m()
        top, bottom = to_px(distance, TARGET_RADIUS_CM), to_px(distance, -TARGET_RADIUS_CM)
        width = s.px(8)
        painter.setPen(QPen(s.color("muted"), s.px(1)))
        painter.setBrush(s.color("target_paper"))
        painter.drawRect(QRectF(top.x() - width / 2, top.y(), width, bottom.y() - top.y()))
        painter.setBrush(Qt.NoBrush)
        black = (RING_COUNT - BLACK_RINGS_FROM + 1) * RING_WIDTH_CM
        a, b = to_px(distance, black), to_px(distance, -black)
        painter.fillRect(QRectF(a.x() - width / 2, a.y(), width, b.y() - a.y()),
                         s.color("target_black"))

    def _paint_sight_line(self, painter, to_px):
        """The line of sight to the bullseye (solid) and the barrel's line (dashed)."""
        s = self._style
        distance = self.distance_m()
        painter.setPen(QPen(s.color("muted"), s.px(1)))
        painter.drawLine(to_px(0.0, 0.0), to_px(distance, 0.0))
        painter.setPen(QPen(s.color("muted"), s.px(1.5), Qt.DashLine))
        bore_end = to_px(distance, self.bore_end_cm())
        painter.drawLine(to_px(0.0, 0.0), bore_end)
        impact = to_px(distance, float(self._up[0, -1]))
        painter.setPen(QPen(s.color("highlight"), s.px(3)))  # the drop, bracketed
        tick = s.px(5)
        painter.drawLine(QPointF(bore_end.x() - tick * 2, bore_end.y()),
                         QPointF(bore_end.x() - tick * 2, impact.y()))
        for y in (bore_end.y(), impact.y()):
            painter.drawLine(QPointF(bore_end.x() - tick * 3, y), QPointF(bore_end.x() - tick, y))

    def _paint_rifle(self, painter, to_px):
        s = self._style
        muzzle = to_px(0.0, 0.0)
        u = s.px(1)
        stock = QPolygonF([QPointF(muzzle.x() - 62 * u, muzzle.y() - 2 * u),
                           QPointF(muzzle.x() - 30 * u, muzzle.y() - 3 * u),
                           QPointF(muzzle.x() - 30 * u, muzzle.y() + 4 * u),
                           QPointF(muzzle.x() - 46 * u, muzzle.y() + 6 * u),
                           QPointF(muzzle.x() - 62 * u, muzzle.y() + 12 * u)])
        painter.setPen(Qt.NoPen)
        painter.setBrush(s.color("text"))
        painter.drawPolygon(stock)
        painter.drawRect(QRectF(muzzle.x() - 32 * u, muzzle.y() - 2 * u, 32 * u, 3 * u))
        painter.drawRect(QRectF(muzzle.x() - 36 * u, muzzle.y() - 7 * u, 16 * u, 3 * u))  # scope
        painter.setBrush(Qt.NoBrush)

    def _paint_paths(self, painter, to_px):
        s = self._style
        for i in reversed(range(len(self._x))):  # the highlighted shot last, on top
            path = QPainterPath(to_px(self._x[i, 0], self._up[i, 0]))
            for x, up in zip(self._x[i, 1:], self._up[i, 1:]):
                path.lineTo(to_px(x, up))
            colour = s.color("hole" if i == 0 else "hole_old")
            painter.setPen(QPen(colour, s.px(3 if i == 0 else 1.5)))
            painter.drawPath(path)
            end = to_px(self._x[i, -1], self._up[i, -1])
            painter.setBrush(colour)
            painter.drawEllipse(end, s.px(4), s.px(4))
            painter.setBrush(Qt.NoBrush)

    def _paint_flag(self, painter, to_px):
        s = self._style
        rect = self._plot_rect()
        foot = QPointF(to_px(self.distance_m() * 0.5, 0.0).x(), rect.bottom())
        top = QPointF(foot.x(), rect.top() + s.px(4))
        painter.setPen(QPen(s.color("muted"), s.px(2)))
        painter.drawLine(foot, top)
        length = self.flag_length_px()
        if length == 0.0:
            return
        height = s.px(12)
        flag = QPolygonF([top, QPointF(top.x() + length, top.y() + height / 2),
                          QPointF(top.x(), top.y() + height)])
        painter.setPen(QPen(s.color("text"), s.px(1)))
        painter.setBrush(s.color("highlight"))
        painter.drawPolygon(flag)
        painter.setBrush(Qt.NoBrush)

    def label_places(self):
        """(text, rect) of each label once a shot is drawn, none overlapping another and none
        cut short: a label with no room is left out whole. The distance sits at the target,
        the drop and flight time top right; the height stretch and the wind share the top
        row when there is room, else one of them takes the free left part of the bottom row."""
        if self._x is None:
            return []
        s = self._style
        distance, drop, flight, wind, stretch = self.labels()
        metrics = QFontMetricsF(s.font())
        line = metrics.lineSpacing()
        pad, gap, w = s.px(6), s.px(16), self.width()
        top_y, bottom_y = s.px(2), self.height() - line - s.px(2)

        def width(text):
            return metrics.horizontalAdvance(text) + 1.0  # the 1 keeps rounding from clipping

        def at(text, right, y):
            return text, QRectF(right - width(text), y, width(text), line)

        to_px, _ = self._mapper()
        places = []
        bottom_end = min(to_px(self.distance_m(), 0.0).x() + s.px(10), w - pad)
        if width(distance) <= bottom_end - pad:
            places.append(at(distance, bottom_end, bottom_y))
            bottom_end -= width(distance) + gap
        top_end = w - pad
        right = next((t for t in (f"{drop}   {flight}", drop) if width(t) <= top_end - pad), None)
        if right is not None:
            places.append(at(right, top_end, top_y))
            top_end -= width(right) + gap
        if width(stretch) + gap + width(wind) <= top_end - pad:
            centred = (w + width(wind)) / 2
            places += [at(stretch, pad + width(stretch), top_y),
                       at(wind, min(max(centred, pad + width(stretch) + gap + width(wind)),
                                    top_end), top_y)]
            return places
        free = {top_y: top_end, bottom_y: bottom_end}  # where each row's free part ends
        for text, rows in ((wind, (bottom_y, top_y)), (stretch, (top_y, bottom_y))):
            y = next((y for y in rows if width(text) <= free[y] - pad), None)
            if y is not None:
                places.append(at(text, pad + width(text), y))
                free[y] = 0.0  # one of the two to a row
        return places

    def _paint_labels(self, painter):
        painter.setPen(self._style.color("text"))
        for text, rect in self.label_places():
            painter.drawText(rect, Qt.AlignLeft | Qt.AlignVCenter, text)
