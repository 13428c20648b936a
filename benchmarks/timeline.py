"""What the timeline costs, against baselines measured in the same run.

- Automatic training with checkpoints: the session's stepping (a trainer step, then a
  checkpoint every SPACING-th step) against bare Trainer.step() on the same lesson, as a ratio.
- Showing an earlier step in a window whose log holds --frames frames of automatic training:
  one step back (the views rebuilt from the start), one step forward (only the later records),
  and back to the present; against drawing one frame while training.

Times are CPU time of this thread (medians of --repeats). Prints a Markdown table; it never
fails on time. Run: python benchmarks/timeline.py [--steps 3000] [--frames 2000] [--repeats 5]
"""

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from shooter.app.main_window import MainWindow  # noqa: E402
from shooter.app.session import Session  # noqa: E402
from shooter.core.lessons import LESSONS  # noqa: E402
from shooter.core.trainer import Trainer  # noqa: E402


def cpu_ms(action):
    start = time.thread_time()
    action()
    return (time.thread_time() - start) * 1000.0


def median_ms(action, repeats):
    return statistics.median(cpu_ms(action) for _ in range(repeats))


def stepping(lesson, steps, repeats):
    """(bare trainer ms, session stepping with checkpoints ms) for `steps` steps, each
    from a new start (made outside the timing)."""
    bare, kept = [], []
    for _ in range(repeats):
        trainer = Trainer(LESSONS[lesson].configured())
        bare.append(cpu_ms(lambda t=trainer: [t.step() for _ in range(steps)]))
        session = Session(lesson)
        kept.append(cpu_ms(lambda s=session: [(s.trainer.step(), s._step_done())
                                              for _ in range(steps)]))  # as playing does
    return statistics.median(bare), statistics.median(kept)


def filled_window(frames):
    window = MainWindow(Session("sight-in"))
    window.ask_save_changes = lambda: "discard"
    window.resize(1024, 768)
    window.show()
    session = window.session
    for _ in range(frames):  # a frame per step: the most records a run of this length logs
        record = session.trainer.step()
        session._step_done()
        session._emit_logged(session.frame, record)
    QApplication.processEvents()
    return window


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--frames", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print("| measure | ms | ratio |")
    print("|---|---|---|")
    for lesson in ("sight-in", "wind"):
        bare, kept = stepping(lesson, args.steps, args.repeats)
        print(f"| {args.steps} steps, {lesson}: bare trainer / with checkpoints "
              f"| {bare:.0f} / {kept:.0f} | {kept / bare:.2f} |")
    window = filled_window(args.frames)
    session = window.session
    middle = args.frames // 2

    def one_frame():
        record = session.trainer.step()
        session._emit_logged(session.frame, record)
        app.processEvents()

    frame = median_ms(one_frame, args.repeats)
    back, forward, present = [], [], []
    for _ in range(args.repeats):
        session.show_step(middle)
        app.processEvents()
        back.append(cpu_ms(lambda: (session.show_step(middle - 1), app.processEvents())))
        forward.append(cpu_ms(lambda: (session.show_step(middle), app.processEvents())))
        present.append(cpu_ms(lambda: (session.show_present(), app.processEvents())))
    rows = (("one frame while training", frame),
            (f"a step back, {args.frames} frames logged", statistics.median(back)),
            ("a step forward", statistics.median(forward)),
            ("back to the present", statistics.median(present)))
    for name, ms in rows:
        print(f"| {name} | {ms:.1f} | {ms / frame:.1f} |")
    window.close()


if __name__ == "__main__":
    main()
