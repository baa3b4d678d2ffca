#!/usr/bin/env python3
"""Whether two kinerja binaries write the same bytes: the check behind every speed change (BENCHMARKS.md).

    scripts/same-outputs.py OLD_BINARY NEW_BINARY [--keep DIR]

Both binaries run `report --force` on the same inputs: 50 synthetic agencies at TW3 (seed 1) and 50 at TW4
with the LKjIP (seed 2), with their rekaps, and the bundled examples; and `check` on every fixture workspace
under Tests/KinerjaKitTests/Fixtures (its exit status and every line it prints). Every output file must be
equal byte for byte, but for what records the build itself: manifest.json's "build" object, and the ringkasan's
SHA-256 of that manifest (its text and its QR code) and so the ringkasan's own hash and size in the manifest,
which follow from it. Prints the first differences and
exits 1 when anything else differs.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "KinerjaKitTests", "Fixtures")
EXAMPLES = ["examples/disdikbud-pesisir-selatan", "examples/disdikbud-pesisir-selatan-tahunan"]


def run(binary, args, cwd=ROOT):
    env = dict(os.environ, KINERJA_TEMPLATES=os.path.join(ROOT, "Templates"), LC_ALL="C")
    done = subprocess.run([binary] + args, cwd=cwd, env=env, capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


def summary(name):
    """Whether an output is a ringkasan (or a rekap's index), which prints the SHA-256 of its manifest."""
    return name.startswith("ringkasan") or name.startswith("index")


def normalized(path, data):
    """The bytes of an output with what depends on the build alone taken out."""
    name = os.path.basename(path)
    if name == "manifest.json":
        manifest = json.loads(data)
        manifest.pop("build", None)
        # The ringkasan's own hash and size in the manifest follow from its SHA-256 of the build (its QR code's
        # length too): they differ between any two builds, and the ringkasan itself is compared normalized below.
        for output in manifest.get("outputs", []):
            if summary(os.path.basename(output.get("path", ""))):
                output.pop("sha256", None)
                output.pop("size", None)
        return json.dumps(manifest, sort_keys=True).encode()
    if summary(name):
        text = data.decode("utf-8", "replace")
        text = re.sub(r"sha256:[0-9a-f]{64}", "sha256:…", text)
        text = re.sub(r'<svg class="qr".*?</svg>', "<svg qr/>", text, flags=re.S)
        return text.encode()
    return data


def files(folder):
    found = {}
    for base, folders, names in os.walk(folder):
        # The records of the last run (Output/.kinerja-last-run/) hash the build itself: no documents.
        folders[:] = [f for f in folders if f != ".kinerja-last-run"]
        for name in names:
            full = os.path.join(base, name)
            found[os.path.relpath(full, folder)] = full
    return found


def compare_folders(old, new, label, problems):
    a, b = files(old), files(new)
    for missing in sorted(set(a) ^ set(b)):
        problems.append(f"{label}: {missing} written by only one binary")
    for rel in sorted(set(a) & set(b)):
        with open(a[rel], "rb") as fa, open(b[rel], "rb") as fb:
            da, db = fa.read(), fb.read()
        if da != db and normalized(rel, da) != normalized(rel, db):
            problems.append(f"{label}: {rel} differs")
    return len(a)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--keep", help="a folder to keep the inputs and outputs in")
    options = parser.parse_args()
    old, new = os.path.abspath(options.old), os.path.abspath(options.new)
    work = options.keep or tempfile.mkdtemp(prefix="kinerja-same-")
    problems, compared = [], 0

    sets = [("tw3", "1", "TW3"), ("tw4", "2", "TW4")]
    for name, seed, period in sets:
        inputs = os.path.join(work, "in-" + name)
        if not os.path.exists(inputs):
            code, _, err = run(new, ["sintetis", inputs, "--agencies", "50", "--indicators", "60",
                                     "--seed", seed, "--period", period])
            if code != 0:
                sys.exit(f"sintetis failed: {err}")
        outs = {}
        for label, binary in (("old", old), ("new", new)):
            out = os.path.join(work, f"out-{name}-{label}")
            outs[label] = run(binary, ["report", inputs, "--output", out, "--force", "--quiet"])[:1] + (out,)
        if outs["old"][0] != outs["new"][0]:
            problems.append(f"{name}: exit status {outs['old'][0]} against {outs['new'][0]}")
        compared += compare_folders(outs["old"][1], outs["new"][1], name, problems)

    outs = []
    for label, binary in (("old", old), ("new", new)):
        out = os.path.join(work, "out-examples-" + label)
        outs.append((run(binary, ["report"] + EXAMPLES + ["--output", out, "--force", "--quiet"])[0], out))
    if outs[0][0] != outs[1][0]:
        problems.append(f"examples: exit status {outs[0][0]} against {outs[1][0]}")
    compared += compare_folders(outs[0][1], outs[1][1], "examples", problems)

    # Every fixture workspace: what `check` prints and its exit status, the same to the byte.
    checked = 0
    for group in sorted(os.listdir(FIXTURES)):
        for case in sorted(os.listdir(os.path.join(FIXTURES, group))):
            folder = os.path.join(FIXTURES, group, case)
            workspace = os.path.join(folder, "workspace") if os.path.isdir(os.path.join(folder, "workspace")) else folder
            if not os.path.isdir(workspace):
                continue
            rel = os.path.relpath(workspace, ROOT)
            a, b = run(old, ["check", rel]), run(new, ["check", rel])
            checked += 1
            if a != b:
                problems.append(f"check {rel}: exit {a[0]} / {b[0]}, its messages differ" if a[0] == b[0]
                                else f"check {rel}: exit status {a[0]} against {b[0]}")

    for problem in problems[:40]:
        print(problem)
    print(f"{compared} output files and {checked} checked workspaces compared: "
          + (f"{len(problems)} differences" if problems else "the same bytes"))
    sys.exit(1 if problems else 0)


main()
