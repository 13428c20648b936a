"""The network view widget: follows the session's signals, runs the backward sweep and paints.

Edge colour is the weight's sign, thickness its size; a neuron's fill is its output for the
latest shot, and its value is written in it (or beside it) wherever there is room. During the
pull-back phase the gradients sweep backwards from the aim to the inputs, re-drawing each
layer's weights by the size of their gradient. The sweep is a pure `advance(dt_ms)` driven by
a timer, so tests step it without waiting.
"""

import numpy as np
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from shooter.app.crash import guarded
from shooter.app.network import edges, hits, layout, text, values
from shooter.app.style import DEFAULT_STYLE
from shooter.core.words import word

SWEEP_MS = 1200  # the backward sweep, output to inputs
TICK_MS = 16
SMOOTH_NEURON_PX = 4.0  # radius; smaller neurons are drawn plain


class NetworkView(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self.state = None
        self._shape = None
        self._edge_weights = None
        self._edge_grads = self._neuron_grads = self._sweep_ms = None
        self._sweep_speed = 1.0
        self._layout_plan = None  # the layout.Plan: geometry and the texts around it
        self._fonts = None
        self._places = self._batches = None  # kept between paints, see their methods
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
        session.frame.connect(self._show_frame)
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
        names = edges.colour_names(self._shown_edge_values(), self._lit_edges())
        return [getattr(self.style_.palette, name) for name in names]

    def node_values(self):
        """Each column's neuron outputs for the latest shot shown (None before a shot)."""
        return [None if v is None else v.copy() for v in self._values]

    def sweep_progress(self):
        """0..1 while the gradients flow back; None outside the pull-back phase."""
        return None if self._sweep_ms is None else self._sweep_ms / SWEEP_MS

    def sweep_running(self):
        return self._sweep_ms is not None and self._sweep_ms < SWEEP_MS

    def showing_gradients(self):
        return self._edge_grads is not None

    # --- session signals --------------------------------------------------------------------
    @guarded()
    def _set_state(self, state):
        shape = values.pair_shapes(state.weights)
        if (self.state is None or state.activation != self.state.activation
                or state.inputs != self.state.inputs):
            self._layout_plan = None  # the titles and the names beside the columns change
        self.state = state
        self.names = hits.Names(state.inputs, len(state.hidden) + 2)
        if shape != self._shape:
            self._shape = shape
            self._sizes = values.column_sizes(len(state.inputs), state.hidden)
            self._set_values([None] * len(self._sizes))
            self._layout_plan = None
            self._hover = None
            self._stop_gradients()
        self._edge_weights = values.gap_matrices(state.weights)
        self._biases = [None] + [np.asarray(b) for _, b in state.weights]
        if len(state.inputs) == 0:
            self._biases[-1] = None  # the bias node's edges are the biases
        self.update()

    @guarded()
    def _show_frame(self, step):
        self._show_fire(step.fire)

    @guarded()
    def _show_fire(self, fire):
        # Going back replays records kept from before a change of inputs or layers: those
        # belong to another network and are never drawn against this one.
        if fire is None or not values.fire_matches(fire, len(self.state.inputs), self._sizes):
            return
        self._set_values(values.fire_values(fire, self._sizes))
        self._stop_gradients()
        self.update()

    @guarded()
    def _show_pull_back(self, record):
        if values.pair_shapes(record.param_grads) != self._shape:
            return  # from another network (see _show_fire)
        self._edge_grads = values.gap_matrices(record.param_grads)
        self._neuron_grads = values.neuron_gradients(record.flowing_grads, len(self._sizes))
        if getattr(self.session, "replaying", False) or self._sweep_speed == 0.0:
            self._sweep_ms = SWEEP_MS  # going back rebuilds the picture without animating
        else:
            self._sweep_ms = 0
            self._clock.start()
            self._timer.start()
        self.update()

    @guarded()
    def _phase_changed(self, next_phase):
        # Gradients are shown from the pull-back until the adjustment spends them (or a new
        # configuration, reset or going back makes them belong to another state).
        if next_phase != "adjust":
            self._stop_gradients()
            self.update()

    @guarded()
    def _forget_shot(self):
        self._set_values([None] * len(self._sizes))
        self._stop_gradients()
        self.update()

    def _set_values(self, column_values):
        self._values = column_values
        self._fills = None  # neuron colours follow the values

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

    @guarded()
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

    # --- style, size, language ------------------------------------------------------------
    def set_style(self, style):
        self.style_ = style
        self._layout_plan = None
        self._fills = None
        self.update()

    @guarded()
    def resizeEvent(self, event):
        self._layout_plan = None
        super().resizeEvent(event)

    @guarded()
    def changeEvent(self, event):
        # Labels change width with the language: margins measured for the old words cut the new.
        if event.type() == QEvent.LanguageChange:
            self._layout_plan = None
            self.update()
        super().changeEvent(event)

    # --- words ---------------------------------------------------------------------------
    def _input_labels(self):
        return self.names.input_labels()

    def _output_labels(self):
        return self.names.output_labels()

    def _column_title(self, column):
        return self.names.column_title(column)

    def fonts(self):
        """The font of each kind of text at the style's scale (text.fonts)."""
        if self._fonts is None or self._fonts[0] != self.style_:
            self._fonts = (self.style_, text.fonts(self.style_))
        return self._fonts[1]

    def _words(self):
        last = len(self._sizes) - 1
        activation = word("activation", self.state.activation,
                          lambda source: QCoreApplication.translate("Words", source))
        legend = ((("positive", self.tr("weight > 0")), ("negative", self.tr("weight < 0")),
                   ("gradient", self.tr("gradient"))))
        short_legend = (("", self.tr("weight")), ("positive", "> 0"), ("negative", "< 0"),
                        legend[2])
        return layout.Words(
            tuple(self._input_labels()), tuple(self._output_labels()),
            self._column_title(0), self._column_title(last),
            tuple(self._column_title(c) for c in range(1, last)),
            tuple(str(n) for n in self._sizes[1:last]), activation,
            self.tr("hidden"), legend, short_legend)

    # --- layout ---------------------------------------------------------------------------
    def _plan(self):
        if self._layout_plan is None:
            self._layout_plan = layout.plan(self._sizes, self.width(), self.height(),
                                         self._words(), self.fonts(), self.style_.scale)
        return self._layout_plan

    def geometry_(self):
        return self._plan().geometry

    def value_places(self):
        """A layout.ValuePlace for each node value shown, none overlapping another text.
        Kept while the layout and the values last (the sweep repaints 60 times a second)."""
        geo = self.geometry_()
        if self._places is None or self._places[0] is not geo or self._places[1] is not (
                self._values):
            places = layout.value_places(geo, self._values, self.fonts()["value"],
                                         self.style_.scale, values.inside)
            self._places = (geo, self._values, places)
        return self._places[2]

    def painted_texts(self):
        """Every text painted now, as text.TextPlace (kind, text, rect, font, baseline):
        names, titles, legend entries and node values. The gradient's legend entry has its
        room kept, but is painted only while gradients are shown."""
        showing = self._edge_grads is not None
        fixed = [t for t in self._plan().texts if showing or t.mark != "gradient"]
        return fixed + self.value_places()

    # --- hit testing and tooltips -------------------------------------------------------
    def item_at(self, pos):
        """The neuron or weight under pos (QPoint/QPointF or (x, y)), or None."""
        x, y = (pos.x(), pos.y()) if hasattr(pos, "x") else pos
        geo = self.geometry_()
        neuron = hits.neuron_at(geo, x, y)
        if neuron is not None:
            column, index = neuron
            grads = None if self._neuron_grads is None else self._neuron_grads[column]
            return hits.neuron_item(self.names, column, index, self._values[column],
                                    self._biases[column], grads)
        weight = hits.weight_at(geo, x, y, self.style_.scale)
        if weight is None:
            return None
        gap = weight[0]
        grads = None if self._edge_grads is None else self._edge_grads[gap]
        return hits.weight_item(self.names, *weight, self._edge_weights[gap], grads)

    @guarded()
    def mouseMoveEvent(self, event):
        item = self.item_at(event.position())
        key = None if item is None else (item.kind, item.layer, item.index)
        if key != self._hover:
            self._hover = key
            self.update()
        super().mouseMoveEvent(event)

    @guarded()
    def leaveEvent(self, event):
        self._hover = None
        self.update()
        super().leaveEvent(event)

    @guarded(fallback=False)
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
    @guarded()
    def paintEvent(self, event):
        # The painter ends even when painting fails: a painter left active on the widget
        # crashes Qt once the paint event is over, guard or no guard.
        with QPainter(self) as painter:
            self.paint(painter)

    def paint(self, painter):
        painter.fillRect(self.rect(), self.style_.color("background"))
        geo = self.geometry_()
        self._paint_edges(painter, geo)  # smooth or plain by batch (edges.SMOOTH_EDGES)
        painter.setRenderHint(QPainter.Antialiasing, True)
        self._paint_hover_edge(painter, geo)
        self._paint_front(painter, geo)
        self._paint_neurons(painter, geo)
        self._paint_texts(painter)

    def edge_batches(self):
        """The edges drawn now, grouped by pen (edges.batches). Kept while the weights, the
        gradients and the gaps the sweep has lit stay the same."""
        key = (self._edge_weights, self._edge_grads, tuple(self._lit_gaps()))
        cached = self._batches
        if (cached is None or cached[0][0] is not key[0] or cached[0][1] is not key[1]
                or cached[0][2] != key[2]):
            groups = edges.batches(self._shown_edge_values(), self._lit_edges(),
                                   [w.size for w in self._edge_weights])
            self._batches = (key, groups)
        return self._batches[1]

    def edge_pen(self, batch):
        width = min(self.style_.px(edges.edge_width(batch.bucket)),
                    max(1.0, self.geometry_().min_spacing * 0.8))  # never wider than the rows
        return edges.batch_pen(self.style_, batch, width, self._edge_grads is not None)

    def _paint_edges(self, painter, geo):
        edges.paint_batches(painter, geo.lines, self.edge_batches(), self.edge_pen)

    def _paint_hover_edge(self, painter, geo):
        if self._hover is None or self._hover[0] != "weight":
            return
        _, gap, (source, target) = self._hover
        flat = geo.gap_start(gap) + source * self._edge_weights[gap].shape[1] + target
        painter.setPen(QPen(self.style_.color("highlight"), self.style_.px(4)))
        painter.drawLine(geo.lines[flat])

    def _paint_front(self, painter, geo):
        if not self.sweep_running():
            return
        x = float(np.interp(self._front(), np.arange(len(geo.xs)), geo.xs))
        colour = self.style_.color("highlight")
        colour.setAlphaF(0.8)
        painter.setPen(QPen(colour, self.style_.px(5), Qt.SolidLine, Qt.RoundCap))
        top = min(ys.min() for ys in geo.ys)
        bottom = max(ys.max() for ys in geo.ys)
        pad = self.style_.px(16)
        painter.drawLine(QPointF(x, top - pad), QPointF(x, bottom + pad))

    def _paint_neurons(self, painter, geo):
        s = self.style_
        if self._fills is None:  # kept until the values or the style change
            self._fills = [self._neuron_fills(c) for c in range(len(self._sizes))]
        for column, r in enumerate(geo.radii.tolist()):
            grad_pens = self._gradient_rings(column, r)
            # Smoothing dots a few pixels wide costs more than the look it gives them.
            painter.setRenderHint(QPainter.Antialiasing, bool(r > SMOOTH_NEURON_PX))
            # Small neurons get a thin grey rim, or a column of 64 reads as a black bar.
            painter.setPen(QPen(s.color("text" if r > s.px(6) else "muted"),
                                min(s.px(1.2), r / 4)))
            for i, (circle, fill) in enumerate(zip(geo.circles[column], self._fills[column])):
                if grad_pens:
                    painter.setPen(grad_pens[i])
                painter.setBrush(fill)
                painter.drawEllipse(circle)
        painter.setRenderHint(QPainter.Antialiasing, True)
        self._paint_hover_neuron(painter, geo)

    def _neuron_fills(self, column):
        """Blue for positive outputs, vermillion for negative, depth for size."""
        s = self.style_
        base = s.color("panel")
        column_values = self._values[column]
        if column_values is None:
            return [QBrush(base)] * self._sizes[column]
        colours = edges.blend_many(base, [s.color("positive"), s.color("negative")],
                                   np.where(column_values >= 0, 0, 1),
                                   values.fill_amounts(column_values))
        return [QBrush(colour) for colour in colours]

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

    def _paint_texts(self, painter):
        """Every text from painted_texts; a node value inside its neuron in white on a strong
        fill, beside it on a patch of background; a legend entry after its swatch."""
        s = self.style_
        amounts = [None if v is None else values.fill_amounts(v) for v in self._values]
        font = None
        for place in self.painted_texts():
            if place.font is not font:
                font = place.font
                painter.setFont(font)
            if place.mark:
                y = place.rect.center().y()
                painter.setPen(QPen(s.color(place.mark), s.px(4), Qt.SolidLine, Qt.FlatCap))
                painter.drawLine(QPointF(place.rect.left() - s.px(28), y),
                                 QPointF(place.rect.left() - s.px(6), y))
            colour = s.color("text")
            if place.kind == "value":
                if place.inside and amounts[place.column][place.row] > 0.55:
                    colour = QColor("#ffffff")
                elif not place.inside:  # over the edges: unreadable without its own ground
                    painter.fillRect(place.rect, s.color("background"))
            painter.setPen(colour)
            painter.drawText(place.origin, place.text)

    def _paint_hover_neuron(self, painter, geo):
        if self._hover is None or self._hover[0] != "neuron":
            return
        _, column, (index,) = self._hover
        r = geo.radii[column] + self.style_.px(3)
        painter.setPen(QPen(self.style_.color("highlight"), self.style_.px(3)))
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(QPointF(geo.xs[column], geo.ys[column][index]), r, r)
