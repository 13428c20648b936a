"""The loss surface (T11): the loss over two chosen parameters with the rifle's own path
and a "now" marker that follow the training; beside it, a long narrow valley where plain
gradient descent zig-zags while Adam turns along the floor, walked step by step."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from shooter.app.crash import guarded
from shooter.app.lessons.base import (
    COLOUR_MAP,
    Chart,
    Legend,
    LessonView,
    Reflow,
    key_button,
    named,
    parameter_name,
    quiet_plot,
    set_axis_label,
    style_plot,
    wrapped_label,
)
from shooter.app.lessons.experience import narrow_combo
from shooter.app.style import DEFAULT_STYLE
from shooter.core.differentiation import parameter_refs
from shooter.core.network import Network
from shooter.core.surface import SurfaceJob, descent_path, locate, narrow_valley, zigzags

RACE_STEP_MS = 250  # one step of both walkers: quick enough to see the shape, slow to follow
TICK_MS = 50
PLOT_MIN_PX = 100  # a chart shrinks this far in a short place (a projector) before scrolling


def value_at(weights, index):
    array, position = locate(weights, index)
    return float(array[position])


def image_rect(xs, ys):
    dx, dy = xs[1] - xs[0], ys[1] - ys[0]
    return QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys))


class Race:
    """The narrow valley's walkers, shown up to a step that grows with elapsed time: a pure
    function of the milliseconds it is given, so tests step it without waiting."""

    def __init__(self, valley):
        self.valley = valley
        self.steps = max(len(p.points) for p in valley.paths.values()) - 1
        self.elapsed_ms = 0

    @property
    def shown_steps(self):
        return min(self.elapsed_ms // RACE_STEP_MS, self.steps)

    @property
    def finished(self):
        return self.shown_steps >= self.steps

    def advance(self, dt_ms):
        """Returns True when the shown step changed."""
        before = self.shown_steps
        self.elapsed_ms += int(dt_ms)
        return self.shown_steps != before

    def restart(self):
        self.elapsed_ms = 0

    def points(self, name):
        return self.valley.paths[name].points[: self.shown_steps + 1]


class SurfaceView(LessonView):
    chunk = 600

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(session, style, parent)
        self.surface = None
        self.shape = None
        self.live = []  # the session's own path: (x, y) after each shown step
        self.choosers = (narrow_combo(), narrow_combo())
        self.chooser_labels = (wrapped_label(), wrapped_label())
        row = Reflow()  # the two choices one above the other when narrow
        for label, box in zip(self.chooser_labels, self.choosers):
            pair = QWidget()
            pair_box = QHBoxLayout(pair)
            pair_box.setContentsMargins(0, 0, 0, 0)
            pair_box.addWidget(label)
            pair_box.addWidget(box, 1)
            row.add(pair)
            box.activated.connect(self._chosen)
        self.layout_.addWidget(row)
        self._build_surface_plot()
        self._build_race()
        # Two pages, each with the whole room: a projector has none for both at once.
        self.panels = QTabWidget()
        self.panels.addTab(self.surface_panel, "")
        self.panels.addTab(self.race_panel, "")
        self.panels.currentChanged.connect(self._page_shown)
        self.layout_.addWidget(self.panels, 1)
        self.add_key("X", lambda: self.next_choice(0),
                     lambda: self.tr("Surface: the next setting across"))
        self.add_key("Y", lambda: self.next_choice(1),
                     lambda: self.tr("Surface: the next setting up"))
        self.add_key("V", self.toggle_page,
                     lambda: self.tr("The loss surface or the narrow valley"))
        self.key_for(self.race_again, "W", lambda: self.tr("Walk the narrow valley again"))
        self._fill_choosers(session.network_state())
        session.adjusted.connect(self._adjusted)
        session.frame.connect(self._frame)  # bound: dropped when the view is deleted
        session.restarted.connect(self._restarted)
        session.trainer_changed.connect(self._trainer_changed)
        self.set_style(style)
        self.compute()
        self.restart_race()

    def _build_surface_plot(self):
        self.graphics = Chart(PLOT_MIN_PX, PLOT_MIN_PX)
        self.plot = quiet_plot(self.graphics.addPlot(row=0, col=0))
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=pg.colormap.get(COLOUR_MAP),
                                          interactive=False)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        self.path = self.plot.plot([], [])
        self.descent = self.plot.plot([], [])  # on top: it runs under the range's path
        self.start = self.plot.plot([], [])
        self.lowest = self.plot.plot([], [])
        self.now = self.plot.plot([], [])  # where the rifle's two settings are now
        self.legend = Legend()
        self.surface_panel = QWidget()
        box = QVBoxLayout(self.surface_panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.graphics, 1)
        box.addWidget(self.legend)

    def _build_race(self):
        self.valley = narrow_valley()
        self.race = Race(self.valley)
        self.race_panel = QWidget()
        box = QVBoxLayout(self.race_panel)
        box.setContentsMargins(0, 0, 0, 0)
        self.race_title = wrapped_label()
        self.race_graphics = Chart(PLOT_MIN_PX, PLOT_MIN_PX)
        self.race_plot = quiet_plot(self.race_graphics.addPlot(row=0, col=0))
        self.race_image = pg.ImageItem()
        self.race_plot.addItem(self.race_image)
        self.race_image.setImage(np.log10(self.valley.loss + 1e-3).T)
        self.race_image.setColorMap(pg.colormap.get(COLOUR_MAP))
        self.race_image.setRect(image_rect(self.valley.xs, self.valley.ys))
        self.walkers = {name: self.race_plot.plot([], []) for name in self.valley.paths}
        self.race_legend = Legend()
        self.race_again = key_button(self.pressing_keys)
        self.race_again.clicked.connect(self.restart_race)
        box.addWidget(self.race_title)
        box.addWidget(self.race_graphics, 1)
        box.addWidget(self.race_legend)
        box.addWidget(self.race_again)
        self._race_timer = QTimer(self)
        self._race_timer.setInterval(TICK_MS)
        self._race_timer.timeout.connect(self._race_tick)

    # --- choosing the two parameters -------------------------------------------------------
    def chosen(self):
        return (self.choosers[0].currentData(), self.choosers[1].currentData())

    def choose(self, i, j):
        for box, index in zip(self.choosers, (i, j)):
            box.setCurrentIndex(box.findData(index))
        self.compute()

    def next_choice(self, which):
        box = self.choosers[which]
        box.setCurrentIndex((box.currentIndex() + 1) % box.count())
        self.compute()

    @guarded()
    def _chosen(self, _index):
        self.compute()

    def _fill_choosers(self, state):
        shape = (tuple(state.inputs), tuple(state.hidden))
        if shape == self.shape:
            return False
        self.shape = shape
        # The state's own shape, not the session's config: a replayed record may come from a
        # network the session no longer has.
        network = Network(len(state.inputs), state.hidden, state.activation,
                          rng=np.random.default_rng(0))  # only its shape is read
        self.refs = parameter_refs(network)
        names = [parameter_name(ref, *shape) for ref in self.refs]
        for box, default in zip(self.choosers, (len(names) - 2, len(names) - 1)):
            box.blockSignals(True)
            box.clear()
            for index, name in enumerate(names):
                box.addItem(name, index)
            box.setCurrentIndex(default)
            box.blockSignals(False)
        return True

    # --- following the session -------------------------------------------------------------
    @guarded()
    def _trainer_changed(self, state):
        if self._fill_choosers(state):
            self.schedule()

    @guarded()
    def _restarted(self):
        self.live = []
        self._draw_live()
        if not self.session.replaying:
            self.schedule()

    @guarded()
    def _frame(self, step):
        self._adjusted(step.adjust)

    @guarded()
    def _adjusted(self, record):
        if record is None or self.surface is None:
            return
        weights = [np.asarray(a) for pair in record.weights for a in pair]
        if [w.shape for w in weights] != self._surface_shapes:
            return  # a step of a network with another shape than the surface's
        self.live.append(tuple(value_at(weights, index) for index in self.surface.params))
        self._draw_live()

    def path_points(self):
        """The live path drawn now: the surface's centre, then one point per shown step."""
        return np.array([self.surface.centre, *self.live]) if self.surface else np.empty((0, 2))

    def now_point(self):
        """Where the rifle's two settings are now: the live path's last point."""
        points = self.path_points()
        return tuple(points[-1]) if len(points) else None

    def _draw_live(self):
        points = self.path_points()
        if len(points) == 0:
            for item in (self.path, self.now):
                item.setData([], [])
            return
        self.path.setData(points[:, 0], points[:, 1])
        self.now.setData(points[-1:, 0], points[-1:, 1])

    # --- computing -------------------------------------------------------------------------
    def make_job(self):
        config, weights = self.own_trainer_inputs()
        self._inputs = (config, weights)
        return SurfaceJob(config, weights, self.chosen())

    def show_result(self, job):
        self.surface = job.result()
        config, weights = self._inputs
        self._surface_shapes = [np.shape(w) for w in weights]
        self.descent_points = descent_path(config, weights, self.surface.params, steps=60).points
        self.live = []
        self.draw()

    def draw(self):
        surface = self.surface
        if surface is None:
            return
        shown = np.log10(np.maximum(surface.loss, 1e-12))
        self.image.setImage(shown.T, autoLevels=False)
        self.image.setRect(image_rect(surface.xs, surface.ys))
        self.colour_bar.setLevels((float(shown.min()), float(shown.max())))
        self.descent.setData(self.descent_points[:, 0], self.descent_points[:, 1])
        self.start.setData([surface.centre[0]], [surface.centre[1]])
        x, y, _ = surface.minimum()
        self.lowest.setData([x], [y])
        self._draw_live()
        self.plot.setRange(xRange=(surface.xs[0], surface.xs[-1]),
                           yRange=(surface.ys[0], surface.ys[-1]), padding=0)
        self._axis_labels()

    def _axis_labels(self):
        set_axis_label(self.plot.getAxis("bottom"), self.choosers[0].currentText(), self.style_)
        set_axis_label(self.plot.getAxis("left"), self.choosers[1].currentText(), self.style_)

    # --- the narrow valley --------------------------------------------------------------------
    def toggle_page(self):
        self.panels.setCurrentIndex(1 - self.panels.currentIndex())

    @guarded()
    def _page_shown(self, index):
        if self.panels.widget(index) is self.race_panel:
            self.restart_race()  # the walk starts when the class looks at it

    @guarded()
    def restart_race(self):
        self.race.restart()
        self._draw_race()
        self._race_timer.start()

    def advance(self, dt_ms):
        """Move the narrow valley's walkers on by dt_ms of animation."""
        if self.race.advance(dt_ms):
            self._draw_race()
        if self.race.finished:
            self._race_timer.stop()

    @guarded()
    def _race_tick(self):
        self.advance(self._race_timer.interval())

    def _draw_race(self):
        for name, walker in self.walkers.items():
            points = self.race.points(name)
            walker.setData(points[:, 0], points[:, 1])

    # --- look and words -------------------------------------------------------------------------
    def race_colours(self):
        palette = self.style_.palette
        return (palette.error, palette.gradient)[:len(self.walkers)]

    def apply_style(self):
        style, palette = self.style_, self.style_.palette
        for graphics in (self.graphics, self.race_graphics):
            graphics.setBackground(palette.background)
        for plot in (self.plot, self.race_plot):
            style_plot(plot, style)
        for label, box in zip(self.chooser_labels, self.choosers):
            label.setFont(style.font(1.05))
            box.setFont(style.font(1.05))
        self.race_title.setFont(style.font(1.15, bold=True))
        self.race_again.setFont(style.font(1.05))
        self.descent.setPen(pg.mkPen(palette.highlight, width=style.px(3), style=Qt.DashLine))
        self.path.setPen(pg.mkPen(palette.gradient, width=style.px(4)))
        self.path.setSymbol("o")
        self.path.setSymbolSize(style.px(9))
        self.path.setSymbolBrush(palette.gradient)
        self.path.setSymbolPen(pg.mkPen(palette.background, width=style.px(1)))
        self.start.setSymbol("s")
        self.start.setSymbolSize(style.px(14))
        self.start.setSymbolBrush(palette.error)
        self.start.setPen(None)
        self.now.setSymbol("o")
        self.now.setSymbolSize(style.px(20))
        self.now.setSymbolBrush(palette.gradient)
        self.now.setSymbolPen(pg.mkPen(palette.text, width=style.px(2.5)))
        self.now.setPen(None)
        self.lowest.setSymbol("star")
        self.lowest.setSymbolSize(style.px(24))
        self.lowest.setSymbolBrush(palette.background)
        self.lowest.setSymbolPen(pg.mkPen(palette.text, width=style.px(1.5)))
        self.lowest.setPen(None)
        self.colour_bar.axis.setStyle(tickFont=style.font(0.9))
        self.colour_bar.axis.setTextPen(palette.text)
        for walker, colour in zip(self.walkers.values(), self.race_colours()):
            walker.setPen(pg.mkPen(colour, width=style.px(3)))
            walker.setSymbol("o")
            walker.setSymbolSize(style.px(7))
            walker.setSymbolBrush(colour)
            walker.setSymbolPen(pg.mkPen(palette.background, width=style.px(1)))
        self.race_plot.setRange(xRange=tuple(self.valley.xs[[0, -1]]),
                                yRange=tuple(self.valley.ys[[0, -1]]), padding=0)
        self.draw()

    def retranslate_view(self):
        self.title.setText(self.tr("The loss surface"))
        self.explanation.setText(self.tr(
            "Colour: the loss (log10) on a fixed set of test shots, for two chosen settings; "
            "all other settings stay as they are now. Dashed: gradient descent on these test "
            "shots. Green: the rifle's own training as it runs."))
        self.chooser_labels[0].setText(self.tr("across:"))
        self.chooser_labels[1].setText(self.tr("up:"))
        for box in self.choosers:  # parameter names are words too: 'b aim right'
            for row in range(box.count()):
                box.setItemText(row, parameter_name(self.refs[box.itemData(row)], *self.shape))
        set_axis_label(self.colour_bar.axis, self.tr("log10 loss"), self.style_)
        palette = self.style_.palette
        self.legend.set_entries([
            ("■", palette.error, self.tr("start")),
            ("●", palette.gradient, self.tr("now")),
            ("★", palette.text, self.tr("lowest loss")),
            ("╍╍", palette.highlight, self.tr("gradient descent")),
            ("━●━", palette.gradient, self.tr("training on the range")),
        ], self.style_)
        self._axis_labels()
        self._race_words()

    def _race_words(self):
        paths = self.valley.paths
        self.race_title.setText(self.tr(
            "A narrow valley: plain gradient descent zig-zags, Adam follows the floor"))
        entries = []
        crossing = self.tr("{0} (step {1}): crosses the floor {2} times")
        for name, colour in zip(self.walkers, self.race_colours()):
            entries.append(("━●━", colour, crossing.format(
                named("optimizer", name), f"{self.valley.rates[name]:g}", zigzags(paths[name]))))
        self.race_legend.set_entries(entries, self.style_)
        self.race_again.setText(self.tr("Walk again"))
        self.panels.setTabText(0, self.tr("The loss surface"))
        self.panels.setTabText(1, self.tr("A narrow valley"))
        set_axis_label(self.race_plot.getAxis("bottom"), self.tr("along the floor"),
                       self.style_)
        set_axis_label(self.race_plot.getAxis("left"), self.tr("across"), self.style_)
