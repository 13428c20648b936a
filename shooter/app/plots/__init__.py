"""Training curves: loss, mean ring score and gradient norm per iteration (pyqtgraph)."""

from shooter.app.plots.axes import IterationAxis, LogLabelAxis, ReadableAxis, next_step_125
from shooter.app.plots.decimate import Envelope
from shooter.app.plots.view import (
    MARKERS_UP_TO,
    SEGMENTS_FROM,
    SHOWN,
    Plots,
    iterations_shown,
    padded_range,
)

__all__ = ["Envelope", "IterationAxis", "LogLabelAxis", "MARKERS_UP_TO", "Plots",
           "ReadableAxis", "SEGMENTS_FROM", "SHOWN", "iterations_shown", "next_step_125",
           "padded_range"]
