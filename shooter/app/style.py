"""Colours, pens and fonts: one place, so presentation mode can change them all.

Colours follow the Okabe-Ito palette (safe for colour-blind viewers); the error is red-ish
vermillion and the gradient bluish green, the two hues the tutorial names, still
distinguishable for deuteranopes. Sizes are in points and multiplied by `Style.scale`.
"""

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont

FONT_FAMILIES = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
                 "Source Han Sans SC", "Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica"]


@dataclass(frozen=True)
class Palette:
    background: str = "#fafaf7"
    panel: str = "#f0efe9"
    text: str = "#1b1b1b"
    muted: str = "#5c5c5c"
    target_paper: str = "#f4eedd"
    target_black: str = "#1e1e1e"
    ring_line_on_paper: str = "#1e1e1e"
    ring_line_on_black: str = "#f4eedd"
    error: str = "#d55e00"  # vermillion: the red line from bullseye to hole
    gradient: str = "#009e73"  # bluish green: the aim correction arrow
    hole: str = "#0072b2"  # blue: the newest holes
    hole_old: str = "#7f9fbf"
    highlight: str = "#e69f00"  # orange: what the current phase touches
    positive: str = "#0072b2"  # weight sign colours
    negative: str = "#d55e00"
    loss_curve: str = "#0072b2"
    heldout_curve: str = "#e69f00"
    score_curve: str = "#009e73"
    grad_curve: str = "#cc79a7"


HIGH_CONTRAST = Palette(background="#000000", panel="#111111", text="#ffffff", muted="#dddddd",
                        target_paper="#ffffff", hole="#56b4e9", hole_old="#9fc9e6",
                        error="#ff7f2a", gradient="#00d39a", highlight="#f0e442",
                        positive="#56b4e9", negative="#ff7f2a", loss_curve="#56b4e9")


@dataclass(frozen=True)
class Style:
    palette: Palette = Palette()
    scale: float = 1.0  # presentation scale for fonts, lines and markers
    base_point_size: float = 11.0

    def color(self, name):
        return QColor(getattr(self.palette, name))

    def font(self, relative=1.0, bold=False):
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(self.base_point_size * self.scale * relative)
        font.setBold(bold)
        return font

    def px(self, size):
        """A line width or marker size, scaled."""
        return size * self.scale

    def scaled(self, scale):
        return replace(self, scale=max(0.6, min(3.0, scale)))


DEFAULT_STYLE = Style()
