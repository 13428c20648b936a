"""The reference window for start-up: QMainWindow holding a pyqtgraph PlotWidget and a plain
QWidget, nothing else (benchmarks/ui.py measures the app against the same window).

Run as a program it opens that window at 1920x1080 and waits in the event loop, as the app
does; packaging/startup_bundles.spec freezes it the way the app is frozen, so
packaging/startup_time.py can time both bundles from launch to their first painted window.

    python benchmarks/bare_window.py
"""

import sys

WINDOW_SIZE = (1920, 1080)


def bare_window():
    """QMainWindow + PlotWidget + plain QWidget, side by side."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget

    window = QMainWindow()
    body = QWidget()
    layout = QHBoxLayout(body)
    window.plot = pg.PlotWidget()
    window.plain = QWidget()
    layout.addWidget(window.plain, 1)
    layout.addWidget(window.plot, 1)
    window.setCentralWidget(body)
    window.resize(*WINDOW_SIZE)
    return window


def main():
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    window = bare_window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
