"""F1: every keyboard shortcut on a translucent sheet over the window."""

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from shooter.app.style import DEFAULT_STYLE

ROW_FONTS = (1.25, 1.15, 1.05, 0.95)  # row sizes tried, biggest first, before more columns
WRAP = Qt.TextWordWrap


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

    def layout(self):
        """(title rect, row font, [(keys rect, text rect, keys, text)]) as painted.

        The biggest row font and the fewest columns with which every entry fits the sheet;
        a long description wraps onto a second line rather than running off the edge.
        """
        title_line = QFontMetricsF(self.style_.font(1.8, bold=True)).height()
        title = QRectF(0, title_line, self.width(), title_line * 1.5)
        top = title_line * 3.2
        for relative in ROW_FONTS:
            font = self.style_.font(relative)
            for columns in (1, 2, 3):
                placed = self._place(font, columns, top)
                if placed is not None:
                    return title, font, placed
        return title, font, self._place(font, 3, top, squeeze=True)

    def _place(self, font, columns, top, squeeze=False):
        """The rows in `columns` columns, or None when they would not fit (unless squeeze)."""
        metrics = QFontMetricsF(font)
        step = metrics.height() * 1.35
        width = self.width() / columns
        keys_w, text_w = width * 0.38, width * 0.56
        per_column = max(1, -(-len(self.rows) // columns))
        bottom = self.height() - metrics.height() * 0.5
        placed, y = [], top
        for i, (text, keys) in enumerate(self.rows):
            column, row = divmod(i, per_column)
            if row == 0:
                y = top
            wrapped = metrics.boundingRect(QRectF(0, 0, text_w, 1e6), WRAP, text)
            height = max(step, wrapped.height() + step - metrics.height())
            fits = (metrics.horizontalAdvance(keys) <= keys_w and wrapped.width() <= text_w
                    and y + height <= bottom)
            if not fits and not squeeze:
                return None
            left = column * width
            placed.append((QRectF(left, y, keys_w, height),
                           QRectF(left + width * 0.42, y, text_w, height), keys, text))
            y += height
        return placed

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 200))
        title, font, placed = self.layout()
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.style_.font(1.8, bold=True))
        painter.drawText(title, Qt.AlignHCenter, self.tr("Keyboard shortcuts (any key closes)"))
        painter.setFont(font)
        for keys_rect, text_rect, keys, text in placed:
            painter.setPen(QColor(self.style_.palette.highlight))
            painter.drawText(keys_rect, Qt.AlignRight | Qt.AlignVCenter, keys)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(text_rect, Qt.AlignLeft | Qt.AlignVCenter | WRAP, text)
