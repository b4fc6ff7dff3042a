#!/usr/bin/env bash
# The compile-time benchmark alone (it also runs as part of
# `cargo bench -p comp-bench`): generates 300 comprehensions written as
# `comp!`, hand loops, iterator chains and `better_comprehension` (plus two
# candidate expansions) into tiny crates under <target>/tmp/compile-time/,
# builds their dependencies, then times `cargo build` of each file, debug and
# release. The generator and driver are benches/compile_time.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo bench -p comp-bench --bench compile_time "$@"
