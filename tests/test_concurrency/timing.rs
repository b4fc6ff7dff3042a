//! The sequential-versus-`gather` comparison of Python's asyncio docs, in virtual time, and the
//! order of results.

use super::*;
use comprehensions::acomp;
use futures::StreamExt;
use tokio::time::Instant;

/// Python: `[await fetch(i) for i in range(100)]`, about 10 s.
#[tokio::test(start_paused = true)]
async fn sequential_takes_ten_seconds() {
    let start = Instant::now();
    let v = acomp![await fetch(i) for i in 0..100];
    let elapsed = start.elapsed();
    assert_eq!(v, doubled(100));
    assert!((ms(10_000)..ms(10_200)).contains(&elapsed), "{elapsed:?}");
}

/// Python: `await asyncio.gather(*[fetch(i) for i in range(100)])`, about 0.1 s.
#[tokio::test(start_paused = true)]
async fn concurrency_100_takes_one_fetch() {
    let start = Instant::now();
    let v = acomp![await fetch(i) for i in 0..100; concurrency = 100];
    let elapsed = start.elapsed();
    assert_eq!(v, doubled(100));
    assert!((ms(100)..ms(110)).contains(&elapsed), "{elapsed:?}");
}

/// Python: gather behind `asyncio.Semaphore(10)`, about 1 s.
#[tokio::test(start_paused = true)]
async fn concurrency_10_takes_ten_fetches() {
    let start = Instant::now();
    let v = acomp![fetch(i).await for i in 0..100; concurrency = 10];
    let elapsed = start.elapsed();
    assert_eq!(v, doubled(100));
    assert!((ms(1_000)..ms(1_050)).contains(&elapsed), "{elapsed:?}");
}

#[tokio::test(start_paused = true)]
async fn concurrency_1_is_sequential() {
    let start = Instant::now();
    let v = acomp![fetch(i).await for i in 0..5; concurrency = 1];
    assert_eq!(v, doubled(5));
    assert!((ms(500)..ms(510)).contains(&start.elapsed()));
}

/// Later items finish first; the result is still in source order.
#[tokio::test(start_paused = true)]
async fn results_keep_source_order() {
    let probe = Probe::default();
    let start = Instant::now();
    let v = acomp![probe.run(10 * (20 - i), i).await for i in 0..20; concurrency = 20];
    assert_eq!(v, (0..20).collect::<Vec<_>>());
    assert_eq!(start.elapsed(), ms(200));
}

#[tokio::test(start_paused = true)]
async fn unordered_gives_completion_order() {
    let probe = Probe::default();
    let v = acomp![probe.run(10 * (20 - i), i).await for i in 0..20; concurrency = 20, unordered];
    assert_eq!(v, (0..20).rev().collect::<Vec<_>>());
    let lazy = acomp!((probe.run(10 * (5 - i), i).await for i in 0..5); concurrency = 5, unordered);
    assert_eq!(lazy.collect::<Vec<_>>().await, [4, 3, 2, 1, 0]);
}

/// With N < the number of items, completion order follows when each one
/// could start: the short sleeps of the second half overtake.
#[tokio::test(start_paused = true)]
async fn unordered_with_a_small_limit() {
    let probe = Probe::default();
    let waits = [50, 10, 40, 10, 10, 5];
    // t=10: 1 done, 3 starts; t=20: 3 done, 4 starts; t=30: 4 done, 5 starts;
    // t=35: 5 done; t=40: 2 done; t=50: 0 done.
    let v = acomp![probe.run(waits[i], i).await for i in 0..6; concurrency = 3, unordered];
    assert_eq!(v, [1, 3, 4, 5, 2, 0]);
}
