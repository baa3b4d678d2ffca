# The two commands of the README. Both install what the build needs (libcmark-dev, zlib1g-dev, libxml2,
# pkg-config) when it is missing, so they work on a fresh Debian machine; `make test` also installs Chromium
# for the browser tests (they are skipped, with a message, when it cannot be installed, unless
# KINERJA_REQUIRE_BROWSER=1, as in CI).
EXAMPLES ?= examples/disdikbud-pesisir-selatan examples/disdikbud-pesisir-selatan-tahunan
SUDO := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: run test deps browser benchmark install fuzz
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

## Run the whole test suite.
test: deps browser
	swift test

## Install libcmark-dev, zlib1g-dev (for ZIPFoundation), libxml2 (for FoundationXML) and pkg-config when missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark zlib || ! /sbin/ldconfig -p | grep -q libxml2.so.2; then \
		echo "Installing libcmark-dev, zlib1g-dev, libxml2 and pkg-config..."; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libcmark-dev zlib1g-dev libxml2 pkg-config; \
	fi

## Install Chromium (headless) for the browser tests when it is missing.
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing chromium for the browser tests..."; \
		( $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium ) \
		|| { [ "$$KINERJA_REQUIRE_BROWSER" != 1 ] && echo "Chromium could not be installed; the browser tests will be skipped."; }; \
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
