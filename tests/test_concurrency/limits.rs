//! At most N in flight, N reached, N evaluated once, N = 0 rejected.

use super::*;
use comprehensions::acomp;
use futures::StreamExt;

/// Returns `n`, counting how often it is asked.
fn limit(evaluations: &AtomicUsize, n: usize) -> usize {
    evaluations.fetch_add(1, SeqCst);
    n
}

/// Uneven durations, so that slots free up at different times.
fn wait(i: u64) -> u64 {
    1 + (i * 37) % 11
}

#[tokio::test(start_paused = true)]
async fn in_flight_never_exceeds_n_and_reaches_it() {
    let ordered = Probe::default();
    let v = acomp![ordered.run(wait(i), i).await for i in 0..50; concurrency = 7];
    assert_eq!(v, (0..50).collect::<Vec<_>>());
    assert_eq!(ordered.peak(), 7);
    assert_eq!(ordered.now(), 0);
    let unordered = Probe::default();
    let mut w = acomp![unordered.run(wait(i), i).await for i in 0..50; concurrency = 7, unordered];
    w.sort_unstable();
    assert_eq!(w, (0..50).collect::<Vec<_>>());
    assert_eq!(unordered.peak(), 7);
    assert_eq!((unordered.started(), unordered.finished()), (50, 50));
}

/// Python's conditional as N, `concurrency = 7 if wide else 2`, with an
/// option after it: each branch is the limit.
#[tokio::test(start_paused = true)]
async fn n_may_be_a_python_conditional() {
    for (wide, expected) in [(true, 7), (false, 2)] {
        let probe = Probe::default();
        let mut v = acomp![probe.run(wait(i), i).await for i in 0..30; concurrency = 7 if wide else 2, unordered];
        v.sort_unstable();
        assert_eq!(v, (0..30).collect::<Vec<_>>());
        assert_eq!(probe.peak(), expected);
    }
}

#[tokio::test(start_paused = true)]
async fn a_lazy_form_pulled_slowly_keeps_at_most_n_in_flight() {
    let probe = Probe::default();
    let s = acomp!((probe.run(wait(i), i).await for i in 0..30); concurrency = 4);
    assert_eq!(probe.started(), 0);
    let mut s = std::pin::pin!(s);
    let mut got = Vec::new();
    while let Some(i) = s.next().await {
        got.push(i);
        assert!(probe.now() <= 4);
        sleep(ms(50)).await;
    }
    assert_eq!(got, (0..30).collect::<Vec<_>>());
    assert_eq!(probe.peak(), 4);
}

#[tokio::test(start_paused = true)]
async fn n_is_evaluated_once() {
    let evaluations = AtomicUsize::new(0);
    let v = acomp![fetch(i).await for i in 0..20; concurrency = limit(&evaluations, 3)];
    assert_eq!(v, doubled(20));
    assert_eq!(evaluations.load(SeqCst), 1);
    let nested = acomp![
        a + b for a in 0..4 for b in 0..5;
        concurrency = limit(&evaluations, 2)
    ];
    assert_eq!(nested.len(), 20);
    assert_eq!(evaluations.load(SeqCst), 2);
    let lazy =
        acomp!((fetch(i).await for i in 0..20); concurrency = limit(&evaluations, 4), unordered);
    assert_eq!(lazy.count().await, 20);
    assert_eq!(evaluations.load(SeqCst), 3);
}

#[tokio::test]
#[should_panic(expected = "concurrency = 0")]
async fn n_zero_from_a_variable_panics() {
    let n = 0;
    let _ = acomp![fetch(i).await for i in 0..3; concurrency = n];
}

#[test]
#[should_panic(
    expected = "acomp!: `concurrency = 0` would never run anything; use a value of at least 1"
)]
fn n_zero_panics_with_the_full_message_on_any_executor() {
    let zero = || 0;
    futures::executor::block_on(async {
        let _ = acomp!({x: x * 2 for x in 0..3}; concurrency = zero());
    });
}

#[tokio::test]
#[should_panic(expected = "concurrency = 0")]
async fn n_zero_panics_in_a_lazy_form() {
    let n = 0;
    let s = acomp!((fetch(i).await for i in 0..3); concurrency = n);
    let _ = s.collect::<Vec<_>>().await;
}

/// 100,000 items, 1,000 at a time: bounded, complete, in order.
#[tokio::test(start_paused = true)]
async fn a_hundred_thousand_items_with_n_1000() {
    let probe = Probe::default();
    let v = acomp![probe.run(1, i).await for i in 0..100_000u64; concurrency = 1_000];
    assert_eq!(v.len(), 100_000);
    assert!(v.iter().copied().eq(0..100_000));
    assert_eq!(probe.peak(), 1_000);
    assert_eq!(probe.finished(), 100_000);
    assert_eq!(probe.now(), 0);
}
