//! Every core, one word: `comp![..; parallel]` on rayon's thread pool, and
//! `acomp![..; concurrency = N, spawn]` on tokio's worker threads, each
//! timed against the same comprehension without it, on this machine.
//!
//! Python runs a comprehension on one core (the GIL); the usual way out is
//! a pool of processes, and for coroutines, tasks:
//!
//! ```python
//! with concurrent.futures.ProcessPoolExecutor() as pool:
//!     lengths = list(pool.map(collatz_len, range(1, 200_001)))
//!
//! async def main():
//!     sem = asyncio.Semaphore(8)
//!     async def bounded(x):
//!         async with sem:
//!             return await work(x)
//!     return await asyncio.gather(*[asyncio.create_task(bounded(x)) for x in range(64)])
//! ```
//!
//! `cargo run --release --example parallel --features rayon,tokio`

use std::time::{Duration, Instant};

use comprehensions::{acomp, comp};

/// Collatz steps from `n` to 1: CPU-bound, with a cost that varies per item.
fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n > 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

/// The best of `runs` timings of `f`, and its last result.
fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let start = Instant::now();
        out = Some(std::hint::black_box(f()));
        best = best.min(start.elapsed());
    }
    (best, out.expect("at least one run"))
}

/// `rounds` steps of a hash chain: CPU work.
fn spin(rounds: u64, seed: u64) -> u64 {
    let mut h = seed;
    for _ in 0..rounds {
        h = (h ^ (h >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ 0x94D0;
    }
    h
}

/// How many `spin` rounds take about 1 ms here.
fn rounds_per_ms() -> u64 {
    let start = Instant::now();
    let mut rounds = 0;
    while start.elapsed() < Duration::from_millis(20) {
        std::hint::black_box(spin(1_000, rounds));
        rounds += 1_000;
    }
    rounds / 20
}

/// One item: about 1 ms of CPU work, then one await (a network call would
/// be the await in real code).
async fn work(rounds: u64, x: u64) -> u64 {
    std::hint::black_box(spin(rounds, x));
    tokio::task::yield_now().await;
    x * 2
}

fn main() {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!(
        "{cores} cores, rayon pool of {} threads",
        rayon::current_num_threads()
    );

    // [collatz_len(x) for x in range(1, 200_001)], then on every core.
    let xs: Vec<u64> = (1..=200_000).collect();
    let (one_core, plain) = best_of(7, || comp![collatz_len(*x) for x in &xs]);
    let (all_cores, parallel) = best_of(7, || comp![collatz_len(*x) for x in &xs; parallel]);
    assert_eq!(plain, parallel);
    println!(
        "parallel: {} Collatz lengths in {all_cores:.1?} instead of {one_core:.1?}: {:.2}x faster",
        xs.len(),
        one_core.as_secs_f64() / all_cores.as_secs_f64()
    );

    // asyncio.gather of Tasks, at most 8 at a time, on 2 worker threads.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .expect("a tokio runtime");
    let rounds = rounds_per_ms();
    let (caller, on_caller) = best_of(5, || {
        rt.block_on(async { acomp![work(rounds, x).await for x in 0..64; concurrency = 8] })
    });
    let (tasks, spawned) = best_of(5, || {
        rt.block_on(async { acomp![work(rounds, x).await for x in 0..64; concurrency = 8, spawn] })
    });
    assert_eq!(on_caller, spawned);
    println!(
        "spawn: 64 items of ~1 ms CPU + one await in {tasks:.1?} instead of {caller:.1?}: {:.2}x faster",
        caller.as_secs_f64() / tasks.as_secs_f64()
    );
}
