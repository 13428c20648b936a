"""Strings the app translates through a helper lupdate cannot follow, listed for it.

lupdate only collects literal translate("Context", "text") and self.tr("text") calls.
target_view (`_t(word)`) and crash (`tr(text)`) translate through module helpers, which
lupdate files under no context or not at all; the strings are named here in the contexts
the helpers use at run time, so the catalogue holds them where they are looked up.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def target_view_words():
    """The words shooter.app.target_view passes to its `_t` helper, in its context."""
    return (
        translate("TargetView", "centre"),
        translate("TargetView", "left"),
        translate("TargetView", "right"),
        translate("TargetView", "up"),
        translate("TargetView", "down"),
        translate("TargetView", "upper left"),
        translate("TargetView", "upper right"),
        translate("TargetView", "lower left"),
        translate("TargetView", "lower right"),
        translate("TargetView", "{where} {degrees}°"),
        translate("TargetView", "miss, {where}"),
        translate("TargetView", "ring {score}, dead centre"),
        translate("TargetView", "ring {score}, {where}"),
        translate("TargetView", "lost"),
        translate("TargetView", "{value} m"),
        translate("TargetView", "{value} cm"),
    )


def crash_words():
    """The words shooter.app.crash passes to its `tr` helper, in its context "Crash"."""
    return (
        translate("Crash", "(no log could be written)"),
        translate("Crash", "Shooter met an unexpected problem and carried on.\n{summary}\n\n"
                           "The details were written to:\n{path}"),
        translate("Crash", "Unexpected problem"),
    )
