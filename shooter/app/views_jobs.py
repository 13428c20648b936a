"""What the lesson views share: running a core job in slices, and naming parameters.

A job has advance(chunk) -> done, a `progress` in 0..1 and `done`. The runner advances it
from a zero-interval QTimer for at most SLICE_S per tick, so the window keeps answering
while a grid search or a forward-mode sweep runs, and a Cancel stops it between slices.
"""

import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

SLICE_S = 0.04  # work per timer tick; well under the 100 ms a click may wait


class JobRunner(QObject):
    progressed = Signal(float)
    finished = Signal(object)  # the job
    cancelled = Signal()

    def __init__(self, chunk, parent=None):
        super().__init__(parent)
        self.chunk = chunk
        self.job = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self):
        return self._timer.isActive()

    def start(self, job):
        self.job = job
        self.progressed.emit(0.0)
        self._timer.start()

    def cancel(self):
        if self.running:
            self._timer.stop()
            self.job = None
            self.cancelled.emit()

    def _tick(self):
        job = self.job
        deadline = time.perf_counter() + SLICE_S
        while not job.advance(self.chunk) and time.perf_counter() < deadline:
            pass
        self.progressed.emit(float(job.progress))
        if job.done:
            self._timer.stop()
            self.finished.emit(job)


translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def condition_name(name):
    names = {
        "distance": translate("LessonViews", "distance"),
        "crosswind": translate("LessonViews", "crosswind"),
        "headwind": translate("LessonViews", "headwind"),
        "air_density": translate("LessonViews", "air density"),
    }
    return names.get(name, name)


def unit_name(layer, index, inputs, hidden):
    """Neuron `index` of column `layer` (0 = inputs, last = aim) in words."""
    if layer == 0:
        return condition_name(inputs[index]) if inputs else translate("LessonViews", "bias")
    if layer == len(hidden) + 1:
        if index == 0:
            return translate("LessonViews", "aim right")
        return translate("LessonViews", "aim up")
    return f"h{layer}.{index + 1}"


def parameter_name(ref, inputs, hidden):
    """A ParameterRef as a short label: 'w distance → h1.3' or 'b aim right'."""
    target = unit_name(ref.layer + 1, ref.col, inputs, hidden)
    if ref.kind == "b":
        return f"b {target}"
    return f"w {unit_name(ref.layer, ref.row, inputs, hidden)} → {target}"
