"""How long the network view takes to paint, against baselines measured in the same run.

For 4-16-2, 4-32-32-2 and 4-64x4-2 (12,672 weights) the view paints into an image of its size
in two situations: training (a training step between paints, so every paint works out its
edges and neurons anew) and showing the finished backward sweep's gradients (the picture the
sweep repaints, which keeps what it worked out). Each paint is timed three ways:

- batched: the view's own paint, edges in one drawLines call per (thickness, colour) batch,
  the thickest smoothed (edges.SMOOTH_EDGES) and the rest plain;
- per edge: the same picture with one drawLine call and one pen per edge, as a view without
  batching would draw it (the rest of the paint is the view's own);
- empty: filling the background only, the floor any paint pays.

Times are CPU time of this thread (medians of --repeats), so they stay meaningful when other
jobs share the cores. Prints a Markdown table; it never fails on time.
Run: python benchmarks/network_paint.py [--repeats 30] [--size 640x480] [--scale 1.0]
"""

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from shooter.app.network.view import SWEEP_MS, NetworkView  # noqa: E402
from shooter.app.session import Session  # noqa: E402
from shooter.app.style import DEFAULT_STYLE  # noqa: E402

NETWORKS = {"4-16-2": (16,), "4-32-32-2": (32, 32), "4-64x4-2": (64, 64, 64, 64)}
TARGET_MS = 8.0  # every network, every paint (aim: 6)


def paint_per_edge(view, painter, geo):
    """The edges of view.edge_batches(), one drawLine call and one pen per edge."""
    for batch in view.edge_batches():
        painter.setRenderHint(QPainter.Antialiasing, batch.smooth)
        for edge in batch.edges.tolist():
            painter.setPen(view.edge_pen(batch))
            painter.drawLine(geo.lines[edge])


def cpu_ms(view, image, repeats, between=None):
    """Median CPU milliseconds of one paint of `view` into `image`; `between()` runs untimed
    before each paint."""
    times = []
    for _ in range(repeats):
        if between is not None:
            between()
        image.fill(0)
        painter = QPainter(image)
        started = time.thread_time()
        view.paint(painter)
        times.append(1000.0 * (time.thread_time() - started))
        painter.end()
    return statistics.median(times)


def empty_ms(view, image, repeats):
    times = []
    for _ in range(repeats):
        painter = QPainter(image)
        started = time.thread_time()
        painter.fillRect(image.rect(), view.style_.color("background"))
        times.append(1000.0 * (time.thread_time() - started))
        painter.end()
    return statistics.median(times)


def build(hidden, size, scale):
    session = Session("sandbox")
    view = NetworkView(session, DEFAULT_STYLE.scaled(scale))
    view.resize(*size)
    assert session.configure(hidden=hidden)
    session.step()
    session.fire()
    return session, view


def measure(view, image, repeats, between):
    batched = cpu_ms(view, image, repeats, between)
    view._paint_edges = lambda painter, geo: paint_per_edge(view, painter, geo)
    try:
        per_edge = cpu_ms(view, image, repeats, between)
    finally:
        del view._paint_edges
    return batched, per_edge, empty_ms(view, image, repeats)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--size", default="640x480", help="view size in pixels, WxH")
    parser.add_argument("--scale", type=float, default=1.0, help="presentation scale")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication([])
    print(f"network view {size[0]}x{size[1]} px, scale {args.scale}, CPU ms per paint "
          f"(median of {args.repeats}); target: every network under {TARGET_MS:g} ms\n")
    print("| network | weights | showing | batched | per edge | empty | per edge / batched |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: |")
    for name, hidden in NETWORKS.items():
        session, view = build(hidden, size, args.scale)
        image = QImage(view.size(), QImage.Format_ARGB32_Premultiplied)
        view.geometry_()  # the layout is kept between paints; only a resize rebuilds it
        for showing in ("training", "gradients"):
            between = session.step
            if showing == "gradients":
                session.fire_and_measure()
                session.pull_back()
                view.advance(SWEEP_MS)
                between = None
            batched, per_edge, empty = measure(view, image, args.repeats, between)
            print(f"| {name} | {view.edge_count():,} | {showing} | {batched:.2f} | "
                  f"{per_edge:.2f} | {empty:.2f} | {per_edge / batched:.1f}x |")
        view.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main()
