//! Sequential awaits versus bounded concurrency: the
//! sequential-vs-`gather` comparison of Python's asyncio docs (100 fetches of
//! 0.1 s).
//!
//! Python (a sequential async comprehension vs `asyncio.gather`):
//!
//! ```python
//! async def fetch(i):
//!     await asyncio.sleep(0.1)  # Simulate network call
//!     return i * 2
//!
//! async def sequential():
//!     """Async comprehension — sequential"""
//!     return [await fetch(i) for i in range(100)]
//!
//! async def parallel():
//!     """Gather — parallel"""
//!     return await asyncio.gather(*[fetch(i) for i in range(100)])
//!
//! # sequential: ~10 seconds (100 × 0.1s)
//! # parallel: ~0.1 seconds (all 100 run concurrently)
//! ```
//!
//! Bounded parallelism (`asyncio.Semaphore` plus `gather` in Python) is
//! `concurrency = N`; results stay in source order, as with `gather`.

use std::time::Duration;

use comprehensions::acomp;
use tokio::time::{sleep, Instant};

async fn fetch(i: u64) -> u64 {
    sleep(Duration::from_millis(100)).await; // simulate a network call
    i * 2
}

fn main() {
    // A paused clock: when every task waits on a timer, tokio jumps to the
    // next deadline instead of sleeping, so the 10 s sequential run ends at
    // once. The durations printed are virtual time, exactly what the same
    // code takes against a real 100 ms service.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a current-thread runtime");
    runtime.block_on(async {
        let start = Instant::now();
        let sequential = acomp![await fetch(i) for i in 0..100];
        println!("sequential:        {:?}", start.elapsed());

        let start = Instant::now();
        let gathered = acomp![await fetch(i) for i in 0..100; concurrency = 100];
        println!("concurrency = 100: {:?}", start.elapsed());

        let start = Instant::now();
        let bounded = acomp![await fetch(i) for i in 0..100; concurrency = 10];
        println!("concurrency = 10:  {:?}", start.elapsed());

        assert!(sequential == gathered && gathered == bounded);
        println!("first results: {:?}", &bounded[..5]);
    });
}
