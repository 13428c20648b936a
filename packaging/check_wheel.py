"""Build the wheel and check it carries what the app needs at run time.

Every Python module of the source tree's `shooter` package, the compiled translations
(shooter/i18n/*.qm) and the window icon (shooter/resources/icons/hicolor/*/apps/shooter.*),
since pyproject.toml lists the packages by hand.

    python packaging/check_wheel.py
"""

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_wheel(folder):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q",
                    "-w", str(folder)], check=True)
    return next(Path(folder).glob("shooter-*.whl"))


def expected_files():
    package = ROOT / "shooter"
    modules = {path.relative_to(ROOT).as_posix() for path in package.rglob("*.py")
               if "__pycache__" not in path.parts}
    catalogues = {path.relative_to(ROOT).as_posix() for path in package.glob("i18n/*.qm")}
    icons = {"shooter/resources/" + path.relative_to(ROOT / "resources").as_posix()
             for path in (ROOT / "resources").glob("icons/hicolor/*/apps/shooter.*")}
    return modules, catalogues, icons


def main():
    with tempfile.TemporaryDirectory(prefix="shooter-wheel-") as folder:
        wheel = build_wheel(folder)
        names = set(zipfile.ZipFile(wheel).namelist())
    failed = False
    for what, files in zip(("modules", "translations", "icons"), expected_files()):
        missing = sorted(files - names)
        if not files or missing:
            failed = True
            print(f"FAIL wheel {what}: missing {missing or 'all (none in the tree)'}")
        else:
            print(f"PASS wheel {what}: {len(files)} files")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
