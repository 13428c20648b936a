"""Command line: no arguments opens the app; `lessons`, `train`, `explain` run headless."""

import argparse
import sys


def build_parser():
    parser = argparse.ArgumentParser(prog="shooter", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("lessons", help="list the lessons")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.command == "lessons":
        from shooter.core.lessons import LESSONS

        for key, lesson in LESSONS.items():
            print(f"{key:10} {' '.join(lesson.cases)}")
        return 0
    print("The desktop app is not built yet.", file=sys.stderr)
    return 1
