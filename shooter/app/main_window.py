"""The main window: assembles the panels, menus and shortcuts. No training logic here.

Menus and the control panel are rebuilt when the language changes (their texts are set
once); painted views translate while painting, so they only need a repaint.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shooter.app.cheat_sheet import CheatSheet
from shooter.app.control_panel import ControlPanel
from shooter.app.lesson_texts import lesson_goal, lesson_title
from shooter.app.narration import NarrationBar
from shooter.app.network_view import NetworkView
from shooter.app.plots import Plots
from shooter.app.range_strip import RangeStrip
from shooter.app.session import Session
from shooter.app.style import DEFAULT_STYLE, HIGH_CONTRAST, Palette
from shooter.app.target_view import TargetView
from shooter.app.valley_view import ValleyView
from shooter.core.lessons import LESSONS
from shooter.i18n import LANGUAGES, Languages

PRESENTATION_SCALE = 1.6
SLOW_MOTION = 0.25  # flight and backward sweep at a quarter of their speed


def lesson_view_classes():
    """The lesson's own view (Lesson.view) -> the widget class that shows it."""
    from shooter.app import lesson_views
    from shooter.app.worked_example import WorkedExampleView

    return {"valley": ValleyView, "search": lesson_views.SearchView,
            "differentiation": lesson_views.DifferentiationView,
            "surface": lesson_views.SurfaceView, "experience": lesson_views.ExperienceView,
            "worked_example": WorkedExampleView}


class MainWindow(QMainWindow):
    def __init__(self, session=None, style=DEFAULT_STYLE, languages=None):
        super().__init__()
        self.session = session or Session()
        self.style_ = style
        self.languages = languages or Languages()
        self.slow_motion = False
        self.lesson_view = None
        self._build_views()
        self._build_menus()
        s = self.session
        s.trainer_changed.connect(lambda _state: self._show_lesson_texts())
        s.restarted.connect(self._lesson_started)
        s.diverged.connect(lambda _reason: self._alert(True))
        s.restored.connect(lambda: self._alert(False))
        self.resize(1600, 950)
        self._lesson_started()

    # --- building ------------------------------------------------------------------------
    def _build_views(self):
        s = self.session
        self.target = TargetView(s, self.style_)
        self.range_strip = RangeStrip(s, self.style_)
        self.network = NetworkView(s, self.style_)
        self.plots = Plots(s, self.style_)
        self.narration = NarrationBar(s, self.style_)
        self.lesson_name = QLabel()
        self.lesson_goal = QLabel()
        self.lesson_goal.setWordWrap(True)
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self._build_controls()

        range_page = QWidget()
        range_layout = QVBoxLayout(range_page)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.addWidget(self.target, 1)
        range_layout.addWidget(self.range_strip)
        self.tabs = QTabWidget()
        self.tabs.addTab(range_page, "")

        right = QSplitter(Qt.Vertical)
        right.addWidget(self.network)
        right.addWidget(self.plots)
        right.setSizes([420, 580])

        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.controls_scroll)
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)
        self.splitter = split

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.lesson_name)
        layout.addWidget(self.lesson_goal)
        layout.addWidget(split, 1)
        layout.addWidget(self.narration)
        self.setCentralWidget(body)
        self.cheat_sheet = CheatSheet(body, self.style_)
        self._apply_fonts()

    def _build_controls(self):
        self.controls = ControlPanel(self.session)
        self.controls_scroll.setWidget(self.controls)
        self.controls_scroll.setMinimumWidth(
            min(self.controls.sizeHint().width() + 24, int(420 * self.style_.scale)))

    def _build_menus(self):
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        self._file_menu()
        self._lesson_menu()
        self._training_menu()
        self._view_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard shortcuts"), self.toggle_cheat_sheet, "F1")
        self.cheat_sheet.set_actions(self.shortcut_table())

    def _file_menu(self):
        menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(menu, self.tr("&Quit"), self.close, QKeySequence.Quit)

    def _lesson_menu(self):
        menu = self.menuBar().addMenu(self.tr("&Lesson"))
        group = QActionGroup(self)
        for number, key in enumerate(LESSONS, start=1):
            shortcut = f"Ctrl+{number % 10}" if number <= 10 else None
            action = self._action(menu, lesson_title(key),
                                  lambda key=key: self.session.set_lesson(key), shortcut)
            action.setCheckable(True)
            action.setChecked(key == self.session.lesson.key)
            action.setData(key)
            group.addAction(action)
        self.lesson_actions = group

    def _training_menu(self):
        s = self.session
        menu = self.menuBar().addMenu(self.tr("&Training"))
        self._action(menu, self.tr("Next phase"), s.advance_phase, ["Space", "Right"])
        self._action(menu, self.tr("Previous phase (undo)"), s.back, ["Left", "Backspace"])
        menu.addSeparator()
        self._action(menu, self.tr("Fire"), s.fire_and_measure, "F")
        self._action(menu, self.tr("Pull back"), s.pull_back, "B")
        self._action(menu, self.tr("Adjust"), s.adjust, "A")
        self._action(menu, self.tr("Step (all four phases)"), s.step, "S")
        self._action(menu, self.tr("Play / Pause"), s.toggle_running, "P")
        self._action(menu, self.tr("Reset: new initial guess"), lambda: s.reset(), "R")
        self._action(menu, self.tr("Restore last good weights"), s.restore_last_good,
                     "Ctrl+Z")

    def _view_menu(self):
        menu = self.menuBar().addMenu(self.tr("&View"))
        languages = menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = self._action(languages, name, lambda code=code: self.set_language(code))
            action.setCheckable(True)
            action.setChecked(code == self.languages.current)
            group.addAction(action)
        menu.addSeparator()
        self._action(menu, self.tr("Presentation mode"), self.toggle_presentation, "F5")
        self._action(menu, self.tr("Full screen"), self.toggle_full_screen, "F11")
        self._action(menu, self.tr("Larger"), lambda: self.set_scale(self.style_.scale * 1.15),
                     [QKeySequence.ZoomIn, "Ctrl+="])
        self._action(menu, self.tr("Smaller"), lambda: self.set_scale(self.style_.scale / 1.15),
                     QKeySequence.ZoomOut)
        contrast = self._action(menu, self.tr("High contrast"), self.toggle_contrast, "Ctrl+H")
        contrast.setCheckable(True)
        contrast.setChecked(self.style_.palette == HIGH_CONTRAST)
        slow = self._action(menu, self.tr("Slow motion"), self.toggle_slow_motion, "M")
        slow.setCheckable(True)
        slow.setChecked(self.slow_motion)

    def _action(self, menu, text, slot, shortcut=None):
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        menu.addAction(action)
        self.addAction(action)
        return action

    def shortcut_table(self):
        """(text, keys) for every action that has a shortcut: the cheat sheet's content."""
        rows = []
        for action in self.actions():
            keys = [k.toString(QKeySequence.NativeText) for k in action.shortcuts()]
            if keys:
                rows.append((action.text().replace("&", ""), " / ".join(keys)))
        return rows

    # --- lessons ---------------------------------------------------------------------------
    def _lesson_started(self):
        self.target.clear()
        self._show_lesson_texts()
        self._show_lesson_view()
        for action in self.lesson_actions.actions():
            action.setChecked(action.data() == self.session.lesson.key)

    def _show_lesson_texts(self):
        key = self.session.lesson.key
        self.setWindowTitle(f"Shooter — {lesson_title(key)}")
        self.lesson_name.setText(lesson_title(key))
        self.lesson_goal.setText(lesson_goal(key))
        self.tabs.setTabText(0, self.tr("Range"))
        if self.lesson_view is not None:
            self.tabs.setTabText(1, self.tr("Lesson view"))

    def _show_lesson_view(self):
        key = self.session.lesson.view
        if self.lesson_view is not None and getattr(self.lesson_view, "view_key", "") == key:
            return
        if self.lesson_view is not None:
            self.tabs.removeTab(1)
            self.lesson_view.deleteLater()
            self.lesson_view = None
        if key:
            self.lesson_view = lesson_view_classes()[key](self.session, self.style_)
            self.lesson_view.view_key = key
            self.tabs.addTab(self.lesson_view, self.tr("Lesson view"))
        self.tabs.setCurrentIndex(0)

    # --- presentation ----------------------------------------------------------------------
    def views(self):
        views = [self.target, self.range_strip, self.network, self.plots, self.narration,
                 self.cheat_sheet]
        return views + ([self.lesson_view] if self.lesson_view is not None else [])

    def set_style(self, style):
        self.style_ = style
        for view in self.views():
            view.set_style(style)
        self._apply_fonts()

    def _apply_fonts(self):
        QApplication.instance().setFont(self.style_.font())
        self.lesson_name.setFont(self.style_.font(1.6, bold=True))
        self.lesson_goal.setFont(self.style_.font(1.15))
        palette = self.style_.palette
        self.setStyleSheet(f"QMainWindow, QScrollArea {{ background: {palette.panel}; }}"
                           f" QLabel {{ color: {palette.text}; }}")

    def set_scale(self, scale):
        self.set_style(self.style_.scaled(scale))

    def toggle_contrast(self):
        palette = Palette() if self.style_.palette == HIGH_CONTRAST else HIGH_CONTRAST
        self.set_style(self.style_.__class__(palette, self.style_.scale,
                                             self.style_.base_point_size))

    def toggle_presentation(self):
        """Full screen with projector-sized text, or back to the desk."""
        presenting = self.isFullScreen()
        self.set_scale(1.0 if presenting else PRESENTATION_SCALE)
        self.showNormal() if presenting else self.showFullScreen()

    def toggle_full_screen(self):
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def toggle_slow_motion(self):
        self.slow_motion = not self.slow_motion
        factor = SLOW_MOTION if self.slow_motion else 1.0
        self.target.set_flight_speed(factor)
        self.network.set_sweep_speed(factor)

    def toggle_cheat_sheet(self):
        self.cheat_sheet.set_actions(self.shortcut_table())
        self.cheat_sheet.toggle()

    # --- language ----------------------------------------------------------------------------
    def set_language(self, code):
        if self.languages.switch(code):
            self.language_changed()

    def language_changed(self):
        self._build_menus()
        self._build_controls()
        self._show_lesson_texts()

    def _alert(self, on):
        self.narration.setStyleSheet(
            f"background: {self.style_.palette.highlight}; padding: 4px" if on else "")

    def closeEvent(self, event):
        self.session.pause()
        super().closeEvent(event)
