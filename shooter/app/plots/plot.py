"""One plot of the plots area: a view box, a value axis, an iteration axis and a title line,
laid out as pyqtgraph's PlotItem lays them. PlotItem also builds, for every plot, an options
panel it keeps hidden (some thirty widgets, two menus and over a hundred connections, 2-3 ms
a plot at start); these plots never show it, so they are made from pyqtgraph's parts and
offer the few PlotItem methods the area uses."""

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsItem, QSizePolicy

PLACES = {"left": (2, 0), "bottom": (3, 1)}  # PlotItem's grid: title row 0, view (2, 1)
TITLE_PX = 30  # a shown title's line before the area fits it to its font (as PlotItem)


class Plot(pg.GraphicsWidget):
    def __init__(self, left, bottom):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.layout = QGraphicsGridLayout()
        self.layout.setContentsMargins(1, 1, 1, 1)
        self.layout.setHorizontalSpacing(0)
        self.layout.setVerticalSpacing(0)
        self.setLayout(self.layout)
        self.vb = pg.ViewBox(parent=self, enableMenu=False)
        self.layout.addItem(self.vb, 2, 1)
        self.axes = {"left": left, "bottom": bottom}
        for name, axis in self.axes.items():
            axis.linkToView(self.vb)
            self.layout.addItem(axis, *PLACES[name])
            axis.setZValue(0.5)  # over the data at z=0, under markers drawn at z>=1
            axis.setFlag(QGraphicsItem.GraphicsItemFlag.ItemNegativeZStacksBehindParent)
        self.titleLabel = pg.LabelItem("", size="11pt", parent=self)
        self.layout.addItem(self.titleLabel, 0, 1)
        for row in range(4):
            self.layout.setRowPreferredHeight(row, 0)
            self.layout.setRowMinimumHeight(row, 0)
            self.layout.setRowSpacing(row, 0)
            self.layout.setRowStretchFactor(row, 1)
        for column in range(3):
            self.layout.setColumnPreferredWidth(column, 0)
            self.layout.setColumnMinimumWidth(column, 0)
            self.layout.setColumnSpacing(column, 0)
            self.layout.setColumnStretchFactor(column, 1)
        self.layout.setRowStretchFactor(2, 100)
        self.layout.setColumnStretchFactor(1, 100)
        self.setTitle(None)
        self.items = []
        self.log_y = False

    # --- PlotItem's interface, as far as the area uses it ----------------------------------
    def getAxis(self, name):
        return self.axes[name]

    def getViewBox(self):
        return self.vb

    def setXLink(self, plot):
        self.vb.setXLink(plot.getViewBox())

    def setXRange(self, *args, **kwargs):
        self.vb.setXRange(*args, **kwargs)

    def setYRange(self, *args, **kwargs):
        self.vb.setYRange(*args, **kwargs)

    def enableAutoRange(self, *args, **kwargs):
        self.vb.enableAutoRange(*args, **kwargs)

    def viewRange(self):
        return self.vb.viewRange()

    def showGrid(self, alpha):
        """Grid lines on both axes, `alpha` (0-1) opaque."""
        for axis in self.axes.values():
            axis.setGrid(int(min(max(alpha, 0.0), 1.0) * 255))

    def setTitle(self, title=None, **args):
        """The title line: hidden for None, else `title` in LabelItem's styles `args`."""
        shown = title is not None
        self.titleLabel.setVisible(shown)
        self.titleLabel.setMaximumHeight(TITLE_PX if shown else 0)
        self.layout.setRowFixedHeight(0, TITLE_PX if shown else 0)
        if shown:
            self.titleLabel.setText(title, **args)

    def setLabel(self, name, *args, **kwargs):
        axis = self.getAxis(name)
        axis.setLabel(*args, **kwargs)
        axis.show()

    def plot(self, **kwargs):
        """A new PlotDataItem (made with `kwargs`) in this plot."""
        item = pg.PlotDataItem(**kwargs)
        self.addItem(item)
        return item

    def addItem(self, item, ignoreBounds=False):
        self.items.append(item)
        self.vb.addItem(item, ignoreBounds=ignoreBounds)
        if hasattr(item, "setLogMode"):
            item.setLogMode(False, self.log_y)

    def listDataItems(self):
        return [item for item in self.items if isinstance(item, pg.PlotDataItem)]

    def setLogMode(self, y):
        """Values on a log scale (the data items show log10 of theirs, the axis labels the
        powers); the view ranges itself anew, on both axes, as PlotItem's does."""
        self.log_y = bool(y)
        for item in self.items:
            if hasattr(item, "setLogMode"):
                item.setLogMode(False, self.log_y)
        for axis in self.axes.values():
            axis.setLogMode(False, self.log_y)
        self.vb.enableAutoRange()
