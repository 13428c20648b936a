"""Each lesson's title and goal, by lesson key: English, marked for translation.

The CLI prints the English (`shooter lessons`); the app shows them through its translator,
context "Lessons" (the catalogues collect the marks below without this module importing Qt).
"""

from shooter.core.messages import QT_TRANSLATE_NOOP

CONTEXT = "Lessons"

TITLES = {
    "sight-in": QT_TRANSLATE_NOOP("Lessons", "Sight in the rifle"),
    "burst": QT_TRANSLATE_NOOP("Lessons", "Three-shot burst"),
    "step-size": QT_TRANSLATE_NOOP("Lessons", "Step size"),
    "wind": QT_TRANSLATE_NOOP("Lessons", "Wind and distance"),
    "experience": QT_TRANSLATE_NOOP("Lessons", "First guess: random or experience"),
    "search": QT_TRANSLATE_NOOP("Lessons", "Try everything, or follow the gradient?"),
    "forward-reverse": QT_TRANSLATE_NOOP("Lessons", "Walk to the target, or pull it back?"),
    "worked-example": QT_TRANSLATE_NOOP("Lessons", "One shot, number by number"),
    "loss-surface": QT_TRANSLATE_NOOP("Lessons", "The loss landscape"),
    "sandbox": QT_TRANSLATE_NOOP("Lessons", "Sandbox"),
    "your-turn": QT_TRANSLATE_NOOP("Lessons", "Your turn: aim by hand"),
}

GOALS = {
    "sight-in": QT_TRANSLATE_NOOP(
        "Lessons", "The sight is off and nobody knows by how much. Fire, look, correct: "
        "in about five shots the holes walk from the outer ring to the bullseye."),
    "burst": QT_TRANSLATE_NOOP(
        "Lessons", "Three shots per burst land around the same point. Each hole has its "
        "own error; the loss is their average, and one correction serves the burst."),
    "step-size": QT_TRANSLATE_NOOP(
        "Lessons", "How far to move the aim after each look? Too little crawls, just "
        "right arrives fast, too much overshoots until the shots leave the target."),
    "wind": QT_TRANSLATE_NOOP(
        "Lessons", "Distance and wind change from shot to shot. Without a hidden layer "
        "the network only knows straight-line rules and stalls; with one it learns "
        "how wind and distance combine."),
    "experience": QT_TRANSLATE_NOOP(
        "Lessons", "A first guess can be random or come from a rifle trained before. "
        "Compare how many shots each start needs."),
    "search": QT_TRANSLATE_NOOP(
        "Lessons", "Why not try every aim? Count the shots: trying all combinations "
        "explodes as parameters are added, following the gradient does not."),
    "forward-reverse": QT_TRANSLATE_NOOP(
        "Lessons", "To see how each weight moves the hole you can walk to the target once "
        "per weight, or pull it back once. Same numbers, very different cost."),
    "worked-example": QT_TRANSLATE_NOOP(
        "Lessons", "One shot followed number by number: forward through every layer, "
        "then the chain rule backward to every weight."),
    "loss-surface": QT_TRANSLATE_NOOP(
        "Lessons", "The loss is a landscape over the weights. Two of them drawn as a "
        "map: watch training walk downhill."),
    "sandbox": QT_TRANSLATE_NOOP("Lessons", "Every condition and every setting is yours."),
    "your-turn": QT_TRANSLATE_NOOP(
        "Lessons", "Be the network: move the aim with the arrow keys and fire. Then gradient "
        "descent fires the same shots from the same start. Who reaches ring 9 first?"),
}


def lesson_title(key, translate=None):
    """The lesson's title, translated by `translate(english) -> text` when given."""
    return _shown(TITLES, key, translate, default=str(key))


def lesson_goal(key, translate=None):
    """What the lesson sets out to show, in one or two sentences ('' for an unknown key)."""
    return _shown(GOALS, key, translate, default="")


def _shown(table, key, translate, default):
    english = table.get(key)
    if english is None:
        return default
    return translate(english) if translate else english
