"""The main window: assembles the panels, menus and shortcuts. No training logic here.

Menus and the control panel are rebuilt when the language changes (their texts are set
once); painted views translate while painting, so they only need a repaint.

Only what the first paint shows is built at start: lesson views, the F1 sheet, exports and
session dialogs are imported and made on first use.

The window never asks for more room than the screen has: the lesson view scrolls when its
own minimum is wider or taller than its place, texts wrap, and the scale stops where the
window would no longer fit.
"""

import os
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QDateTime, QRect, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shooter.app.control_panel import ControlScroll, phase_tip
from shooter.app.crash import guarded
from shooter.app.lesson_texts import lesson_goal, lesson_title
from shooter.app.narration import NarrationBar, describe_error
from shooter.app.network.view import NetworkView
from shooter.app.plots import Plots
from shooter.app.predict import PredictFirst
from shooter.app.preferences import Preferences
from shooter.app.range_strip import RangeStrip
from shooter.app.runs import KeptRuns, worth_keeping
from shooter.app.session import Session
from shooter.app.style import (
    DEFAULT_STYLE,
    HIGH_CONTRAST,
    PRESENTATION_LINES,
    PRESENTATION_SCALE,
    Palette,
)
from shooter.app.target import TargetView
from shooter.app.timeline import Timeline
from shooter.core.lessons import LESSONS
from shooter.core.messages import ShooterError, os_reason
from shooter.i18n import LANGUAGES, Languages, system_language

PRESENTATION_TARGET_SHARE = 0.62  # of the width without the control panel
# Beside a lesson's own view, the network and the curves keep this share of that width, or
# their own minimum where that is more (a small screen).
LESSON_RIGHT_SHARE = 0.24
# The network's height in presentation, per unit of scale: its four input names fit beside
# their neurons (below it, the view leaves them out).
PRESENTATION_NETWORK_PX = 165
PRESENTATION_PLOTS_SHARE = 0.5  # of the right column's height: the curves, and room for the network
SLOW_MOTION = 0.25  # flight and backward sweep at a quarter of their speed
STATUS_MS = 10000  # how long a finished export stays named in the status bar
SCALE_STEP = 1.15  # Ctrl+= / Ctrl+-
FIT_TRIES = 12  # scale steps tried downwards until the window fits its screen


class ExportKind(NamedTuple):
    title: str  # the menu entry
    keys: str
    filters: str  # the file dialog's types
    suffix: str  # added when the name has none
    what: str  # for "Saved {what} to {path}"
    name: str  # in the default file name
    write: Callable  # write(path)


def lesson_view_classes():
    """The lesson's own view (Lesson.view) -> the widget class that shows it."""
    from shooter.app import lessons as lesson_views
    from shooter.app.lessons.valley import ValleyView
    from shooter.app.lessons.worked_example import WorkedExampleView
    from shooter.app.lessons.your_turn import YourTurnView

    return {"valley": ValleyView, "search": lesson_views.SearchView,
            "differentiation": lesson_views.DifferentiationView,
            "surface": lesson_views.SurfaceView, "experience": lesson_views.ExperienceView,
            "worked_example": WorkedExampleView, "your_turn": YourTurnView}


def menu_actions(menu):
    """The actions of `menu` and of its submenus."""
    for action in menu.actions():
        yield action
        if action.menu() is not None:
            yield from menu_actions(action.menu())


def _export(writer, *args):
    """Call `shooter.app.exports.<writer>`: the exporters (and pyqtgraph's, and the CSV
    writer) load when a file is first written, not at start."""
    from shooter.app import exports

    return getattr(exports, writer)(*args)



def _write_history_csv(path, history):
    from shooter.files import write_history_csv  # loads on first use, like the exporters

    write_history_csv(path, history)


class MainWindow(QMainWindow):
    def __init__(self, session=None, style=DEFAULT_STYLE, languages=None, preferences=None,
                 runs=None):
        super().__init__()
        self.preferences = preferences or Preferences()
        resume = session is None  # a plain start goes on where the app was left
        self.session = session or Session(self.preferences["last_lesson"])
        self.runs = runs or KeptRuns()
        self._leaving = None  # the run being left, until the new one has started
        self.left_run = None  # (run, kind) Ctrl+Z brings back, right after leaving it
        self.session.confirm_discard = self._leave_run
        self.style_ = self.preferred_style(style)  # views are built in it: no restyle
        self.languages = languages or Languages()
        self.slow_motion = False
        self.presenting = False
        self._desk = None  # (scale, control panel shown, splitter sizes) before presenting
        self.flight_speed = 1.0  # the chosen bullet-flight speed; slow motion scales it
        self.export_folder = QStandardPaths.writableLocation(QStandardPaths.PicturesLocation)
        self.lesson_view = None
        self._cheat_sheet = None
        self._menus_built = False
        self.last_error = None  # (title, message) of the last problem shown
        self._build_views()
        self._build_menus()
        s = self.session
        s.trainer_changed.connect(lambda _state: self._show_lesson_texts())
        s.restarted.connect(self._lesson_started)
        s.diverged.connect(lambda _reason: self._alert(True))
        s.restored.connect(lambda: self._alert(False))
        s.diverged.connect(lambda _reason: self._show_undo())
        s.restored.connect(self._show_undo)
        s.fired.connect(self._new_shot)
        s.file_changed.connect(self._show_lesson_texts)
        self.resize(1600, 950)
        self._keep_on_screen()
        self._lesson_started()
        self.apply_preferences()
        if resume:
            self._resume_kept_run()

    # --- building ------------------------------------------------------------------------
    def _build_views(self):
        s = self.session
        self.target = TargetView(s, self.style_)
        self.predict = PredictFirst(s, self.target)  # waits for the class's predictions
        self.predict.toggled.connect(lambda on: self.predict_action.setChecked(on))
        self.range_strip = RangeStrip(s, self.style_)
        self.network = NetworkView(s, self.style_)
        self.plots = Plots(s, self.style_)
        self.narration = NarrationBar(s, self.style_)
        self.timeline = Timeline(s, self.style_)  # the whole run, one row under the views
        self.lesson_name = QLabel()
        self.lesson_goal = QLabel()
        for label in (self.lesson_name, self.lesson_goal):  # long titles wrap, never widen
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.controls_scroll = ControlScroll(s, self.style_)
        self.controls = self.controls_scroll.panel

        range_page = QWidget()
        self.range_layout = QVBoxLayout(range_page)
        self.range_layout.setContentsMargins(0, 0, 0, 0)
        self.range_layout.addWidget(self.target, 1)
        self.range_layout.addWidget(self.range_strip)
        self.tabs = QTabWidget()
        self.tabs.addTab(range_page, "")
        self._range_sizes = None  # the splitter as it was on the range, while a lesson shows
        self.tabs.currentChanged.connect(self._page_changed)

        right = QSplitter(Qt.Vertical)
        right.addWidget(self.network)
        right.addWidget(self.plots)
        right.setSizes([420, 580])
        self.right_column = right

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
        layout.addWidget(self.timeline)
        layout.addWidget(self.narration)
        self.setCentralWidget(body)
        self.statusBar().setSizeGripEnabled(False)  # made now: the layout never jumps later
        self._apply_fonts()

    @property
    def cheat_sheet(self):
        """The F1 sheet, made the first time it is needed."""
        if self._cheat_sheet is None:
            from shooter.app.cheat_sheet import CheatSheet

            self._cheat_sheet = CheatSheet(self.centralWidget(), self.style_)
        return self._cheat_sheet

    def _build_controls(self):
        self.controls = self.controls_scroll.rebuild(self.style_)

    def _build_menus(self):
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        self._file_menu()
        self._lesson_menu()
        self._training_menu()
        self._view_menu()
        self.timeline.add_actions(self._action, self.menuBar())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard shortcuts"), self.toggle_cheat_sheet, "F1")
        self._action(help_menu, self.tr("Glossary: the range and the field"), self.show_glossary,
                     "Shift+F1")
        if self._cheat_sheet is not None:
            self._cheat_sheet.set_actions(self.shortcut_table())
        self._menus_built = True

    def _file_menu(self):
        menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(menu, self.tr("&Open…"), self.open_dialog, QKeySequence.Open)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self._fill_recent()
        self.runs_menu = menu.addMenu(self.tr("Recent r&uns"))
        self.runs_menu.aboutToShow.connect(self._fill_runs)
        self._fill_runs()
        self._action(menu, self.tr("&Save"), self.save, QKeySequence.Save)
        self._action(menu, self.tr("Save &as…"), self.save_as, QKeySequence.SaveAs)
        menu.addSeparator()
        self._export_menu(menu)
        menu.addSeparator()
        # The platform's Quit key is empty on Windows and some Linux desktops.
        self._action(menu, self.tr("&Quit"), self.close, "Ctrl+Q")

    def _export_menu(self, file_menu):
        menu = file_menu.addMenu(self.tr("&Export"))
        for kind, entry in self.export_kinds().items():
            self._action(menu, entry.title, lambda kind=kind: self.export(kind), entry.keys)
        menu.addSeparator()
        self._action(menu, self.tr("Animation (GIF, APNG, WebP)…"), self.export_animation,
                     "Ctrl+Shift+R")

    def _fill_recent(self):
        self.recent_menu.clear()
        for path in self.preferences["recent_files"]:
            action = self.recent_menu.addAction(os.path.basename(path))
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, path=path: self.open_path(path))
        self.recent_menu.setEnabled(bool(self.preferences["recent_files"]))

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
        tips = (("fire", self.tr("Fire"), s.fire_and_measure, "F"),
                ("pull_back", self.tr("Pull back"), s.pull_back, "B"),
                ("adjust", self.tr("Adjust"), s.adjust, "A"))
        for phase, text, slot, keys in tips:
            self._action(menu, text, slot, keys).setStatusTip(phase_tip(phase))
        self._action(menu, self.tr("Step (all four phases)"), s.step, "S")
        self._action(menu, self.tr("Play / Pause"), s.toggle_running, "P")
        self._action(menu, self.tr("Reset: new initial guess"), lambda: s.reset(), "R")
        self.undo_action = self._action(menu, "", self.undo_or_restore, "Ctrl+Z")
        self._show_undo()
        menu.addSeparator()
        self.predict_action = self._action(menu, self.tr("Predict first"), self.predict.toggle,
                                           "K")
        self.predict_action.setCheckable(True)
        self.predict_action.setChecked(self.predict.enabled)

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
        self.controls_action = self._action(menu, self.tr("Control panel"),
                                            self.toggle_controls, "F9")
        self.controls_action.setCheckable(True)
        self.controls_action.setChecked(not self.controls_scroll.isHidden())
        self._action(menu, self.tr("Full screen"), self.toggle_full_screen, "F11")
        self._action(menu, self.tr("Range / lesson view"), self.toggle_lesson_view, "Ctrl+Tab")
        self._action(menu, self.tr("Next plot (all / loss / ring score / gradient)"),
                     self.plots.cycle_shown, "L")
        self._action(menu, self.tr("Larger"),
                     lambda: self.set_scale(self.style_.scale * SCALE_STEP),
                     [QKeySequence.ZoomIn, "Ctrl+="])
        self._action(menu, self.tr("Smaller"),
                     lambda: self.set_scale(self.style_.scale / SCALE_STEP),
                     QKeySequence.ZoomOut)
        contrast = self._action(menu, self.tr("High contrast"), self.toggle_contrast, "Ctrl+H")
        contrast.setCheckable(True)
        contrast.setChecked(self.style_.palette == HIGH_CONTRAST)
        slow = self._action(menu, self.tr("Slow motion"), self.toggle_slow_motion, "M")
        slow.setCheckable(True)
        slow.setChecked(self.slow_motion)

    def toggle_lesson_view(self):
        """Between the range and the lesson's own view, for lessons that have one."""
        if self.tabs.count() > 1:
            self.tabs.setCurrentIndex(1 - self.tabs.currentIndex())

    def _action(self, menu, text, slot, shortcut=None):
        action = QAction(text, self)
        action.triggered.connect(guarded()(lambda _checked=False: slot()))
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            # A standard key the platform leaves unbound is empty: nothing to list on F1.
            action.setShortcuts([q for q in map(QKeySequence, keys) if not q.isEmpty()])
        menu.addAction(action)
        self.addAction(action)
        return action

    def shortcut_table(self):
        """(text, keys) for every key the window answers to now: its actions, the shown
        lesson view's own keys and Predict first's: the cheat sheet's content. In the
        menus' order (training, timeline, view...), the File menu's opening, saving and
        exports last: the keys a lesson uses come first."""
        lessons, filed = set(self.lesson_actions.actions()), set(menu_actions(self.file_menu))
        keyed = [action for action in self.actions()  # in the order the menus were made
                 if action.shortcuts() and action not in lessons]

        def rows_of(actions):
            return [(action.text().replace("&", ""), " / ".join(
                key.toString(QKeySequence.NativeText) for key in action.shortcuts()))
                for action in actions]

        rows = [self.lesson_keys_row()]  # one row for Ctrl+1 ... Ctrl+0
        rows += rows_of(action for action in keyed if action not in filed)
        if self.lesson_view is not None and hasattr(self.lesson_view, "shortcut_table"):
            rows += [(text.replace("&", ""), keys)
                     for text, keys in self.lesson_view.shortcut_table()]
        rows.append(self.predict_keys_row())
        return rows + rows_of(action for action in keyed if action in filed)

    def lesson_keys_row(self):
        """The lessons' keys in one row of the sheet: the Lesson menu lists them by name."""
        keyed = [a for a in self.lesson_actions.actions() if a.shortcuts()]
        first, last = (keyed[i].shortcuts()[0].toString(QKeySequence.NativeText)
                       for i in (0, -1))
        return (self.tr("Lessons 1 to {count}, in the Lesson menu's order").format(
            count=len(keyed)), f"{first} … {last}")

    def predict_keys_row(self):
        return (self.tr("Predict first: arrow keys / mouse move the prediction · Enter or "
                        "Space places it · Space again runs the phase · Esc ends"),
                self.tr("Arrows, Enter"))

    # --- lessons ---------------------------------------------------------------------------
    def _lesson_started(self):
        self.target.clear()
        self._alert(bool(self.session.trainer.diverged))  # clean, unless a run came back so
        self._arm_undo()
        self._show_lesson_texts()
        self._show_lesson_view()
        for action in self.lesson_actions.actions():
            action.setChecked(action.data() == self.session.lesson.key)

    def _show_lesson_texts(self):
        key = self.session.lesson.key
        self.setWindowTitle(self.window_title())
        self.setWindowModified(self.session.dirty)
        self.lesson_name.setText(lesson_title(key))
        self.lesson_goal.setText(lesson_goal(key))
        self.tabs.setTabText(0, self.tr("Range"))
        if self.lesson_view is not None:
            self.tabs.setTabText(1, self.tr("Lesson view"))

    def window_title(self):
        """'Lesson — file[*]': the platform adds the application's name once (Qt appends
        the display name on Linux and Windows) and shows '*' while the work is unsaved."""
        key = self.session.lesson.key
        name = os.path.basename(self.session.path) if self.session.path else ""
        title = " — ".join(filter(None, (lesson_title(key), name))) + "[*]"
        if not QGuiApplication.applicationDisplayName():
            title = "Shooter — " + title
        return title

    def _show_lesson_view(self):
        key = self.session.lesson.view
        if self.lesson_view is not None and getattr(self.lesson_view, "view_key", "") == key:
            return
        if self.lesson_view is not None:
            page = self.tabs.widget(1)
            self.tabs.removeTab(1)
            page.deleteLater()  # the scroll area takes the lesson view with it
            self.lesson_view = None
        if key:
            self.lesson_view = lesson_view_classes()[key](self.session, self.style_)
            self.lesson_view.view_key = key
            self.tabs.addTab(scrolled(self.lesson_view), self.tr("Lesson view"))
        self.tabs.setCurrentIndex(0)

    # --- presentation ----------------------------------------------------------------------
    def views(self):
        views = [self.target, self.range_strip, self.network, self.plots, self.narration,
                 self.timeline]
        views += [self._cheat_sheet] if self._cheat_sheet is not None else []
        return views + ([self.lesson_view] if self.lesson_view is not None else [])

    def set_style(self, style):
        self.style_ = style
        self._apply_fonts()  # first: views that set colours of their own start from it
        for view in self.views():
            view.set_style(style)
        QApplication.sendPostedEvents()  # the new font reaches the panel before it is measured
        self.controls_scroll.set_style(style)  # its width follows the new font

    def _apply_fonts(self):
        """Fonts and the widgets' colours: one palette from the style for every label,
        button and field (no style sheet, so nothing keeps a colour of the other theme)."""
        app = QApplication.instance()
        app.setFont(self.style_.font())
        app.setPalette(self.style_.qpalette())
        self.setPalette(self.style_.qpalette())
        self.lesson_name.setFont(self.style_.font(1.6, bold=True))
        self.lesson_goal.setFont(self.style_.font(1.15))

    def set_scale(self, scale):
        """Ctrl+= / Ctrl+-: never larger than what fits the screen. From the requested scale
        down, the first at which the window's minimum size fits its screen is kept."""
        before = self.size()
        self.set_style(self.style_.scaled(scale))
        for _ in range(FIT_TRIES):
            if self.fits_screen() or self.style_.scale <= 1.0:
                break
            self.set_style(self.style_.scaled(max(1.0, self.style_.scale / SCALE_STEP)))
        if self.width() > before.width() or self.height() > before.height():
            self._keep_on_screen()  # a scale tried on the way grew the window past the screen
        if self.presenting:  # larger text: the curves keep their share of the column
            QTimer.singleShot(0, self._share_height_for_presentation)

    def available_geometry(self):
        """The room the window may take: its screen without the desktop's panels."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen else QRect(0, 0, 1024, 768)

    def fits_screen(self):
        """Whether the window's minimum size fits the available screen."""
        QApplication.sendPostedEvents()  # font changes reach every widget and layout first
        room, needed = self.available_geometry().size(), self.minimumSizeHint()
        return needed.width() <= room.width() and needed.height() <= room.height()

    def _keep_on_screen(self):
        """A window sized for a bigger screen (the first start, geometry saved elsewhere)
        comes within the room it has; the content reflows or scrolls inside."""
        if self.isFullScreen() or self.isMaximized():
            return
        room = self.available_geometry()
        width, height = min(self.width(), room.width()), min(self.height(), room.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def toggle_contrast(self):
        palette = Palette() if self.style_.palette == HIGH_CONTRAST else HIGH_CONTRAST
        self.set_style(self.style_._replace(palette=palette))

    def toggle_presentation(self):
        """Full screen with projector-sized text, or back to the desk."""
        self.set_presenting(not self.presenting)

    def set_presenting(self, on):
        """The projector layout: the target takes the room (the control panel folds away,
        F9 brings it back; every action keeps its key), text grows by PRESENTATION_SCALE.
        Back at the desk, the scale and the panel are as they were."""
        if on == self.presenting:
            return
        self.presenting = on
        if on:
            self._desk = (self.style_.scale, self.controls_scroll.isVisible(),
                          self.splitter.sizes(), self.right_column.sizes())
            self.set_controls_visible(False)
            self.set_scale(self._presentation_scale())
            self.lesson_goal.hide()  # the narration below tells what happens
            # The bullet's path joins the right column: the target gets the full height.
            self.right_column.insertWidget(1, self.range_strip)
            self.range_strip.setVisible(self.tabs.currentIndex() == 0)  # see _page_changed
            self.plots.set_presenting(True)
            self.showFullScreen()
            self._share_width_for_presentation()
            self._share_height_for_presentation()
        else:
            scale, controls, sizes, right_sizes = self._desk
            self.range_layout.addWidget(self.range_strip)
            self.range_strip.show()  # hidden beside a lesson's own view while presenting
            self.plots.set_presenting(False)
            self.set_scale(scale)
            self.set_controls_visible(controls)
            self.lesson_goal.show()
            self.showNormal()
            self.splitter.setSizes(sizes)
            self.right_column.setSizes(right_sizes)

    def _presentation_scale(self):
        """Text takes the same share of the screen on a 1024x768 projector as on a
        1920x1080 one: 1.6 there would leave the curves no room."""
        lines = self.available_geometry().height()
        return max(1.0, PRESENTATION_SCALE * min(1.0, lines / PRESENTATION_LINES))

    @guarded()
    def _page_changed(self, index):
        """A lesson's own view takes the width the network and the curves can spare (they
        keep their minimum); back on the range, the columns are as they were. The narration
        points at the red lines and the green arrow only while the range is in view."""
        self.narration.set_range_shown(index == 0)
        if self.presenting:
            # In the right column the bullet's side view belongs to the range: beside a
            # lesson's own view its room goes to the network.
            self.range_strip.setVisible(index == 0)
            self._share_width_for_presentation()
            self._share_height_for_presentation()
        elif index == 1:
            sizes = self.splitter.sizes()
            self._range_sizes = self._range_sizes or sizes
            right = self._right_beside_lesson(sum(sizes[1:]))
            self.splitter.setSizes([sizes[0], sum(sizes[1:]) - right, right])
        elif self._range_sizes is not None:
            self.splitter.setSizes(self._range_sizes)
            self._range_sizes = None

    def _share_width_for_presentation(self):
        """Most of the width to the target; the network and the curves keep a column."""
        panel = self.controls_scroll.width() if self.controls_scroll.isVisible() else 0
        rest = self.width() - panel
        right = int(rest * (1 - PRESENTATION_TARGET_SHARE))
        if self.tabs.currentIndex() == 1:  # a lesson's own view
            right = self._right_beside_lesson(rest)
        self.splitter.setSizes([panel, rest - right, right])

    def _right_beside_lesson(self, width):
        """The right column's width beside a lesson's own view, out of `width` for both:
        its share, never below its own minimum (the view scrolls what does not fit)."""
        least = self.right_column.minimumSizeHint().width()
        return max(least, int(width * LESSON_RIGHT_SHARE))

    @guarded()
    def _share_height_for_presentation(self):
        """The plots take at least PRESENTATION_PLOTS_SHARE of the right column's height:
        the loss curve is read from the back row; the network keeps the rest."""
        if not self.presenting:
            return
        total = self.right_column.height()
        strip = 0 if self.range_strip.isHidden() else self.range_strip.minimumHeight()
        network = max(self.network.minimumHeight(),
                      int(PRESENTATION_NETWORK_PX * self.style_.scale))
        plots = max(self.plots.minimumSizeHint().height(),
                    min(int(total * PRESENTATION_PLOTS_SHARE), total - strip - network))
        self.right_column.setSizes([max(0, total - strip - plots), strip, plots])

    @guarded()
    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.presenting:  # full screen arrives after the switch, at the screen's size
            self._share_width_for_presentation()
            # The column gets its new height when the layout runs, after this event.
            QTimer.singleShot(0, self._share_height_for_presentation)

    def set_controls_visible(self, on):
        self.controls_scroll.setVisible(on)
        self.controls_action.setChecked(on)

    def toggle_controls(self):
        self.set_controls_visible(not self.controls_scroll.isVisible())

    def toggle_full_screen(self):
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def toggle_slow_motion(self):
        self.slow_motion = not self.slow_motion
        self._apply_animation_speeds()

    def _apply_animation_speeds(self):
        """Slow motion slows the bullet and the backward sweep; the flight keeps the speed
        chosen in the preferences otherwise (a flight switched off shows up in slow motion)."""
        if self.slow_motion:
            self.target.set_flight_speed((self.flight_speed or 1.0) * SLOW_MOTION)
            self.network.set_sweep_speed(SLOW_MOTION)
        else:
            self.target.set_flight_speed(self.flight_speed)
            self.network.set_sweep_speed(1.0)

    def toggle_cheat_sheet(self):
        sheet = self.cheat_sheet
        sheet.set_actions(self.shortcut_table())
        sheet.toggle()

    def show_glossary(self):
        """The F1 sheet's second page: every word of the range beside its term."""
        sheet = self.cheat_sheet
        sheet.set_actions(self.shortcut_table())
        sheet.show_page("glossary")

    # --- language ----------------------------------------------------------------------------
    def set_language(self, code):
        if self.languages.switch(code):
            self.language_changed()

    def language_changed(self):
        # The lesson view's keys first: the cheat sheet the menus refill lists their words.
        if self.lesson_view is not None and hasattr(self.lesson_view, "retranslate_keys"):
            self.lesson_view.retranslate_keys()
        self._build_menus()
        self._build_controls()
        self._show_lesson_texts()

    # --- files -------------------------------------------------------------------------------
    def open_dialog(self):
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a training session"), "",
            self.tr("Shooter sessions (*.shooter *.json);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path):
        self._leave_run()
        done = self._file_action(self.session.open, path, self.tr("Could not open the session"))
        self._leaving = None  # a file that did not open left nothing
        return done

    def save(self):
        return self.save_to(self.session.path) if self.session.path else self.save_as()

    def save_as(self):
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the training session"),
                                              "shooter-session.shooter",
                                              self.tr("Shooter sessions (*.shooter *.json)"))
        return bool(path) and self.save_to(path if "." in os.path.basename(path)
                                           else path + ".shooter")

    def save_to(self, path):
        return self._file_action(self.session.save, path, self.tr("Could not save the session"))

    def _file_action(self, action, path, failure_title):
        """Run a session file action; on failure show the session's error in a dialog."""
        errors = []
        self.session.error.connect(errors.append)
        try:
            done = action(path)
        finally:
            self.session.error.disconnect(errors.append)
        if not done:
            self.show_error(failure_title, self._in_language(errors[-1]) if errors else path)
            return False
        self._remember(path)
        return True

    def _in_language(self, error):
        """An error told in the current language, by its key (any other error object: one
        line of its text; an OSError by the system's reason)."""
        if isinstance(error, OSError) and not isinstance(error, ShooterError):
            return describe_error(os_reason(error))
        return describe_error(error)

    def _remember(self, path):
        self.preferences.add_recent(os.path.abspath(path))
        self._fill_recent()

    def show_error(self, title, message):
        """A clear, non-blocking dialog; the work on screen stays as it was."""
        self.last_error = (title, message)
        box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.Ok, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()

    # --- kept runs: nothing asks, nothing is lost ----------------------------------------------
    def keep_run(self):
        """Keep the run on screen among the kept runs when it holds unsaved training; its
        path, or None (nothing to keep, or it could not be written: the status bar says)."""
        if not worth_keeping(self.session):
            return None
        try:
            return self.runs.keep(self.session.trainer)
        except (ShooterError, OSError) as exc:
            self.statusBar().showMessage(
                self.tr("Could not keep the run: {reason}").format(
                    reason=self._in_language(exc)), STATUS_MS)
            return None

    def _leave_run(self):
        """Before a lesson switch, a Reset or opening a file: the run is kept, never asked
        about. Always True: nothing holds the class up."""
        self.keep_run()
        session = self.session
        self._leaving = (session.trainer, session.path, session.dirty, session.lesson.key)
        return True

    def _arm_undo(self):
        """After the run was left: Ctrl+Z brings it back until the next shot."""
        if self._leaving is not None:
            trainer, _path, _dirty, lesson = self._leaving
            moved = lesson != self.session.lesson.key
            kind = "switch" if moved else "reset"
            if self.session.trainer is not trainer:
                self.left_run = (self._leaving, kind)
            self._leaving = None
        self._show_undo()

    @guarded()
    def _new_shot(self, _record=None):
        if self.left_run is not None and not self.session.replaying:
            self.left_run = None
            self._show_undo()

    def undo_or_restore(self):
        """Ctrl+Z: right after leaving a run, bring it back; after a divergence, the last
        weights that hit the target."""
        if self.left_run is not None:
            (trainer, path, dirty, _lesson), _kind = self.left_run
            self.left_run = None
            self.keep_run()  # the run brought back replaces one that may hold work too
            self.session.bring_back(trainer, path, dirty)
            self.statusBar().showMessage(self.tr("The run left is back."), STATUS_MS)
        elif self.session.trainer.diverged:
            self.session.restore_last_good()
        self._show_undo()

    def undo_text(self):
        """What Ctrl+Z does now, as its menu entry says."""
        if self.left_run is not None:
            return {"switch": self.tr("Undo the lesson switch (bring the run back)"),
                    "reset": self.tr("Undo the reset (bring the run back)")}[self.left_run[1]]
        return self.tr("Lower the learning rate, then press Restore: back to the last weights "
                       "that hit the target")

    def _show_undo(self):
        action = getattr(self, "undo_action", None)
        if action is not None:
            action.setText(self.undo_text())
            action.setStatusTip(self.tr(
                "After a lesson switch or a reset: brings the run back. After the shots "
                "fly off: lower the learning rate, then restore."))

    @guarded()
    def _fill_runs(self):
        self.runs_menu.clear()
        for run in self.runs.runs():
            text = self.tr("{lesson} — {steps} steps — {time}").format(
                lesson=lesson_title(run.lesson), steps=run.steps,
                time=QDateTime.fromSecsSinceEpoch(int(run.when)).toString("yyyy-MM-dd HH:mm"))
            action = self.runs_menu.addAction(text)
            action.triggered.connect(
                guarded()(lambda _checked=False, path=run.path: self.open_kept_run(path)))
        self.runs_menu.setEnabled(bool(self.runs_menu.actions()))

    def open_kept_run(self, path):
        """Carry on with a kept run (the one on screen is kept first; Ctrl+Z undoes)."""
        from shooter.core.session_io import restore
        from shooter.files import load_session

        try:
            trainer = restore(load_session(path))
        except (ShooterError, OSError) as exc:
            self.statusBar().showMessage(self._in_language(exc), STATUS_MS)
            return False
        self._leave_run()
        self.session.bring_back(trainer, None, True)
        return True

    def _resume_kept_run(self):
        """At start: the run the app was closed on with unsaved training, if any."""
        path = self.runs.resume_path()
        self.runs.set_resume(None)
        if path is None:
            return
        from shooter.core.session_io import restore
        from shooter.files import load_session

        try:
            trainer = restore(load_session(path))
        except (ShooterError, OSError) as exc:
            self.statusBar().showMessage(self._in_language(exc), STATUS_MS)
            return
        self.session.bring_back(trainer, None, True)
        self.statusBar().showMessage(self.tr("Carrying on where the class left off."),
                                     STATUS_MS)

    # --- exports ---------------------------------------------------------------------------
    def export_kinds(self):
        """The one table of exports: kind -> ExportKind (menu text, key, file-type filter,
        suffix, what it is, its part of the default name, the writer)."""
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        csv = self.tr("CSV table (*.csv)")
        title = " — ".join(("Shooter", lesson_title(self.session.lesson.key)))
        history = self.session.history
        target, plots = self.tr("the target"), self.tr("the plots")
        return {
            "target_png": ExportKind(
                self.tr("Target as PNG image…"), "Ctrl+E", png, "png", target, "target",
                lambda path: _export("write_target_png", self.target, path)),
            "target_svg": ExportKind(
                self.tr("Target as SVG drawing…"), "Ctrl+Shift+E", svg, "svg", target, "target",
                lambda path: _export("write_target_svg", self.target, path, title)),
            "plots_png": ExportKind(
                self.tr("Plots as PNG image…"), "Ctrl+G", png, "png", plots, "plots",
                lambda path: _export("write_plots_png", self.plots, path)),
            "plots_svg": ExportKind(
                self.tr("Plots as SVG drawing…"), "Ctrl+Shift+G", svg, "svg", plots, "plots",
                lambda path: _export("write_plots_svg", self.plots, path, title)),
            "plots_csv": ExportKind(
                self.tr("Plotted values as CSV…"), "Ctrl+Shift+T", csv, "csv",
                self.tr("the plotted values"), "plotted-values",
                lambda path: _export("write_series_csv", history, path)),
            "history_csv": ExportKind(
                self.tr("Training history as CSV…"), "Ctrl+T", csv, "csv",
                self.tr("the training history"), "history",
                lambda path: _write_history_csv(path, history)),
            "worked_example": ExportKind(
                self.tr("Worked example as HTML or text…"), "Ctrl+Shift+X",
                self.tr("Web page (*.html);;Text (*.txt)"), "html",
                self.tr("the worked example"), "worked-example", self._write_worked_example),
        }

    def export_name(self, kind, suffix=None):
        """A default file name saying what and when: sight-in-iteration-12-target.png."""
        entry = self.export_kinds().get(kind)
        name, suffix = (entry.name, entry.suffix) if entry else (kind, suffix)
        iteration = self.session.trainer.iteration
        return f"{self.session.lesson.key}-iteration-{iteration}-{name}.{suffix}"

    def export(self, kind):
        """Ask where, then write; False when cancelled or failed."""
        from PySide6.QtWidgets import QFileDialog

        entry = self.export_kinds()[kind]
        suggested = os.path.join(self.export_folder or "", self.export_name(kind))
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested,
                                                   entry.filters)
        if not path:
            return False
        if "." not in os.path.basename(path):
            path += "." + ("txt" if chosen and "*.txt" in chosen else entry.suffix)
        return self.export_to(kind, path)

    def export_to(self, kind, path):
        """Write one export to `path`; a failure shows why and leaves any old file intact."""
        entry = self.export_kinds()[kind]
        try:
            entry.write(path)
        except ShooterError as exc:
            self._export_failed(path, describe_error(exc))
            return False
        except OSError as exc:
            self._export_failed(path, self._in_language(exc))
            return False
        self._exported(entry.what, path)
        return True

    def _export_failed(self, path, reason):
        self.show_error(self.tr("Could not export"),
                        self.tr("{path}: {reason}").format(path=path, reason=reason))

    def _exported(self, what, path):
        self.export_folder = os.path.dirname(os.path.abspath(path))
        self.statusBar().showMessage(
            self.tr("Saved {what} to {path}").format(what=what, path=path), STATUS_MS)

    def export_animation(self):
        """Ask for the steps, size and file (one small dialog), then record them."""
        from shooter.app.animation_dialog import ask_animation_plan

        return ask_animation_plan(self, self.record_animation)

    def record_animation(self, plan):
        """Play the last `plan.steps` steps again while grabbing them, with progress and
        cancel; the status bar names the file written, a failure says why."""
        from shooter.app.recording import AnimationExport

        try:
            plan = plan.checked()
        except ShooterError as exc:
            self._export_failed(plan.path, describe_error(exc))
            return False
        self.animation = AnimationExport(self, plan)
        self.animation.finished.connect(guarded()(
            lambda path, _count: self._exported(self.tr("the animation"), path)))
        self.animation.failed.connect(guarded()(
            lambda error: self._export_failed(plan.path, self._in_language(error))))
        self.animation.start()
        return True

    def _write_worked_example(self, path):
        """The open lesson page when it is the worked example, else one made for the export."""
        from shooter.app.lessons.worked_example import WorkedExampleView

        if isinstance(self.lesson_view, WorkedExampleView):
            self.lesson_view.save(path)
            return
        page = WorkedExampleView(self.session, self.style_)
        try:
            page.save(path)
        finally:
            page.deleteLater()

    def _alert(self, on):
        palette = self.style_.palette
        self.narration.setStyleSheet(
            f"background: {palette.highlight}; color: {palette.text_on_highlight};"
            " padding: 4px" if on else "")

    @guarded()
    def closeEvent(self, event):
        self.session.pause()
        kept = self.keep_run()
        self.runs.set_resume(kept)  # reopened at the next start; saved work is not
        self.save_preferences()
        super().closeEvent(event)

    def preferred_style(self, style):
        """`style` in the preferred theme and scale."""
        prefs = self.preferences
        palette = HIGH_CONTRAST if prefs["high_contrast"] else Palette()
        return style._replace(palette=palette).scaled(prefs["scale"])

    def apply_preferences(self):
        prefs = self.preferences
        wanted = self.preferred_style(self.style_)
        # Below scale 1 there is nothing to shrink: the fit is measured only above it.
        if wanted != self.style_ or (wanted.scale > 1.0 and not self.fits_screen()):
            self.style_ = self.style_._replace(palette=wanted.palette)
            self.set_scale(wanted.scale)
        self.flight_speed = prefs["flight_speed"]
        self._apply_animation_speeds()
        if prefs["window_geometry"] is not None:
            self.restoreGeometry(prefs["window_geometry"])
            self._keep_on_screen()  # saved on a bigger screen than this one
        if prefs["window_state"] is not None:
            self.restoreState(prefs["window_state"])
        language = prefs["language"] or system_language()
        # Menus and panel were just built in the current language: building them again
        # would cost a quarter of the start-up.
        if language != self.languages.current or not self._menus_built:
            self.set_language(language)
        problem = getattr(prefs, "problem", None)
        if problem is not None:  # settings that were reset: said once, never a dialog
            self.statusBar().showMessage(describe_error(problem), STATUS_MS)
            prefs.problem = None

    def save_preferences(self):
        prefs = self.preferences
        prefs["language"] = self.languages.current
        prefs["scale"] = self._desk[0] if self.presenting else self.style_.scale
        prefs["high_contrast"] = self.style_.palette == HIGH_CONTRAST
        prefs["last_lesson"] = self.session.lesson.key
        prefs["window_geometry"] = self.saveGeometry()
        prefs["window_state"] = self.saveState()
        prefs.sync()


def scrolled(view):
    """`view` in a frameless scroll area: it keeps its own minimum size and scrolls when its
    place is smaller, instead of making the window wider than the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidget(view)
    return area
