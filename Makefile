# The two commands of the README. Both install what the build needs (libcmark-dev, libqrencode-dev,
# zlib1g-dev, libxml2, pkg-config) when it is missing, so they work on a fresh Debian machine; `make test` also
# installs Chromium for the browser tests and the PDF engine and readers for the PDF tests (`make pdf`); those
# tests are skipped, with a message, when these cannot be installed, unless KINERJA_REQUIRE_BROWSER=1 and
# KINERJA_REQUIRE_PDF=1, as in CI.
EXAMPLES ?= examples/disdikbud-pesisir-selatan examples/disdikbud-pesisir-selatan-tahunan
SUDO := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: run test deps browser pdf benchmark install fuzz libfuzz hostile lint format
PREFIX ?= /usr/local
DESTDIR ?=

## Build kinerja and write the examples' outputs to Output/ (the quarter, the year with the LKjIP, and the rekap).
## The Swift runtime is linked into the executable: it starts in half the time (BENCHMARKS.md) and runs on a
## machine without Swift.
RELEASE_BUILD := swift build -c release --product kinerja --static-swift-stdlib
export RELEASE_BUILD
run: deps
	$(RELEASE_BUILD)
	.build/release/kinerja report $(EXAMPLES)

## Install the statically linked binary and its shell completions (bash, zsh, fish) under $(DESTDIR)$(PREFIX).
## The binary carries its templates, label files and SOPs: nothing else needs to be installed beside it.
install: deps
	$(RELEASE_BUILD)
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
		"$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 .build/release/kinerja "$(DESTDIR)$(PREFIX)/bin/kinerja"
	.build/release/kinerja --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/kinerja"
	.build/release/kinerja --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_kinerja"
	.build/release/kinerja --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/kinerja.fish"

## Run the whole test suite, after checking that the Swift files are formatted as .swift-format says.
test: deps browser pdf lint
	swift test

## swift-format ships with the Swift toolchain: `make lint` checks the formatting, `make format` applies it.
SWIFT_FILES := Sources Tests Package.swift Plugins Fuzz/Sources Fuzz/Package.swift
lint:
	swift format lint --strict --recursive --parallel $(SWIFT_FILES)
format:
	swift format --in-place --recursive --parallel $(SWIFT_FILES)

## Install libcmark-dev, libqrencode-dev (the ringkasan's QR code), zlib1g-dev (for ZIPFoundation), libxml2
## (for FoundationXML) and pkg-config when missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark libqrencode zlib || ! /sbin/ldconfig -p | grep -q libxml2.so.2; then \
		echo "Installing libcmark-dev, libqrencode-dev, zlib1g-dev, libxml2 and pkg-config..."; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libcmark-dev libqrencode-dev zlib1g-dev libxml2 pkg-config; \
	fi

## Install Chromium (headless) for the browser tests when it is missing.
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing chromium for the browser tests..."; \
		( $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium ) \
		|| { [ "$$KINERJA_REQUIRE_BROWSER" != 1 ] && echo "Chromium could not be installed; the browser tests will be skipped."; }; \
	fi

## Install the PDF engine for `kinerja report --pdf` when missing: WeasyPrint (62 or later, from PyPI: Debian's
## 57 has no CSS grid) with the Pango it draws text with and the fonts the documents name; and, for the PDF
## tests, pikepdf (PyPI), qpdf, poppler-utils (pdftoppm, pdftotext, pdfinfo) and zbar-tools (zbarimg). pip
## installs into the Python on PATH, with --break-system-packages where that Python is Debian's own.
PYTHON ?= python3
PDF_APT := python3 python3-pip libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
	fonts-liberation fonts-noto-mono qpdf poppler-utils zbar-tools
pdf:
	@missing=""; for tool in qpdf pdftoppm pdftotext pdfinfo zbarimg $(PYTHON); do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	fc-list 2>/dev/null | grep -q "Liberation Sans" || missing="$$missing fonts"; \
	/sbin/ldconfig -p | grep -q libpangoft2-1.0.so.0 || missing="$$missing pango"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing for the PDF output and its tests..."; \
		( $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $(PDF_APT) ) \
		|| { [ "$$KINERJA_REQUIRE_PDF" != 1 ] && echo "They could not be installed; the PDF tests will be skipped."; }; \
	fi
	@if ! $(PYTHON) -c 'import sys, weasyprint, pikepdf; sys.exit(int(weasyprint.__version__.split(".")[0]) < 62)' >/dev/null 2>&1; then \
		echo "Installing WeasyPrint >= 62 and pikepdf from PyPI..."; \
		$(PYTHON) -m pip install --quiet "weasyprint>=62" pikepdf \
		|| $(PYTHON) -m pip install --quiet --break-system-packages "weasyprint>=62" pikepdf \
		|| { [ "$$KINERJA_REQUIRE_PDF" != 1 ] && echo "WeasyPrint could not be installed; --pdf and the PDF tests will not work."; }; \
	fi

## Feed each loader mutated inputs for FUZZ_SECONDS (default 60) each, from seed corpora in the repository;
## fails on the first crash, keeping the input in fuzz-<target>.bin (FUZZING.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	$(RELEASE_BUILD)
	.build/release/kinerja fuzz csv --corpus Tests/KinerjaKitTests/Fixtures/broken --seconds $(FUZZ_SECONDS) --current fuzz-csv.bin
	.build/release/kinerja fuzz xlsx --corpus Tests/KinerjaKitTests/Fixtures/planner --seconds $(FUZZ_SECONDS) --current fuzz-xlsx.bin
	.build/release/kinerja fuzz profile --corpus Tests/KinerjaKitTests/Fixtures/broken --seconds $(FUZZ_SECONDS) --current fuzz-profile.bin
	.build/release/kinerja fuzz sop --corpus SOP --seconds $(FUZZ_SECONDS) --current fuzz-sop.bin
	.build/release/kinerja fuzz template --corpus Templates --seconds $(FUZZ_SECONDS) --current fuzz-template.bin

## Measure speed and memory on synthetic workspaces (release build); writes the table in BENCHMARKS.md.
benchmark: deps
	scripts/benchmark.sh

## The coverage-guided fuzzers: libFuzzer (Swift's -sanitize=fuzzer, with AddressSanitizer for the C parts:
## libcmark, libyaml, zlib) over the same loaders, LIBFUZZ_RUNS inputs per target from the seed corpora, with
## a fixed seed so a run is repeatable. New inputs are kept in Fuzz/corpus/<target> (not committed). A crash,
## a hang (5 s: the sanitizer makes an input 2-3 times slower, a busy machine more; inputs take ~20 ms) or an
## allocation over 256 MB stops the run with the input in Fuzz/crash-*, timeout-* or oom-*.
## The fuzzer's own process is larger than kinerja's (the sanitizer's shadow memory): `make hostile`
## measures kinerja's real time and memory on the inputs of issue 20.
LIBFUZZ_RUNS ?= 200000
LIBFUZZ_TARGETS ?= csv xlsx profile sop template
LIBFUZZ := Fuzz/.build/release/kinerja-libfuzzer
LIBFUZZ_FLAGS = -seed=1 -runs=$(LIBFUZZ_RUNS) -timeout=5 -malloc_limit_mb=256 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
export ASAN_OPTIONS = detect_leaks=0
libfuzz: deps
	cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
	@for target in csv:Tests/KinerjaKitTests/Fixtures/broken:examples xlsx:Tests/KinerjaKitTests/Fixtures/planner:Fuzz/seeds/xlsx \
	    profile:Tests/KinerjaKitTests/Fixtures/broken:examples sop:SOP template:Templates; do \
		name=$${target%%:*}; seeds=$$(echo $${target#*:} | tr : ' '); mkdir -p Fuzz/corpus/$$name; \
		case " $(LIBFUZZ_TARGETS) " in *" $$name "*) ;; *) continue ;; esac; \
		echo "libFuzzer: $$name, $(LIBFUZZ_RUNS) inputs"; \
		( cd Fuzz && KINERJA_FUZZ_TARGET=$$name .build/release/kinerja-libfuzzer $(LIBFUZZ_FLAGS) \
			corpus/$$name $$(for s in $$seeds; do echo ../$$s; done) 2>&1 | grep -E "^(Done|stat::|==|SUMMARY|artifact)" ) \
		|| exit 1; \
		test -z "$$(ls Fuzz/crash-* Fuzz/oom-* Fuzz/timeout-* 2>/dev/null)" || { echo "libFuzzer found an input that fails: $$(ls Fuzz/crash-* Fuzz/oom-* Fuzz/timeout-*)"; exit 1; }; \
	done

## The hostile inputs of issue 20 (scripts/hostile-inputs.py) through the release binary: each must get a
## message naming its file and a non-zero exit (or a correct report) within HOSTILE_SECONDS and 256 MB.
HOSTILE_SECONDS ?= 1
KINERJA ?= .build/release/kinerja
hostile: deps
	$(if $(filter .build/release/kinerja,$(KINERJA)),$(RELEASE_BUILD))
	python3 scripts/hostile-inputs.py $(KINERJA) --seconds $(HOSTILE_SECONDS)
