"""The bullet's flight to the target as a pure animation: advance(dt_ms) moves it on,
so tests step it without waiting; the view's timer feeds it real time."""

BASE_FLIGHT_MS = 700  # bullet flight at speed 1


class Flight:
    def __init__(self):
        self.speed = 1.0
        self.elapsed = None  # ms since the current shot left the muzzle, None: landed

    def set_speed(self, factor):
        """1 normal, 2 twice as fast, 0 off (holes at once; a bullet in the air lands)."""
        self.speed = max(0.0, float(factor))
        if self.speed == 0.0:
            self.land()

    def duration_ms(self):
        if self.speed <= 0.0:
            return 0
        return max(1, int(round(BASE_FLIGHT_MS / self.speed)))

    def start(self):
        """A shot leaves the muzzle; False when flights are off."""
        self.elapsed = 0 if self.duration_ms() > 0 else None
        return self.elapsed is not None

    def flying(self):
        return self.elapsed is not None

    def land(self):
        self.elapsed = None

    def advance(self, dt_ms):
        """Move on by dt_ms; True while the bullet is still flying."""
        if self.elapsed is None:
            return False
        self.elapsed += max(0, int(dt_ms))
        if self.elapsed >= self.duration_ms():
            self.land()
        return self.flying()

    def progress(self):
        """0 at the muzzle, 1 on the target (1 when nothing flies)."""
        if self.elapsed is None:
            return 1.0
        return min(1.0, self.elapsed / max(1, self.duration_ms()))
