#!/usr/bin/env bash
# The compile-time benchmark alone (it also runs as part of
# `cargo bench -p comp-bench`): generates 300 comprehensions written as
# `comp!`, hand loops, iterator chains and `better_comprehension` (plus two
# candidate expansions) into tiny crates under <target>/tmp/compile-time/,
# builds their dependencies, then times `cargo build` of each file, debug and
# release; then the same crates per compiler pass with their expanded lines
# (`time_passes`), and the cold build of comp-bench/coldbuild/ (`cold_build`).
# One section: `comp-bench/compile_time.sh cold_build`. The generator and
# driver are benches/compile_time.rs and benches/compile_time/.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo bench -p comp-bench --bench compile_time "$@"
