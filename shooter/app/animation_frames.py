"""The frames of an animation, kept small while it is recorded, and the file written from them.

A recording shows ~70 frames a training step, half of them the same picture held still. Kept
as full images they took gigabytes (every frame in RGB, then a quantized copy for GIF), so a
long recording could take the machine's memory. Here a frame identical to the one before only
lengthens it, every kept frame is stored zlib-compressed (for GIF already reduced to its 256
colours), and the writer decodes one frame at a time:
- GIF is written frame by frame with Pillow's GIF frame helpers, holding two frames;
- APNG is written frame by frame too: each frame (after the first, only the box that
  changed) is compressed by Pillow's PNG encoder and its data wrapped in APNG's chunks;
- WebP is fed one multi-frame image whose frames are decoded as Pillow's writer seeks them.
`needed_bytes()` is the running figure a recording checks against its budget.
"""

import io
import math
import struct
import zlib

from PIL import GifImagePlugin, Image, ImageChops

FORMATS = {".gif": "GIF", ".png": "PNG", ".apng": "PNG", ".webp": "WEBP"}
ZLIB_LEVEL = 1  # fastest: the grab loop must keep pace; flat slide pictures still shrink ~20x
GIF_OPTIONS = {"loop": 0, "optimize": False, "disposal": 1}
WEBP_OPTIONS = {"loop": 0, "lossless": False, "quality": 90, "method": 4}
RGBA_WORK_COPIES = 3  # comparing two GIF frames with different palettes: two RGBA copies + delta
WEBP_ENCODER_CANVASES = 8  # libwebp's animation encoder keeps a few RGBA canvases and candidates
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Encoded file size as a share of the bytes stored, measured on 1280x720 slides (GIF 0.77,
# APNG and WebP 0.12) with a margin: GIF's LZW packs worse than zlib, though most of its
# frames are cut to what changed.
OUTPUT_SHARE = {"GIF": 1.5, "PNG": 0.5, "WEBP": 0.5}
# No window picture compresses better (sight-in at 1280x720 stores 1/24 of its RGB bytes,
# 1/18 of its palette bytes for GIF)
LEAST_STORED_SHARE = 1 / 100


class FrameStore:
    """Frames in order, each with its duration in ms; identical frames in a row are one."""

    def __init__(self, kind, size, frame_ms):
        self.kind = kind  # "GIF", "PNG" or "WEBP"
        self.size = tuple(size)
        self.frame_ms = frame_ms
        self.durations = []
        self._pixels = []  # zlib-compressed bytes per kept frame
        self._palettes = []  # GIF: each frame's own palette (bytes)
        self._last = None  # the last frame's RGB bytes, to spot a picture held still
        self.stored_bytes = 0

    def __len__(self):
        return len(self.durations)

    @property
    def grabbed(self):
        """Frames added, counting each held frame as often as it was added."""
        return sum(self.durations) // self.frame_ms

    def add(self, image):
        """Keep `image` (RGB, the store's size), or lengthen the last frame if it is the same."""
        raw = image.tobytes()
        if raw == self._last:
            self.hold()
            return
        self._last = raw
        if self.kind == "GIF":
            image = image.quantize(colors=256, method=Image.Quantize.FASTOCTREE)
            palette = bytes(image.getpalette())
            self._palettes.append(palette)
            self.stored_bytes += len(palette)
            raw = image.tobytes()
        pixels = zlib.compress(raw, ZLIB_LEVEL)
        self._pixels.append(pixels)
        self.stored_bytes += len(pixels)
        self.durations.append(self.frame_ms)

    def hold(self):
        """The last frame shown for one frame's time more."""
        self.durations[-1] += self.frame_ms

    def image(self, index):
        """Frame `index` decoded: RGB, or for GIF palette colours."""
        raw = zlib.decompress(self._pixels[index])
        if self.kind != "GIF":
            return Image.frombytes("RGB", self.size, raw)
        image = Image.frombytes("P", self.size, raw)
        image.putpalette(self._palettes[index], "RGB")
        return image

    def needed_bytes(self):
        """What writing the file will hold at once, with the stored frames, in bytes."""
        return self.stored_bytes + encoder_bytes(self.kind, self.size, len(self),
                                                 self.stored_bytes)


def encoder_bytes(kind, size, kept, stored):
    """Memory the writer of `kind` holds at its peak for `kept` frames of `size`, `stored`
    bytes of them compressed: decoded frames, work copies and the encoded file. Pillow keeps
    an RGB or RGBA picture in 4 bytes a pixel, a palette one in 1."""
    pixels = size[0] * size[1]
    output = OUTPUT_SHARE[kind] * stored
    if kind == "GIF":
        return 2 * pixels + RGBA_WORK_COPIES * 4 * pixels + output
    if kind == "PNG":  # two frames decoded, their difference, one frame encoded
        return (2 + RGBA_WORK_COPIES) * 4 * pixels + 3 * pixels + output
    return 4 * pixels + WEBP_ENCODER_CANVASES * 4 * pixels + 2 * output  # + assembled copy


def least_bytes(kind, size, frames):
    """The least memory `frames` kept frames can need: each stored at the best compression
    a window's picture reaches. Enough to refuse an obviously too long request up front."""
    pixels = size[0] * size[1]
    stored = frames * pixels * (1 if kind == "GIF" else 3) * LEAST_STORED_SHARE
    return stored + encoder_bytes(kind, size, frames, stored)


def store_of(images, kind, frame_ms):
    """A store holding `images` (RGB Pillow images of one size) in order."""
    images = list(images)
    store = FrameStore(kind, images[0].size, frame_ms)
    for image in images:
        store.add(image)
    return store


def write_frames(store, out):
    """Write the stored frames to the binary file object `out` as `store.kind`."""
    if len(store) == 1:  # a still picture: Pillow's single-frame writers
        store.image(0).save(out, format=store.kind, duration=store.durations[0],
                            **_options(store.kind))
    elif store.kind == "GIF":
        _write_gif(store, out)
    elif store.kind == "PNG":
        _write_apng(store, out)
    else:
        _Replay(store).save(out, format=store.kind, save_all=True,
                            duration=list(store.durations), **_options(store.kind))


def _options(kind):
    return {"GIF": GIF_OPTIONS, "WEBP": WEBP_OPTIONS}.get(kind, {"loop": 0})


def _write_gif(store, out):
    """The GIF Pillow's own writer makes of these frames (each frame after the first cut to
    what changed and carrying its own palette), written as the frames are decoded instead of
    after all of them are held. A frame whose colours come out the same as the one before
    lengthens it, as in Pillow's writer."""
    first = store.image(0)
    header, _ = GifImagePlugin.getheader(first, None,
                                         {**GIF_OPTIONS, "duration": store.durations[0]})
    out.writelines(header)
    previous = first
    pending = (first, None, store.durations[0])  # image, changed box, duration
    for index in range(1, len(store)):
        image = store.image(index)
        box = _changed_box(previous, image)
        if box is None:
            pending = (pending[0], pending[1], pending[2] + store.durations[index])
            continue
        _write_gif_frame(out, *pending)
        previous = image
        pending = (image, box, store.durations[index])
    _write_gif_frame(out, *pending)
    out.write(b";")


def _changed_box(previous, image):
    """The box of pixels that differ from the frame before (None: the same picture)."""
    if previous.getpalette() != image.getpalette():
        previous, image = previous.convert("RGBA"), image.convert("RGBA")
    return ImageChops.subtract_modulo(image, previous).getbbox(alpha_only=False)


def _write_gif_frame(out, image, box, duration):
    info = {**GIF_OPTIONS, "duration": duration}
    offset = (0, 0)
    if box is not None:  # not the first frame: only what changed, with its own palette
        info["include_color_table"] = True
        if box != (0, 0, *image.size):
            image = image.crop(box)
        offset = box[:2]
    out.writelines(GifImagePlugin.getdata(image, offset, **info))


def _write_apng(store, out):
    """An animated PNG that loops, written one frame at a time. Every frame after the first
    replaces only the box that changed and leaves the rest of the canvas as it was."""
    width, height = store.size
    out.write(PNG_SIGNATURE)
    _write_chunk(out, b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    _write_chunk(out, b"acTL", struct.pack(">II", len(store), 0))  # 0: loop for ever
    whole = (0, 0, width, height)
    sequence = 0
    previous = None
    for index in range(len(store)):
        image = store.image(index)
        # A stored frame always differs from the one before; the fallback only keeps the
        # frame count written in acTL true.
        box = (_changed_box(previous, image) or (0, 0, 1, 1)) if index else whole
        previous = image
        left, top, right, bottom = box
        _write_chunk(out, b"fcTL", struct.pack(
            ">IIIIIHHBB", sequence, right - left, bottom - top, left, top,
            *_delay(store.durations[index]), 0, 0))  # dispose: none; blend: source
        sequence += 1
        for data in _png_image_data(image if box == whole else image.crop(box)):
            if index == 0:
                _write_chunk(out, b"IDAT", data)
            else:
                _write_chunk(out, b"fdAT", struct.pack(">I", sequence) + data)
                sequence += 1
    _write_chunk(out, b"IEND", b"")


def _delay(ms):
    """A frame's duration as APNG's fraction of a second (two 16-bit numbers): exact when it
    fits, else in hundredths, tenths or whole seconds (a frame held over a minute)."""
    common = math.gcd(ms, 1000)
    if ms // common <= 0xFFFF:
        return ms // common, 1000 // common
    for unit_ms in (10, 100, 1000):
        if round(ms / unit_ms) <= 0xFFFF:
            return round(ms / unit_ms), 1000 // unit_ms
    return 0xFFFF, 1


def _png_image_data(image):
    """The compressed pixel data of `image` as Pillow's PNG encoder makes it (its IDAT
    chunks' contents, in order)."""
    encoded = io.BytesIO()
    image.save(encoded, format="PNG")
    data, at = encoded.getbuffer(), len(PNG_SIGNATURE)
    chunks = []
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            chunks.append(bytes(data[at + 8:at + 8 + length]))
        at += 12 + length  # length, type, data, CRC
    data.release()
    return chunks


def _write_chunk(out, kind, data):
    out.write(struct.pack(">I", len(data)))
    out.write(kind + data)
    out.write(struct.pack(">I", zlib.crc32(kind + data)))


class _Replay(Image.Image):
    """The stored frames as one multi-frame image: seek(i) decodes frame i in place, so a
    writer walking the frames (Pillow's WebP writer does) meets one at a time."""

    def __init__(self, store):
        super().__init__()
        self._store = store
        self.n_frames = len(store)
        self.is_animated = self.n_frames > 1
        self._index = None
        self.seek(0)

    def seek(self, frame):
        if not 0 <= frame < self.n_frames:
            raise EOFError(f"no frame {frame}")
        if frame != self._index:
            image = self._store.image(frame)
            self.im, self._mode, self._size = image.im, image.mode, image.size
            self.palette = image.palette
            self._index = frame

    def tell(self):
        return self._index
