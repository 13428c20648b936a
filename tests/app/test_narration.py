"""Every phase is told in the range's words and in the field's, in both languages."""

import re

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


@pytest.mark.parametrize("lesson, step_words, paused_words",
                         [("sight-in", "Training: shot", "Paused after shot"),
                          ("wind", "shots), loss", "Paused after burst")])
def test_automatic_training_is_told_in_shots_or_bursts_and_says_when_it_paused(
        make_window, qtbot, lesson, step_words, paused_words):
    window = make_window(lesson)
    session = window.session
    session.set_speed(200)
    with qtbot.waitSignal(session.frame, timeout=5000):
        session.play()
    qtbot.waitUntil(lambda: step_words in window.narration.text(), timeout=5000)
    if lesson == "wind":  # a step of the wind lesson is a burst of 32 shots
        assert "(32 shots)" in window.narration.text()
    session.pause()
    told = window.narration.text()
    assert told.startswith(paused_words) and "Training" not in told
    # Where it stopped: the last step taken, drawn by the pause if no frame had shown it.
    assert re.search(rf"\b{len(session.history)}\b", told)
    assert window.plots.steps_shown() == len(session.history)
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.narration.text().startswith("已暂停"))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_range_keeps_its_size_while_the_phases_are_told(make_window, qtbot, language):
    """A sentence that wraps onto a second line fits the room the status line keeps: the
    target does not shrink and grow back from one phase to the next."""
    window = make_window("sight-in", size=(1024, 768))
    window.set_language(language)
    qtbot.wait(10)
    heights = []
    for _ in range(8):
        window.session.advance_phase()
        qtbot.wait(10)
        assert window.narration.heightForWidth(window.narration.width()) <= \
            window.narration.height()
        heights.append(window.target.height())
    assert len(set(heights)) == 1, heights


def test_the_flight_time_is_told_as_the_side_view_shows_it(make_window):
    """The sentence and the side view name the same flight time, to the same digits."""
    window = make_window("sight-in")
    window.session.advance_phase()
    flight = next(label for label in window.range_strip.labels() if label.startswith("flight"))
    seconds = flight.split()[1]
    assert f"flew {seconds} s" in window.narration.text()


def test_a_step_shown_again_on_the_timeline_is_not_told_as_training(make_window, qtbot):
    window = make_window("sight-in")
    session = window.session
    session.set_speed(200)
    session.play()
    qtbot.waitUntil(lambda: len(session.history) > 5, timeout=5000)
    session.pause()
    window.timeline.step_back()
    told = window.narration.text()
    assert told.startswith("Shot ") and "Training" not in told and "Paused" not in told


def test_a_step_the_pause_itself_draws_is_told_as_where_training_paused(make_window):
    """Pausing draws the steps no frame has shown yet; that last frame arrives after the
    timer has stopped, and is still told as where training paused. The ticks are driven by
    hand on a clock of the test's own, each step taking 1 ms of it."""
    window = make_window("sight-in")
    session = window.session
    session.set_speed(None)
    session.play()
    now = [100.0]
    session.clock = lambda: now[0]
    session._last_tick, session._last_frame = now[0], now[0] - 1.0
    session._tick()  # a frame overdue: one step, drawn at once
    assert window.narration.text().startswith("Training: shot 1,")
    step = session.trainer.step

    def timed_step():
        now[0] += 0.001
        return step()

    session.trainer.step = timed_step
    session._tick()  # steps for the tick's budget, well before the next frame is due
    assert len(session.history) > 1 and window.narration.text().startswith("Training: shot 1,")
    session.pause()
    told = window.narration.text()
    assert told.startswith(f"Paused after shot {len(session.history)}:"), told
