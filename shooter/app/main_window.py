"""The main window: assembles the panels, menus and shortcuts. No training logic here."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shooter.app.control_panel import ControlPanel, lesson_title
from shooter.app.narration import NarrationBar
from shooter.app.network_view import NetworkView
from shooter.app.plots import Plots
from shooter.app.range_strip import RangeStrip
from shooter.app.session import Session
from shooter.app.style import DEFAULT_STYLE
from shooter.app.target_view import TargetView


class MainWindow(QMainWindow):
    def __init__(self, session=None, style=DEFAULT_STYLE):
        super().__init__()
        self.session = session or Session()
        self.style_ = style
        self._build_views()
        self._build_menus()
        self.session.trainer_changed.connect(lambda _state: self._update_title())
        self.session.diverged.connect(lambda _reason: self._alert(True))
        self.session.restored.connect(lambda: self._alert(False))
        self.resize(1600, 950)
        self._update_title()

    def _build_views(self):
        s = self.session
        self.target = TargetView(s, self.style_)
        self.range_strip = RangeStrip(s, self.style_)
        self.network = NetworkView(s, self.style_)
        self.plots = Plots(s, self.style_)
        self.narration = NarrationBar(s, self.style_)
        self.controls = ControlPanel(s)
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.controls.sizeHint().width() + 24)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.target, 1)
        centre_layout.addWidget(self.range_strip)

        right = QSplitter(Qt.Vertical)
        right.addWidget(self.network)
        right.addWidget(self.plots)
        right.setSizes([400, 600])

        split = QSplitter(Qt.Horizontal)
        split.addWidget(scroll)
        split.addWidget(centre)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        self.splitter = split

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(split, 1)
        layout.addWidget(self.narration)
        self.setCentralWidget(body)
        s.restarted.connect(self.target.clear)

    def _build_menus(self):
        s = self.session
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.Quit)
        train = self.menuBar().addMenu(self.tr("&Training"))
        self._action(train, self.tr("Fire"), s.fire_and_measure, "F")
        self._action(train, self.tr("Pull back"), s.pull_back, "B")
        self._action(train, self.tr("Adjust"), s.adjust, "A")
        self._action(train, self.tr("Next phase"), s.advance_phase, "Space")
        self._action(train, self.tr("Step"), s.step, "S")
        self._action(train, self.tr("Play / Pause"), s.toggle_running, "P")
        self._action(train, self.tr("Reset"), lambda: s.reset(), "R")
        self._action(train, self.tr("Restore last good weights"), s.restore_last_good,
                     "Ctrl+Z")
        view = self.menuBar().addMenu(self.tr("&View"))
        self._action(view, self.tr("Larger"), lambda: self.set_scale(self.style_.scale * 1.15),
                     QKeySequence.ZoomIn)
        self._action(view, self.tr("Smaller"), lambda: self.set_scale(self.style_.scale / 1.15),
                     QKeySequence.ZoomOut)
        self._action(view, self.tr("Full screen"), self.toggle_full_screen, "F11")

    def _action(self, menu, text, slot, shortcut=None):
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        self.addAction(action)
        return action

    def set_scale(self, scale):
        self.style_ = self.style_.scaled(scale)
        for view in (self.target, self.range_strip, self.network, self.plots, self.narration):
            view.set_style(self.style_)
        font = self.style_.font()
        self.controls.setFont(font)
        self.menuBar().setFont(font)

    def toggle_full_screen(self):
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _update_title(self):
        self.setWindowTitle(f"Shooter — {lesson_title(self.session.lesson.key)}")

    def _alert(self, on):
        self.narration.setStyleSheet(
            f"background: {self.style_.palette.highlight}; padding: 4px" if on else "")

    def closeEvent(self, event):
        self.session.pause()
        super().closeEvent(event)
