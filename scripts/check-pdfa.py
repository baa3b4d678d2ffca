#!/usr/bin/env python3
"""What a PDF says of itself, as JSON, for the PDF/A checks (Tests/KinerjaKitTests/PDFTests.swift).

veraPDF, the reference validator, is neither a Debian nor a PyPI package, so this reads with pikepdf (qpdf
underneath) the parts of PDF/A-3b that kinerja relies on: the XMP identification and metadata, the output
intent, the associated files and their relationship, the document's /Lang, tagging, and whether every
font is embedded. `qpdf --check` checks the structure beside it.

    scripts/check-pdfa.py Output/disdikbud/2024-TW3/laporan-pemantauan.pdf
"""
import hashlib
import json
import sys

import pikepdf


def fonts(pdf):
    """Every font of every page (and of form XObjects on it), with whether its program is embedded."""
    found = {}
    def visit(resources):
        if resources is None:
            return
        for font in (resources.get("/Font") or {}).values():
            descendants = font.get("/DescendantFonts")
            target = descendants[0] if descendants is not None else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            if font.get("/Subtype") == "/Type3":
                embedded = True  # drawn by the PDF's own glyph procedures
            found[str(font.get("/BaseFont", "?"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))
    for page in pdf.pages:
        visit(page.get("/Resources"))
    return found


def main(path):
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        attachments = {}
        for name, spec in pdf.attachments.items():
            data = spec.get_file().read_bytes()
            attachments[name] = {
                "relationship": str(spec.obj.get("/AFRelationship", "")),
                "mime": spec.get_file().mime_type,
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        intents = pdf.Root.get("/OutputIntents") or []
        info = pdf.docinfo
        result = {
            "pdfaid_part": meta.get("pdfaid:part"),
            "pdfaid_conformance": meta.get("pdfaid:conformance"),
            "title": meta.get("dc:title"),
            "creator": list(meta.get("dc:creator") or []),
            "description": meta.get("dc:description"),
            "create_date": meta.get("xmp:CreateDate"),
            "modify_date": meta.get("xmp:ModifyDate"),
            "info_creation_date": str(info.get("/CreationDate", "")),
            "info_title": str(info.get("/Title", "")),
            "lang": str(pdf.Root.get("/Lang", "")),
            "tagged": bool(pdf.Root.get("/MarkInfo", {}).get("/Marked", False)) and "/StructTreeRoot" in pdf.Root,
            "output_intents": [str(intent.get("/S")) for intent in intents],
            "associated_files": len(pdf.Root.get("/AF") or []),
            "attachments": attachments,
            "fonts": fonts(pdf),
            "pages": len(pdf.pages),
            "id": [bytes(part).hex() for part in pdf.trailer.get("/ID", [])],
        }
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
