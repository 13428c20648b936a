"""F1: every keyboard shortcut on a dark sheet over the window, and on its second page
(Tab) the glossary: each word of the rifle range beside the term of the field it stands for."""

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from shooter.app.crash import guarded
from shooter.app.style import DEFAULT_STYLE
from shooter.core.messages import QT_TRANSLATE_NOOP

ROW_FONTS = (1.6, 1.45, 1.25, 1.15, 1.05, 0.95, 0.85, 0.75)  # row sizes tried, biggest first
WRAP = Qt.TextWordWrap
ROW_SPACING = 1.15  # of the font's line spacing (CJK fonts already have tall lines)
PAGES = ("keys", "glossary")

GLOSSARY = (  # (the range's word, the field's term), in the order a lesson meets them
    (QT_TRANSLATE_NOOP("Glossary", "A shot, firing"),
     QT_TRANSLATE_NOOP("Glossary", "the forward pass: inputs through the network to an output")),
    (QT_TRANSLATE_NOOP("Glossary", "Wind, distance, air density"),
     QT_TRANSLATE_NOOP("Glossary", "the inputs (features) of one example")),
    (QT_TRANSLATE_NOOP("Glossary", "The aim (elevation and windage)"),
     QT_TRANSLATE_NOOP("Glossary", "the network's output")),
    (QT_TRANSLATE_NOOP("Glossary", "The hole's offset, the red line"),
     QT_TRANSLATE_NOOP("Glossary", "the error: the loss vector from target to prediction")),
    (QT_TRANSLATE_NOOP("Glossary", "How far the miss is, squared"),
     QT_TRANSLATE_NOOP("Glossary", "the loss")),
    (QT_TRANSLATE_NOOP("Glossary", "The ring score"),
     QT_TRANSLATE_NOOP("Glossary", "a score like accuracy: easy to read, not what is optimised")),
    (QT_TRANSLATE_NOOP("Glossary", "A burst of rounds"),
     QT_TRANSLATE_NOOP("Glossary", "a batch: one correction from the average of its errors")),
    (QT_TRANSLATE_NOOP("Glossary", "Pulling the target back"),
     QT_TRANSLATE_NOOP("Glossary", "backpropagation: the chain rule from the loss to every "
                       "weight")),
    (QT_TRANSLATE_NOOP("Glossary", "The green arrow"),
     QT_TRANSLATE_NOOP("Glossary", "the gradient, turned into the aim correction")),
    (QT_TRANSLATE_NOOP("Glossary", "Adjusting the aim"),
     QT_TRANSLATE_NOOP("Glossary", "one gradient-descent step on the weights")),
    (QT_TRANSLATE_NOOP("Glossary", "The step size"),
     QT_TRANSLATE_NOOP("Glossary", "the learning rate")),
    (QT_TRANSLATE_NOOP("Glossary", "Shots flying off the range"),
     QT_TRANSLATE_NOOP("Glossary", "divergence: the learning rate is too large")),
    (QT_TRANSLATE_NOOP("Glossary", "The rifle's settings, the sight"),
     QT_TRANSLATE_NOOP("Glossary", "the weights and biases (the parameters)")),
    (QT_TRANSLATE_NOOP("Glossary", "Xiao Ming's experience"),
     QT_TRANSLATE_NOOP("Glossary", "pretrained weights: a better initialisation than random")),
    (QT_TRANSLATE_NOOP("Glossary", "A hidden layer"),
     QT_TRANSLATE_NOOP("Glossary", "learns how the conditions combine, beyond straight-line "
                       "rules")),
    (QT_TRANSLATE_NOOP("Glossary", "Trying every aim"),
     QT_TRANSLATE_NOOP("Glossary", "exhaustive search: its cost explodes with each parameter")),
    (QT_TRANSLATE_NOOP("Glossary", "Walking to the target once per weight"),
     QT_TRANSLATE_NOOP("Glossary", "forward-mode differentiation: one pass per parameter")),
    (QT_TRANSLATE_NOOP("Glossary", "The landscape of misses over the weights"),
     QT_TRANSLATE_NOOP("Glossary", "the loss landscape (loss surface)")),
    (QT_TRANSLATE_NOOP("Glossary", "Each weight's share of the miss"),
     QT_TRANSLATE_NOOP("Glossary", "the partial derivative dL/dw")),
    (QT_TRANSLATE_NOOP("Glossary", "Shots at new conditions, not trained on"),
     QT_TRANSLATE_NOOP("Glossary", "held-out data: how well the network generalises")),
)


def glossary_rows():
    """(the range's word, the field's term) in the current language."""
    def tr(text):
        return QCoreApplication.translate("Glossary", text)

    return [(tr(word), tr(term)) for word, term in GLOSSARY]


class CheatSheet(QWidget):
    def __init__(self, parent, style=DEFAULT_STYLE):
        super().__init__(parent)
        self.shortcuts = []
        self.page = "keys"
        self.style_ = style
        self.hide()
        parent.installEventFilter(self)

    def set_actions(self, rows):
        """(text, keys) rows, in the order given (the window's: grouped by menu)."""
        self.shortcuts = list(rows)
        self.update()

    @property
    def rows(self):
        """(text, keys) on the keys page; (term, word) on the glossary: the left column of
        the sheet holds the keys or the range's word, the right their meaning."""
        if self.page == "glossary":
            return [(term, word) for word, term in glossary_rows()]
        return self.shortcuts

    def show_page(self, page):
        self.page = page
        if not self.isVisible():
            self.toggle()
        self.update()

    def set_style(self, style):
        self.style_ = style
        self.update()

    def toggle(self):
        if self.isVisible():
            self.hide()
            self.page = "keys"
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
        """Tab turns the page (keys / glossary); any other key closes."""
        if event.key() in (Qt.Key_Tab, Qt.Key_Backtab):
            self.page = PAGES[(PAGES.index(self.page) + 1) % len(PAGES)]
            self.update()
            return
        self.hide()
        self.page = "keys"

    @guarded(fallback=False)
    def focusNextPrevChild(self, _next):
        return False  # Tab turns the page instead of leaving the sheet

    def placement(self):
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
        placed, right = [], 0.0
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
                right = max(right, left + keys_w + gap / 2 + wrapped.width())
                y += height
        return self._centred(placed, gap / 2, right)

    def _centred(self, placed, margin, right):
        """The entries moved right so that what they fill, from the margin to `right`, sits
        in the middle of the sheet (a short list in one column would hug its left edge);
        each description keeps the margin on its right."""
        shift = max(0.0, (self.width() - margin - right) / 2)
        limit = self.width() - margin
        return [(keys.translated(shift, 0),
                 QRectF(text.left() + shift, text.top(),
                        max(1.0, min(text.width(), limit - text.left() - shift)), text.height()),
                 key_text, words) for keys, text, key_text, words in placed]

    def title(self):
        if self.page == "glossary":
            return self.tr("Glossary: the range and the field (Tab: keys, any key closes)")
        return self.tr("Keyboard shortcuts (Tab: glossary, any key closes)")

    @guarded()
    def paintEvent(self, event):
        palette = self.style_.palette
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(palette.sheet))
        title, font, placed = self.placement()
        painter.setPen(QColor(palette.sheet_text))
        painter.setFont(self.style_.font(1.8, bold=True))
        painter.drawText(title, Qt.AlignHCenter, self.title())
        painter.setFont(font)
        for keys_rect, text_rect, keys, text in placed:
            painter.setPen(QColor(palette.sheet_keys))
            painter.drawText(keys_rect, Qt.AlignRight | Qt.AlignVCenter, keys)
            painter.setPen(QColor(palette.sheet_text))
            painter.drawText(text_rect, Qt.AlignLeft | Qt.AlignVCenter | WRAP, text)
