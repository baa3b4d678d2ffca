#!/usr/bin/env python3
"""Shows that the tests can fail: each case below breaks one thing the suite guards, in a scratch copy of the
checkout, runs the tests that guard it, and requires them to FAIL; then the next case starts from a clean copy.
Run from the checkout: `scripts/break-and-test.py [NAME ...]` (about a minute per case on 2 cores after the first
build). Exits 1 when a breakage went unnoticed. The checkout itself is never modified."""
import os, shutil, subprocess, sys, tempfile, time

# (name, file, what is there, what it becomes, the tests that must fail)
CASES = [
    ("capaian rounded before the last step", "Sources/KinerjaKit/Capaian/AchievementFormula.swift",
     "return Achievement(value: r / t * hundred, status: .ok, rule: rule)",
     "return Achievement(value: (r / t).roundedForDisplay(scale: 4) * hundred, status: .ok, rule: rule)",
     "EngineTests|OracleTests"),
    ("the average cap ignored", "Sources/KinerjaKit/Capaian/Averages.swift",
     "cap.map { Swift.min(value, $0) } ?? value", "value", "EngineTests"),
    ("today's date in manifest.json", "Sources/KinerjaKit/Output/Manifest.swift",
     'return json + Data("\\n".utf8)', 'return json + Data("\\(Date())\\n".utf8)', "OutputTests"),
    ("a failed write exits 0", "Sources/KinerjaKit/Run/ReportRun.swift",
     "contains(where: { $0.state == .unwritable }) { return 74 }", "contains(where: { $0.state == .unwritable }) { return 0 }",
     "CommandTests"),
    ("the compiled renderer forgets &amp;", "Sources/KinerjaKit/Rendering/Compiled/ValueEscaping.swift",
     'case "&": result += "&amp;"', 'case "&": result += "&"', "TemplateParityTests|CompiledPropertyTests"),
    ("cmark's document is never freed", "Sources/KinerjaKit/Rendering/Markdown/Markdown.swift",
     "defer { cmark_node_free(document) }", "", "MarkdownTests"),
    ("a note of the broken fixtures changes", "Sources/KinerjaKit/Loading/WorkspaceLoader.swift",
     "the default when profil.yaml names none", "the default", "BrokenWorkspaceTests|PlannerWorkbookTests"),
    ("a PEM key OpenSSL cannot read", "Sources/KinerjaKit/Output/Signing/Ed25519PEM.swift",
     'PEMDocument(type: "PRIVATE KEY", derBytes: der.serializedBytes)', 'PEMDocument(type: "ED25519 KEY", derBytes: der.serializedBytes)',
     "SigningTests"),
    ("a percent cell read as its stored fraction", "Sources/KinerjaKit/Loading/Workbook/NumberFormat.swift",
     'if letters.contains("%") { return .percent }', "", "PlannerWorkbookTests|SpreadsheetHabitsTests|WorkbookTests"),
    ("a link out of the workspace followed", "Sources/KinerjaKit/Loading/WorkspaceBoundary.swift",
     'return resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")', "return true",
     "WorkspaceBoundaryTests|NarrativeFoldersTests"),
    ("a band made a date advised as Number again", "Sources/KinerjaKit/Loading/SheetTable.swift",
     "if kind?.band == true {", "if kind?.band == true, false {", "PlannerWorkbookTests"),
    ("a target that is a date's serial read in silence", "Sources/KinerjaKit/Loading/DateSerialTarget.swift",
     "guard source.addressing == .cell else { return }", "return", "PlannerWorkbookTests|DateSerialTargetTests"),
    ("1,250 read as 1,25 in silence", "Sources/KinerjaKit/Loading/ThousandsMarkRealisasi.swift",
     "guard !percent, value > 0,", "guard false, value > 0,", "PlannerWorkbookTests|ThousandsMarkRealisasiTests"),
    ("init's pangkat not said", "Sources/KinerjaKit/Starter/ExampleValues.swift",
     "return found\n", "return []\n", "PlannerWorkbookTests|StarterTests|SignedFolderTests"),
    ("a label of the report changes", "Templates/label/id.yaml",
     "judul: Laporan Pemantauan Kinerja", "judul: Laporan Pemantauan", "GoldenTests|MonitoringReportTests"),
]

def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    chosen = [c for c in CASES if len(sys.argv) < 2 or any(a in c[0] for a in sys.argv[1:])]
    scratch = tempfile.mkdtemp(prefix="kinerja-break-")
    copy = os.path.join(scratch, "kinerja")
    # A clean copy of the committed checkout (no .build from the checkout: the copy builds its own).
    subprocess.run(["git", "clone", "--quiet", root, copy], check=True)
    env = dict(os.environ, KINERJA_REQUIRE_TOOLS="1")
    unnoticed = []
    print(f"{'case':45} {'tests':45} result")
    for name, path, old, new, tests in chosen:
        subprocess.run(["git", "checkout", "--quiet", "--", "."], cwd=copy, check=True)
        file = os.path.join(copy, path)
        text = open(file, encoding="utf-8").read()
        if text.count(old) != 1:
            print(f"{name:45} {'':45} the text to break is not there once: {path}")
            unnoticed.append(name)
            continue
        open(file, "w", encoding="utf-8").write(text.replace(old, new))
        started = time.time()
        result = subprocess.run(["swift", "test", "--filter", tests], cwd=copy, env=env, capture_output=True, text=True)
        failed = [l for l in result.stdout.splitlines()
                  if l.startswith("✘ Test ") and "recorded an issue" not in l and not l.startswith("✘ Test run with")]
        if result.returncode == 0:
            verdict = "NOT NOTICED"
            unnoticed.append(name)
        elif not failed and "error:" in result.stdout + result.stderr:
            verdict = "did not build"
            unnoticed.append(name)
        else:
            verdict = f"caught by {len(failed)} test(s): " + ", ".join(l.split()[2] for l in failed[:3] if len(l.split()) > 2)
        print(f"{name:45} {tests:45} {verdict} ({time.time() - started:.0f} s)", flush=True)
    shutil.rmtree(scratch, ignore_errors=True)
    if unnoticed:
        print("Not caught: " + "; ".join(unnoticed))
        sys.exit(1)

main()
