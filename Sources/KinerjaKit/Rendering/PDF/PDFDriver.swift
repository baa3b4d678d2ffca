/// The Python side of `PDFEngine`: a loop that turns HTML into PDF/A-3b with WeasyPrint, one job per line
/// of standard input, one answer per line of standard output (JSON; HTML, attachments and PDF in base64).
///
/// It runs as `python3 -c SOURCE`, so the binary carries it and needs no file beside it. The first line it
/// prints names the engine (`{"engine": "WeasyPrint 70.0"}`) or says why there is none (`{"missing": …}`).
/// Nothing is fetched: the fetcher accepts only `data:` URLs, so narrative that names an image on the
/// network prints without it (as the HTML's Content-Security-Policy does in a browser). Every date in the
/// file is the job's (the signature date from profil.yaml), and WeasyPrint derives the document ID from
/// the content, so the same job gives the same bytes.
enum PDFDriver {
    /// The oldest WeasyPrint with the CSS grid and the PDF/A-3 associated files the documents need.
    static let minimumVersion = 62

    static let source = #"""
        import sys, json, base64, datetime, logging
        try:
            import weasyprint
            major = int(weasyprint.__version__.split(".")[0])
        except Exception as error:
            print(json.dumps({"missing": "WeasyPrint is not installed (%s)" % error}), flush=True)
            sys.exit(3)
        if major < MINIMUM:
            print(json.dumps({"missing": "WeasyPrint %s is too old" % weasyprint.__version__}), flush=True)
            sys.exit(3)
        logging.getLogger("weasyprint").setLevel(logging.ERROR)

        def refuse(url, *args, **kwargs):
            if not url.startswith("data:"):
                raise ValueError("kinerja fetches nothing: " + url[:80])
            return weasyprint.default_url_fetcher(url, *args, **kwargs)

        try:
            fetcher = weasyprint.URLFetcher(allowed_protocols={"data"})
        except Exception:
            fetcher = refuse

        def finish(document, pdf):
            # WeasyPrint lists each associated file twice in the catalog's /AF; once is what PDF/A-3 means.
            if "AF" in pdf.catalog:
                unique = []
                for reference in pdf.catalog["AF"]:
                    if reference not in unique:
                        unique.append(reference)
                pdf.catalog["AF"] = type(pdf.catalog["AF"])(unique)

        print(json.dumps({"engine": "WeasyPrint " + weasyprint.__version__}), flush=True)
        for line in sys.stdin:
            try:
                job = json.loads(line)
                day = datetime.datetime.strptime(job["date"], "%Y-%m-%d")
                attachments = [weasyprint.Attachment(string=base64.b64decode(item["data"]), name=item["name"],
                                                     description=item["description"], created=day, modified=day,
                                                     relationship="Data", url_fetcher=fetcher)
                               for item in job["attachments"]]
                html = base64.b64decode(job["html"]).decode("utf-8")
                document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher).render()
                metadata = document.metadata
                metadata.authors = [job["author"]]
                metadata.description = job["subject"]
                metadata.created = metadata.modified = job["date"]
                metadata.lang = job["lang"]
                metadata.generator = job["generator"]
                pdf = document.write_pdf(pdf_variant="pdf/a-3b", pdf_tags=True, attachments=attachments,
                                            finisher=finish)
                print(json.dumps({"pdf": base64.b64encode(pdf).decode("ascii"), "pages": len(document.pages)}), flush=True)
            except Exception as error:
                print(json.dumps({"error": "%s: %s" % (type(error).__name__, error)}), flush=True)
        """#.replacingOccurrences(of: "MINIMUM", with: String(minimumVersion))
}
