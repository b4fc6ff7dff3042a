//! `acomp![..; concurrency = N]` against hand-written `buffered(N)` /
//! `buffer_unordered(N)`, `join_all` and `futures-concurrency`, over 10,000
//! (and 100,000) trivial and yield-once futures under
//! `futures::executor::block_on`, and over 10^6 futures that each call
//! `tokio::task::yield_now()` once, with N = 10,000, on a current-thread
//! tokio runtime (issue 13). Each row is checked before it is timed,
//! and its peak number of futures in flight is measured in a separate,
//! untimed run with a [`Gauge`].
//!
//! `cargo bench -p comp-bench --bench concurrency`; see `BENCHMARKS.md`.

use std::cell::RefCell;
use std::future::Future;
use std::num::NonZeroUsize;
use std::time::Duration;

use comp_bench::{double, gauged, routine, yield_once, Gauge, Report, Role, Routines};
use comprehensions::acomp;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};
use futures::executor::block_on;
use futures::future::join_all;
use futures::stream::{self, StreamExt};
use futures_concurrency::concurrent_stream::ConcurrentStream;
use futures_concurrency::stream::StreamExt as _;

/// The item future of a workload: `x -> 2x`, ready at once or after one
/// yield (to the executor with [`YieldOnce`](comp_bench::YieldOnce), or to
/// tokio's scheduler with `tokio::task::yield_now`).
#[derive(Clone, Copy)]
enum Work {
    Trivial,
    YieldOnce,
    TokioYield,
}

impl Work {
    fn name(self) -> &'static str {
        match self {
            Work::Trivial => "trivial",
            Work::YieldOnce => "yield_once",
            Work::TokioYield => "tokio_yield",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Work::Trivial => "trivial futures (`async { x * 2 }`, ready at the first poll)",
            Work::YieldOnce => "yield-once futures (`Pending` once, then `x * 2`)",
            Work::TokioYield => {
                "`tokio::task::yield_now().await` once, then `x * 2`, on a current-thread tokio runtime"
            }
        }
    }

    /// The item future, counted in `gauge` while in flight.
    async fn run(self, gauge: Option<&Gauge>, x: u64) -> u64 {
        match (self, gauge) {
            (Work::Trivial, None) => double(x).await,
            (Work::YieldOnce, None) => yield_once(x).await,
            (Work::TokioYield, None) => tokio_yield(x).await,
            (Work::Trivial, Some(g)) => gauged(g, double(x)).await,
            (Work::YieldOnce, Some(g)) => gauged(g, yield_once(x)).await,
            (Work::TokioYield, Some(g)) => gauged(g, tokio_yield(x)).await,
        }
    }

    /// What runs the futures: tokio's scheduler for `yield_now`, whose
    /// deferred wake-ups (last in, first out) finish most items ahead of
    /// their turn; `futures::executor::block_on` otherwise.
    fn executor(self) -> Executor {
        match self {
            Work::TokioYield => {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .build()
                    .expect("a current-thread tokio runtime");
                // One per table, kept for the bench's lifetime.
                Executor::Tokio(Box::leak(Box::new(runtime)))
            }
            _ => Executor::Futures,
        }
    }
}

/// Yields to tokio's scheduler once, then doubles `x`.
async fn tokio_yield(x: u64) -> u64 {
    tokio::task::yield_now().await;
    x * 2
}

#[derive(Clone, Copy)]
enum Executor {
    Futures,
    Tokio(&'static tokio::runtime::Runtime),
}

impl Executor {
    fn block_on<F: Future>(self, f: F) -> F::Output {
        match self {
            Executor::Futures => block_on(f),
            Executor::Tokio(runtime) => runtime.block_on(f),
        }
    }
}

/// Whether a row's results come in source order.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Source,
    Completion,
}

/// One table: a criterion group, and the report rows it fills.
struct Table<'a, 'c> {
    group: BenchmarkGroup<'c, WallTime>,
    report: &'a mut Report,
    n: u64,
    executor: Executor,
    routines: Routines<'static, Vec<u64>>,
}

impl<'a, 'c> Table<'a, 'c> {
    fn new(
        c: &'c mut Criterion,
        report: &'a mut Report,
        (work, n, limit): (Work, u64, usize),
        order: Order,
    ) -> Self {
        let kind = match order {
            Order::Source => "ordered",
            Order::Completion => "unordered",
        };
        let size = match n {
            n if n >= 1_000_000 => format!("{}m", n / 1_000_000),
            n => format!("{}k", n / 1_000),
        };
        let name = format!("{}_{size}_n{limit}_{kind}", work.name());
        report.table(
            &name,
            &format!("{kind}, {}: {n} items, N = {limit}", work.title()),
        );
        report.extra_column("peak in flight");
        let mut group = c.benchmark_group(&name);
        if n >= 100_000 {
            group.sampling_mode(SamplingMode::Flat).sample_size(10);
        }
        Table {
            group,
            report,
            n,
            executor: work.executor(),
            routines: Routines::default(),
        }
    }

    /// Checks what `f(None)` yields, measures the peak in flight of
    /// `f(Some(gauge))`, then times `block_on(f(None))`.
    fn run<F: Future<Output = Vec<u64>>>(
        &mut self,
        id: &str,
        label: &str,
        role: Role,
        order: Order,
        mut f: impl FnMut(Option<&'static Gauge>) -> F + 'static,
    ) {
        let expected: Vec<u64> = (0..self.n).map(|x| x * 2).collect();
        let executor = self.executor;
        let mut out = executor.block_on(f(None));
        if order == Order::Completion {
            out.sort_unstable();
        }
        assert!(out == expected, "`{label}` returned wrong results");
        // One small leak per row, so that the futures may borrow it freely.
        let gauge: &'static Gauge = Box::leak(Box::default());
        let _ = executor.block_on(f(Some(gauge)));
        let mut timed = routine(move || executor.block_on(f(None)));
        self.group.bench_function(id, |b| b.iter(&mut timed));
        self.report.row(id, label, role, gauge.peak().to_string());
        self.routines.push(id, role, timed);
    }

    /// Times `acomp!` against every other row, interleaved.
    fn finish(self) {
        self.group.finish();
        self.routines.pair(self.report);
    }
}

fn ordered(c: &mut Criterion, r: &mut Report, work: Work, n: u64, limit: usize) {
    let mut t = Table::new(c, r, (work, n, limit), Order::Source);
    t.run(
        "comp",
        "`acomp![..; concurrency = N]`",
        Role::Comp,
        Order::Source,
        move |g| async move { acomp![work.run(g, x).await for x in 0..n; concurrency = limit] },
    );
    t.run(
        "buffered",
        "`stream::iter().map().buffered(N).collect()`",
        Role::Hand,
        Order::Source,
        move |g| {
            stream::iter(0..n)
                .map(move |x| work.run(g, x))
                .buffered(limit)
                .collect()
        },
    );
    if limit >= 1_000 && n <= 10_000 {
        let label = "`join_all` (unbounded)";
        t.run("join_all", label, Role::Peer, Order::Source, move |g| {
            join_all((0..n).map(move |x| work.run(g, x)))
        });
    }
    t.finish();
}

fn unordered(c: &mut Criterion, r: &mut Report, work: Work, n: u64, limit: usize) {
    let mut t = Table::new(c, r, (work, n, limit), Order::Completion);
    let nz = NonZeroUsize::new(limit);
    let label = "`acomp![..; concurrency = N, unordered]`";
    t.run(
        "comp",
        label,
        Role::Comp,
        Order::Completion,
        move |g| async move {
            acomp![work.run(g, x).await for x in 0..n; concurrency = limit, unordered]
        },
    );
    let label = "`stream::iter().map().buffer_unordered(N).collect()`";
    t.run(
        "buffer_unordered",
        label,
        Role::Hand,
        Order::Completion,
        move |g| {
            stream::iter(0..n)
                .map(move |x| work.run(g, x))
                .buffer_unordered(limit)
                .collect()
        },
    );
    // Its `collect` runs every future at once: not at 10^6 items.
    if n <= 100_000 {
        let label =
            "futures-concurrency `co().limit(N).map().collect()` (the limit is not applied)";
        t.run(
            "fc_collect",
            label,
            Role::Peer,
            Order::Completion,
            move |g| {
                stream::iter(0..n)
                    .co()
                    .limit(nz)
                    .map(move |x| work.run(g, x))
                    .collect()
            },
        );
        let label = "futures-concurrency `co().limit(N).for_each(push)`";
        t.run(
            "fc_for_each",
            label,
            Role::Peer,
            Order::Completion,
            move |g| async move {
                let out = RefCell::new(Vec::new());
                let out_ref = &out;
                stream::iter(0..n)
                    .co()
                    .limit(nz)
                    .for_each(move |x| async move {
                        let y = work.run(g, x).await;
                        out_ref.borrow_mut().push(y);
                    })
                    .await;
                out.into_inner()
            },
        );
    }
    t.finish();
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(600))
        .sample_size(20)
        .nresamples(2_000)
        .configure_from_args();
    let mut report = Report::new(1.05);
    for work in [Work::Trivial, Work::YieldOnce] {
        for limit in [1, 16, 1_000] {
            ordered(&mut c, &mut report, work, 10_000, limit);
            unordered(&mut c, &mut report, work, 10_000, limit);
        }
        ordered(&mut c, &mut report, work, 100_000, 1_000);
        unordered(&mut c, &mut report, work, 100_000, 1_000);
    }
    // Large N (issue 13): 10^6 futures, N = 10,000.
    ordered(&mut c, &mut report, Work::TokioYield, 1_000_000, 10_000);
    unordered(&mut c, &mut report, Work::TokioYield, 1_000_000, 10_000);
    c.final_summary();
    report.finish("concurrency");
}
