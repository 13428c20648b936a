"""pyqtgraph's drawing surface, as every plot of the app uses it.

pyqtgraph writes its view's paintEvent in Python (it prepares the scene, then lets Qt
paint). An error there would escape into Qt, which on PySide6 6.11 ends the process, so the
app's plots paint through this subclass, whose paintEvent is guarded like every other.
"""

import pyqtgraph as pg

from shooter.app.crash import guarded


class Canvas(pg.GraphicsLayoutWidget):
    @guarded()
    def paintEvent(self, event):
        super().paintEvent(event)
