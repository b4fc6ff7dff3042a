//! `comp![..; parallel]` against the same `comp!` without it and the
//! hand-written rayon chain, and `acomp![..; concurrency = N, spawn]`
//! against `concurrency = N` alone and a hand-written ordered `JoinSet` +
//! `Semaphore`, on a 2-worker tokio runtime. Each row is checked before it
//! is timed.
//!
//! `cargo bench -p comp-bench --features features --bench parallel` (the
//! `features` feature turns on `rayon` and `tokio`); see `BENCHMARKS.md`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use comp_bench::{interleaved_ratio, routine, Report, Role, Routines};
use comprehensions::{acomp, comp};
use criterion::{Criterion, SamplingMode};
use rayon::prelude::*;
use tokio::runtime::Runtime;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// The number of Collatz steps from `n` to 1: a CPU-bound element whose
/// cost varies from item to item, as real work does.
fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n > 1 {
        n = if n.is_multiple_of(2) {
            n / 2
        } else {
            3 * n + 1
        };
        steps += 1;
    }
    steps
}

fn cpu_bound(c: &mut Criterion, report: &mut Report) {
    let xs: Vec<u64> = (1..=100_000).collect();
    let expected: Vec<u32> = xs.iter().map(|&x| collatz_len(x)).collect();
    let name = "collatz_100k";
    report.table(name, "CPU-bound element: Collatz lengths of 1..=100,000");
    let mut group = c.benchmark_group(name);
    group.sampling_mode(SamplingMode::Flat).sample_size(20);
    let mut routines = Routines::default();
    let rows: Vec<(&str, &str, Role, comp_bench::Routine<'_, Vec<u32>>)> = vec![
        (
            "comp",
            "`comp![collatz_len(*x) for x in &xs; parallel]`",
            Role::Comp,
            routine(|| comp![collatz_len(*x) for x in &xs; parallel]),
        ),
        (
            "rayon",
            // Escaped: a Markdown table cell.
            "`xs.par_iter().map(\\|&x\\| collatz_len(x)).collect()`",
            Role::Hand,
            routine(|| xs.par_iter().map(|&x| collatz_len(x)).collect()),
        ),
        (
            "sequential",
            "`comp![collatz_len(*x) for x in &xs]` (without `parallel`)",
            Role::Candidate,
            routine(|| comp![collatz_len(*x) for x in &xs]),
        ),
    ];
    for (id, label, role, mut run) in rows {
        assert!(run() == expected, "`{label}` returned wrong results");
        group.bench_function(id, |b| b.iter(&mut run));
        report.row(id, label, role, String::new());
        routines.push(id, role, run);
    }
    group.finish();
    routines.pair(report);
}

/// `parallel` ÷ sequential for `x * 2` over `n` items, interleaved.
fn crossover(report: &mut Report) {
    let mut lines = vec![
        "Trivial element (`x * 2`): `parallel` ÷ the same `comp!` without it (interleaved medians; below 1, `parallel` wins)".to_owned(),
        String::new(),
        "| items | parallel ÷ sequential |".to_owned(),
        "| ---: | ---: |".to_owned(),
    ];
    for n in [1_000u64, 10_000, 100_000, 1_000_000, 10_000_000] {
        let xs: Vec<u64> = (0..n).collect();
        let ratio = interleaved_ratio(
            || comp![x * 2 for x in &xs; parallel],
            || comp![x * 2 for x in &xs],
        );
        lines.push(format!("| {n} | {ratio:.2} |"));
    }
    report.note(lines.join("\n"));
}

/// `rounds` steps of a hash chain: CPU work, calibrated by [`rounds_per_ms`].
fn spin(rounds: u64, seed: u64) -> u64 {
    let mut h = seed;
    for _ in 0..rounds {
        h = (h ^ (h >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ 0x94D0;
    }
    h
}

fn rounds_per_ms() -> u64 {
    let start = Instant::now();
    let mut rounds = 0u64;
    let mut sink = 0;
    while start.elapsed() < Duration::from_millis(50) {
        sink ^= spin(10_000, rounds);
        rounds += 10_000;
    }
    std::hint::black_box(sink);
    rounds / 50
}

/// One item: about 1 ms of CPU work, then one await.
async fn item(rounds: u64, x: u64) -> u64 {
    std::hint::black_box(spin(rounds, x));
    tokio::task::yield_now().await;
    x * 2
}

/// The hand-written equivalent of `concurrency = N, spawn`: at most N
/// tasks alive (a permit each), results put back in source order.
async fn join_set(rounds: u64, n: u64, limit: usize) -> Vec<u64> {
    let permits = Arc::new(Semaphore::new(limit));
    let mut set = JoinSet::new();
    let mut out = vec![0; n as usize];
    for (i, x) in (0..n).enumerate() {
        let permit = Arc::clone(&permits).acquire_owned().await.expect("open");
        set.spawn(async move {
            let value = item(rounds, x).await;
            drop(permit);
            (i, value)
        });
    }
    while let Some(done) = set.join_next().await {
        let (i, value) = done.expect("no panic");
        out[i] = value;
    }
    out
}

fn spawned(c: &mut Criterion, report: &mut Report) {
    let rt: &'static Runtime = Box::leak(Box::new(
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .build()
            .expect("a runtime"),
    ));
    let rounds = rounds_per_ms();
    let (n, limit) = (64u64, 8usize);
    let expected: Vec<u64> = (0..n).map(|x| x * 2).collect();
    let name = "spawn_1ms_64_n8";
    report.table(
        name,
        "64 items of ~1 ms CPU and one await, N = 8, 2-worker tokio runtime",
    );
    let mut group = c.benchmark_group(name);
    group.sampling_mode(SamplingMode::Flat).sample_size(20);
    let mut routines = Routines::default();
    let rows: Vec<(&str, &str, Role, comp_bench::Routine<'_, Vec<u64>>)> = vec![
        (
            "comp",
            "`acomp![item(x).await for x in 0..n; concurrency = N, spawn]`",
            Role::Comp,
            routine(move || {
                rt.block_on(async {
                    acomp![item(rounds, x).await for x in 0..n; concurrency = limit, spawn]
                })
            }),
        ),
        (
            "join_set",
            "`JoinSet` + `Semaphore`, results put back in order",
            Role::Hand,
            routine(move || rt.block_on(join_set(rounds, n, limit))),
        ),
        (
            "caller_task",
            "`acomp![..; concurrency = N]` (without `spawn`: every item on the caller's task)",
            Role::Candidate,
            routine(move || {
                rt.block_on(async {
                    acomp![item(rounds, x).await for x in 0..n; concurrency = limit]
                })
            }),
        ),
    ];
    for (id, label, role, mut run) in rows {
        assert!(run() == expected, "`{label}` returned wrong results");
        group.bench_function(id, |b| b.iter(&mut run));
        report.row(id, label, role, String::new());
        routines.push(id, role, run);
    }
    group.finish();
    routines.pair(report);
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2))
        .nresamples(2_000)
        .configure_from_args();
    let mut report = Report::new(1.03);
    cpu_bound(&mut c, &mut report);
    crossover(&mut report);
    let mut spawn_report = Report::new(1.05);
    spawned(&mut c, &mut spawn_report);
    c.final_summary();
    report.finish("parallel");
    spawn_report.finish("spawn");
}
