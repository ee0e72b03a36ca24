#!/usr/bin/env python3
"""Checks that a window painted: reads an X server screen dump (xwd -root, TrueColor with 24 or 32 bits per pixel),
takes the window's rectangle (WxH+X+Y from xwininfo) and requires a real picture there (many
colours, no single colour covering nearly all of it), then writes that rectangle as a PNG.
   xwd-check.py SCREEN.xwd WxH+X+Y OUT.png"""
import re
import struct
import sys
import zlib


def read_xwd(path):
    data = open(path, "rb").read()
    fields = struct.unpack(">25I", data[:100])
    (header_size, _version, _format, depth, width, height, _xoff, byte_order, _unit, _bit_order, _pad,
     bits_per_pixel, bytes_per_line, _visual, red, green, blue, _bits_rgb, _entries, ncolors) = fields[:20]
    if bits_per_pixel not in (24, 32) or depth < 24:
        sys.exit(f"unsupported dump: depth {depth}, {bits_per_pixel} bits per pixel")
    step = bits_per_pixel // 8
    offset = header_size + ncolors * 12
    endian = "<" if byte_order == 0 else ">"

    def shift(mask):
        return (mask & -mask).bit_length() - 1

    shifts = (shift(red), shift(green), shift(blue))
    rows = []
    for y in range(height):
        line = data[offset + y * bytes_per_line: offset + y * bytes_per_line + width * step]
        if step == 4:
            values = struct.unpack(f"{endian}{width}I", line)
        else:  # packed 24-bit pixels
            order = "little" if byte_order == 0 else "big"
            values = [int.from_bytes(line[i:i + 3], order) for i in range(0, len(line), 3)]
        rows.append([((v & red) >> shifts[0], (v & green) >> shifts[1], (v & blue) >> shifts[2]) for v in values])
    return width, height, rows


def write_png(path, rows):
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\0" + bytes(c for pixel in row for c in pixel) for row in rows)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def main():
    screen, geometry, out = sys.argv[1:4]
    m = re.fullmatch(r"(\d+)x(\d+)\+(-?\d+)\+(-?\d+)", geometry)
    if not m:
        sys.exit(f"bad geometry {geometry}")
    w, h, x, y = map(int, m.groups())
    width, height, rows = read_xwd(screen)
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, width), min(y + h, height)
    if x1 - x0 < 200 or y1 - y0 < 150:
        sys.exit(f"window {geometry} is too small or off the {width}x{height} screen")
    window = [row[x0:x1] for row in rows[y0:y1]]
    counts = {}
    for row in window:
        for pixel in row:
            counts[pixel] = counts.get(pixel, 0) + 1
    total = (x1 - x0) * (y1 - y0)
    commonest = max(counts.values()) / total
    write_png(out, window)
    print(f"window {x1 - x0}x{y1 - y0}: {len(counts)} colours, commonest covers {commonest:.0%}; picture {out}")
    # An unpainted X window is one colour (black or the background); a console has text, a
    # table, icons: hundreds of colours from anti-aliasing.
    if len(counts) < 50 or commonest > 0.97:
        sys.exit("the window did not paint")


main()
