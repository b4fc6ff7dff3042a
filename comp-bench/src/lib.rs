//! Shared pieces of the `comp` benchmarks (see `BENCHMARKS.md` at the
//! repository root): the inputs, the futures the concurrency group runs, the
//! in-flight gauge, the interleaved ratio timer and the report that prints
//! the tables of `BENCHMARKS.md`.
//!
//! Dependency-free on purpose: the benches (`benches/*.rs`) bring criterion
//! and the peer crates as dev-dependencies, so `cargo test --workspace`
//! builds nothing for this package.

mod futures;
mod paired;
mod report;

pub use futures::{double, gauged, yield_once, Gauge, YieldOnce};
pub use paired::{interleaved_ratio, routine, selected, Routine, Routines};
pub use report::{format_ns, Report, Role};

/// `n` pseudo-random values below 2^30 (splitmix64, fixed seed), so that
/// `x * 3 + 1` fits a `u32` and filters branch unpredictably.
pub fn inputs(n: usize) -> Vec<u64> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            (z ^ (z >> 31)) >> 34
        })
        .collect()
}
