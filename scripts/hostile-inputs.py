#!/usr/bin/env python3
"""hostile-inputs.py KINERJA [--seconds S] [--markdown]: the inputs of issue 20, made as an attacker would make them, each run
through the kinerja binary the way a user runs it, against the promise: an answer in under a second and 256 MB,
a message naming the file and a non-zero exit (never a signal), nothing written outside the output folder and
nothing written at all on an error.

Each case copies a real workspace (the bundled example, or the planner workbook fixture made with openpyxl and
LibreOffice) into a temporary folder, spoils one file, and runs `kinerja report` (or `verify`) on it. Time and
peak memory are those of the kinerja process alone (wait4's rusage, as scripts/timed.py). The exit status is 1
when any case breaks the promise; `--markdown` prints the table FUZZING.md keeps. `make hostile` runs it.
"""
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "examples", "disdikbud-pesisir-selatan")
WORKBOOK = os.path.join(ROOT, "Tests", "KinerjaKitTests", "Fixtures", "planner", "dinkes")
SECONDS, MEGABYTES, HANG = 1.0, 256, 20


def run(argv):
    """(exit status or -signal, wall seconds, peak MB, its output) of one kinerja process, killed after HANG s.
    Paths are absolute, so the process runs where this script does."""
    # posix_spawn, not fork: a forked child's peak memory would start at this script's own (Linux keeps the
    # high-water mark across exec), which grows while it builds a zip bomb.
    err = tempfile.TemporaryFile()
    actions = [(os.POSIX_SPAWN_DUP2, err.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, {**os.environ, "LANG": "C"}, file_actions=actions)
    deadline = start + HANG
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.perf_counter() > deadline:
            os.kill(pid, 9)
            _, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.001)
    wall = time.perf_counter() - start
    err.seek(0)
    return os.waitstatus_to_exitcode(status), wall, usage.ru_maxrss / 1024, err.read().decode("utf-8", "replace")


# --- spoiling helpers -------------------------------------------------------------------------------------

def rewrite_part(book, name, change):
    """Rewrites one part of the workbook at `book` (its other parts kept byte for byte, as a spreadsheet would)."""
    with zipfile.ZipFile(book) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            z.writestr(info.filename, change(data) if info.filename == name else data)


def sheet_part(book, index=0):
    with zipfile.ZipFile(book) as z:
        return sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))[index]


def raw_zip(entries):
    """A ZIP whose headers say what we like: (name, stored bytes, claimed size, method, crc) per entry."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, size, method, crc in entries:
        offset = out.tell()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc, len(data), size, len(name), 0)
        out.write(header + name + data)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0, crc, len(data), size,
                                  len(name), 0, 0, 0, 0, 0, offset) + name)
    start = out.tell()
    out.write(central.getvalue())
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central.getvalue()), start, 0))
    return out.getvalue()


def zip_bomb(ws):
    """data.xlsx whose sheet inflates to 2 GB of spaces from a few MB, its header claiming a small size."""
    book = os.path.join(ws, "data.xlsx")
    with zipfile.ZipFile(book) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = sheet_part(book)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * (1 << 24)
    bomb = b"".join(packer.compress(chunk) for _ in range(128)) + packer.flush()
    entries = [(n.encode(), zlib.compress(d)[2:-4], len(d), 8, zlib.crc32(d)) for n, d in parts.items() if n != sheet]
    entries.append((sheet.encode(), bomb, 1000, 8, 0))
    open(book, "wb").write(raw_zip(entries))
    return ["data.xlsx"]


def duplicate_part(ws):
    """data.xlsx holding its first sheet twice under one name, the second copy with other figures: ZIPFoundation
    would read one, another reader the other."""
    book = os.path.join(ws, "data.xlsx")
    with zipfile.ZipFile(book) as z:
        parts = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    sheet = sheet_part(book)
    entries = [(n.encode(), zlib.compress(d)[2:-4], len(d), 8, zlib.crc32(d)) for n, d in parts]
    other = dict(parts)[sheet].replace(b"<v>1</v>", b"<v>9</v>")
    entries.append((sheet.encode(), zlib.compress(other)[2:-4], len(other), 8, zlib.crc32(other)))
    open(book, "wb").write(raw_zip(entries))
    return ["data.xlsx"]


def patch_workbook(signature, offset, value, last=False):
    """data.xlsx with `value` written `offset` bytes after the first (or last) ZIP record `signature`."""
    def spoil(ws):
        book = os.path.join(ws, "data.xlsx")
        data = bytearray(open(book, "rb").read())
        at = (data.rfind if last else data.find)(signature) + offset
        patch = value(len(data)) if callable(value) else value
        data[at:at + len(patch)] = patch
        open(book, "wb").write(bytes(data))
        return ["data.xlsx"]
    return spoil


# The directory's offset past the end of the file; an entry's local-header offset saying 0xFFFFFFFF (in
# the ZIP64 field) without having one.
damaged_offsets = patch_workbook(b"PK\x05\x06", 16, lambda size: struct.pack("<I", size + 4096), last=True)
zip64_marker = patch_workbook(b"PK\x01\x02", 42, b"\xff\xff\xff\xff")


def rezip_sheet(ws, sheet_entry):
    """data.xlsx written again as a raw archive, every part deflated as it is but the sheet, whose entry
    (compressed bytes, uncompressed size, CRC-32) `sheet_entry(data)` gives."""
    book = os.path.join(ws, "data.xlsx")
    with zipfile.ZipFile(book) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = sheet_part(book)
    entries = []
    for name, data in parts.items():
        body, size, crc = sheet_entry(data) if name == sheet else (zlib.compress(data)[2:-4], len(data), zlib.crc32(data))
        entries.append((name.encode(), body, size, 8, crc))
    open(book, "wb").write(raw_zip(entries))
    return ["data.xlsx"]


def crc_mismatch(ws):
    """The sheet edited after its CRC-32 was taken."""
    def edited(data):
        changed = data.replace(b"<v>", b"<v>9", 1)
        return zlib.compress(changed)[2:-4], len(changed), zlib.crc32(data)
    return rezip_sheet(ws, edited)


def deflate_without_end(ws):
    """The sheet's deflate stream never finished (no final block; a stored block longer than the file begun),
    its sizes and CRC-32 true: ZIPFoundation read on past it to the end of the file and asked for more for ever
    (libFuzzer, 2026-12-02)."""
    def unfinished(data):
        squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
        # Then a stored block of 65 535 bytes, more than the rest of the file holds.
        body = squeeze.compress(data) + squeeze.flush(zlib.Z_SYNC_FLUSH) + b"\x00\xff\xff\x00\x00"
        return body, len(data), zlib.crc32(data)
    return rezip_sheet(ws, unfinished)


def sheet_edit(old, new, count=1):
    def spoil(ws):
        book = os.path.join(ws, "data.xlsx")
        rewrite_part(book, sheet_part(book), lambda d: d.replace(old, new, count))
        return ["data.xlsx"]
    return spoil


def part_edit(part, change):
    """Rewrites one named part of the workbook with `change(bytes)`."""
    def spoil(ws):
        rewrite_part(os.path.join(ws, "data.xlsx"), part, change)
        return ["data.xlsx"]
    return spoil


def sheet_with(change, index=0):
    def spoil(ws):
        book = os.path.join(ws, "data.xlsx")
        rewrite_part(book, sheet_part(book, index), change)
        return ["data.xlsx"]
    return spoil


def merged_everywhere(data):
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (1000 + i, 1000 + i) for i in range(500))
    return data.replace(b"</sheetData>", rows + b'<row r="1500"><c r="XFD1500"><v>1</v></c></row></sheetData>'
                        b'<mergeCells count="1"><mergeCell ref="A1000:XFD1500"/></mergeCells>', 1)


def own_sop(change):
    """The example's bundled SOP as the workspace's own sop.yaml, changed."""
    def spoil(ws):
        text = open(os.path.join(ROOT, "SOP", "disdikbud-pesisir-selatan.yaml"), "rb").read()
        open(os.path.join(ws, "sop.yaml"), "wb").write(change(text))
        return ["sop.yaml"]
    return spoil


def many_steps(text):
    head, _, _ = text.partition(b"langkah:")
    step = (b"  - no: %d\n    uraian: Langkah\n    pelaksana: %s\n    kelengkapan: -\n    waktu: 1 jam\n    output: -\n")
    role = [line.split(b"- ", 1)[1].strip() for line in head.splitlines() if line.strip().startswith(b"- ")][0]
    return head + b"langkah:\n" + b"".join(step % (i, role) for i in range(1, 10_001))


def narasi_folder_outside(ws):
    outside = os.path.join(os.path.dirname(ws), "elsewhere")
    shutil.copytree(os.path.join(ws, "narasi", "sasaran"), outside)
    shutil.rmtree(os.path.join(ws, "narasi", "sasaran"))
    os.symlink(outside, os.path.join(ws, "narasi", "sasaran"))
    return ["narasi/sasaran"]


def cr_only(ws):
    path = os.path.join(ws, "realisasi.csv")
    data = open(path, "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r")
    open(path, "wb").write(data + b";;;;\r" * 3000)
    return ["realisasi.csv"]


def manifest_linked(kinerja):
    """A signed folder whose manifest.json is a link to an identical copy outside it."""
    def spoil(ws):
        out, keys = os.path.join(os.path.dirname(ws), "out"), os.path.join(os.path.dirname(ws), "keys")
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
        subprocess.run([kinerja, "report", ws, "--output", out], **quiet)
        folder = next(r for r, _, f in os.walk(out) if "manifest.json" in f)
        subprocess.run([kinerja, "keygen", "--out", keys], **quiet)
        subprocess.run([kinerja, "sign", folder, "--key", os.path.join(keys, "kunci-privat.pem")], **quiet)
        copy = os.path.join(os.path.dirname(ws), "manifest-copy.json")
        shutil.copy(os.path.join(folder, "manifest.json"), copy)
        os.remove(os.path.join(folder, "manifest.json"))
        os.symlink(copy, os.path.join(folder, "manifest.json"))
        return ["manifest.json"], ["verify", folder]
    return spoil


def huge_key(kinerja):
    def spoil(ws):
        out = os.path.join(os.path.dirname(ws), "out")
        subprocess.run([kinerja, "report", ws, "--output", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        folder = next(r for r, _, f in os.walk(out) if "manifest.json" in f)
        key = os.path.join(os.path.dirname(ws), "big.pem")
        with open(key, "wb") as f:
            f.write(b"-----BEGIN PRIVATE KEY-----\n" + b"A" * (50 << 20))
        return ["big.pem"], ["sign", folder, "--key", key]
    return spoil


def huge_sheet(ws):
    book = os.path.join(ws, "data.xlsx")
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i) for i in range(2, 200_002))
    rewrite_part(book, sheet_part(book), lambda d: d.replace(b"</sheetData>", rows + b"</sheetData>"))
    return ["data.xlsx"]


def append(file, text):
    """Appends `text` (bytes, or a function making them: big inputs are made in the spoiling child only)."""
    def spoil(ws):
        with open(os.path.join(ws, file), "ab") as f:
            f.write(text() if callable(text) else text)
        return [file]
    return spoil


def replace(file, old, new):
    def spoil(ws):
        path = os.path.join(ws, file)
        data = open(path, "rb").read()
        assert old in data, (file, old)
        open(path, "wb").write(data.replace(old, new, 1))
        return [file]
    return spoil


def alias_bomb():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join(['*a%d' % (i - 1)] * 9)}]" for i in range(1, 10)]
    return ("\n".join(lines) + "\n? *a9\n: boom\n").encode()


def sop_alias_bomb(ws):
    open(os.path.join(ws, "sop.yaml"), "wb").write(alias_bomb())
    return ["sop.yaml"]


def symlink(file, target):
    def spoil(ws):
        path = os.path.join(ws, file)
        os.remove(path)
        os.symlink(target, path)
        return [file]
    return spoil


def sparse(file, size):
    """`file` made `size` bytes long without writing them (a sparse file): a gigabytes-large table on no disk."""
    def spoil(ws):
        with open(os.path.join(ws, file), "r+b") as out:
            out.truncate(size)
        return [file]
    return spoil


def fifo(file):
    """`file` replaced by a named pipe that nobody writes: reading it would wait for ever."""
    def spoil(ws):
        path = os.path.join(ws, file)
        os.remove(path)
        os.mkfifo(path)
        return [file]
    return spoil


def table_outside(ws):
    outside = os.path.join(os.path.dirname(ws), "elsewhere.csv")
    shutil.copy(os.path.join(ws, "realisasi.csv"), outside)
    return symlink("realisasi.csv", outside)(ws)


def template(files):
    """A --templates folder holding `files` (name: text); the spoilt file is the first."""
    def spoil(ws):
        folder = os.path.join(os.path.dirname(ws), "templat")
        os.makedirs(folder, exist_ok=True)
        for name, text in files.items():
            open(os.path.join(folder, name), "w").write(text() if callable(text) else text)
        return [next(iter(files))]
    return spoil


def forged_manifest(kinerja):
    """A folder whose manifest names ../../../../etc/passwd with its real hash: verify must not call it intact."""
    def spoil(ws):
        out = os.path.join(os.path.dirname(ws), "out")
        subprocess.run([kinerja, "report", ws, "--output", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        folder = next(os.path.join(r, "") for r, _, f in os.walk(out) if "manifest.json" in f)
        manifest = os.path.join(folder, "manifest.json")
        text = open(manifest).read().replace('"capaian.csv"', '"../../../../etc/passwd"', 1)
        open(manifest, "w").write(text)
        return ["etc/passwd"], ["verify", folder]
    return spoil


def huge_output(kinerja, name):
    """A written folder whose output `name` was swapped for a sparse file of 3 GB: verify must not read it."""
    def spoil(ws):
        out = os.path.join(os.path.dirname(ws), "out")
        subprocess.run([kinerja, "report", ws, "--output", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        folder = next(os.path.join(r, "") for r, _, f in os.walk(out) if "manifest.json" in f)
        with open(os.path.join(folder, name), "r+b") as swapped:
            swapped.truncate(3 << 30)
        return [name], ["verify", folder]
    return spoil


def last_run_record(kinerja, change, folders=False):
    """A folder reported once, whose record for the next run (Output/.kinerja-last-run/<slug>/…, or with
    `folders` the run's list of where each workspace went, .kinerja-last-run/workspaces.txt) is then spoilt by
    `change(path)`: the next report must not believe it, and must still answer with a correct report."""
    def spoil(ws):
        out = os.path.join(os.path.dirname(ws), "out")
        subprocess.run([kinerja, "report", ws, "--output", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        records = os.path.join(out, ".kinerja-last-run")
        record = os.path.join(records, "workspaces.txt") if folders else next(
            os.path.join(r, f) for r, _, fs in os.walk(records) if r != records for f in fs)
        change(record)
        return [os.path.basename(record)], ["report", ws, "--output", out]
    return spoil


def to_sparse(size):
    def change(path):
        with open(path, "r+b") as f:
            f.truncate(size)
    return change


def to_fifo(path):
    os.remove(path)
    os.mkfifo(path)


def to_link(target):
    def change(path):
        os.remove(path)
        os.symlink(target, path)
    return change


def spoil_apart(spoil, ws, tmp):
    """Runs `spoil` in a child process, so this one stays small: a spawned process starts with its parent's
    peak memory on Linux (kept across exec), which building a zip bomb here would raise."""
    result = os.path.join(tmp, "spoilt")
    pid = os.fork()
    if pid == 0:
        try:
            open(result, "w").write(repr(spoil(ws)))
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    import ast
    return ast.literal_eval(open(result).read())


def cases(kinerja):
    """(name, base workspace, spoil, whether the answer is a correct report rather than an error)."""
    row = b'<row r="9223372036854775807"><c r="A9223372036854775807" t="inlineStr"><is><t>x</t></is></c></row>'
    nested = "{{#a}}" * 5000 + "{{/a}}" * 5000
    return [
        ("zip bomb (2 GB sheet in a few MB)", WORKBOOK, zip_bomb, False),
        ("ZIP offsets past the end", WORKBOOK, damaged_offsets, False),
        ("ZIP64 marker without its field (found by libFuzzer)", WORKBOOK, zip64_marker, False),
        ("sheet edited, CRC-32 not updated", WORKBOOK, crc_mismatch, False),
        ("deflate stream without its end (found by libFuzzer)", WORKBOOK, deflate_without_end, False),
        ("two ZIP entries with one name", WORKBOOK, duplicate_part, False),
        ("row number 2^63-1", WORKBOOK, sheet_edit(b"</sheetData>", row + b"</sheetData>"), False),
        ("header cell at ZZZ1", WORKBOOK, sheet_edit(b'r="A1"', b'r="ZZZ1"'), False),
        ("a value beyond the header (XFD2)", WORKBOOK, sheet_edit(b'r="A2"', b'r="XFD2"'), False),
        ("invalid UTF-8 in an element name", WORKBOOK, sheet_edit(b"<sheetData", b"<sheet\xff\xfeData"), False),
        ("DOCTYPE with an internal entity", WORKBOOK,
         sheet_edit(b"<worksheet", b'<!DOCTYPE worksheet [<!ENTITY nm "x">]><worksheet'), False),
        ("200 000-row sheet", WORKBOOK, huge_sheet, False),
        ("CSV line of 25 million delimiters", EXAMPLE, append("realisasi.csv", lambda: b"IKU-01;TW2" + b";" * 25_000_000 + b"\n"), False),
        ("number beyond Decimal (1e400)", EXAMPLE, replace("realisasi.csv", b"IKU-02;TW3;55;", b"IKU-02;TW3;1e400;"), False),
        ("40-digit value", EXAMPLE, replace("realisasi.csv", b"IKU-02;TW3;55;", b"IKU-02;TW3;1234567890123456789012345678901234567891;"), False),
        ("YAML alias keys in profil.yaml", EXAMPLE, append("profil.yaml", b"\n" + alias_bomb()), False),
        ("YAML alias keys in sop.yaml", EXAMPLE, sop_alias_bomb, False),
        ("tanggal: 99999-01-01", EXAMPLE, replace("profil.yaml", b"tanggal: 2024-10-15", b"tanggal: 99999-01-01"), False),
        ("tanggal: 0000-01-01", EXAMPLE, replace("profil.yaml", b"tanggal: 2024-10-15", b"tanggal: 0000-01-01"), False),
        ("batas_rata_rata: -5", EXAMPLE, append("profil.yaml", b"batas_rata_rata: -5\n"), False),
        ("narasi symlinked to /etc/passwd", EXAMPLE, symlink("narasi/faktor-pendorong.md", "/etc/passwd"), False),
        ("table symlinked outside the workspace", EXAMPLE, table_outside, False),
        ("profil.yaml linked to /dev/zero", EXAMPLE, symlink("profil.yaml", "/dev/zero"), False),
        ("anggaran.csv of 3 GB (sparse)", EXAMPLE, sparse("anggaran.csv", 3 << 30), False),
        ("indikator.csv a named pipe", EXAMPLE, fifo("indikator.csv"), False),
        ("narasi file of 3 GB (sparse)", EXAMPLE, sparse("narasi/faktor-pendorong.md", 3 << 30), False),
        ("a partial including itself", EXAMPLE, template({"_kop.md.mustache": "{{> _kop.md}}\n"}), False),
        ("two partials including each other", EXAMPLE,
         template({"_kop.md.mustache": "{{> _kepala.md}}\n", "_kepala.md.mustache": "{{> _kop.md}}\n"}), False),
        ("5 000 nested sections", EXAMPLE, template({"ringkasan.md.mustache": nested}), False),
        ("4 999 tags (the most a template may have)", EXAMPLE,
         template({"ringkasan.md.mustache": lambda: "{{instansi}} " * 4_999}), True),
        ("80 000 tags", EXAMPLE, template({"ringkasan.md.mustache": lambda: "{{instansi}} " * 80_000}), False),
        ("manifest naming ../../../../etc/passwd", EXAMPLE, forged_manifest(kinerja), False),
        ("verify a folder whose capaian.csv became 3 GB", EXAMPLE, huge_output(kinerja, "capaian.csv"), False),
        ("verify a folder whose manifest.json became 3 GB", EXAMPLE, huge_output(kinerja, "manifest.json"), False),
        # Found by a red-team pass after the issue's list (FUZZING.md).
        ("100 000 nested elements in styles.xml", WORKBOOK,
         part_edit("xl/styles.xml", lambda d: d.replace(b"</styleSheet>", b"<q>" * 100_000 + b"</q>" * 100_000 + b"</styleSheet>")), False),
        ("50 000 nested runs in an inline string", WORKBOOK,
         sheet_with(lambda d: d.replace(b"</sheetData>", b'<row r="900"><c r="A900" t="inlineStr"><is>' + b"<r>" * 50_000
                                        + b"<t>x</t>" + b"</r>" * 50_000 + b"</is></c></row></sheetData>", 1)), False),
        ("200 rows of 16 000 empty cells (13 MB)", WORKBOOK,
         sheet_with(lambda d: d.replace(b"</sheetData>", b"".join(b'<row r="%d">' % (900 + i) + b"<c/>" * 16_000 + b"</row>"
                                                               for i in range(200)) + b"</sheetData>", 1)), False),
        ("150 000 rows with a long namespace prefix", WORKBOOK,
         sheet_with(lambda d: d.replace(b"<worksheet ", b'<worksheet xmlns:averyveryverylongprefix="urn:x" ', 1).replace(
             b"</sheetData>", b"<averyveryverylongprefix:row/>" * 150_000 + b"</sheetData>", 1)), False),
        ("200 000 attributes on one element", WORKBOOK,
         sheet_with(lambda d: d.replace(b"<sheetData", b"<sheetPr " + b" ".join(b'a%d="1"' % i for i in range(200_000))
                                        + b"/><sheetData", 1)), False),
        ("merged range A1000:XFD1500", WORKBOOK, sheet_with(merged_everywhere, 1), False),
        ("waktu: 9223372036854775807 menit", EXAMPLE, own_sop(lambda t: re.sub(rb"waktu: [^\n]*", b"waktu: 9223372036854775807 menit", t, count=1)), False),
        ("waktu: 99999999 hari kerja", EXAMPLE, own_sop(lambda t: re.sub(rb"waktu: [^\n]*", b"waktu: 99999999 hari kerja", t, count=1)), False),
        ("sop.yaml of 10 000 steps", EXAMPLE, own_sop(many_steps), False),
        ("6 000 rows of 9 999 delimiters", EXAMPLE, append("realisasi.csv", lambda: (b";" * 9_999 + b"\n") * 6_000), False),
        ("narasi of 5 000 000 '>'", EXAMPLE, replace("narasi/faktor-pendorong.md", b"", b">" * 5_000_000), False),
        ("narasi/sasaran linked to a folder outside", EXAMPLE, narasi_folder_outside, False),
        ("CR-only line ends and 3 000 empty rows", EXAMPLE, cr_only, True),
        ("signed folder, manifest.json linked outside", EXAMPLE, manifest_linked(kinerja), False),
        ("sign with a 50 MB key file", EXAMPLE, huge_key(kinerja), False),
        # Issue 22: the record by which an unchanged agency is not loaded again.
        ("last run's record of 3 GB (sparse)", EXAMPLE, last_run_record(kinerja, to_sparse(3 << 30)), True),
        ("last run's record a named pipe", EXAMPLE, last_run_record(kinerja, to_fifo), True),
        ("last run's record linked to /dev/zero", EXAMPLE, last_run_record(kinerja, to_link("/dev/zero")), True),
        ("last run's workspaces.txt of 3 GB (sparse)", EXAMPLE, last_run_record(kinerja, to_sparse(3 << 30), True), True),
        ("last run's workspaces.txt a named pipe", EXAMPLE, last_run_record(kinerja, to_fifo, True), True),
        ("last run's workspaces.txt linked to /dev/zero", EXAMPLE, last_run_record(kinerja, to_link("/dev/zero"), True), True),
    ]


def main():
    kinerja = os.path.abspath(sys.argv[1])
    markdown = "--markdown" in sys.argv
    global SECONDS
    if "--seconds" in sys.argv:
        SECONDS = float(sys.argv[sys.argv.index("--seconds") + 1])
    failures, rows = 0, []
    for name, base, spoil, report_ok in cases(kinerja):
        with tempfile.TemporaryDirectory() as tmp:
            ws = os.path.join(tmp, "ws")
            shutil.copytree(base, ws, symlinks=True)
            for extra in ("expected.txt", "expected.id.txt"):
                if os.path.exists(os.path.join(ws, extra)):
                    os.remove(os.path.join(ws, extra))
            spoilt = spoil_apart(spoil, ws, tmp)
            files, command = spoilt if isinstance(spoilt, tuple) else (spoilt, None)
            out = os.path.join(tmp, "fresh-output")
            argv = [kinerja] + (command or ["report", ws, "--output", out, "--bahasa", "en"])
            if os.path.isdir(os.path.join(tmp, "templat")):
                argv += ["--templates", os.path.join(tmp, "templat")]
            status, wall, peak, err = run(argv)
            problems = []
            if status < 0 or status >= 128:
                problems.append(f"signal {-status if status < 0 else status - 128}" if wall < HANG else "hang")
            elif status == 0 and not report_ok:
                problems.append("exit 0")
            elif status != 0 and report_ok:
                problems.append(f"exit {status}, expected a report")
            if wall >= SECONDS:
                problems.append(f"{wall:.2f} s")
            if peak >= MEGABYTES:
                problems.append(f"{peak:.0f} MB")
            if command and any(line.startswith("intact") and "/.." in line for line in err.splitlines()):
                problems.append("a path outside the folder is intact")
            if status != 0 and not any(os.path.basename(f) in err for f in files):
                problems.append("message names no file")
            if status != 0 and command is None and os.path.exists(out) and any(fs for _, _, fs in os.walk(out)):
                problems.append("wrote output")
            failures += bool(problems)
            first = next((line for line in err.splitlines() if ": error: " in line or "NOT" in line), err.strip()[:120])
            first = first.replace(tmp + "/", "")
            rows.append((name, status, wall, peak, ", ".join(problems) or "ok", first[:110]))
            if not markdown:
                print(f"{'FAIL' if problems else 'ok  '} {name}: exit {status}, {wall:.3f} s, {peak:.0f} MB"
                      f"{' — ' + ', '.join(problems) if problems else ''}\n     {first[:150]}", flush=True)
    if markdown:
        print("| input | exit | wall time (s) | peak memory (MB) | verdict | first message |")
        print("| --- | ---: | ---: | ---: | --- | --- |")
        for name, status, wall, peak, verdict, first in rows:
            print(f"| {name} | {status} | {wall:.3f} | {peak:.0f} | {verdict} | `{first.replace('|', '/')}` |")
    print(f"{len(rows) - failures} of {len(rows)} inputs answered within {SECONDS:g} s and {MEGABYTES} MB, "
          f"with a message naming the file and a non-zero exit", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
