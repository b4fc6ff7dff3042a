//! All-or-nothing with `?` versus skipping the failures with `if let Ok(..)`.
//!
//! Python (an all-or-nothing async comprehension vs a fault-tolerant loop):
//!
//! ```python
//! # If the 50th item raises, items 1-49 are discarded
//! try:
//!     items = [item async for item in flaky_stream]
//! except StreamError:
//!     items = []  # No partial results
//!
//! # For fault-tolerant collection, use an explicit loop:
//! items = []
//! async for item in flaky_stream:
//!     try:
//!         items.append(item)
//!     except ItemError:
//!         continue
//! ```
//!
//! In Rust a failure is a value (`Result`), so both fit in a comprehension.

use comprehensions::acomp;
use futures::stream::{self, Stream, StreamExt};

/// Sensor readings; every seventh one is garbled.
fn flaky_stream() -> impl Stream<Item = Result<f64, String>> {
    stream::iter(1..=20).then(|i| async move {
        tokio::task::yield_now().await; // stands in for network I/O
        if i % 7 == 0 {
            Err(format!("reading {i} is garbled"))
        } else {
            Ok(f64::from(i) / 2.0)
        }
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // All or nothing: the first error ends it and the partial result is dropped.
    let all: Result<Vec<f64>, String> = acomp![r? async for r in flaky_stream()];
    println!("with `?`:       {all:?}");

    // Fault tolerant: keep what parsed, and count what did not.
    let good = acomp![x async for r in flaky_stream() if let Ok(x) = r];
    let bad = acomp![e async for r in flaky_stream() if let Err(e) = r];
    println!(
        "with `if let`:  {} readings kept, {} skipped: {bad:?}",
        good.len(),
        bad.len()
    );
    println!("mean: {:.2}", good.iter().sum::<f64>() / good.len() as f64);
}
