"""The side panel changes the trainer and only offers what makes sense now."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from shooter.app.control_panel import ControlPanel  # noqa: E402
from shooter.app.session import Session  # noqa: E402


@pytest.fixture
def panel(qtbot):
    session = Session("sight-in")
    widget = ControlPanel(session)
    qtbot.addWidget(widget)
    return widget


def type_lr(panel, text):
    panel.lr_field.setText(text)
    panel.lr_field.editingFinished.emit()


def test_learning_rate_field_changes_the_trainer(panel):
    type_lr(panel, "0.004")
    assert panel.session.config.lr == 0.004
    assert panel.session.trainer.optimizer.lr == 0.004


@pytest.mark.parametrize("text", ["abc", "0", "-0.1", "nan", "inf", "1e9"])
def test_bad_learning_rate_is_explained_and_not_applied(panel, text):
    type_lr(panel, text)
    assert panel.session.config.lr == 0.0025
    assert not panel.lr_message.isHidden()
    assert panel.lr_message.text()


def test_learning_rate_slider_is_logarithmic(panel):
    panel.lr_slider.setValue(-40)  # 10^(-40/20) = 0.01
    assert panel.session.config.lr == pytest.approx(0.01)
    assert panel.lr_field.text() == "0.01"


def test_layer_buttons_change_the_network(panel):
    panel.add_layer.click()
    panel.add_layer.click()
    assert panel.session.config.hidden == (8, 8)
    assert [d.W.shape for d in panel.session.trainer.network.dense] == [(0, 8), (8, 8), (8, 2)]
    panel.layer_spins[0].setValue(12)
    assert panel.session.config.hidden == (12, 8)
    panel.remove_layer.click()
    assert panel.session.config.hidden == (12,)


def test_inputs_batch_and_optimizer(panel):
    panel.inputs["distance"].setChecked(True)
    assert panel.session.config.inputs == ("distance",)
    panel.batch.setValue(3)
    assert panel.session.config.batch == 3
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("adam"))
    assert panel.session.trainer.optimizer.name == "adam"


def test_environment_controls(panel):
    panel.wind_on.setChecked(True)
    panel.wind_strength.setValue(6.0)
    panel.wind_strength.editingFinished.emit()
    assert panel.session.config.environment.crosswind_mps == (-6.0, 6.0)
    panel.air_resistance.setChecked(False)
    assert panel.session.config.air_resistance is False


def test_buttons_follow_the_phase(panel):
    assert panel.fire_button.isEnabled() and not panel.pull_button.isEnabled()
    panel.fire_button.click()
    assert panel.pull_button.isEnabled() and not panel.fire_button.isEnabled()
    panel.pull_button.click()
    assert panel.adjust_button.isEnabled()
    panel.adjust_button.click()
    assert panel.fire_button.isEnabled()
    assert not panel.restore_button.isEnabled()


def test_divergence_offers_restore_only(panel, qtbot):
    type_lr(panel, "5")
    for _ in range(30):
        panel.step_button.click()
        if panel.session.trainer.diverged:
            break
    assert panel.session.trainer.diverged
    assert panel.restore_button.isEnabled()
    assert not panel.step_button.isEnabled() and not panel.fire_button.isEnabled()
    panel.restore_button.click()
    assert not panel.restore_button.isEnabled() and panel.step_button.isEnabled()


def test_lesson_picker_loads_the_lesson(panel):
    panel.lesson.setCurrentIndex(panel.lesson.findData("wind"))
    assert panel.session.lesson.key == "wind"
    assert panel.inputs["crosswind"].isChecked()
    assert panel.batch.value() == 32


def test_leaving_the_seed_field_unchanged_keeps_the_training(panel):
    panel.session.step()
    panel.seed.editingFinished.emit()  # focus left the field, same seed
    assert panel.session.trainer.iteration == 1
    panel.seed.setValue(panel.seed.value() + 5)
    panel.seed.editingFinished.emit()
    assert panel.session.trainer.iteration == 0
    assert panel.session.trainer.config.seed == panel.seed.value()
