#!/usr/bin/env python3
"""Writes the planner workbooks the tests read (Tests/KinerjaKitTests/Fixtures/planner/).

A test that only feeds kinerja the files kinerja itself writes proves little, so these workbooks are made
the way planners make theirs: with openpyxl, in Excel's habits (percent cells, merged sasaran cells,
thousands-separated money, date cells, sheets renamed "Anggaran 2025"), and each one also re-saved by
LibreOffice headless, which writes its own styles, shared strings, saved formula results and dates.

    pip install openpyxl && apt-get install -y libreoffice-calc-nogui
    python3 scripts/planner-workbooks.py

Every case is a folder holding profil.yaml and data.xlsx (or its CSV twin), and, written by hand after reading
kinerja's output, expected.txt (every diagnostic of `kinerja check --bahasa en`) and expected.id.txt
(the same in Indonesian). `dinkes` is a correct workbook; `dinkes-lo` the same re-saved by LibreOffice;
`dinkes-csv` the same data as plain CSV files: the three must give byte-identical reports.
"""
import copy
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = os.path.join(os.path.dirname(__file__), "..", "Tests", "KinerjaKitTests", "Fixtures", "planner")

PROFILE = """# CONTOH UJI - bukan data resmi.
pemerintah: Kabupaten Contoh
instansi: Dinas Kesehatan
singkatan: Dinkes
tahun: 2025
periode: {periode}
renstra: 2021-2026
tempat: Contoh
tanggal: 2025-10-15
kepala:
  nama: dr. SITI AMINAH, M.Kes.
  jabatan: Kepala Dinas Kesehatan
  pangkat: Pembina Utama Muda (IV/c)
  nip: 19750412 200312 2 005
bahasa: id
libur: [2025-08-18]
"""

S1 = "Meningkatnya derajat kesehatan masyarakat"
S2 = "Meningkatnya mutu pelayanan kesehatan dasar"

# Each value is (number, kind): kind "pct" is typed as a percent in the spreadsheet (stored as a fraction).
P = lambda v: ("pct", v)

INDIKATOR_HEADER = ["kode", "tingkat", "sasaran", "indikator", "satuan", "polaritas", "agregasi", "target",
                    "target_tw1", "target_tw2", "target_tw3", "target_tw4", "baseline", "target_renstra", "iku",
                    "penanggung_jawab"]
INDIKATOR = [
    ["IKU-01", "sasaran", S1, "Persentase persalinan di fasilitas pelayanan kesehatan", "%", "positif", "terakhir",
     P(95), P(90), P(92), P(94), P(95), P(88.5), P(98), "ya", "Bidang Kesehatan Masyarakat"],
    ["IKU-02", "sasaran", S1, "Angka kematian bayi", "per 1.000 KH", "negatif", "terakhir",
     12, None, None, None, None, 14.2, 10, "ya", "Bidang Kesehatan Masyarakat"],
    ["IKU-03", "sasaran", S1, "Jumlah kasus TB yang ditemukan dan diobati", "orang", "positif", "jumlah",
     400, 100, 100, 100, 100, 310, 450, "ya", "Bidang P2P"],
    ["IKU-04", "sasaran", S2, "Persentase puskesmas terakreditasi paripurna", "%", "positif", "terakhir",
     P(40), None, None, None, None, P(20), P(60), "ya", "Bidang Pelayanan Kesehatan"],
    ["IKU-05", "sasaran", S2, "Indeks kepuasan masyarakat terhadap layanan puskesmas", "indeks", "positif", "rata-rata",
     82.5, 80, 81, 82, 82.5, 78.3, 85, "ya", "Sekretariat"],
    ["PRG-01", "program", S2, "Persentase puskesmas dengan obat esensial lengkap", "%", "positif", "terakhir",
     P(90), P(85), P(87), P(89), P(90), None, None, "tidak", "Bidang SDK"],
]

REALISASI_HEADER = ["kode", "periode", "nilai", "catatan", "bukti"]
REALISASI = [
    ["IKU-01", "TW1", P(89.1), None, "SIMPUS 31-03-2025"],
    ["IKU-01", "TW2", P(91.2), None, "SIMPUS 30-06-2025"],
    ["IKU-01", "TW3", P(93.8), None, "SIMPUS 30-09-2025"],
    ["IKU-02", "TW1", 13.1, None, None],
    ["IKU-02", "TW2", 12.8, None, None],
    ["IKU-02", "TW3", 12.4, "Dua kematian bayi di Puskesmas Muara", None],
    ["IKU-03", "TW1", 92, None, "SITB"],
    ["IKU-03", "TW2", 105, None, "SITB"],
    ["IKU-03", "TW3", 88, "Penemuan kasus turun selama kemarau", "SITB"],
    ["IKU-04", "TW1", P(20), None, None],
    ["IKU-04", "TW2", P(28), None, None],
    ["IKU-04", "TW3", P(32), None, "SK Kemenkes 2025"],
    ["IKU-05", "TW1", 79.8, None, "Survei IKM"],
    ["IKU-05", "TW2", 81.2, None, "Survei IKM"],
    ["IKU-05", "TW3", 82, None, "Survei IKM"],
    ["PRG-01", "TW1", P(85), None, None],
    ["PRG-01", "TW2", P(87.5), None, None],
    ["PRG-01", "TW3", P(90.5), None, None],
]

ANGGARAN_HEADER = ["kode", "uraian", "induk", "pagu", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4"]
ANGGARAN = [
    ["1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "IKU-05",
     12_500_000_000, 2_800_000_000, 3_100_000_000, 3_050_000_000, None],
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", "IKU-01",
     28_750_000_000, 5_100_000_000, 7_900_000_000, 8_200_000_000, None],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "IKU-04",
     9_000_000_000, 1_200_000_000, 2_500_000_000, 2_900_000_000, None],
    ["1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan", "IKU-03",
     6_400_000_000, 1_500_000_000, 1_700_000_000, 1_650_000_000, None],
]

SIKLUS_HEADER = ["periode", "langkah", "mulai", "selesai", "pelaksana", "output", "catatan"]
D = dt.datetime
SIKLUS = [
    ["2025-TW3", 1, D(2025, 10, 1, 8, 0), D(2025, 10, 1, 8, 15), "dr. SITI AMINAH (Kepala Dinas)", "Disposisi", None],
    ["2025-TW3", 2, D(2025, 10, 1, 8, 30), D(2025, 10, 1, 10, 0), "Perencana", "Format pemantauan TW III", None],
    ["2025-TW3", 3, D(2025, 10, 1, 10, 30), D(2025, 10, 1, 11, 0), "Sekretaris", "Surat edaran", None],
    ["2025-TW3", 4, D(2025, 10, 1, 13, 0), D(2025, 10, 7, 15, 0), "Bidang-bidang dan fungsional", "Data kinerja", None],
    ["2025-TW3", 5, D(2025, 10, 8, 8, 0), D(2025, 10, 9, 11, 0), "Perencana", "Konsep laporan", None],
    ["2025-TW3", 6, D(2025, 10, 9, 13, 0), D(2025, 10, 9, 14, 0), "Perencana", "Nota dinas", None],
    ["2025-TW3", 7, D(2025, 10, 10, 8, 0), D(2025, 10, 10, 8, 40), "Sekretaris", "Undangan rapat", None],
    ["2025-TW3", 8, D(2025, 10, 13, 8, 30), D(2025, 10, 13, 11, 30), "Kepala Dinas", "Notulen rapat", None],
]


def base():
    """The correct workspace's tables, as lists of rows (deep copies: cases change them)."""
    return {
        "indikator": (INDIKATOR_HEADER[:], copy.deepcopy(INDIKATOR)),
        "realisasi": (REALISASI_HEADER[:], copy.deepcopy(REALISASI)),
        "anggaran": (ANGGARAN_HEADER[:], copy.deepcopy(ANGGARAN)),
        "siklus": (SIKLUS_HEADER[:], copy.deepcopy(SIKLUS)),
    }


def write_xlsx(path, tables, sheet_names=None, merge_sasaran=True, percent_format="0.0%", titles=None):
    """One sheet per table, as a planner lays it out in Excel; `titles`: a merged title row and an empty row above
    a table's header, as dinas workbooks often have."""
    sheet_names = sheet_names or {}
    titles = titles or {}
    book = Workbook()
    book.remove(book.active)
    for table, (header, rows) in tables.items():
        sheet = book.create_sheet(sheet_names.get(table, table))
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                if isinstance(value, tuple) and value[0] == "pct":
                    cell.value = round(value[1] / 100, 10)
                    cell.number_format = percent_format
                elif isinstance(value, tuple) and value[0] == "fmt":
                    cell.value = value[1]
                    cell.number_format = value[2]
                elif isinstance(value, dt.datetime):
                    cell.value = value
                    cell.number_format = "dd/mm/yyyy hh:mm"
                elif isinstance(value, dt.date):
                    cell.value = value
                    cell.number_format = "dd/mm/yyyy"
                elif isinstance(value, (int, float)) and table == "anggaran":
                    cell.value = value
                    cell.number_format = "#,##0"
                else:
                    cell.value = value
        if table == "indikator" and merge_sasaran:
            column = header.index("sasaran") + 1
            start = 2
            for r in range(3, len(rows) + 3):
                same = r < len(rows) + 2 and rows[r - 2][column - 1] == rows[start - 2][column - 1]
                if not same:
                    if r - 1 > start:
                        for k in range(start + 1, r):
                            sheet.cell(row=k, column=column).value = None
                        sheet.merge_cells(start_row=start, start_column=column, end_row=r - 1, end_column=column)
                    start = r
    for table, title in titles.items():
        sheet = book[sheet_names.get(table, table)]
        sheet.insert_rows(1, amount=2)
        sheet["A1"] = title
        sheet["A1"].font = Font(bold=True)
        sheet.merge_cells("A1:E1")
    instructions = book.create_sheet("petunjuk")
    instructions["A1"] = "Isi setiap lembar sesuai judul kolomnya."
    book.save(path)


def csv_text(value):
    if value is None:
        return ""
    if isinstance(value, tuple):
        value = value[1]
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    text = str(value)
    return f'"{text}"' if ";" in text or '"' in text else text


def write_csv(folder, tables):
    for table, (header, rows) in tables.items():
        with open(os.path.join(folder, table + ".csv"), "w", encoding="utf-8", newline="") as out:
            out.write(";".join(header) + "\r\n")
            for row in rows:
                out.write(";".join(csv_text(v) for v in row) + "\r\n")


def libreoffice(path):
    """Re-saves `path` as LibreOffice Calc writes an .xlsx (in place)."""
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(out, os.path.basename(path)), path)


def as_ods(path, keep=False):
    """Saves `path` as LibreOffice's own .ods beside it and removes the .xlsx (unless `keep`): a planner who kept
    Calc's format."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "ods",
                        "--outdir", os.path.dirname(path), path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not keep:
        os.remove(path)


def two_row_header(path, table, group, first, last):
    """Makes `table`'s header two rows, as dinas workbooks lay out their targets: `group` merged over the columns
    `first`..`last` (1-based) in a new row above their names, every other name merged down over both rows."""
    from openpyxl import load_workbook
    from openpyxl.utils import range_boundaries
    book = load_workbook(path)
    sheet = book[table]
    merged = [str(r) for r in sheet.merged_cells.ranges]
    for r in merged:
        sheet.unmerge_cells(r)
    sheet.insert_rows(1)  # openpyxl does not move merged ranges: they are merged again a row lower
    for r in merged:
        c1, r1, c2, r2 = range_boundaries(r)
        sheet.merge_cells(start_row=r1 + 1, start_column=c1, end_row=r2 + 1, end_column=c2)
    for c in range(1, sheet.max_column + 1):
        if first <= c <= last or sheet.cell(row=2, column=c).value is None:
            continue
        sheet.cell(row=1, column=c).value = sheet.cell(row=2, column=c).value
        sheet.cell(row=2, column=c).value = None
        sheet.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    sheet.cell(row=1, column=first).value = group
    sheet.merge_cells(start_row=1, start_column=first, end_row=1, end_column=last)
    book.save(path)


def merge_nilai(kode):
    """Writes `kode`'s first realisasi once over the rows of its quarters, merged (one figure for TW1–TW3)."""
    def after(path):
        from openpyxl import load_workbook
        book = load_workbook(path)
        sheet = book["realisasi"]
        rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == kode]
        for r in rows[1:]:
            sheet.cell(row=r, column=3).value = None
        sheet.merge_cells(start_row=rows[0], start_column=3, end_row=rows[-1], end_column=3)
        book.save(path)
    return after


def hide(kode, column):
    """Hides `kode`'s rows in indikator and realisasi behind an autofilter, as a planner filters out an
    indicator dropped in the Renja Perubahan, and hides indikator's column `column` (a letter)."""
    def after(path):
        from openpyxl import load_workbook
        book = load_workbook(path)
        for table in ("indikator", "realisasi"):
            sheet = book[table]
            sheet.auto_filter.ref = sheet.dimensions
            for r in range(2, sheet.max_row + 1):
                if sheet.cell(row=r, column=1).value == kode:
                    sheet.row_dimensions[r].hidden = True
        book["indikator"].column_dimensions[column].hidden = True
        book.save(path)
    return after


def case(name, tables=None, periode="TW3", via_libreoffice=False, csv=False, ods=False, ods_beside=False,
         after=None, profile=PROFILE, **options):
    if ONLY and name not in ONLY:
        return
    folder = os.path.join(ROOT, name)
    os.makedirs(folder, exist_ok=True)
    for old in os.listdir(folder):
        if old.endswith((".csv", ".xlsx", ".ods")):
            os.remove(os.path.join(folder, old))
    with open(os.path.join(folder, "profil.yaml"), "w", encoding="utf-8") as out:
        out.write(profile.format(periode=periode))
    tables = tables or base()
    if csv:
        write_csv(folder, tables)
        return
    path = os.path.join(folder, "data.xlsx")
    write_xlsx(path, tables, **options)
    if after:
        after(path)
    if via_libreoffice:
        libreoffice(path)
    if ods or ods_beside:
        as_ods(path, keep=ods_beside)


# profil.yaml as `kinerja init` writes it, filled in by a Camat's planner who retyped every line but the pangkat's:
# that line still holds init's example pangkat and init's comment after it (a planner's trial printed it under the
# Camat's name). The penyusun's jabatan is init's value too, but on a line init writes without a comment, beside a
# name of the planner's own: a real jabatan, not an example.
INIT_PROFILE = """# Profil instansi untuk kinerja. Ganti setiap nilai contoh dengan data instansi Anda.
# Baris yang diawali # adalah penjelasan dan tidak dibaca. Panduan lengkap: `kinerja panduan`.

pemerintah: Kabupaten Contoh
instansi: Kecamatan Contoh
singkatan: Kec-Contoh
tahun: 2025                         # wajib: tahun anggaran
periode: {periode}
renstra: 2021-2026
tempat: Contoh
tanggal: 2025-10-15
kepala:                            # wajib: kepala perangkat daerah yang menandatangani
  nama: H. SYAFRIZAL, S.STP., M.Si.
  jabatan: Camat Contoh
  pangkat: Pembina Utama Muda (IV/c)   # opsional: pangkat/golongan
  nip: 19780512 200012 1 002
  plt: false                       #   opsional: true jika pelaksana tugas (Plt.)
penyusun:                          # opsional: perencana yang menyusun
  nama: RINI ASTUTI, S.E.
  jabatan: Perencana Ahli Muda
  nip: 19900315 201503 2 001
bahasa: id                         # opsional: id (bawaan) atau en, bahasa laporan dan pesan
libur: [2025-08-18]
"""

RENAMED = {"anggaran": "Anggaran 2025", "siklus": "Siklus TW3"}
# `python3 scripts/planner-workbooks.py CASE ...` writes only those cases (the others' bytes stay as committed).
ONLY = set(sys.argv[1:])


def main():
    # The correct workbook, three ways: Excel's habits, re-saved by LibreOffice, and plain CSV.
    case("dinkes", sheet_names=RENAMED)
    case("dinkes-lo", sheet_names=RENAMED, via_libreoffice=True)
    case("dinkes-csv", csv=True)

    # A total row at the bottom of the budget, its sums saved by LibreOffice.
    t = base()
    t["anggaran"][1].append(["JUMLAH", None, None, "=SUM(D2:D5)", "=SUM(E2:E5)", "=SUM(F2:F5)", "=SUM(G2:G5)", None])
    case("total-row", t, via_libreoffice=True, sheet_names=RENAMED)

    # ... and the same row as openpyxl leaves it, its sums never calculated: still one message.
    t = base()
    t["anggaran"][1].append(["JUMLAH", None, None, "=SUM(D2:D5)", "=SUM(E2:E5)", "=SUM(F2:F5)", "=SUM(G2:G5)", None])
    case("total-row-uncalculated", t)

    # A percent typed as a fraction in a plain cell (a paste that lost the cell's percent format).
    t = base()
    t["realisasi"][1][2][2] = 0.938
    case("fraction-in-plain-cell", t)
    # The mirror: IKU-04's annual target typed as a fraction in a plain cell (0,4 for 40 %), beside its
    # percent-cell renstra target and realisasi: said at the target and at the first realisasi.
    t = base()
    t["indikator"][1][3][7] = 0.4
    case("fraction-target-in-plain-cell", t)
    # ... and IKU-01's annual target so (0,95 for 95 %) beside its quarterly targets of 90–95 %: an error.
    t = base()
    t["indikator"][1][0][7] = 0.95
    case("fraction-target-beside-quarters", t)
    # A total with a kode of its own above every line (its pagu counting the kegiatan twice), and a program whose
    # pagu is below its kegiatan's: both said at the line; the figures are read as written.
    t = base()
    t["anggaran"][1].insert(0, ["1.02", "TOTAL URUSAN KESEHATAN", None, 56_650_000_000, 10_600_000_000, 15_200_000_000,
                                15_800_000_000, None])
    t["anggaran"][1][2][3] = 14_000_000_000
    case("budget-sums", t)
    # A program's TW3 spending left empty: serapan counts TW1–TW2 only, said at the empty cell.
    t = base()
    t["anggaran"][1][0][6] = None
    case("budget-quarter-empty", t)
    # Number cells, and a few typed as text: "1.150" (an Indonesian thousand) beside "81.5" (a decimal point)
    # two rows down. One text cell cannot settle what another meant: an error at "1.150", not 1,15.
    t = base()
    rows = t["realisasi"][1]
    next(r for r in rows if r[0] == "IKU-03" and r[1] == "TW1")[2] = "1.150"
    next(r for r in rows if r[0] == "IKU-05" and r[1] == "TW1")[2] = "81.5"
    case("text-numbers-among-number-cells", t, via_libreoffice=True)
    # IKU-03 (agregasi jumlah, 100 a quarter) with its realisasi typed as running totals: 92, 190, 290.
    t = base()
    for r in t["realisasi"][1]:
        if r[0] == "IKU-03" and r[1] in ("TW2", "TW3"):
            r[2] = {"TW2": 190, "TW3": 290}[r[1]]
    case("cumulative-realisasi", t)

    # IKU-01's target typed as 95 into a cell formatted 0% (a paste of values): stored 95, shown 9 500 %. Read as
    # shown, as every percent cell, but a doubt at the cell: else its capaian is 0,99 % with no word. And IKU-04's
    # TW2 realisasi typed as 28 into a `0.0%` cell (2 800 %, seventy times its target): one doubt at that cell,
    # the percent cell's, not a second guess about a thousands mark a number cell cannot hold.
    t = base()
    t["indikator"][1][0][7] = ("fmt", 95, "0%")
    next(r for r in t["realisasi"][1] if r[0] == "IKU-04" and r[1] == "TW2")[2] = ("fmt", 28, "0.0%")
    case("percent-typed-in-percent-cell", t, via_libreoffice=True)
    # IKU-03 (agregasi jumlah) with one figure, 92, merged over its TW1–TW3 rows: read in each row it would be
    # 276. An error at the range: which row the figure belongs to, the file cannot say.
    case("merged-nilai", after=merge_nilai("IKU-03"), via_libreoffice=True)
    # IKU-05 filtered out of both sheets (hidden rows under an autofilter) and indikator's baseline column hidden:
    # both still read, so each is a doubt.
    case("hidden-rows-and-column", after=hide("IKU-05", "M"), via_libreoffice=True)
    # A whole-year workbook at TW3 whose TW4 rows wait, blank: nothing to leave out, nothing said.
    t = base()
    for kode in ["IKU-01", "IKU-02", "IKU-03", "IKU-04", "IKU-05", "PRG-01"]:
        t["realisasi"][1].append([kode, "TW4", None, None, None])
    case("blank-later-quarters", t, via_libreoffice=True)

    # A formula whose result was never saved (openpyxl writes formulas without calculating them).
    t = base()
    t["anggaran"][1][3][6] = "=1500000000+150000000"
    case("formula-without-result", t)

    # Quarterly targets of a `jumlah` indicator entered cumulatively (5, 15, 27, 40 style), and one
    # whose quarters simply do not add up to the annual target.
    t = base()
    t["indikator"][1][2][8:12] = [100, 200, 300, 400]
    t["indikator"][1][4][8:12] = [80, 81, 82, 82.5]
    t["indikator"][1][4][6] = "jumlah"
    t["indikator"][1][4][7] = 330
    case("cumulative-jumlah", t)

    # Date cells where no date belongs: in a text column, in a number column, and as a periode.
    t = base()
    t["realisasi"][1][5][3] = dt.date(2025, 8, 15)
    t["realisasi"][1][4][2] = dt.date(2025, 8, 15)
    t["realisasi"][1][8][1] = dt.date(2025, 9, 30)
    case("date-cells", t, via_libreoffice=True)

    # One sasaran written three ways that differ only in case and spaces, and one really different text.
    t = base()
    t["indikator"][1][1][2] = "Meningkatnya  derajat kesehatan masyarakat "
    t["indikator"][1][2][2] = "meningkatnya derajat kesehatan masyarakat"
    t["indikator"][1][5][2] = "Meningkatnya mutu pelayanan kesehatan"
    case("sasaran-spelling", t, merge_sasaran=False)

    # Money below zero, a negative count, and spending above the pagu.
    t = base()
    t["anggaran"][1][0][3] = -12_500_000_000
    t["anggaran"][1][1][5] = -7_900_000_000
    t["anggaran"][1][3][6] = 6_000_000_000
    t["realisasi"][1][6][2] = -92
    case("negative-money", t)

    # Sheets renamed past recognition, and two sheets that could each be the cycle's.
    t = base()
    case("sheets-missing", t, sheet_names={"realisasi": "Data TW3", "anggaran": "Anggaran 2025",
                                           "siklus": "Siklus TW3"})
    # ... and two that each could be the cycle's (the second, "Siklus TW2", added as a copy).
    t = base()
    t["siklus2"] = (SIKLUS_HEADER[:], copy.deepcopy(SIKLUS))
    case("sheets-ambiguous", t, sheet_names={"siklus": "Siklus TW3", "siklus2": "Siklus TW2"})
    # The workbook kept in LibreOffice's own format (data.ods): named for what it is, with the step that fixes it.
    case("ods-workbook", ods=True)
    # ... and the .ods saved beside the .xlsx (perhaps the newer figures): the .xlsx is read, the .ods named.
    case("ods-beside-xlsx", ods_beside=True)
    # A merged title and an empty row above the realisasi header: the header is found on row 3, the title named.
    case("title-above-header", titles={"realisasi": "REALISASI KINERJA DINAS KESEHATAN TRIWULAN III 2025"},
         via_libreoffice=True)
    # The budget's title puts the amounts in thousands and names last year (the workbook copied from 2024's):
    # neither is read, so each is a doubt at the title, else Rp11 billion prints as Rp11.000.000, and 2024's
    # values as 2025's.
    case("title-in-thousands-other-year",
         titles={"anggaran": "RENCANA DAN REALISASI ANGGARAN TAHUN 2024 (dalam ribuan rupiah)"}, via_libreoffice=True)
    # Realisasi typed as running totals ("s.d.") for `jumlah` indicators without quarterly targets (a planner's
    # trial: 2, 5, 8 desa summed to 15 against 12, 125 % with no word): the values alone cannot tell, the planner's
    # words can. IKU-06's catatan says "s.d. TW III" (a doubt at the catatan); the sheet's title says KUMULATIF
    # (a doubt at the title naming IKU-07). IKU-03 (jumlah, falls in TW3) is no running total and not named.
    t = base()
    t["indikator"][1].append(["IKU-06", "sasaran", S1, "Jumlah desa yang mencapai Stop Buang Air Besar Sembarangan",
                              "desa", "positif", "jumlah", 12, None, None, None, None, 20, 60, "ya",
                              "Bidang Kesehatan Masyarakat"])
    t["indikator"][1].append(["IKU-07", "sasaran", S1, "Jumlah kader posyandu yang dilatih", "orang", "positif",
                              "jumlah", 120, None, None, None, None, 90, 600, "ya", "Bidang Kesehatan Masyarakat"])
    t["realisasi"][1].extend([
        ["IKU-06", "TW1", 2, None, None], ["IKU-06", "TW2", 5, None, None],
        ["IKU-06", "TW3", 8, "s.d. TW III", "Laporan STBM"],
        ["IKU-07", "TW1", 30, None, None], ["IKU-07", "TW2", 70, None, None], ["IKU-07", "TW3", 95, None, None],
    ])
    case("cumulative-words", t, titles={"realisasi": "REALISASI KUMULATIF INDIKATOR KINERJA TAHUN 2025"},
         via_libreoffice=True)
    # A header of two rows: "Target" merged over target..target_tw4 above their names, the other names merged down
    # over both rows. Row 1 names every required column too ("Target" five times): the names are row 2's.
    case("two-row-header", after=lambda path: two_row_header(path, "indikator", "Target", 8, 12),
         via_libreoffice=True)
    # (Two sheets named as the table in different case cannot be made here: Excel, LibreOffice and openpyxl
    # refuse such names. SheetLookup's test covers them; they are an error.)
    # The sheet named as the table beside a renamed copy ("Anggaran 2025", last year's figures kept as a
    # sheet): the one named anggaran is read, and a warning names the other, which is not.
    t = base()
    t["anggaran2"] = (t["anggaran"][0][:], copy.deepcopy(t["anggaran"][1]))
    case("sheets-exact-beside-renamed", t, sheet_names={"anggaran": "anggaran", "anggaran2": "Anggaran 2025"},
         via_libreoffice=True)
    # A sheet per quarter, the one of TW3 renamed realisasi as the error about three candidate sheets asks: TW1's and
    # TW2's rows are not read, so IKU-03's `jumlah` would be TW3's alone. A doubt naming the two sheets.
    t = base()
    header, rows = t["realisasi"]
    t["realisasi"] = (header, [r for r in rows if r[1] not in ("TW1", "TW2")])
    t["realisasi1"] = (header[:], [r for r in rows if r[1] == "TW1"])
    t["realisasi2"] = (header[:], [r for r in rows if r[1] == "TW2"])
    case("sheet-per-quarter", t, sheet_names={"realisasi1": "Realisasi TW1", "realisasi2": "Realisasi TW2"},
         via_libreoffice=True)

    # The planner's year: the workbook already holds TW4 (realisasi and spending); --period TW2 must
    # report TW2 as it stood then, equal to the workbook that held only TW1 and TW2.
    t = base()
    for kode, value in [("IKU-01", P(95.1)), ("IKU-02", 12.0), ("IKU-03", 101), ("IKU-04", P(35)),
                        ("IKU-05", 82.9), ("PRG-01", P(91))]:
        t["realisasi"][1].append([kode, "TW4", value, None, None])
    for line in t["anggaran"][1]:
        line[7] = line[6]
    case("full-year", t, periode="TW2")
    t = base()
    t["realisasi"] = (REALISASI_HEADER[:], [r for r in copy.deepcopy(REALISASI) if r[1] in ("TW1", "TW2")])
    for line in t["anggaran"][1]:
        line[6] = None
    t["siklus"] = (SIKLUS_HEADER[:], [])
    case("as-at-tw2", t, periode="TW2")

    # One indicator's TW3 value not reported yet: its TW2 value stands, and the report says so.
    t = base()
    t["realisasi"] = (REALISASI_HEADER[:], [r for r in copy.deepcopy(REALISASI) if (r[0], r[1]) != ("IKU-02", "TW3")])
    case("missing-quarter", t, via_libreoffice=True)

    # siklus dates typed as text, in the forms LibreOffice and Indonesian Excel write them.
    t = base()
    forms = ["2025-10-01 08:00:00", "01/10/2025 08:15", "1/10/2025 8.30", "01-10-2025", "13/10/2025 8:30"]
    t["siklus"][1][0][2] = forms[0]
    t["siklus"][1][0][3] = forms[1]
    t["siklus"][1][1][2] = forms[2]
    t["siklus"][1][2][2] = forms[3]
    t["siklus"][1][7][2] = forms[4]
    case("siklus-text-dates", t)
    # ... and the same with nothing to prove day-first: 01/10/2025 could be 10 January.
    t = base()
    t["siklus"][1][0][3] = "01/10/2025 08:15"
    t["siklus"][1][1][2] = "02/10/2025 08:30"
    case("siklus-ambiguous-dates", t)

    # IKU-02's target typed as the band 10-12: Excel made it the date 10 December 2025 (a `d-mmm` cell). An error
    # that says the spreadsheet turned the band into a date and how to type a band as text.
    t = base()
    t["indikator"][1][1][7] = ("fmt", dt.datetime(2025, 12, 10), "d-mmm")
    case("band-typed-as-date", t, via_libreoffice=True)
    # ... and the same cell after the planner re-formatted it as Number: 46001, the date's serial number, read as
    # the target beside realisasi of 12-13 (a capaian of 199,97 %). A doubt at the cell naming the date it is.
    t = base()
    t["indikator"][1][1][7] = ("fmt", 46001, "0")
    case("band-date-as-number", t, via_libreoffice=True)

    # A pasted export: every nilai is text, the decimal comma proven by 13,1 and 79,8. IKU-03 (a count of about a
    # thousand a quarter, target 4 000) has TW1 typed "1,092", read as 1,092 by the file's comma beside 1 105 and
    # 988: a doubt naming both readings. IKU-02's "12,400" beside 13,1 and 12,8 is 12,4 and nothing is said.
    t = base()
    t["indikator"][1][2][7:12] = [4000, 1000, 1000, 1000, 1000]
    t["indikator"][1][2][12:14] = [3100, 4500]
    for r in t["realisasi"][1]:
        if r[0] == "IKU-03":
            r[2] = {"TW1": "1,092", "TW2": 1105, "TW3": 988}[r[1]]
        if (r[0], r[1]) == ("IKU-02", "TW3"):
            r[2] = "12,400"
        value = r[2][1] if isinstance(r[2], tuple) else r[2]
        if isinstance(value, (int, float)):
            r[2] = f"{value:g}".replace(".", ",")
    case("thousands-comma-in-text-sheet", t, via_libreoffice=True)

    # profil.yaml as `kinerja init` wrote it, every signatory line retyped but the kepala's pangkat: said as an
    # example still there, as the narasi are.
    case("example-pangkat", profile=INIT_PROFILE, via_libreoffice=True)


if __name__ == "__main__":
    if not shutil.which("soffice"):
        sys.exit("soffice (libreoffice-calc-nogui) is needed to re-save the workbooks as LibreOffice does")
    main()
