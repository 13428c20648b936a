"""F1: every keyboard shortcut on a translucent sheet over the window."""

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from shooter.app.style import DEFAULT_STYLE


class CheatSheet(QWidget):
    def __init__(self, parent, style=DEFAULT_STYLE):
        super().__init__(parent)
        self.rows = []
        self.style_ = style
        self.hide()
        parent.installEventFilter(self)

    def set_actions(self, rows):
        self.rows = sorted(rows, key=lambda row: row[0].lower())
        self.update()

    def set_style(self, style):
        self.style_ = style
        self.update()

    def toggle(self):
        if self.isVisible():
            self.hide()
            return
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.setFocus()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Resize:
            self.setGeometry(watched.rect())
        return False

    def mousePressEvent(self, event):
        self.hide()

    def keyPressEvent(self, event):
        self.hide()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 200))
        title_font = self.style_.font(1.8, bold=True)
        row_font = self.style_.font(1.25)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(title_font)
        line = painter.fontMetrics().height()
        painter.drawText(QRectF(0, line, self.width(), line * 1.5), Qt.AlignHCenter,
                         self.tr("Keyboard shortcuts (any key closes)"))
        painter.setFont(row_font)
        step = painter.fontMetrics().height() * 1.35
        columns = 2 if len(self.rows) * step > self.height() * 0.75 else 1
        per_column = -(-len(self.rows) // columns)
        width = self.width() / columns
        top = line * 3.2
        for i, (text, keys) in enumerate(self.rows):
            column, row = divmod(i, per_column)
            y = top + row * step
            left = column * width
            painter.setPen(QColor(self.style_.palette.highlight))
            painter.drawText(QRectF(left, y, width * 0.38, step),
                             Qt.AlignRight | Qt.AlignVCenter, keys)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRectF(left + width * 0.42, y, width * 0.56, step),
                             Qt.AlignLeft | Qt.AlignVCenter, text)
