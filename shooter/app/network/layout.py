"""Where everything in the network view goes: neuron columns and rows, edge segments, the
names beside the columns, column titles, node values and the legend. Pure functions of the
sizes, words, fonts and the widget's size; the view keeps the result until the size, style,
shape or language changes.
"""

from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF

from shooter.app.network.text import INK_PAD_PX, Box, advance, origin, place

MAX_RADIUS_PX = 26.0
MAX_ROW_SPACING_PX = 90.0
LABEL_GAP_PX = 8.0  # between a name and its neuron
MIN_COLUMN_GAP_PX = 36.0  # the names beside the network leave its columns at least this apart
LABEL_ROW_GAP_PX = 2.0  # between the names of neighbouring neurons
TITLE_GAP_PX = 6.0  # between two column titles
VALUE_PAD_PX = 3.0  # around a node value written beside its neuron


class Geometry(NamedTuple):
    xs: np.ndarray  # column centres
    ys: list  # per column, neuron centres
    radii: np.ndarray  # per column
    spacings: list  # per column, distance between neighbouring neurons
    segments: np.ndarray  # (edges, 4): x1, y1, x2, y2, gap by gap, row-major
    lines: np.ndarray  # the same as QLineF objects (dtype object), for drawLines
    min_spacing: float  # smallest distance between neighbouring neurons
    top: float  # the band between the titles and the legend that the neurons' texts keep to
    bottom: float
    circles: list  # per column, each neuron's bounding QRectF (drawn every paint)

    def gap_start(self, gap):
        """Index of the gap's first edge among all edges."""
        return sum(len(a) * len(b) for a, b in zip(self.ys[:gap], self.ys[1:gap + 1]))


class Margins(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float


def columns(sizes, width, height, room, scale):
    """Column centres, neuron rows, radii and row spacings in the room the margins leave."""
    inner_w = max(1.0, width - room.left - room.right)
    inner_h = max(1.0, height - room.top - room.bottom)
    n_columns = len(sizes)
    column_gap = inner_w / max(1, n_columns - 1)
    radii, ys, spacings = [], [], []
    for n in sizes:
        spacing = min(inner_h / n, MAX_ROW_SPACING_PX * scale)
        spacings.append(spacing)
        radii.append(max(2.0, min(0.4 * spacing, 0.16 * column_gap, MAX_RADIUS_PX * scale)))
        ys.append(room.top + inner_h / 2.0 + (np.arange(n) - (n - 1) / 2.0) * spacing)
    radii = np.array(radii)
    xs = room.left + radii[0] + np.arange(n_columns) * (inner_w - radii[0] - radii[-1]) / max(
        1, n_columns - 1)
    return xs, ys, radii, spacings


def network_geometry(sizes, width, height, room, scale):
    """Columns spread across the room left by the margins, rows centred in each column."""
    xs, ys, radii, spacings = columns(sizes, width, height, room, scale)
    segments = edge_segments(xs, ys)
    lines = np.empty(len(segments), dtype=object)
    lines[:] = [QLineF(*row) for row in segments.tolist()]
    circles = [[QRectF(x - r, y - r, 2 * r, 2 * r) for y in column.tolist()]
               for x, r, column in zip(xs.tolist(), radii.tolist(), ys)]
    return Geometry(xs, ys, radii, spacings, segments, lines, min(spacings), room.top,
                    height - room.bottom, circles)


def edge_segments(xs, ys):
    """(x1, y1, x2, y2) of every edge, gap by gap, each gap's (from, to) pairs row-major."""
    parts = []
    for g in range(len(xs) - 1):
        a, b = ys[g], ys[g + 1]
        y1, y2 = np.repeat(a, len(b)), np.tile(b, len(a))
        parts.append(np.column_stack([np.full(y1.size, xs[g]), y1,
                                      np.full(y2.size, xs[g + 1]), y2]))
    return np.concatenate(parts)


# --- the whole layout: which texts have room, and where everything goes ------------------
class Words(NamedTuple):
    """Every text the view may write beside, above and below the network."""

    inputs: tuple  # names beside the input column
    outputs: tuple  # names beside the aim
    input_title: str  # "" for a network without inputs
    output_title: str
    hidden_names: tuple  # "hidden 1", ...
    hidden_sizes: tuple  # "8", ...
    activation: str
    hidden: str  # one word over all hidden columns
    legend: tuple  # (swatch colour, text), every entry
    short_legend: tuple  # the same in fewer words; a colour of "" is a caption


class Plan(NamedTuple):
    geometry: Geometry
    texts: list  # TextPlace: labels, titles and the legend (node values change per shot)


def plan(sizes, width, height, words, fonts, scale):
    """The network's geometry and the texts around it that have room.

    The names beside the input column, then those beside the aim, are left out where they
    would leave the columns less than MIN_COLUMN_GAP_PX apart (a narrow view keeps the
    network readable).
    The legend takes the fewer rows of its long and short wording. The column titles take
    the first form whose lines all fit side by side (title_forms, fullest first) and leave
    the rows room for the names beside the input and output columns. If no form leaves
    both columns room, the first that leaves the most keeps its titles, and a column whose
    rows are closer together than a line of text shows none of its names (the tooltips
    still name every neuron)."""
    pad = 10.0 * scale
    legend = _legend(words, fonts["legend"], width, height, scale)
    bottom = height - min((t.rect.top() for t in legend), default=height - pad) + 0.6 * pad
    label_font = fonts["label"]
    for inputs, outputs in ((words.inputs, words.outputs), ((), words.outputs), ((), ())):
        # Names that would squeeze the network into a sliver leave it the width instead.
        left, right = (pad + max((advance(label_font, t) + LABEL_GAP_PX * scale for t in side),
                                 default=0.0) for side in (inputs, outputs))
        if (width - left - right) / max(1, len(sizes) - 1) >= MIN_COLUMN_GAP_PX * scale:
            break
    words = words._replace(inputs=inputs, outputs=outputs)
    best, shown = None, -1
    for form in title_forms(words, len(sizes)):
        lines = 1 + max((line for _, line, _ in form), default=-1)
        room = Margins(left, pad + lines * Box.of(fonts["title"]).height, right, bottom)
        xs, ys, radii, spacings = columns(sizes, width, height, room, scale)
        titles = _titles(form, xs, radii, fonts["title"], width, scale)
        if titles is None:
            continue
        band = (room.top, height - room.bottom)
        labels = _labels(words, xs, ys, radii, spacings, band, label_font, scale)
        sides = sum(side is not None for side in labels)
        if sides > shown:
            best, shown = (room, titles, labels), sides
        if sides == len(labels):
            break
    room, titles, labels = best
    geo = network_geometry(sizes, width, height, room, scale)
    return Plan(geo, [*(t for side in labels if side for t in side), *titles, *legend])


def title_forms(words, n_columns):
    """The ways to title the columns, fullest first: each a list of (text, line, columns),
    written on `line` (0 at the top) centred over the listed columns. The input and output
    titles stay while any hidden title does; every hidden column has the same form."""
    last = n_columns - 1
    ends = [(words.output_title, 0, (last,))]
    if words.input_title:
        ends.insert(0, (words.input_title, 0, (0,)))
    hidden = list(zip(range(1, last), words.hidden_names, words.hidden_sizes))
    forms = []
    if hidden:
        forms.append(ends + [line for c, name, size in hidden for line in (
            (name, 0, (c,)), (f"{size} · {words.activation}", 1, (c,)))])
        forms.append(ends + [line for c, name, size in hidden for line in (
            (name, 0, (c,)), (size, 1, (c,)))])
        if len(hidden) > 1:
            over_all = (words.hidden, 0, tuple(c for c, _, _ in hidden))
            forms.append(ends + [over_all] + [(size, 1, (c,)) for c, _, size in hidden])
        forms.append(ends + [(size, 0, (c,)) for c, _, size in hidden])
    return forms + [ends, []]


def _titles(form, xs, radii, font, width, scale):
    """TextPlaces of a title form, or None when two would touch or one is wider than the
    view. The input and output titles centre on their columns, or move outwards over the
    names beside them when that gives the others room; none passes the view's edges."""
    box, gap, last = Box.of(font), TITLE_GAP_PX * scale, len(xs) - 1
    top = 10.0 * scale

    def lay_out(outwards):
        places = []
        for text, line, cols in form:
            w = advance(font, text) + 2 * INK_PAD_PX
            x = float(np.mean(xs[list(cols)])) - w / 2.0
            if outwards and cols == (0,) and last > 0:
                x = xs[0] + radii[0] - w
            elif outwards and cols == (last,) and last > 0:
                x = xs[last] - radii[last]
            x = min(max(0.0, x), width - w)  # never past the view's edges
            places.append(place("title", text, font, x, top + (line + 0.5) * box.height, w))
        return places

    for outwards in (False, True):
        places = lay_out(outwards)
        if _within(places, width) and not any(a.rect.adjusted(-gap, 0, gap, 0).intersects(b.rect)
                              for i, a in enumerate(places) for b in places[i + 1:]):
            return sorted(places, key=lambda p: (p.rect.top(), p.rect.left()))
    return None


def _within(places, width):
    return all(p.rect.left() >= 0 and p.rect.right() <= width for p in places)


def _labels(words, xs, ys, radii, spacings, band, font, scale):
    """(input names, output names) as TextPlaces, each None when its rows are too close for
    a line of text (or a lone name is taller than the band)."""
    gap = LABEL_GAP_PX * scale
    right = xs[0] - radii[0] - gap
    inputs = [place("label", t, font, right - advance(font, t) - 2 * INK_PAD_PX, y)
              for t, y in zip(words.inputs, ys[0].tolist())]
    outputs = [place("label", t, font, xs[-1] + radii[-1] + gap, y)
               for t, y in zip(words.outputs, ys[-1].tolist())]
    row_gap = LABEL_ROW_GAP_PX * scale
    return tuple(side if _in_rows(side, spacings[c], band, row_gap) else None
                 for side, c in ((inputs, 0), (outputs, -1)))


def _in_rows(places, spacing, band, row_gap):
    if not places:
        return True
    height = places[0].rect.height()
    if len(places) > 1 and height + row_gap > spacing:
        return False
    return all(band[0] <= p.rect.top() and p.rect.bottom() <= band[1] for p in places)


# --- node values -----------------------------------------------------------------------
class ValuePlace(NamedTuple):
    """Where one neuron's value is written: a TextPlace with the neuron it belongs to."""

    kind: str
    text: str
    rect: QRectF
    font: object  # QFont
    origin: QPointF
    mark: str = ""
    column: int = 0
    row: int = 0
    inside: bool = False  # in the neuron, rather than beside it


def value_places(geo, column_values, font, scale, write):
    """A ValuePlace for each node value that has room, none overlapping another text;
    `write(number)` gives a value's text.

    A value goes inside its neuron when it fits there, else beside it (right of hidden and
    input neurons, left of the aim, whose names are on its right) when the row is tall
    enough and the gap to the next column has room for it. A column shows all its values or
    none: one with no room for them in this font shows none (its tooltips still do)."""
    places = []
    for column, numbers in enumerate(column_values):
        if numbers is None or not _row_room(geo, column, font, scale):
            continue
        texts = [write(v) for v in numbers]
        found = _column_values(geo, column, texts, font, scale)
        if found is not None:
            inside, rects = found
            box = Box.of(font)
            places += [ValuePlace("value", text, rect, font,
                                  origin(font, text, rect.center().x(), rect.top() + box.above),
                                  column=column, row=row, inside=inside)
                       for row, (text, rect) in enumerate(zip(texts, rects))]
    return places


def _row_room(geo, column, font, scale):
    """Could a value in this font go in the neuron or between its neighbours at all?"""
    text_h = Box.of(font).height
    return (text_h <= 1.4 * geo.radii[column] or len(geo.ys[column]) == 1
            or text_h + VALUE_PAD_PX * scale <= geo.spacings[column])


def _column_values(geo, column, texts, font, scale):
    """(inside?, one rect per row) for a column's values in this font, or None without room."""
    text_h = Box.of(font).height
    x, r = geo.xs[column], geo.radii[column]
    pad = VALUE_PAD_PX * scale
    text_w = max(advance(font, t) for t in texts) + 2 * INK_PAD_PX
    ys = geo.ys[column]
    if ys.min() - text_h / 2.0 < geo.top or ys.max() + text_h / 2.0 > geo.bottom:
        return None  # it would reach into the titles or the legend
    if text_w <= 1.9 * r and text_h <= 1.4 * r:  # inside, clear of the rim
        return True, [_centred(x, y, text_w, text_h) for y in ys]
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
    return False, [QRectF(start, y - text_h / 2.0, text_w, text_h) for y in ys]


def _centred(x, y, w, h):
    return QRectF(x - w / 2.0, y - h / 2.0, w, h)


# --- legend ----------------------------------------------------------------------------
SWATCH_PX = 28.0  # the coloured line and the space after it
ENTRY_GAP_PX = 18.0


def _legend(words, font, width, height, scale):
    """The legend's entries as TextPlaces (mark: the swatch's colour), in its long wording
    unless the short one takes fewer rows."""
    rows = legend_rows(words.legend, font, width, scale)
    short = legend_rows(words.short_legend, font, width, scale)
    return legend_places(short if len(short) < len(rows) else rows, font, height, scale)


def legend_rows(entries, font, width, scale):
    """Entries (colour, text) as rows of (colour, text, x of the swatch), wrapped to width;
    an entry without a colour is a caption, written without a swatch."""
    rows, x = [[]], 10 * scale
    for colour, text in entries:
        entry_w = (SWATCH_PX * scale if colour else 0.0) + advance(font, text)
        if rows[-1] and x + entry_w > width - 4 * scale:
            rows.append([])
            x = 10 * scale
        rows[-1].append((colour, text, x))
        x += entry_w + (ENTRY_GAP_PX if colour else 8.0) * scale
    return rows


def legend_places(rows, font, height, scale):
    """TextPlace of each legend entry's words, rows stacked from the bottom."""
    box = Box.of(font)
    out = []
    for i, row in enumerate(rows):
        y = height - 8 * scale - box.height * (len(rows) - i - 0.5)
        for colour, text, x in row:
            left = x + (SWATCH_PX * scale if colour else 0.0)
            out.append(place("legend", text, font, left, y, mark=colour))
    return out
