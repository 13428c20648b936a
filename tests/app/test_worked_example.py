"""The worked example page (T10): real numbers of the shot on the range, exportable."""

import numpy as np

from shooter.app.lessons.worked_example import WorkedExampleView, numbers
from shooter.app.session import Session


def make(qtbot, session):
    view = WorkedExampleView(session)
    qtbot.addWidget(view)
    return view


def test_page_explains_the_shot_on_the_range_without_training(qtbot):
    session = Session("worked-example")
    for _ in range(3):
        session.step()
    trainer = session.trainer
    weights = trainer.network.get_weights()
    fired_with = [w.copy() for w in trainer.last_good]  # the weights before shot 3's step
    view = make(qtbot, session)
    e = view.explanation
    assert e["iteration"] == 2  # shot 3, the one the range shows
    np.testing.assert_array_equal(e["impact_cm"], trainer.last["fire"].impacts_cm)
    first = e["layers"][0]
    assert np.array_equal(first["W"], fired_with[0]) and np.array_equal(first["b"], fired_with[1])
    x = np.array(e["inputs"]["features"])
    z = x @ np.array(first["W"]) + np.array(first["b"])
    assert np.allclose(z, first["pre_activation"])
    assert np.allclose(np.tanh(z), first["output"])
    assert trainer.iteration == 3  # the session's own training is untouched
    assert all(np.array_equal(a, b) for a, b in zip(weights, trainer.network.get_weights()))
    text = view.page.toPlainText()
    assert "Shot 3" in text and "chain rule" in text and f"{first['W'][0][0]:.4g}" in text


def test_a_shot_fired_but_not_yet_adjusted_is_explained_with_the_current_weights(qtbot):
    session = Session("worked-example")
    session.step()
    session.fire()
    view = make(qtbot, session)
    assert view.explanation["iteration"] == 1
    np.testing.assert_array_equal(view.explanation["impact_cm"],
                                  session.trainer.last["fire"].impacts_cm)


def test_page_follows_the_range(qtbot):
    session = Session("worked-example")
    view = make(qtbot, session)
    assert view.explanation["iteration"] == 0  # before any shot: the first one
    session.step()
    session.step()
    qtbot.waitUntil(lambda: view.explanation["iteration"] == 1, timeout=3000)
    assert "Shot 2" in view.page.toPlainText()


def test_new_shots_are_the_coming_ones_and_the_range_shot_comes_back(qtbot):
    session = Session("worked-example")
    session.step()
    view = make(qtbot, session)
    view.new_shot.click()
    assert view.explanation["iteration"] == 1
    np.testing.assert_array_equal(view.explanation["layers"][0]["W"],
                                  session.trainer.network.get_weights()[0])
    view.new_shot.click()
    assert view.explanation["iteration"] == 2
    coming = session.trainer.fire()  # the range's next shot is the one explained first
    view.on_range.click()
    assert view.explanation["iteration"] == 1
    np.testing.assert_array_equal(view.explanation["impact_cm"], coming.impacts_cm)


def test_numbers_are_written_plainly_with_the_backward_step_to_the_layer_before(qtbot):
    assert numbers([[163.2]]) == "163.2"
    assert numbers([[1.0, -2.5]]) == "(1, -2.5)"
    assert numbers([[1.0, 2.0], [3.0, 4.0]]) == "(1, 2; 3, 4)"
    session = Session("worked-example")
    session.step()
    view = make(qtbot, session)
    text = view.page.toPlainText()
    assert "[" not in text and "]" not in text
    assert "dL/da of layer 1 = dL/dz·Wᵀ" in text
    last = view.explanation["layers"][1]
    grad_input = np.array(last["grad_pre_activation"]) @ np.array(last["W"]).T
    assert numbers(grad_input) in text


def test_saves_html_and_text(qtbot, tmp_path):
    view = make(qtbot, Session("worked-example"))
    view.save(tmp_path / "shot.html")
    view.save(tmp_path / "shot.txt")
    page = (tmp_path / "shot.html").read_text(encoding="utf-8")
    assert page.startswith("<html>") and "dL/dW" in page
    text = (tmp_path / "shot.txt").read_text(encoding="utf-8")
    assert "<" not in text and "Backward: the chain rule" in text


def test_every_button_has_a_key(qtbot):
    view = make(qtbot, Session("worked-example"))
    keys = dict(view.shortcut_table())
    assert keys["Explain a new shot"] == "E"
    assert keys["Explain the shot on the range"] == "H"
