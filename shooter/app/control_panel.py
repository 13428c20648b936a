"""The side panel: lesson, network, training, environment, seed, and the run controls.

It only calls Session methods (intent up) and follows Session signals (state down). Widgets
are refreshed from the config with their signals blocked, so a refresh never re-configures.
"""

import math

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shooter.app.lesson_texts import lesson_title
from shooter.app.session import SPEEDS
from shooter.app.style import DEFAULT_STYLE
from shooter.constants import MAX_BATCH, MAX_HIDDEN_LAYERS, MAX_SEED, MAX_UNITS
from shooter.core.lessons import LESSONS
from shooter.core.messages import QT_TRANSLATE_NOOP
from shooter.core.range import Environment
from shooter.core.words import word

LR_SLIDER_STEPS_PER_DECADE = 20
LR_MIN_EXP, LR_MAX_EXP = -5, 0  # the slider spans 1e-5 .. 1; the field takes any value > 0
MAX_CROSSWIND_MPS = 15.0
DEFAULT_CROSSWIND_MPS = 5.0
LAYERS_PER_ROW = 2  # hidden-layer fields side by side; more layers take another row



PHASE_DOINGS = {  # what each phase does, after its two names
    "fire": QT_TRANSLATE_NOOP("ControlPanel", "the network computes the aim from the "
                              "conditions; the bullet flies and lands."),
    "loss": QT_TRANSLATE_NOOP("ControlPanel", "the red line from the bullseye to the hole is "
                              "the error; its size is the loss."),
    "pull_back": QT_TRANSLATE_NOOP("ControlPanel", "the miss flows back through the layers and "
                                   "every weight learns its share: the gradient."),
    "adjust": QT_TRANSLATE_NOOP("ControlPanel", "every weight moves against its gradient, "
                                "scaled by the learning rate."),
}


def words_in_language(english):
    """A word of the shared vocabulary (shooter.core.words) in the current language."""
    return QCoreApplication.translate("Words", english)


def phase_tip(phase):
    """'Fire — the forward pass: the network ...': the analogy and the field's term
    together, in the current language (button tooltips and menu status tips)."""
    return QCoreApplication.translate("ControlPanel", "{analogy} — {term}: {doing}").format(
        analogy=word("phase", phase, words_in_language),
        term=word("phase_term", phase, words_in_language),
        doing=QCoreApplication.translate("ControlPanel", PHASE_DOINGS[phase]))


class ControlScroll(QScrollArea):
    """The control panel in a scroll area that scrolls up and down only: the column is as
    wide as the panel's narrowest layout (rows wrap their label above the field when the
    language needs it), so no control is ever cut at the side or scrolled sideways.
    `rebuild` makes a new panel (its texts are set once, so a new language needs a new one).
    """

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.panel = None
        self.rebuild(style)

    def rebuild(self, style=None):
        self.style_ = style or self.style_
        self.panel = ControlPanel(self.session, self.style_)
        self.setWidget(self.panel)  # the scroll area deletes the old panel
        self.fit_width()
        return self.panel

    def set_style(self, style):
        self.style_ = style
        self.panel.set_style(style)
        self.fit_width()

    def fit_width(self):
        """The column's width: the panel's minimum plus room for the vertical scroll bar."""
        self.panel.ensurePolished()
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.panel.minimumSizeHint().width() + bar + 2 * self.frameWidth())


class ControlPanel(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        layout = QVBoxLayout(self)
        layout.addWidget(self._lesson_box())
        layout.addWidget(self._run_box())
        layout.addWidget(self._network_box())
        layout.addWidget(self._training_box())
        layout.addWidget(self._environment_box())
        layout.addStretch(1)
        # Bound methods, not lambdas: Qt drops them when a rebuilt panel replaces this one.
        session.trainer_changed.connect(self.refresh)
        for signal in (session.phase_changed, session.running_changed, session.diverged,
                       session.restored):
            signal.connect(self.update_enabled)
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def set_style(self, style):
        """Colours come from the application palette; only the learning rate's warning
        border is drawn in the style's error colour."""
        self.style_ = style
        if not self.lr_message.isHidden():
            self._mark_lr_field(True)

    def _lesson_box(self):
        box = QGroupBox(self.tr("Lesson"))
        row = QHBoxLayout(box)
        self.lesson = QComboBox()
        # Long lesson titles must not widen the column: the list opens as wide as it needs.
        self.lesson.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.lesson.setMinimumContentsLength(12)
        for key in LESSONS:
            self.lesson.addItem(lesson_title(key), key)
        self.lesson.currentIndexChanged.connect(
            lambda _i: self.session.set_lesson(self.lesson.currentData()))
        row.addWidget(self.lesson)
        return box

    def _run_box(self):
        box = QGroupBox(self.tr("Shoot and learn"))
        grid = QGridLayout(box)
        s = self.session
        self.fire_button = self._button(self.tr("Fire"), s.fire_and_measure,
                                        phase_tip("fire") + "\n" + phase_tip("loss"))
        self.pull_button = self._button(self.tr("Pull back"), s.pull_back,
                                        phase_tip("pull_back"))
        self.adjust_button = self._button(self.tr("Adjust"), s.adjust, phase_tip("adjust"))
        self.step_button = self._button(self.tr("Step"), s.step,
                                        self.tr("All four phases: fire, loss, pull back, adjust"))
        self.play_button = self._button(self.tr("Play"), s.toggle_running,
                                        self.tr("Train automatically"))
        self.reset_button = self._button(self.tr("Reset"), lambda: s.reset(),
                                         self.tr("A new initial guess (the next seed)"))
        self.restore_button = self._button(
            self.tr("Restore"), s.restore_last_good,
            self.tr("Lower the learning rate, then press Restore: back to the last weights "
                    "that hit the target (Ctrl+Z)"))
        buttons = [self.fire_button, self.pull_button, self.adjust_button, self.step_button,
                   self.play_button, self.reset_button]
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // 3, i % 3)
        grid.addWidget(self.restore_button, 2, 0, 1, 3)
        self.speed = QSlider(Qt.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(speed_index(s.steps_per_second))
        self.speed.valueChanged.connect(self._speed_changed)
        self.speed_label = QLabel()
        grid.addWidget(QLabel(self.tr("Speed")), 3, 0)
        grid.addWidget(self.speed, 3, 1)
        grid.addWidget(self.speed_label, 3, 2)
        self._label_speed(self.speed.value())  # the session's own speed stays as it is
        return box

    def _button(self, text, action, tip):
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: action())
        return button

    def _network_box(self):
        box = QGroupBox(self.tr("Network"))
        form = wrapping_form(box)
        self.inputs = {}
        inputs_grid = QGridLayout()  # two by two: one row of four is too wide for 1024 px
        for i, name in enumerate(("distance", "crosswind", "headwind", "air_density")):
            # The network view's names for its inputs: one word for each everywhere.
            check = QCheckBox(word("input", name, words_in_language))
            check.toggled.connect(lambda _on: self._configure(inputs=self._chosen_inputs()))
            self.inputs[name] = check
            inputs_grid.addWidget(check, i // 2, i % 2)
        form.addRow(self.tr("Inputs"), inputs_grid)
        self.layers_row = QGridLayout()
        self.layer_spins = []
        self.add_layer = QPushButton(self.tr("+ layer"))
        self.add_layer.clicked.connect(lambda: self._set_hidden((*self._hidden(), 8)))
        self.remove_layer = QPushButton(self.tr("- layer"))
        self.remove_layer.clicked.connect(lambda: self._set_hidden(self._hidden()[:-1]))
        layer_buttons = QHBoxLayout()
        layer_buttons.addWidget(self.add_layer)
        layer_buttons.addWidget(self.remove_layer)
        form.addRow(self.tr("Hidden layers"), self.layers_row)
        form.addRow("", layer_buttons)
        self.activation = self._combo(
            [("tanh", "tanh"), ("relu", "ReLU"), ("leaky_relu", "leaky ReLU"),
             ("sigmoid", "sigmoid"), ("identity", self.tr("identity"))],
            lambda key: self._configure(activation=key))
        form.addRow(self.tr("Activation"), self.activation)
        return box

    def _training_box(self):
        box = QGroupBox(self.tr("Training"))
        form = wrapping_form(box)
        self.optimizer = self._combo(
            [("gd", self.tr("gradient descent")), ("momentum", self.tr("momentum")),
             ("adam", "Adam"), ("sign", self.tr("fixed step"))],
            lambda key: self._configure(optimizer=key))
        form.addRow(self.tr("Optimizer"), self.optimizer)
        self.lr_slider = QSlider(Qt.Horizontal)
        self.lr_slider.setRange(LR_MIN_EXP * LR_SLIDER_STEPS_PER_DECADE,
                                LR_MAX_EXP * LR_SLIDER_STEPS_PER_DECADE)
        self.lr_slider.valueChanged.connect(self._lr_slider_moved)
        self.lr_field = QLineEdit()
        self.lr_field.setMaximumWidth(self.lr_field.fontMetrics().horizontalAdvance("0.0001") * 2)
        self.lr_field.editingFinished.connect(self._lr_typed)
        lr_row = QHBoxLayout()
        lr_row.addWidget(self.lr_slider, 1)
        lr_row.addWidget(self.lr_field)
        form.addRow(self.tr("Learning rate"), lr_row)
        self.lr_message = QLabel()
        self.lr_message.setWordWrap(True)
        self.lr_message.setForegroundRole(QPalette.BrightText)  # the style's error_text
        self.lr_message.hide()
        form.addRow("", self.lr_message)
        self.batch = QSpinBox()
        self.batch.setRange(1, min(MAX_BATCH, 256))
        self.batch.setSpecialValueText(self.tr("1 (single shot)"))
        self.batch.valueChanged.connect(lambda n: self._configure(batch=n))
        form.addRow(self.tr("Batch"), self.batch)
        self.loss = self._combo(
            [("mse", self.tr("squared distance")), ("distance", self.tr("distance")),
             ("huber", "Huber")], lambda key: self._configure(loss=key))
        form.addRow(self.tr("Loss"), self.loss)
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.editingFinished.connect(self._seed_edited)
        form.addRow(self.tr("Seed"), self.seed)
        return box

    def _environment_box(self):
        box = QGroupBox(self.tr("Environment"))
        form = wrapping_form(box)
        self.wind_on = QCheckBox(self.tr("on"))
        self.wind_strength = self._spin(0.0, MAX_CROSSWIND_MPS, 0.5, self.tr(" m/s"))
        wind_row = QHBoxLayout()
        wind_row.addWidget(self.wind_on)
        wind_row.addWidget(self.wind_strength)
        form.addRow(self.tr("Crosswind"), wind_row)
        self.distance_min = self._spin(10.0, 1500.0, 10.0, self.tr(" m"))
        self.distance_max = self._spin(10.0, 1500.0, 10.0, self.tr(" m"))
        distance_row = QHBoxLayout()
        distance_row.addWidget(self.distance_min)
        distance_row.addWidget(QLabel("–"))
        distance_row.addWidget(self.distance_max)
        form.addRow(self.tr("Distance"), distance_row)
        self.air_resistance = QCheckBox(self.tr("air resistance"))
        form.addRow("", self.air_resistance)
        self.tremor = self._spin(0.0, 2.0, 0.05, self.tr(" mrad"))
        form.addRow(self.tr("Hand tremor"), self.tremor)
        for widget in (self.wind_on, self.air_resistance):
            widget.toggled.connect(lambda _on: self._environment_changed())
        for widget in (self.wind_strength, self.distance_min, self.distance_max, self.tremor):
            widget.editingFinished.connect(self._environment_changed)
        return box

    def _combo(self, items, on_choice):
        combo = QComboBox()
        for key, text in items:
            combo.addItem(text, key)
        combo.currentIndexChanged.connect(lambda _i: on_choice(combo.currentData()))
        return combo

    def _spin(self, low, high, step, suffix):
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)
        return spin

    # --- state -> widgets ----------------------------------------------------------------
    def _seed_edited(self):
        # editingFinished also fires when the field merely loses focus: only a new seed
        # means a new start.
        if self.seed.value() != self.session.trainer.config.seed:
            self.session.reset(self.seed.value())

    def refresh(self, _state=None):
        """Show the session's current settings."""
        cfg = self.session.config
        env = cfg.environment
        widgets = [self.lesson, self.activation, self.optimizer, self.lr_slider, self.lr_field,
                   self.batch, self.loss, self.seed, self.wind_on, self.wind_strength,
                   self.distance_min, self.distance_max, self.air_resistance, self.tremor,
                   *self.inputs.values()]
        blockers = [QSignalBlocker(w) for w in widgets]
        select(self.lesson, self.session.lesson.key)
        select(self.activation, cfg.activation)
        select(self.optimizer, cfg.optimizer)
        select(self.loss, cfg.loss)
        self.lr_slider.setValue(round(math.log10(cfg.lr) * LR_SLIDER_STEPS_PER_DECADE))
        self.lr_field.setText(f"{cfg.lr:g}")
        self.batch.setValue(cfg.batch)
        self.seed.setValue(cfg.seed)
        for name, check in self.inputs.items():
            check.setChecked(name in cfg.inputs)
        wind = max(abs(v) for v in env.crosswind_mps)
        self.wind_on.setChecked(wind > 0)
        # With the wind off the field keeps a strength to switch on to (5 m/s by default).
        if wind > 0 or self.wind_strength.value() == 0:
            self.wind_strength.setValue(wind or DEFAULT_CROSSWIND_MPS)
        self.distance_min.setValue(env.distance_m[0])
        self.distance_max.setValue(env.distance_m[1])
        self.air_resistance.setChecked(cfg.air_resistance)
        self.tremor.setValue(env.tremor_mrad)
        del blockers
        self._show_hidden(cfg.hidden)
        self.update_enabled()

    def _show_hidden(self, hidden):
        while self.layer_spins:
            spin = self.layer_spins.pop()
            self.layers_row.removeWidget(spin)
            spin.hide()  # gone from the screen now, deleted at the next turn of the loop
            spin.deleteLater()
        for i, units in enumerate(hidden):
            spin = QSpinBox()
            spin.setRange(1, MAX_UNITS)
            spin.setValue(units)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda _n: self._set_hidden(self._hidden()))
            self.layers_row.addWidget(spin, i // LAYERS_PER_ROW, i % LAYERS_PER_ROW)
            self.layer_spins.append(spin)
        if not hidden:
            spin_none = QLabel(self.tr("none"))
            self.layers_row.addWidget(spin_none, 0, 0)
            self.layer_spins.append(spin_none)
        self.add_layer.setEnabled(len(hidden) < MAX_HIDDEN_LAYERS)
        self.remove_layer.setEnabled(len(hidden) > 0)

    def update_enabled(self, *_):
        s = self.session
        running, diverged = s.running, bool(s.trainer.diverged)
        phase = s.trainer.next_phase
        idle = not running and not diverged
        self.fire_button.setEnabled(idle and phase == "fire")
        self.pull_button.setEnabled(idle and phase == "pull_back")
        self.adjust_button.setEnabled(idle and phase == "adjust")
        self.step_button.setEnabled(idle)
        self.play_button.setEnabled(not diverged)
        self.play_button.setText(self.tr("Pause") if running else self.tr("Play"))
        self.restore_button.setEnabled(diverged)
        self.reset_button.setEnabled(not running)

    # --- widgets -> intent ---------------------------------------------------------------
    def _configure(self, **changes):
        if not self.session.configure(**changes):
            self.refresh()  # rejected: show the settings still in force

    def _chosen_inputs(self):
        return tuple(name for name, check in self.inputs.items() if check.isChecked())

    def _hidden(self):
        return tuple(s.value() for s in self.layer_spins if isinstance(s, QSpinBox))

    def _set_hidden(self, hidden):
        self._configure(hidden=tuple(hidden))

    def _lr_slider_moved(self, value):
        lr = float(f"{10 ** (value / LR_SLIDER_STEPS_PER_DECADE):.3g}")
        self.lr_field.setText(f"{lr:g}")
        self._set_lr(lr)

    def _lr_typed(self):
        text = self.lr_field.text().strip().replace(",", ".")
        try:
            lr = float(text)
        except ValueError:
            self._lr_problem(self.tr("'{0}' is not a number.").format(text))
            return
        if not math.isfinite(lr) or lr <= 0:
            self._lr_problem(self.tr("The learning rate must be greater than 0."))
            return
        if lr > 100:
            self._lr_problem(self.tr("A learning rate above 100 only throws the shots away."))
            return
        self._set_lr(lr)

    def _lr_problem(self, message):
        self.lr_message.setText(message)
        self.lr_message.show()
        self._mark_lr_field(True)

    def _mark_lr_field(self, wrong):
        colour = self.style_.palette.error_text
        self.lr_field.setStyleSheet(f"border: 2px solid {colour}" if wrong else "")

    def _set_lr(self, lr):
        self.lr_message.hide()
        self._mark_lr_field(False)
        if lr != self.session.config.lr:
            self._configure(lr=lr)
        with QSignalBlocker(self.lr_slider):
            self.lr_slider.setValue(round(math.log10(lr) * LR_SLIDER_STEPS_PER_DECADE))

    def _environment_changed(self):
        low, high = self.distance_min.value(), self.distance_max.value()
        wind = self.wind_strength.value() if self.wind_on.isChecked() else 0.0
        env = self.session.config.environment
        environment = Environment(
            distance_m=(min(low, high), max(low, high)), crosswind_mps=(-wind, wind),
            headwind_mps=env.headwind_mps, air_density_kg_m3=env.air_density_kg_m3,
            tremor_mrad=self.tremor.value())
        self._configure(environment=environment, air_resistance=self.air_resistance.isChecked())

    def _speed_changed(self, index):
        self.session.set_speed(SPEEDS[index])
        self._label_speed(index)

    def _label_speed(self, index):
        self.speed_label.setText(self.tr("max") if index == len(SPEEDS) - 1
                                 else self.tr("{0} shots/s").format(SPEEDS[index]))


def speed_index(steps_per_second):
    """The slider position for a speed: its own, or the nearest on the slider's roughly
    tenfold steps (a session may be set to any speed from code); full speed is the last."""
    if steps_per_second is None:
        return len(SPEEDS) - 1
    rates = SPEEDS[:-1]
    wanted = math.log10(max(1, steps_per_second))
    return min(range(len(rates)), key=lambda i: abs(math.log10(rates[i]) - wanted))


def wrapping_form(box):
    """A form whose field goes under its label when both do not fit side by side (a long
    label in one language must not widen the column)."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    return form


def select(combo, key):
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)
