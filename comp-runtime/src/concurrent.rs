//! Bounded, ordered, fail-fast execution for `acomp![..; concurrency = N]`
//! (CPython: `asyncio.gather` over a semaphore, with `TaskGroup`'s
//! cancel-on-first-error).
//!
//! The expansion turns the work of each item into a future whose output is
//! `ControlFlow<R, Option<T>>`: `Continue(Some(v))` is an element,
//! `Continue(None)` an item an `if` clause filtered out, `Break(r)` the `?`
//! residual that ends the comprehension. [`Concurrent`] pulls those futures
//! from a source stream and runs up to `limit` of them at once on the
//! caller's task (no spawning, any executor).
//!
//! It is `FuturesUnordered` plus a sequence number per item and, for the
//! ordered mode, a queue of one slot per item started and not yet released,
//! in source order, where a result that finished ahead of its turn waits.
//! (A min-heap of the early results, as `FuturesOrdered` keeps, cost 5-6 %
//! against `buffered(N)` at N = 10,000: tokio wakes yielded tasks last in,
//! first out, so nearly every result finishes ahead of its turn, and each
//! one sifted through a heap of up to N entries; a slot is written and
//! popped in constant time.)
//! As with `gather` over a semaphore, a finished item frees its slot at
//! once, even when its result waits for an earlier, slower one: fetches of
//! 30, 10 and 20 ms with a limit of 2 take 30 ms, where
//! `StreamExt::buffered(2)` (whose parked results keep their slots) takes
//! 50 ms. The price is memory: the results parked behind a slow item are
//! bounded by the items, not by the limit. Unlike `buffered`, a `Break` is
//! returned the moment it completes, whatever is still ahead of it, and
//! everything else is dropped at once.

use core::fmt;
use core::future::Future;
use core::ops::ControlFlow;
use core::pin::Pin;
use core::task::{ready, Context, Poll};
use std::collections::VecDeque;

use futures_core::{FusedStream, Stream};
use futures_util::stream::{FuturesUnordered, StreamExt};
use pin_project_lite::pin_project;

/// Checks the value of a `concurrency = N` option and returns it.
///
/// # Panics
///
/// If `n` is 0, which would run nothing and wait forever.
#[track_caller]
#[inline]
pub fn concurrency(n: usize) -> usize {
    assert!(
        n != 0,
        "acomp!: `concurrency = 0` would never run anything; use a value of at least 1"
    );
    n
}

/// How many items may complete as filtered out (`Continue(None)`) in one
/// `poll_next` before it yields to the executor. Everything else the loop
/// does is bounded by `limit` or ends in a return; only a long run of
/// filtered items from an always-ready source could otherwise keep the
/// thread forever. The value is tokio's cooperative budget.
const FILTERED_BUDGET: u32 = 128;

pin_project! {
    /// The stream behind `concurrency = N`: runs up to `limit` of the
    /// source's futures at once, yields their `Continue` values, and yields
    /// the first `Break` as soon as it happens, then ends.
    ///
    /// Built with [`Concurrent::new`]. `S` is the source of futures, `Fut`
    /// one item's future, `T` the element type. Dropping it cancels every
    /// future in flight.
    #[must_use = "streams do nothing unless polled"]
    pub struct Concurrent<S, Fut, T> {
        // `None` once the source has ended, or after a `Break`.
        #[pin]
        source: Option<S>,
        in_flight: FuturesUnordered<Numbered<Fut>>,
        // Ordered mode only: a slot per item from `next_out` to `next_in`,
        // with the results whose turn has not come yet.
        slots: VecDeque<Slot<T>>,
        // Sequence number of the next future to start.
        next_in: u64,
        // Ordered: the sequence number whose result is to be released next.
        // Unordered: how many have completed. Either way `next_in - next_out`
        // is the number of items started and not yet released.
        next_out: u64,
        // Futures in `in_flight` (its own `len()` is an atomic load; this
        // is checked once per item).
        running: u64,
        limit: u64,
        ordered: bool,
    }
}

impl<S, Fut, T> Concurrent<S, Fut, T> {
    /// Runs the futures of `source`, at most `limit` at once; `ordered`
    /// yields results in source order, otherwise in completion order.
    ///
    /// # Panics
    ///
    /// If `limit` is 0, with the message of [`concurrency`].
    #[track_caller]
    pub fn new(source: S, limit: usize, ordered: bool) -> Self {
        let limit = concurrency(limit);
        Self {
            source: Some(source),
            in_flight: FuturesUnordered::new(),
            slots: VecDeque::new(),
            next_in: 0,
            next_out: 0,
            running: 0,
            limit: u64::try_from(limit).unwrap_or(u64::MAX),
            ordered,
        }
    }
}

// By hand: the parts need not be `Debug`, and the counts are what matters.
impl<S, Fut, T> fmt::Debug for Concurrent<S, Fut, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Concurrent")
            .field("limit", &self.limit)
            .field("ordered", &self.ordered)
            .field("started", &self.next_in)
            .field("in_flight", &self.in_flight.len())
            .field(
                "parked",
                &self
                    .slots
                    .iter()
                    .filter(|s| matches!(s, Slot::Done(_)))
                    .count(),
            )
            .field("source_done", &self.source.is_none())
            .finish()
    }
}

impl<S, Fut, T, R> Stream for Concurrent<S, Fut, T>
where
    S: Stream<Item = Fut>,
    Fut: Future<Output = ControlFlow<R, Option<T>>>,
{
    type Item = ControlFlow<R, T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let mut this = self.project();
        // Set once the source returns `Pending` in this call: its waker is
        // registered, so asking again before we return is wasted work.
        let mut source_waiting = false;
        let mut budget = FILTERED_BUDGET;
        loop {
            // Release parked results whose turn has come (ordered mode).
            while this.slots.front().is_some_and(Slot::is_done) {
                *this.next_out += 1;
                if let Some(Slot::Done(Some(v))) = this.slots.pop_front() {
                    return Poll::Ready(Some(ControlFlow::Continue(v)));
                }
            }
            // Start futures while a slot is free.
            while !source_waiting && *this.running < *this.limit {
                let Some(source) = this.source.as_mut().as_pin_mut() else {
                    break;
                };
                match source.poll_next(cx) {
                    Poll::Ready(Some(fut)) => {
                        let seq = *this.next_in;
                        this.in_flight.push(Numbered { seq, fut });
                        if *this.ordered {
                            this.slots.push_back(Slot::Running);
                        }
                        *this.next_in += 1;
                        *this.running += 1;
                    }
                    Poll::Ready(None) => this.source.set(None),
                    Poll::Pending => source_waiting = true,
                }
            }
            // Nothing in flight means nothing parked either (the release loop
            // above emptied it): done if the source is, else wait for it.
            if this.in_flight.is_empty() {
                if this.source.is_none() {
                    return Poll::Ready(None);
                }
                return Poll::Pending;
            }
            let (seq, output) = match this.in_flight.poll_next_unpin(cx) {
                Poll::Ready(Some(done)) => done,
                // `Ready(None)` cannot happen: the set is not empty.
                Poll::Ready(None) | Poll::Pending => return Poll::Pending,
            };
            *this.running -= 1;
            let value = match output {
                ControlFlow::Continue(value) => value,
                ControlFlow::Break(residual) => {
                    // The first error wins: cancel everything and end.
                    this.source.set(None);
                    this.in_flight.clear();
                    *this.running = 0;
                    this.slots.clear();
                    *this.next_out = *this.next_in;
                    return Poll::Ready(Some(ControlFlow::Break(residual)));
                }
            };
            if *this.ordered {
                // `slots` holds one slot per item from `next_out` to
                // `next_in`, so `seq - next_out` indexes it (and fits a usize).
                #[allow(clippy::cast_possible_truncation)]
                let at = (seq - *this.next_out) as usize;
                if at != 0 {
                    this.slots[at] = Slot::Done(value);
                    continue;
                }
                this.slots.pop_front();
            }
            *this.next_out += 1;
            if let Some(v) = value {
                return Poll::Ready(Some(ControlFlow::Continue(v)));
            }
            budget -= 1;
            if budget == 0 {
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        // Any item may be filtered out, so there is no lower bound.
        let held = usize::try_from(self.next_in - self.next_out).ok();
        let upper = match &self.source {
            Some(source) => source.size_hint().1,
            None => Some(0),
        };
        (0, upper.zip(held).and_then(|(a, b)| a.checked_add(b)))
    }
}

impl<S, Fut, T, R> FusedStream for Concurrent<S, Fut, T>
where
    S: Stream<Item = Fut>,
    Fut: Future<Output = ControlFlow<R, Option<T>>>,
{
    fn is_terminated(&self) -> bool {
        self.source.is_none() && self.next_in == self.next_out
    }
}

pin_project! {
    /// One item's future, tagged with its place in the source.
    struct Numbered<Fut> {
        seq: u64,
        #[pin]
        fut: Fut,
    }
}

impl<Fut: Future> Future for Numbered<Fut> {
    type Output = (u64, Fut::Output);

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let output = ready!(this.fut.poll(cx));
        Poll::Ready((*this.seq, output))
    }
}

/// The place of an item started and not yet released, in the ordered mode.
enum Slot<T> {
    /// Still in flight.
    Running,
    /// Finished before its turn: its value, or `None` if it was filtered out
    /// (kept so that the sequence can move past it).
    Done(Option<T>),
}

impl<T> Slot<T> {
    fn is_done(&self) -> bool {
        matches!(self, Slot::Done(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::convert::Infallible;
    use futures::executor::block_on;
    use futures::stream;
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::sync::Arc;
    use std::time::Duration;
    use tokio::time::{sleep, Instant};

    type Step<T> = ControlFlow<&'static str, Option<T>>;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn assert_send<T: Send>(_: &T) {}

    /// Counts its drops, to see what a cancellation cleaned up.
    struct DropGuard<'a>(&'a AtomicUsize);
    impl Drop for DropGuard<'_> {
        fn drop(&mut self) {
            self.0.fetch_add(1, SeqCst);
        }
    }

    /// Tracks how many futures are running now and the most there ever were.
    #[derive(Default)]
    struct Gauge {
        now: AtomicUsize,
        peak: AtomicUsize,
    }
    impl Gauge {
        fn enter(&self) -> GaugeGuard<'_> {
            let now = self.now.fetch_add(1, SeqCst) + 1;
            self.peak.fetch_max(now, SeqCst);
            GaugeGuard(self)
        }
    }
    struct GaugeGuard<'a>(&'a Gauge);
    impl Drop for GaugeGuard<'_> {
        fn drop(&mut self) {
            self.0.now.fetch_sub(1, SeqCst);
        }
    }

    /// Drains the stream, returning the values and the first break.
    async fn drain<S, T, R>(s: S) -> (Vec<T>, Option<R>)
    where
        S: Stream<Item = ControlFlow<R, T>>,
    {
        let mut s = core::pin::pin!(s);
        let mut out = Vec::new();
        while let Some(step) = s.next().await {
            match step {
                ControlFlow::Continue(v) => out.push(v),
                ControlFlow::Break(r) => return (out, Some(r)),
            }
        }
        (out, None)
    }

    async fn sleepy(n: usize, limit: usize, each: u64) -> (Vec<usize>, u128) {
        let start = Instant::now();
        let source = stream::iter(0..n).map(|i| async move {
            sleep(ms(each)).await;
            ControlFlow::<Infallible, _>::Continue(Some(i))
        });
        let (out, _) = drain(Concurrent::new(source, limit, true)).await;
        (out, start.elapsed().as_millis())
    }

    #[test]
    #[should_panic(
        expected = "acomp!: `concurrency = 0` would never run anything; use a value of at least 1"
    )]
    fn concurrency_zero_panics() {
        concurrency(0);
    }

    #[test]
    #[should_panic(expected = "use a value of at least 1")]
    fn a_zero_limit_panics() {
        let source = stream::empty::<core::future::Ready<Step<()>>>();
        let _ = Concurrent::<_, core::future::Ready<Step<()>>, ()>::new(source, 0, true);
    }

    #[test]
    fn concurrency_returns_its_argument() {
        assert_eq!(concurrency(1), 1);
        assert_eq!(concurrency(usize::MAX), usize::MAX);
    }

    #[tokio::test(start_paused = true)]
    async fn a_hundred_sleeps_with_limit_100_take_one_period() {
        let (out, elapsed) = sleepy(100, 100, 100).await;
        assert_eq!(out, (0..100).collect::<Vec<_>>());
        assert!((100..110).contains(&elapsed), "{elapsed}ms");
    }

    #[tokio::test(start_paused = true)]
    async fn a_hundred_sleeps_with_limit_10_take_ten_periods() {
        let (out, elapsed) = sleepy(100, 10, 100).await;
        assert_eq!(out, (0..100).collect::<Vec<_>>());
        assert!((1000..1050).contains(&elapsed), "{elapsed}ms");
    }

    #[tokio::test(start_paused = true)]
    async fn limit_1_is_sequential() {
        let (out, elapsed) = sleepy(5, 1, 100).await;
        assert_eq!(out, [0, 1, 2, 3, 4]);
        assert!((500..510).contains(&elapsed), "{elapsed}ms");
    }

    fn decreasing(n: u64) -> impl Stream<Item = impl Future<Output = Step<u64>>> {
        stream::iter(0..n).map(move |i| async move {
            sleep(ms(10 * (n - i))).await;
            ControlFlow::Continue(Some(i))
        })
    }

    #[tokio::test(start_paused = true)]
    async fn ordered_yields_in_source_order() {
        let (out, end) = drain(Concurrent::new(decreasing(10), 10, true)).await;
        assert_eq!(out, (0..10).collect::<Vec<_>>());
        assert_eq!(end, None);
    }

    #[tokio::test(start_paused = true)]
    async fn unordered_yields_in_completion_order() {
        let (out, _) = drain(Concurrent::new(decreasing(10), 10, false)).await;
        assert_eq!(out, (0..10).rev().collect::<Vec<_>>());
    }

    #[tokio::test(start_paused = true)]
    async fn filtered_items_keep_their_place_in_order() {
        let source = stream::iter(0..20u64).map(|i| async move {
            sleep(ms((i * 7) % 13)).await;
            ControlFlow::<Infallible, _>::Continue((i % 3 == 0).then_some(i))
        });
        let (out, _) = drain(Concurrent::new(source, 4, true)).await;
        assert_eq!(out, [0, 3, 6, 9, 12, 15, 18]);
    }

    #[tokio::test(start_paused = true)]
    async fn in_flight_never_exceeds_the_limit_and_reaches_it() {
        for ordered in [true, false] {
            let gauge = Gauge::default();
            let source = stream::iter(0..50u64).map(|i| {
                let gauge = &gauge;
                async move {
                    let _running = gauge.enter();
                    sleep(ms(1 + (i * 37) % 11)).await;
                    ControlFlow::<Infallible, _>::Continue(Some(i))
                }
            });
            let (mut out, _) = drain(Concurrent::new(source, 7, ordered)).await;
            assert_eq!(gauge.peak.load(SeqCst), 7);
            assert_eq!(gauge.now.load(SeqCst), 0);
            out.sort_unstable();
            assert_eq!(out, (0..50).collect::<Vec<_>>());
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_finished_item_frees_its_slot_while_its_result_waits() {
        let pulls = AtomicUsize::new(0);
        let gauge = Gauge::default();
        let source = stream::iter(0..20u64)
            .inspect(|_| {
                pulls.fetch_add(1, SeqCst);
            })
            .map(|i| {
                let gauge = &gauge;
                async move {
                    let _slot = gauge.enter();
                    sleep(ms(if i == 0 { 1000 } else { 10 })).await;
                    ControlFlow::<Infallible, _>::Continue(Some(i))
                }
            });
        let start = Instant::now();
        let mut s = Box::pin(Concurrent::new(source, 5, true));
        assert_eq!(pulls.load(SeqCst), 0);
        // Items 1..20 run four at a time beside item 0 and wait for it parked.
        assert!(tokio::time::timeout(ms(500), s.next()).await.is_err());
        assert_eq!(pulls.load(SeqCst), 20);
        assert_eq!(gauge.peak.load(SeqCst), 5);
        let (out, _) = drain(s).await;
        assert_eq!(out, (0..20).collect::<Vec<_>>());
        assert_eq!(start.elapsed().as_millis(), 1000);
    }

    #[tokio::test(start_paused = true)]
    async fn gather_timing_with_uneven_items() {
        // Python: gather over Semaphore(2) of 30, 10, 20 ms sleeps takes 30 ms.
        let source = stream::iter([30u64, 10, 20]).map(|t| async move {
            sleep(ms(t)).await;
            ControlFlow::<Infallible, _>::Continue(Some(t))
        });
        let start = Instant::now();
        let (out, _) = drain(Concurrent::new(source, 2, true)).await;
        assert_eq!(out, [30, 10, 20]);
        assert_eq!(start.elapsed().as_millis(), 30);
    }

    #[tokio::test(start_paused = true)]
    async fn the_first_error_wins_and_cancels_the_rest() {
        for ordered in [true, false] {
            let pulls = AtomicUsize::new(0);
            let drops = AtomicUsize::new(0);
            let start = Instant::now();
            let source = stream::iter(0..100u64)
                .inspect(|_| {
                    pulls.fetch_add(1, SeqCst);
                })
                .map(|i| {
                    let guard = DropGuard(&drops);
                    async move {
                        let _guard = guard;
                        match i {
                            0 => sleep(ms(1000)).await,
                            5 => {
                                sleep(ms(10)).await;
                                return ControlFlow::Break("five");
                            }
                            7 => sleep(ms(20)).await,
                            _ => sleep(ms(500)).await,
                        }
                        ControlFlow::Continue(Some(i))
                    }
                });
            let mut s = core::pin::pin!(Concurrent::new(source, 10, ordered));
            assert_eq!(s.next().await, Some(ControlFlow::Break("five")));
            assert_eq!(start.elapsed().as_millis(), 10);
            // All ten futures are gone: the breaking one and nine cancelled.
            assert_eq!(drops.load(SeqCst), 10);
            assert_eq!(pulls.load(SeqCst), 10);
            assert!(s.is_terminated());
            assert_eq!(s.next().await, None);
            assert_eq!(s.next().await, None);
            assert_eq!(pulls.load(SeqCst), 10);
        }
    }

    #[tokio::test(start_paused = true)]
    async fn an_error_after_some_values_ends_the_stream() {
        let source = stream::iter(0..10u64).map(|i| async move {
            sleep(ms(10 * i)).await;
            if i == 3 {
                return ControlFlow::Break("three");
            }
            ControlFlow::Continue(Some(i))
        });
        let (out, end) = drain(Concurrent::new(source, 2, true)).await;
        assert_eq!(out, [0, 1, 2]);
        assert_eq!(end, Some("three"));
    }

    #[tokio::test(start_paused = true)]
    async fn dropping_the_stream_cancels_what_is_in_flight() {
        let drops = AtomicUsize::new(0);
        let started = AtomicUsize::new(0);
        let source = stream::iter(0..100u64).map(|i| {
            let guard = DropGuard(&drops);
            let started = &started;
            async move {
                let _guard = guard;
                started.fetch_add(1, SeqCst);
                sleep(ms(100 * (i % 2 + 1))).await;
                ControlFlow::<Infallible, _>::Continue(Some(i))
            }
        });
        let mut s = Box::pin(Concurrent::new(source, 4, true));
        assert_eq!(s.next().await, Some(ControlFlow::Continue(0)));
        assert_eq!(started.load(SeqCst), 4);
        assert_eq!(drops.load(SeqCst), 1);
        drop(s);
        assert_eq!(drops.load(SeqCst), 4);
    }

    #[tokio::test(start_paused = true)]
    #[allow(clippy::async_yields_async)] // the source yields futures by design
    async fn a_waiting_source_does_not_stall_the_futures_in_flight() {
        let start = Instant::now();
        // The source is slow: it produces an item every 300ms.
        let source = stream::iter(0..3u64).then(|i| async move {
            if i > 0 {
                sleep(ms(300)).await;
            }
            async move {
                sleep(ms(100)).await;
                ControlFlow::<Infallible, _>::Continue(Some((i, start.elapsed().as_millis())))
            }
        });
        let (out, _) = drain(Concurrent::new(source, 3, true)).await;
        assert_eq!(out, [(0, 100), (1, 400), (2, 700)]);
    }

    #[tokio::test(start_paused = true)]
    async fn many_items_with_a_large_limit() {
        let gauge = Gauge::default();
        let source = stream::iter(0..100_000u64).map(|i| {
            let gauge = &gauge;
            async move {
                let _running = gauge.enter();
                if i % 3 == 0 {
                    tokio::task::yield_now().await;
                }
                ControlFlow::<Infallible, _>::Continue((i % 5 != 0).then_some(i))
            }
        });
        let (out, _) = drain(Concurrent::new(source, 1000, true)).await;
        assert!(out.iter().copied().eq((0..100_000).filter(|i| i % 5 != 0)));
        assert!(gauge.peak.load(SeqCst) <= 1000);
    }

    #[test]
    fn runs_on_block_on_with_threads_completing_out_of_order() {
        let source = stream::iter(0..20u64).map(|i| {
            let (tx, rx) = futures::channel::oneshot::channel();
            std::thread::spawn(move || {
                std::thread::sleep(ms((20 - i) % 7));
                tx.send(i * i).unwrap();
            });
            async move {
                let v = rx.await.unwrap();
                if v % 2 == 0 {
                    return ControlFlow::<Infallible, _>::Continue(None);
                }
                ControlFlow::Continue(Some(v))
            }
        });
        let (out, _) = block_on(drain(Concurrent::new(source, 5, true)));
        assert_eq!(out, [1, 9, 25, 49, 81, 121, 169, 225, 289, 361]);
    }

    #[test]
    fn ready_futures_on_block_on() {
        for ordered in [true, false] {
            let source = stream::iter(0..1000u32).map(|i| {
                core::future::ready(match i {
                    500 => ControlFlow::Break(i),
                    _ => ControlFlow::Continue(Some(i)),
                })
            });
            let (out, end) = block_on(drain(Concurrent::new(source, 16, ordered)));
            assert_eq!(out, (0..500).collect::<Vec<_>>());
            assert_eq!(end, Some(500));
        }
    }

    #[test]
    fn an_empty_source_ends_at_once() {
        let source = stream::empty::<core::future::Ready<Step<()>>>();
        let mut s = Concurrent::new(source, 3, true);
        assert_eq!(block_on(s.next()), None);
        assert!(s.is_terminated());
        assert_eq!(block_on(s.next()), None);
    }

    #[test]
    fn an_endless_filtered_source_yields_to_the_executor() {
        let source = stream::repeat(()).map(|()| core::future::ready(Step::<()>::Continue(None)));
        let mut s = Concurrent::new(source, 8, true);
        let woken = Arc::new(AtomicUsize::new(0));
        let waker = futures::task::waker(Arc::new(CountWakes(Arc::clone(&woken))));
        let mut cx = Context::from_waker(&waker);
        assert!(Pin::new(&mut s).poll_next(&mut cx).is_pending());
        assert_eq!(woken.load(SeqCst), 1);
    }

    struct CountWakes(Arc<AtomicUsize>);
    impl futures::task::ArcWake for CountWakes {
        fn wake_by_ref(arc_self: &Arc<Self>) {
            arc_self.0.fetch_add(1, SeqCst);
        }
    }

    #[test]
    fn size_hint_bounds_the_remaining_items() {
        let source = stream::iter(0..10u8).map(|i| core::future::ready(Step::Continue(Some(i))));
        let mut s = Concurrent::new(source, 3, true);
        assert_eq!(s.size_hint(), (0, Some(10)));
        assert_eq!(block_on(s.next()), Some(ControlFlow::Continue(0)));
        assert_eq!(s.size_hint(), (0, Some(9)));
    }

    #[test]
    fn debug_shows_the_counts() {
        let source = stream::iter(0..3u8).map(|i| core::future::ready(Step::Continue(Some(i))));
        let mut s = Concurrent::new(source, 2, false);
        assert_eq!(block_on(s.next()), Some(ControlFlow::Continue(0)));
        let text = format!("{s:?}");
        assert!(
            text.starts_with("Concurrent { limit: 2, ordered: false"),
            "{text}"
        );
    }

    #[test]
    fn concurrent_is_send_when_its_parts_are() {
        let source = stream::iter(vec![String::from("a")])
            .map(|s| async move { ControlFlow::<String, _>::Continue(Some(s)) });
        let s = Concurrent::new(source, 2, true);
        assert_send(&s);
        let handle = std::thread::spawn(move || block_on(drain(s)));
        assert_eq!(handle.join().unwrap(), (vec![String::from("a")], None));
    }
}
