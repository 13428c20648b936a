"""The lessons' own views, one module per view, each showing a concept of the core:
search (T7), differentiation (T9), surface (T11), experience (T3), valley (T8, step size)
and worked_example (T10); base holds what they share."""

from shooter.app.lessons.differentiation import DifferentiationView
from shooter.app.lessons.experience import ExperienceView
from shooter.app.lessons.search import SearchView
from shooter.app.lessons.surface import SurfaceView
from shooter.app.lessons.valley import ValleyView
from shooter.app.lessons.worked_example import WorkedExampleView

__all__ = ["DifferentiationView", "ExperienceView", "SearchView", "SurfaceView", "ValleyView",
           "WorkedExampleView"]
