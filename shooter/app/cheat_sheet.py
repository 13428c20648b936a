"""F1: every keyboard shortcut on a translucent sheet over the window."""

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from shooter.app.crash import guarded
from shooter.app.style import DEFAULT_STYLE

ROW_FONTS = (1.25, 1.15, 1.05, 0.95)  # row sizes tried, biggest first, before more columns
WRAP = Qt.TextWordWrap
ROW_SPACING = 1.15  # of the font's line spacing (CJK fonts already have tall lines)


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

    @guarded(fallback=False)
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Resize:
            self.setGeometry(watched.rect())
        return False

    @guarded()
    def mousePressEvent(self, event):
        self.hide()

    @guarded()
    def keyPressEvent(self, event):
        self.hide()

    def layout(self):
        """(title rect, row font, [(keys rect, text rect, keys, text)]) as painted.

        The biggest row font and the fewest columns with which every entry fits the sheet;
        a long description wraps onto a second line rather than running off the edge.
        """
        title_line = QFontMetricsF(self.style_.font(1.8, bold=True)).height()
        title = QRectF(0, title_line * 0.4, self.width(), title_line * 1.2)
        top = title_line * 1.9
        for relative in ROW_FONTS:
            font = self.style_.font(relative)
            for columns in (1, 2, 3):
                placed = self._place(font, columns, top)
                if placed is not None:
                    return title, font, placed
        return title, font, self._place(font, 3, top, squeeze=True)

    def _place(self, font, columns, top, squeeze=False):
        """The rows in `columns` columns, or None when they would not fit (unless squeeze).

        Each column gives its keys the width of its widest keys and the rest, after a
        gap, to the descriptions."""
        metrics = QFontMetricsF(font)
        gap = metrics.horizontalAdvance("MM")
        step = metrics.lineSpacing() * ROW_SPACING
        width = (self.width() - gap) / columns
        per_column = max(1, -(-len(self.rows) // columns))
        bottom = self.height() - metrics.height() * 0.5
        placed = []
        for column in range(columns):
            rows = self.rows[column * per_column:(column + 1) * per_column]
            left = gap / 2 + column * width
            keys_w = max((metrics.horizontalAdvance(keys) for _, keys in rows), default=0) + 1
            text_w = width - keys_w - 1.5 * gap
            if text_w < keys_w and not squeeze:
                return None
            y = top
            for text, keys in rows:
                wrapped = metrics.boundingRect(QRectF(0, 0, max(text_w, 1), 1e6), WRAP, text)
                height = max(step, wrapped.height() + step - metrics.lineSpacing())
                if (wrapped.width() > text_w or y + height > bottom) and not squeeze:
                    return None
                placed.append((QRectF(left, y, keys_w, height),
                               QRectF(left + keys_w + gap / 2, y, max(text_w, 1), height),
                               keys, text))
                y += height
        return placed

    @guarded()
    def paintEvent(self, event):
        palette = self.style_.palette
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(palette.sheet))
        title, font, placed = self.layout()
        painter.setPen(QColor(palette.sheet_text))
        painter.setFont(self.style_.font(1.8, bold=True))
        painter.drawText(title, Qt.AlignHCenter, self.tr("Keyboard shortcuts (any key closes)"))
        painter.setFont(font)
        for keys_rect, text_rect, keys, text in placed:
            painter.setPen(QColor(palette.sheet_keys))
            painter.drawText(keys_rect, Qt.AlignRight | Qt.AlignVCenter, keys)
            painter.setPen(QColor(palette.sheet_text))
            painter.drawText(text_rect, Qt.AlignLeft | Qt.AlignVCenter | WRAP, text)
