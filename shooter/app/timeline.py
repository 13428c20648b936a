"""The whole run on a timeline: one row under the views to show any earlier step again.

Moving on the timeline changes nothing in the run: the session shows the views as they were
right after the chosen step (see Session.show_step) and the plots draw a cursor there.
"Go on from here" continues the run from that step as a new branch; going back (Left) brings
the run that was left back. Playing the timeline back re-shows a lesson at a chosen speed
without training anew. Any training control used while an earlier step is shown first
brings the present back, and says so.
"""

import math

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from shooter.app.crash import guarded
from shooter.app.style import DEFAULT_STYLE

PLAYBACK_SPEEDS = (1, 4, 16, 64)  # steps per second
DEFAULT_SPEED = 4
TICK_MS = 30
DRAG_APPLY_MS = 40  # while dragging, the views follow at most this often (a replay per move)
PAGE_SHARE = 10  # PgUp / PgDn move a tenth of the run...
MIN_PAGE = 10  # ...and never less than ten steps


def page_size(steps):
    return max(MIN_PAGE, math.ceil(steps / PAGE_SHARE))


class Playback:
    """Advances a position at `speed` steps per second by advance(dt_ms); integer ms, no
    clock of its own, so tests step it without waiting."""

    def __init__(self, speed=DEFAULT_SPEED):
        self.speed = speed
        self._owed_ms = 0

    def restart(self):
        self._owed_ms = 0

    def advance(self, dt_ms):
        """Whole steps due after dt_ms more milliseconds."""
        self._owed_ms += max(0, int(dt_ms))
        ms_per_step = 1000 / self.speed
        steps = int(self._owed_ms // ms_per_step)
        self._owed_ms -= steps * ms_per_step
        return steps


class Timeline(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self.playback = Playback()
        self._note = ""
        self._drag_target = None
        self._build()
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(TICK_MS)
        self._play_timer.timeout.connect(self._tick)
        self._play_clock = QElapsedTimer()
        self._drag_timer = QTimer(self)
        self._drag_timer.setSingleShot(True)
        self._drag_timer.setInterval(DRAG_APPLY_MS)
        self._drag_timer.timeout.connect(self._apply_drag)
        session.timeline_moved.connect(self._moved)
        session.history_changed.connect(self._run_grew)
        session.restarted.connect(self._run_grew)
        self.set_style(style)
        self.refresh()

    def _build(self):
        self.play_button = QToolButton()
        self.play_button.setFocusPolicy(Qt.NoFocus)
        self.play_button.clicked.connect(self._play_clicked)
        self.speed_box = QComboBox()
        self.speed_box.setFocusPolicy(Qt.NoFocus)
        self.speed_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # "4 步/秒" too
        for speed in PLAYBACK_SPEEDS:
            self.speed_box.addItem("", speed)
        self.speed_box.setCurrentIndex(PLAYBACK_SPEEDS.index(DEFAULT_SPEED))
        self.speed_box.currentIndexChanged.connect(self._speed_chosen)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setFocusPolicy(Qt.NoFocus)  # the window's keys move it (see add_actions)
        self.slider.setMinimumWidth(120)
        self.slider.sliderMoved.connect(self._dragged)
        self.slider.sliderReleased.connect(self._apply_drag)
        self.slider.actionTriggered.connect(self._slider_clicked)
        self.label = QLabel()
        self.label.setTextFormat(Qt.PlainText)
        # A long sentence is cut, never widens the window past a 1024-pixel projector.
        self.label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.go_on_button = QPushButton()
        self.go_on_button.setFocusPolicy(Qt.NoFocus)
        self.go_on_button.clicked.connect(self._go_on_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.play_button)
        row.addWidget(self.speed_box)
        row.addWidget(self.slider, 2)
        row.addWidget(self.label, 3)
        row.addWidget(self.go_on_button)

    # --- what the window binds ----------------------------------------------------------------
    def add_actions(self, make_action, menu_bar):
        """The timeline's menu and keys, made with the window's `make_action(menu, text,
        slot, keys)` so the cheat sheet lists them."""
        menu = menu_bar.addMenu(self.tr("T&imeline"))
        for text, slot, keys in (
                (self.tr("One step earlier"), self.step_back, "["),
                (self.tr("One step later"), self.step_forward, "]"),
                (self.tr("A tenth of the run earlier"), self.page_back, "PgUp"),
                (self.tr("A tenth of the run later"), self.page_forward, "PgDown"),
                (self.tr("Earliest step shown exactly (again: the start)"), self.home,
                 "Home"),
                (self.tr("The present"), self.end, "End"),
                (self.tr("Go on from here"), self.go_on, "G"),
                (self.tr("Play the timeline back"), self.toggle_playback, "T")):
            make_action(menu, text, slot, keys)
        return menu

    # --- moving ---------------------------------------------------------------------------
    def position(self):
        """The step shown: an earlier one, or the present's."""
        shown = self.session.shown_step
        return self.session.steps_done if shown is None else shown

    def move_to(self, step):
        self._note = ""
        return self.session.show_step(step)

    def step_back(self):
        self.stop_playback()
        self.move_to(self.position() - 1)

    def step_forward(self):
        self.stop_playback()
        self.move_to(self.position() + 1)

    def page_back(self):
        self.stop_playback()
        self.move_to(self.position() - page_size(self.session.steps_done))

    def page_forward(self):
        self.stop_playback()
        self.move_to(self.position() + page_size(self.session.steps_done))

    def home(self):
        """The first step shown exactly; from there (or before it), the run's start."""
        self.stop_playback()
        first = self.session.exact_from()
        self.move_to(first if self.position() > first else 0)

    def end(self):
        self.stop_playback()
        self._note = ""
        self.session.show_present()

    def go_on(self):
        self.stop_playback()
        self._note = ""
        if self.session.shown_step is None:
            self._note = "present"
            self.refresh()
            return False
        return self.session.go_on_from_here()

    # --- playing the timeline back ---------------------------------------------------------
    def playing(self):
        return self._play_timer.isActive()

    def toggle_playback(self):
        self.stop_playback() if self.playing() else self.start_playback()

    def start_playback(self):
        """Show the run again step by step: from the step shown, or from the start of what
        can be shown exactly when at the present."""
        if self.session.steps_done == 0:
            return
        if self.session.shown_step is None:
            self.move_to(self.session.exact_from())
        self.playback.restart()
        self._play_clock.start()
        self._play_timer.start()
        self.refresh()

    def stop_playback(self):
        if self._play_timer.isActive():
            self._play_timer.stop()
            self.refresh()

    def advance(self, dt_ms):
        """Move the playback on by dt_ms; False once it reached the present and stopped."""
        steps = self.playback.advance(dt_ms)
        if steps:
            self.move_to(self.position() + steps)
        if self.session.shown_step is None:
            self.stop_playback()
            return False
        return True

    @guarded()
    def _tick(self):
        self.advance(self._play_clock.restart())

    @guarded()
    def _speed_chosen(self, index):
        self.playback.speed = self.speed_box.itemData(index) or DEFAULT_SPEED

    def set_speed(self, speed):
        self.speed_box.setCurrentIndex(PLAYBACK_SPEEDS.index(speed))

    # --- the buttons and the slider ---------------------------------------------------------
    @guarded()
    def _play_clicked(self, _checked=False):
        self.toggle_playback()

    @guarded()
    def _go_on_clicked(self, _checked=False):
        self.go_on()

    @guarded()
    def _dragged(self, value):
        self.stop_playback()
        self._drag_target = value
        if not self._drag_timer.isActive():
            self._drag_timer.start()

    @guarded()
    def _apply_drag(self):
        self._drag_timer.stop()
        value = self.slider.value() if self._drag_target is None else self._drag_target
        self._drag_target = None
        if value != self.position():
            self.move_to(value)

    @guarded()
    def _slider_clicked(self, action):
        """A click beside the handle pages; the value is set after this signal."""
        if action in (QSlider.SliderPageStepAdd, QSlider.SliderPageStepSub,
                      QSlider.SliderSingleStepAdd, QSlider.SliderSingleStepSub):
            self.stop_playback()
            QTimer.singleShot(0, self._apply_drag)

    # --- showing -------------------------------------------------------------------------
    @guarded()
    def _moved(self, place):
        if place.note:
            self._note = place.note
        self.refresh()

    @guarded()
    def _run_grew(self, *_args):
        if self.session.shown_step is None:
            self.refresh()

    def refresh(self):
        session = self.session
        place = session.timeline_place()
        slider = self.slider
        slider.blockSignals(True)
        slider.setRange(0, max(place.present, 0))
        slider.setPageStep(page_size(place.present))
        if not slider.isSliderDown():
            slider.setValue(place.present if place.step is None else place.step)
        slider.blockSignals(False)
        self.label.setText(self.describe(place))
        self.label.setToolTip(self.label.text())
        self.go_on_button.setEnabled(place.step is not None and not session.running)
        playing = self.playing()
        icon = QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setToolTip(self.tr("Pause the playback (T)") if playing
                                    else self.tr("Play the timeline back (T)"))
        self.speed_box.setToolTip(self.tr("Playback speed: steps per second"))
        for index, speed in enumerate(PLAYBACK_SPEEDS):
            self.speed_box.setItemText(index, self.tr("{n}/s").format(n=speed))
        self.go_on_button.setText(self.tr("Go on from here"))
        self.go_on_button.setToolTip(self.tr(
            "Continue the run from the step shown; going back (Left) brings this run back (G)"))

    def describe(self, place):
        """The timeline's sentence for `place`, in the current language."""
        if place.step is None:
            if self._note == "returned":
                return self.tr("Back at the present (step {n}): press again to go on").format(
                    n=place.present)
            if self._note == "present":
                return self.tr("Step {n}, the present: move back first to go on from an "
                               "earlier step").format(n=place.present)
            return self.tr("Step {n}, the present").format(n=place.present)
        if place.drawn is None:
            return self.tr("Step {step}: only the plots reach back this far{numbers}").format(
                step=place.step, numbers=self._numbers(place.step))
        if place.drawn != place.step:
            return self.tr("Step {step} of {n}, as drawn at step {drawn} — End: the "
                           "present").format(step=place.step, n=place.present, drawn=place.drawn)
        return self.tr("Step {step} of {n} — End: the present").format(
            step=place.step, n=place.present)

    def _numbers(self, step):
        """The history's numbers at `step` (step 0 has none yet)."""
        history = self.session.history
        if step < 1 or step > len(history):
            return ""
        return self.tr(" (loss {loss}, mean ring {ring})").format(
            loss=f"{history.loss.values[step - 1]:.4g}",
            ring=f"{history.mean_score.values[step - 1]:.1f}")

    def set_style(self, style):
        self.style_ = style
        font = style.font(1.1)
        for widget in (self.label, self.go_on_button, self.speed_box):
            widget.setFont(font)
        size = int(style.px(20))
        self.play_button.setIconSize(self.play_button.iconSize().scaled(
            size, size, Qt.IgnoreAspectRatio))
        self.slider.setMinimumHeight(int(style.px(22)))
        self.refresh()

    @guarded()
    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            self.refresh()
