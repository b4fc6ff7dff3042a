//! Fail-fast on the first error in time, and cancellation on drop.

use super::*;
use comprehensions::acomp;
use futures::StreamExt;
use tokio::time::{timeout, Instant};

/// With N = 3: item 0 ends Ok at 10 ms, freeing a slot for item 3, which
/// fails at 15 ms; item 1 (earlier in the source) would fail at 1 s, item 2
/// would succeed at 20 ms. Items 4.. never get a slot before the failure.
async fn step(probe: &Probe, i: u64) -> Result<u64, String> {
    match i {
        0 => probe.run(10, Ok(i)).await,
        1 => probe.run(1_000, Err(String::from("slow, earlier"))).await,
        2 => probe.run(20, Ok(i)).await,
        3 => probe.run(5, Err(String::from("fast, later"))).await,
        _ => probe.run(10, Ok(i)).await,
    }
}

/// After the comprehension ended: nothing runs, nothing starts later.
async fn assert_all_cancelled(probe: &Probe, started: usize) {
    assert_eq!(probe.started(), started);
    assert_eq!(probe.dropped(), started);
    assert_eq!(probe.now(), 0);
    sleep(ms(5_000)).await;
    assert_eq!(probe.started(), started);
}

#[tokio::test(start_paused = true)]
async fn the_first_error_in_time_wins_and_cancels_the_rest() {
    let probe = Probe::default();
    let start = Instant::now();
    let r = acomp![step(&probe, i).await? for i in 0..20; concurrency = 3];
    assert_eq!(r, Err(String::from("fast, later")));
    assert_eq!(start.elapsed().as_millis(), 15);
    // 0 and 3 finished; 1 and 2 were dropped in flight.
    assert_eq!(probe.finished(), 2);
    assert_all_cancelled(&probe, 4).await;
}

#[tokio::test(start_paused = true)]
async fn the_first_error_in_time_wins_unordered() {
    let probe = Probe::default();
    let start = Instant::now();
    let r = acomp![await step(&probe, i)? for i in 0..20; concurrency = 3, unordered];
    assert_eq!(r, Err(String::from("fast, later")));
    assert_eq!(start.elapsed().as_millis(), 15);
    assert_all_cancelled(&probe, 4).await;
}

#[tokio::test(start_paused = true)]
async fn the_first_error_in_time_wins_in_dict_and_set_forms() {
    let probe = Probe::default();
    let d = acomp!({i: step(&probe, i).await? for i in 0..20}; concurrency = 3);
    assert_eq!(d, Err(String::from("fast, later")));
    assert_all_cancelled(&probe, 4).await;
    let probe = Probe::default();
    let s = acomp!({step(&probe, i).await? for i in 0..20; concurrency = 3});
    assert_eq!(s, Err(String::from("fast, later")));
    assert_all_cancelled(&probe, 4).await;
}

#[tokio::test(start_paused = true)]
async fn a_lazy_form_yields_the_first_error_in_time_then_ends() {
    let probe = Probe::default();
    let s = acomp!((step(&probe, i).await? for i in 0..20); concurrency = 3);
    let mut s = std::pin::pin!(s);
    assert_eq!(s.next().await, Some(Ok(0)));
    assert_eq!(s.next().await, Some(Err(String::from("fast, later"))));
    assert_eq!(s.next().await, None);
    assert_all_cancelled(&probe, 4).await;
}

/// A failure in an outer iterable ends it too, cancelling the items in flight.
#[tokio::test(start_paused = true)]
// BUG (reported): the expansion warns that `list`, used only by the inner
// iterable, is unused.
#[allow(unused_variables)]
async fn an_error_in_an_outer_iterable_cancels_the_items() {
    let probe = Probe::default();
    let lists = [Ok(vec![1, 2]), Ok(vec![3]), Err("no list"), Ok(vec![4])];
    let start = Instant::now();
    let r = acomp![
        probe.run(1_000, b).await
        for list in &lists
        for b in list.clone()?;
        concurrency = 10
    ];
    assert_eq!(r, Err("no list"));
    assert!(start.elapsed() < ms(1_000), "{:?}", start.elapsed());
    assert_eq!(probe.finished(), 0);
    assert_eq!(probe.dropped(), probe.started());
    assert!(probe.started() <= 3);
}

#[tokio::test(start_paused = true)]
async fn dropping_the_future_cancels_what_is_in_flight() {
    let probe = Probe::default();
    let all = async { acomp![probe.run(1_000, i).await for i in 0..20; concurrency = 4] };
    assert!(timeout(ms(150), all).await.is_err());
    assert_eq!(probe.finished(), 0);
    assert_all_cancelled(&probe, 4).await;
}

#[tokio::test(start_paused = true)]
async fn dropping_a_lazy_form_cancels_what_is_in_flight() {
    let probe = Probe::default();
    let s = acomp!((probe.run(if i == 0 { 100 } else { 200 }, i).await for i in 0..100); concurrency = 4);
    let mut s = Box::pin(s);
    assert_eq!(s.next().await, Some(0));
    // Item 0 is done; 1, 2, 3 (and maybe 4, in 0's slot) are in flight.
    let started = probe.started();
    assert!((4..=5).contains(&started), "{started}");
    assert_eq!(probe.now(), started - 1);
    drop(s);
    assert_eq!(probe.finished(), 1);
    assert_all_cancelled(&probe, started).await;
}
