//! Bounded concurrency (`; concurrency = N`, `unordered`) translated from
//! asyncio.gather + Semaphore patterns, asyncio.as_completed, aiohttp/httpx
//! crawlers and a port scanner, eager and lazy, over owned `Vec<String>`,
//! borrowed slices and streams, on tokio's paused clock. 33 comprehensions
//! here; 10 more that fail today are in failing/concurrency.rs.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

use comprehensions::acomp;
use futures::stream::{self, Stream, StreamExt};
use tokio::time::{sleep, Instant};

const OPEN: [(&str, u16); 3] = [("a.local", 80), ("b.local", 443), ("c.local", 80)];

async fn probe(host: &str, port: u16) -> bool {
    sleep(Duration::from_millis(10)).await;
    OPEN.contains(&(host, port))
}

#[derive(Debug, Clone, PartialEq)]
struct Missing(String);

fn delay_of(u: &str) -> Option<u64> {
    match u {
        "https://a.example/" => Some(30),
        "https://b.example/" => Some(10),
        "https://c.example/" => Some(20),
        _ => None,
    }
}

/// async def fetch(u): await asyncio.sleep(DELAY[u] / 1000); return DELAY[u]
async fn fetch(u: &str) -> Result<u64, Missing> {
    match delay_of(u) {
        Some(ms) => {
            sleep(Duration::from_millis(ms)).await;
            Ok(ms)
        }
        None => {
            sleep(Duration::from_millis(5)).await;
            Err(Missing(u.to_string()))
        }
    }
}

async fn fetch_ms(u: &str) -> u64 {
    fetch(u).await.unwrap()
}

fn urls() -> Vec<String> {
    [
        "https://a.example/",
        "https://b.example/",
        "https://c.example/",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn hosts() -> Vec<String> {
    vec![
        "a.local".to_string(),
        "b.local".to_string(),
        "c.local".to_string(),
    ]
}

// [(host, port) for host in hosts for port in ports if await probe(host, port)]
#[tokio::test(start_paused = true)]
async fn port_scanner_open_only() {
    let hosts = hosts();
    let found = acomp![(host.clone(), port) for host in &hosts for port in [80u16, 443] if probe(host, port).await; concurrency = 6];
    assert_eq!(
        found,
        vec![
            ("a.local".to_string(), 80),
            ("b.local".to_string(), 443),
            ("c.local".to_string(), 80)
        ]
    );
}

// the same over borrowed hosts, with the host borrowed by several items
#[tokio::test(start_paused = true)]
async fn port_scanner_borrowed_hosts() {
    let hosts = hosts();
    let open =
        acomp![probe(host, port).await for host in &hosts for port in [80, 443]; concurrency = 3];
    assert_eq!(open, vec![true, false, false, true, true, false]);
}

// asyncio.as_completed: [await c for c in as_completed([fetch(u) for u in urls])]
#[tokio::test(start_paused = true)]
async fn as_completed_unordered() {
    let urls = urls();
    let done = acomp![fetch_ms(u).await for u in &urls; concurrency = 3, unordered];
    assert_eq!(done, vec![10, 20, 30]);
    let mut done2 = acomp![fetch_ms(u).await for u in &urls; concurrency = 2, unordered];
    done2.sort();
    assert_eq!(done2, vec![10, 20, 30]);
}

// {u: await fetch(u) for u in urls}, gathered
#[tokio::test(start_paused = true)]
async fn dict_gather() {
    let urls = urls();
    let start = Instant::now();
    let d = acomp!({u.as_str(): fetch_ms(u).await for u in &urls}; concurrency = 3);
    let expected: HashMap<&str, u64> = [
        ("https://a.example/", 30),
        ("https://b.example/", 10),
        ("https://c.example/", 20),
    ]
    .into_iter()
    .collect();
    assert_eq!(d, expected);
    assert_eq!(start.elapsed(), Duration::from_millis(30));
}

// dict over owned urls moved in: {u: await fetch(u) for u in urls}
#[tokio::test(start_paused = true)]
async fn dict_gather_owned_keys() {
    let d = acomp!({u.clone(): fetch_ms(&u).await for u in urls()}; concurrency = 2);
    assert_eq!(d.len(), 3);
    assert_eq!(d["https://b.example/"], 10);
}

// {await square(x % 3) for x in range(5)}, gathered
#[tokio::test(start_paused = true)]
async fn set_gather() {
    async fn square(x: u64) -> u64 {
        sleep(Duration::from_millis(5 - x)).await;
        x * x
    }
    let s = acomp!({square(x % 3).await for x in 0..5}; concurrency = 3);
    assert_eq!(s, HashSet::from([0, 1, 4]));
    let v = acomp![square(x).await for x in 0..5; concurrency = 3];
    assert_eq!(v, vec![0, 1, 4, 9, 16]);
}

// try: await gather(*[fetch(u) for u in urls + [missing]]) except KeyError
#[tokio::test(start_paused = true)]
async fn gather_fail_fast() {
    let mut urls = urls();
    urls.push("https://missing/".to_string());
    let start = Instant::now();
    let r = acomp![fetch(u).await? for u in &urls; concurrency = 4];
    assert_eq!(r, Err(Missing("https://missing/".to_string())));
    // the missing one fails at 5 ms and cancels the others
    assert_eq!(start.elapsed(), Duration::from_millis(5));
    let ok = acomp![fetch(u).await? for u in &urls[..3]; concurrency = 4];
    assert_eq!(ok, Ok(vec![30, 10, 20]));
}

// prefix await with ?: [await fetch(u)? ...] across a dict
#[tokio::test(start_paused = true)]
async fn dict_gather_try_prefix_await() {
    let urls = urls();
    let d = acomp!({u.as_str(): await fetch(u)? for u in &urls}; concurrency = 2);
    assert_eq!(d.map(|d| d.len()), Ok(3));
}

// lazy bounded stream: async for r in (await fetch(u) for u in urls, N in flight)
#[tokio::test(start_paused = true)]
async fn lazy_bounded_stream() {
    let urls = urls();
    let s = acomp!((fetch_ms(u).await for u in &urls); concurrency = 2);
    let got: Vec<u64> = s.collect().await;
    assert_eq!(got, vec![30, 10, 20]);
}

// lazy unordered stream: as_completed as an async iterator
#[tokio::test(start_paused = true)]
async fn lazy_unordered_stream() {
    let urls = urls();
    let s = acomp!((fetch_ms(u).await for u in &urls); concurrency = 3, unordered);
    let got: Vec<u64> = s.collect().await;
    assert_eq!(got, vec![10, 20, 30]);
}

// options inside the display and a trailing comma
#[tokio::test(start_paused = true)]
async fn options_inside_display() {
    let urls = urls();
    let s = acomp!((fetch_ms(u).await for u in &urls; concurrency = 2,));
    let got: Vec<u64> = s.collect().await;
    assert_eq!(got, vec![30, 10, 20]);
    let v = acomp!([fetch_ms(u).await for u in &urls; concurrency = 2, unordered]);
    assert_eq!(v.len(), 3);
}

// ["slow" if await fetch(u) > 15 else "fast" for u in urls], gathered
#[tokio::test(start_paused = true)]
async fn conditional_element_gathered() {
    let urls = urls();
    let labels =
        acomp!["slow" if fetch_ms(u).await > 15 else "fast" for u in &urls; concurrency = 3];
    assert_eq!(labels, vec!["slow", "fast", "slow"]);
}

// [(u[8], await fetch(u)) for u in urls], gathered
#[tokio::test(start_paused = true)]
async fn tuple_element_gathered() {
    let urls = urls();
    let pairs =
        acomp![(u.chars().nth(8).unwrap(), fetch_ms(u).await) for u in &urls; concurrency = 3];
    assert_eq!(pairs, vec![('a', 30), ('b', 10), ('c', 20)]);
}

// [v for u in urls if (v := await fetch(u)) >= 20], gathered
#[tokio::test(start_paused = true)]
async fn walrus_filter_gathered() {
    let urls = urls();
    let big = acomp![v for u in &urls if (v := fetch_ms(u).await) >= 20; concurrency = 3];
    assert_eq!(big, vec![30, 20]);
}

// if let in the per-item work: [v for u in urls if (v := await fetch(u)) is not None] (fault tolerant)
#[tokio::test(start_paused = true)]
async fn if_let_fault_tolerant_gathered() {
    let mut urls = urls();
    urls.insert(1, "https://missing/".to_string());
    let ok = acomp![v for u in &urls if let Ok(v) = fetch(u).await; concurrency = 4];
    assert_eq!(ok, vec![30, 10, 20]);
    let bad = acomp![e.0 for u in &urls if let Err(e) = fetch(u).await; concurrency = 4];
    assert_eq!(bad, vec!["https://missing/"]);
}

// let clauses in the per-item work
#[tokio::test(start_paused = true)]
async fn let_clause_gathered() {
    let urls = urls();
    let secs =
        acomp![ms as f64 / 1000.0 for u in &urls let ms = fetch_ms(u).await; concurrency = 3];
    assert_eq!(secs, vec![0.03, 0.01, 0.02]);
}

// gather over an async source: [await f(x) async for x in aiter], N at a time
#[tokio::test(start_paused = true)]
async fn async_for_source_gathered() {
    let source = stream::iter(urls());
    let start = Instant::now();
    let got = acomp![fetch_ms(&u).await async for u in source; concurrency = 3];
    assert_eq!(got, vec![30, 10, 20]);
    assert_eq!(start.elapsed(), Duration::from_millis(30));
}

// a concurrency limit computed at run time: min(len(urls), MAX)
#[tokio::test(start_paused = true)]
async fn runtime_limit() {
    let urls = urls();
    const MAX: usize = 16;
    let got = acomp![fetch_ms(u).await for u in &urls; concurrency = urls.len().min(MAX)];
    assert_eq!(got, vec![30, 10, 20]);
}

// the number in flight never exceeds N (asyncio.Semaphore invariant)
#[tokio::test(start_paused = true)]
async fn max_in_flight() {
    let in_flight = Cell::new(0);
    let peak = Cell::new(0);
    let work = |i: u64| {
        let (in_flight, peak) = (&in_flight, &peak);
        async move {
            in_flight.set(in_flight.get() + 1);
            peak.set(peak.get().max(in_flight.get()));
            sleep(Duration::from_millis(1 + i % 3)).await;
            in_flight.set(in_flight.get() - 1);
            i
        }
    };
    let got = acomp![work(i).await for i in 0..20; concurrency = 4];
    assert_eq!(got, (0..20).collect::<Vec<_>>());
    assert_eq!(peak.get(), 4);
}

// item futures borrow the caller's variables (no 'static): a shared client
#[tokio::test(start_paused = true)]
async fn borrowed_client() {
    struct Client {
        base: String,
    }
    impl Client {
        async fn get(&self, path: &str) -> String {
            sleep(Duration::from_millis(5)).await;
            format!("{}{}", self.base, path)
        }
    }
    let client = Client {
        base: "https://api".into(),
    };
    let paths = vec!["/a".to_string(), "/b".to_string()];
    let got = acomp![client.get(p).await for p in &paths; concurrency = 2];
    assert_eq!(got, vec!["https://api/a", "https://api/b"]);
}

// a generic helper: async def gather_map(f, xs, n)
async fn gather_lengths<S: AsRef<str>>(xs: &[S], n: usize) -> Vec<usize> {
    acomp![{
        sleep(Duration::from_millis(1)).await;
        x.as_ref().len()
    } for x in xs; concurrency = n]
}

#[tokio::test(start_paused = true)]
async fn generic_gather_helper() {
    assert_eq!(gather_lengths(&["a", "bb"], 2).await, vec![1, 2]);
    assert_eq!(gather_lengths(&urls(), 3).await, vec![18, 18, 18]);
}

// lazy bounded with ?: (await fetch(u) for u in urls) ending at the first error
#[tokio::test(start_paused = true)]
async fn lazy_bounded_try() {
    let urls = vec![
        "https://b.example/".to_string(),
        "https://missing/".to_string(),
        "https://a.example/".to_string(),
    ];
    let got: Vec<Result<u64, Missing>> = acomp!((fetch(u).await? for u in &urls); concurrency = 3)
        .collect()
        .await;
    // asyncio.gather raises the first exception to occur: the missing url fails at
    // 5 ms, before b.example's 10 ms answer, so the stream yields only the error.
    assert_eq!(got, vec![Err(Missing("https://missing/".to_string()))]);
    // one at a time, the generator (await fetch(u) for u in urls) yields b's answer first
    let seq: Vec<Result<u64, Missing>> = acomp!((fetch(u).await? for u in &urls); concurrency = 1)
        .collect()
        .await;
    assert_eq!(
        seq,
        vec![Ok(10), Err(Missing("https://missing/".to_string()))]
    );
}

// dropping the lazy bounded stream early cancels the rest (take(1))
#[tokio::test(start_paused = true)]
async fn lazy_bounded_take_cancels() {
    let urls = urls();
    let start = Instant::now();
    let first: Vec<u64> = acomp!((fetch_ms(u).await for u in &urls); concurrency = 3, unordered)
        .take(1)
        .collect()
        .await;
    assert_eq!(first, vec![10]);
    assert_eq!(start.elapsed(), Duration::from_millis(10));
}

// set of open ports per host, gathered: {port for port in ports if await probe(host, port)}
#[tokio::test(start_paused = true)]
async fn set_of_open_ports() {
    let host = "a.local".to_string();
    let open =
        acomp!({port for port in [22u16, 80, 443] if probe(&host, port).await}; concurrency = 3);
    assert_eq!(open, HashSet::from([80]));
}

// dict of host -> list of open ports: {h: [p for p in ports if await probe(h, p)] for h in hosts}
#[tokio::test(start_paused = true)]
async fn dict_of_lists_gathered() {
    let hosts = hosts();
    let d = acomp!({h.clone(): acomp![p for p in [80u16, 443] if probe(&h, p).await] for h in hosts}; concurrency = 3);
    assert_eq!(d["b.local"], vec![443]);
    assert_eq!(d["c.local"], vec![80]);
}

// returned bounded stream over owned urls: def crawl(urls): return (await fetch(u) for u in urls)
fn crawl_sizes(urls: Vec<String>) -> impl Stream<Item = u64> {
    acomp!(move (fetch_ms(&u).await for u in urls); concurrency = 2)
}

#[tokio::test(start_paused = true)]
async fn returned_bounded_stream_values() {
    assert_eq!(
        crawl_sizes(urls()).collect::<Vec<_>>().await,
        vec![30, 10, 20]
    );
}

/// The comprehensions of this theme that failed before the fixes of issue 9.
#[path = "found/concurrency.rs"]
mod found;
