"""Every phase is told in the range's words and in the field's, in both languages."""

import pytest

PHASE_TERMS = {
    "en": ("Fire — the forward pass", "Measure the miss — the loss",
           "Pull the target back — backpropagation",
           "Adjust the aim — one gradient-descent step"),
    "zh_CN": ("前向传播", "损失", "反向传播", "梯度下降"),
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("lesson", ["sight-in", "burst"])
def test_each_phase_names_its_term(make_window, language, lesson):
    window = make_window(lesson)
    window.set_language(language)
    for term in PHASE_TERMS[language]:
        window.session.advance_phase()
        assert term in window.narration.text()


def test_a_burst_is_told_as_shots_not_rounds(make_window):
    window = make_window("burst")
    window.session.advance_phase()
    text = window.narration.text()
    assert "Burst 1: 3 shots" in text and "round" not in text


@pytest.mark.parametrize("language, red, green", [("en", "red line", "green arrow"),
                                                   ("zh_CN", "红线", "绿色箭头")])
def test_red_lines_and_the_green_arrow_are_named_only_while_the_range_shows(
        make_window, language, red, green):
    """A lesson's own view has no red lines or green arrow: the sentence says the same
    without pointing at them, and points again back on the range."""
    window = make_window("loss-surface")
    window.set_language(language)
    session, tabs = window.session, window.tabs
    session.advance_phase()
    session.advance_phase()  # the loss
    assert red in window.narration.text()
    tabs.setCurrentIndex(1)
    told = window.narration.text()
    assert red not in told and "2275" in told  # the same numbers, no red line
    session.advance_phase()  # the gradient, told on the lesson view
    assert green not in window.narration.text()
    tabs.setCurrentIndex(0)
    assert green in window.narration.text()
