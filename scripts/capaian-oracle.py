#!/usr/bin/env python3
"""Independent oracle for kinerja's capaian figures.

Written from the product specification alone (the rule of capaian,
the data format and the reports, kept in the repository as docs/aturan-capaian.md,
docs/format.md and docs/laporan.md), not from the Swift sources. Standard library only.

Usage:
  scripts/capaian-oracle.py WORKSPACE [--period P] [--dialect csv|excel-id]
                            [--compare GOLDEN.csv]
  scripts/capaian-oracle.py WORKSPACE --serapan [--period P] [--compare GOLDEN.csv]
  scripts/capaian-oracle.py WORKSPACE --summary [--period P]
  scripts/capaian-oracle.py --self-test

  --accept-belum-lapor-periode (with --compare): accept kinerja's status
  `belum-lapor-periode` where the spec gives `ok` and the report's quarter is
  missing while an earlier quarter has a value (a documented kinerja extension
  that docs/aturan-capaian.md does not define: issue 18 added it, and an issue wins over
  the spec; strict by default).

Output (stdout): one row per indicator, in input order, columns
  kode,polaritas,agregasi,iku,periode,target,realisasi_tw,realisasi,capaian,kategori,target_periode,
  capaian_periode,target_renstra,capaian_renstra,realisasi_tahun_lalu,status
in the capaian.csv dialect of docs/laporan.md (',' separated, '.' decimal, capaian
columns rounded to 2 decimals half away from zero, other numbers unrounded);
--dialect excel-id gives ';', decimal comma (the spreadsheet dialect).

--compare reads a kinerja capaian.csv (either dialect) and prints one line per
(kode, column) difference; exit 1 on any difference, 0 when equal. Numbers are
compared by value (0.20 == 0.2), capaian columns as printed (2 decimals).

Spec choices where the spec is silent are marked "SPEC-SILENT" below.
"""
from __future__ import annotations

import csv
import io
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext, InvalidOperation

getcontext().prec = 60  # exact for + - x on the inputs; division carried far past display

HUNDRED = Decimal(100)
TWO_PLACES = Decimal("0.01")


# --------------------------------------------------------------------------
# Reading (docs/format.md "CSV rules")
# --------------------------------------------------------------------------

class InputError(Exception):
    pass


def read_text(path: str) -> str:
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        print(f"warning: {path} is not UTF-8, read as Windows-1252", file=sys.stderr)
        text = raw.decode("cp1252")
    return text


def read_csv(path: str) -> list[dict[str, str]]:
    """Rows as dicts keyed by lower-cased, trimmed header names."""
    text = read_text(path)
    header_line = text.splitlines()[0] if text else ""
    # delimiter from the header line
    delim = ";" if header_line.count(";") >= header_line.count(",") and ";" in header_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows = list(reader)
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    out = []
    for line_no, r in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in r):
            continue
        d = {h: (r[i] if i < len(r) else "") for i, h in enumerate(header)}
        d["__line__"] = str(line_no)
        out.append(d)
    return out


_NUM_CHARS = re.compile(r"^[+-]?[0-9.,]+$")


def _classify(s: str):
    """Return 'comma' / 'dot' if s settles the decimal convention, 'ambig' if
    ambiguous (one separator followed by exactly 3 digits), None if no
    separator at all."""
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        return "comma" if s.rfind(",") > s.rfind(".") else "dot"
    sep = "." if has_dot else "," if has_comma else None
    if sep is None:
        return None
    if s.count(sep) > 1:  # 1.234.567 -> thousands separator
        return "dot" if sep == "," else "comma"
    frac = s.split(sep)[1]
    if len(frac) == 3:
        return "ambig"
    return "dot" if sep == "." else "comma"


def clean_number_text(s: str, money: bool = False) -> str:
    s = s.strip()
    if s.endswith("%"):
        s = s[:-1].strip()
    if money:
        s = re.sub(r"(?i)^rp\.?", "", s).replace(" ", "").replace("\u00a0", "")
    return s


def parse_number(s: str, convention: str | None, where: str) -> Decimal:
    s0 = s
    if not _NUM_CHARS.match(s):
        raise InputError(f"{where}: not a number: {s0!r}")
    kind = _classify(s)
    if kind == "ambig":
        if convention is None:
            raise InputError(f"{where}: ambiguous number {s0!r} (no other value settles the decimal convention)")
        kind = convention
    if kind == "comma":
        s = s.replace(".", "").replace(",", ".")
    elif kind == "dot":
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        raise InputError(f"{where}: not a number: {s0!r}")


_BAND = re.compile(r"^\s*([0-9][0-9.,]*)\s*[-\u2013\u2014]\s*([0-9][0-9.,]*)\s*%?\s*$")


def split_target(s: str):
    """('band', a, b) text or ('single', t) text."""
    m = _BAND.match(s)
    if m:
        return ("band", m.group(1), m.group(2))
    return ("single", clean_number_text(s))


def file_convention(values: list[str]) -> str | None:
    seen = set()
    for v in values:
        k = _classify(v)
        if k in ("comma", "dot"):
            seen.add(k)
    if len(seen) == 1:
        return seen.pop()
    return None  # none or conflicting: ambiguous cells then need context


# --------------------------------------------------------------------------
# profil.yaml (only the flat keys we need)
# --------------------------------------------------------------------------

def read_profile(path: str) -> dict:
    prof: dict = {}
    scale_list = []
    in_skala_list = False
    for raw in read_text(path).splitlines():
        line = raw.split(" #")[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        if in_skala_list:
            m = re.match(r"^\s*-\s*\{(.*)\}\s*$", line)
            if m:
                item = {}
                for part in m.group(1).split(","):
                    k, _, v = part.partition(":")
                    item[k.strip()] = v.strip().strip("'\"")
                scale_list.append(item)
                continue
            in_skala_list = False
        if line.startswith((" ", "\t")):
            continue  # nested keys (kepala:, penyusun:) are not needed
        k, sep, v = line.partition(":")
        if not sep:
            continue
        k, v = k.strip(), v.strip().strip("'\"")
        if k == "skala" and v == "":
            in_skala_list = True
            continue
        prof[k] = v
    if scale_list:
        prof["skala"] = scale_list
    return prof


# --------------------------------------------------------------------------
# Achievement of one value against one target (docs/aturan-capaian.md)
# --------------------------------------------------------------------------

def achievement(polaritas: str, target, r: Decimal | None, rumus: str = "selisih"):
    """target: None, Decimal (single) or (a, b) tuple (band).
    Returns (capaian Decimal | None, status)."""
    # SPEC-SILENT: order when both target and realisasi are missing; the
    # target is checked first (docs/format.md: empty target -> tanpa-target).
    if target is None:
        return None, "tanpa-target"
    if r is None:
        return None, "belum-ada-data"
    if isinstance(target, tuple):
        a, b = target
        if r < a:
            bound = a
            if bound == 0:
                return None, "target-nol"  # SPEC-SILENT
            if polaritas == "negatif":
                return (2 * a - r) / a * HUNDRED, "ok"
            return r / a * HUNDRED, "ok"  # positif and rentang
        if r <= b:
            return HUNDRED, "ok"
        if b == 0:
            return None, "target-nol"  # SPEC-SILENT (R > b = 0 implies a = b = 0)
        if polaritas == "positif":
            return r / b * HUNDRED, "ok"
        v = (2 * b - r) / b * HUNDRED  # negatif and rentang: floored at 0
        if v < 0:
            return Decimal(0), "dibatasi-nol"
        return v, "ok"
    t = target
    if polaritas == "positif":
        if t == 0:
            return None, "target-nol"
        return r / t * HUNDRED, "ok"
    if polaritas == "negatif":
        if t == 0:
            # spec: R = 0 -> 100, R > 0 -> 0. SPEC-SILENT: R < 0 taken as met (100).
            return (HUNDRED if r <= 0 else Decimal(0)), "target-nol"
        if rumus == "rasio":
            if r == 0:
                return None, "tak-terhingga"
            return t / r * HUNDRED, "ok"
        v = (2 * t - r) / t * HUNDRED
        if v < 0:
            return Decimal(0), "dibatasi-nol"
        return v, "ok"
    if polaritas == "rentang":
        # docs/format.md: a rentang target is a band. SPEC-SILENT for a single
        # value; treated as the degenerate band t-t.
        return achievement("rentang", (t, t), r, rumus)
    raise InputError(f"unknown polaritas {polaritas!r}")


def round2(v: Decimal) -> Decimal:
    return v.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)  # half away from zero


# --------------------------------------------------------------------------
# Rating scales (docs/aturan-capaian.md "Rating scale"), applied to the displayed value
# --------------------------------------------------------------------------

PERMENDAGRI = [(Decimal(91), "Sangat Tinggi"), (Decimal(76), "Tinggi"), (Decimal(66), "Sedang"),
               (Decimal(51), "Rendah"), (None, "Sangat Rendah")]
SAKIP = [(Decimal(90), "AA"), (Decimal(80), "A"), (Decimal(70), "BB"), (Decimal(60), "B"),
         (Decimal(50), "CC"), (Decimal(30), "C"), (None, "D")]


def kategori(v: Decimal | None, skala="permendagri-86-2017") -> str | None:
    if v is None:
        return None
    x = round2(v)
    if isinstance(skala, list):  # custom: [{min, label}] highest first, min inclusive
        bands = sorted(((Decimal(b["min"]), b["label"]) for b in skala), reverse=True)
        for lo, label in bands:
            if x >= lo:
                return label
        return bands[-1][1]  # SPEC-SILENT: below the lowest min -> the lowest band
    name = (skala or "permendagri-86-2017").lower()
    if name.startswith("permendagri"):
        for lo, label in PERMENDAGRI:
            if lo is None or x >= lo:
                return label
    if name.startswith("sakip") or name.startswith("permenpanrb"):
        for lo, label in SAKIP:
            if lo is None or x > lo:  # lower bounds exclusive
                return label
    raise InputError(f"unknown skala {skala!r}")


# --------------------------------------------------------------------------
# Quarters, the year, the Renstra
# --------------------------------------------------------------------------

def aggregate(agregasi: str, values: list[Decimal]) -> Decimal | None:
    """values: the present values of TW1..TWn, in quarter order."""
    if not values:
        return None
    if agregasi == "jumlah":
        return sum(values, Decimal(0))
    if agregasi == "rata-rata":
        return sum(values, Decimal(0)) / Decimal(len(values))
    return values[-1]  # terakhir (default)


PERIOD_RE = re.compile(r"^(?:(\d{4})-)?TW([1-4])$|^(\d{4})$", re.I)


class Workspace:
    def __init__(self, path: str, period: str | None = None):
        self.path = path.rstrip("/")
        self.prof = read_profile(f"{self.path}/profil.yaml")
        self.tahun = int(self.prof["tahun"])
        self.periode = (period or self.prof.get("periode", "")).upper()
        if self.periode == "TAHUNAN":
            self.n = 4
        else:
            m = re.match(r"^TW([1-4])$", self.periode)
            if not m:
                raise InputError(f"bad period {self.periode!r}")
            self.n = int(m.group(1))
        self.rumus_default = (self.prof.get("rumus_negatif") or "selisih").lower()
        self.skala = self.prof.get("skala") or "permendagri-86-2017"
        self.renstra = None
        m = re.match(r"^\s*(\d{4})\s*[-\u2013]\s*(\d{4})\s*$", self.prof.get("renstra", ""))
        if m:
            self.renstra = (int(m.group(1)), int(m.group(2)))
        self.cap = Decimal(self.prof["batas_rata_rata"]) if self.prof.get("batas_rata_rata") else None
        self._read_indicators()
        self._read_realisasi()

    def _read_indicators(self):
        f = f"{self.path}/indikator.csv"
        rows = read_csv(f)
        num_cols = ["target", "target_tw1", "target_tw2", "target_tw3", "target_tw4", "baseline", "target_renstra"]
        cells = []
        for r in rows:
            for c in num_cols:
                v = (r.get(c) or "").strip()
                if v:
                    kind = split_target(v)
                    cells.extend(clean_number_text(x) for x in kind[1:])
        conv = file_convention(cells)
        self.indicators = []
        for r in rows:
            where = lambda c: f"indikator.csv:{r['__line__']}:{c}"

            def tgt(c):
                v = (r.get(c) or "").strip()
                if not v:
                    return None
                kind = split_target(v)
                if kind[0] == "band":
                    a = parse_number(clean_number_text(kind[1]), conv, where(c))
                    b = parse_number(clean_number_text(kind[2]), conv, where(c))
                    return (min(a, b), max(a, b))
                return parse_number(kind[1], conv, where(c))

            tingkat = r.get("tingkat", "").strip().lower()
            iku = (r.get("iku") or "").strip().lower()
            if not iku:
                iku = "ya" if tingkat in ("tujuan", "sasaran") else "tidak"
            self.indicators.append({
                "kode": r["kode"].strip(),
                "tingkat": tingkat,
                "sasaran": r.get("sasaran", "").strip(),
                "polaritas": r["polaritas"].strip().lower(),
                "agregasi": (r.get("agregasi") or "").strip().lower() or "terakhir",
                "target": tgt("target"),
                "target_tw": [tgt(f"target_tw{i}") for i in range(1, 5)],
                "target_renstra": tgt("target_renstra"),
                "iku": iku == "ya",
                "rumus": ((r.get("rumus_negatif") or "").strip().lower() or self.rumus_default),
            })

    def _read_realisasi(self):
        rows = read_csv(f"{self.path}/realisasi.csv")
        conv = file_convention([clean_number_text(r.get("nilai", "")) for r in rows if (r.get("nilai") or "").strip()])
        # values[kode][(year, quarter or 0)] = Decimal (only non-empty cells)
        self.values: dict[str, dict[tuple[int, int], Decimal]] = {}
        for r in rows:
            kode = r["kode"].strip()
            p = r["periode"].strip()
            m = PERIOD_RE.match(p)
            if not m:
                raise InputError(f"realisasi.csv:{r['__line__']}:periode: bad period {p!r}")
            if m.group(3):
                key = (int(m.group(3)), 0)
            else:
                key = (int(m.group(1)) if m.group(1) else self.tahun, int(m.group(2)))
            v = (r.get("nilai") or "").strip()
            if not v:
                continue  # empty cell = no data, never zero
            self.values.setdefault(kode, {})[key] = parse_number(
                clean_number_text(v), conv, f"realisasi.csv:{r['__line__']}:nilai")

    # ---- per indicator -------------------------------------------------

    def sd(self, ind, year: int, n: int) -> Decimal | None:
        vals = self.values.get(ind["kode"], {})
        present = [vals[(year, q)] for q in range(1, n + 1) if (year, q) in vals]
        return aggregate(ind["agregasi"], present)

    def annual(self, ind, year: int) -> Decimal | None:
        """A year's annual value: the whole-year row, else s.d. TW4 of that
        year (docs/aturan-capaian.md, the TAHUNAN rule; SPEC-SILENT for earlier years, the
        same rule is applied)."""
        vals = self.values.get(ind["kode"], {})
        if (year, 0) in vals:
            return vals[(year, 0)]
        return self.sd(ind, year, 4)

    def compute(self, ind) -> dict:
        vals = self.values.get(ind["kode"], {})
        tahunan = self.periode == "TAHUNAN"
        if tahunan:
            realisasi_tw = None  # SPEC-SILENT: the year has no single quarter
            realisasi = self.annual(ind, self.tahun)
        else:
            realisasi_tw = vals.get((self.tahun, self.n))
            realisasi = self.sd(ind, self.tahun, self.n)
        pol, rumus = ind["polaritas"], ind["rumus"]
        cap, status = achievement(pol, ind["target"], realisasi, rumus)
        # Not a spec status: kinerja's docs add `belum-lapor-periode` (the report's
        # quarter missing while an earlier one has a value). Only used by
        # --accept-belum-lapor-periode in --compare.
        if tahunan:
            unreported = (self.tahun, 0) not in vals and (self.tahun, 4) not in vals and \
                any((self.tahun, q) in vals for q in range(1, 4))
        else:
            unreported = (self.tahun, self.n) not in vals and any((self.tahun, q) in vals for q in range(1, self.n))

        # target_periode / capaian_periode
        tw = ind["target_tw"]
        target_periode = None
        if any(t is not None for t in tw):
            if ind["agregasi"] == "jumlah":
                part = tw[: self.n]
                # SPEC-SILENT: a missing or band quarterly target leaves the sum empty
                if all(t is not None and not isinstance(t, tuple) for t in part):
                    target_periode = sum(part, Decimal(0))
            else:
                target_periode = tw[self.n - 1]
        cap_p = None
        if target_periode is not None:
            cap_p, _ = achievement(pol, target_periode, realisasi, rumus)

        # capaian_renstra
        cap_r = None
        tr = ind["target_renstra"]
        if tr is not None:
            if ind["agregasi"] == "jumlah":
                if self.renstra and self.renstra[0] <= self.tahun <= self.renstra[1]:
                    parts = [self.annual(ind, y) for y in range(self.renstra[0], self.tahun)] + [realisasi]
                    if all(p is not None for p in parts):
                        cap_r, _ = achievement(pol, tr, sum(parts, Decimal(0)), rumus)
                # SPEC-SILENT: no renstra years in the profile, or a Renstra year
                # without an annual value -> no capaian_renstra
            else:
                cap_r, _ = achievement(pol, tr, realisasi, rumus)

        return {
            "kode": ind["kode"],
            "polaritas": pol,
            "agregasi": ind["agregasi"],
            "iku": "ya" if ind["iku"] else "tidak",
            "_unreported": unreported,
            "periode": f"{self.tahun}" if tahunan else f"{self.tahun}-TW{self.n}",
            "target": ind["target"],
            "realisasi_tw": realisasi_tw,
            "realisasi": realisasi,
            "capaian": cap,
            "kategori": kategori(cap, self.skala),
            "target_periode": target_periode,
            "capaian_periode": cap_p,
            "target_renstra": tr,
            "capaian_renstra": cap_r,
            "realisasi_tahun_lalu": self.annual_whole_or_none(ind, self.tahun - 1),
            "status": status,
            "_iku": ind["iku"],
            "_sasaran": ind["sasaran"],
        }

    def annual_whole_or_none(self, ind, year):
        return self.annual(ind, year)

    def results(self):
        return [self.compute(i) for i in self.indicators]

    # ---- budget (docs/aturan-capaian.md "Budget") -----------------------------------

    def serapan(self):
        f = f"{self.path}/anggaran.csv"
        rows = read_csv(f)
        money = ["pagu"] + [f"realisasi_tw{i}" for i in range(1, 5)]
        conv = file_convention([clean_number_text(r.get(c, ""), True) for r in rows for c in money if (r.get(c) or "").strip()])
        out = []
        for r in rows:
            def m(c):
                v = (r.get(c) or "").strip()
                if not v:
                    return None
                return parse_number(clean_number_text(v, True), conv, f"anggaran.csv:{r['__line__']}:{c}")
            pagu = m("pagu")
            tws = [m(f"realisasi_tw{i}") for i in range(1, 5)]
            upto = [t for t in tws[: self.n] if t is not None]
            real = sum(upto, Decimal(0)) if upto else None
            # SPEC-SILENT: no spending on record or pagu 0 -> no serapan
            ser = real / pagu * HUNDRED if (real is not None and pagu) else None
            out.append({"kode": r["kode"].strip(), "pagu": pagu,
                        **{f"realisasi_tw{i+1}": (tws[i] if i < self.n else None) for i in range(4)},
                        "realisasi": real, "serapan": ser, "_induk": (r.get("induk") or "").strip()})
        return out


# --------------------------------------------------------------------------
# Groups and totals (docs/aturan-capaian.md "Groups and totals")
# --------------------------------------------------------------------------

def mean_capped(values: list[Decimal], cap: Decimal | None) -> Decimal | None:
    if not values:
        return None
    vs = [min(v, cap) if cap is not None else v for v in values]
    return sum(vs, Decimal(0)) / Decimal(len(vs))


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

CAPAIAN_COLS = ["kode", "polaritas", "agregasi", "iku", "periode", "target", "realisasi_tw", "realisasi", "capaian", "kategori",
                "target_periode", "capaian_periode", "target_renstra", "capaian_renstra",
                "realisasi_tahun_lalu", "status"]
ROUNDED = {"capaian", "capaian_periode", "capaian_renstra", "serapan"}
SERAPAN_COLS = ["kode", "pagu", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4",
                "realisasi", "serapan"]


def plain(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def fmt(col: str, v, dialect: str) -> str:
    if v is None:
        return ""
    if isinstance(v, tuple):
        s = f"{plain(v[0])}-{plain(v[1])}"
    elif isinstance(v, Decimal):
        s = format(round2(v), "f") if col in ROUNDED else plain(v)
    else:
        s = str(v)
    if dialect == "excel-id" and isinstance(v, (Decimal, tuple)):
        s = s.replace(".", ",")
    return s


def write(rows, cols, dialect):
    w = csv.writer(sys.stdout, delimiter=";" if dialect == "excel-id" else ",", lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([fmt(c, r.get(c), dialect) for c in cols])


# --------------------------------------------------------------------------
# Comparison with a kinerja output
# --------------------------------------------------------------------------

def golden_value(col: str, s: str, delim: str):
    s = s.strip()
    if s == "":
        return None
    if col in ("kode", "periode", "kategori", "status", "polaritas", "agregasi", "iku"):
        return s
    if delim == ";":  # excel-id dialect: decimal comma, no thousands separator
        s = s.replace(",", ".")
    m = re.match(r"^([0-9.]+)\s*-\s*([0-9.]+)$", s)
    if m:
        return (Decimal(m.group(1)), Decimal(m.group(2)))
    try:
        return Decimal(s)
    except InvalidOperation:
        return s


def same(col, mine, theirs) -> bool:
    if mine is None or theirs is None:
        return mine is None and theirs is None
    if col in ROUNDED:
        return isinstance(theirs, Decimal) and round2(mine) == theirs and len(str(theirs).split(".")[-1]) == 2
    if isinstance(mine, tuple) or isinstance(theirs, tuple):
        if isinstance(mine, Decimal):
            mine = (mine, mine)
        if isinstance(theirs, Decimal):
            theirs = (theirs, theirs)
        return mine == theirs
    if isinstance(mine, Decimal) and isinstance(theirs, Decimal):
        if mine == theirs:
            return True
        # an unrounded non-terminating value printed with many digits
        exp = theirs.as_tuple().exponent
        return exp <= -10 and mine.quantize(Decimal(1).scaleb(exp), rounding=ROUND_HALF_UP) == theirs
    return str(mine) == str(theirs)


def compare(rows, cols, golden_path, dialect, accept_unreported=False) -> int:
    text = read_text(golden_path)
    delim = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    g = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delim))
    gk = {r["kode"]: r for r in g}
    diffs = 0
    mine_k = {r["kode"] for r in rows}
    for r in rows:
        if r["kode"] not in gk:
            print(f"{r['kode']}: missing in golden"); diffs += 1; continue
        gr = gk[r["kode"]]
        for c in cols[1:]:
            if c not in gr:
                continue
            theirs = golden_value(c, gr[c], delim)
            if (accept_unreported and c == "status" and theirs == "belum-lapor-periode"
                    and r.get("status") == "ok" and r.get("_unreported")):
                continue
            if not same(c, r.get(c), theirs):
                diffs += 1
                print(f"{r['kode']}\t{c}\toracle={fmt(c, r.get(c), dialect) or '(empty)'}\tkinerja={gr[c] or '(empty)'}")
    for k in gk:
        if k not in mine_k:
            print(f"{k}: in golden, not in oracle"); diffs += 1
    order_mine = [r["kode"] for r in rows]
    order_g = [r["kode"] for r in g]
    if order_mine != order_g:
        print(f"row order differs: oracle={order_mine} kinerja={order_g}"); diffs += 1
    print(f"# {diffs} difference(s) against {golden_path}", file=sys.stderr)
    return 1 if diffs else 0


# --------------------------------------------------------------------------
# Self-test: every worked example and edge case of docs/aturan-capaian.md
# --------------------------------------------------------------------------

def self_test() -> int:
    D = Decimal
    fails = 0

    def check(name, got, want):
        nonlocal fails
        ok = got == want
        if not ok:
            fails += 1
        print(f"{'ok  ' if ok else 'FAIL'} {name}: got {got!r}, want {want!r}")

    def shown(v):
        return None if v is None else format(round2(v), "f").replace(".", ",")

    # Worked examples (docs/aturan-capaian.md table "Worked examples (capaian as printed)")
    worked = [
        ("positif", D(90), "100", "selisih", "111,11", "ok"),
        ("positif", D(3), "5", "selisih", "166,67", "ok"),
        ("negatif", D(20), "15", "selisih", "125,00", "ok"),
        ("negatif", D(10), "25", "selisih", "0,00", "dibatasi-nol"),
        ("negatif", D(20), "16", "rasio", "125,00", "ok"),
        ("negatif", (D(7), D(8)), "6.5", "selisih", "107,14", "ok"),
        ("negatif", (D(7), D(8)), "9", "selisih", "87,50", "ok"),
        ("positif", (D(80), D(90)), "70", "selisih", "87,50", "ok"),
        ("rentang", (D(95), D(105)), "110", "selisih", "95,24", "ok"),
    ]
    for pol, t, r, rumus, want, wstatus in worked:
        v, st = achievement(pol, t, D(r), rumus)
        check(f"worked {pol} {rumus} T={t} R={r}", (shown(v), st), (want, wstatus))

    # Edge cases (docs/aturan-capaian.md table "Edge cases")
    edges = [
        ("no realisasi", ("positif", D(10), None, "selisih"), (None, "belum-ada-data")),
        ("no target", ("positif", None, D(5), "selisih"), (None, "tanpa-target")),
        ("T=0 positif", ("positif", D(0), D(5), "selisih"), (None, "target-nol")),
        ("T=0 negatif R=0", ("negatif", D(0), D(0), "selisih"), ("100,00", "target-nol")),
        ("T=0 negatif R>0", ("negatif", D(0), D(3), "selisih"), ("0,00", "target-nol")),
        ("T=0 negatif rasio R=0", ("negatif", D(0), D(0), "rasio"), ("100,00", "target-nol")),
        ("rasio R=0 T>0", ("negatif", D(5), D(0), "rasio"), (None, "tak-terhingga")),
        ("selisih R>2T", ("negatif", D(10), D(21), "selisih"), ("0,00", "dibatasi-nol")),
        ("selisih R=2T", ("negatif", D(10), D(20), "selisih"), ("0,00", "ok")),
        # band rules of the spec table, each branch
        ("positif band inside", ("positif", (D(80), D(90)), D(85), "selisih"), ("100,00", "ok")),
        ("positif band lower end", ("positif", (D(80), D(90)), D(80), "selisih"), ("100,00", "ok")),
        ("positif band upper end", ("positif", (D(80), D(90)), D(90), "selisih"), ("100,00", "ok")),
        ("positif band above", ("positif", (D(80), D(90)), D(99), "selisih"), ("110,00", "ok")),
        ("negatif band inside", ("negatif", (D(7), D(8)), D(8), "selisih"), ("100,00", "ok")),
        ("negatif band above floored", ("negatif", (D(7), D(8)), D(17), "selisih"), ("0,00", "dibatasi-nol")),
        ("rentang below", ("rentang", (D(95), D(105)), D(76), "selisih"), ("80,00", "ok")),
        ("rentang inside", ("rentang", (D(95), D(105)), D(95), "selisih"), ("100,00", "ok")),
        ("rentang far above floored", ("rentang", (D(95), D(105)), D(250), "selisih"), ("0,00", "dibatasi-nol")),
    ]
    for name, (pol, t, r, rumus), want in edges:
        v, st = achievement(pol, t, r, rumus)
        check(f"edge {name}", (shown(v), st), want)

    # selisih and rasio agree at R = T
    check("selisih == rasio at R=T", (achievement("negatif", D(20), D(20), "selisih")[0],
                                      achievement("negatif", D(20), D(20), "rasio")[0]), (D(100), D(100)))
    # selisih identity (2T-R)/T == (1 + (1 - R/T))
    v = achievement("negatif", D(7), D(3), "selisih")[0]
    check("selisih identity", shown(v), shown((1 + (1 - D(3) / D(7))) * HUNDRED))

    # Rounding (docs/aturan-capaian.md "Arithmetic")
    check("round 166.6666...", shown(D(500) / D(3)), "166,67")
    check("round 139.7385", shown(D("139.7385")), "139,74")
    check("round half away from zero (neg)", shown(D("-0.005")), "-0,01")

    # Rating on the displayed value, default scale bands
    for x, want in [("90.995", "Sangat Tinggi"), ("90.994", "Tinggi"), ("91", "Sangat Tinggi"),
                    ("76", "Tinggi"), ("75.99", "Sedang"), ("66", "Sedang"), ("65.999", "Sedang"),
                    ("65.99", "Rendah"), ("51", "Rendah"), ("50.99", "Sangat Rendah"),
                    ("166.67", "Sangat Tinggi"), ("0", "Sangat Rendah"), ("-20", "Sangat Rendah")]:
        check(f"kategori permendagri {x}", kategori(D(x)), want)
    for x, want in [("90", "A"), ("90.01", "AA"), ("80", "BB"), ("80.004", "BB"), ("70.01", "BB"),
                    ("60.5", "B"), ("50", "C"), ("50.01", "CC"), ("30.01", "C"), ("30", "D"), ("0", "D")]:
        check(f"kategori sakip {x}", kategori(D(x), "sakip"), want)

    # Aggregation (docs/aturan-capaian.md "Quarters, the year, and the Renstra")
    check("jumlah", aggregate("jumlah", [D(100), D(150), D(200)]), D(450))
    check("terakhir", aggregate("terakhir", [D(70), D(72), D(74)]), D(74))
    check("rata-rata", shown(aggregate("rata-rata", [D(80), D(83), D(84)])), "82,33")
    check("no values", aggregate("jumlah", []), None)

    # Averages and the cap (docs/aturan-capaian.md "Groups and totals")
    check("mean leaves out none", shown(mean_capped([D(100) / D(90) * HUNDRED, D("87.5")], None)), "99,31")
    check("mean with cap 120", mean_capped([D(150), D(90)], D(120)), D(105))

    # Budget (docs/aturan-capaian.md "Budget")
    check("serapan", shown((D(250000) + D(300000)) / D(1000000) * HUNDRED), "55,00")

    # Number reading (docs/format.md)
    for s, conv, want in [("1234.5", None, "1234.5"), ("1234,5", None, "1234.5"), ("1.234,5", None, "1234.5"),
                          ("1,234.5", None, "1234.5"), ("87,5", None, "87.5"), ("3.600", "comma", "3600"),
                          ("3.600", "dot", "3.6"), ("45.250.000.000", None, "45250000000")]:
        check(f"number {s} ({conv})", parse_number(clean_number_text(s), conv, "test"), D(want))
    check("number 87,5%", parse_number(clean_number_text("87,5%"), None, "t"), D("87.5"))
    check("money Rp 1.125.000.000", parse_number(clean_number_text("Rp 1.125.000.000", True), "comma", "t"),
          D(1125000000))
    try:
        parse_number("1.234", None, "t")
        check("ambiguous 1.234 without context is an error", "no error", "error")
    except InputError:
        check("ambiguous 1.234 without context is an error", "error", "error")

    print(f"# self-test: {fails} failure(s)")
    return 1 if fails else 0


# --------------------------------------------------------------------------

def main(argv):
    args = list(argv)
    if "--self-test" in args:
        return self_test()
    opts = {"--period": None, "--compare": None, "--dialect": "csv"}
    flags = set()
    pos = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in opts:
            opts[a] = args[i + 1]; i += 2; continue
        if a in ("--serapan", "--summary", "--accept-belum-lapor-periode"):
            flags.add(a); i += 1; continue
        if a.startswith("-"):
            print(__doc__, file=sys.stderr); return 2
        pos.append(a); i += 1
    if len(pos) != 1:
        print(__doc__, file=sys.stderr); return 2
    try:
        ws = Workspace(pos[0], opts["--period"])
        dialect = opts["--dialect"]
        if "--serapan" in flags:
            rows, cols = ws.serapan(), SERAPAN_COLS
        else:
            rows, cols = ws.results(), CAPAIAN_COLS
        if "--summary" in flags:
            return summary(ws, rows)
        if opts["--compare"]:
            return compare(rows, cols, opts["--compare"], dialect, "--accept-belum-lapor-periode" in flags)
        write(rows, cols, dialect)
        return 0
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


def summary(ws, rows) -> int:
    """Averages (docs/aturan-capaian.md "Groups and totals"), unrounded means, cap applied."""
    iku = [r for r in rows if r["_iku"]]
    with_cap = [r["capaian"] for r in iku if r["capaian"] is not None]
    avg = mean_capped(with_cap, ws.cap)
    print(f"IKU: {len(iku)}, with capaian: {len(with_cap)}, without: {len(iku) - len(with_cap)}"
          f" ({', '.join(sorted(r['kode'] + ':' + r['status'] for r in iku if r['capaian'] is None))})")
    print(f"agency average: {fmt('capaian', avg, 'excel-id') or '-'} ({kategori(avg, ws.skala) or '-'})"
          f"{' cap ' + plain(ws.cap) if ws.cap is not None else ''}")
    counts = {}
    for r in iku:
        if r["kategori"]:
            counts[r["kategori"]] = counts.get(r["kategori"], 0) + 1
    print("per kategori (IKU): " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    order = []
    for r in rows:
        if r["_sasaran"] not in order:
            order.append(r["_sasaran"])
    for n, s in enumerate(order, 1):
        vals = [r["capaian"] for r in iku if r["_sasaran"] == s and r["capaian"] is not None]
        m = mean_capped(vals, ws.cap)
        print(f"sasaran {n}: {fmt('capaian', m, 'excel-id') or '-'} ({kategori(m, ws.skala) or '-'}) {s}")
    try:
        ser = ws.serapan()
    except FileNotFoundError:
        return 0
    for r in ser:
        print(f"serapan {r['kode']}: {fmt('serapan', r['serapan'], 'excel-id') or '-'}")
    # SPEC-SILENT: serapan of several lines = sum spent / sum pagu over the lines
    # with spending on record, leaving out a line nested (kode prefix) under
    # another such line, so that no rupiah is counted twice.
    def lines_total(lines):
        spent = [r for r in lines if r["realisasi"] is not None and r["pagu"]]
        top = [r for r in spent if not any(o is not r and r["kode"].startswith(o["kode"] + ".") for o in spent)]
        if not top:
            return None
        return sum((r["realisasi"] for r in top), Decimal(0)) / sum((r["pagu"] for r in top), Decimal(0)) * HUNDRED
    print(f"serapan total: {fmt('serapan', lines_total(ser), 'excel-id') or '-'}")
    # efisiensi (docs/aturan-capaian.md "Budget"): sasaran capaian - serapan of the lines whose induk is one of its indicators
    for n, s in enumerate(order, 1):
        kodes = {r["kode"] for r in rows if r["_sasaran"] == s}
        vals = [r["capaian"] for r in iku if r["_sasaran"] == s and r["capaian"] is not None]
        m = mean_capped(vals, ws.cap)
        sr = lines_total([b for b in ser if b["_induk"] in kodes])
        e = (m - sr) if (m is not None and sr is not None) else None
        print(f"efisiensi sasaran {n}: capaian {fmt('capaian', m, 'excel-id') or '-'} serapan "
              f"{fmt('serapan', sr, 'excel-id') or '-'} efisiensi {('+' if e is not None and e >= 0 else '') + (fmt('capaian', e, 'excel-id') or '-')}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
        sys.exit(0)
