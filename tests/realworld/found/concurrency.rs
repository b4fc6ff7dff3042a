//! Comprehensions of the concurrency theme (10) that did not compile, or gave
//! a wrong value, at 1fde7dc (before issue 9): the regression tests of the
//! classes the corpus found. Each test notes, as `FOUND:`, what it met then.

use super::*;

// FOUND: error: expected `,` -- conditional expression inside a tuple element
// [(u, "slow" if await fetch(u) > 15 else "fast") for u in urls]: conditional inside a tuple
#[tokio::test(start_paused = true)]
async fn conditional_in_tuple_gathered() {
    let urls = urls();
    let pairs = acomp![(u.as_str(), "slow" if fetch_ms(u).await > 15 else "fast") for u in &urls; concurrency = 3];
    assert_eq!(
        pairs,
        vec![
            ("https://a.example/", "slow"),
            ("https://b.example/", "fast"),
            ("https://c.example/", "slow")
        ]
    );
}

// FOUND: error: expected `=` after the pattern -- `let ms: f64 = ..` clause
// typed let clause in the per-item work
#[tokio::test(start_paused = true)]
async fn typed_let_clause_gathered() {
    let urls = urls();
    let secs =
        acomp![ms / 1000.0 for u in &urls let ms: f64 = fetch_ms(u).await as f64; concurrency = 3];
    assert_eq!(secs, vec![0.03, 0.01, 0.02]);
}

// FOUND: error: comparison operators cannot be chained -- `if 10 < fetch_ms(u).await <= 20`
// chained comparison in the per-item filter
#[tokio::test(start_paused = true)]
async fn chained_comparison_gathered() {
    let urls = urls();
    let mid = acomp![u.as_str() for u in &urls if 10 < fetch_ms(u).await <= 20; concurrency = 3];
    assert_eq!(mid, vec!["https://c.example/"]);
}

// FOUND: error[E0277]: `{async block@src/lib.rs:261:9: 261:59}` cannot be unpinned -- `.next().await` on a lazy acomp with concurrency
// lazy bounded stream with .next().await directly
#[tokio::test(start_paused = true)]
async fn lazy_bounded_stream_next() {
    let urls = urls();
    let mut s = acomp!((fetch_ms(u).await for u in &urls); concurrency = 2);
    assert_eq!(s.next().await, Some(30));
    assert_eq!(s.next().await, Some(10));
    assert_eq!(s.next().await, Some(20));
    assert_eq!(s.next().await, None);
}

// FOUND: error[E0382]: use of moved value: `host` -- owned outer String used by every item of an inner `for`, with concurrency ("value moved here, in previous iteration of loop")
// port scanner: await gather(*[probe(host, port) for host in hosts for port in (80, 443)])
#[tokio::test(start_paused = true)]
async fn port_scanner_gather() {
    let hosts = hosts();
    let start = Instant::now();
    let open =
        acomp![probe(&host, port).await for host in hosts for port in [80, 443]; concurrency = 8];
    assert_eq!(open, vec![true, false, false, true, true, false]);
    assert_eq!(start.elapsed(), Duration::from_millis(10));
}

// FOUND: error[E0382]: use of moved value: `site` -- owned outer String used by the items of an inner `for`, with concurrency
// nested: for each site, gather its pages: [await fetch(f"{site}{p}") for site in sites for p in pages]
#[tokio::test(start_paused = true)]
async fn nested_for_owned_strings_gathered() {
    let sites: Vec<String> = vec!["https://a.example".into(), "https://b.example".into()];
    let pages: Vec<String> = vec!["/".into()];
    let got = acomp![fetch_ms(&format!("{site}{page}")).await for site in sites for page in &pages; concurrency = 4];
    assert_eq!(got, vec![30, 10]);
}

// FOUND: error[E0382]: use of moved value: `host` -- owned outer String used by every item of an inner `for`, with concurrency ("value moved here, in previous iteration of loop")
// nested with the outer item used by several inner items (owned String, not Copy)
#[tokio::test(start_paused = true)]
async fn nested_outer_string_used_by_items() {
    let hosts = hosts();
    let tags = acomp![format!("{host}:{port}={}", probe(&host, port).await) for host in hosts for port in [80u16, 443]; concurrency = 8];
    assert_eq!(tags[0], "a.local:80=true");
    assert_eq!(tags[3], "b.local:443=true");
    assert_eq!(tags.len(), 6);
}

// FOUND: error[E0382]: use of moved value: `host` -- owned outer String used by every item of an inner `for`, with concurrency ("value moved here, in previous iteration of loop") (lazy form)
// lazy nested bounded: (await probe(h, p) for h in hosts for p in ports), 4 in flight
#[tokio::test(start_paused = true)]
async fn lazy_nested_bounded_owned() {
    let hosts = hosts();
    let s =
        acomp!((probe(&host, port).await for host in hosts for port in [80, 443]); concurrency = 4);
    let got: Vec<bool> = s.collect().await;
    assert_eq!(got, vec![true, false, false, true, true, false]);
}

// FOUND: WRONG VALUE (timing): concurrency = 2 over delays [30, 10, 20] ms takes 50ms, Python gather+Semaphore(2) takes 30ms:
// FOUND: a slot freed by a finished item is not refilled until the items before it in source order are done (head-of-line blocking)
// gather with asyncio.Semaphore(n): results in source order, time = schedule
#[tokio::test(start_paused = true)]
async fn gather_with_semaphore_timings() {
    let urls = urls();
    for (n, ms) in [(1usize, 60u64), (2, 30), (3, 30)] {
        let start = Instant::now();
        let got = acomp![fetch_ms(u).await for u in &urls; concurrency = n];
        assert_eq!(got, vec![30, 10, 20]);
        assert_eq!(start.elapsed(), Duration::from_millis(ms));
    }
}

// returned bounded stream: def crawl(urls): return (await fetch(u) for u in urls)  with 2 in flight
fn crawl(urls: Vec<String>) -> impl Stream<Item = u64> {
    acomp!(move (fetch_ms(&u).await for u in urls); concurrency = 2)
}

// FOUND: WRONG VALUE (timing): lazy `concurrency = 2` stream over delays [30, 10, 20] ms takes 50ms, not 30ms (head-of-line blocking)
#[tokio::test(start_paused = true)]
async fn returned_bounded_stream() {
    let start = Instant::now();
    assert_eq!(crawl(urls()).collect::<Vec<_>>().await, vec![30, 10, 20]);
    assert_eq!(start.elapsed(), Duration::from_millis(30));
}
