"""`shooter record`: an animation for slides, drawn offscreen as the window would show it."""

import sys
from pathlib import Path

from shooter.cli.outputs import check_outputs
from shooter.cli.parser import UsageError

EXIT_OK = 0


def cmd_record(args):
    from shooter.app.recording import Plan, parse_size, record_lesson
    from shooter.i18n import LANGUAGES

    if args.language not in LANGUAGES:
        raise UsageError(f"unknown language {args.language!r}; choose from "
                         f"{', '.join(LANGUAGES)}")
    check_outputs([("--out", args.out)])
    plan = Plan(Path(args.out), args.steps, parse_size(args.size), args.fps).checked()
    frames = record_lesson(plan, lesson=args.lesson or "sight-in", session_path=args.session,
                           language=args.language)
    width, height = plan.size
    steps = f"{plan.steps} step" + ("s" if plan.steps != 1 else "")
    print(f"wrote {plan.path}: {steps}, {frames} frames, {width}x{height} at {plan.fps} fps",
          file=sys.stdout)
    return EXIT_OK
