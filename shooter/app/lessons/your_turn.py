"""Your turn: the student aims by hand on the network's range, then gradient descent fires the
same shots from the same start, and a scoreboard compares the two (shooter.core.hand).

The target takes the keys while it has the focus: arrows move the aim in fixed steps (Shift:
bigger ones), Space or Enter fires, R starts the round again; it claims them before the
window's own shortcuts (Space and the arrows drive the range there). N, 1, 2 and Ctrl+R are
the view's keys wherever the focus is in the view.
"""

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shooter.app.crash import guarded
from shooter.app.legible import NO_BREAK_SPACE, units_together
from shooter.app.lessons.base import (
    FlowLayout,
    FoldToFit,
    KeyedMixin,
    PressingKeys,
    key_button,
    wrapped_label,
)
from shooter.app.style import DEFAULT_STYLE
from shooter.app.target.geometry import EXTENT_CM, LEGEND_SIZE, Geometry
from shooter.app.target.holes import FADE_LEVELS
from shooter.app.target.labels import (
    LABEL_SIZE,
    box_at,
    headline_lines,
    inside,
    label_size,
    shrinks,
)
from shooter.app.target.painting import (
    paint_current_holes,
    paint_error_lines,
    paint_headline,
    paint_label,
    paint_past_holes,
    paint_target,
    visible_error_ends,
)
from shooter.core.hand import (
    AIM_STEP_MRAD,
    BIG_STEP_MRAD,
    HAND_SHOTS,
    ROUNDS,
    HandRound,
    Score,
)

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")
TARGET_MIN_PX = 150  # the target's smallest side at scale 1: holes and lines still clear
MARK_PX = 16  # the aim mark's radius at scale 1
SIDE_MIN_PX = 200  # the controls and scores column beside the target, at scale 1
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
SETTLE_PX = 24  # more than a scroll bar's width: see HandPanels.fit
ARROWS = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, 1), Qt.Key_Down: (0, -1)}
FIRING_KEYS = (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter)
TARGET_KEYS = (*ARROWS, *FIRING_KEYS, Qt.Key_R)


def ring_text(ring):
    return translate("YourTurn", "ring {ring}").format(ring=ring)


def wind_text(crosswind_mps):
    """The coming wind in words, as the range strip says it."""
    if abs(crosswind_mps) < 0.05:
        return translate("YourTurn", "no crosswind")
    if crosswind_mps > 0:
        text = translate("YourTurn", "crosswind {speed} m/s → right")
    else:
        text = translate("YourTurn", "crosswind {speed} m/s ← left")
    text = units_together(text.format(speed=f"{abs(crosswind_mps):.1f}"))
    # the arrow stays with its word where the line breaks ("← left", "← 向左")
    return text.replace("← ", "←" + NO_BREAK_SPACE).replace("→ ", "→" + NO_BREAK_SPACE)


def aim_text(aim_mrad):
    right, up = (float(v) for v in aim_mrad)
    across = (translate("YourTurn", "{value} mrad right") if right >= 0
              else translate("YourTurn", "{value} mrad left")).format(value=f"{abs(right):.2f}")
    along = (translate("YourTurn", "{value} mrad up") if up >= 0
             else translate("YourTurn", "{value} mrad down")).format(value=f"{abs(up):.2f}")
    return units_together(translate("YourTurn", "Aim: {across}, {along}").format(
        across=across, along=along))


def conditions_text(hand):
    return units_together(translate("YourTurn", "next shot: {distance} m, {wind}").format(
        distance=f"{hand.coming_distance_m:.0f}", wind=wind_text(hand.coming_crosswind_mps)))


class HandTarget(QWidget):
    """The target with the student's holes, the network's after it, and the aim mark that
    arrows move and the mouse drags."""

    def __init__(self, view):
        super().__init__()
        self.view = view
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.dragging = False

    @property
    def game(self):
        return self.view.game

    @property
    def style_(self):
        return self.view.style_

    @guarded(fallback=QSize())
    def minimumSizeHint(self):
        """Room for the target square at TARGET_MIN_PX, its headline and its legend (as
        wide as the legend's line at the smallest legible size: it never runs off)."""
        side = int(self.style_.px(TARGET_MIN_PX))
        margins = side - Geometry(side, side, self.style_).legend.width()
        floor = shrinks(self.style_, LEGEND_SIZE)[-1]  # the smallest legible size
        legend = self._legend_sizes(self.legend(), floor)[3]
        return QSize(max(side, math.ceil(legend + margins)), side + self._around())

    @guarded(fallback=QSize())
    def sizeHint(self):
        return self.minimumSizeHint()

    @guarded()
    def resizeEvent(self, event):
        super().resizeEvent(event)
        # No taller than the square needs: beside a long panel the target stays at the top.
        self.setMaximumHeight(max(self.minimumSizeHint().height(),
                                  event.size().width() + self._around()))

    def _around(self):
        """The height of the headline, legend and margins around the square."""
        side = self.style_.px(TARGET_MIN_PX)
        return int(side - Geometry(side, side, self.style_).square.height())

    def geometry_(self):
        return Geometry(self.width(), self.height(), self.style_)

    def aim_cm(self):
        """Where the aim points on the target for the coming shot, cm (right, up)."""
        hand = self.game.hand
        return hand.aim_mrad * hand.coming_cm_per_mrad

    # --- keys and mouse ------------------------------------------------------------------
    @guarded(fallback=False)
    def event(self, event):
        if event.type() == QEvent.ShortcutOverride and self._ours(event):
            event.accept()  # the range's Space and arrows wait while the student aims
            return True
        return super().event(event)

    @staticmethod
    def _ours(event):
        extra = event.modifiers() & ~(Qt.ShiftModifier | Qt.KeypadModifier)
        return event.key() in TARGET_KEYS and not extra

    @guarded()
    def keyPressEvent(self, event):
        if not self._ours(event):
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in ARROWS:
            big = bool(event.modifiers() & Qt.ShiftModifier)
            self.view.move_aim(*ARROWS[key], big=big)
        elif key in FIRING_KEYS:
            self.view.fire()
        else:
            self.view.restart()

    @guarded()
    def mousePressEvent(self, event):
        self.setFocus()
        if event.button() == Qt.LeftButton and not self.game.hand_done:
            self.dragging = True
            self._drag_to(event.position())

    @guarded()
    def mouseMoveEvent(self, event):
        if self.dragging:
            self._drag_to(event.position())

    @guarded()
    def mouseReleaseEvent(self, event):
        self.dragging = False

    def _drag_to(self, point):
        x, y = self.geometry_().to_cm(point)
        x, y = (float(np.clip(v, -EXTENT_CM, EXTENT_CM)) for v in (x, y))
        self.view.aim_at(np.array([x, y]) / self.game.hand.coming_cm_per_mrad)

    # --- painting ------------------------------------------------------------------------
    @guarded()
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        style = self.style_
        painter.fillRect(self.rect(), style.color("background"))
        geo = self.geometry_()
        paint_target(painter, geo)
        game = self.game
        hand = game.hand.shots
        network = game.network_same_shots()
        if network is None:
            self._paint_shots(painter, geo, hand.impacts_cm, None)
            self._paint_aim_mark(painter, geo)
        else:
            self._paint_shots(painter, geo, network.impacts_cm, "gradient")
            # the hand's holes on top, small: where they share a spot, both show
            paint_past_holes(painter, geo, hand.impacts_cm, np.full(len(hand), FADE_LEVELS - 1))
        paint_headline(painter, style, self.headline_layout(geo))
        self._paint_legend(painter, geo)
        if self.hasFocus():
            painter.setPen(QPen(style.color("highlight"), style.px(3)))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_shots(self, painter, geo, impacts, colour):
        """Earlier shots as holes; the last with its red line and its ring, as on the range.
        The network's holes are drawn in `colour` (None: the range's own look)."""
        if len(impacts) == 0:
            return
        earlier, last = impacts[:-1], impacts[-1:]
        if colour is None:
            paint_past_holes(painter, geo, earlier, np.full(len(earlier), FADE_LEVELS - 1))
        else:
            self._paint_dots(painter, geo, earlier, colour)
        paint_error_lines(painter, geo, visible_error_ends(last), few=True)
        if colour is None:
            paint_current_holes(painter, geo, last)
        else:
            self._paint_dots(painter, geo, last, colour, big=True)
        rings = (self.game.network.rings if colour else self.game.hand.shots.rings)
        ring = int(rings[len(impacts) - 1])
        self._paint_ring_label(painter, geo, last[0], ring)

    def _paint_dots(self, painter, geo, points, colour, big=False):
        style = self.style_
        radius = geo.current_radius(1) if big else geo.hole_px() / 2
        painter.setPen(QPen(style.color("text"), style.px(2)))
        painter.setBrush(style.color(colour))
        for point in geo.pixel_points(np.clip(points, -EXTENT_CM, EXTENT_CM)):
            painter.drawEllipse(point, radius, radius)
        painter.setBrush(Qt.NoBrush)

    def _paint_ring_label(self, painter, geo, impact, ring):
        text, rect = self._ring_label_place(geo, impact, ring)
        paint_label(painter, self.style_, rect, text, self.style_.color("error"))

    def _ring_label_place(self, geo, impact, ring):
        style = self.style_
        text = ring_text(ring)
        hole = geo.to_pixels(*np.clip(impact, -EXTENT_CM, EXTENT_CM))
        w, h = label_size(style, text)
        gap = geo.current_radius(1) + style.px(6)
        return text, inside(box_at(QPointF(hole.x() + gap + w / 2, hole.y() - gap), (w, h)),
                            geo.square)

    def ring_label(self):
        """(text, rect) of the last shot's ring beside its hole, or None before a shot."""
        game = self.game
        network = game.network_same_shots()
        shots = game.hand.shots if network is None else network
        if len(shots.impacts_cm) == 0:
            return None
        rings = game.hand.shots.rings if network is None else game.network.rings
        ring = int(rings[len(shots.impacts_cm) - 1])
        return self._ring_label_place(self.geometry_(), shots.impacts_cm[-1], ring)

    def _paint_aim_mark(self, painter, geo):
        """A crosshair where the aim points; on the edge, dashed, when it points beyond."""
        style = self.style_
        aim = self.aim_cm()
        beyond = bool(np.any(np.abs(aim) > EXTENT_CM))
        centre = geo.to_pixels(*np.clip(aim, -EXTENT_CM, EXTENT_CM))
        radius = style.px(MARK_PX)
        for colour, width in (("background", style.px(7)), ("highlight", style.px(3.5))):
            pen = QPen(style.color(colour), width)
            if beyond and colour == "highlight":
                pen.setStyle(Qt.DashLine)
            painter.setPen(pen)
            painter.drawEllipse(centre, radius, radius)
            reach = radius * 1.7
            painter.drawLine(QPointF(centre.x() - reach, centre.y()),
                             QPointF(centre.x() + reach, centre.y()))
            painter.drawLine(QPointF(centre.x(), centre.y() - reach),
                             QPointF(centre.x(), centre.y() + reach))

    def headline(self):
        """The two lines over the target: whose shot and how it went, and what comes next."""
        game = self.game
        hand = game.hand
        if game.handed_over:
            count = len(game.network_same_shots())
            first = translate("YourTurn", "Gradient descent: the same {count} shots").format(
                count=count)
            second = translate("YourTurn", "same start, same wind, same hand")
            return first, second
        fired = len(hand.shots)
        if fired:
            first = translate("YourTurn", "Your shot {shot} of {shots}: {ring}").format(
                shot=fired, shots=HAND_SHOTS, ring=ring_text(int(hand.shots.rings[-1])))
        else:
            first = translate("YourTurn", "Your turn: {shots} shots").format(shots=HAND_SHOTS)
        return first, conditions_text(hand)

    def headline_layout(self, geo):
        """[(text, font, rect)] of the headline as drawn. Where two lines cannot hold it
        (a narrow target), the next shot's conditions wrap onto a third line: the wind's
        direction is what the student aims by, so it is never elided."""
        return headline_lines(self.style_, geo.headline, *self.headline(), most=3)

    def legend(self):
        """(colour, mark, words) of the line under the target."""
        if self.game.handed_over:
            return [("hole_old", "●", translate("YourTurn", "you")),
                    ("gradient", "●", translate("YourTurn", "gradient descent")),
                    ("error", "━", translate("YourTurn", "miss"))]
        return [("hole", "●", translate("YourTurn", "your shots")),
                ("error", "━", translate("YourTurn", "miss")),
                ("highlight", "✛", translate("YourTurn", "aim"))]

    def _legend_sizes(self, pieces, shrink):
        """(font, gap, [width of each piece], total width) of the legend at `shrink`."""
        font = self.style_.font(LEGEND_SIZE * shrink)
        metrics = QFontMetricsF(font)
        gap = metrics.horizontalAdvance("  ")
        widths = [metrics.horizontalAdvance(f"{mark} {words}") for _, mark, words in pieces]
        return font, gap, widths, sum(widths) + gap * (len(widths) - 1)

    def legend_layout(self, geo):
        """(font, [(colour, mark, words, rect)]) of the line under the target: the largest
        size (down to the legible floor) at which it fits the width, centred."""
        pieces = self.legend()
        for shrink in shrinks(self.style_, LEGEND_SIZE):
            font, gap, widths, total = self._legend_sizes(pieces, shrink)
            if total <= geo.legend.width():
                break
        x = geo.legend.center().x() - total / 2
        placed = []
        for (colour, mark, words), width in zip(pieces, widths):
            placed.append((colour, mark, words, QRectF(x, geo.legend.top(), width,
                                                       geo.legend.height())))
            x += width + gap
        return font, placed

    def _paint_legend(self, painter, geo):
        style = self.style_
        font, placed = self.legend_layout(geo)
        painter.setFont(font)
        for colour, mark, words, rect in placed:
            painter.setPen(style.color(colour))
            painter.drawText(rect, Qt.AlignVCenter | Qt.AlignLeft, mark)
            painter.setPen(style.color("text"))
            painter.drawText(rect, Qt.AlignVCenter | Qt.AlignRight, words)

    def painted_texts(self):
        """[(text, font, rect)] of every text the target shows: ring numbers (those the
        ring label leaves), headline, the last shot's ring, the legend. What the layout
        audit checks."""
        geo, style = self.geometry_(), self.style_
        texts = list(self.headline_layout(geo))
        font, placed = self.legend_layout(geo)
        texts += [(f"{mark} {words}", font, rect) for _, mark, words, rect in placed]
        font, rings, _ = geo.ring_numbers()
        label = self.ring_label()
        if label is None:
            return [(str(ring), font, rect) for ring, rect in rings] + texts
        # the label's box is opaque: a ring number under it is hidden, not overlapped
        texts.append((label[0], style.font(LABEL_SIZE, bold=True), label[1]))
        return [(str(ring), font, rect) for ring, rect in rings
                if not rect.intersects(label[1])] + texts


class HandPanels(QWidget):
    """The target, the round's controls and the scoreboard, placed for the width: beside
    the target the controls over the scores, when that column keeps SIDE_MIN_PX; else the
    controls beside the target and the scores under both at the whole width (a 1024 desk
    in English: the scores stay above the fold); else one above the other. Its least width
    is the narrowest placing's, so it never widens the window."""

    BESIDE, SCORES_BELOW, STACKED = "beside", "scores below", "stacked"
    WIDEST_LAST = (STACKED, SCORES_BELOW, BESIDE)  # each needs more width than the one before
    # (row, column, rows, columns) of the target, the controls and the scores
    PLACES = {BESIDE: ((0, 0, 2, 1), (0, 1, 1, 1), (1, 1, 1, 1)),
              SCORES_BELOW: ((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2)),
              STACKED: ((0, 0, 1, 1), (1, 0, 1, 1), (2, 0, 1, 1))}
    COLUMN_STRETCH = {BESIDE: (1, 1), SCORES_BELOW: (1, 0), STACKED: (1, 0)}
    # the target grows into the height; beside it, the scores follow the controls closely
    ROW_STRETCH = {BESIDE: (0, 1, 0), SCORES_BELOW: (1, 0, 0), STACKED: (1, 0, 0)}

    def __init__(self, target, controls, scores):
        super().__init__()
        self.parts = (target, controls, scores)
        self.side_min = SIDE_MIN_PX
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QLayout.SetNoConstraint)
        self.arrangement = None
        self.arrange(self.BESIDE)

    def _least_widths(self):
        grid = self.grid
        return [grid.itemAt(grid.indexOf(part)).minimumSize().width() for part in self.parts]

    def _controls_width(self):
        """The controls' least width with every button whole (a push button's own least
        width may cut its words)."""
        controls = self.parts[1]
        buttons = [button.sizeHint().width() for button in controls.findChildren(QPushButton)
                   if button.isVisibleTo(controls)]
        return max([self._least_widths()[1], *buttons])

    def arrangement_for(self, width):
        target, _, scores = self._least_widths()
        controls = self._controls_width()
        room = width - target - self.grid.horizontalSpacing()  # beside the target
        if room >= max(self.side_min, controls, scores):
            return self.BESIDE
        return self.SCORES_BELOW if room >= controls else self.STACKED

    def arrange(self, arrangement):
        self.arrangement = arrangement
        for part in self.parts:
            self.grid.removeWidget(part)
        for part, place in zip(self.parts, self.PLACES[arrangement]):
            # words at the top of their cell; the target (not aligned) grows into its cell
            self.grid.addWidget(part, *place, Qt.Alignment() if part is self.parts[0]
                                else Qt.AlignTop)
        for column, stretch in enumerate(self.COLUMN_STRETCH[arrangement]):
            self.grid.setColumnStretch(column, stretch)
        for row, stretch in enumerate(self.ROW_STRETCH[arrangement]):
            self.grid.setRowStretch(row, stretch)

    def fit(self):
        """Place the parts for the width they have now (or for changed words, buttons and
        scale). A placing that needs more width is taken only with SETTLE_PX to spare: a
        scroll bar that comes and goes with the height would otherwise flip it back."""
        width, order = self.width(), self.WIDEST_LAST.index
        arrangement = self.arrangement_for(width)
        if order(arrangement) > order(self.arrangement):
            arrangement = max(self.arrangement, self.arrangement_for(width - SETTLE_PX),
                              key=order)
        side_min = self.side_min if arrangement == self.BESIDE else 0  # follows the scale
        if arrangement != self.arrangement or self.grid.columnMinimumWidth(1) != side_min:
            if arrangement != self.arrangement:
                self.arrange(arrangement)
            self.grid.setColumnMinimumWidth(1, side_min)
            self.grid.activate()  # the parts move now, not after the next event round
            self.updateGeometry()
        # With the scores below, the controls keep only their widest button's width: the
        # target's headline has the rest (the buttons stack, the aim's words wrap).
        narrow = self.arrangement == self.SCORES_BELOW
        self.parts[1].setMaximumWidth(self._controls_width() if narrow else QWIDGETSIZE_MAX)

    @guarded(fallback=QSize())
    def minimumSizeHint(self):
        height = self.grid.minimumSize().height()
        return QSize(max(self._least_widths()), height)

    @guarded()
    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()


class YourTurnView(KeyedMixin, QWidget):
    """The student against gradient descent: the target on one side, the round's state,
    its buttons and the scoreboard on the other."""

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self.rounds = {}
        self.number = 1
        self.seed = None
        self._new_rounds()
        self.pressing_keys = PressingKeys(self)
        self.title, self.explanation = wrapped_label(), wrapped_label()
        self.target = HandTarget(self)
        self.round_label, self.aim_label = wrapped_label(), wrapped_label()
        self.fire_button = self._button(self.fire)
        self.hand_over_button = self._button(self.hand_over)
        self.round_button = self._button(self.other_round)
        self.again_button = self._button(self.restart)
        self.key_for(self.hand_over_button, "N",
                     lambda: translate("YourTurn", "Hand over to gradient descent"))
        for n in ROUNDS:
            self.add_key(str(n), lambda n=n: self.choose_round(n),
                         lambda n=n: translate("YourTurn", "Round {number}").format(number=n))
        self.key_for(self.again_button, "Ctrl+R",
                     lambda: translate("YourTurn", "Start the round again"))
        self.board = self._scoreboard()
        self.verdict = wrapped_label()
        self._build()
        session.restarted.connect(self._maybe_new_rifle)
        self.set_style(style)

    # --- building ----------------------------------------------------------------------------
    def _button(self, slot):
        button = key_button(self.pressing_keys)
        button.clicked.connect(guarded()(lambda _checked=False: self._clicked(slot)))
        return button

    def _clicked(self, slot):
        slot()
        self.target.setFocus()  # the arrows go on aiming after a click

    def _scoreboard(self):
        """Rows of wrapped labels: what is counted, the hand's figure, gradient descent's."""
        grid = QGridLayout()
        cells = {}
        for r, row in enumerate(("head", "to_good", "last", "long")):
            for c in range(3):
                label = wrapped_label()
                if c:
                    label.setAlignment(Qt.AlignCenter)
                grid.addWidget(label, r, c)
                cells[row, c] = label
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.board_grid = grid
        return cells

    def _build(self):
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.round_label)
        column.addWidget(self.aim_label)
        buttons = QWidget()
        flow = FlowLayout(buttons)
        flow.setSpacing(4)
        for button in (self.fire_button, self.hand_over_button, self.round_button,
                       self.again_button):
            flow.addWidget(button)
        column.addWidget(buttons)
        scores = QWidget()
        column = QVBoxLayout(scores)
        column.setContentsMargins(0, 0, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        column.addWidget(line)
        column.addLayout(self.board_grid)
        self.scores = scores
        self.panels = HandPanels(self.target, controls, scores)
        content = QWidget()
        box = QVBoxLayout(content)
        box.addWidget(self.title)
        box.addWidget(self.panels, 1)  # the room left grows the target
        box.addWidget(self.verdict)  # the whole width: the hint and the verdict read in few lines
        box.addWidget(self.explanation)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        # In a short place the how-to line folds away first (F1 lists the keys), then the
        # title (the window names the lesson), then the round's name (its button and the
        # target's headline tell the round): the target, the hint and the scores stay.
        self.fit = FoldToFit(self.scroll, [self.explanation, self.title, self.round_label],
                             self)

    # --- the rounds --------------------------------------------------------------------------
    @property
    def game(self):
        return self.rounds[self.number]

    def _new_rounds(self):
        self.seed = self.session.config.seed
        self.rounds = {n: HandRound(n, self.seed) for n in ROUNDS}

    @guarded()
    def _maybe_new_rifle(self):
        if self.session.config.seed != self.seed:
            self._new_rounds()
            self.refresh()

    def move_aim(self, right, up, big=False):
        if not self.game.hand_done:
            self.game.hand.move(right, up, BIG_STEP_MRAD if big else AIM_STEP_MRAD)
            self.refresh()

    def aim_at(self, aim_mrad):
        if not self.game.hand_done:
            self.game.hand.aim_at(aim_mrad)
            self.refresh()

    def fire(self):
        self.game.fire()
        self.refresh()

    def hand_over(self):
        self.game.hand_over()
        self.refresh()

    def other_round(self):
        self.choose_round(2 if self.number == 1 else 1)

    def choose_round(self, number):
        self.number = number
        self.refresh()

    def restart(self):
        self.rounds[self.number] = HandRound(self.number, self.seed)
        self.refresh()

    # --- showing -----------------------------------------------------------------------------
    def refresh(self):
        game = self.game
        hand = game.hand
        if game.number == 1:
            self.round_label.setText(units_together(translate(
                "YourTurn", "Round 1: the sight-in range, 100 m, no wind")))
        else:
            self.round_label.setText(translate(
                "YourTurn", "Round 2: distance and crosswind change every shot; the network "
                "has a hidden layer"))
        self.aim_label.setText(aim_text(hand.aim_mrad))  # the coming shot: over the target
        done = game.hand_done
        self.fire_button.setEnabled(not done)
        self.hand_over_button.setEnabled(not game.handed_over)
        self.hand_over_button.key_action.setEnabled(not game.handed_over)
        # Once the network has fired, aiming is over: the scoreboard and its words move up.
        for widget in (self.aim_label, self.fire_button, self.hand_over_button):
            widget.setVisible(not game.handed_over)
        other = 2 if self.number == 1 else 1
        self.round_button.setText(translate("YourTurn", "Round {number}").format(number=other))
        self.round_button.setToolTip(f"{self.round_button.text()} ({other})")
        self._fill_board()
        self.target.updateGeometry()  # its legend's words, and so its least width, may change
        self.target.update()
        self.panels.fit()  # so may the buttons shown, and their widths
        self.fit.refit()  # the words changed: what folds may too

    def _fill_board(self):
        cells = self.board
        board = self.game.scoreboard()
        cells["head", 0].setText("")
        cells["head", 1].setText(translate("YourTurn", "you"))
        cells["head", 2].setText(translate("YourTurn", "gradient descent"))
        cells["to_good", 0].setText(translate("YourTurn", "shots to ring 9"))
        cells["last", 0].setText(translate("YourTurn", "mean ring, last five"))
        long_steps = self.game.round.long_steps
        for c in range(3):
            cells["long", c].setVisible(bool(long_steps))
        cells["long", 0].setText(translate(
            "YourTurn", "mean ring, last five, after {steps} shots").format(steps=long_steps))
        cells["long", 1].setText("—")
        hand_score = Score.of(self.game.hand.shots.rings)  # the hand's figures as it fires
        for c, score in ((1, hand_score), (2, board.network if board else None)):
            cells["to_good", c].setText(self._reached(score))
            cells["last", c].setText(self._mean(score))
        cells["long", 2].setText(self._mean(board.long_run if board else None))
        self.verdict.setText(self._verdict(board))

    @staticmethod
    def _reached(score):
        if score is None or score.shots == 0:
            return "…"
        if score.to_good_ring is None:
            return translate("YourTurn", "not reached")
        return translate("YourTurn", "shot {shot}").format(shot=score.to_good_ring)

    @staticmethod
    def _mean(score):
        return "…" if score is None or score.last_mean is None else f"{score.last_mean:.1f}"

    def _verdict(self, board):
        if board is None:
            return translate(
                "YourTurn", "Watch the red line after each shot: it shows how far and which "
                "way the hole missed. Move the aim against it.")
        if self.game.round.long_steps:  # round 1's lesson is known: what round 2 adds
            return translate(
                "YourTurn", "Every shot here has its own distance and wind, so no one aim fits "
                "them all. The network learns how the aim depends on them, and the chain rule "
                "gives each weight its share of every miss: it keeps getting better long after "
                "a hand stops keeping up.")
        return translate(
            "YourTurn", "You looked at the red line and moved the aim against it, guessing how "
            "far by eye. Gradient descent does the same with numbers: the chain rule carries "
            "the red line back through the bullet's flight to the aim, and the step is as big "
            "as the miss says.")

    # --- look and language -------------------------------------------------------------------
    def set_style(self, style):
        self.style_ = style
        self.title.setFont(style.font(1.4, bold=True))
        self.explanation.setFont(style.font(0.95))
        self.round_label.setFont(style.font(1.1, bold=True))
        for label in (self.aim_label, self.verdict):
            label.setFont(style.font(1.05))
        for (row, c), label in self.board.items():
            label.setFont(style.font(1.1, bold=row == "head" or (c > 0 and row != "head")))
        for button in self.findChildren(type(self.fire_button)):
            button.setFont(style.font(1.05))
        self.panels.side_min = int(style.px(SIDE_MIN_PX))
        self.target.updateGeometry()
        self.retranslate()

    def retranslate(self):
        self.title.setText(translate(
            "YourTurn", "Your turn: aim by hand, then let the network do it"))
        self.explanation.setText(translate(
            "YourTurn", "Arrow keys move the aim (Shift: four times as far), Space or Enter "
            "fires, N hands over to gradient descent, 1 and 2 choose the round, R starts it "
            "again. The aim mark can be dragged with the mouse too."))
        # "by hand": the control panel's Fire beside it fires the network's shot
        self.fire_button.setText(translate("YourTurn", "Fire by hand"))
        self.hand_over_button.setText(translate("YourTurn", "Hand over"))
        self.again_button.setText(translate("YourTurn", "Again"))
        self.retranslate_keys()
        self.fire_button.setToolTip(translate("YourTurn", "Fire by hand (Space)"))
        self.title.setToolTip(self.explanation.text())
        self.refresh()

    @guarded()
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @guarded()
    def showEvent(self, event):
        super().showEvent(event)
        self.target.setFocus()  # keyboard-only: the arrows aim as soon as the view shows
