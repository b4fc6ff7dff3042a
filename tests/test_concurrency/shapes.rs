//! Concurrency with every display, filters after the last `for`, nested
//! `for`s, `async for` sources and a borrowed environment.

use super::*;
use comprehensions::acomp;
use futures::stream::{self, StreamExt};
use std::collections::{HashMap, HashSet};
use tokio::time::Instant;

/// `Some(i / 2)` for even `i`, after `wait` ms.
async fn half_later(probe: &Probe, wait: u64, i: u64) -> Option<u64> {
    probe.run(wait, (i % 2 == 0).then_some(i / 2)).await
}

#[tokio::test(start_paused = true)]
async fn dict_keeps_source_order_so_the_last_duplicate_wins() {
    let probe = Probe::default();
    let start = Instant::now();
    // Later items finish first; in source order the last value per key wins.
    let d: HashMap<u64, u64> =
        acomp!({i % 3: probe.run(100 - 10 * i, i).await for i in 0..9}; concurrency = 9);
    assert_eq!(d, HashMap::from([(0, 6), (1, 7), (2, 8)]));
    assert_eq!(start.elapsed().as_millis(), 100);
    let inside: HashMap<u64, u64> = acomp!({i: fetch(i).await for i in 0..4; concurrency = 4});
    assert_eq!(inside, HashMap::from([(0, 0), (1, 2), (2, 4), (3, 6)]));
}

#[tokio::test(start_paused = true)]
async fn set_with_concurrency() {
    let start = Instant::now();
    let s: HashSet<u64> = acomp!({fetch(i % 5).await for i in 0..20}; concurrency = 20);
    assert_eq!(s, HashSet::from([0, 2, 4, 6, 8]));
    assert_eq!(start.elapsed().as_millis(), 100);
    let inside: HashSet<u64> = acomp!({fetch(i).await for i in 0..3; concurrency = 2});
    assert_eq!(inside, HashSet::from([0, 2, 4]));
}

#[tokio::test(start_paused = true)]
async fn list_and_bare_forms_with_options_inside_or_after() {
    let after = acomp!([fetch(i).await for i in 0..10]; concurrency = 5);
    let inside = acomp!([fetch(i).await for i in 0..10; concurrency = 5]);
    let bare = acomp!(fetch(i).await for i in 0..10; concurrency = 5);
    assert_eq!((&after, &inside), (&bare, &bare));
    assert_eq!(bare, doubled(10));
}

#[tokio::test(start_paused = true)]
async fn lazy_form_is_a_stream_that_starts_nothing_until_polled() {
    let probe = Probe::default();
    let start = Instant::now();
    let s = acomp!((probe.run(100, i).await for i in 0..10); concurrency = 5);
    sleep(ms(1_000)).await;
    assert_eq!(probe.started(), 0);
    let restart = Instant::now();
    assert_eq!(s.collect::<Vec<_>>().await, (0..10).collect::<Vec<_>>());
    assert_eq!(restart.elapsed().as_millis(), 200);
    assert_eq!(start.elapsed().as_millis(), 1_200);
    let inside = acomp!((fetch(i).await for i in 0..4; concurrency = 2, unordered));
    let mut inside = inside.collect::<Vec<_>>().await;
    inside.sort_unstable();
    assert_eq!(inside, doubled(4));
}

#[tokio::test(start_paused = true)]
async fn filters_after_the_last_for_run_concurrently_and_keep_order() {
    let probe = Probe::default();
    let start = Instant::now();
    let walrus = acomp![
        y for i in 0..20 if (y := probe.run(200 - 10 * i, i).await) % 3 == 0;
        concurrency = 20
    ];
    assert_eq!(walrus, [0, 3, 6, 9, 12, 15, 18]);
    assert_eq!(start.elapsed().as_millis(), 200);
    assert_eq!(probe.peak(), 20);
    let start = Instant::now();
    let if_let = acomp![h for i in 0..10 if let Some(h) = half_later(&probe, 100 - 10 * i, i).await; concurrency = 10];
    assert_eq!(if_let, [0, 1, 2, 3, 4]);
    assert_eq!(start.elapsed().as_millis(), 100);
    let start = Instant::now();
    let lets = acomp![
        (i, h) for i in 0..10 let h = half_later(&probe, 100 - 10 * i, i).await if h.is_some() && i > 2;
        concurrency = 10, unordered
    ];
    assert_eq!(lets, [(8, Some(4)), (6, Some(3)), (4, Some(2))]);
    assert_eq!(start.elapsed().as_millis(), 100);
}

#[tokio::test(start_paused = true)]
async fn nested_fors_run_all_combinations_concurrently() {
    let probe = Probe::default();
    let start = Instant::now();
    let v = acomp![probe.run(100, (a, b)).await for a in 0..3 if a != 1 for b in 0..4; concurrency = 12];
    let expected: Vec<(i32, i32)> = [0, 2]
        .into_iter()
        .flat_map(|a| (0..4).map(move |b| (a, b)))
        .collect();
    assert_eq!(v, expected);
    assert_eq!(start.elapsed().as_millis(), 100);
    assert_eq!(probe.peak(), 8);
}

/// The outer loops run in order, one at a time, while the items they
/// produced are already running: the inner lists are ready at 60, 120 and
/// 180 ms, the items take 100 ms each, so everything ends at 280 ms.
#[tokio::test(start_paused = true)]
async fn outer_loops_are_sequential_while_items_run() {
    let (items, lists) = (Probe::default(), Probe::default());
    let start = Instant::now();
    let v = acomp![
        items.run(100, (a, b, start.elapsed().as_millis())).await
        for a in 0..3
        for b in lists.run(60, vec![10, 20, 30, 40]).await;
        concurrency = 12
    ];
    assert_eq!(start.elapsed().as_millis(), 280);
    assert_eq!(lists.peak(), 1);
    assert_eq!(items.peak(), 8);
    let expected: Vec<(i32, i32, u128)> = (0..3)
        .flat_map(|a| [10, 20, 30, 40].map(|b| (a, b, 60 * (a as u128 + 1))))
        .collect();
    assert_eq!(v, expected);
}

#[tokio::test(start_paused = true)]
async fn an_async_for_source_with_concurrency() {
    let start = Instant::now();
    let v = acomp![fetch(i).await async for i in stream::iter(0..50); concurrency = 25];
    assert_eq!(v, doubled(50));
    assert_eq!(start.elapsed().as_millis(), 200);
    let mut source = stream::iter(0..10);
    let firsts = acomp!((fetch(i).await async for i in &mut source); concurrency = 3);
    assert_eq!(firsts.take(2).collect::<Vec<_>>().await, [0, 2]);
}

/// Every item future borrows the same non-`Copy` locals; no `'static` needed.
#[tokio::test(start_paused = true)]
async fn item_futures_borrow_the_environment() {
    let prefix = String::from("item-");
    let table: Vec<String> = (0..50).map(|i| format!("row{i}")).collect();
    let start = Instant::now();
    let v = acomp![
        format!("{prefix}{}:{}", table[i], lookup(&table, i).await)
        for i in 0..50;
        concurrency = 50
    ];
    assert_eq!(start.elapsed().as_millis(), 10);
    assert_eq!(v[0], "item-row0:4");
    assert_eq!(v[49], "item-row49:5");
    assert_eq!((prefix.len(), table.len()), (5, 50));
}

async fn lookup(table: &[String], i: usize) -> usize {
    sleep(ms(10)).await;
    table[i].len()
}
