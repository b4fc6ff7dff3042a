//! Run time of sequential `acomp!` over `futures::stream::iter`, eager and
//! lazy, against a hand-written `while let Some(x) = s.next().await` loop,
//! `StreamExt` combinators and `async-stream`'s `stream!`, each under
//! `futures::executor::block_on`, each result checked before it is timed.
//! The lazy form whose clause awaits (it runs on the generator) is also
//! timed against `stream::unfold` and `stream::poll_fn`, and against copies
//! of the generator with other slots (`async_seq/slots.rs`, issue 13).
//!
//! `cargo bench -p comp-bench --bench async_seq`; see `BENCHMARKS.md`.

#[path = "async_seq/slots.rs"]
mod slots;

use std::fmt::Debug;
use std::future::{ready, Future};
use std::hint::black_box;
use std::pin::pin;
use std::task::Poll;
use std::time::Duration;

use async_stream::stream;
use comp_bench::{inputs, routine, Report, Role, Routines};
use comprehensions::acomp;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};
use futures::executor::block_on;
use futures::future::{Fuse, FusedFuture, FutureExt};
use futures::ready;
use futures::stream::{self, Stream, StreamExt};
use slots::{CellSlot, FuturesLockSlot, MutexSlot, Slot, TryLockSlot};

/// One table: a criterion group, the report rows it fills, and each row's
/// routine, kept to time `acomp!` against it interleaved at the end.
struct Table<'a, 'c, 'd, T> {
    group: BenchmarkGroup<'c, WallTime>,
    report: &'a mut Report,
    routines: Routines<'d, T>,
}

impl<'a, 'c, 'd, T: PartialEq + Debug> Table<'a, 'c, 'd, T> {
    fn new(c: &'c mut Criterion, report: &'a mut Report, name: &str, form: &str, n: usize) -> Self {
        let name = format!("{name}_{}k", n / 1_000);
        report.table(&name, &format!("{form}, n = {n}"));
        let mut group = c.benchmark_group(&name);
        if n >= 100_000 {
            group.sampling_mode(SamplingMode::Flat).sample_size(10);
        }
        Table {
            group,
            report,
            routines: Routines::default(),
        }
    }

    /// Checks the output of the future `f` makes against `expected`, then
    /// times `block_on(f())`.
    fn run<F>(
        &mut self,
        id: &str,
        label: &str,
        role: Role,
        expected: &T,
        mut f: impl FnMut() -> F + 'd,
    ) where
        F: Future<Output = T>,
    {
        let mut timed = routine(move || block_on(f()));
        assert!(timed() == *expected, "`{label}` differs from the hand loop");
        self.group.bench_function(id, |b| b.iter(&mut timed));
        self.report.row(id, label, role, String::new());
        self.routines.push(id, role, timed);
    }

    /// Times `acomp!` against every other row, interleaved.
    fn finish(self) {
        self.group.finish();
        self.routines.pair(self.report);
    }
}

/// Sums a stream with a hand-written `while let` loop: how each lazy form
/// is consumed.
async fn drain<S: Stream<Item = u64>>(s: S) -> u64 {
    let mut s = pin!(s);
    let mut total = 0;
    while let Some(y) = s.next().await {
        total += y;
    }
    total
}

fn eager_map(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "eager map `acomp![x * 3 + 1 async for x in stream::iter(v)]`";
    let mut t = Table::new(c, r, "async_map", form, data.len());
    let expected: Vec<u64> = data.iter().map(|x| x * 3 + 1).collect();
    t.run(
        "hand_loop",
        "hand `while let` loop, `Vec::new` + `push`",
        Role::Hand,
        &expected,
        || async move {
            let mut s = pin!(stream::iter(black_box(data)));
            let mut out = Vec::new();
            while let Some(x) = s.next().await {
                out.push(x * 3 + 1);
            }
            out
        },
    );
    t.run(
        "stream_ext",
        "`StreamExt::map().collect()`",
        Role::Hand,
        &expected,
        || {
            stream::iter(black_box(data))
                .map(|x| x * 3 + 1)
                .collect::<Vec<u64>>()
        },
    );
    t.run("comp", "`acomp!`", Role::Comp, &expected, || async move {
        let v = black_box(data);
        acomp![x * 3 + 1 async for x in stream::iter(v)]
    });
    t.run(
        "async_stream",
        "async-stream `stream!` + `collect()`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            let s = stream! {
                for await x in stream::iter(v) {
                    yield x * 3 + 1;
                }
            };
            s.collect::<Vec<u64>>()
        },
    );
    t.finish();
}

fn eager_filter(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "eager filter+map `acomp![x * 3 + 1 async for x in stream::iter(v) if x % 2 == 0]`";
    let mut t = Table::new(c, r, "async_filter", form, data.len());
    let expected: Vec<u64> = data
        .iter()
        .filter(|x| *x % 2 == 0)
        .map(|x| x * 3 + 1)
        .collect();
    t.run(
        "hand_loop",
        "hand `while let` loop, `Vec::new` + `push`",
        Role::Hand,
        &expected,
        || async move {
            let mut s = pin!(stream::iter(black_box(data)));
            let mut out = Vec::new();
            while let Some(x) = s.next().await {
                if x % 2 == 0 {
                    out.push(x * 3 + 1);
                }
            }
            out
        },
    );
    t.run(
        "stream_ext",
        "`StreamExt::filter().map().collect()`",
        Role::Hand,
        &expected,
        || {
            stream::iter(black_box(data))
                .filter(|x| ready(*x % 2 == 0))
                .map(|x| x * 3 + 1)
                .collect::<Vec<u64>>()
        },
    );
    t.run("comp", "`acomp!`", Role::Comp, &expected, || async move {
        let v = black_box(data);
        acomp![x * 3 + 1 async for x in stream::iter(v) if x % 2 == 0]
    });
    t.run(
        "async_stream",
        "async-stream `stream!` + `collect()`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            let s = stream! {
                for await x in stream::iter(v) {
                    if x % 2 == 0 {
                        yield x * 3 + 1;
                    }
                }
            };
            s.collect::<Vec<u64>>()
        },
    );
    t.finish();
}

fn lazy(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "lazy `acomp!((x * 3 + 1 async for x in stream::iter(v) if x % 2 == 0))` \
                summed by a `while let` loop";
    let mut t = Table::new(c, r, "async_lazy", form, data.len());
    let expected: u64 = data.iter().filter(|x| *x % 2 == 0).map(|x| x * 3 + 1).sum();
    t.run(
        "hand_loop",
        "no stream: the `while let` loop over the source",
        Role::Hand,
        &expected,
        || async move {
            let mut s = pin!(stream::iter(black_box(data)));
            let mut total = 0;
            while let Some(x) = s.next().await {
                if x % 2 == 0 {
                    total += x * 3 + 1;
                }
            }
            total
        },
    );
    t.run(
        "stream_ext",
        "`StreamExt::filter().map()`",
        Role::Hand,
        &expected,
        || {
            drain(
                stream::iter(black_box(data))
                    .filter(|x| ready(*x % 2 == 0))
                    .map(|x| x * 3 + 1),
            )
        },
    );
    t.run("comp", "`acomp!((..))`", Role::Comp, &expected, || {
        let v = black_box(data);
        drain(acomp!((x * 3 + 1 async for x in stream::iter(v) if x % 2 == 0)))
    });
    t.run(
        "async_stream",
        "async-stream `stream!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            drain(stream! {
                for await x in stream::iter(v) {
                    if x % 2 == 0 {
                        yield x * 3 + 1;
                    }
                }
            })
        },
    );
    // What `acomp!((..))` could emit when no clause awaits: one
    // `filter_map` with a ready future, as `comp!((..))` emits `filter_map`.
    let label = "`StreamExt::filter_map(|x| ready(if .. { Some(..) } else { None }))`";
    t.run(
        "candidate_filter_map",
        label,
        Role::Candidate,
        &expected,
        || {
            let v = black_box(data);
            drain(
                stream::iter(v)
                    .filter_map(|x| ready(if x % 2 == 0 { Some(x * 3 + 1) } else { None })),
            )
        },
    );
    t.finish();
}

/// The clause that awaits in the lazy rows below: ready at once, so that
/// the rows time the machinery around it.
async fn keep(x: u64) -> bool {
    x.is_multiple_of(2)
}

/// `acomp!((x * 3 + 1 async for x in stream::iter(v) if keep(*x).await))`
/// written by hand, as the expansion writes it, on the copy of the
/// generator in `slots.rs` with slot `S`.
fn generator_by_hand<S: Slot<u64> + 'static>(v: &[u64]) -> impl Stream<Item = u64> + Unpin + '_ {
    let source = stream::iter(v);
    let (y, g) = slots::generator::<u64, S>();
    g.stream(async move {
        let y = y;
        let mut s = pin!(source);
        while let Some(x) = s.next().await {
            if keep(*x).await {
                y.send(x * 3 + 1).await;
            }
        }
    })
}

/// A candidate row: [`generator_by_hand`] with slot `S`.
fn slot_row<'d, S: Slot<u64> + 'static>(
    t: &mut Table<'_, '_, 'd, u64>,
    (id, label): (&str, String),
    expected: &u64,
    data: &'d [u64],
) {
    t.run(id, &label, Role::Candidate, expected, move || {
        drain(generator_by_hand::<S>(black_box(data)))
    });
}

fn lazy_awaiting(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "lazy, a clause that awaits: \
                `acomp!((x * 3 + 1 async for x in stream::iter(v) if keep(*x).await))` \
                summed by a `while let` loop";
    let mut t = Table::new(c, r, "async_lazy_await", form, data.len());
    let expected: u64 = data.iter().filter(|x| *x % 2 == 0).map(|x| x * 3 + 1).sum();
    t.run(
        "hand_loop",
        "no stream: the `while let` loop over the source",
        Role::Hand,
        &expected,
        || async move {
            let mut s = pin!(stream::iter(black_box(data)));
            let mut total = 0;
            while let Some(x) = s.next().await {
                if keep(*x).await {
                    total += x * 3 + 1;
                }
            }
            total
        },
    );
    t.run(
        "unfold",
        "`stream::unfold` (a `while let` loop in the step future)",
        Role::Hand,
        &expected,
        || {
            let s = stream::unfold(stream::iter(black_box(data)), |mut s| async move {
                while let Some(x) = s.next().await {
                    if keep(*x).await {
                        return Some((x * 3 + 1, s));
                    }
                }
                None
            });
            drain(s)
        },
    );
    t.run(
        "poll_fn",
        "`stream::poll_fn` state machine (the source, the pending `keep`)",
        Role::Hand,
        &expected,
        || async move {
            let mut source = stream::iter(black_box(data));
            let mut pending = pin!(Fuse::terminated());
            let mut held = 0;
            let s = stream::poll_fn(|cx| loop {
                if !pending.is_terminated() {
                    if ready!(pending.as_mut().poll(cx)) {
                        return Poll::Ready(Some(held * 3 + 1));
                    }
                    continue;
                }
                match ready!(source.poll_next_unpin(cx)) {
                    Some(x) => {
                        held = *x;
                        pending.set(keep(*x).fuse());
                    }
                    None => return Poll::Ready(None),
                }
            });
            drain(s).await
        },
    );
    t.run(
        "stream_ext",
        "`StreamExt::filter(|x| keep(*x)).map()`",
        Role::Hand,
        &expected,
        || {
            drain(
                stream::iter(black_box(data))
                    .filter(|x| keep(**x))
                    .map(|x| x * 3 + 1),
            )
        },
    );
    t.run("comp", "`acomp!((..))`", Role::Comp, &expected, || {
        let v = black_box(data);
        drain(acomp!((x * 3 + 1 async for x in stream::iter(v) if keep(*x).await)))
    });
    t.run(
        "async_stream",
        "async-stream `stream!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            drain(stream! {
                for await x in stream::iter(v) {
                    if keep(*x).await {
                        yield x * 3 + 1;
                    }
                }
            })
        },
    );
    let label = "the expansion by hand on a copy of the generator, slot";
    let rows = [
        ("slot_mutex", "`Arc<Mutex<Option<T>>>` (the runtime's)"),
        ("slot_try_lock", "the same with `try_lock`"),
        ("slot_futures_lock", "`futures::lock::Mutex`"),
        (
            "slot_cell",
            "`Rc<Cell<Option<T>>>` (never `Send`: the floor, not a design)",
        ),
    ];
    let [mutex, try_lock, futures_lock, cell] =
        rows.map(|(id, what)| (id, format!("{label} {what}")));
    slot_row::<MutexSlot<u64>>(&mut t, mutex, &expected, data);
    slot_row::<TryLockSlot<u64>>(&mut t, try_lock, &expected, data);
    slot_row::<FuturesLockSlot<u64>>(&mut t, futures_lock, &expected, data);
    slot_row::<CellSlot<u64>>(&mut t, cell, &expected, data);
    let label =
        "the same, `Rc<Cell>` slot, the body pinned on the stack (no `Box`: what `Unpin` costs)";
    t.run(
        "slot_cell_unboxed",
        label,
        Role::Candidate,
        &expected,
        move || async move {
            let source = stream::iter(black_box(data));
            let (y, g) = slots::generator::<u64, CellSlot<u64>>();
            let body = pin!(async move {
                let y = y;
                let mut s = pin!(source);
                while let Some(x) = s.next().await {
                    if keep(*x).await {
                        y.send(x * 3 + 1).await;
                    }
                }
            });
            drain(g.pinned(body)).await
        },
    );
    t.finish();
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(600))
        .sample_size(30)
        .nresamples(2_000)
        .configure_from_args();
    let mut report = Report::default();
    let forms: [fn(&mut Criterion, &mut Report, &[u64]); 4] =
        [eager_map, eager_filter, lazy, lazy_awaiting];
    let small = inputs(1_000);
    let large = inputs(100_000);
    for form in forms {
        form(&mut c, &mut report, &small);
        form(&mut c, &mut report, &large);
    }
    // The eager filter at 10^6 items (issue 13: 1.06-1.08 × the hand loop
    // in an independent harness).
    eager_filter(&mut c, &mut report, &inputs(1_000_000));
    c.final_summary();
    report.finish("async_seq");
}
