"""Axes whose labels stay readable: spaced from the size of the labels themselves, powers of
ten written with the digits' own font, iterations as whole numbers.

Every method pyqtgraph calls while painting is guarded: an error in a label becomes a report
and an axis without labels, never an exception escaping into Qt's paint.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF

from shooter.app.crash import guarded

LABEL_GAP_LINES = 1.25  # value labels: at least this many lines of text from centre to centre
LABEL_GAP_EMS = 0.75  # iteration labels: at least this much room between two, in widths of "0"
EXPONENT_SIZE = 0.7  # an exponent's size relative to the digits it raises
EXPONENT_RISE = 0.45  # how far an exponent's baseline sits above the digits', in ascents
# Decades written out as plain numbers (0.001 ... 10000); beyond them, powers of ten.
PLAIN_DECADES = (-3, 4)
# Log-axis ticks beyond 10**±300 get no label: 10**tick overflows past 1e308 when a diverging
# loss stretches the axis.
LOG_TICK_LIMIT = 300.0
# pyqtgraph lists minor log ticks decade by decade. A view range read in the wrong units (a
# linear 0..1e12 taken as decades) would list a trillion of them, so ticks are listed within
# the decades a float can hold, and only the major ones over a span too wide for minor ones.
FLOAT_DECADES = 330.0
MINOR_TICK_DECADES = 40.0
LABELLED = (1.0, 2.0, 5.0)  # times a power of ten: the values a log axis may label
TWO_TO_FIVE = math.log10(2.5)  # decades between the 2 and the 5 of a decade
LOG_LABEL_PAD = 0.25  # of a log range widened to reach labelled values, at each end: room
# for half a line of text, so pyqtgraph does not drop the end labels as cut
EXPONENT_MARK = "^"  # between a base and its exponent in a label, drawn raised (see paint)


def next_step_125(step):
    """The next of 1, 2, 5, 10, 20, ... after `step`, itself such a number."""
    decade = 10.0 ** math.floor(math.log10(step))
    mantissa = round(step / decade)
    return {1: 2.0, 2: 5.0}.get(mantissa, 10.0) * decade


def widen_until(spacing, fits):
    """The first 1-2-5 spacing from `spacing` on for which fits(spacing) holds."""
    for _ in range(64):  # 64 steps span 10**21: any float range is covered long before
        if fits(spacing):
            break
        spacing = next_step_125(spacing)
    return spacing


def all_plain(low, high):
    """Whether every decade from 10**low to 10**high (exponents, in either order) reads in
    plain digits: an axis writes its labels in one notation, and 10000 beside 10^5 would
    read as two different scales."""
    low, high = sorted((low, high))
    if not (np.isfinite(low) and np.isfinite(high)):
        return False
    return PLAIN_DECADES[0] <= math.floor(low) and math.floor(high) <= PLAIN_DECADES[1]


def power_label(exponent, mantissa=1, plain=True):
    """A log tick's label: plain digits for the decades people read at a glance (when
    `plain`), else base and exponent (mantissa x 10^exponent), the exponent drawn raised
    by the axis."""
    if plain and PLAIN_DECADES[0] <= exponent <= PLAIN_DECADES[1]:
        return f"{mantissa * 10.0 ** exponent:.{max(0, -exponent)}f}"
    power = f"10{EXPONENT_MARK}{exponent}"
    return power if mantissa == 1 else f"{mantissa}×{power}"


class GuardedAxis(pg.AxisItem):
    """An AxisItem that draws labels with a raised exponent itself and never lets an
    exception out of paint."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # No scale in the axis title ("x1e+09"): the value axes carry no title, and the
        # iteration axis writes its numbers out. Off, a range change no longer re-renders
        # the title's HTML (pyqtgraph does so even for a hidden title, on every change).
        self.enableAutoSIPrefix(False)

    def _updateLabel(self):
        """A hidden or empty title is not rendered: pyqtgraph re-renders its HTML on every
        pen, range and style change (over a hundred times while a plot is built, the first
        before it hides the still empty title), though only a shown title is ever drawn.
        `showLabel` renders it when it appears."""
        if self.label.isVisibleTo(self) and (self.labelText or self.labelUnits):
            super()._updateLabel()
            return
        self._adjustSize()
        self.picture = None
        self.update()

    def showLabel(self, show=True):
        super().showLabel(show)
        if show:
            self.label.setHtml(self.labelString())

    @guarded()
    def paint(self, p, opt, widget):
        super().paint(p, opt, widget)

    @guarded(fallback=())
    def tickSpacing(self, minVal, maxVal, size):
        return self.readable_spacing(minVal, maxVal, size)

    def readable_spacing(self, minVal, maxVal, size):
        if size <= 0:  # not laid out (yet): no room for a tick, and pyqtgraph divides by it
            return []
        return super().tickSpacing(minVal, maxVal, size)

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):
        plain = [spec for spec in textSpecs if EXPONENT_MARK not in spec[2]]
        super().drawPicture(p, axisSpec, tickSpecs, plain)
        for rect, flags, text in textSpecs:
            if EXPONENT_MARK in text:
                self._draw_power(p, rect, flags, text)

    def _draw_power(self, p, rect, flags, text):
        """Base and raised exponent in the digits' own font: no fallback font's
        superscript glyphs, which can make 10^8 read as 108."""
        base, exponent = text.split(EXPONENT_MARK, 1)
        font = p.font()
        small = p.font()
        small.setPointSizeF(font.pointSizeF() * EXPONENT_SIZE)
        big, little = QFontMetricsF(font), QFontMetricsF(small)
        width = big.horizontalAdvance(base) + little.horizontalAdvance(exponent)
        if flags & Qt.AlignRight:
            left = rect.right() - width
        elif flags & Qt.AlignLeft:
            left = rect.left()
        else:
            left = rect.center().x() - width / 2.0
        baseline = rect.center().y() + (big.ascent() - big.descent()) / 2.0
        p.drawText(QPointF(left, baseline), base)
        p.setFont(small)
        p.drawText(QPointF(left + big.horizontalAdvance(base),
                           baseline - EXPONENT_RISE * big.ascent()), exponent)
        p.setFont(font)

    def label_metrics(self):
        return QFontMetricsF(self.style.get("tickFont") or self.font())

    def label_rects(self):
        """Where the tick labels are drawn (scene coordinates are not needed: all in the
        axis's own), full text height; for checking that no two touch."""
        from PySide6.QtGui import QImage, QPainter

        image = QImage(1, 1, QImage.Format_ARGB32)
        painter = QPainter(image)
        try:
            if self.style["tickFont"] is not None:
                painter.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(painter)
        finally:
            painter.end()
        if not specs:
            return []
        rects = []
        for rect, _flags, text in specs[2]:
            full = rect.adjusted(0, 0, 0, 0)
            full.setHeight(rect.height() / 0.8)  # pyqtgraph keeps 80 % of the text's height
            full.moveCenter(rect.center())
            rects.append((full, text))
        return rects


class ReadableAxis(GuardedAxis):
    """A value axis whose labelled ticks stay LABEL_GAP_LINES of text apart: a short plot
    at presentation size would otherwise stack 10000, 20000, 30000 on each other."""

    def readable_spacing(self, minVal, maxVal, size):
        levels = super().readable_spacing(minVal, maxVal, size)
        if self.logMode or not levels or size <= 0 or maxVal <= minVal:
            return levels
        px_per_unit = size / (maxVal - minVal)
        gap = LABEL_GAP_LINES * self.label_metrics().height()
        readable = [(spacing, offset) for spacing, offset in levels
                    if spacing * px_per_unit >= gap]
        if readable:
            return readable
        quarter = (maxVal - minVal) / 4.0

        def fits(spacing):
            # Wide enough, or so wide that no tick would stay in the middle half
            # (pyqtgraph hides labels at the edges): the last step before that.
            wider = next_step_125(spacing)
            return (spacing * px_per_unit >= gap
                    or math.floor((maxVal - quarter) / wider) * wider < minVal + quarter)

        return [(widen_until(levels[0][0], fits), levels[0][1])]

    @guarded(fallback=())
    def tickStrings(self, values, scale, spacing):
        return super().tickStrings(values, scale, spacing)


class LogLabelAxis(ReadableAxis):
    """On a log axis, only 1, 2 and 5 times a power of ten get a label: pyqtgraph labels
    every minor tick, and 6·10³ to 9·10³ pile up into one unreadable smear."""

    @guarded(fallback=())
    def logTickValues(self, minVal, maxVal, size, stdTicks):
        low, high = max(minVal, -FLOAT_DECADES), min(maxVal, FLOAT_DECADES)
        if not high - low <= MINOR_TICK_DECADES:
            return [(spacing, ticks) for spacing, ticks in stdTicks if spacing >= 1.0]
        levels = super().logTickValues(low, high, size, stdTicks)
        # pyqtgraph's minor level repeats the powers of ten its major levels hold, and
        # each would be labelled twice, on top of each other.
        seen, unique = set(), []
        for spacing, ticks in levels:
            fresh = [t for t in ticks if round(float(t), 9) not in seen]
            seen.update(round(float(t), 9) for t in ticks)
            unique.append((spacing, fresh))
        return unique

    @guarded(fallback=())
    def logTickStrings(self, values, scale, spacing):
        values = np.asarray(values, dtype=float)
        mantissas = 10.0 ** (values % 1.0)
        lines_per_decade = self._px_per_decade() / (LABEL_GAP_LINES
                                                    * self.label_metrics().height())
        labelled = self._labelled(mantissas, lines_per_decade)
        keep = np.isclose(mantissas[:, None], labelled, rtol=1e-6).any(axis=1)
        keep &= np.abs(values) <= LOG_TICK_LIMIT
        every = max(1, math.ceil(1.0 / lines_per_decade)) if lines_per_decade > 0 else 1
        powers = np.isclose(mantissas, 1.0, rtol=1e-6) | np.isclose(mantissas, 10.0, rtol=1e-6)
        exponents = np.round(values).astype(np.int64)
        phase = self._phase(every)
        keep &= ~powers | ((exponents - phase) % every == 0)
        plain = all_plain(*self.range)
        return [self._log_label(value, plain) if kept else ""
                for value, kept in zip(values, keep)]

    def _phase(self, every):
        """Which powers of ten get a label when only every `every`-th can: those that
        leave the most labels fully inside the axis (pyqtgraph drops a label cut by an end).
        From the axis alone: pyqtgraph asks for the labels of each tick level separately."""
        low, high = sorted(self.range)
        if every == 1 or not high - low <= FLOAT_DECADES:
            return 0
        half_line = 0.5 * self.label_metrics().height() / self._px_per_decade()
        inside = np.arange(math.ceil(low + half_line), math.floor(high - half_line) + 1)
        return max(range(every), key=lambda phase: int(((inside - phase) % every == 0).sum()))

    @staticmethod
    def _log_label(value, plain=True):
        exponent = math.floor(value + 1e-9)
        return power_label(exponent, round(10.0 ** (value - exponent)), plain)

    def _labelled(self, mantissas, lines_per_decade):
        """Which mantissas get a label. Three labels per decade need three gaps of text; a
        short plot gets powers of ten only, and one too short for a label per decade every
        second (third...) power (see logTickStrings)."""
        if self._holds_a_power_of_ten():
            return [*LABELLED, 10.0] if lines_per_decade >= 3.5 else [1.0, 10.0]
        # Less than a decade between two powers of ten: its 2 and 5 name the scale, both
        # when they are a line apart, else the one shown (5 first).
        if lines_per_decade * TWO_TO_FIVE >= 1.0:
            return [2.0, 5.0]
        return [next((m for m in (5.0, 2.0) if np.isclose(mantissas, m).any()), 5.0)]

    def _holds_a_power_of_ten(self):
        low, high = sorted(self.range)
        return not high - low < 1.0 or math.floor(high) >= math.ceil(low)

    def _px_per_decade(self):
        decades = abs(self.range[1] - self.range[0])
        return self.geometry().height() / decades if decades > 0 else math.inf


class IterationAxis(GuardedAxis):
    """Iterations are whole numbers: no tick (or grid line) between two of them, labels
    written out (no "×1000" scale in the title, no 1e+06), and spaced by their own width
    plus room between them, so 1500 and 2000 never touch."""

    @guarded(fallback=())
    def tickStrings(self, values, scale, spacing):
        return [f"{round(value * scale):d}" for value in values]

    def readable_spacing(self, minVal, maxVal, size):
        levels = super().readable_spacing(minVal, maxVal, size)
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1.0]
        start = whole[0] if whole else (1.0, 0.0)
        if size <= 0 or maxVal <= minVal:
            return [start]
        metrics = self.label_metrics()
        widest = metrics.horizontalAdvance(f"{round(max(abs(minVal), abs(maxVal))):d}")
        room = widest + LABEL_GAP_EMS * metrics.horizontalAdvance("0")
        px_per_unit = size / (maxVal - minVal)
        spacing = widen_until(start[0], lambda spacing: spacing * px_per_unit >= room)
        return [(spacing, 0.0)]


def log_span_with_a_label(low, high):
    """A log axis's range (in decades) reaching the 1, 2 or 5 times a power of ten nearest
    either side when none lies within the data: 30,700 to 34,500 would show no number at
    all; None when one does (the automatic range is fine)."""
    marks = [k + math.log10(m) for k in range(math.floor(low) - 1, math.ceil(high) + 2)
             for m in LABELLED]
    if any(low <= mark <= high for mark in marks):
        return None
    below, above = max(m for m in marks if m < low), min(m for m in marks if m > high)
    pad = LOG_LABEL_PAD * (above - below)  # labels at the ends are not cut by them
    return below - pad, above + pad
