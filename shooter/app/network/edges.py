"""Edges: which weights are drawn, in which colour and thickness, and the batched drawing.

Edge colour is the sign of the weight (or "gradient" once the backward sweep has lit its gap),
thickness the square root of its size in a handful of classes. Edges of one colour and one
thickness are drawn by one drawLines call from QLineF objects built once per layout, so a
4 x 64 network (12,672 weights) costs about ten calls per paint rather than thousands.
"""

from typing import NamedTuple

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

WIDTH_BUCKETS = 5  # thickness classes; with 2 signs about 10 drawLines calls per paint
MIN_EDGE_PX = 0.8
MAX_EDGE_PX = 7.0
MAX_DRAWN_PER_GAP = 400  # in bigger gaps only the strongest; the rest would be a blur
# Smooth (antialiased) edges cost five to seven times as much as plain ones, more the
# thicker they are: the thickest batches are smoothed, as long as they hold this many edges
# in all, and the rest drawn plain (in a dense net they are a mesh where jags do not show).
SMOOTH_EDGES = 200
FADED = 0.3  # weights wait in the background while gradients flow


class Batch(NamedTuple):
    """Edges drawn with one pen: their indices (flat, gap by gap, row-major)."""

    bucket: int
    colour: str  # a palette name
    edges: np.ndarray
    smooth: bool = True  # antialiased


def bucket_edges(values, reference, buckets=WIDTH_BUCKETS):
    """Thickness class 0..buckets-1 per edge: sqrt of |value| / reference, so small weights
    stay visible and large ones saturate."""
    ratio = np.sqrt(np.clip(np.abs(values) / reference, 0.0, 1.0))
    return np.minimum((ratio * buckets).astype(int), buckets - 1)


def edge_width(bucket, buckets=WIDTH_BUCKETS):
    return MIN_EDGE_PX + (MAX_EDGE_PX - MIN_EDGE_PX) * bucket / (buckets - 1)


def edge_reference(values, lit):
    """Weights: absolute scale (at least 1), so thickness grows as the net learns.
    Gradients: relative to the largest, since their size varies by orders of magnitude."""
    ref_w = max(1.0, float(np.max(np.abs(values[~lit]), initial=0.0)))
    ref_g = max(1e-300, float(np.max(np.abs(values[lit]), initial=0.0)))
    return np.where(lit, ref_g, ref_w)


# Palette names by colour code, in the order batches of one thickness are drawn.
COLOURS = ("gradient", "muted", "negative", "positive")


def colour_codes(values, lit):
    """Index into COLOURS per edge: the sign of the value, or the gradient's when lit."""
    codes = np.where(values > 0, 3, np.where(values < 0, 2, 1))
    return np.where(lit, 0, codes)


def colour_names(values, lit):
    """The palette name each edge is drawn in."""
    return [COLOURS[code] for code in colour_codes(values, lit).tolist()]


def drawn_edges(values, gap_sizes, limit=MAX_DRAWN_PER_GAP):
    """Indices of the edges to draw: all of them in small gaps; in big ones the strongest
    `limit` of each gap."""
    chosen, start = [], 0
    for size in gap_sizes:
        gap_values = np.abs(values[start:start + size])
        if size > limit:
            strongest = np.argpartition(-gap_values, limit)[:limit]
            chosen.append(start + np.sort(strongest))
        else:
            chosen.append(start + np.arange(size))
        start += size
    return np.concatenate(chosen)


def batches(values, lit, gap_sizes):
    """The drawn edges grouped by (thickness, colour), thin first so strong weights end on
    top; within a group, edges keep their order."""
    buckets = bucket_edges(values, edge_reference(values, lit))
    codes = colour_codes(values, lit)
    drawn = drawn_edges(values, gap_sizes)
    # One stable sort by (bucket, colour) groups the edges and keeps their order in a group.
    key = buckets[drawn] * len(COLOURS) + codes[drawn]
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    if not sorted_key.size:
        return []
    # The key is sorted already: a group starts where it changes.
    starts = np.flatnonzero(sorted_key[1:] != sorted_key[:-1]) + 1
    keys = sorted_key[np.concatenate(([0], starts))]
    groups = np.split(drawn[order], starts)
    found = [Batch(int(k) // len(COLOURS), COLOURS[int(k) % len(COLOURS)], group)
             for k, group in zip(keys.tolist(), groups)]
    return smoothed(found)


def smoothed(found, budget=SMOOTH_EDGES):
    """The batches with `smooth` set on the thickest ones that hold `budget` edges in all."""
    smooth, total = set(), 0
    for bucket in sorted({b.bucket for b in found}, reverse=True):
        total += sum(len(b.edges) for b in found if b.bucket == bucket)
        if total > budget:
            break
        smooth.add(bucket)
    return [b._replace(smooth=b.bucket in smooth) for b in found]


def blend(base, colour, amount):
    """base mixed towards colour by amount in 0..1."""
    a = min(1.0, max(0.0, float(amount)))
    return QColor.fromRgbF(base.redF() + (colour.redF() - base.redF()) * a,
                           base.greenF() + (colour.greenF() - base.greenF()) * a,
                           base.blueF() + (colour.blueF() - base.blueF()) * a)


def blend_many(base, colours, which, amounts):
    """blend(base, colours[which[i]], amounts[i]) for every i, the same numbers in one go."""
    start = np.array([base.redF(), base.greenF(), base.blueF()])
    ends = np.array([[c.redF(), c.greenF(), c.blueF()] for c in colours])[np.asarray(which)]
    a = np.clip(np.asarray(amounts, dtype=float), 0.0, 1.0)[:, None]
    return [QColor.fromRgbF(*rgb) for rgb in (start + (ends - start) * a).tolist()]


def batch_pen(style, batch, width_px, faded):
    """Colours are blended with the background rather than made transparent: translucent
    lines cost about ten times more to draw."""
    strength = 0.25 + 0.75 * batch.bucket / (WIDTH_BUCKETS - 1)
    if faded and batch.colour != "gradient":
        strength *= FADED
    pen = QPen(blend(style.color("background"), style.color(batch.colour), strength), width_px)
    pen.setCapStyle(Qt.FlatCap)
    return pen


def paint_batches(painter, lines, groups, pen_for):
    """One drawLines call per group, from the QLineF objects of the layout."""
    for batch in groups:
        painter.setRenderHint(QPainter.Antialiasing, batch.smooth)
        painter.setPen(pen_for(batch))
        painter.drawLines(lines[batch.edges].tolist())
