"""History buffers: exact values, bounded memory, rollback."""

import numpy as np

from shooter.core.history import History, Series


def test_a_million_appends_keep_exact_values_in_about_8_bytes_each():
    series = Series()
    n = 1_000_000
    values = np.random.default_rng(5).normal(size=n) * 1e3
    for value in values:
        series.append(value)
    assert len(series) == n
    assert np.array_equal(series.values, values)  # float64, bit for bit
    # Doubling growth: the buffer holds fewer than 2 slots per value, 8 bytes a slot.
    assert series._data.dtype == np.float64
    assert series._data.nbytes < 2 * 8 * n
    assert series._data.nbytes >= 8 * n


def test_values_view_is_read_only():
    series = Series()
    series.extend([1.0, 2.0, 3.0])
    view = series.values
    assert not view.flags.writeable
    assert view.tolist() == [1.0, 2.0, 3.0]


def test_history_rolls_back_to_a_mark_and_round_trips_through_a_dict():
    history = History()
    for i in range(5):
        history.record(float(i), i / 2, 10.0 * i)
    history.record_heldout(5, 0.25)
    mark = history.mark()
    history.record(99.0, 9.0, 9.0)
    history.record_heldout(10, 0.5)
    history.rollback(mark)
    assert history.loss.values.tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert history.heldout_loss.values.tolist() == [0.25]
    copy = History.from_dict(history.to_dict())
    for name in History.NAMES:
        assert np.array_equal(getattr(copy, name).values, getattr(history, name).values)
