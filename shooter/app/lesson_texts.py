"""The words of each lesson: its title and its goal, in the current language."""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def lesson_title(key):
    titles = {
        "sight-in": translate("Lessons", "Sight in the rifle"),
        "burst": translate("Lessons", "Three-round burst"),
        "step-size": translate("Lessons", "Step size"),
        "wind": translate("Lessons", "Wind and distance"),
        "experience": translate("Lessons", "First guess: random or experience"),
        "search": translate("Lessons", "Try everything, or follow the gradient?"),
        "forward-reverse": translate("Lessons", "Walk to the target, or pull it back?"),
        "worked-example": translate("Lessons", "One shot, number by number"),
        "loss-surface": translate("Lessons", "The loss landscape"),
        "sandbox": translate("Lessons", "Sandbox"),
        "your-turn": translate("Lessons", "Your turn: aim by hand"),
    }
    return titles.get(key, key)


def lesson_goal(key):
    goals = {
        "sight-in": translate(
            "Lessons", "The sight is off and nobody knows by how much. Fire, look, correct: "
            "in about five shots the holes walk from the outer ring to the bullseye."),
        "burst": translate(
            "Lessons", "Three rounds per burst land around the same point. Each hole has its "
            "own error; the loss is their average, and one correction serves the burst."),
        "step-size": translate(
            "Lessons", "How far to move the aim after each look? Too little crawls, just "
            "right arrives fast, too much overshoots until the shots leave the target."),
        "wind": translate(
            "Lessons", "Distance and wind change from shot to shot. Without a hidden layer "
            "the network only knows straight-line rules and stalls; with one it learns "
            "how wind and distance combine."),
        "experience": translate(
            "Lessons", "A first guess can be random or come from a rifle trained before. "
            "Compare how many shots each start needs."),
        "search": translate(
            "Lessons", "Why not try every aim? Count the shots: trying all combinations "
            "explodes as parameters are added, following the gradient does not."),
        "forward-reverse": translate(
            "Lessons", "To see how each weight moves the hole you can walk to the target once "
            "per weight, or pull it back once. Same numbers, very different cost."),
        "worked-example": translate(
            "Lessons", "One shot followed number by number: forward through every layer, "
            "then the chain rule backward to every weight."),
        "loss-surface": translate(
            "Lessons", "The loss is a landscape over the weights. Two of them drawn as a "
            "map: watch training walk downhill."),
        "sandbox": translate("Lessons", "Every condition and every setting is yours."),
        "your-turn": translate(
            "Lessons", "Be the network: move the aim with the arrow keys and fire. Then gradient "
            "descent fires the same shots from the same start. Who reaches ring 9 first?"),
    }
    return goals.get(key, "")
