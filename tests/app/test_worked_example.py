"""The worked example page (T10): real numbers of the current network, exportable."""

import numpy as np

from shooter.app.session import Session
from shooter.app.worked_example import WorkedExampleView


def test_page_shows_the_current_networks_numbers_without_training(qtbot):
    session = Session("worked-example")
    for _ in range(3):
        session.step()
    weights = session.trainer.network.get_weights()
    view = WorkedExampleView(session)
    qtbot.addWidget(view)
    e = view.explanation
    first = e["layers"][0]
    assert np.allclose(first["W"], weights[0]) and np.allclose(first["b"], weights[1])
    x = np.array(e["inputs"]["features"])
    z = x @ np.array(first["W"]) + np.array(first["b"])
    assert np.allclose(z, first["pre_activation"])
    assert np.allclose(np.tanh(z), first["output"])
    assert session.trainer.iteration == 3  # the session's own training is untouched
    assert all(np.array_equal(a, b) for a, b in zip(weights, session.trainer.network.get_weights()))
    text = view.page.toPlainText()
    assert "chain rule" in text and f"{first['W'][0][0]:.4g}" in text


def test_saves_html_and_text(qtbot, tmp_path):
    view = WorkedExampleView(Session("worked-example"))
    qtbot.addWidget(view)
    view.save(tmp_path / "shot.html")
    view.save(tmp_path / "shot.txt")
    page = (tmp_path / "shot.html").read_text(encoding="utf-8")
    assert page.startswith("<html>") and "dL/dW" in page
    text = (tmp_path / "shot.txt").read_text(encoding="utf-8")
    assert "<" not in text and "Backward: the chain rule" in text
