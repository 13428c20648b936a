"""The target widget: it keeps what the session's records say and paints it.

Each paint copies the static layer (rings and past holes, see static_layer) and draws over
it only the newest shot or burst, its lines, arrows and the words, whose places are kept
until something shown changes. The view reads records from the session's signals and never
touches the trainer.
"""

import math
import time
from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEvent, QLocale, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from shooter.app import predict
from shooter.app.crash import guarded
from shooter.app.style import DEFAULT_STYLE
from shooter.app.target import labels, painting, prediction, words
from shooter.app.target.flight import Flight
from shooter.app.target.geometry import (
    MAX_SPELLED,
    Geometry,
    beside_error_line,
    edge_point,
    off_view,
)
from shooter.app.target.holes import Holes, fade_levels
from shooter.app.target.static_layer import StaticLayer

FLIGHT_TICK_MS = 16
MAX_PLACES = 64  # holes and red lines of a batch the prediction's tally looks at
EXPORT_LOGICAL_PX = 800  # exports are laid out at this size, then scaled: text keeps its share


class TargetView(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self._style = style
        self._flight = Flight()
        self._flight_clock = QElapsedTimer()
        self._flight_timer = QTimer(self)
        self._flight_timer.setInterval(FLIGHT_TICK_MS)
        self._flight_timer.timeout.connect(self._on_flight_tick)
        self._static = StaticLayer()  # background, rings and past holes, cached
        self._geometry = None
        self._words = None  # what the live layer writes and where, until something changes
        self._canvas = None  # a QSize while exporting: lay out for it, not for the widget
        self._last_paint_ms = 0.0
        self._prediction = None  # the Predict first mode, which says what to draw for it
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
        self._holes = Holes()
        self._fire = None
        self._loss = None
        self._step_cm = None  # the green arrow: the correction asked for
        self._shift_cm = None  # the actual move of the aim after adjust
        self._last_iteration = -1

    def _changed(self):
        """Something shown changed: place the words again and repaint."""
        self._words = None
        self.update()

    def clear(self):
        """Forget every hole, line and arrow (a new lesson or a reset trainer)."""
        self._finish_flight()
        self._reset_state()
        self._static.drop()
        self._changed()

    def holes_count(self):
        """Holes the view keeps: past ones plus the current shot or burst."""
        return self._holes.count()

    def cached_holes_count(self):
        """Past holes already drawn into the cached pixmap."""
        return self._static.holes_in_it()

    def current_holes_cm(self):
        return self._holes.current.copy()

    def past_holes_cm(self):
        """Past holes, oldest first."""
        return self._holes.past()

    def error_lines(self):
        """The red lines as (n, 2) end points in cm; each starts at the bullseye."""
        return np.empty((0, 2)) if self._loss is None else np.array(self._loss.offsets_cm)

    def arrow_origin_cm(self):
        """The centroid of the current hits: where both arrows start."""
        return self._holes.centroid()

    def correction_arrow(self):
        """(start, vector) in cm of the green arrow, or None."""
        return None if self._step_cm is None else (self.arrow_origin_cm(), self._step_cm.copy())

    def shift_arrow(self):
        """(start, vector) in cm of the actual aim shift after adjust, or None."""
        return None if self._shift_cm is None else (self.arrow_origin_cm(), self._shift_cm.copy())

    def off_view_shots(self):
        """Current hits beyond the view, as (edge point in cm, distance from bullseye in cm)."""
        current = self._holes.current
        return [(edge_point((x, y)), float(math.hypot(x, y)))
                for x, y in current[off_view(current)]]

    def cache_renders(self):
        """How many times the cached layer (target and every past hole) was drawn afresh."""
        return self._static.renders

    def paint_time_ms(self):
        """How long the last paintEvent took."""
        return self._last_paint_ms

    # --- signals ---------------------------------------------------------------------------
    @guarded()
    def _on_fired(self, record):
        self._take_shot(record)
        # Going back replays earlier shots to rebuild the picture: they have landed already.
        if not self.session.replaying and self._flight.start():
            self._flight_clock.start()
            self._flight_timer.start()
        self._changed()

    @guarded()
    def _on_loss(self, record):
        self._loss = record
        self._changed()

    @guarded()
    def _on_pulled_back(self, record):
        self._step_cm = np.array(record.aim_step_cm, dtype=np.float64)
        self._changed()

    @guarded()
    def _on_adjusted(self, record):
        self._shift_cm = np.array(record.aim_shift_cm, dtype=np.float64)
        self._changed()

    @guarded()
    def _on_frame(self, record):
        """A step of automatic training: everything at once, never animated."""
        self._take_shot(record.fire)
        self._loss = record.loss
        self._step_cm = (None if record.pull_back is None
                         else np.array(record.pull_back.aim_step_cm, dtype=np.float64))
        self._shift_cm = (None if record.adjust is None
                          else np.array(record.adjust.aim_shift_cm, dtype=np.float64))
        self._changed()

    def _take_shot(self, fire):
        self._finish_flight()
        if fire.iteration < self._last_iteration:  # the counter went back: a new trainer
            self._reset_state()
            self._static.drop()
        self._last_iteration = fire.iteration
        self._holes.land(fire.impacts_cm)
        self._fire, self._loss, self._step_cm, self._shift_cm = fire, None, None, None

    # --- bullet flight -------------------------------------------------------------------
    def set_flight_speed(self, factor):
        """Bullet-flight animation speed: 1 normal, 2 twice as fast, 0 off (holes at once)."""
        self._flight.set_speed(factor)
        if not self._flight.flying():
            self._finish_flight()
            self._changed()

    def flight_speed(self):
        return self._flight.speed

    def flight_duration_ms(self):
        return self._flight.duration_ms()

    def in_flight(self):
        return self._flight.flying()

    def advance(self, dt_ms):
        """Move the flight on by dt_ms; returns True while the bullet is still flying."""
        if not self._flight.flying():
            return False
        if not self._flight.advance(dt_ms):
            self._finish_flight()
        self._changed()
        return self.in_flight()

    def flight_progress(self):
        """0 at the muzzle, 1 on the target (1 when nothing flies)."""
        return self._flight.progress()

    def _finish_flight(self):
        self._flight.land()
        self._flight_timer.stop()

    @guarded()
    def _on_flight_tick(self):
        self.advance(self._flight_clock.restart())

    # --- presentation ---------------------------------------------------------------------
    def view_style(self):
        return self._style

    def set_style(self, style):
        """A new palette or presentation scale: every cached layer is redrawn."""
        self._style = style
        self._static.drop()
        self._geometry = None
        self.updateGeometry()
        self._changed()

    @guarded(fallback=QSize(720, 760))
    def sizeHint(self):
        return QSize(720, 760)

    @guarded()
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:  # every word is looked up again
            self._changed()
        super().changeEvent(event)

    @guarded()
    def resizeEvent(self, event):
        self._static.drop()
        self._geometry = None
        self._words = None
        super().resizeEvent(event)

    # --- layout ------------------------------------------------------------------------------
    def target_geometry(self):
        """The layout for the current size and style (cached): rects and cm <-> pixels."""
        if self._geometry is None:
            canvas = self._canvas if self._canvas is not None else self.size()
            self._geometry = Geometry(canvas.width(), canvas.height(), self._style)
        return self._geometry

    def pixels_per_cm(self):
        return self.target_geometry().scale

    def to_pixels(self, x_cm, y_cm):
        """A point on the target (cm, up positive) to widget pixels."""
        return self.target_geometry().to_pixels(x_cm, y_cm)

    def to_cm(self, point):
        """Widget pixels back to target cm: the inverse of to_pixels."""
        return self.target_geometry().to_cm(point)

    def ring_number_rects(self):
        """The boxes the ring numbers are centred in (widget pixels)."""
        return [rect for _, rect in self.target_geometry().ring_number_rects()]

    def current_radius(self):
        return self.target_geometry().current_radius(len(self._holes.current))

    def correction_arrow_px(self):
        """How the green arrow is drawn: (start, end, kind) in widget pixels, or None;
        moved beside the red line when it would lie on it (kinds: see Geometry.arrow)."""
        drawn = self._arrow_px(self._step_cm, dashed=False)
        if drawn is None:
            return None
        a, b, kind = drawn
        return (a.x(), a.y()), (b.x(), b.y()), kind

    def _arrow_px(self, vector_cm, dashed):
        if vector_cm is None or len(self._holes.current) == 0:
            return None
        geo, s = self.target_geometry(), self._style
        start = self.arrow_origin_cm()
        rim = self.current_radius() + s.px(3)
        drawn = geo.arrow(start, vector_cm, rim, s.px(11) if dashed else s.px(16))
        if drawn is None:
            return None
        a, b, kind = drawn
        a, b = beside_error_line(a, b, start, vector_cm, s.px(10 if dashed else 12))
        return a, b, kind

    # --- Predict first ------------------------------------------------------------------------
    def set_prediction(self, mode):
        """The prediction mode whose picture() this view draws (None: no such mode)."""
        self._prediction = mode
        self._changed()

    def prediction_changed(self):
        self._changed()

    def prediction_picture(self):
        """What the prediction mode shows now (a predict.Picture), or None while it is off."""
        return None if self._prediction is None else self._prediction.picture()

    def _waiting_picture(self):
        picture = self.prediction_picture()
        return picture if picture is not None and picture.waiting else None

    def prediction_label_rect(self):
        """Where the reveal writes the prediction's miss (widget pixels), or None."""
        picture = self.prediction_picture()
        if picture is None or picture.revealed is None:
            return None
        return prediction.miss_label_rect(self.target_geometry(), picture,
                                          self._drawn_places())

    def prediction_tally_rect(self):
        """Where the prediction tally is drawn (widget pixels), or None while the mode is off."""
        picture = self.prediction_picture()
        if picture is None:
            return None
        geo, busy = self.target_geometry(), self._drawn_places()
        text = prediction.tally_lines(geo, picture.tally)
        return prediction.tally_rect(geo, text, prediction.busy_places(geo, picture, busy))

    def _drawn_places(self):
        """(rects, segments) in pixels of the current holes, red lines and arrows: what the
        prediction's tally keeps clear of."""
        geo, radius = self.target_geometry(), self.current_radius()
        holes = np.concatenate([self._holes.newest_past(MAX_PLACES), self._holes.current])
        shown = holes[~off_view(holes)][-MAX_PLACES:]
        rects = [QRectF(h.x() - radius, h.y() - radius, 2 * radius, 2 * radius)
                 for h in geo.pixel_points(shown)]
        origin = geo.to_pixels(0.0, 0.0)
        ends = painting.visible_error_ends(self.error_lines())[:MAX_PLACES]
        segments = [(origin, end) for end in geo.pixel_points(ends)]
        segments += [drawn[:2] for drawn in (self._arrow_px(self._step_cm, False),
                                             self._arrow_px(self._shift_cm, True)) if drawn]
        return rects, segments

    # --- words ---------------------------------------------------------------------------------
    def headline(self):
        """The sentence above the target: the shot and, once measured, its ring and direction;
        while the range waits for a prediction, what to predict."""
        waiting = self._waiting_picture()
        if waiting is not None and not self.in_flight():
            return predict.prompt(waiting.waiting, waiting.placed)
        return words.headline(self._fire, self._loss, self.in_flight())

    def loss_line(self):
        """Under a burst's headline once measured: its loss as the mean of the shots' misses;
        while the range waits for a prediction, how to place it."""
        waiting = self._waiting_picture()
        if waiting is not None and not self.in_flight():
            return predict.hint(waiting.placed)
        if self._loss is None or self.in_flight():
            return ""
        return words.loss_line(self._loss)

    def headline_lines(self):
        """[(text, font, rect)] of the headline as drawn: at most two lines, none cut."""
        return labels.headline_lines(self._style, self.target_geometry().headline, self.headline(),
                                     self.loss_line())

    def legend(self):
        return words.legend()

    def correction_size_text(self):
        """The green arrow's length ('5.0 cm') while it is drawn, else ''."""
        if self.correction_arrow_px() is None:
            return ""
        return words.format_distance_cm(float(np.hypot(*self._step_cm)))

    def legend_layout(self):
        return labels.legend_layout(self._style, self.target_geometry().legend, self.legend(),
                                    self.correction_size_text())

    def correction_label_rect(self):
        """Where the arrow's length is written (widget pixels), or None without an arrow."""
        rects = [r for kind, r, _ in self.legend_layout()[0] if kind == "size"]
        return rects[0] if rects else None

    def _edge_markers(self):
        """Off-view shots, farthest first, and the labels of the farthest few."""
        markers = sorted(self.off_view_shots(), key=lambda m: -m[1])
        texts = [words.off_by(distance) for _, distance in markers[:labels.MAX_EDGE_LABELS]]
        return markers, labels.edge_labels(self.target_geometry(), markers, texts)

    def miss_labels(self):
        """(text, rect) of each burst shot's miss ('12.3 cm'), beside its hole, once the
        loss is measured; none for a single shot (the headline says it) or a big batch."""
        if not self._shows_misses():
            return []
        return [(text, rect) for text, rect, _ in self._place_miss_labels()]

    def _shows_misses(self):
        count = len(self._holes.current)
        return self._loss is not None and not self.in_flight() and 1 < count <= MAX_SPELLED

    def _place_miss_labels(self):
        geo = self.target_geometry()
        shown = ~off_view(self._holes.current)  # shots off the view have their edge label
        misses = np.hypot(*self._loss.offsets_cm.T)[shown]
        holes = geo.pixel_points(self._holes.current[shown])
        origin = geo.to_pixels(0.0, 0.0)
        segments = [(origin, end) for end in
                    geo.pixel_points(painting.visible_error_ends(self.error_lines()))]
        segments += [drawn[:2] for drawn in (self._arrow_px(self._step_cm, False),
                                             self._arrow_px(self._shift_cm, True)) if drawn]
        return labels.miss_labels(geo, holes, [words.miss_label(m) for m in misses],
                                  self.current_radius(),
                                  hard=[rect for _, rect in self._edge_markers()[1]],
                                  soft=self.ring_number_rects(), segments=segments)

    def painted_texts(self):
        """[(text, font, rect)] of every text the view shows now, in widget pixels, with the
        box it is drawn in: ring numbers (those no label covers), headline, legend, labels at
        holes and edge markers, the prediction's words. What the layout audit checks."""
        geo = self.target_geometry()
        placed = self._placed_words()
        texts = list(placed.headline)
        pieces, legend_font, bold, swatch, gap = placed.legend
        for kind, box, text in pieces:
            if kind == "size":
                texts.append((text, bold, box))
            else:
                width = QFontMetricsF(legend_font).horizontalAdvance(text)
                texts.append((text, legend_font, QRectF(box.left() + swatch + gap, box.top(),
                                                        width, box.height())))
        if not self.in_flight():
            label_font = self._style.font(labels.LABEL_SIZE, bold=True)
            texts += [(text, label_font, rect) for text, rect in placed.edge_labels]
            miss_font = self._style.font(labels.MISS_LABEL_SIZE, bold=True)
            texts += [(text, miss_font, rect) for text, rect, _ in placed.misses]
            texts += prediction.painted_texts(geo, self.prediction_picture(),
                                              self._drawn_places())
        # Labels are opaque boxes: a ring number under one is hidden, not overlapped (each
        # ring is numbered on four sides).
        font, rings, _ = geo.ring_numbers()
        boxes = [rect for _, _, rect in texts]
        return [(str(ring), font, rect) for ring, rect in rings
                if not any(rect.intersects(box) for box in boxes)] + texts

    # --- painting ----------------------------------------------------------------------------
    @guarded()
    def paintEvent(self, event):
        started = time.perf_counter()
        painter = QPainter(self)
        try:
            static = self._static.current(self.width(), self.height(), self.devicePixelRatioF(),
                                          self.target_geometry(), self._holes)
            painter.drawPixmap(0, 0, static)
            painter.setRenderHint(QPainter.Antialiasing)
            self._paint_live(painter)
        except Exception:
            # Leave the widget drawable: the next paint rebuilds the cached layer.
            self._static.drop()
            raise
        finally:
            painter.end()
        self._last_paint_ms = (time.perf_counter() - started) * 1000.0

    def _paint_live(self, painter):
        """Everything above the cached layer: the newest shot and all the words."""
        geo = self.target_geometry()
        painter.save()
        try:
            painter.setClipRect(geo.square.adjusted(-1, -1, 1, 1))
            if self.in_flight():
                painting.paint_flight(painter, geo, self._holes.current, self.flight_progress())
            else:
                self._paint_current(painter)
        finally:
            painter.restore()
        words = self._placed_words()
        if not self.in_flight():
            painting.paint_edge_markers(painter, geo, words.markers, words.edge_labels)
            painting.paint_miss_labels(painter, self._style, words.misses,
                                       self.current_radius())
            picture = self.prediction_picture()
            if picture is not None:  # off: no cost while training runs
                prediction.paint(painter, geo, picture, self._drawn_places())
        painting.paint_headline(painter, self._style, words.headline)
        painting.paint_legend(painter, self._style, geo.legend, words.legend)

    def _placed_words(self):
        """Every text of the live layer with its place, kept until something changes."""
        language = QLocale().name()  # a switch made while no events run still shows
        if self._words is None or self._words.language != language:
            markers, edge_labels = self._edge_markers()
            self._words = SimpleNamespace(
                language=language, headline=self.headline_lines(), legend=self.legend_layout(),
                markers=markers, edge_labels=edge_labels,
                misses=self._place_miss_labels() if self._shows_misses() else [])
        return self._words

    def _paint_current(self, painter):
        """The newest holes, then their red lines over them (so no hole hides a line),
        then the arrows."""
        current = self._holes.current
        if len(current) == 0:
            return
        geo = self.target_geometry()
        painting.paint_current_holes(painter, geo, current)
        if self._loss is not None:
            ends = painting.visible_error_ends(self.error_lines())
            painting.paint_error_lines(painter, geo, ends, len(ends) <= MAX_SPELLED)
        for vector, dashed in ((self._shift_cm, True), (self._step_cm, False)):
            drawn = self._arrow_px(vector, dashed)
            if drawn is not None:
                painting.paint_arrow(painter, self._style, drawn, dashed)

    def paint_export(self, painter, width, height):
        """The whole picture, landed shot included, onto any paint device of width x height
        pixels (an image or an SVG for slides). Laid out at EXPORT_LOGICAL_PX and scaled, so
        text and lines keep the share of the picture they have on screen."""
        self._finish_flight()
        zoom = min(width, height) / EXPORT_LOGICAL_PX
        saved = self._geometry, self._words
        self._canvas = QSize(max(1, round(width / zoom)), max(1, round(height / zoom)))
        self._geometry = self._words = None
        painter.save()
        try:
            painter.scale(zoom, zoom)
            painter.setRenderHint(QPainter.Antialiasing)
            self._paint_everything(painter)
        finally:
            painter.restore()
            self._canvas = None
            self._geometry, self._words = saved
        self._changed()

    def _paint_everything(self, painter):
        """Every layer straight onto the painter, without the cache."""
        geo = self.target_geometry()
        painter.fillRect(geo.bounds(), self._style.color("background"))
        painting.paint_target(painter, geo)
        painter.save()
        try:
            painter.setClipRect(geo.square.adjusted(-1, -1, 1, 1))
            holes = self.past_holes_cm()
            painting.paint_past_holes(painter, geo, holes,
                                      fade_levels(np.arange(len(holes))[::-1]))
        finally:
            painter.restore()
        self._paint_live(painter)
