"""Where everything in the network view goes: neuron columns and rows, edge segments, column
titles, node values and the legend. Pure functions of the sizes, fonts and the widget's size;
the view keeps the result until the size, style, shape or language changes.
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

MAX_RADIUS_PX = 26.0
MAX_ROW_SPACING_PX = 90.0
LABEL_GAP_PX = 8.0  # between a name and its neuron
TITLE_GAP_PX = 6.0  # between two column titles
VALUE_PAD_PX = 3.0  # around a node value written beside its neuron


@dataclass
class Geometry:
    xs: np.ndarray  # column centres
    ys: list  # per column, neuron centres
    radii: np.ndarray  # per column
    spacings: list  # per column, distance between neighbouring neurons
    segments: np.ndarray  # (edges, 4): x1, y1, x2, y2, gap by gap, row-major
    lines: np.ndarray  # the same as QLineF objects (dtype object), for drawLines
    min_spacing: float  # smallest distance between neighbouring neurons

    def gap_start(self, gap):
        """Index of the gap's first edge among all edges."""
        return sum(len(a) * len(b) for a, b in zip(self.ys[:gap], self.ys[1:gap + 1]))


@dataclass(frozen=True)
class Margins:
    left: float
    top: float
    right: float
    bottom: float


def margins(style, label_font, small_font, input_labels, output_labels, legend_rows):
    """Room for the names beside the input and output columns, the titles above and the
    legend below."""
    metrics = QFontMetricsF(label_font)
    line = QFontMetricsF(small_font).height()
    pad = style.px(10)
    left = pad + max(metrics.horizontalAdvance(t) for t in input_labels) + style.px(LABEL_GAP_PX)
    right = pad + max(metrics.horizontalAdvance(t) for t in output_labels) + style.px(
        LABEL_GAP_PX)
    return Margins(left, pad + 2.2 * line, right, pad + (0.6 + legend_rows) * line)


def network_geometry(sizes, width, height, room, scale):
    """Columns spread across the room left by the margins, rows centred in each column."""
    inner_w = max(1.0, width - room.left - room.right)
    inner_h = max(1.0, height - room.top - room.bottom)
    columns = len(sizes)
    column_gap = inner_w / max(1, columns - 1)
    radii, ys, spacings = [], [], []
    for n in sizes:
        spacing = min(inner_h / n, MAX_ROW_SPACING_PX * scale)
        spacings.append(spacing)
        radii.append(max(2.0, min(0.4 * spacing, 0.16 * column_gap, MAX_RADIUS_PX * scale)))
        ys.append(room.top + inner_h / 2.0 + (np.arange(n) - (n - 1) / 2.0) * spacing)
    radii = np.array(radii)
    xs = room.left + radii[0] + np.arange(columns) * (inner_w - radii[0] - radii[-1]) / max(
        1, columns - 1)
    segments = edge_segments(xs, ys)
    lines = np.empty(len(segments), dtype=object)
    lines[:] = [QLineF(*row) for row in segments.tolist()]
    return Geometry(xs, ys, radii, spacings, segments, lines, min(spacings))


def edge_segments(xs, ys):
    """(x1, y1, x2, y2) of every edge, gap by gap, each gap's (from, to) pairs row-major."""
    parts = []
    for g in range(len(xs) - 1):
        a, b = ys[g], ys[g + 1]
        y1, y2 = np.repeat(a, len(b)), np.tile(b, len(a))
        parts.append(np.column_stack([np.full(y1.size, xs[g]), y1,
                                      np.full(y2.size, xs[g + 1]), y2]))
    return np.concatenate(parts)


# --- node values -----------------------------------------------------------------------
@dataclass(frozen=True)
class ValuePlace:
    """Where one neuron's value is written."""

    column: int
    row: int
    text: str
    rect: QRectF
    font: object  # QFont
    inside: bool  # in the neuron, rather than beside it


def value_places(geo, column_values, fonts, scale, write):
    """A ValuePlace for each node value that has room, none overlapping another text;
    `write(number)` gives a value's text.

    A value goes inside its neuron when it fits there, else beside it (right of hidden and
    input neurons, left of the aim, whose names are on its right) when the row is tall
    enough and the gap to the next column has room for it. `fonts` are tried in order,
    largest first; the first that fits a whole column is used. A column with no room for
    any font shows no values (its tooltips still do)."""
    places = []
    for column, numbers in enumerate(column_values):
        if numbers is None:
            continue
        texts = None  # written only for a column that may have room
        for font in fonts:
            if not _row_room(geo, column, font, scale):
                continue
            texts = texts or [write(v) for v in numbers]
            found = _column_values(geo, column, texts, font, scale)
            if found is not None:
                inside, rects = found
                places += [ValuePlace(column, row, text, rect, font, inside)
                           for row, (text, rect) in enumerate(zip(texts, rects))]
                break
    return places


def _row_room(geo, column, font, scale):
    """Could a value in this font go in the neuron or between its neighbours at all?"""
    text_h = QFontMetricsF(font).height()
    return (text_h <= 1.4 * geo.radii[column] or len(geo.ys[column]) == 1
            or text_h + VALUE_PAD_PX * scale <= geo.spacings[column])


def _column_values(geo, column, texts, font, scale):
    """(inside?, one rect per row) for a column's values in this font, or None without room."""
    metrics = QFontMetricsF(font)
    text_h = metrics.height()
    x, r = geo.xs[column], geo.radii[column]
    pad = VALUE_PAD_PX * scale
    text_w = max(metrics.horizontalAdvance(t) for t in texts) + 2.0
    if text_w <= 1.9 * r and text_h <= 1.4 * r:  # inside, clear of the rim
        return True, [_centred(x, y, text_w, text_h) for y in geo.ys[column]]
    if len(texts) > 1 and text_h + pad > geo.spacings[column]:
        return None  # taller than the row: neighbours would touch
    last = len(geo.xs) - 1
    if column == last:  # the aim's names are on its right: its values go on its left
        if column == 0:
            return None
        left = (geo.xs[column - 1] + x) / 2.0  # the column before writes on its right
        right = x - r - pad
        start = right - text_w
    else:
        left = start = x + r + pad
        following = geo.xs[column + 1]
        right = (x + following) / 2.0 if column + 1 == last else (
            following - geo.radii[column + 1] - pad)
    if right - left < text_w:
        return None
    return False, [QRectF(start, y - text_h / 2.0, text_w, text_h) for y in geo.ys[column]]


def _centred(x, y, w, h):
    return QRectF(x - w / 2.0, y - h / 2.0, w, h)


# --- column titles ---------------------------------------------------------------------
def title_places(titles, geo, font, width, scale):
    """(text, rect) of each column's title, none overlapping another. Titles centre on their
    columns where they fit; otherwise the input and output titles move outwards, over the
    names beside their columns, hidden titles are shortened to fit between, and a title left
    with no room is not shown. `titles` holds each column's lines."""
    metrics = QFontMetricsF(font)
    gap = TITLE_GAP_PX * scale
    titles = [list(lines) for lines in titles]
    rects = [_title_rect(lines, x, metrics, scale) for lines, x in zip(titles, geo.xs)]
    if any(a.right() + gap > b.left() for a, b in zip(rects, rects[1:])):
        rects[0].moveRight(geo.xs[0] - geo.radii[0])
        rects[-1].moveLeft(geo.xs[-1] + geo.radii[-1])
        for column in range(1, len(titles) - 1):
            room = _hidden_title_room(column, rects, geo.xs, gap)
            titles[column] = [metrics.elidedText(text, Qt.ElideRight, max(0.0, room - 2))
                              for text in titles[column]]
            rects[column] = _title_rect(titles[column], geo.xs[column], metrics, scale)
    for rect in rects:  # never past the view's edges
        rect.moveLeft(min(max(0.0, rect.left()), width - rect.width()))
    return _without_overlaps(titles, rects)


def _title_rect(lines, x, metrics, scale):
    width = max(metrics.horizontalAdvance(text) for text in lines) + 2.0
    rect = QRectF(0.0, TITLE_GAP_PX * scale, width, len(lines) * metrics.height())
    rect.moveCenter(QPointF(x, rect.center().y()))
    return rect


def _hidden_title_room(column, rects, xs, gap):
    """The widest a hidden column's centred title may be: clear of the title on its left, and
    of the output title or half the gap to the next hidden column on its right."""
    left = 2 * (xs[column] - rects[column - 1].right() - gap)
    if column == len(xs) - 2:
        return min(left, 2 * (rects[-1].left() - xs[column] - gap))
    return min(left, xs[column + 1] - xs[column] - gap)


def _without_overlaps(titles, rects):
    """The non-empty titles in column order, leaving out any that would overlap one kept
    before it: the input and output titles first, then the hidden ones."""
    order = [0, len(rects) - 1, *range(1, len(rects) - 1)]
    kept = []
    for column in order:
        if titles[column][0] and not any(rects[column].intersects(rects[k]) for k in kept):
            kept.append(column)
    return [("\n".join(titles[c]), rects[c]) for c in sorted(kept)]


# --- legend ----------------------------------------------------------------------------
def legend_rows(entries, font, width, scale):
    """Entries (colour, text) as rows of (colour, text, x of the swatch), wrapped to width."""
    metrics = QFontMetricsF(font)
    rows, x = [[]], 10 * scale
    for colour, text in entries:
        entry_w = 28 * scale + metrics.horizontalAdvance(text)
        if rows[-1] and x + entry_w > width - 4 * scale:
            rows.append([])
            x = 10 * scale
        rows[-1].append((colour, text, x))
        x += entry_w + 18 * scale
    return rows


def legend_text_rects(rows, font, height, scale):
    """(colour, text, rect) of each legend entry's words, rows stacked from the bottom."""
    metrics = QFontMetricsF(font)
    out = []
    for i, row in enumerate(rows):
        y = height - 8 * scale - metrics.height() * (len(rows) - i - 0.5)
        for colour, text, x in row:
            rect = QRectF(x + 28 * scale, y - metrics.height() / 2,
                          metrics.horizontalAdvance(text), metrics.height())
            out.append((colour, text, rect))
    return out
