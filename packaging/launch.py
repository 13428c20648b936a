"""Entry point of the frozen app: the same as `python -m shooter` (no arguments opens the app)."""

import sys

from shooter.cli import main

if __name__ == "__main__":
    sys.exit(main())
