"""Lesson titles and goals come from one table; the app's words are the same English, so the
Chinese catalogue keeps matching them."""

from shooter.app import lesson_texts
from shooter.core import lesson_words
from shooter.core.lessons import LESSONS


def test_every_lesson_has_a_title_and_a_goal():
    assert set(lesson_words.TITLES) == set(lesson_words.GOALS) == set(LESSONS)
    assert all(lesson_words.lesson_goal(key) for key in LESSONS)


def test_the_app_shows_the_same_english(qapp):
    for key in LESSONS:
        assert lesson_texts.lesson_title(key) == lesson_words.lesson_title(key)
        assert lesson_texts.lesson_goal(key) == lesson_words.lesson_goal(key)


def test_translation_is_looked_up_by_the_english_and_unknown_keys_show_as_they_are():
    assert lesson_words.lesson_title("wind", str.upper) == "WIND AND DISTANCE"
    assert lesson_words.lesson_title("no-such") == "no-such"
    assert lesson_words.lesson_goal("no-such") == ""
