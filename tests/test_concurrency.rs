//! `acomp![..; concurrency = N]` against docs/reference.md, "Concurrency".
//!
//! Time is tokio's paused clock (`start_paused = true`): sleeps complete in
//! virtual time, in order, instantly, so durations are exact and the tests
//! are deterministic. Nothing here reads the wall clock.

use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::time::Duration;

use tokio::time::sleep;

#[path = "test_concurrency/bindings.rs"]
mod bindings;
#[path = "test_concurrency/cancel.rs"]
mod cancel;
#[path = "test_concurrency/executors.rs"]
mod executors;
#[path = "test_concurrency/limits.rs"]
mod limits;
#[path = "test_concurrency/shapes.rs"]
mod shapes;
#[path = "test_concurrency/timing.rs"]
mod timing;

pub fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// The `fetch` of the sequential-vs-`gather` comparison: a simulated 100 ms
/// network call.
pub async fn fetch(i: u64) -> u64 {
    sleep(ms(100)).await;
    i * 2
}

/// Watches item futures: how many started, finished and were dropped, and
/// how many ran at once (now, and the most ever).
#[derive(Default)]
pub struct Probe {
    started: AtomicUsize,
    finished: AtomicUsize,
    dropped: AtomicUsize,
    now: AtomicUsize,
    peak: AtomicUsize,
}

impl Probe {
    /// Marks a future as running until the returned guard is dropped, which
    /// happens when it finishes or when it is cancelled.
    pub fn enter(&self) -> Running<'_> {
        self.started.fetch_add(1, SeqCst);
        let now = self.now.fetch_add(1, SeqCst) + 1;
        self.peak.fetch_max(now, SeqCst);
        Running(self)
    }

    /// Sleeps `wait` ms under a running guard, then returns `value`.
    pub async fn run<T>(&self, wait: u64, value: T) -> T {
        let _running = self.enter();
        sleep(ms(wait)).await;
        self.finished.fetch_add(1, SeqCst);
        value
    }

    pub fn started(&self) -> usize {
        self.started.load(SeqCst)
    }

    pub fn finished(&self) -> usize {
        self.finished.load(SeqCst)
    }

    pub fn dropped(&self) -> usize {
        self.dropped.load(SeqCst)
    }

    pub fn now(&self) -> usize {
        self.now.load(SeqCst)
    }

    pub fn peak(&self) -> usize {
        self.peak.load(SeqCst)
    }
}

/// The drop guard of one running future.
pub struct Running<'a>(&'a Probe);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, SeqCst);
        self.0.dropped.fetch_add(1, SeqCst);
    }
}

/// `(0..n).map(|i| i * 2)`, what `fetch` returns in source order.
pub fn doubled(n: u64) -> Vec<u64> {
    (0..n).map(|i| i * 2).collect()
}

/// docs/reference.md, "Evaluation order and scope" rule 1, with `concurrency`: the first iterable is
/// evaluated before anything else, N included (and N once), in the eager
/// form and when the lazy form is created.
#[test]
fn the_first_iterable_is_evaluated_before_the_limit() {
    use std::cell::RefCell;
    let log = RefCell::new(Vec::new());
    let note = |what: &'static str| log.borrow_mut().push(what);
    let v = futures::executor::block_on(async {
        comprehensions::acomp![async { x }.await for x in { note("iterable"); 0..3 }; concurrency = { note("limit"); 2 }]
    });
    assert_eq!(v, [0, 1, 2]);
    assert_eq!(log.take(), ["iterable", "limit"]);
    let lazy = comprehensions::acomp!((async { x }.await for x in { note("iterable"); 0..3 }); concurrency = { note("limit"); 2 });
    assert_eq!(log.take(), ["iterable", "limit"]);
    assert_eq!(
        futures::executor::block_on(futures::StreamExt::collect::<Vec<_>>(lazy)),
        [0, 1, 2]
    );
    assert!(log.take().is_empty());
}
