"""The target view: rings, bullet holes, the red error lines and the green aim-correction arrow.

holes (the bounded hole buffer), geometry (cm <-> pixels, clipping, arrows), labels (where
each text goes), words (what it says), flight (the bullet's animation), painting (QPainter
drawing), static_layer (the cached rings and past holes) and view (the widget).
"""

from shooter.app.target.flight import BASE_FLIGHT_MS
from shooter.app.target.view import TargetView

__all__ = ["BASE_FLIGHT_MS", "TargetView"]
