"""Colours, pens and fonts: one place, so presentation mode can change them all.

Colours follow the Okabe-Ito palette (safe for colour-blind viewers); the error is red-ish
vermillion and the gradient bluish green, the two hues the tutorial names, still
distinguishable for deuteranopes. Sizes are in points and multiplied by `Style.scale`.
"""

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette

# Presentation mode's text scale on a 1080-line screen; smaller screens get less, in
# proportion, so text takes the same share of any projector's height.
PRESENTATION_SCALE = 1.6
PRESENTATION_LINES = 1080
FONT_FAMILIES = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
                 "Source Han Sans SC", "Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica"]


class Palette(NamedTuple):
    background: str = "#fafaf7"
    panel: str = "#f0efe9"
    text: str = "#1b1b1b"
    muted: str = "#5c5c5c"
    target_paper: str = "#f4eedd"
    target_black: str = "#1e1e1e"
    ring_line_on_paper: str = "#1e1e1e"
    ring_line_on_black: str = "#f4eedd"
    error: str = "#d55e00"  # vermillion: the red line from bullseye to hole
    gradient: str = "#00966e"  # bluish green, a shade darker than Okabe-Ito's: 3:1 on paper
    hole: str = "#0072b2"  # blue: the newest holes
    hole_old: str = "#7f9fbf"
    highlight: str = "#e69f00"  # orange: what the current phase touches
    positive: str = "#0072b2"  # weight sign colours
    negative: str = "#d55e00"
    loss_curve: str = "#0072b2"
    heldout_curve: str = "#e69f00"
    score_curve: str = "#00966e"
    grad_curve: str = "#cc79a7"
    # Widgets (buttons, fields, lists) and the texts on them; every text colour reaches
    # WCAG AA (4.5:1) on the background it is drawn on.
    control: str = "#ffffff"
    disabled_text: str = "#6b6b6b"
    error_text: str = "#a84a00"  # the vermillion darkened until it reads as text
    text_on_highlight: str = "#1b1b1b"
    sheet: str = "#f7000000"  # the F1 sheet over the window, nearly opaque (Qt: #AARRGGBB)
    sheet_text: str = "#ffffff"
    sheet_keys: str = "#e69f00"


HIGH_CONTRAST = Palette(background="#000000", panel="#111111", text="#ffffff", muted="#dddddd",
                        target_paper="#ffffff", hole="#56b4e9", hole_old="#9fc9e6",
                        error="#ff7f2a", gradient="#00d39a", highlight="#f0e442",
                        positive="#56b4e9", negative="#ff7f2a", loss_curve="#56b4e9",
                        control="#262626", disabled_text="#9a9a9a", error_text="#ff7f2a",
                        text_on_highlight="#000000", sheet="#f8000000", sheet_keys="#f0e442")

# Text colour -> the backgrounds it is drawn on, by palette field: what contrast() checks.
TEXT_PAIRS = {
    "text": ("background", "panel", "control"),
    "muted": ("background", "panel"),
    "disabled_text": ("panel", "control"),
    "error_text": ("background", "panel", "control"),
    "text_on_highlight": ("highlight",),
}
AA_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0  # WCAG 1.4.11: marks and lines that carry meaning


def relative_luminance(colour):
    """WCAG 2 relative luminance of a QColor (its alpha ignored)."""
    def channel(value):
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(foreground, background):
    """WCAG 2 contrast ratio of two colours (1 to 21); a translucent colour is first laid
    over the other."""
    fg, bg = QColor(foreground), QColor(background)
    if fg.alphaF() < 1.0:
        fg = blend(fg, bg)
    light, dark = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(top, bottom):
    """`top` painted over the opaque `bottom`."""
    top, bottom, a = QColor(top), QColor(bottom), QColor(top).alphaF()
    return QColor.fromRgbF(*(a * t + (1 - a) * b for t, b in zip(
        (top.redF(), top.greenF(), top.blueF()),
        (bottom.redF(), bottom.greenF(), bottom.blueF()), strict=True)))


class Style(NamedTuple):
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

    def qpalette(self):
        """The widgets' palette: windows, buttons, fields and their texts in this style's
        colours, so every label and control follows normal and high contrast alike."""
        p, qp = self.palette, QPalette()
        roles = {QPalette.Window: p.panel, QPalette.WindowText: p.text,
                 QPalette.Base: p.control, QPalette.AlternateBase: p.panel,
                 QPalette.Text: p.text, QPalette.Button: p.control,
                 QPalette.ButtonText: p.text, QPalette.BrightText: p.error_text,
                 QPalette.Highlight: p.highlight, QPalette.HighlightedText: p.text_on_highlight,
                 QPalette.ToolTipBase: p.control, QPalette.ToolTipText: p.text,
                 QPalette.PlaceholderText: p.muted, QPalette.Link: p.text}
        for role, colour in roles.items():
            qp.setColor(role, QColor(colour))
        for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
            qp.setColor(QPalette.Disabled, role, QColor(p.disabled_text))
        qp.setColor(QPalette.Disabled, QPalette.Button, QColor(p.panel))
        return qp

    def px(self, size):
        """A line width or marker size, scaled."""
        return size * self.scale

    def scaled(self, scale):
        return self._replace(scale=max(0.6, min(3.0, scale)))


DEFAULT_STYLE = Style()
