"""The target's static layer: background, rings and every past hole in one cached pixmap.

New past holes are added to it as they come; it is drawn afresh only when the size or style
changed (drop()) or when many holes arrived since the last full drawing, which also renews
their fading. Painting a frame then costs one pixmap copy whatever the number of holes.
"""

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPixmap

from shooter.app.target import painting
from shooter.app.target.holes import MAX_HOLES, fade_levels

REBAKE_MIN = 256  # re-render all past holes (refreshing the fading) after this many new ones


class StaticLayer:
    def __init__(self):
        self.pixmap = None
        self.renders = 0  # full drawings so far
        self._baked = 0  # past holes (a running total) already in the pixmap
        self._full_bake = 0  # the running total at the last full drawing

    def drop(self):
        """Draw it afresh next time (a new size, style, or a new set of holes)."""
        self.pixmap = None

    def holes_in_it(self):
        return min(self._baked, MAX_HOLES) if self.pixmap is not None else 0

    def current(self, width, height, ratio, geo, holes):
        """The pixmap for a widget of width x height at device pixel ratio, up to date."""
        size = QSize(max(1, round(width * ratio)), max(1, round(height * ratio)))
        total = holes.past_total
        since_full = total - self._full_bake
        if (self.pixmap is None or self.pixmap.size() != size
                or since_full > max(REBAKE_MIN, holes.past_count() // 4)):
            self._render(size, ratio, geo, holes)
        elif total > self._baked:
            self._add(geo, holes.newest_past(total - self._baked))
            self._baked = total
        return self.pixmap

    def _render(self, size, ratio, geo, holes):
        pixmap = QPixmap(size)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(geo.style.color("background"))
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.Antialiasing)
            painting.paint_target(painter, geo)
            painter.setClipRect(geo.square)
            past = holes.past()
            painting.paint_past_holes(painter, geo, past, fade_levels(np.arange(len(past))[::-1]))
        finally:
            painter.end()
        self.pixmap = pixmap
        self.renders += 1
        self._baked = self._full_bake = holes.past_total

    def _add(self, geo, fresh):
        painter = QPainter(self.pixmap)
        try:
            painter.setRenderHint(QPainter.Antialiasing)
            painter.setClipRect(geo.square)
            painting.paint_past_holes(painter, geo, fresh, fade_levels(np.zeros(len(fresh))))
        finally:
            painter.end()
