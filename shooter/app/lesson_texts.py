"""The words of each lesson: its title and its goal, in the current language.

The English lives in shooter.core.lesson_words (the CLI prints it too); this translates it.
"""

from PySide6.QtCore import QCoreApplication

from shooter.core import lesson_words


def _translate(english):
    return QCoreApplication.translate(lesson_words.CONTEXT, english)


def lesson_title(key):
    return lesson_words.lesson_title(key, _translate)


def lesson_goal(key):
    return lesson_words.lesson_goal(key, _translate)
