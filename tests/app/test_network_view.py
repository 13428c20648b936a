"""The network view: shape, weight colours, activations, hover values, the backward sweep."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QPointF, QTranslator  # noqa: E402
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter  # noqa: E402

from shooter.app.network import edges, text  # noqa: E402
from shooter.app.network.view import SWEEP_MS, NetworkView  # noqa: E402
from shooter.app.session import Session  # noqa: E402
from shooter.app.style import DEFAULT_STYLE  # noqa: E402

PALETTE = DEFAULT_STYLE.palette


def make_view(qtbot, lesson, width=500, height=400):
    session = Session(lesson)
    view = NetworkView(session)
    qtbot.addWidget(view)
    view.resize(width, height)
    return session, view


def sign_colours(view):
    flat = np.concatenate([w.ravel() for w in view.edge_weights()])
    return [PALETTE.positive if w > 0 else PALETTE.negative if w < 0 else PALETTE.muted
            for w in flat]


def through_pull_back(session):
    session.fire()
    session.measure_loss()
    return session.pull_back()


@pytest.mark.parametrize(("lesson", "first"), [("sight-in", 1), ("wind", 2), ("sandbox", 4)])
def test_layers_follow_the_configuration(qtbot, lesson, first):
    session, view = make_view(qtbot, lesson)
    assert session.configure(hidden=(8, 4))
    assert view.layer_sizes() == [first, 8, 4, 2]
    assert view.edge_count() == first * 8 + 8 * 4 + 4 * 2
    assert session.configure(hidden=())
    assert view.layer_sizes() == [first, 2]


def test_sight_in_is_one_bias_node_whose_edges_are_the_biases(qtbot):
    session, view = make_view(qtbot, "sight-in")
    for _ in range(3):
        session.step()
    (_, bias), = session.network_state().weights
    np.testing.assert_array_equal(view.edge_weights()[0], bias.reshape(1, 2))
    geo = view.geometry_()
    item = view.item_at(QPointF(geo.xs[0], geo.ys[0][0]))
    assert item.kind == "neuron"
    assert "bias" in item.text


def test_edge_colours_follow_the_weight_signs(qtbot):
    session, view = make_view(qtbot, "wind")
    session.step()
    flat = np.concatenate([w.ravel() for w in view.edge_weights()])
    assert (flat > 0).any() and (flat < 0).any()
    assert view.edge_colours() == sign_colours(view)
    assert session.configure(hidden=(5, 3))  # new shape, new weights, colours follow
    assert view.edge_colours() == sign_colours(view)


def test_hovering_a_neuron_shows_its_output_for_the_latest_shot(qtbot):
    session, view = make_view(qtbot, "wind")
    fire = session.fire()
    geo = view.geometry_()
    aim = view.item_at(QPointF(geo.xs[-1], geo.ys[-1][1]))
    assert aim.kind == "neuron" and aim.index == (1,)
    assert aim.value == pytest.approx(fire.aim_mrad[0, 1])
    assert f"{fire.aim_mrad[0, 1]:+.3g}" in aim.text
    hidden = view.item_at(QPointF(geo.xs[1], geo.ys[1][3]))
    assert hidden.value == pytest.approx(fire.activations[1][0, 3])  # after tanh
    assert view.item_at(QPointF(2, 2)) is None


def test_hovering_a_weight_shows_its_value(qtbot):
    session, view = make_view(qtbot, "wind")
    session.step()
    geo = view.geometry_()
    x1, y1, x2, y2 = geo.segments[0]  # distance -> hidden neuron 1: the topmost edge
    item = view.item_at((x1 + 0.3 * (x2 - x1), y1 + 0.3 * (y2 - y1)))
    weight = session.network_state().weights[0][0][0, 0]
    assert item.kind == "weight" and item.layer == 0 and item.index == (0, 0)
    assert item.value == weight
    assert f"{weight:+.3g}" in item.text


def test_the_gradients_sweep_backwards_to_the_inputs(qtbot):
    session, view = make_view(qtbot, "wind")
    session.step()
    record = through_pull_back(session)
    assert view.showing_gradients() and view.sweep_running()
    assert view.sweep_progress() == 0.0
    first_gap = view.edge_weights()[0].size
    view.advance(SWEEP_MS // 2)  # the front is in the second gap, not yet the first
    colours = view.edge_colours()
    assert set(colours[first_gap:]) == {PALETTE.gradient}
    assert PALETTE.gradient not in colours[:first_gap]
    view.advance(SWEEP_MS)
    assert view.sweep_progress() == 1.0 and not view.sweep_running()
    assert set(view.edge_colours()) == {PALETTE.gradient}
    geo = view.geometry_()
    x1, y1, x2, y2 = geo.segments[0]
    item = view.item_at((x1 + 0.3 * (x2 - x1), y1 + 0.3 * (y2 - y1)))
    assert f"{record.param_grads[0][0][0, 0]:+.3g}" in item.text
    session.adjust()  # the weights moved: the gradients were spent
    assert not view.showing_gradients()
    assert view.edge_colours() == sign_colours(view)


def test_the_sweep_runs_on_its_own_timer(qtbot):
    session, view = make_view(qtbot, "sight-in")
    view.show()
    through_pull_back(session)
    qtbot.waitUntil(lambda: view.sweep_progress() == 1.0, timeout=5000)
    assert view.showing_gradients()


def test_neuron_fill_shows_the_sign_of_its_output(qtbot):
    session, view = make_view(qtbot, "sight-in")
    for _ in range(3):
        session.step()  # the aim moves away from its zero start, one way on each axis
    fire = session.fire()
    assert np.all(np.abs(fire.aim_mrad[0]) > 0.5)
    image = view.grab().toImage()
    geo = view.geometry_()
    for index, aim in enumerate(fire.aim_mrad[0]):
        r = geo.radii[-1]
        pixel = image.pixelColor(int(geo.xs[-1]), int(geo.ys[-1][index] + 0.7 * r))
        expected = QColor(PALETTE.positive if aim > 0 else PALETTE.negative)
        assert abs(pixel.hueF() - expected.hueF()) < 0.05, (aim, pixel.name())


def test_a_large_network_paints(qtbot):
    session, view = make_view(qtbot, "sandbox")
    assert session.configure(hidden=(64, 64, 64, 64))
    assert view.edge_count() == 4 * 64 + 3 * 64 * 64 + 64 * 2
    session.step()
    through_pull_back(session)
    view.advance(SWEEP_MS)
    assert not view.grab().isNull()


def test_larger_style_makes_room_for_bigger_labels(qtbot):
    _, view = make_view(qtbot, "wind", width=900, height=700)
    left_before = view.geometry_().xs[0]
    view.set_style(DEFAULT_STYLE.scaled(2.0))
    assert view.geometry_().xs[0] > left_before


def test_going_back_shows_the_gradients_of_that_moment(qtbot):
    session, view = make_view(qtbot, "wind")
    session.step()
    through_pull_back(session)
    before_adjust = view.edge_weights()
    session.adjust()
    assert not view.showing_gradients()
    assert session.back()  # to just before the adjustment: gradients shown, no animation
    assert view.showing_gradients() and not view.sweep_running()
    for shown, weights in zip(view.edge_weights(), before_adjust):
        np.testing.assert_array_equal(shown, weights)
    assert session.back()  # to before the pull-back: no gradients yet
    assert not view.showing_gradients()
    assert view.edge_colours() == sign_colours(view)


def test_sweep_speed_stretches_the_backward_sweep(qtbot):
    session, view = make_view(qtbot, "wind")
    view.set_sweep_speed(0.25)
    assert view.sweep_duration_ms() == 4 * SWEEP_MS
    session.step()
    through_pull_back(session)
    view.advance(SWEEP_MS)  # a normal sweep's time: a quarter of the way in slow motion
    assert view.sweep_progress() == pytest.approx(0.25) and view.sweep_running()
    first_gap = view.edge_weights()[0].size
    assert PALETTE.gradient not in view.edge_colours()[:first_gap]  # inputs not reached yet
    view.set_sweep_speed(1.0)  # back to normal mid-sweep: it carries on from where it is
    assert view.sweep_progress() == pytest.approx(0.25)
    view.advance(0.75 * SWEEP_MS)
    assert view.sweep_progress() == 1.0 and not view.sweep_running()


def test_sweep_speed_zero_shows_the_gradients_at_once(qtbot):
    session, view = make_view(qtbot, "wind")
    session.step()
    through_pull_back(session)
    assert view.sweep_running()
    view.set_sweep_speed(0)  # switched off mid-sweep: finished at once
    assert view.sweep_progress() == 1.0 and not view.sweep_running()
    session.adjust()
    session.fire_and_measure()
    session.pull_back()
    assert view.showing_gradients() and not view.sweep_running()


class LongWords(QTranslator):
    """A language whose words are longer than the English ones."""

    WORDS = {"distance": "shooting distance", "crosswind": "wind from the side",
             "aim ↔": "aim left and right ↔", "aim ↕": "aim up and down ↕"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source, "") if context in ("NetworkView", "Words") else ""

    def isEmpty(self):
        return False  # an empty translator is installed without a LanguageChange event


def texts(view, kind):
    return [place for place in view.painted_texts() if place.kind == kind]


def labels_fit(view):
    """Every input and output label is shown whole, between the widget's edge and its neuron."""
    geo = view.geometry_()
    labels = texts(view, "label")
    names = view._input_labels() + view._output_labels()
    return ([p.text for p in labels] == names
            and all(QFontMetricsF(p.font).horizontalAdvance(p.text) <= p.rect.width() + 0.01
                    and view.rect().toRectF().contains(p.rect) for p in labels)
            and all(p.rect.right() < geo.xs[0] - geo.radii[0] for p in labels[:-2])
            and all(p.rect.left() > geo.xs[-1] + geo.radii[-1] for p in labels[-2:]))


def test_labels_stay_whole_after_a_language_change(qtbot):
    session, view = make_view(qtbot, "wind")
    view.show()
    view.grab()
    assert labels_fit(view)
    translator = LongWords()
    QCoreApplication.installTranslator(translator)
    try:
        assert view._input_labels()[0] == "shooting distance"
        qtbot.waitUntil(lambda: labels_fit(view))  # the LanguageChange event re-measures
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: labels_fit(view))


def test_hidden_columns_name_their_activation_as_the_controls_do(qtbot):
    session, view = make_view(qtbot, "wind")
    assert session.configure(hidden=(4,), activation="leaky_relu")
    drawn = []

    class Recorder(QPainter):
        def drawText(self, *args):
            drawn.append(args[-1])
            super().drawText(*args)

    image = QImage(view.size(), QImage.Format_ARGB32)
    painter = Recorder(image)
    view.paint(painter)
    painter.end()
    assert "4 · leaky ReLU" in drawn


@pytest.mark.parametrize("width", [220, 300, 500])
def test_the_legend_is_never_cut_at_narrow_widths(qtbot, width):
    session, view = make_view(qtbot, "wind", width=width, height=320)
    through_pull_back(session)
    assert view.showing_gradients()
    legend = texts(view, "legend")
    assert [p.text for p in legend] in (["weight > 0", "weight < 0", "gradient"],
                                        ["weight", "> 0", "< 0", "gradient"])
    for place in legend:
        assert view.rect().toRectF().contains(place.rect)
    view.grab()


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.0])
@pytest.mark.parametrize(("lesson", "hidden"), [("sight-in", None), ("wind", None),
                                                 ("wind", (8, 8, 8, 8)), ("sandbox", (64,))])
def test_column_titles_never_overlap_however_narrow_the_view(qtbot, lesson, hidden, scale):
    session, view = make_view(qtbot, lesson)
    view.set_style(DEFAULT_STYLE.scaled(scale))
    view.show()  # resize events reach a shown widget at once
    if hidden is not None:
        session.configure(hidden=hidden)
    titles = [view._column_title(c) for c in range(len(view.layer_sizes()))]
    for width in range(view.minimumWidth(), 1300 * int(scale), 40):
        view.resize(width, int(320 * scale))
        places = texts(view, "title")
        for i, place in enumerate(places):
            assert view.rect().toRectF().contains(place.rect), (width, place.text)
            assert not any(place.rect.intersects(other.rect) for other in places[i + 1:]), (
                width, place.text)
        if width >= 1000 * scale:  # room enough: every title in full
            assert [p.text for p in places if p.rect.top() < places[0].rect.bottom()] == (
                [t for t in titles if t])
    view.grab()


def paint_edges_one_by_one(view, painter, geo):
    """The reference: each drawn edge's thickness class and colour worked out on its own,
    thin first and colours in name order, one drawLine call and one pen per edge."""
    shown = view._shown_edge_values()
    lit = view._lit_edges()
    buckets = edges.bucket_edges(shown, edges.edge_reference(shown, lit))
    names = np.array(edges.colour_names(shown, lit))
    drawn = edges.drawn_edges(shown, [w.size for w in view.edge_weights()])
    # Smoothed: the thickest classes that hold edges.SMOOTH_EDGES edges in all.
    counts = np.bincount(buckets[drawn], minlength=edges.WIDTH_BUCKETS)
    from_thickest = np.cumsum(counts[::-1])[::-1]
    smooth = {b for b in range(edges.WIDTH_BUCKETS)
              if counts[b] and from_thickest[b] <= edges.SMOOTH_EDGES}
    for edge in sorted(drawn.tolist(), key=lambda e: (buckets[e], names[e], e)):
        batch = edges.Batch(int(buckets[edge]), str(names[edge]), np.array([edge]))
        painter.setRenderHint(QPainter.Antialiasing, int(buckets[edge]) in smooth)
        painter.setPen(view.edge_pen(batch))
        painter.drawLine(geo.lines[edge])


@pytest.mark.parametrize(("hidden", "sweep"), [((8, 4), False), ((8, 4), True),
                                               ((64, 64, 64, 64), False)])
def test_batched_edges_draw_the_same_picture_as_one_call_per_edge(qtbot, hidden, sweep):
    session, view = make_view(qtbot, "sandbox", width=640, height=480)
    assert session.configure(hidden=hidden)
    session.step()
    session.fire()
    moments = [0]
    if sweep:
        session.measure_loss()
        session.pull_back()
        moments = [0, SWEEP_MS // 2, SWEEP_MS]  # the front in each gap: batches change
    for moment in moments:
        view.advance(moment)
        batched = view.grab().toImage()
        view._paint_edges = lambda painter, geo: paint_edges_one_by_one(view, painter, geo)
        assert view.grab().toImage() == batched, moment
        del view._paint_edges
    batches = view.edge_batches()
    drawn = np.concatenate([b.edges for b in batches])
    assert len(set(drawn.tolist())) == len(drawn)  # every edge in one batch only
    assert len(batches) <= 2 * edges.WIDTH_BUCKETS + (edges.WIDTH_BUCKETS if sweep else 0)
    colours = view.edge_colours()
    for batch in batches:  # each batch holds edges of its own colour
        assert {colours[i] for i in batch.edges.tolist()} == {
            getattr(PALETTE, batch.colour)}


def circle_meets(rect, x, y, r):
    nearest_x = min(max(x, rect.left()), rect.right())
    nearest_y = min(max(y, rect.top()), rect.bottom())
    return np.hypot(nearest_x - x, nearest_y - y) < r - 0.5




@pytest.mark.parametrize(("lesson", "size", "scale"), [("wind", (381, 187), 1.14),
                                                       ("wind", (721, 272), 1.6),
                                                       ("sandbox", (381, 187), 1.14),
                                                       ("sandbox", (721, 272), 1.6)])
def test_presentation_writes_node_values_on_the_floor_or_not_at_all(qtbot, lesson, size,
                                                                      scale):
    """At the projector's scale (the network column of full-screen presentation at 1024x768
    and 1920x1080) a value is never written below presentation's floor; a column shows all
    its values or none, and a 1080-line screen keeps the inputs' and the aim's."""
    session, view = make_view(qtbot, lesson, *size)
    view.set_style(DEFAULT_STYLE.scaled(scale))
    session.step()
    session.fire()
    rows = {}
    for place in view.value_places():
        assert text.digit_height(place.font) >= text.floor_px(scale)
        assert QFontMetricsF(place.font).horizontalAdvance(place.text) <= place.rect.width()
        rows.setdefault(place.column, set()).add(place.row)
    sizes = view.layer_sizes()
    assert all(shown == set(range(sizes[column])) for column, shown in rows.items())
    if size == (721, 272):
        assert {0, len(sizes) - 1} <= set(rows)


@pytest.mark.parametrize("scale", [1.0, 1.6, 2.4])
@pytest.mark.parametrize("hidden", [(), (3,), (8, 4), (16, 16), (64,)])
def test_node_values_never_overlap_each_other_or_any_other_text(qtbot, hidden, scale):
    session, view = make_view(qtbot, "sandbox")
    view.set_style(DEFAULT_STYLE.scaled(scale))
    view.show()  # resize events reach a shown widget at once
    assert session.configure(hidden=hidden)
    session.step()
    session.fire()
    shown = 0
    for width, height in [(240, 180), (381, 187), (500, 400), (721, 272), (900, 700)]:
        view.resize(width, height)
        geo = view.geometry_()
        places = view.value_places()
        shown += len(places)
        others = [p.rect for p in view.painted_texts() if p.kind != "value"]
        for i, place in enumerate(places):
            column, row, text, rect = place.column, place.row, place.text, place.rect
            assert view.rect().toRectF().contains(rect), (width, text)
            assert not any(rect.intersects(other.rect) for other in places[i + 1:]), (width, text)
            assert not any(rect.intersects(other) for other in others), (width, text)
            for c, (x, ys, r) in enumerate(zip(geo.xs, geo.ys, geo.radii)):
                for k, y in enumerate(ys):
                    if (c, k) != (column, row):
                        assert not circle_meets(rect, x, y, r), (width, text, c, k)
        view.grab()
    if scale <= 1.6:  # larger, the floor leaves these networks no room for any
        assert shown > 0  # each network shows its values somewhere


@pytest.mark.parametrize("seed", range(4))
def test_edge_batches_group_every_drawn_edge_by_thickness_and_colour(seed):
    rng = np.random.default_rng(seed)
    gap_sizes = [int(n) for n in rng.integers(0, 900, size=3)]
    values = rng.normal(0.0, 2.0, sum(gap_sizes)) * (rng.random(sum(gap_sizes)) > 0.1)
    lit = rng.random(values.size) < 0.3
    drawn = edges.drawn_edges(values, gap_sizes)
    buckets = edges.bucket_edges(values, edges.edge_reference(values, lit))
    codes = edges.colour_codes(values, lit)
    expected = {}  # (bucket, colour) -> the drawn edges in order
    for edge in drawn.tolist():
        expected.setdefault((int(buckets[edge]), edges.COLOURS[codes[edge]]), []).append(edge)
    batches = edges.batches(values, lit, gap_sizes)
    assert [(b.bucket, b.colour) for b in batches] == sorted(
        expected, key=lambda k: (k[0], edges.COLOURS.index(k[1])))  # thin first
    assert {(b.bucket, b.colour): b.edges.tolist() for b in batches} == expected


def test_no_edges_no_batches():
    assert edges.batches(np.zeros(0), np.zeros(0, dtype=bool), [0]) == []
