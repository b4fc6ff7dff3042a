//! The item futures of the concurrency group, and the gauge that counts how
//! many of them are in flight.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};

/// The trivial item future: ready at its first poll.
pub async fn double(x: u64) -> u64 {
    x * 2
}

/// The yield-once item future: `Pending` at its first poll (after waking
/// itself), ready at the second, so that up to N of them are in flight.
pub async fn yield_once(x: u64) -> u64 {
    YieldOnce(false).await;
    x * 2
}

/// A future that returns `Pending` once, waking itself, then `Ready(())`.
#[derive(Debug)]
#[must_use = "futures do nothing unless awaited"]
pub struct YieldOnce(pub bool);

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// How many item futures are running now (first polled, neither finished
/// nor dropped), and the most there ever were.
#[derive(Debug, Default)]
pub struct Gauge {
    now: AtomicUsize,
    peak: AtomicUsize,
}

impl Gauge {
    /// The highest number of futures in flight at once so far.
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::Relaxed)
    }
}

/// Counts `fut` as in flight in `gauge` from its first poll until it
/// finishes or is dropped.
pub async fn gauged<F: Future>(gauge: &Gauge, fut: F) -> F::Output {
    struct Guard<'a>(&'a Gauge);
    impl Drop for Guard<'_> {
        fn drop(&mut self) {
            self.0.now.fetch_sub(1, Ordering::Relaxed);
        }
    }
    let now = gauge.now.fetch_add(1, Ordering::Relaxed) + 1;
    gauge.peak.fetch_max(now, Ordering::Relaxed);
    let _guard = Guard(gauge);
    fut.await
}
