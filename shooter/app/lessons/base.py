"""What the lesson views share: running a core job in slices, naming parameters, keys for
every button, panels that stack when the room is narrow, and the look of their plots.

A job has advance(chunk) -> done, a `progress` in 0..1 and `done`. The runner advances it
from a zero-interval QTimer for at most SLICE_S per tick, so the window keeps answering
while a grid search or a forward-mode sweep runs, and a Cancel stops it between slices.
"""

import math
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetricsF, QKeySequence, QRawFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from shooter.app.canvas import Canvas
from shooter.app.crash import guarded
from shooter.app.plots.axes import PLAIN_DECADES
from shooter.app.style import DEFAULT_STYLE, FONT_FAMILIES
from shooter.core.words import CONTEXT as WORDS_CONTEXT
from shooter.core.words import word

SLICE_S = 0.04  # work per timer tick; well under the 100 ms a click may wait
DEBOUNCE_MS = 300  # recompute this long after the last change, not on every frame
COLOUR_MAP = "cividis"  # readable for colour-blind viewers and in grey on a projector
COLUMN_MARGIN_PX = 24  # room around a table column's widest words
SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
PRESSING_KEYS = (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter)
FIT_SPARE_PX = 2  # room a folding view keeps spare: nested layouts round to whole pixels

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


class JobRunner(QObject):
    progressed = Signal(float)
    finished = Signal(object)  # the job
    cancelled = Signal()

    def __init__(self, chunk, parent=None):
        super().__init__(parent)
        self.chunk = chunk
        self.job = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self):
        return self._timer.isActive()

    def start(self, job):
        self.job = job
        self.progressed.emit(0.0)
        self._timer.start()

    @guarded()
    def cancel(self):
        if self.running:
            self._timer.stop()
            self.job = None
            self.cancelled.emit()

    @guarded()
    def _tick(self):
        job = self.job
        if job is None:
            self._timer.stop()
            return
        deadline = time.perf_counter() + SLICE_S
        try:
            while not job.advance(self.chunk) and time.perf_counter() < deadline:
                pass
        except Exception:
            self.cancel()  # a failing job stops here rather than failing every tick
            raise
        self.progressed.emit(float(job.progress))
        if job.done:
            self._timer.stop()
            self.finished.emit(job)


# --- names ---------------------------------------------------------------------------------
def condition_name(name):
    names = {
        "distance": translate("LessonViews", "distance"),
        "crosswind": translate("LessonViews", "crosswind"),
        "headwind": translate("LessonViews", "headwind"),
        "air_density": translate("LessonViews", "air density"),
    }
    return names.get(name, name)


def unit_name(layer, index, inputs, hidden):
    """Neuron `index` of column `layer` (0 = inputs, last = aim) in words."""
    if layer == 0:
        return condition_name(inputs[index]) if inputs else translate("LessonViews", "bias")
    if layer == len(hidden) + 1:
        if index == 0:
            return translate("LessonViews", "aim right")
        return translate("LessonViews", "aim up")
    return f"h{layer}.{index + 1}"


def parameter_name(ref, inputs, hidden):
    """A ParameterRef as a short label: 'w distance → h1.3' or 'b aim right'."""
    target = unit_name(ref.layer + 1, ref.col, inputs, hidden)
    if ref.kind == "b":
        return f"b {target}"
    return f"w {unit_name(ref.layer, ref.row, inputs, hidden)} → {target}"


def flat_weights(state):
    """NetworkState weights as Network.params order: [W1, b1, W2, b2, ...]."""
    return [np.asarray(a, dtype=np.float64) for pair in state.weights for a in pair]


def grouped(n):
    return f"{int(n):,}"


def power_of_ten(k, superscripts=True, plain=True):
    """10**k as a tick label: the digits up to the training plots' last plain decade (when
    `plain`: an axis going higher writes every label as a power, never 100 beside 10⁵),
    then 10 with a raised exponent (or 10^k where no font at hand draws raised digits)."""
    if plain and k <= PLAIN_DECADES[1]:
        return f"{10**k:,}"
    return "10" + (str(k).translate(SUPERSCRIPT) if superscripts else f"^{k}")


def exponent_font(style, relative):
    """The first of the style's families that has the digits and the raised digits itself,
    so '10⁸' never mixes two fonts (and reads as '108'); None if no family has them."""
    for family in FONT_FAMILIES:
        font = QFont(family)
        raw = QRawFont.fromFont(font)
        if raw.familyName() != family:
            continue  # not installed: Qt substituted another
        if all(raw.supportsCharacter(c) for c in "0123456789⁰¹²³⁴⁵⁶⁷⁸⁹"):
            font.setPointSizeF(style.font(relative).pointSizeF())
            return font
    return None


# --- plots ---------------------------------------------------------------------------------
class Chart(Canvas):
    """A plot widget that asks for no more than its minimum size and grows into the room it
    is given: a tall default would push a lesson view's text off a short screen."""

    def __init__(self, min_width=160, min_height=150):
        super().__init__()
        self.setMinimumSize(min_width, min_height)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    @guarded(fallback=QSize())
    def sizeHint(self):
        return self.minimumSize()


def quiet_plot(plot):
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    return plot


def style_plot(plot, style):
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setStyle(tickFont=style.font(0.95))
        axis.setTextPen(style.palette.text)
        axis.setPen(style.palette.muted)
        axis.label.setFont(style.font(1.0))


def set_axis_label(axis, text, style):
    """An axis title in the text colour at a projector-readable size."""
    axis.setLabel(text, color=style.palette.text,
                  **{"font-size": f"{style.font(1.0).pointSizeF():.0f}pt"})
    axis.label.setFont(style.font(1.0))  # the size the words are drawn at, for whoever asks


class FlowLayout(QLayout):
    """Items left to right, onto the next line when the line is full (the flow layout of
    Qt's examples); an item wider than the whole width gets the width and wraps inside."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items = []
        self.setContentsMargins(0, 0, 0, 0)

    @guarded()
    def addItem(self, item):
        self.items.append(item)

    @guarded(fallback=0)
    def count(self):
        return len(self.items)

    @guarded()
    def itemAt(self, index):
        return self.items[index] if 0 <= index < len(self.items) else None

    @guarded()
    def takeAt(self, index):
        return self.items.pop(index) if 0 <= index < len(self.items) else None

    @guarded(fallback=Qt.Orientations(0))
    def expandingDirections(self):
        return Qt.Orientations(0)

    @guarded(fallback=False)
    def hasHeightForWidth(self):
        return True

    @guarded(fallback=-1)
    def heightForWidth(self, width):
        return self._place(QRect(0, 0, width, 0), move=False)

    @guarded()
    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._place(rect, move=True)

    @guarded(fallback=QSize())
    def sizeHint(self):
        return self.minimumSize()

    @guarded(fallback=QSize())
    def minimumSize(self):
        size = QSize()
        for item in self.items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect, move):
        """Lay the items out in `rect` (or only measure); returns the height used."""
        x, y, line = rect.x(), rect.y(), 0
        gap = max(0, self.spacing()) * 2
        for item in self.items:
            hint = item.sizeHint()
            width = min(hint.width(), rect.width())
            height = (item.heightForWidth(width) if item.hasHeightForWidth()
                      else hint.height())
            if x > rect.x() and x + width > rect.right() + 1:
                x, y, line = rect.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(x, y, width, height))
            x += width + gap
            line = max(line, height)
        return y + line - rect.y()


class Legend(QWidget):
    """A legend under its plot, in the layout: it never covers the data. Entries are (glyph,
    colour, words): the glyph (■ ● ★ ━ ╍) in the colour of what it names, the words in the
    text's colour and font, flowing onto more lines when narrow. Labels are made once per
    entry and re-worded after."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.entries = []  # (glyph label, words label)

    def set_entries(self, entries, style):
        entries = list(entries)
        while len(self.entries) < len(entries):
            entry = QWidget()
            box = QHBoxLayout(entry)
            box.setContentsMargins(0, 0, 0, 0)
            glyph, words = QLabel(), wrapped_label()
            box.addWidget(glyph)
            box.addWidget(words, 1)
            self.flow.addWidget(entry)
            self.entries.append((glyph, words))
        while len(self.entries) > len(entries):
            glyph, _words = self.entries.pop()
            glyph.parentWidget().deleteLater()
        for (glyph, words), (mark, colour, text) in zip(self.entries, entries):
            glyph.setText(mark)
            glyph.setStyleSheet(f"color: {colour}")
            words.setText(text)
            words.setStyleSheet(f"color: {style.palette.text}")
            for label in (glyph, words):
                label.setFont(style.font(1.0))
        self.flow.invalidate()

    def words(self):
        return [words.text() for _, words in self.entries]


def wrapped_label():
    label = QLabel()
    label.setWordWrap(True)
    return label


# --- keys ------------------------------------------------------------------------------------
class PressingKeys(QObject):
    """Space, Enter and Return press the focused button, even where the window binds Space
    to another action: the button claims the key before the window's shortcut sees it."""

    @guarded(fallback=False)
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.ShortcutOverride and isinstance(watched, QAbstractButton)
                and event.key() in PRESSING_KEYS and not event.modifiers() & ~Qt.KeypadModifier):
            event.accept()
        return False


def key_button(keys_filter):
    """A push button that Enter and Space press when it has the focus."""
    button = QPushButton()
    button.setAutoDefault(True)  # Enter and Return click it when it has the focus
    button.installEventFilter(keys_filter)
    return button


class KeyedMixin:
    """Keys for a view's actions, active while the view is shown, listed by shortcut_table()
    as (what it does, keys) -- the shape of MainWindow.shortcut_table()."""

    def add_key(self, keys, slot, name):
        """An action on `keys` (a key string or a list of them) calling `slot`; `name` is a
        callable giving its words, asked again on every language change."""
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in ([keys] if isinstance(keys, str)
                                                       else keys)])
        action.setShortcutContext(Qt.WindowShortcut)  # while the view is shown
        action.triggered.connect(guarded()(lambda _checked=False: slot()))
        action.words = name
        action.setText(name())
        self.addAction(action)
        return action

    def key_for(self, button, keys, name):
        """The button's own key: it clicks the button (nothing while it is disabled)."""
        action = self.add_key(keys, button.click, name)
        button.setToolTip(f"{name()} ({action.shortcut().toString(QKeySequence.NativeText)})")
        button.key_action = action
        return action

    def retranslate_keys(self):
        for action in self.actions():
            if hasattr(action, "words"):
                action.setText(action.words())
        for button in self.findChildren(QPushButton):
            action = getattr(button, "key_action", None)
            if action is not None:
                keys = action.shortcut().toString(QKeySequence.NativeText)
                button.setToolTip(f"{action.text()} ({keys})")

    def shortcut_table(self):
        rows = []
        for action in self.actions():
            keys = [k.toString(QKeySequence.NativeText) for k in action.shortcuts()]
            if keys:
                rows.append((action.text(), " / ".join(keys)))
        return rows


# --- room ------------------------------------------------------------------------------------
class Reflow(QWidget):
    """Panels side by side or one above the other, whichever leaves each panel squarer:
    a plot needs both width and height. Side by side only when their minimum widths fit;
    its minimum width is that of the widest panel, so it never widens the window."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSizeConstraint(QLayout.SetNoConstraint)

    def add(self, widget, stretch=1):
        self.box.addWidget(widget, stretch)

    @property
    def side_by_side(self):
        return self.box.direction() == QBoxLayout.LeftToRight

    def _panel_minimums(self):
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        return [item.minimumSize() for item in items if not item.isEmpty()]

    @guarded(fallback=QSize())
    def minimumSizeHint(self):
        sizes = self._panel_minimums() or [QSize(0, 0)]
        gaps = self.box.spacing() * (len(sizes) - 1)
        height = (max(s.height() for s in sizes) if self.side_by_side
                  else sum(s.height() for s in sizes) + gaps)
        return QSize(max(s.width() for s in sizes), height)

    def direction_for(self, width, height):
        sizes = self._panel_minimums()
        count = max(1, len(sizes))
        fits = width >= sum(s.width() for s in sizes) + self.box.spacing() * (count - 1)
        beside = min(width / count, height)
        above = min(width, height / count)
        return QBoxLayout.LeftToRight if fits and beside >= above else QBoxLayout.TopToBottom

    @guarded()
    def resizeEvent(self, event):
        super().resizeEvent(event)
        direction = self.direction_for(event.size().width(), event.size().height())
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.box.activate()  # the panels move now, not after the next event round
            self.updateGeometry()


class FoldToFit(QObject):
    """Keeps a scroll area's content within the area's height where it can: when the
    content would need scrolling, its `folds` (its less important parts, least important
    first) are hidden one by one until it fits; they come back when the room does. A
    folded text stays within reach as the view's tooltip. Whatever still does not fit
    with everything folded scrolls."""

    def __init__(self, area, folds, parent=None):
        super().__init__(parent)
        self.area = area
        self.folds = list(folds)
        self.folded = []
        area.installEventFilter(self)

    def refit(self):
        """Fold what the room asks for now, and look again once the layouts have settled
        (a part may take its final height only after the event that changed the words)."""
        self._fit()
        QTimer.singleShot(0, self, self._settled)  # not after the view is gone

    def _fit(self):
        for widget in self.folded:
            widget.show()
        self.folded = []
        self._fold_more()

    def _fold_more(self):
        for widget in self.folds:
            if not needs_scrolling(self.area):
                break
            if widget.isVisibleTo(self.area) and widget not in self.folded:
                widget.hide()
                self.folded.append(widget)

    @guarded()
    def _settled(self):
        if self.area.isVisible():
            self._fold_more()

    @guarded(fallback=False)
    def eventFilter(self, watched, event):
        if watched is self.area and event.type() == QEvent.Resize:
            self.refit()
        return False


def needs_scrolling(area):
    """Whether the scroll area's content is taller than the area, as the area measures it:
    the content's minimum, or its height for the area's width where its words wrap."""
    # Nested layouts learn of a changed text or a hidden part through posted requests.
    QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    content = area.widget()
    room = area.maximumViewportSize()
    height = content.minimumSizeHint().height()
    layout = content.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, content.heightForWidth(room.width()))
    return height + FIT_SPARE_PX > room.height()


# --- the frame of a computed lesson view ----------------------------------------------------
class LessonView(KeyedMixin, QWidget):
    """Title, explanation, Compute / Cancel and a progress bar around a view's own content."""

    chunk = 1

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self.pressing_keys = PressingKeys(self)
        self.title = wrapped_label()
        self.explanation = wrapped_label()
        self.run_button = key_button(self.pressing_keys)
        self.run_button.clicked.connect(self.compute)
        self.cancel_button = key_button(self.pressing_keys)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self._done = False  # a finished result is shown: the full bar says so in words
        self.runner = JobRunner(self.chunk, self)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.cancelled.connect(self._cancelled)
        self.key_for(self.run_button, "C", lambda: translate("LessonView", "Compute"))
        self.key_for(self.cancel_button, "Esc", lambda: translate("LessonView", "Cancel"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.compute)
        controls = QHBoxLayout()
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress, 1)
        self.tables = []  # their columns are fitted again when they change size
        # The content scrolls up and down when a short screen has not the height for all of
        # it (words wrap, so it never needs to scroll sideways): nothing is cut or overlaps.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        content = QWidget()
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.layout_ = QVBoxLayout(content)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.explanation)
        self.layout_.addLayout(controls)
        # In a short place (a projector in presentation mode) the explanation folds away
        # first, then the title (the window names the lesson above): the results stay.
        self.fit = FoldToFit(self.scroll, [self.explanation, self.title], self)
        self._set_busy(False)

    # --- running ---------------------------------------------------------------------------
    @guarded()
    def compute(self):
        """Start (or restart) the computation from the session's current state."""
        self._debounce.stop()
        self.runner.cancel()
        self._set_busy(True)
        self.runner.start(self.make_job())

    def schedule(self):
        self._debounce.start()

    @guarded()
    def _progressed(self, progress):
        self.progress.setValue(int(1000 * progress))

    @guarded()
    def _finished(self, job):
        self._done = True
        self._set_busy(False)
        self.show_result(job)

    @guarded()
    def _cancelled(self):
        self._set_busy(False)
        self.progress.setValue(0)

    def _set_busy(self, busy):
        self._done = self._done and not busy
        self._label_progress(busy)
        # The keys follow their buttons: a disabled action leaves its key (Esc) to others,
        # such as the keyboard sheet that any key closes.
        for button, on in ((self.run_button, not busy), (self.cancel_button, busy)):
            button.setEnabled(on)
            button.key_action.setEnabled(on)

    def _label_progress(self, busy=None):
        """The bar's words: its percentage while computing, "Done" once the result shows
        (a full bar alone reads like a warning), none before the first result."""
        busy = self.runner.running if busy is None else busy
        self.progress.setTextVisible(self._done or busy)
        self.progress.setFormat(translate("LessonView", "Done") if self._done else "%p%")

    @property
    def computing(self):
        return self.runner.running

    def own_trainer_inputs(self):
        """The session's config and a copy of its current weights."""
        return self.session.config, flat_weights(self.session.network_state())

    # --- look and language -----------------------------------------------------------------
    def set_style(self, style):
        self.style_ = style
        self.title.setFont(style.font(1.4, bold=True))
        self.explanation.setFont(style.font(1.05))
        for widget in (self.run_button, self.cancel_button):
            widget.setFont(style.font(1.05))
        self.progress.setFont(style.font(0.95))
        self.progress.setMinimumHeight(int(style.px(14)))
        self.apply_style()
        self.retranslate()

    def retranslate(self):
        # the base class's own context: self.tr() would look these up under the subclass
        self.run_button.setText(translate("LessonView", "Compute"))
        self.cancel_button.setText(translate("LessonView", "Cancel"))
        self._label_progress()
        self.retranslate_keys()
        self.retranslate_view()
        self.title.setToolTip(self.explanation.text())
        self.fit.refit()

    @guarded()
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- tables ------------------------------------------------------------------------------
    def table(self, columns):
        table = QTableWidget(0, columns)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.NoSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.tables.append(table)
        table.viewport().installEventFilter(self)
        return table

    def fit_columns(self, table):
        """Each column as wide as its header or its widest cell plus a margin, measured in
        the fonts they are drawn in (Chinese headers are wider than English ones); where
        that is wider than the table, the headers break onto two lines first. The room left
        over is shared out, so the table still fills its width. A table narrower than even
        its two-line headers breaks its cells' words onto more lines (taller rows), and
        scrolls sideways only where a single word is still too wide."""
        header = table.horizontalHeader()
        bold, plain = QFontMetricsF(header.font()), QFontMetricsF(table.font())
        margin = self.style_.px(COLUMN_MARGIN_PX)
        titles = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
        cells = [max([plain.horizontalAdvance(table.item(r, c).text())
                      for r in range(table.rowCount()) if table.item(r, c) is not None],
                     default=0.0) for c in range(table.columnCount())]

        def widths(texts, margin=margin):
            return [math.ceil(max([cell] + [bold.horizontalAdvance(line)
                                            for line in text.split("\n")]) + margin)
                    for cell, text in zip(cells, texts)]

        words = [header_words(title) for title in titles]
        fitted = widths(words)
        room = table.viewport().width()
        if sum(fitted) > room:
            broken = [two_lines(text, bold) for text in words]
            fitted, words = widths(broken), broken
        wrapped_cells = sum(fitted) > room
        if wrapped_cells:  # the cells wrap too (the table's word wrap), at their spaces
            cells = [max([plain.horizontalAdvance(part)
                          for r in range(table.rowCount()) if table.item(r, c) is not None
                          for part in table.item(r, c).text().split(" ")], default=0.0)
                     for c in range(table.columnCount())]
            fitted = widths(words, margin / 2)  # and the columns close up
        for title, text in zip(titles, words):
            show_header(title, text)
        spare = max(0, table.viewport().width() - sum(fitted)) // max(1, len(fitted))
        for c, width in enumerate(fitted):
            header.resizeSection(c, width + spare)
        rows = table.verticalHeader()
        for r in range(table.rowCount()):
            needed = table.sizeHintForRow(r) if wrapped_cells else 0
            rows.resizeSection(r, max(rows.defaultSectionSize(), needed))
        self.columns_fitted(table)

    def columns_fitted(self, table):
        """Called after a table's columns changed width (a narrow one may scroll sideways)."""

    @guarded(fallback=False)
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Resize:  # a table's viewport: share out its new width
            for table in self.tables:
                if table.viewport() is watched:
                    self.fit_columns(table)
        return super().eventFilter(watched, event)

    def style_table(self, table):
        table.setFont(self.style_.font(1.05))
        table.horizontalHeader().setFont(self.style_.font(1.0, bold=True))
        table.verticalHeader().setDefaultSectionSize(int(self.style_.font(1.05).pointSizeF()
                                                         * 2.4))
        self.fit_columns(table)


HEADER_WORDS = Qt.UserRole + 1  # (words as set, words as shown) of a header item


def header_words(item):
    """A header's own words (on one line), though fit_columns may show them broken."""
    if item is None:
        return ""
    kept = item.data(HEADER_WORDS)
    if kept and item.text() == kept[1]:
        return kept[0]
    return item.text()


def show_header(item, text):
    if item is not None and item.text() != text:
        original = header_words(item)
        item.setData(HEADER_WORDS, (original, text))
        item.setText(text)


def two_lines(text, metrics):
    """`text` broken at the space (or, in Chinese, between the characters) that leaves the
    longer line shortest. Chinese keeps at least two characters on each line: most words
    are two characters long, and 参/数 reads as two words."""
    breaks = [i for i, c in enumerate(text) if c == " "]
    skip = 1
    if not breaks and not text.isascii():
        breaks, skip = list(range(2, len(text) - 1)), 0
    if not breaks:
        return text
    best = min(breaks, key=lambda i: max(metrics.horizontalAdvance(text[:i]),
                                         metrics.horizontalAdvance(text[i + skip:])))
    return text[:best] + "\n" + text[best + skip:]


def named(kind, key):
    """A name from the one vocabulary (shooter.core.words), in the current language."""
    return word(kind, key, lambda text: translate(WORDS_CONTEXT, text))
