"""The network drawn as neurons and weights, in the manner of TensorFlow Playground.

Edge colour is the weight's sign, thickness its size; a neuron's fill is its output for the
latest shot. During the pull-back phase the gradients sweep backwards from the aim to the
inputs, re-drawing each layer's weights by the size of their gradient.

Edges are drawn in a handful of (colour, thickness) buckets with one drawLines call each, so
a 4 x 64 network paints as fast as a small one. The sweep is a pure `advance(dt_ms)` driven
by a timer, so tests step it without waiting.
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEvent, QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from shooter.app.narration import activation_name
from shooter.app.style import DEFAULT_STYLE

SWEEP_MS = 1200  # the backward sweep, output to inputs
TICK_MS = 16
WIDTH_BUCKETS = 5  # thickness classes; with 2 signs about 10 drawLines calls per paint
MIN_EDGE_PX = 0.8
MAX_EDGE_PX = 7.0
MAX_RADIUS_PX = 26.0
MAX_ROW_SPACING_PX = 90.0
HIT_SLOP_PX = 4.0
MAX_DRAWN_PER_GAP = 640
MAX_ANTIALIASED = 1500  # edges; beyond that smooth lines cost more than they show


@dataclass(frozen=True)
class Item:
    """What lies under the mouse: a neuron or a weight, with its value and a description."""

    kind: str  # "neuron" or "weight"
    layer: int  # neuron column (0 = inputs); for a weight, the column it leaves
    index: tuple  # (neuron,) or (from, to)
    value: float  # the neuron's output for the latest shot (nan before a shot), or the weight
    text: str


@dataclass
class _Geometry:
    xs: np.ndarray  # column centres
    ys: list  # per column, neuron centres
    radii: np.ndarray  # per column
    segments: np.ndarray  # (edges, 4): x1, y1, x2, y2
    lines: np.ndarray  # the same as QLineF objects (dtype object), for drawLines
    min_spacing: float  # smallest distance between neighbouring neurons


def layer_values(activations, sizes, row=0):
    """Each column's neuron outputs for one shot, from FireRecord.activations.

    activations run Dense, activation, ..., Dense, Identity; hidden neurons show the
    activation's output and the aim is the last entry. Inputs come from the features.
    """
    hidden = [np.asarray(activations[2 * k + 1])[row] for k in range(len(sizes) - 2)]
    return [*hidden, np.asarray(activations[-1])[row]]


def neuron_gradients(flowing, n_columns):
    """d(loss)/d(neuron output), summed over the batch, for every column but the inputs.

    flowing holds one gradient per layer, last layer first: index 0 is the aim (Identity),
    and hidden column k (1-based) is the output of the activation layer 2k - 1.
    """
    n_layers = len(flowing)
    grads = [None]
    for column in range(1, n_columns - 1):
        grads.append(np.sum(flowing[n_layers - 1 - (2 * column - 1)], axis=0))
    grads.append(np.sum(flowing[0], axis=0))
    return grads


def bucket_edges(values, reference, buckets=WIDTH_BUCKETS):
    """Thickness class 0..buckets-1 per edge: sqrt of |value| / reference, so small weights
    stay visible and large ones saturate."""
    ratio = np.sqrt(np.clip(np.abs(values) / reference, 0.0, 1.0))
    return np.minimum((ratio * buckets).astype(int), buckets - 1)


def edge_width(bucket, buckets=WIDTH_BUCKETS):
    return MIN_EDGE_PX + (MAX_EDGE_PX - MIN_EDGE_PX) * bucket / (buckets - 1)


def segment_distances(segments, x, y):
    """Distance from (x, y) to each segment (x1, y1, x2, y2)."""
    x1, y1, x2, y2 = segments.T
    dx, dy = x2 - x1, y2 - y1
    length2 = np.maximum(dx * dx + dy * dy, 1e-12)
    t = np.clip(((x - x1) * dx + (y - y1) * dy) / length2, 0.0, 1.0)
    return np.hypot(x1 + t * dx - x, y1 + t * dy - y)


def blend(base, colour, amount):
    """base mixed towards colour by amount in 0..1."""
    a = min(1.0, max(0.0, float(amount)))
    return QColor.fromRgbF(base.redF() + (colour.redF() - base.redF()) * a,
                           base.greenF() + (colour.greenF() - base.greenF()) * a,
                           base.blueF() + (colour.blueF() - base.blueF()) * a)


def fill_amounts(values):
    """How strongly each neuron is coloured, 0.15..1: |value| against the column's largest
    (at least 1, so tanh outputs keep an absolute scale); non-finite values stay pale."""
    finite = np.isfinite(values)
    scale = max(1.0, float(np.max(np.abs(values[finite]), initial=0.0)))
    return np.where(finite, 0.15 + 0.85 * np.abs(np.where(finite, values, 0.0)) / scale, 0.0)


def short(value):
    return "–" if not np.isfinite(value) else f"{value:+.3g}"


class NetworkView(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self._shape = None
        self._edge_weights = None
        self._edge_grads = self._neuron_grads = self._sweep_ms = None
        self._sweep_speed = 1.0
        self._geometry = None
        self._hover = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self.setMouseTracking(True)
        self.setMinimumSize(240, 180)
        self._set_state(session.network_state())
        session.trainer_changed.connect(self._set_state)
        session.fired.connect(self._show_fire)
        session.pulled_back.connect(self._show_pull_back)
        session.frame.connect(lambda step: self._show_fire(step.fire))
        session.restarted.connect(self._forget_shot)
        session.phase_changed.connect(self._phase_changed)

    # --- state getters (tests, other code) ------------------------------------------------
    def layer_sizes(self):
        return list(self._sizes)

    def edge_count(self):
        return sum(w.size for w in self._edge_weights)

    def edge_weights(self):
        """One array per gap between columns, shape (from, to); the bias-only net's edges
        are its two biases."""
        return [w.copy() for w in self._edge_weights]

    def edge_colours(self):
        """The colour each edge is drawn in now, flattened gap by gap, row-major."""
        names = self._edge_colour_names(self._shown_edge_values(), self._lit_edges())
        return [getattr(self.style_.palette, name) for name in names]

    def sweep_progress(self):
        """0..1 while the gradients flow back; None outside the pull-back phase."""
        return None if self._sweep_ms is None else self._sweep_ms / SWEEP_MS

    def sweep_running(self):
        return self._sweep_ms is not None and self._sweep_ms < SWEEP_MS

    def showing_gradients(self):
        return self._edge_grads is not None

    # --- session signals --------------------------------------------------------------------
    def _set_state(self, state):
        shape = (tuple(state.inputs), tuple(state.hidden))
        self.state = state
        if shape != self._shape:
            self._shape = shape
            self._sizes = [max(1, len(state.inputs)), *state.hidden, 2]
            self._values = [None] * len(self._sizes)
            self._geometry = None
            self._hover = None
            self._stop_gradients()
        self._edge_weights = self._gap_matrices(state.weights)
        self._biases = [None] + [np.asarray(b) for _, b in state.weights]
        if len(state.inputs) == 0:
            self._biases[-1] = None  # the bias node's edges are the biases
        self.update()

    @staticmethod
    def _gap_matrices(weights):
        first_w, first_b = weights[0]
        matrices = [np.asarray(w, dtype=float) for w, _ in weights]
        if first_w.shape[0] == 0:
            matrices[0] = np.asarray(first_b, dtype=float).reshape(1, -1)
        return matrices

    def _show_fire(self, fire):
        if fire is None or len(fire.activations) != 2 * (len(self._sizes) - 1):
            return
        features = np.asarray(fire.features)
        inputs = features[0] if features.shape[1] else np.ones(1)
        self._values = [inputs, *layer_values(fire.activations, self._sizes)]
        self._stop_gradients()
        self.update()

    def _show_pull_back(self, record):
        grads = [np.asarray(dw, dtype=float) for dw, _ in record.param_grads]
        if grads[0].shape[0] == 0:
            grads[0] = np.asarray(record.param_grads[0][1], dtype=float).reshape(1, -1)
        if [g.shape for g in grads] != [w.shape for w in self._edge_weights]:
            return
        self._edge_grads = grads
        self._neuron_grads = neuron_gradients(record.flowing_grads, len(self._sizes))
        if getattr(self.session, "replaying", False) or self._sweep_speed == 0.0:
            self._sweep_ms = SWEEP_MS  # going back rebuilds the picture without animating
        else:
            self._sweep_ms = 0
            self._clock.start()
            self._timer.start()
        self.update()

    def _phase_changed(self, next_phase):
        # Gradients are shown from the pull-back until the adjustment spends them (or a new
        # configuration, reset or going back makes them belong to another state).
        if next_phase != "adjust":
            self._stop_gradients()
            self.update()

    def _forget_shot(self):
        self._values = [None] * len(self._sizes)
        self._stop_gradients()
        self.update()

    def _stop_gradients(self):
        self._edge_grads = None
        self._neuron_grads = None
        self._sweep_ms = None
        self._timer.stop()

    # --- the sweep ----------------------------------------------------------------------
    def set_sweep_speed(self, factor):
        """Backward-sweep speed: 1 normal, 0.25 slow motion, 0 off (gradients at once)."""
        self._sweep_speed = max(0.0, float(factor))
        if self._sweep_speed == 0.0 and self.sweep_running():
            self.advance(0)

    def sweep_speed(self):
        return self._sweep_speed

    def sweep_duration_ms(self):
        """Wall-clock length of a whole sweep at the current speed (0 when off)."""
        return 0.0 if self._sweep_speed == 0.0 else SWEEP_MS / self._sweep_speed

    def advance(self, dt_ms):
        """Move the backward sweep on by dt_ms of wall-clock time; returns the progress 0..1."""
        if self._sweep_ms is None:
            return None
        if self._sweep_speed == 0.0:
            self._sweep_ms = SWEEP_MS
        else:
            self._sweep_ms = min(SWEEP_MS, self._sweep_ms + int(dt_ms) * self._sweep_speed)
        if self._sweep_ms >= SWEEP_MS:
            self._timer.stop()
        self.update()
        return self.sweep_progress()

    def _tick(self):
        self.advance(max(1, self._clock.restart()))

    def _front(self):
        """The sweep front in column units: from the output column back to 0."""
        last = len(self._sizes) - 1
        return last * (1.0 - self.sweep_progress())

    def _lit_gaps(self):
        """Per gap: does it show gradients now (the front has entered it)?"""
        gaps = len(self._sizes) - 1
        if self._edge_grads is None:
            return [False] * gaps
        front = self._front()
        return [front < g + 1 or self._sweep_ms >= SWEEP_MS for g in range(gaps)]

    def _lit_edges(self):
        lit = self._lit_gaps()
        return np.concatenate([np.full(w.size, on) for w, on in zip(self._edge_weights, lit)])

    def _shown_edge_values(self):
        weights = np.concatenate([w.ravel() for w in self._edge_weights])
        if self._edge_grads is None:
            return weights
        grads = np.concatenate([g.ravel() for g in self._edge_grads])
        return np.where(self._lit_edges(), grads, weights)

    @staticmethod
    def _edge_colour_names(values, lit):
        names = np.where(values > 0, "positive", np.where(values < 0, "negative", "muted"))
        return np.where(lit, "gradient", names).tolist()

    # --- style ----------------------------------------------------------------------------
    def set_style(self, style):
        self.style_ = style
        self._geometry = None
        self.update()

    def resizeEvent(self, event):
        self._geometry = None
        super().resizeEvent(event)

    def changeEvent(self, event):
        # Labels change width with the language: margins measured for the old words cut the new.
        if event.type() == QEvent.LanguageChange:
            self._geometry = None
            self.update()
        super().changeEvent(event)

    # --- labels -------------------------------------------------------------------------
    def _input_labels(self):
        names = {"distance": self.tr("distance"), "crosswind": self.tr("crosswind"),
                 "headwind": self.tr("headwind"), "air_density": self.tr("air density")}
        if not self.state.inputs:
            return [self.tr("bias")]
        return [names.get(name, name) for name in self.state.inputs]

    def _output_labels(self):
        return [self.tr("aim ↔"), self.tr("aim ↕")]

    def _column_title(self, column):
        if column == 0:
            return self.tr("input") if self.state.inputs else ""
        if column == len(self._sizes) - 1:
            return self.tr("output")
        return self.tr("hidden {0}").format(column)

    def _neuron_name(self, column, index):
        if column == 0:
            return self._input_labels()[index]
        if column == len(self._sizes) - 1:
            return self._output_labels()[index]
        return self.tr("hidden {0}, neuron {1}").format(column, index + 1)

    # --- geometry -----------------------------------------------------------------------
    def _label_font(self):
        return self.style_.font(1.0)

    def _small_font(self):
        return self.style_.font(0.85)

    def geometry_(self):
        if self._geometry is None:
            self._geometry = self._layout()
        return self._geometry

    def _layout(self):
        s = self.style_
        metrics = QFontMetricsF(self._label_font())
        pad = s.px(10)
        left = pad + max(metrics.horizontalAdvance(t) for t in self._input_labels()) + s.px(8)
        right = pad + max(metrics.horizontalAdvance(t) for t in self._output_labels()) + s.px(8)
        top = pad + 2.2 * QFontMetricsF(self._small_font()).height()
        legend_rows = len(self._legend_rows(self._legend_entries(with_gradient=True)))
        bottom = pad + (0.6 + legend_rows) * QFontMetricsF(self._small_font()).height()
        width = max(1.0, self.width() - left - right)
        height = max(1.0, self.height() - top - bottom)
        columns = len(self._sizes)
        column_gap = width / max(1, columns - 1)
        max_radius = s.px(MAX_RADIUS_PX)
        radii, ys, spacings = [], [], []
        for n in self._sizes:
            spacing = min(height / n, s.px(MAX_ROW_SPACING_PX))
            spacings.append(spacing)
            radii.append(max(2.0, min(0.4 * spacing, 0.16 * column_gap, max_radius)))
            ys.append(top + height / 2.0 + (np.arange(n) - (n - 1) / 2.0) * spacing)
        radii = np.array(radii)
        xs = left + radii[0] + np.arange(columns) * (width - radii[0] - radii[-1]) / max(
            1, columns - 1)
        segments = self._segments(xs, ys)
        lines = np.empty(len(segments), dtype=object)
        lines[:] = [QLineF(*row) for row in segments.tolist()]
        return _Geometry(xs, ys, radii, segments, lines, min(spacings))

    def _segments(self, xs, ys):
        parts = []
        for g in range(len(self._sizes) - 1):
            a, b = ys[g], ys[g + 1]
            y1, y2 = np.repeat(a, len(b)), np.tile(b, len(a))
            parts.append(np.column_stack([np.full(y1.size, xs[g]), y1,
                                          np.full(y2.size, xs[g + 1]), y2]))
        return np.concatenate(parts)

    # --- hit testing --------------------------------------------------------------------
    def item_at(self, pos):
        """The neuron or weight under pos (QPoint/QPointF or (x, y)), or None."""
        x, y = (pos.x(), pos.y()) if hasattr(pos, "x") else pos
        return self._neuron_at(x, y) or self._weight_at(x, y)

    def _neuron_at(self, x, y):
        geo = self.geometry_()
        for column, (cx, cys, r) in enumerate(zip(geo.xs, geo.ys, geo.radii)):
            if abs(x - cx) > r + HIT_SLOP_PX:
                continue
            distances = np.hypot(cys - y, x - cx)
            index = int(np.argmin(distances))
            if distances[index] <= r + HIT_SLOP_PX:
                return self._neuron_item(column, index)
        return None

    def _weight_at(self, x, y):
        geo = self.geometry_()
        gap = int(np.searchsorted(geo.xs, x)) - 1
        if not 0 <= gap < len(self._edge_weights):
            return None
        start = sum(w.size for w in self._edge_weights[:gap])
        matrix = self._edge_weights[gap]
        distances = segment_distances(geo.segments[start:start + matrix.size], x, y)
        flat = int(np.argmin(distances))
        if distances[flat] > HIT_SLOP_PX + self.style_.px(MAX_EDGE_PX) / 2.0:
            return None
        return self._weight_item(gap, *np.unravel_index(flat, matrix.shape))

    def _neuron_item(self, column, index):
        values = self._values[column]
        value = float(values[index]) if values is not None else float("nan")
        lines = [self._neuron_name(column, index), self.tr("output {0}").format(short(value))]
        if column == 0 and not self.state.inputs:
            lines[1] = self.tr("always 1: its weights are the biases")
        bias = self._biases[column]
        if bias is not None:
            lines.append(self.tr("bias {0}").format(short(float(bias[index]))))
        if self._neuron_grads is not None and self._neuron_grads[column] is not None:
            grad = float(self._neuron_grads[column][index])
            lines.append(self.tr("gradient {0}").format(short(grad)))
        return Item("neuron", column, (index,), value, "\n".join(lines))

    def _weight_item(self, gap, source, target):
        value = float(self._edge_weights[gap][source, target])
        route = f"{self._neuron_name(gap, source)} → {self._neuron_name(gap + 1, target)}"
        lines = [route, self.tr("weight {0}").format(short(value))]
        if self._edge_grads is not None:
            grad = float(self._edge_grads[gap][source, target])
            lines.append(self.tr("gradient {0}").format(short(grad)))
        return Item("weight", gap, (int(source), int(target)), value, "\n".join(lines))

    # --- mouse ----------------------------------------------------------------------------
    def mouseMoveEvent(self, event):
        item = self.item_at(event.position())
        key = None if item is None else (item.kind, item.layer, item.index)
        if key != self._hover:
            self._hover = key
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event):
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def event(self, event):
        if event.type() == QEvent.ToolTip:
            item = self.item_at(event.pos())
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), item.text, self)
            return True
        return super().event(event)

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.style_.color("background"))
        geo = self.geometry_()
        painter.setRenderHint(QPainter.Antialiasing, len(geo.segments) <= MAX_ANTIALIASED)
        self._paint_edges(painter, geo)
        self._paint_hover_edge(painter, geo)
        painter.setRenderHint(QPainter.Antialiasing, True)
        self._paint_front(painter, geo)
        self._paint_neurons(painter, geo)
        self._paint_labels(painter, geo)
        self._paint_legend(painter)
        painter.end()

    def _paint_edges(self, painter, geo):
        values = self._shown_edge_values()
        lit = self._lit_edges()
        buckets = bucket_edges(values, self._edge_reference(values, lit))
        names = np.array(self._edge_colour_names(values, lit))
        drawn = self._drawn_edges(values)
        background = self.style_.color("background")
        faded = self._edge_grads is not None
        # Thin first, thick last: the strong weights end up on top. Colours are blended with
        # the background rather than made transparent: translucent drawLines is ~10x slower.
        for bucket in range(WIDTH_BUCKETS):
            in_bucket = drawn[buckets[drawn] == bucket]
            for name in np.unique(names[in_bucket]):
                chosen = in_bucket[names[in_bucket] == name]
                strength = 0.25 + 0.75 * bucket / (WIDTH_BUCKETS - 1)
                if faded and name != "gradient":
                    strength *= 0.3  # weights wait in the background while gradients flow
                pen = QPen(blend(background, self.style_.color(name), strength),
                           self._edge_px(bucket, geo))
                pen.setCapStyle(Qt.FlatCap)
                painter.setPen(pen)
                painter.drawLines(geo.lines[chosen].tolist())

    def _drawn_edges(self, values):
        """Indices of the edges to draw: all of them in small nets; in big ones the
        strongest MAX_DRAWN_PER_GAP of each gap (the rest would be an unreadable blur)."""
        chosen, start = [], 0
        for matrix in self._edge_weights:
            gap_values = np.abs(values[start:start + matrix.size])
            if matrix.size > MAX_DRAWN_PER_GAP:
                strongest = np.argpartition(-gap_values, MAX_DRAWN_PER_GAP)[:MAX_DRAWN_PER_GAP]
                chosen.append(start + np.sort(strongest))
            else:
                chosen.append(start + np.arange(matrix.size))
            start += matrix.size
        return np.concatenate(chosen)

    def _edge_px(self, bucket, geo):
        """Edge width, never wider than the gaps between the rows it joins."""
        return min(self.style_.px(edge_width(bucket)), max(1.0, geo.min_spacing * 0.8))

    @staticmethod
    def _edge_reference(values, lit):
        """Weights: absolute scale (at least 1), so thickness grows as the net learns.
        Gradients: relative to the largest, since their size varies by orders of magnitude."""
        weights = np.abs(values[~lit])
        grads = np.abs(values[lit])
        ref_w = max(1.0, float(np.max(weights, initial=0.0)))
        ref_g = max(1e-300, float(np.max(grads, initial=0.0)))
        return np.where(lit, ref_g, ref_w)

    def _paint_hover_edge(self, painter, geo):
        if self._hover is None or self._hover[0] != "weight":
            return
        _, gap, (source, target) = self._hover
        start = sum(w.size for w in self._edge_weights[:gap])
        flat = start + source * self._edge_weights[gap].shape[1] + target
        painter.setPen(QPen(self.style_.color("highlight"), self.style_.px(4)))
        painter.drawLine(geo.lines[flat])

    def _paint_front(self, painter, geo):
        if not self.sweep_running():
            return
        front = self._front()
        x = float(np.interp(front, np.arange(len(geo.xs)), geo.xs))
        colour = self.style_.color("highlight")
        colour.setAlphaF(0.8)
        painter.setPen(QPen(colour, self.style_.px(5), Qt.SolidLine, Qt.RoundCap))
        top, bottom = geo.ys[0].min(), geo.ys[0].max()
        for ys in geo.ys:
            top, bottom = min(top, ys.min()), max(bottom, ys.max())
        pad = self.style_.px(16)
        painter.drawLine(QPointF(x, top - pad), QPointF(x, bottom + pad))

    def _paint_neurons(self, painter, geo):
        s = self.style_
        for column, (cx, ys, r) in enumerate(zip(geo.xs, geo.ys, geo.radii)):
            fills = self._neuron_fills(column)
            grad_pens = self._gradient_rings(column, r)
            # Small neurons get a thin grey rim, or a column of 64 reads as a black bar.
            outline = QPen(s.color("text" if r > s.px(6) else "muted"), min(s.px(1.2), r / 4))
            for i, cy in enumerate(ys):
                painter.setPen(grad_pens[i] if grad_pens else outline)
                painter.setBrush(QBrush(fills[i]))
                painter.drawEllipse(QPointF(cx, cy), r, r)
            self._paint_values(painter, column, cx, ys, r)
        self._paint_hover_neuron(painter, geo)

    def _neuron_fills(self, column):
        """Blue for positive outputs, vermillion for negative, depth for size."""
        s = self.style_
        base = s.color("panel")
        values = self._values[column]
        if values is None:
            return [base] * self._sizes[column]
        return [blend(base, s.color("positive" if v >= 0 else "negative"), amount)
                for v, amount in zip(values, fill_amounts(values))]

    def _gradient_rings(self, column, radius):
        """Rims as thick as the neuron's gradient; never so thick they hide its fill."""
        grads = None if self._neuron_grads is None else self._neuron_grads[column]
        if grads is None or self._front() > column:
            return None
        biggest = max(1e-300, float(np.max(np.abs(grads), initial=0.0)))
        colour = self.style_.color("gradient")
        widest = min(self.style_.px(6.0), 0.6 * radius)
        return [QPen(colour, max(1.0, widest * (0.25 + 0.75 * min(1.0, abs(g) / biggest))))
                for g in grads]

    def _paint_values(self, painter, column, cx, ys, r):
        """Numbers inside neurons that are big enough to hold them."""
        values = self._values[column]
        if values is None or r < self.style_.px(17):
            return
        painter.setFont(self.style_.font(0.8))
        for v, amount, cy in zip(values, fill_amounts(values), ys):
            dark_fill = amount > 0.55
            painter.setPen(QColor("#ffffff") if dark_fill else self.style_.color("text"))
            painter.drawText(QRectF(cx - r, cy - r, 2 * r, 2 * r), Qt.AlignCenter, f"{v:.2g}")

    def _paint_hover_neuron(self, painter, geo):
        if self._hover is None or self._hover[0] != "neuron":
            return
        _, column, (index,) = self._hover
        r = geo.radii[column] + self.style_.px(3)
        painter.setPen(QPen(self.style_.color("highlight"), self.style_.px(3)))
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(QPointF(geo.xs[column], geo.ys[column][index]), r, r)

    def _paint_labels(self, painter, geo):
        s = self.style_
        painter.setPen(s.color("text"))
        painter.setFont(self._label_font())
        gap = s.px(8)
        for text, y in zip(self._input_labels(), geo.ys[0]):
            right = geo.xs[0] - geo.radii[0] - gap
            painter.drawText(QRectF(0, y - 20 * s.scale, right, 40 * s.scale),
                             Qt.AlignRight | Qt.AlignVCenter, text)
        for text, y in zip(self._output_labels(), geo.ys[-1]):
            left = geo.xs[-1] + geo.radii[-1] + gap
            painter.drawText(QRectF(left, y - 20 * s.scale, self.width() - left, 40 * s.scale),
                             Qt.AlignLeft | Qt.AlignVCenter, text)
        self._paint_titles(painter, geo)

    def title_places(self):
        """(text, rect) of each column's title, none overlapping another. Titles centre on
        their columns where they fit; otherwise the input and output titles move outwards,
        over the names beside their columns, hidden titles are shortened to fit between, and
        a title left with no room is not shown."""
        geo, gap = self.geometry_(), self.style_.px(6)
        titles = self._column_titles()
        rects = [self._title_rect(lines, x) for lines, x in zip(titles, geo.xs)]
        if any(a.right() + gap > b.left() for a, b in zip(rects, rects[1:])):
            rects[0].moveRight(geo.xs[0] - geo.radii[0])
            rects[-1].moveLeft(geo.xs[-1] + geo.radii[-1])
            metrics = QFontMetricsF(self._small_font())
            for column in range(1, len(titles) - 1):
                room = self._hidden_title_room(column, rects)
                titles[column] = [metrics.elidedText(text, Qt.ElideRight, max(0.0, room - 2))
                                  for text in titles[column]]
                rects[column] = self._title_rect(titles[column], geo.xs[column])
        for rect in rects:  # never past the view's edges
            rect.moveLeft(min(max(0.0, rect.left()), self.width() - rect.width()))
        return self._without_overlaps(titles, rects)

    def _column_titles(self):
        """Each column's title as lines; a hidden layer's also gives its size and activation."""
        last = len(self._sizes) - 1
        titles = [[self._column_title(column)] for column in range(last + 1)]
        for column in range(1, last):
            titles[column].append(
                f"{self._sizes[column]} · {activation_name(self.state.activation)}")
        return titles

    def _title_rect(self, lines, x):
        metrics = QFontMetricsF(self._small_font())
        width = max(metrics.horizontalAdvance(text) for text in lines) + 2.0
        rect = QRectF(0.0, self.style_.px(6), width, len(lines) * metrics.height())
        rect.moveCenter(QPointF(x, rect.center().y()))
        return rect

    def _hidden_title_room(self, column, rects):
        """The widest a hidden column's centred title may be: clear of the title on its left,
        and of the output title or half the gap to the next hidden column on its right."""
        xs, gap = self.geometry_().xs, self.style_.px(6)
        left = 2 * (xs[column] - rects[column - 1].right() - gap)
        if column == len(xs) - 2:
            return min(left, 2 * (rects[-1].left() - xs[column] - gap))
        return min(left, xs[column + 1] - xs[column] - gap)

    @staticmethod
    def _without_overlaps(titles, rects):
        """The non-empty titles in column order, leaving out any that would overlap one
        kept before it: the input and output titles first, then the hidden ones."""
        order = [0, len(rects) - 1, *range(1, len(rects) - 1)]
        kept = []
        for column in order:
            if titles[column][0] and not any(rects[column].intersects(rects[k]) for k in kept):
                kept.append(column)
        return [("\n".join(titles[c]), rects[c]) for c in sorted(kept)]

    def _paint_titles(self, painter, geo):
        painter.setFont(self._small_font())
        painter.setPen(self.style_.color("text"))
        for text, rect in self.title_places():
            painter.drawText(rect, Qt.AlignHCenter | Qt.AlignTop, text)

    def _legend_entries(self, with_gradient):
        entries = [("positive", self.tr("weight > 0")), ("negative", self.tr("weight < 0"))]
        if with_gradient:
            entries.append(("gradient", self.tr("gradient")))
        return entries

    def _legend_rows(self, entries):
        """Entries as rows of (colour, text, x of the swatch), wrapped to the widget's width."""
        s = self.style_
        metrics = QFontMetricsF(self._small_font())
        rows, x = [[]], s.px(10)
        for colour, text in entries:
            width = s.px(28) + metrics.horizontalAdvance(text)
            if rows[-1] and x + width > self.width() - s.px(4):
                rows.append([])
                x = s.px(10)
            rows[-1].append((colour, text, x))
            x += width + s.px(18)
        return rows

    def legend_text_rects(self):
        """(colour, text, rect) of each legend entry's words as painted, in widget pixels."""
        s = self.style_
        metrics = QFontMetricsF(self._small_font())
        rows = self._legend_rows(self._legend_entries(self._edge_grads is not None))
        out = []
        for i, row in enumerate(rows):
            y = self.height() - s.px(8) - metrics.height() * (len(rows) - i - 0.5)
            for colour, text, x in row:
                rect = QRectF(x + s.px(28), y - metrics.height() / 2,
                              metrics.horizontalAdvance(text), metrics.height())
                out.append((colour, text, rect))
        return out

    def _paint_legend(self, painter):
        s = self.style_
        painter.setFont(self._small_font())
        for colour, text, rect in self.legend_text_rects():
            y = rect.center().y()
            painter.setPen(QPen(s.color(colour), s.px(4), Qt.SolidLine, Qt.FlatCap))
            painter.drawLine(QPointF(rect.left() - s.px(28), y), QPointF(rect.left() - s.px(6), y))
            painter.setPen(s.color("text"))
            painter.drawText(rect.adjusted(0, 0, 2, 0), Qt.AlignLeft | Qt.AlignVCenter, text)
