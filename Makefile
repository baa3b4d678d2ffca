# The two commands of the README. Both install what the build needs (libcmark-dev, pkg-config)
# when it is missing, so they work on a fresh Debian machine.
EXAMPLE ?= examples/disdikbud-pesisir-selatan
SUDO := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: run test deps

## Build kinerja and write the example's outputs to Output/.
run: deps
	swift build -c release --product kinerja
	.build/release/kinerja report $(EXAMPLE)

## Run the whole test suite.
test: deps
	swift test

## Install libcmark-dev and pkg-config when they are missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config..."; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libcmark-dev pkg-config; \
	fi
