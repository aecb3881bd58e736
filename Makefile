# nnwalk — one Makefile. `make help` lists the targets.
#
# Layout: src/<part>/*.cpp is the library, src/cli/main.cpp the `nnwalk` tool, lessons/NN_name.cpp the
# lessons, tests/*.cpp the doctest suite, tests/bench/ the benchmarks. Everything is built in build/.

CXX      ?= g++
CXXSTD   := -std=c++17
WARNINGS := -Wall -Wextra -Wpedantic -Werror
# -ffp-contract=off: no fused multiply-add, so the scalar core prints the same digits everywhere.
OPTIMIZE ?= -O2
SANITIZE ?=
CXXFLAGS := $(CXXSTD) $(WARNINGS) $(OPTIMIZE) $(SANITIZE) -ffp-contract=off -Isrc -MMD -MP
# The vector core (src/vector/) is built for speed on the target's vector units; its register tiles follow
# from the compiler's predefined macros (src/vector/kernels.cpp, namespace target). VECTOR_ARCH picks the
# target: this machine by default (nothing when cross-compiling); e.g. VECTOR_ARCH=-march=haswell for AVX2
# + FMA only, -march=armv8-a for 64-bit ARM. On x86 all 512 bits of AVX-512 are used where there are
# (compilers default to 256 there, which halves the kernels' speed); -mprefer-vector-width exists only on
# x86, so it is only passed there.
TARGET_MACHINE := $(shell $(CXX) -dumpmachine 2>/dev/null)
IS_X86         := $(filter x86_64% i386% i486% i586% i686%,$(TARGET_MACHINE))
HOST_MACHINE   := $(shell uname -m)
NATIVE         := $(filter $(HOST_MACHINE)%,$(TARGET_MACHINE))
VECTOR_ARCH    ?= $(if $(NATIVE),$(if $(IS_X86),-march=native,$(if $(filter aarch64%,$(TARGET_MACHINE)),-mcpu=native)))
VECTOR_FLAGS   := -O3 $(VECTOR_ARCH) $(if $(IS_X86),-mprefer-vector-width=512) -ffp-contract=fast
LDFLAGS  := -pthread $(SANITIZE)

BUILD := build
SUDO  := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Parallel by default: one job per core (`nproc`). Override with make JOBS=1 or make -j4.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ifeq ($(MAKELEVEL),0)
MAKEFLAGS += -j$(JOBS)
endif

# One short line per file (CXX src/scalar/backprop.cpp); make V=1 prints the full commands.
ifeq ($(V),1)
Q    :=
show := @:
else
Q    := @
show := @printf '  %-4s %s\n'
endif
SUBMAKE := $(MAKE) --no-print-directory $(if $(filter 1,$(V)),,-s)

LIB_SRC    := $(sort $(wildcard src/*/*.cpp))
TOOL_SRC   := src/cli/main.cpp
LIB_SRC    := $(filter-out $(TOOL_SRC),$(LIB_SRC))
LIB_OBJ    := $(LIB_SRC:%.cpp=$(BUILD)/%.o)
TOOL_OBJ   := $(TOOL_SRC:%.cpp=$(BUILD)/%.o)
LESSON_SRC := $(sort $(wildcard lessons/*.cpp))
LESSONS    := $(LESSON_SRC:lessons/%.cpp=$(BUILD)/lessons/%)
TEST_SRC   := $(sort $(wildcard tests/*.cpp))
TEST_OBJ   := $(TEST_SRC:%.cpp=$(BUILD)/%.o)
TEST_BIN   := $(BUILD)/tests/nnwalk_tests
LIBRARY    := $(BUILD)/libnnwalk.a
# Lesson 01 needs neither the vector core nor the classroom: it links against the library without them, so
# `make lessons` can start it before those are compiled.
FIRST_LESSON   := $(BUILD)/lessons/01_perceptron
FIRST_OBJ      := $(filter-out $(BUILD)/src/vector/% $(BUILD)/src/classroom/%,$(LIB_OBJ))
FIRST_LIBRARY  := $(BUILD)/libnnwalk-first.a

# doctest: a path can be given with DOCTEST_INCLUDE=...; otherwise Debian's doctest-dev is used.
DOCTEST_INCLUDE ?= /usr/include
DOCTEST_HEADER  := $(DOCTEST_INCLUDE)/doctest/doctest.h
# -isystem /usr/include would break the C++ headers' #include_next, and /usr/include is searched anyway.
DOCTEST_FLAGS   := $(if $(filter /usr/include,$(DOCTEST_INCLUDE)),,-isystem $(DOCTEST_INCLUDE))

.PHONY: all help lessons figures test sanitize bench data clean test-arm64 arm64-tools bench-kernels
.SECONDARY:  # keep intermediate object files (lessons, bench) between builds
.DEFAULT_GOAL := all

all: $(LESSONS) $(BUILD)/nnwalk ## build every lesson and the nnwalk tool

help: ## list the targets
	@grep -hE '^[a-z0-9%-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-12s %s\n", $$1, $$2}'

# Lesson 01 starts as soon as it is built; 02-05 follow; lesson 06 runs when MNIST is there or can be fetched,
# and otherwise is skipped with one line saying what was tried (the only case, with a failing lesson, of a
# non-zero exit).
lessons: ## build and run every lesson in order (fetches MNIST for lesson 06 first if missing)
	+@$(SUBMAKE) $(FIRST_LESSON)
	@echo "=== $(FIRST_LESSON)"; $(FIRST_LESSON)
	+@$(SUBMAKE) all
	@for lesson in $(filter-out $(FIRST_LESSON) $(BUILD)/lessons/06_%,$(LESSONS)); do \
	   echo "=== $$lesson"; $$lesson || exit 1; \
	 done
	@data/fetch-mnist.sh --brief data/mnist
	@for lesson in $(filter $(BUILD)/lessons/06_%,$(LESSONS)); do echo "=== $$lesson"; $$lesson || exit 1; done

# The figures the docs show, kept in git under docs/figures/ so that they are there in a fresh clone and a repository
# browser. Lessons 01-05 draw theirs in well under a second (a test checks that they still equal docs/figures/
# byte for byte). Lesson 06 draws its learning curves and confusion matrix from its default recipe (30 epochs,
# about 20-45 s on the 2-core development machine) and docs/figures/06_sweep.svg from --sweep (under a minute);
# without MNIST it is skipped with one line and its three figures stay as they are.
FIGURES := docs/figures
figures: all ## draw the docs' figures into docs/figures/ (every lesson; lesson 06 needs MNIST and about a minute)
	@mkdir -p $(FIGURES)
	@for lesson in $(filter-out $(BUILD)/lessons/06_%,$(LESSONS)); do \
	   echo "  DRAW $$lesson --figures $(FIGURES)"; $$lesson --figures $(FIGURES) > /dev/null || exit 1; \
	 done
	@if [ -f data/mnist/t10k-labels-idx1-ubyte ]; then \
	   for lesson in $(filter $(BUILD)/lessons/06_%,$(LESSONS)); do \
	     echo "  DRAW $$lesson --figures $(FIGURES)"; $$lesson --figures $(FIGURES) > /dev/null || exit 1; \
	     echo "  DRAW $$lesson --sweep --figures $(FIGURES)"; $$lesson --sweep --figures $(FIGURES) > /dev/null || exit 1; \
	   done; \
	 else echo "  SKIP lesson 06: no MNIST in data/mnist/ (make data); $(FIGURES)/06_*.svg stay as they are"; fi

lesson-%: all ## run one lesson, e.g. make lesson-04
	@lesson="$(filter $(BUILD)/lessons/$*_%,$(LESSONS))"; \
	 [ -n "$$lesson" ] || { echo "no lesson $* (try: make lesson-01 ... lesson-06)"; exit 2; }; \
	 if [ "$*" = 06 ]; then $(MAKE) --no-print-directory data; fi; \
	 $$lesson

test: $(TEST_BIN) all ## build and run the test suite
	$(show) TEST $(TEST_BIN)
	$(Q)$(TEST_BIN)

sanitize: ## run the test suite under AddressSanitizer and UndefinedBehaviorSanitizer
	$(MAKE) --no-print-directory BUILD=build/sanitize OPTIMIZE="-O1 -g" \
	  SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" test

data: ## fetch the four MNIST files into data/mnist/ and verify them (SHA-256)
	@data/fetch-mnist.sh data/mnist

bench: $(BUILD)/bench/bench_mnist $(BUILD)/bench/bench_kernels ## time training and inference against PyTorch on MNIST, then each product against the FMA peak (EPOCHS=30 THREADS=2)
	@[ -f data/mnist/t10k-labels-idx1-ubyte ] || $(MAKE) --no-print-directory data
	@tests/bench/run.sh $(BUILD)/bench/bench_mnist data/mnist $(BUILD)/bench/bench_kernels

bench-kernels: $(BUILD)/bench/bench_kernels ## only the products against the FMA peak (THREADS=2), e.g. make BUILD=build/avx2 VECTOR_ARCH=-march=haswell bench-kernels
	$(BUILD)/bench/bench_kernels $(or $(THREADS),2)

# 64-bit ARM: Debian's cross compiler, static binaries (no ARM libraries needed at run time), run by qemu-user.
ARM64_CXX   := aarch64-linux-gnu-g++
ARM64_BUILD := build/arm64
test-arm64: arm64-tools ## build the suite for 64-bit ARM (aarch64-linux-gnu-g++) into build/arm64 and run it under qemu-aarch64
	@$(MAKE) --no-print-directory BUILD=$(ARM64_BUILD) CXX=$(ARM64_CXX) VECTOR_ARCH=-march=armv8-a \
	  LDFLAGS="-pthread -static" RUN_UNDER=qemu-aarch64 $(ARM64_BUILD)/tests/nnwalk_tests all
	qemu-aarch64 $(ARM64_BUILD)/tests/nnwalk_tests

# Installs the cross compiler and qemu-user when missing (Debian: g++-aarch64-linux-gnu qemu-user), or says what to install.
arm64-tools:
	@if command -v $(ARM64_CXX) >/dev/null && command -v qemu-aarch64 >/dev/null; then :; \
	 elif command -v apt-get >/dev/null; then \
	   echo "$(ARM64_CXX) or qemu-aarch64 not found; installing Debian's g++-aarch64-linux-gnu qemu-user"; \
	   $(SUDO) apt-get install -y g++-aarch64-linux-gnu qemu-user >/dev/null 2>&1 || \
	   { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y g++-aarch64-linux-gnu qemu-user >/dev/null; } || \
	   { echo "error: 'apt-get install g++-aarch64-linux-gnu qemu-user' failed"; exit 1; }; \
	 else \
	   echo "error: make test-arm64 needs $(ARM64_CXX) and qemu-aarch64 (Debian: g++-aarch64-linux-gnu qemu-user)"; exit 1; \
	 fi

clean: ## remove build/
	rm -rf $(BUILD) build

$(BUILD)/nnwalk: $(TOOL_OBJ) $(LIBRARY)
	$(show) LINK $@
	$(Q)$(CXX) $(CXXFLAGS) -o $@ $^ $(LDFLAGS)

# How a lesson is linked: the same for lesson 01 (against the smaller library) and the others.
define link_lesson
$(show) LINK $@
$(Q)$(CXX) $(CXXFLAGS) -o $@$(if $(RUN_UNDER),.bin) $^ $(LDFLAGS)
$(Q)$(if $(RUN_UNDER),printf '#!/bin/sh\nexec $(RUN_UNDER) "$(abspath $@).bin" "$$@"\n' > $@ && chmod +x $@)
endef

$(FIRST_LESSON): $(FIRST_LESSON).o $(FIRST_LIBRARY)
	$(link_lesson)

# RUN_UNDER=qemu-aarch64 (make test-arm64): each lesson is linked as NAME.bin and NAME becomes a two-line
# script that runs it under the emulator, so the tests that start lesson programs run them there too.
$(BUILD)/lessons/%: $(BUILD)/lessons/%.o $(LIBRARY)
	$(link_lesson)

$(BUILD)/bench/%: $(BUILD)/tests/bench/%.o $(LIBRARY)
	@mkdir -p $(@D)
	$(show) LINK $@
	$(Q)$(CXX) $(CXXFLAGS) -o $@ $^ $(LDFLAGS)

$(TEST_BIN): $(TEST_OBJ) $(LIBRARY)
	$(show) LINK $@
	$(Q)$(CXX) $(CXXFLAGS) -o $@ $^ $(LDFLAGS)

$(LIBRARY): $(LIB_OBJ)
	@mkdir -p $(@D)
	$(show) AR $@
	$(Q)rm -f $@ && ar rcs $@ $^

$(FIRST_LIBRARY): $(FIRST_OBJ)
	@mkdir -p $(@D)
	$(show) AR $@
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/src/vector/%.o: src/vector/%.cpp
	@mkdir -p $(@D)
	$(show) CXX $<
	$(Q)$(CXX) $(CXXFLAGS) $(VECTOR_FLAGS) -c -o $@ $<

$(BUILD)/tests/%.o: tests/%.cpp | $(DOCTEST_HEADER)
	@mkdir -p $(@D)
	$(show) CXX $<
	$(Q)$(CXX) $(CXXFLAGS) $(DOCTEST_FLAGS) -DNNWALK_BUILD='"$(BUILD)"' -c -o $@ $<

$(BUILD)/%.o: %.cpp
	@mkdir -p $(@D)
	$(show) CXX $<
	$(Q)$(CXX) $(CXXFLAGS) -c -o $@ $<

# Installs doctest when its header is missing (Debian: doctest-dev), or says what to install.
$(DOCTEST_HEADER):
	@echo "doctest not found at $@; installing Debian's doctest-dev"
	@if [ "$(DOCTEST_INCLUDE)" != /usr/include ]; then \
	   echo "error: DOCTEST_INCLUDE=$(DOCTEST_INCLUDE) has no doctest/doctest.h (give the folder that holds doctest/doctest.h)"; exit 1; \
	 elif command -v apt-get >/dev/null; then \
	   $(SUDO) apt-get install -y doctest-dev >/dev/null 2>&1 || \
	   { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y doctest-dev >/dev/null; } || \
	   { echo "error: 'apt-get install doctest-dev' failed; install doctest and pass DOCTEST_INCLUDE=..."; exit 1; }; \
	 else \
	   echo "error: doctest is missing: install doctest 2.4 (doctest/doctest.h) and run make test DOCTEST_INCLUDE=/path/to/include"; exit 1; \
	 fi

# The header dependencies the compiler wrote (-MMD), so a changed header rebuilds what includes it.
-include $(LIB_OBJ:.o=.d) $(TOOL_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(LESSONS:=.d) $(BUILD)/tests/bench/bench_mnist.d $(BUILD)/tests/bench/bench_kernels.d
