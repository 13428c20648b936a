"""Shrink the ICU data library that PySide6 ships on Linux (32 MB) to what Qt can use.

Qt links ICU for four things only: code-page converters (ucnv), collation (ucol), calendars
and time-zone names (ucal) and locale-aware case mapping (u_strToUpper/Lower); the imported
symbols are checked below before anything is removed. Everything else in the data (line and
word break rules and dictionaries, transliteration, spelled-out numbers, units, currencies,
language names, character names, string-prep profiles, confusables) is never read. The data
is taken out of the library, filtered with `icupkg` and linked into a new library of the
same name and symbol with `as` and `ld`.

    python packaging/trim_icu.py packaging/out/dist/shooter/_internal/PySide6/Qt/lib
"""

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Prefixes of data items no ICU function Qt calls reads.
UNUSED_ITEMS = re.compile(r"^(brkitr|translit|rbnf|unit|curr|lang)/|^unames\.icu$|\.spp$|\.cfu$")
# ICU functions Qt may call (suffix _NN stripped); a new one means the list above needs review.
KNOWN_FUNCTIONS = re.compile(r"^(UCNV_\w+|ucnv_\w+|ucol_\w+|ucal_\w+|u_strTo(Upper|Lower))$")


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def icupkg():
    """Debian's icu-devtools puts icupkg in /usr/sbin, which a user's PATH may lack."""
    found = shutil.which("icupkg", path=os.pathsep.join([os.environ.get("PATH", ""),
                                                         "/usr/sbin", "/usr/local/sbin"]))
    if not found:
        raise SystemExit("trim_icu: icupkg not found (Debian: apt-get install icu-devtools)")
    return found


def icu_functions_used(lib_dir, version):
    """The ICU functions the Qt libraries next to ICU import."""
    used = set()
    for library in sorted(lib_dir.glob("libQt6*.so*")):
        for line in run("nm", "-D", "--undefined-only", str(library)).splitlines():
            name = line.split()[-1]
            if name.endswith(f"_{version}"):
                used.add(name[: -len(version) - 1])
    return used


def elf_sections(path):
    """{name: (address, file offset, size)} of a 64-bit little-endian ELF file."""
    data = path.read_bytes()
    if data[:6] != b"\x7fELF\x02\x01":
        raise SystemExit(f"{path}: not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names_at = headers[shstrndx][4]

    def name(offset):
        start = names_at + offset
        return data[start:data.index(b"\0", start)].decode()

    return {name(h[0]): (h[3], h[4], h[5]) for h in headers}


def extract_data(library, symbol, folder):
    """Copy the bytes of `symbol` (the ICU common data) out of `library` into a .dat file."""
    address, size = None, None
    for line in run("nm", "-D", "--defined-only", "-S", str(library)).splitlines():
        fields = line.split()
        if fields[-1] == symbol:
            address, size = int(fields[0], 16), int(fields[1], 16)
    if address is None:
        raise SystemExit(f"{library}: no {symbol} symbol")
    start, offset, section_size = elf_sections(library)[".rodata"]
    if not (start <= address and address + size <= start + section_size):
        raise SystemExit(f"{library}: {symbol} is not inside .rodata")
    dat = folder / f"{symbol.removesuffix('_dat')}l.dat"
    with library.open("rb") as source:
        source.seek(address - start + offset)
        dat.write_bytes(source.read(size))
    return dat


def link_library(dat, symbol, soname, target, folder):
    """A shared library exporting `symbol` = the contents of `dat`, 16-byte aligned."""
    assembly = folder / "icudata.s"
    assembly.write_text(
        "\t.section .rodata\n\t.balign 16\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
        f'\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    run("as", "-o", str(folder / "icudata.o"), str(assembly))
    run("ld", "-shared", "-soname", soname, "-o", str(target), str(folder / "icudata.o"))


def trim(lib_dir):
    libraries = sorted(lib_dir.glob("libicudata.so.*"))
    if not libraries:
        print("trim_icu: no libicudata in", lib_dir, "- nothing to do")
        return 0
    library = libraries[0]
    version = library.name.split(".so.")[1].split(".")[0]
    unknown = sorted(f for f in icu_functions_used(lib_dir, version)
                     if not KNOWN_FUNCTIONS.match(f))
    if unknown:
        raise SystemExit(f"trim_icu: Qt now calls {unknown}; check UNUSED_ITEMS before trimming")
    symbol = f"icudt{version}_dat"
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="trim-icu-") as temp:
        folder = Path(temp)
        dat = extract_data(library, symbol, folder)
        items = run(icupkg(), "-l", str(dat)).split()
        unused = [item for item in items if UNUSED_ITEMS.search(item)]
        (folder / "unused.txt").write_text("\n".join(unused) + "\n")
        trimmed = folder / "out" / dat.name
        trimmed.parent.mkdir()
        run(icupkg(), "-r", str(folder / "unused.txt"), str(dat), str(trimmed))
        new_library = folder / library.name
        link_library(trimmed, symbol, library.name, new_library, folder)
        library.write_bytes(new_library.read_bytes())
    print(f"trim_icu: {library.name} {before} -> {library.stat().st_size} bytes "
          f"({len(unused)} of {len(items)} data items removed)")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lib_dir", type=Path, help="the folder with libicudata.so.* and Qt")
    return trim(parser.parse_args(argv).lib_dir)


if __name__ == "__main__":
    sys.exit(main())
