"""The target's static layer: background, rings and every past hole in one cached pixmap.

What it shows is a function of the past holes and their running total alone, so the same
holes give the same pixels whether they came one by one during a run or all at once when
the timeline goes back to an earlier step:
- it is drawn afresh whenever the running total enters a new block of REBAKE_STEP holes,
  with the holes before the block's start faded as of that start (their age counted from
  it), and every hole after it at full strength;
- holes arriving within a block are added to the pixmap at full strength, which draws them
  exactly as a fresh drawing would (each hole's rim and fill together, in order);
- it holds only the holes the buffer still keeps until the block ends, so a fresh drawing
  can always find them.
Painting a frame costs one pixmap copy whatever the number of holes. The holes are laid in
as pictures (painting.HoleStamps), so drawing thousands afresh takes a few ms, well within
the frame it happens in.
"""

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPixmap

from shooter.app.target import holes as holes_module
from shooter.app.target import painting
from shooter.app.target.holes import FADE_LEVELS, fade_levels

REBAKE_STEP = 256  # every this many past holes, all are drawn afresh (renewing the fading)


def rebake_step():
    """REBAKE_STEP, or less where the buffer is small: a block must be well within it."""
    return max(1, min(REBAKE_STEP, holes_module.MAX_HOLES // 4))


def block_start(total):
    """The running total at which the cached layer was last drawn afresh."""
    return total - total % rebake_step()


def first_shown(total):
    """Running index of the oldest past hole the layer shows: one the buffer keeps until
    the block ends."""
    return max(0, block_start(total) + rebake_step() - holes_module.MAX_HOLES)


def shown_holes(holes):
    """(past holes the layer shows, oldest first; their fading levels), from the holes alone."""
    total = holes.past_total
    start, first = block_start(total), first_shown(total)
    shown = holes.newest_past(total - first)
    index = first + np.arange(len(shown))
    ages = np.maximum(0, start - 1 - index)
    levels = np.where(index < start, fade_levels(ages), FADE_LEVELS - 1)
    return shown, levels


class StaticLayer:
    def __init__(self):
        self.pixmap = None
        self.renders = 0  # full drawings so far
        self._baked = 0  # past holes (a running total) already in the pixmap
        self._stamps = None  # the holes' pictures, made with the pixmap

    def drop(self):
        """Draw it afresh next time (a new size, style, or a new set of holes)."""
        self.pixmap = None

    def holes_in_it(self):
        if self.pixmap is None:
            return 0
        return self._baked - first_shown(self._baked)

    def current(self, width, height, ratio, geo, holes):
        """The pixmap for a widget of width x height at device pixel ratio, up to date."""
        size = QSize(max(1, round(width * ratio)), max(1, round(height * ratio)))
        total = holes.past_total
        if (self.pixmap is None or self.pixmap.size() != size or total < self._baked
                or block_start(total) != block_start(self._baked)):
            self._render(size, ratio, geo, holes)
        elif total > self._baked:
            fresh = holes.newest_past(total - self._baked)
            self._add(geo, fresh)
            self._baked = total
        return self.pixmap

    def _render(self, size, ratio, geo, holes):
        pixmap = QPixmap(size)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(geo.style.color("background"))
        self._stamps = painting.HoleStamps(geo, ratio)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.Antialiasing)
            painting.paint_target(painter, geo)
            painter.setClipRect(geo.square)
            self._stamps.paint(painter, geo, *shown_holes(holes))
        finally:
            painter.end()
        self.pixmap = pixmap
        self.renders += 1
        self._baked = holes.past_total

    def _add(self, geo, fresh):
        painter = QPainter(self.pixmap)
        try:
            painter.setClipRect(geo.square)
            self._stamps.paint(painter, geo, fresh, np.full(len(fresh), FADE_LEVELS - 1))
        finally:
            painter.end()
