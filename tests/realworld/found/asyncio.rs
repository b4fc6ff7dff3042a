//! Comprehensions of the asyncio theme (7) that did not compile, or gave
//! a wrong value, at 1fde7dc (before issue 9): the regression tests of the
//! classes the corpus found. Each test notes, as `FOUND:`, what it met then.

use super::*;

// FOUND: error: expected `,` -- conditional expression inside a tuple element
// [(u, "big" if await fetch_len(u) > 10 else "small") for u in urls]
#[tokio::test(start_paused = true)]
async fn conditional_in_tuple_with_await() {
    let urls = urls();
    let out = acomp![(u.as_str(), "big" if fetch_len(u).await > 10 else "small") for u in &urls];
    assert_eq!(
        out,
        vec![
            ("https://a.example/", "big"),
            ("https://b.example/", "small"),
            ("https://c.example/", "big")
        ]
    );
}

// FOUND: error: expected `=` after the pattern -- `let n: f64 = ..` clause
// aiohttp: [await resp.text() for resp in responses if resp.status == 200] with a typed let clause
#[tokio::test(start_paused = true)]
async fn typed_let_in_async() {
    let urls = urls();
    let ratios = acomp![n / 36.0 for u in &urls let n: f64 = fetch_len(u).await as f64];
    assert_eq!(ratios, vec![1.0, 8.0 / 36.0, 0.5]);
}

// FOUND: error: comparison operators cannot be chained -- `if 3 <= x < 6`
// chained comparison in an async filter: [x async for x in ticker(10) if 3 <= x < 6]
#[tokio::test(start_paused = true)]
async fn async_chained_comparison() {
    assert_eq!(
        acomp![x async for x in ticker(10) if 3 <= x < 6],
        vec![3, 4, 5]
    );
}

// FOUND: error[E0728]: `await` is only allowed inside `async` functions and blocks -- lazy acomp whose element is a nested display that awaits
// a generator of lists: ([await score(p) for p in team] for team in teams)
#[tokio::test(start_paused = true)]
async fn nested_display_lazy_awaits() {
    let urls = urls();
    let teams = vec![urls[..2].to_vec(), urls[2..].to_vec()];
    let mut s = acomp!(([fetch_len(u).await for u in team] for team in &teams));
    assert_eq!(s.next().await, Some(vec![36, 8]));
    assert_eq!(s.next().await, Some(vec![18]));
    assert_eq!(s.next().await, None);
}

// FOUND: error[E0277]: `{async block@src/lib.rs:261:9: 261:59}` cannot be unpinned -- `s.next().await` on a lazy acomp (SPEC promises `impl Stream + Unpin`)
// (await fetch_len(u) for u in urls) consumed with `async for` / anext()
#[tokio::test(start_paused = true)]
async fn async_generator_anext() {
    let urls = urls();
    let mut s = acomp!((fetch_len(u).await for u in &urls));
    assert_eq!(s.next().await, Some(36));
    assert_eq!(s.next().await, Some(8));
    let rest: Vec<usize> = s.collect().await;
    assert_eq!(rest, vec![18]);
}

// FOUND: error[E0716]: temporary value dropped while borrowed -- `for w in fetch(u).await?.split(
// aiohttp: [line async for line in (await fetch(u)).splitlines()] -- await and ? in the iterable
#[tokio::test(start_paused = true)]
async fn await_try_in_iterable() {
    let words = acomp![w.to_string() for w in fetch("https://b.example/").await?.split(' ')];
    assert_eq!(words, Ok(vec!["no".to_string(), "links".to_string()]));
    let missing = acomp![w.to_string() for w in fetch("https://nope/").await?.split(' ')];
    assert_eq!(missing, Err(FetchError("https://nope/".to_string())));
}
