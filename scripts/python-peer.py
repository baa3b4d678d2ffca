#!/usr/bin/env python3
"""python-peer.py DIR --output OUT [--jobs N] [--compare KINERJA_OUT]

The Python peer of issue 22's last benchmark row ("against the Python peer (csv + Jinja2 + cmark, same
workspaces, same run) >= 10x"): the job of `kinerja report DIR --output OUT --force` done the way a competent
Python programmer would do it with the usual libraries, so that kinerja's time can be compared with
something. It is a benchmark tool only; CI never runs it, and nothing in kinerja depends on it.

Dependencies (Python 3.11), installed with exactly:

    pip install jinja2 cmarkgfm pyyaml

(measured with Jinja2 3.1.6, cmarkgfm 2025.10.22, which binds libcmark-gfm, and PyYAML 6.0.3 with its
libyaml C loader).

What it does, per workspace (each sub-folder of DIR holding a profil.yaml), on every core
(multiprocessing, one workspace per task):

- reads profil.yaml (PyYAML, the C loader when present), indikator.csv, realisasi.csv, anggaran.csv and
  siklus.csv with the `csv` module (delimiter from the header line), narasi/*.md and narasi/sasaran/*.md
  (with the period folder narasi/TWn/ taking precedence), and the bundled default SOP (SOP/*.yaml, parsed
  once per process);
- computes every indicator by docs/aturan-capaian.md with `decimal.Decimal` (38 digits, like Foundation's
  Decimal): the three aggregations (jumlah, terakhir, rata-rata) for realisasi s.d. TWn, realisasi_tw, every
  formula of section 2 (positif, negatif selisih and rasio, the three band rules) with the statuses
  tanpa-target, belum-ada-data, target-nol, tak-terhingga, dibatasi-nol and belum-lapor-periode, the quarterly
  target and capaian_periode, capaian_renstra (jumlah: the sum of the Renstra years), last year's value, the
  category on the printed value (permendagri-86-2017, sakip, or a custom scale), sasaran and agency means
  with batas_rata_rata, Perlu Perhatian, serapan per line and in total (nested lines not counted twice),
  efisiensi per sasaran, and the monitoring cycle against the SOP (batas = mulai + waktu baku, minutes and
  hours as clock time, days and weeks as working days without weekends and the profile's holidays);
- renders with Jinja2 (templates in scripts/python-peer/, compiled once per process) the quarterly
  monitoring report in Markdown and HTML (header, summary, one table per sasaran with its narrative, a bar
  chart and a cycle chart as inline SVG, Perlu Perhatian, budget and efisiensi, analysis, the cycle table,
  signature, footnotes naming each formula used and each reason for a dash), and the ringkasan in Markdown
  and HTML carrying the SHA-256 of the two reports; the narrative Markdown is turned into HTML by libcmark-gfm
  (cmarkgfm, safe mode: raw HTML omitted, as kinerja's libcmark);
- writes capaian.csv, serapan-anggaran.csv and kepatuhan-sop.csv with the `csv` module, and manifest.json
  with the size and SHA-256 (hashlib) of every input and output;
- and, for the whole run, rekap.csv and index.md / index.html, into OUT/<slug>/<periode>/ as kinerja does.

What it simplifies (it does the same kind of work per indicator, not every rule):
- The decimal mark is decided per file by its delimiter (`;` means decimal comma and `.` thousands, as
  `kinerja sintetis` and Excel's Indonesian CSV write; `,` means decimal point), not proven from the numbers.
- No Excel workbooks, no Windows-1252 fallback, no column aliases, no validation and almost no diagnostics:
  a malformed workspace raises instead of getting kinerja's error or warning with a line number.
- Labels are Indonesian only (kinerja reads label/<bahasa>.yaml); no LKjIP (TW4 / TAHUNAN documents), no PDF,
  no signing, no skipping of unchanged agencies (it always writes everything, like `--force`).
- A quarterly target list mixing bands with single values, or a band summed for jumlah, gives no
  target_periode (kinerja warns); a `rentang` indicator with a single target is computed as positif
  (kinerja refuses the workspace).
- Cycle: lateness on another day than the batas is counted in working days between the two dates; the
  findings (temuan) are only "not done" and "done by another role than the SOP's".
- The documents carry the same sections and tables, not kinerja's exact bytes: the comparison is of the
  work, and scripts/same-outputs.py is what compares kinerja with itself.

--compare KINERJA_OUT: after the run, compares this run's capaian.csv of every agency with kinerja's in
KINERJA_OUT (same slugs) by value, capaian columns as printed (2 decimals), and prints the differences.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext
from multiprocessing import Pool

import cmarkgfm
import jinja2
import yaml
from markupsafe import Markup

try:  # libyaml's C parser when PyYAML was built with it (the wheels are)
    YamlLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    YamlLoader = yaml.SafeLoader

getcontext().prec = 38  # Foundation's Decimal carries 38 digits; a mean like 96,3466… is as long

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TEMPLATES = os.path.join(HERE, "python-peer")
DEFAULT_SOP = os.path.join(REPO, "SOP", "disdikbud-pesisir-selatan.yaml")

HUNDRED = Decimal(100)
TWO = Decimal(2)
ZERO = Decimal(0)
CENT = Decimal("0.01")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_LONG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember"]
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"

# docs/aturan-capaian.md section 6. (lower bound, label); the last band takes everything below.
SCALES = {
    "permendagri-86-2017": ([(Decimal(91), "Sangat Tinggi"), (Decimal(76), "Tinggi"), (Decimal(66), "Sedang"),
                             (Decimal(51), "Rendah"), (None, "Sangat Rendah")], False),
    "sakip": ([(Decimal(90), "AA"), (Decimal(80), "A"), (Decimal(70), "BB"), (Decimal(60), "B"),
               (Decimal(50), "CC"), (Decimal(30), "C"), (None, "D")], True),
}
SCALES["permendagri"] = SCALES["permendagri-86-2017"]
SCALES["permenpanrb-88-2021"] = SCALES["sakip"]
COLOURS = ["hijau-tua", "hijau", "kuning", "jingga", "merah", "merah-tua", "abu"]

RULE_TEXT = {
    "positif": "Rumus positif: capaian = realisasi ÷ target × 100.",
    "negatif-selisih": "Rumus negatif (selisih, PermenPANRB 8/2021): capaian = (2 × target − realisasi) ÷ "
                       "target × 100, paling rendah 0.",
    "negatif-rasio": "Rumus negatif (rasio): capaian = target ÷ realisasi × 100.",
    "positif-rentang": "Rumus positif dengan target rentang a–b: di bawah a, realisasi ÷ a × 100; di dalam "
                       "rentang, 100; di atas b, realisasi ÷ b × 100.",
    "negatif-rentang": "Rumus negatif dengan target rentang a–b: di bawah a, (2a − realisasi) ÷ a × 100; di "
                       "dalam rentang, 100; di atas b, (2b − realisasi) ÷ b × 100, paling rendah 0.",
    "rentang": "Rumus rentang (terbaik di dalam rentang a–b): di bawah a, realisasi ÷ a × 100; di dalam "
               "rentang, 100; di atas b, (2b − realisasi) ÷ b × 100, paling rendah 0.",
}
REASON_TEXT = {
    "tanpa-target-tw": "Indikator ini tidak memiliki target triwulan, sehingga target dan capaian periode "
                       "tidak dihitung.",
    "kosong-tw": "Tidak ada realisasi untuk triwulan ini di realisasi.csv.",
    "tanpa-target": "Target belum ditetapkan di indikator.csv; capaian tidak dihitung dan tidak masuk "
                    "rata-rata.",
    "belum-ada-data": "Belum ada realisasi sampai periode laporan; capaian tidak dihitung.",
    "target-nol": "Target bernilai 0: capaian menurut aturan target nol.",
    "tak-terhingga": "Realisasi 0 dengan rumus rasio: capaian tak terhingga, tidak dihitung.",
    "dibatasi-nol": "Hasil rumus di bawah 0; capaian ditetapkan 0.",
    "belum-lapor-periode": "Realisasi triwulan laporan belum dilaporkan; capaian dihitung dari triwulan yang "
                           "sudah dilaporkan menurut agregasi indikator dan dapat berubah setelah triwulan itu "
                           "dilaporkan.",
}


# ----------------------------------------------------------------------------------------------------------
# Numbers
# ----------------------------------------------------------------------------------------------------------

def number_reader(decimal_comma: bool):
    """A reader of one file's number cells: '' is None ("no data", never 0)."""
    if decimal_comma:
        def read(cell: str):
            cell = cell.strip()
            if not cell:
                return None
            return Decimal(cell.replace("Rp", "").replace("%", "").replace(" ", "")
                           .replace(".", "").replace(",", "."))
    else:
        def read(cell: str):
            cell = cell.strip()
            if not cell:
                return None
            return Decimal(cell.replace("Rp", "").replace("%", "").replace(" ", "").replace(",", ""))
    return read


BAND = re.compile(r"^\s*(-?[0-9.,]+)\s*[-–]\s*(-?[0-9.,]+)\s*$")


def read_target(cell: str, num):
    """A target: None, a Decimal, or a band (a, b)."""
    cell = cell.strip()
    if not cell:
        return None
    m = BAND.match(cell)
    if m:
        return (num(m.group(1)), num(m.group(2)))
    return num(cell)


def rounded(d: Decimal) -> Decimal:
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def id_number(d, places=None) -> str:
    """Indonesian display: 1.234.567,89. Inputs print as written; a long computed fraction (a mean) prints
    with 2 decimals, as kinerja's tables do."""
    if d is None:
        return ""
    if places is None and d.as_tuple().exponent < -4:
        places = 2
    if places is not None:
        d = d.quantize(CENT if places == 2 else Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = format(d, "f")
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    whole, _, frac = s.partition(".")
    whole = f"{int(whole):,}".replace(",", ".")
    return ("-" if neg else "") + whole + ("," + frac if frac else "")


def plain(d) -> str:
    """capaian.csv's numbers: '.' decimal, no grouping, unrounded."""
    if d is None:
        return ""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def target_text(t, display=True) -> str:
    if t is None:
        return ""
    if isinstance(t, tuple):
        return f"{id_number(t[0])}–{id_number(t[1])}" if display else f"{plain(t[0])}-{plain(t[1])}"
    return id_number(t) if display else plain(t)


# ----------------------------------------------------------------------------------------------------------
# docs/aturan-capaian.md section 2: capaian of one value against one target
# ----------------------------------------------------------------------------------------------------------

def capaian_of(polarity: str, rumus: str, target, r):
    """-> (capaian or None, status, rule). Target checked first, then the data (the doc's order)."""
    if target is None:
        return None, "tanpa-target", None
    if r is None:
        return None, "belum-ada-data", None
    if isinstance(target, tuple):
        a, b = target
        rule = {"positif": "positif-rentang", "negatif": "negatif-rentang"}.get(polarity, "rentang")
        if a <= r <= b:
            return HUNDRED, "ok", rule
        bound = a if r < a else b
        if bound == 0:
            if polarity == "negatif":
                return (HUNDRED if r <= 0 else ZERO), "target-nol", rule
            return None, "target-nol", rule
        # below the band: positif and rentang R/a, negatif (2a-R)/a; above: positif R/b, the others (2b-R)/b
        if (r < a and polarity == "negatif") or (r > b and polarity != "positif"):
            v = (TWO * bound - r) / bound * HUNDRED
            if v < 0:
                return ZERO, "dibatasi-nol", rule
            return v, "ok", rule
        return r / bound * HUNDRED, "ok", rule
    t = target
    if polarity == "negatif":
        rule = "negatif-rasio" if rumus == "rasio" else "negatif-selisih"
        if t == 0:
            return (HUNDRED if r <= 0 else ZERO), "target-nol", rule
        if rumus == "rasio":
            if r == 0:
                return None, "tak-terhingga", rule
            return t / r * HUNDRED, "ok", rule
        v = (TWO * t - r) / t * HUNDRED
        if v < 0:
            return ZERO, "dibatasi-nol", rule
        return v, "ok", rule
    # positif (and, simplified, a rentang indicator with a single target)
    if t == 0:
        return None, "target-nol", "positif"
    return r / t * HUNDRED, "ok", "positif"


def aggregate(kind: str, values):
    """Section 3: realisasi s.d. TWn from the quarters present, in order."""
    if not values:
        return None
    if kind == "jumlah":
        return sum(values, ZERO)
    if kind == "rata-rata":
        return sum(values, ZERO) / len(values)
    return values[-1]  # terakhir


def category(scale, value):
    """-> (index, label) of the band the printed value falls in."""
    if value is None:
        return None, ""
    bands, exclusive = scale
    x = rounded(value)
    for i, (low, label) in enumerate(bands):
        if low is None or (x > low if exclusive else x >= low):
            return i, label
    return len(bands) - 1, bands[-1][1]


def custom_scale(items):
    return ([(Decimal(str(b["min"])) if i < len(items) - 1 else None, str(b["label"]))
             for i, b in enumerate(items)], False)


# ----------------------------------------------------------------------------------------------------------
# Reading a workspace
# ----------------------------------------------------------------------------------------------------------

def read_csv(path):
    """-> (rows as dicts with normalised keys, number reader), or ([], None) when the file is absent."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    except FileNotFoundError:
        return [], None
    header = text[:text.find("\n")]
    delim = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    names = [h.strip().lower().replace(" ", "_").replace("-", "_") for h in next(reader)]
    rows = [dict(zip(names, row)) for row in reader if any(c.strip() for c in row)]
    return rows, number_reader(delim == ";")


_SOP_CACHE = {}


def load_sop(path=DEFAULT_SOP):
    """The SOP is the same for every agency of a run: parsed once per process, as kinerja does."""
    sop = _SOP_CACHE.get(path)
    if sop is None:
        with open(path, encoding="utf-8") as f:
            sop = yaml.load(f, Loader=YamlLoader)
        # PyYAML reads YAML 1.1, where the key `no:` is the boolean false
        sop["langkah"] = [{("no" if k is False else k): v for k, v in step.items()} for step in sop["langkah"]]
        _SOP_CACHE[path] = sop
    return sop


def read_narasi(ws, period_folder):
    """{relative name: text}; a file in narasi/<period>/ takes precedence over narasi/."""
    out = {}
    base = os.path.join(ws, "narasi")
    for sub in ("", period_folder):
        root = os.path.join(base, sub) if sub else base
        for folder in ("", "sasaran"):
            d = os.path.join(root, folder) if folder else root
            try:
                names = os.listdir(d)
            except FileNotFoundError:
                continue
            for name in names:
                if name.endswith(".md"):
                    with open(os.path.join(d, name), encoding="utf-8-sig") as f:
                        out[(folder + "/" if folder else "") + name] = f.read()
    return out


# ----------------------------------------------------------------------------------------------------------
# Dates of the monitoring cycle
# ----------------------------------------------------------------------------------------------------------

class Calendar:
    def __init__(self, holidays):
        self.holidays = set(holidays)

    def working(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def add_days(self, start: dt.datetime, n: int) -> dt.datetime:
        day = start.date()
        while n > 0:
            day += dt.timedelta(days=1)
            if self.working(day):
                n -= 1
        return dt.datetime.combine(day, start.time())

    def days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days after a up to and including b."""
        n, day = 0, a
        while day < b:
            day += dt.timedelta(days=1)
            if self.working(day):
                n += 1
        return n

    def working_seconds(self, a: dt.datetime, b: dt.datetime) -> float:
        """Clock time from a to b without the whole non-working days in between (to rank lateness)."""
        skipped, day = 0, a.date() + dt.timedelta(days=1)
        while day < b.date():
            if not self.working(day):
                skipped += 1
            day += dt.timedelta(days=1)
        return (b - a).total_seconds() - skipped * 86400


WAKTU = re.compile(r"^\s*(\d+)\s*(menit|jam|hari|minggu)", re.I)


def parse_waktu(text):
    m = WAKTU.match(str(text))
    n, unit = int(m.group(1)), m.group(2).lower()
    return n, unit


def parse_time(cell):
    cell = cell.strip()
    return dt.datetime.strptime(cell, "%Y-%m-%d %H:%M") if cell else None


def when(t: dt.datetime) -> str:
    return f"{t.day} {MONTHS[t.month - 1]} {t.year} {t.hour:02d}.{t.minute:02d}" if t else ""


def duration(seconds: int) -> str:
    minutes = seconds // 60
    h, m = divmod(minutes, 60)
    parts = ([f"{h} jam"] if h else []) + ([f"{m} menit"] if m else [])
    return " ".join(parts) or "0 menit"


# ----------------------------------------------------------------------------------------------------------
# One agency
# ----------------------------------------------------------------------------------------------------------

class Notes:
    """The footnotes of a report: a letter per formula used, a number per reason for a dash or a remark."""

    def __init__(self):
        self.rules, self.reasons = {}, {}

    def rule(self, key):
        if key is None:
            return ""
        if key not in self.rules:
            self.rules[key] = LETTERS[len(self.rules)]
        return self.rules[key]

    def reason(self, key, text):
        if key not in self.reasons:
            self.reasons[key] = (str(len(self.reasons) + 1).translate(SUPERSCRIPT), text)
        return self.reasons[key][0]

    def listing(self):
        out = [(mark, RULE_TEXT[key]) for key, mark in self.rules.items()]
        return out + list(self.reasons.values())


def slug_of(profil):
    base = str(profil.get("singkatan") or profil.get("instansi", "instansi")).lower()
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-")


def compute(ws):
    """Reads one workspace and computes everything its documents print."""
    with open(os.path.join(ws, "profil.yaml"), encoding="utf-8-sig") as f:
        profil = yaml.load(f, Loader=YamlLoader)
    tahun = int(profil["tahun"])
    periode = str(profil.get("periode", "TW4")).upper()
    annual_report = periode == "TAHUNAN"
    n = 4 if annual_report else int(periode[2])
    periode_kode = f"{tahun}-{periode}"
    periode_nama = "Tahunan" if annual_report else f"Triwulan {ROMAN[n]}"
    rumus_default = str(profil.get("rumus_negatif") or "selisih")
    skala = profil.get("skala") or "permendagri-86-2017"
    scale = custom_scale(skala) if isinstance(skala, list) else SCALES[str(skala)]
    cap = profil.get("batas_rata_rata")
    cap = Decimal(str(cap)) if cap is not None else None
    holidays = [d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)) for d in profil.get("libur") or []]
    cal = Calendar(holidays)
    renstra = str(profil.get("renstra") or "")
    renstra_first = int(renstra.split("-")[0]) if renstra else None

    indikator, num_i = read_csv(os.path.join(ws, "indikator.csv"))
    realisasi, num_r = read_csv(os.path.join(ws, "realisasi.csv"))
    anggaran, num_a = read_csv(os.path.join(ws, "anggaran.csv"))
    siklus, _ = read_csv(os.path.join(ws, "siklus.csv"))
    narasi = read_narasi(ws, periode if not annual_report else "tahunan")

    # realisasi.csv: per indicator, {period text: (value, catatan)}
    values = {}
    later_ignored = 0
    for row in realisasi:
        p = row["periode"].strip().upper()
        if not annual_report and ((p.startswith("TW") and int(p[2]) > n) or p == str(tahun)):
            later_ignored += 1  # section 3: values after the report period are left out
            continue
        values.setdefault(row["kode"].strip(), {})[p] = (num_r(row.get("nilai", "")), row.get("catatan", "").strip())

    notes = Notes()
    rows, sasaran_of = [], {}
    sasaran_list = []
    for row in indikator:
        kode = row["kode"].strip()
        pol = row.get("polaritas", "positif").strip().lower() or "positif"
        agg = row.get("agregasi", "").strip().lower() or "terakhir"
        tingkat = row.get("tingkat", "").strip().lower()
        iku_cell = row.get("iku", "").strip().lower()
        iku = iku_cell == "ya" if iku_cell else tingkat in ("tujuan", "sasaran")
        rumus = row.get("rumus_negatif", "").strip().lower() or rumus_default
        target = read_target(row.get("target", ""), num_i)
        tw_targets = [read_target(row.get(f"target_tw{q}", ""), num_i) for q in range(1, 5)]
        target_renstra = read_target(row.get("target_renstra", ""), num_i)
        vals = values.get(kode, {})

        quarters = [vals.get(f"TW{q}", (None, ""))[0] for q in range(1, n + 1)]
        present = [v for v in quarters if v is not None]
        catatan = ""
        for q in range(n, 0, -1):  # the latest quarter's note
            c = vals.get(f"TW{q}", (None, ""))[1]
            if c:
                catatan = c
                break
        if annual_report and vals.get(str(tahun), (None, ""))[0] is not None:
            real = vals[str(tahun)][0]
        else:
            real = aggregate(agg, present)
        real_tw = None if annual_report else quarters[-1]
        unreported = real_tw is None and bool(present) if not annual_report else False

        cap_v, status, rule = capaian_of(pol, rumus, target, real)
        if status == "ok" and unreported:
            status = "belum-lapor-periode"

        # the quarterly target: jumlah sums TW1..TWn (all filled), the others take TWn
        target_periode = None
        if any(t is not None for t in tw_targets):
            chosen = tw_targets[:n]
            if agg == "jumlah":
                if all(t is not None and not isinstance(t, tuple) for t in chosen):
                    target_periode = sum(chosen, ZERO)
            else:
                target_periode = chosen[-1]
        cap_p = capaian_of(pol, rumus, target_periode, real)[0] if target_periode is not None else None

        def annual(year):
            v = vals.get(str(year), (None, ""))[0]
            if v is not None:
                return v
            qs = [vals.get(f"{year}-TW{q}", (None, ""))[0] for q in range(1, 5)]
            if agg == "terakhir":
                return qs[3]
            return aggregate(agg, qs) if all(q is not None for q in qs) else None

        last_year = annual(tahun - 1)
        cap_r = None
        if target_renstra is not None and real is not None:
            if agg == "jumlah":
                if renstra_first is not None:
                    earlier = [annual(y) for y in range(renstra_first, tahun)]
                    if all(e is not None for e in earlier):
                        cap_r = capaian_of(pol, rumus, target_renstra, sum(earlier, ZERO) + real)[0]
            else:
                cap_r = capaian_of(pol, rumus, target_renstra, real)[0]

        kat_i, kat = category(scale, cap_v)
        # the marks printed next to the figures
        mark = notes.rule(rule) if cap_v is not None else ""
        if status in ("target-nol", "tak-terhingga", "dibatasi-nol", "belum-lapor-periode"):
            mark += notes.reason(status, REASON_TEXT[status])
        dash_target = notes.reason("tanpa-target", REASON_TEXT["tanpa-target"]) if target is None else ""
        real_note = ""
        if unreported:
            last_q = max(q for q in range(1, n + 1) if quarters[q - 1] is not None)
            first_q = min(q for q in range(1, n + 1) if quarters[q - 1] is not None)
            span = f"TW {ROMAN[first_q]}–TW {ROMAN[last_q]}" if first_q != last_q else f"TW {ROMAN[last_q]}"
            word = {"jumlah": "Jumlah", "rata-rata": "Rata-rata"}.get(agg, "Nilai")
            if agg == "terakhir":
                span = f"TW {ROMAN[last_q]}"
            text = f"{word} {span}; TW {ROMAN[n]} belum dilaporkan."
            real_note = notes.reason("sd:" + text, text)
        no_tw_target = all(t is None for t in tw_targets)
        mark_tw = notes.reason("tanpa-target-tw", REASON_TEXT["tanpa-target-tw"]) if no_tw_target else ""

        sas_text = row.get("sasaran", "").strip()
        if sas_text not in sasaran_of:
            sasaran_of[sas_text] = {"nomor": len(sasaran_list) + 1, "pernyataan": sas_text, "indikator": []}
            sasaran_list.append(sasaran_of[sas_text])
        sas = sasaran_of[sas_text]
        perhatian = []
        if kat_i is not None and kat_i > len(scale[0]) // 2:
            perhatian.append(f"kategori di bawah {scale[0][len(scale[0]) // 2][1]}")
        if cap_p is not None and rounded(cap_p) < HUNDRED:
            perhatian.append(f"di bawah target triwulan ({id_number(cap_p, 2)}%)")
        if unreported:
            perhatian.append(f"realisasi TW {ROMAN[n]} belum dilaporkan")
        if status == "belum-ada-data":
            perhatian.append("belum ada data")

        item = {
            "kode": kode, "tingkat": tingkat, "sasaran": sas_text, "sasaran_nomor": sas["nomor"],
            "indikator": row.get("indikator", "").strip(), "satuan": row.get("satuan", "").strip(),
            "polaritas": pol, "agregasi": agg, "iku": iku, "target": target,
            "target_teks": target_text(target) or "–" + dash_target,
            "tw": [(id_number(v) if v is not None else "–" + notes.reason("kosong-tw", REASON_TEXT["kosong-tw"]))
                   for v in quarters],
            "realisasi_tw": real_tw, "realisasi": real,
            "realisasi_teks": (id_number(real) + real_note) if real is not None else "–",
            "capaian": cap_v, "status": status, "kategori": kat, "kategori_i": kat_i,
            "capaian_teks": (id_number(cap_v, 2) + "%" + mark) if cap_v is not None
            else "–" + (dash_target if status == "tanpa-target" else
                        notes.reason(status, REASON_TEXT.get(status, status))),
            "target_periode": target_periode, "capaian_periode": cap_p,
            "target_periode_teks": target_text(target_periode) if target_periode is not None else "–" + mark_tw,
            "capaian_periode_teks": (id_number(cap_p, 2) + "%" + notes.rule(rule)) if cap_p is not None
            else "–" + mark_tw,
            "target_renstra": target_renstra, "capaian_renstra": cap_r, "tahun_lalu": last_year,
            "catatan": catatan, "perhatian": "; ".join(perhatian),
            "narasi": narasi.get(f"sasaran/{kode}.md"),
        }
        rows.append(item)
        sas["indikator"].append(item)

    def mean(items):
        vals = [i["capaian"] for i in items if i["iku"] and i["capaian"] is not None]
        if cap is not None:
            vals = [min(v, cap) for v in vals]
        return sum(vals, ZERO) / len(vals) if vals else None

    iku = [r for r in rows if r["iku"]]
    rata = mean(rows)
    counts = [0] * len(scale[0])
    for r in iku:
        if r["kategori_i"] is not None:
            counts[r["kategori_i"]] += 1
    tanpa = [r for r in iku if r["capaian"] is None]
    belum_lapor = [r for r in iku if r["status"] == "belum-lapor-periode"]

    # budget (section 7): serapan per line; a total over the lines with spending, nested ones left out
    lines = []
    for row in anggaran:
        pagu = num_a(row.get("pagu", ""))
        spent = [num_a(row.get(f"realisasi_tw{q}", "")) for q in range(1, 5)]
        counted = [s for s in spent[:n] if s is not None]
        total = sum(counted, ZERO) if counted else None
        ser = total / pagu * HUNDRED if total is not None and pagu else None
        lines.append({"kode": row["kode"].strip(), "uraian": row.get("uraian", "").strip(),
                      "induk": row.get("induk", "").strip(), "pagu": pagu, "tw": spent, "realisasi": total,
                      "serapan": ser})
    with_spending = [ln for ln in lines if ln["realisasi"] is not None]
    for ln in lines:
        ln["anak"] = any(ln["kode"].startswith(o["kode"] + ".") for o in with_spending if o is not ln)

    def serapan(selected):
        top = [ln for ln in selected if ln["realisasi"] is not None and not ln["anak"]]
        pagu = sum((ln["pagu"] for ln in top), ZERO)
        spent = sum((ln["realisasi"] for ln in top), ZERO)
        return (spent / pagu * HUNDRED if pagu else None), pagu, spent

    serapan_total, pagu_total, spent_total = serapan(lines)
    for sas in sasaran_list:
        sas["capaian"] = mean(sas["indikator"])
        sas["kategori"] = category(scale, sas["capaian"])[1]
        codes = {i["kode"] for i in sas["indikator"]}
        sas["serapan"] = serapan([ln for ln in lines if ln["induk"] in codes])[0]
        sas["efisiensi"] = (sas["capaian"] - sas["serapan"]
                            if sas["capaian"] is not None and sas["serapan"] is not None else None)
        sas["narasi"] = narasi.get(f"sasaran/{sas['nomor']}.md")

    # the monitoring cycle against the SOP (docs/siklus.md, simplified)
    sop = load_sop() if siklus else None
    steps, temuan = [], []
    tanggal = profil.get("tanggal")
    tanggal = dt.datetime.combine(tanggal if isinstance(tanggal, dt.date) else dt.date.fromisoformat(str(tanggal)),
                                  dt.time(23, 59)) if tanggal else None
    if sop:
        done = {}
        for row in siklus:
            if row["periode"].strip().upper() == periode_kode:
                done[int(row["langkah"])] = row
        for langkah in sop["langkah"]:
            no = int(langkah["no"])
            n_w, unit = parse_waktu(langkah["waktu"])
            row = done.get(no)
            mulai = parse_time(row["mulai"]) if row else None
            selesai = parse_time(row.get("selesai", "")) if row else None
            batas = None
            if mulai:
                if unit == "menit":
                    batas = mulai + dt.timedelta(minutes=n_w)
                elif unit == "jam":
                    batas = mulai + dt.timedelta(hours=n_w)
                else:
                    batas = cal.add_days(mulai, n_w * (5 if unit == "minggu" else 1))
            late, late_s = "", 0.0
            if not row or not mulai:
                status = "tidak-dilaksanakan"
                temuan.append(f"Langkah {no} tidak dilaksanakan.")
            elif selesai is None:
                status = "berjalan" if tanggal is None or tanggal <= batas else "melewati-batas"
            elif selesai <= batas:
                status = "tepat-waktu"
            else:
                status = "terlambat"
                late_s = cal.working_seconds(batas, selesai)
                if selesai.date() == batas.date():
                    late = duration(int((selesai - batas).total_seconds()))
                else:
                    late = f"{max(1, cal.days_between(batas.date(), selesai.date()))} hari"
            pelaksana = row.get("pelaksana", "").strip() if row else ""
            if row and pelaksana and str(langkah["pelaksana"]).lower() not in pelaksana.lower():
                temuan.append(f"Langkah {no} dilaksanakan oleh {pelaksana}, bukan {langkah['pelaksana']}.")
            steps.append({"no": no, "uraian": langkah["uraian"], "pelaksana_sop": langkah["pelaksana"],
                          "pelaksana": pelaksana, "kelengkapan": langkah.get("kelengkapan", ""),
                          "waktu": langkah["waktu"], "unit": unit, "n": n_w, "output": langkah.get("output", ""),
                          "mulai": mulai, "selesai": selesai, "batas": batas, "status": status,
                          "terlambat": late, "terlambat_s": late_s,
                          "tanda": [role == langkah["pelaksana"] for role in sop["pelaksana"]]})
    on_time = sum(1 for s in steps if s["status"] == "tepat-waktu")
    tepat = Decimal(on_time) / len(steps) * HUNDRED if steps else None
    cycle = None
    if steps and any(s["mulai"] for s in steps):
        first = min(s["mulai"] for s in steps if s["mulai"])
        ends = [s["selesai"] for s in steps if s["selesai"]]
        last = max(ends) if ends else first
        elapsed = cal.days_between(first.date(), last.date())
        days = sum(s["n"] * (5 if s["unit"] == "minggu" else 1) for s in steps if s["unit"] in ("hari", "minggu"))
        minutes = sum(s["n"] * (60 if s["unit"] == "jam" else 1) for s in steps if s["unit"] in ("menit", "jam"))
        baku = Decimal(days) + Decimal(minutes) / Decimal(450)  # 7,5 working hours a day
        slowest = max((s for s in steps if s["status"] == "terlambat"), key=lambda s: s["terlambat_s"],
                      default=None)
        cycle = {"mulai": when(first), "selesai": when(last), "lama": elapsed,
                 "baku": f"{days} hari + {duration(minutes * 60)}", "baku_hari": id_number(baku, 2),
                 "selisih": ("+" if elapsed >= baku else "") + id_number(Decimal(elapsed) - baku, 2),
                 "paling_lambat": slowest}
    status_counts = {k: sum(1 for s in steps if s["status"] == k) for k in
                     ("tepat-waktu", "terlambat", "berjalan", "melewati-batas", "tidak-dilaksanakan")}

    return {
        "profil": profil, "tahun": tahun, "periode": periode, "periode_kode": periode_kode,
        "periode_nama": periode_nama, "n": n, "rows": rows, "sasaran": sasaran_list, "iku": iku,
        "rata": rata, "kategori": category(scale, rata)[1], "scale": scale, "counts": counts, "tanpa": tanpa,
        "belum_lapor": belum_lapor, "lines": lines, "serapan": serapan_total, "pagu_total": pagu_total,
        "spent_total": spent_total, "sop": sop, "steps": steps, "on_time": on_time, "tepat": tepat,
        "cycle": cycle, "status_counts": status_counts, "temuan": temuan, "narasi": narasi, "notes": notes,
        "later_ignored": later_ignored, "cap": cap,
        "perhatian": [r for r in rows if r["perhatian"]],
    }


# ----------------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------------

class RawMarkdown(str):
    """Markdown written by the planners: copied into the Markdown report as it is (not escaped)."""


MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def md_finalize(value):
    # Every value printed into Markdown is escaped, as kinerja's Markdown content type does, unless it is
    # the planners' own Markdown.
    if value is None:
        return ""
    if isinstance(value, RawMarkdown):
        return value
    s = str(value)
    return MD_SPECIAL.sub(r"\\\1", s) if MD_SPECIAL.search(s) else s


_ENVS = {}


def environments():
    """Two Jinja2 environments, compiled once per process: HTML autoescaped, Markdown escaped by finalize."""
    if not _ENVS:
        loader = jinja2.FileSystemLoader(TEMPLATES)
        html = jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)
        md = jinja2.Environment(loader=loader, autoescape=False, trim_blocks=True, lstrip_blocks=True,
                                finalize=md_finalize)
        for env in (html, md):
            env.filters["angka"] = id_number
            env.filters["waktu"] = when
        _ENVS["html"], _ENVS["md"] = html, md
    return _ENVS


def narrative_html(text):
    # libcmark-gfm, safe mode (the default of cmark >= 0.29: raw HTML is omitted, unsafe links emptied)
    return Markup(cmarkgfm.markdown_to_html(text)) if text is not None else None


def bar_chart(c):
    """Geometry of the capaian bar chart (inline SVG), one bar per indicator, axis 0–150 %."""
    left, width, row_h, top = 80.0, 380.0, 22.0, 30.0
    scale_max = Decimal(150)
    bars = []
    for i, r in enumerate(c["rows"]):
        y = top + i * row_h
        v = r["capaian"]
        if v is not None:
            shown = min(max(v, ZERO), scale_max)
            w = float(shown / scale_max) * width
            bars.append({"kode": r["kode"], "y": y, "y_teks": y + 14, "w": round(w, 1), "ada": True,
                         "nilai": id_number(v, 2) + "%", "nilai_x": round(left + w + 4, 1),
                         "warna": COLOURS[r["kategori_i"]], "kategori": r["kategori"],
                         "terpotong": v > scale_max})
        else:
            bars.append({"kode": r["kode"], "y": y, "y_teks": y + 14, "ada": False, "nilai": "–",
                         "nilai_x": left + 4})
    ticks = [{"x": round(left + width * t / 150, 1), "teks": f"{t}%"} for t in range(0, 151, 25)]
    height = top + len(bars) * row_h + 20
    return {"lebar": 500, "tinggi": height, "kiri": left, "plot_atas": top - 10, "plot_bawah": height - 20,
            "batang": bars, "skala": ticks, "garis_100_x": round(left + width * 100 / 150, 1)}


def cycle_chart(c):
    """A flow of the cycle's steps (inline SVG): one box per step, coloured by its status."""
    boxes = []
    for i, s in enumerate(c["steps"]):
        boxes.append({"x": 20 + (i % 2) * 240, "y": 20 + (i // 2) * 70, "no": s["no"],
                      "teks": s["uraian"][:38] + ("…" if len(s["uraian"]) > 38 else ""),
                      "status": s["status"]})
    return {"kotak": boxes, "tinggi": 40 + ((len(boxes) + 1) // 2) * 70}


def render_agency(c, out_dir, slug):
    envs = environments()
    profil = c["profil"]
    kepala = profil.get("kepala") or {}
    scale_labels = [b[1] for b in c["scale"][0]]
    sections = {name: c["narasi"].get(name + ".md") for name in
                ("faktor-pendorong", "faktor-penghambat", "tindak-lanjut", "ikhtisar", "pendahuluan")}
    ctx = {
        "p": profil, "kepala": kepala, "c": c, "periode_nama": c["periode_nama"], "tahun": c["tahun"],
        "rows": c["rows"], "sasaran": c["sasaran"], "n": c["n"], "roman": ROMAN,
        "rata": id_number(c["rata"], 2) + "%" if c["rata"] is not None else "–",
        "kategori_rata": c["kategori"], "kategori": list(zip(scale_labels, c["counts"])),
        "lines": c["lines"], "steps": c["steps"], "cycle": c["cycle"], "sop": c["sop"],
        "tepat": id_number(c["tepat"], 2) + "%" if c["tepat"] is not None else "–",
        "serapan": id_number(c["serapan"], 2) + "%" if c["serapan"] is not None else "–",
        "notes": c["notes"].listing(), "perhatian": c["perhatian"],
        "tanpa_catatan": sum(1 for r in c["perhatian"] if not r["catatan"]),
        "tanggal": _long_date(profil.get("tanggal")), "slug": slug, "colours": COLOURS,
    }
    # Markdown: the planners' narrative as written; HTML: the same narrative through libcmark-gfm
    md_ctx = dict(ctx, analisis={k: RawMarkdown(v) if v is not None else None for k, v in sections.items()},
                  narasi_sasaran={s["nomor"]: RawMarkdown(s["narasi"]) if s["narasi"] else None for s in c["sasaran"]},
                  narasi_indikator={r["kode"]: RawMarkdown(r["narasi"]) for r in c["rows"] if r["narasi"]})
    html_ctx = dict(ctx, analisis={k: narrative_html(v) for k, v in sections.items()},
                    narasi_sasaran={s["nomor"]: narrative_html(s["narasi"]) for s in c["sasaran"]},
                    narasi_indikator={r["kode"]: narrative_html(r["narasi"]) for r in c["rows"] if r["narasi"]},
                    grafik=bar_chart(c), alur=cycle_chart(c))
    written = {}

    def write(name, text):
        data = text.encode("utf-8")
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        written[name] = (len(data), hashlib.sha256(data).hexdigest())

    write("laporan-pemantauan.md", envs["md"].get_template("laporan-pemantauan.md.j2").render(md_ctx))
    write("laporan-pemantauan.html", envs["html"].get_template("laporan-pemantauan.html.j2").render(html_ctx))

    # capaian.csv (docs/laporan.md's columns; capaian columns rounded to 2 decimals, other numbers as they are)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["kode", "tingkat", "sasaran", "indikator", "satuan", "polaritas", "agregasi", "iku", "periode",
                "target", "realisasi_tw", "realisasi", "capaian", "kategori", "target_periode", "capaian_periode",
                "target_renstra", "capaian_renstra", "realisasi_tahun_lalu", "status", "catatan"])
    for r in c["rows"]:
        w.writerow([r["kode"], r["tingkat"], r["sasaran"], r["indikator"], r["satuan"], r["polaritas"],
                    r["agregasi"], "ya" if r["iku"] else "tidak", c["periode_kode"], target_text(r["target"], False),
                    plain(r["realisasi_tw"]), plain(r["realisasi"]),
                    format(rounded(r["capaian"]), "f") if r["capaian"] is not None else "", r["kategori"],
                    target_text(r["target_periode"], False),
                    format(rounded(r["capaian_periode"]), "f") if r["capaian_periode"] is not None else "",
                    target_text(r["target_renstra"], False),
                    format(rounded(r["capaian_renstra"]), "f") if r["capaian_renstra"] is not None else "",
                    plain(r["tahun_lalu"]), r["status"], r["catatan"]])
    write("capaian.csv", buf.getvalue())

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["kode", "uraian", "induk", "periode", "pagu", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3",
                "realisasi_tw4", "realisasi", "serapan"])
    for ln in c["lines"]:
        w.writerow([ln["kode"], ln["uraian"], ln["induk"], c["periode_kode"], plain(ln["pagu"]),
                    *[plain(v) if q < c["n"] else "" for q, v in enumerate(ln["tw"])], plain(ln["realisasi"]),
                    format(rounded(ln["serapan"]), "f") if ln["serapan"] is not None else ""])
    write("serapan-anggaran.csv", buf.getvalue())

    if c["steps"]:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["periode", "langkah", "uraian", "pelaksana_sop", "pelaksana", "waktu_baku", "mulai", "selesai",
                    "batas", "status", "keterlambatan", "temuan"])
        iso = (lambda t: t.strftime("%Y-%m-%dT%H:%M") if t else "")
        for s in c["steps"]:
            w.writerow([c["periode_kode"], s["no"], s["uraian"], s["pelaksana_sop"], s["pelaksana"], s["waktu"],
                        iso(s["mulai"]), iso(s["selesai"]), iso(s["batas"]), s["status"], s["terlambat"], ""])
        write("kepatuhan-sop.csv", buf.getvalue())

    # the ringkasan carries the SHA-256 of the two reports it summarises
    best = sorted((r for r in c["iku"] if r["capaian"] is not None), key=lambda r: r["capaian"], reverse=True)
    sum_ctx = dict(ctx, tertinggi=best[:3], terendah=list(reversed(best[-3:])),
                   sidik=[(k, written[k][1]) for k in ("laporan-pemantauan.md", "laporan-pemantauan.html")],
                   belum_lapor=c["belum_lapor"], tanpa=c["tanpa"])
    write("ringkasan.md", envs["md"].get_template("ringkasan.md.j2").render(sum_ctx))
    write("ringkasan.html", envs["html"].get_template("ringkasan.html.j2").render(sum_ctx))
    return written


def _long_date(value):
    if not value:
        return ""
    d = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return f"{d.day} {MONTHS_LONG[d.month - 1]} {d.year}"


def file_digest(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data), hashlib.sha256(data).hexdigest()


def process(args):
    """One workspace, in a worker process: compute, render, write, and return its rekap row."""
    ws, out_root, slug = args
    c = compute(ws)
    out_dir = os.path.join(out_root, slug, c["periode_kode"])
    os.makedirs(out_dir, exist_ok=True)
    written = render_agency(c, out_dir, slug)
    inputs = []
    for root, dirs, files in os.walk(ws):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            size, digest = file_digest(path)
            inputs.append({"path": os.path.relpath(path, ws), "sha256": digest, "size": size})
    manifest = {
        "agency": c["profil"].get("instansi"), "generator": "python-peer", "period": c["periode_kode"],
        "inputs": inputs,
        "outputs": [{"path": k, "sha256": v[1], "size": v[0]} for k, v in sorted(written.items())],
        "rules": "docs/aturan-capaian.md",
    }
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    p = c["profil"]
    return {"slug": slug, "instansi": p.get("instansi"), "pemerintah": p.get("pemerintah"),
            "periode": c["periode_kode"], "jumlah_indikator": len(c["rows"]), "jumlah_iku": len(c["iku"]),
            "rata_rata_capaian": format(rounded(c["rata"]), "f") if c["rata"] is not None else "",
            "kategori": c["kategori"], "iku_tanpa_capaian": len(c["tanpa"]),
            "serapan": format(rounded(c["serapan"]), "f") if c["serapan"] is not None else "",
            "tepat_waktu": format(rounded(c["tepat"]), "f") if c["tepat"] is not None else "",
            "folder": f"{slug}/{c['periode_kode']}"}


def workspaces(root):
    if os.path.exists(os.path.join(root, "profil.yaml")):
        return [root]
    return [os.path.join(root, d) for d in sorted(os.listdir(root))
            if os.path.exists(os.path.join(root, d, "profil.yaml"))]


def slugs(paths):
    """The slug of each workspace, from its singkatan, -2, -3 … for repeats (in folder order, as kinerja)."""
    seen, out = {}, []
    for ws in paths:
        with open(os.path.join(ws, "profil.yaml"), encoding="utf-8-sig") as f:
            # only the singkatan is needed here; the worker parses the whole profile again
            m = re.search(r"^singkatan:\s*(.+)$", f.read(), re.M)
        base = re.sub(r"[^a-z0-9]+", "-", m.group(1).strip().lower()).strip("-") if m else os.path.basename(ws)
        k = seen.get(base, 0) + 1
        seen[base] = k
        out.append(base if k == 1 else f"{base}-{k}")
    return out


def compare(out, kinerja_out, rekap):
    """Prints how this run's capaian.csv compares with kinerja's for the same agencies."""
    cols = ["target", "realisasi_tw", "realisasi", "capaian", "kategori", "target_periode", "capaian_periode",
            "target_renstra", "capaian_renstra", "realisasi_tahun_lalu", "status"]
    total = equal = 0
    diffs = {}
    examples = []
    for row in rekap:
        mine = {r["kode"]: r for r in csv.DictReader(open(os.path.join(out, row["folder"], "capaian.csv")))}
        theirs = {r["kode"]: r for r in csv.DictReader(open(os.path.join(kinerja_out, row["folder"], "capaian.csv")))}
        for kode, t in theirs.items():
            m = mine.get(kode, {})
            for col in cols:
                total += 1
                a, b = m.get(col, ""), t.get(col, "")
                same = a == b
                if not same and a and b and col not in ("kategori", "status"):
                    try:
                        if "-" in a[1:] or "-" in b[1:]:
                            same = [Decimal(x) for x in a.split("-")] == [Decimal(x) for x in b.split("-")]
                        else:
                            # unrounded columns by value at 28 digits (kinerja prints 38-digit quotients)
                            same = Decimal(a).quantize(Decimal("1e-20")) == Decimal(b).quantize(Decimal("1e-20"))
                    except Exception:
                        same = False
                if same:
                    equal += 1
                else:
                    diffs[col] = diffs.get(col, 0) + 1
                    if len(examples) < 12:
                        examples.append(f"  {row['folder']} {kode} {col}: peer {a!r} kinerja {b!r}")
    print(f"compared {total} cells of {len(rekap)} agencies' capaian.csv: {equal} equal, {total - equal} differ")
    for col, k in sorted(diffs.items()):
        print(f"  {col}: {k} differ")
    print("\n".join(examples))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--output", required=True)
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--compare", metavar="KINERJA_OUT")
    a = ap.parse_args()
    paths = workspaces(a.dir)
    tasks = [(ws, a.output, s) for ws, s in zip(paths, slugs(paths))]
    os.makedirs(a.output, exist_ok=True)
    if a.jobs > 1 and len(tasks) > 1:
        pool = Pool(a.jobs)
        rekap = pool.map(process, tasks, chunksize=1)
        # close and join (not terminate): the workers exit and are reaped, so their CPU time is counted in
        # this process's rusage, which is what /usr/bin/time and scripts/timed.py read
        pool.close()
        pool.join()
    else:
        rekap = [process(t) for t in tasks]
    rekap.sort(key=lambda r: r["slug"])  # kinerja's rekap is in slug order

    with open(os.path.join(a.output, "rekap.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rekap[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rekap)
    envs = environments()
    for name, env in (("index.md", envs["md"]), ("index.html", envs["html"])):
        with open(os.path.join(a.output, name), "w", encoding="utf-8") as f:
            f.write(env.get_template(name + ".j2").render(rekap=rekap))
    print(f"wrote {len(rekap)} agencies into {a.output}", file=sys.stderr)
    if a.compare:
        compare(a.output, a.compare, rekap)


if __name__ == "__main__":
    main()
