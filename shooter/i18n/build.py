"""Refresh the catalogues from the source and compile them:

    python -m shooter.i18n.build

lupdate collects every tr()/translate() string of the package into shooter_<lang>.ts
(keeping the translations already there); lrelease compiles the .qm files the app loads.
"""

import subprocess
import sys
from pathlib import Path

from shooter.i18n import CATALOGUE_DIR, DEFAULT_LANGUAGE, LANGUAGES

PACKAGE_DIR = CATALOGUE_DIR.parent


def tool(name):
    """The pyside6-<name> script beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else f"pyside6-{name}"


def sources():
    """The app's modules, and the core's modules that mark words for translation (the core
    imports no Qt: its templates carry a no-op QT_TRANSLATE_NOOP that lupdate collects)."""
    return sorted(str(p) for p in PACKAGE_DIR.rglob("*.py")
                  if "core" not in p.parts or "QT_TRANSLATE_NOOP(" in p.read_text("utf-8"))


def catalogue(language):
    return CATALOGUE_DIR / f"shooter_{language}.ts"


def update(ts_path, extra=()):
    subprocess.run([tool("lupdate"), *extra, *sources(), "-ts", str(ts_path)],
                   check=True, capture_output=True)


def release(ts_path, qm_path):
    subprocess.run([tool("lrelease"), str(ts_path), "-qm", str(qm_path)],
                   check=True, capture_output=True)


def main():
    for language in LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue
        ts = catalogue(language)
        update(ts, ["-no-obsolete"])
        release(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.name} and {ts.with_suffix('.qm').name}")


if __name__ == "__main__":
    main()
