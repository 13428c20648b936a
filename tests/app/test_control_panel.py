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


def test_environment_fields_write_their_units_in_the_language_shown(qtbot, chinese):
    panel = ControlPanel(Session("sight-in"))
    qtbot.addWidget(panel)
    fields = (panel.wind_strength, panel.distance_min, panel.distance_max, panel.tremor)
    assert [field.suffix() for field in fields] == [" 米/秒", " 米", " 米", " 毫弧度"]


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


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_panel_column_never_scrolls_sideways(make_window, qtbot, language, size):
    """Every control is whole in its column, and focusing one never shifts the column (a
    sideways shift cut the first letter of the group titles)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QWidget

    window = make_window(size=size)
    window.set_language(language)
    window.controls._set_hidden((8, 8, 8, 8))  # the most layer fields the panel offers
    qtbot.wait(1)
    scroll, panel = window.controls_scroll, window.controls
    assert panel.width() >= panel.minimumSizeHint().width()
    assert panel.width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    for widget in panel.findChildren(QWidget):
        if widget.isVisibleTo(panel) and widget.focusPolicy() != 0:
            widget.setFocus()
            scroll.ensureWidgetVisible(widget)
            assert scroll.horizontalScrollBar().value() == 0
            right = widget.mapTo(panel, widget.rect().topRight()).x()
            assert right <= scroll.viewport().width(), widget
    for box in panel.findChildren(QGroupBox):
        assert box.fontMetrics().horizontalAdvance(box.title()) < box.width()
    for button in panel.findChildren(QAbstractButton):
        if button.isVisibleTo(panel) and button.text():
            assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()


def test_a_wrong_learning_rate_is_said_in_the_styles_error_colour(panel, qtbot):
    from PySide6.QtGui import QPalette

    from shooter.app.style import HIGH_CONTRAST, Style, contrast

    type_lr(panel, "abc")
    for palette in (Style().palette, HIGH_CONTRAST):
        panel.set_style(Style(palette=palette))
        assert palette.error_text in panel.lr_field.styleSheet()
    assert panel.lr_message.foregroundRole() == QPalette.BrightText
    assert contrast(Style().palette.error_text, Style().palette.panel) >= 4.5
    type_lr(panel, "0.01")
    assert panel.lr_field.styleSheet() == ""


def test_a_speed_set_from_code_is_shown_at_its_nearest_step_and_kept(qtbot):
    """Building the panel (as a language switch does) leaves the session's speed alone; the
    slider shows the nearest of its roughly tenfold steps."""
    from shooter.app.control_panel import ControlPanel, speed_index
    from shooter.app.session import SPEEDS, Session

    session = Session("sight-in")
    session.set_speed(600)
    panel = ControlPanel(session)
    qtbot.addWidget(panel)
    assert session.steps_per_second == 600
    assert SPEEDS[panel.speed.value()] == 200
    assert SPEEDS[speed_index(1000)] == 2000 and SPEEDS[speed_index(None)] is None
