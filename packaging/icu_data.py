"""A smaller ICU data library for the Linux bundle (31 MB -> about 8 MB).

PySide6's Linux wheels link QtCore against ICU 73, whose ``libicudata.so.73``
holds every locale, converter table and dictionary ICU knows. Qt uses ICU for
collation, case mapping and legacy text codecs; the app runs in four Latin-
script languages and reads and writes only UTF-8 (which Qt converts itself).
So we keep ICU's core tables, the single-byte code pages (windows-1252,
ISO-8859-x and the like; 0.4 MB) and the locale data of en, nl, fr, pt (and
root), and drop the multi-byte (CJK) converters, transliterators, the break-iteration
dictionaries for scripts without spaces (CJK, Thai, Lao, Khmer, Burmese) and
the locale data of every other language. ICU falls back to root for a
missing locale, so a German system still gets sensible sorting and casing.

How: read the common data package out of the library's ``icudtNN_dat``
symbol (an ICU "CmnD" package: header, table of contents, items), write a new
package with the kept items, and assemble it into a library with the same
SONAME and symbol with binutils' ``as`` and ``ld``. Windows and macOS Qt do
not ship ICU, so this is Linux only; without binutils the build keeps the
full library and says so.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("en", "nl", "fr", "pt")
ALIGN = 16  # ICU aligns every item of a package to 16 bytes
LOCALE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)$")
NOT_LOCALES = {"res_index", "pool"}


def _single_byte(item: bytes) -> bool:
    """A converter whose characters are one byte each (UConverterStaticData's
    maxBytesPerChar, after the item's header, the struct size, a 60-byte name,
    the code page and three one-byte fields)."""
    header_size, = struct.unpack_from("<H", item, 0)
    return len(item) > header_size + 71 and item[header_size + 71] == 1


def wanted(name: str, item: bytes = b"") -> bool:
    """Whether an item such as ``icudt73l/coll/nl.res`` stays in the package."""
    path = name.split("/", 1)[1] if "/" in name else name
    folder, _, base = path.rpartition("/")
    stem, _, ext = base.rpartition(".")
    if ext == "cnv":
        return _single_byte(item)
    if folder == "translit":
        return False
    if folder == "brkitr" and ext == "dict":
        return False
    if ext == "res" and stem not in NOT_LOCALES and LOCALE.match(stem):
        return stem == "root" or stem.split("_")[0] in KEEP_LANGUAGES
    return True


def _symbol(lib: bytes) -> tuple[str, int, int]:
    """Name, file offset and size of the ``icudtNN_dat`` symbol (ELF64, little-endian)."""
    if lib[:4] != b"\x7fELF" or lib[4] != 2 or lib[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", lib, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize)
                for i in range(shnum)]
    for sh in sections:
        if sh[1] != 11:  # SHT_DYNSYM
            continue
        strtab = sections[sh[6]]
        for off in range(sh[4], sh[4] + sh[5], sh[9]):
            st_name, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", lib, off)
            start = strtab[4] + st_name
            name = lib[start:lib.index(b"\0", start)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                target = sections[shndx]
                return name, value - target[3] + target[4], size
    raise ValueError("no icudtNN_dat symbol")


def filter_package(data: bytes, keep=wanted) -> tuple[bytes, list[str]]:
    """A copy of the ICU common data package with only the kept items."""
    header_size, = struct.unpack_from("<H", data, 0)
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count, = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    names = []
    for name_off, _ in entries:
        start = header_size + name_off
        names.append(data[start:data.index(b"\0", start)].decode("ascii"))
    bounds = [header_size + off for _, off in entries] + [len(data)]
    items = [(names[i], data[bounds[i]:bounds[i + 1]]) for i in range(count)]
    kept = [(n, body) for n, body in items if keep(n, body)]  # sorted, as ICU needs
    dropped = [n for n, body in items if not keep(n, body)]

    toc_size = 4 + 8 * len(kept)
    name_blob = b"".join(n.encode("ascii") + b"\0" for n, _ in kept)
    first = toc_size + len(name_blob)
    first += -(header_size + first) % ALIGN
    toc, names_out, body = [struct.pack("<I", len(kept))], bytearray(), bytearray()
    for name, item in kept:
        toc.append(struct.pack("<II", toc_size + len(names_out), first + len(body)))
        names_out += name.encode("ascii") + b"\0"
        body += item
        body += b"\0" * (-len(body) % ALIGN)
    gap = b"\xaa" * (first - toc_size - len(names_out))  # ICU pads with 0xaa
    out = data[:header_size] + b"".join(toc) + bytes(names_out) + gap + bytes(body)
    return out, dropped


def build(source: Path, workdir: Path) -> Path | None:
    """A filtered copy of ``source`` (libicudata.so.NN) in ``workdir``, or None
    if binutils is missing (the caller then keeps the original)."""
    assembler, linker = shutil.which("as"), shutil.which("ld")
    if not (assembler and linker):
        print(f"icu_data: no as/ld (binutils); keeping the full {source.name}")
        return None
    lib = source.read_bytes()
    symbol, offset, size = _symbol(lib)
    package, dropped = filter_package(lib[offset:offset + size])
    workdir.mkdir(parents=True, exist_ok=True)
    dat = workdir / f"{symbol.removesuffix('_dat')}l.dat"
    dat.write_bytes(package)
    asm = workdir / "icudata.s"
    asm.write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
        f'\t.balign 16\n{symbol}:\n\t.incbin "{dat.name}"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    obj, out = workdir / "icudata.o", workdir / source.name
    subprocess.run([assembler, "-o", str(obj), str(asm)], cwd=workdir, check=True)
    subprocess.run([linker, "-shared", "-soname", source.name, "-z", "noexecstack",
                    "-o", str(out), str(obj)], cwd=workdir, check=True)
    print(f"icu_data: {source.name} {len(lib) / 1e6:.1f} MB -> {out.stat().st_size / 1e6:.1f} MB"
          f" ({len(dropped)} items dropped)")
    return out
