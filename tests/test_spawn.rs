//! `acomp![..; concurrency = N, spawn]` (feature `tokio`) against
//! docs/reference.md, "Concurrency" (the `spawn` paragraph): each item a
//! tokio task, with the order, the limit, fail-fast and cancel-on-drop of
//! `concurrency`, and a panicking task re-panicking in the caller.
//!
//! Time is tokio's paused clock where the runtime is current-thread; the
//! multi-thread tests assert what happened, never how long it took.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use comprehensions::acomp;
use futures::{FutureExt, StreamExt};
use tokio::time::{sleep, Instant};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Watches the tasks: how many started, finished and were dropped
/// (finished or aborted), and how many were alive at once.
#[derive(Default)]
struct Probe {
    started: AtomicUsize,
    finished: AtomicUsize,
    dropped: AtomicUsize,
    now: AtomicUsize,
    peak: AtomicUsize,
}

/// The drop guard of one running task.
struct Running(Arc<Probe>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, SeqCst);
        self.0.dropped.fetch_add(1, SeqCst);
    }
}

impl Probe {
    fn enter(self: &Arc<Self>) -> Running {
        self.started.fetch_add(1, SeqCst);
        let now = self.now.fetch_add(1, SeqCst) + 1;
        self.peak.fetch_max(now, SeqCst);
        Running(Arc::clone(self))
    }

    /// Sleeps `wait` ms under a running guard, then returns `value`.
    async fn run<T>(self: Arc<Self>, wait: u64, value: T) -> T {
        let _running = self.enter();
        sleep(ms(wait)).await;
        self.finished.fetch_add(1, SeqCst);
        value
    }

    fn get(&self, counter: &AtomicUsize) -> usize {
        counter.load(SeqCst)
    }
}

/// `i * 2` after `(n - i) * 10` ms: later items finish first.
async fn reversed(probe: Arc<Probe>, i: u64, n: u64) -> u64 {
    probe.run((n - i) * 10, i * 2).await
}

#[tokio::test(start_paused = true)]
async fn results_keep_source_order_and_at_most_n_tasks_are_alive() {
    let probe = Arc::new(Probe::default());
    let start = Instant::now();
    let v = acomp![reversed(probe, i, 8).await for i in 0..8; concurrency = 3, spawn(probe)];
    assert_eq!(v, (0..8).map(|i| i * 2).collect::<Vec<_>>());
    assert_eq!(probe.get(&probe.peak), 3);
    assert_eq!(probe.get(&probe.finished), 8);
    // 3 at a time, as `concurrency = 3` without `spawn`: no item waited for a
    // slot it did not need (the sum of 80..10 ms is 360 ms).
    assert!(start.elapsed() < ms(360));
}

#[tokio::test(start_paused = true)]
async fn unordered_yields_in_completion_order() {
    let probe = Arc::new(Probe::default());
    let v =
        acomp![reversed(probe, i, 4).await for i in 0..4; concurrency = 4, unordered, spawn(probe)];
    assert_eq!(v, [6, 4, 2, 0]);
}

#[tokio::test(start_paused = true)]
async fn sets_and_dicts_under_spawn() {
    let probe = Arc::new(Probe::default());
    let s: HashSet<u64> =
        acomp!({reversed(probe, i, 6).await % 4 for i in 0..6; concurrency = 2, spawn(probe)});
    assert_eq!(s, HashSet::from([0, 2]));
    // The last duplicate key in source order wins, as without `spawn`.
    let d: HashMap<u64, u64> =
        acomp!({i % 3: reversed(probe, i, 6).await for i in 0..6; concurrency = 6, spawn(probe)});
    assert_eq!(d, HashMap::from([(0, 6), (1, 8), (2, 10)]));
}

/// Item 3 fails at 15 ms (see `test_concurrency/cancel.rs`): item 1, still
/// running, is aborted, and nothing more is started.
async fn step(probe: Arc<Probe>, i: u64) -> Result<u64, String> {
    match i {
        0 => probe.run(10, Ok(i)).await,
        1 => probe.run(1_000, Err(String::from("slow, earlier"))).await,
        2 => probe.run(20, Ok(i)).await,
        3 => probe.run(5, Err(String::from("fast, later"))).await,
        _ => probe.run(10, Ok(i)).await,
    }
}

/// After the comprehension ended: every task it started is gone once the
/// runtime has processed the aborts, and nothing starts later.
async fn assert_all_aborted(probe: &Probe, started: usize) {
    sleep(ms(1)).await;
    assert_eq!(probe.get(&probe.started), started);
    assert_eq!(probe.get(&probe.dropped), started);
    assert_eq!(probe.get(&probe.now), 0);
    sleep(ms(5_000)).await;
    assert_eq!(probe.get(&probe.started), started);
}

#[tokio::test(start_paused = true)]
async fn the_first_error_aborts_every_other_task_and_starts_nothing_new() {
    let probe = Arc::new(Probe::default());
    let start = Instant::now();
    let r = acomp![step(probe, i).await? for i in 0..20; concurrency = 3, spawn(probe)];
    assert_eq!(r, Err(String::from("fast, later")));
    assert_eq!(start.elapsed(), ms(15));
    assert_eq!(probe.get(&probe.finished), 2);
    assert_all_aborted(&probe, 4).await;
}

#[tokio::test(start_paused = true)]
async fn the_lazy_form_yields_the_first_error_then_ends_and_aborts() {
    let probe = Arc::new(Probe::default());
    let s = acomp!((step(probe, i).await? for i in 0..20); concurrency = 3, spawn(probe));
    let mut s = std::pin::pin!(s);
    assert_eq!(s.next().await, Some(Ok(0)));
    assert_eq!(s.next().await, Some(Err(String::from("fast, later"))));
    assert_eq!(s.next().await, None);
    assert_all_aborted(&probe, 4).await;
}

#[tokio::test(start_paused = true)]
async fn dropping_the_comprehension_aborts_its_tasks() {
    let probe = Arc::new(Probe::default());
    {
        let s = acomp!((probe.run(100 * (i + 1), i).await for i in 0..10); concurrency = 4, spawn(probe));
        let mut s = Box::pin(s);
        assert_eq!(s.next().await, Some(0));
        // Items 1..=3 are alive (item 4 starts at the next poll);
        // dropping the stream aborts them.
        assert_eq!(probe.get(&probe.now), 3);
    }
    assert_all_aborted(&probe, 4).await;
    assert_eq!(probe.get(&probe.finished), 1);
    // The eager form's future, dropped before it is done (a timeout).
    let probe = Arc::new(Probe::default());
    let eager =
        async { acomp![probe.run(1_000, i).await for i in 0..10; concurrency = 2, spawn(probe)] };
    assert!(tokio::time::timeout(ms(10), eager).await.is_err());
    assert_all_aborted(&probe, 2).await;
    assert_eq!(probe.get(&probe.finished), 0);
}

async fn boom(i: u64) -> u64 {
    sleep(ms(10 * i)).await;
    if i == 2 {
        panic!("item {i} failed");
    }
    i
}

#[tokio::test(start_paused = true)]
async fn a_panicking_task_re_panics_in_the_caller_with_its_payload() {
    let run = async { acomp![boom(i).await for i in 0..5; concurrency = 2, spawn] };
    let payload = std::panic::AssertUnwindSafe(run)
        .catch_unwind()
        .await
        .unwrap_err();
    assert_eq!(
        payload.downcast_ref::<String>().map(String::as_str),
        Some("item 2 failed")
    );
    let lazy = acomp!((boom(i).await for i in 0..5); concurrency = 2, spawn);
    let payload = std::panic::AssertUnwindSafe(lazy.collect::<Vec<_>>())
        .catch_unwind()
        .await
        .unwrap_err();
    assert_eq!(
        payload.downcast_ref::<String>().map(String::as_str),
        Some("item 2 failed")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_on_another_worker_reaches_the_caller() {
    let run = async { acomp![boom(i).await for i in 0..5; concurrency = 4, spawn] };
    let result = tokio::spawn(run).await;
    let payload = result.unwrap_err().into_panic();
    assert_eq!(
        payload.downcast_ref::<String>().map(String::as_str),
        Some("item 2 failed")
    );
}

/// CPU-bound items (a blocking wait, standing for work) spread over both
/// workers: the point of `spawn`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn items_run_on_every_worker() {
    let threads = Arc::new(Mutex::new(HashSet::new()));
    let v = acomp![{
        std::thread::sleep(ms(20));
        threads.lock().unwrap().insert(std::thread::current().id());
        tokio::task::yield_now().await;
        i
    } for i in 0..16; concurrency = 4, spawn(threads)];
    assert_eq!(v, (0..16).collect::<Vec<_>>());
    assert_eq!(threads.lock().unwrap().len(), 2);
}

#[tokio::test(flavor = "current_thread")]
async fn works_on_a_current_thread_runtime() {
    let base = Arc::new(String::from("item"));
    let v =
        acomp![format!("{base}-{}", async { i }.await) for i in 0..3; concurrency = 2, spawn(base)];
    assert_eq!(v, ["item-0", "item-1", "item-2"]);
    // Each task had its clone, and gave it back.
    assert_eq!(Arc::strong_count(&base), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nested_fors_walrus_and_if_let() {
    let offset = Arc::new(100u64);
    let v = acomp![
        (x, z) for x in 0..4u64 for y in 0..x
        if let Some(w) = x.checked_sub(y)
        if (z := async { w * 10 + *offset }.await) % 20 == 0;
        concurrency = 3, spawn(offset)
    ];
    let expected: Vec<(u64, u64)> = (0..4u64)
        .flat_map(|x| (0..x).map(move |y| (x, (x - y) * 10 + 100)))
        .filter(|(_, z)| z % 20 == 0)
        .collect();
    assert_eq!(v, expected);
    // Outer loop variables used by the items are shared with them, as without `spawn`.
    let names = vec![String::from("a"), String::from("bb")];
    let v = acomp![format!("{name}{i}") for name in names for i in 0..name.len(); concurrency = 2, spawn];
    assert_eq!(v, ["a0", "bb0", "bb1"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lazy_form_is_a_stream_of_tasks() {
    let s = acomp!((async { x * x }.await async for x in futures::stream::iter(0..6) if x % 2 == 0); concurrency = 2, spawn);
    assert_eq!(s.collect::<Vec<_>>().await, [0, 4, 16]);
    // A `move` lazy form can be returned and spawned itself.
    fn squares(n: u64) -> impl futures::Stream<Item = u64> + Send + 'static {
        acomp!(move (async { x * x }.await for x in 0..n); concurrency = 2, spawn)
    }
    assert_eq!(
        tokio::spawn(squares(4).collect::<Vec<_>>()).await.unwrap(),
        [0, 1, 4, 9]
    );
}

/// Values a task uses and that are `Copy` (a number, a `&'static str`) are
/// copied in, without naming them in `spawn(..)`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn copy_outer_values_are_moved_in() {
    let (k, sep) = (3u64, ":");
    let v = acomp![format!("{}{sep}{}", i, async { i * k }.await) for i in 0..3; concurrency = 2, spawn];
    assert_eq!(v, ["0:0", "1:3", "2:6"]);
}

/// Expansions resolve under `#![no_implicit_prelude]`.
mod np {
    #![no_implicit_prelude]

    use ::comprehensions::acomp;
    use ::std::result::Result::{self, Err, Ok};
    use ::std::sync::Arc;
    use ::std::vec::Vec;

    async fn check(x: u64) -> Result<u64, &'static str> {
        if x < 3 {
            Ok(x)
        } else {
            Err("bad")
        }
    }

    #[test]
    fn spawn_without_the_prelude() {
        let rt = ::tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        rt.block_on(async {
            let k = Arc::new(10u64);
            let v: Vec<u64> = acomp![*k + x for x in 0..3; concurrency = 2, spawn(k)];
            ::std::assert_eq!(v, [10, 11, 12]);
            let r = acomp![check(x).await? for x in 0..5; concurrency = 2, spawn];
            ::std::assert_eq!(r, Err("bad"));
        });
    }
}
