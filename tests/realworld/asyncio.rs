//! Async comprehensions (PEP 530) translated from asyncio docs, aiohttp and
//! httpx crawlers, async log tailing and async generators, over
//! `futures::stream`, tokio channels and timers, with simulated fetches on
//! tokio's paused clock. 48 comprehensions here; 7 more that fail today are in
//! failing/asyncio.rs.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

use comprehensions::{acomp, comp};
use futures::stream::{self, Stream, StreamExt};
use tokio::time::{sleep, Instant};

#[derive(Debug, Clone, PartialEq)]
struct FetchError(String);

const PAGES: [(&str, &str); 3] = [
    ("https://a.example/", "<a href='/x'>x</a><a href='/y'>y</a>"),
    ("https://b.example/", "no links"),
    ("https://c.example/", "<a href='/z'>z</a>"),
];

fn urls() -> Vec<String> {
    PAGES.iter().map(|(u, _)| u.to_string()).collect()
}

async fn fetch(u: &str) -> Result<String, FetchError> {
    sleep(Duration::from_millis(10)).await;
    PAGES
        .iter()
        .find(|(k, _)| *k == u)
        .map(|(_, body)| body.to_string())
        .ok_or_else(|| FetchError(u.to_string()))
}

async fn fetch_len(u: &str) -> usize {
    fetch(u).await.map(|b| b.len()).unwrap_or(0)
}

/// async def ticker(n): for i in range(n): await asyncio.sleep(0.001); yield i
fn ticker(n: u64) -> impl Stream<Item = u64> {
    stream::iter(0..n).then(|i| async move {
        sleep(Duration::from_millis(1)).await;
        i
    })
}

/// async def lines(): ... yield l   (an access log being tailed)
fn log_lines() -> impl Stream<Item = String> {
    stream::iter(["GET /a 200", "POST /b 500", "", "GET /c 404", "GET /d 200"]).then(
        |l| async move {
            tokio::task::yield_now().await;
            l.to_string()
        },
    )
}

/// a tokio mpsc receiver as a Stream (what tokio_stream::wrappers::ReceiverStream does)
fn channel_stream(items: Vec<i64>) -> impl Stream<Item = i64> {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    tokio::spawn(async move {
        for x in items {
            sleep(Duration::from_millis(2)).await;
            tx.send(x).await.unwrap();
        }
    });
    stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|x| (x, rx)) })
}

// PEP 530: result = [i async for i in aiter() if i % 2]
#[tokio::test(start_paused = true)]
async fn pep530_async_for_filter() {
    assert_eq!(acomp![i async for i in ticker(5) if i % 2 == 1], vec![1, 3]);
    assert_eq!(
        acomp!([i async for i in ticker(5) if i % 2 == 1]),
        vec![1, 3]
    );
}

// PEP 530: result = [await fun() for fun in funcs]
#[tokio::test(start_paused = true)]
async fn pep530_await_in_element() {
    let urls = urls();
    assert_eq!(acomp![fetch_len(u).await for u in &urls], vec![36, 8, 18]);
    assert_eq!(acomp![await fetch_len(u) for u in &urls], vec![36, 8, 18]);
}

// aiohttp: {u: len(await fetch(session, u)) for u in urls}
#[tokio::test(start_paused = true)]
async fn aiohttp_body_lengths_dict() {
    let urls = urls();
    let sizes = acomp!({u.as_str(): fetch(u).await.unwrap().len() for u in &urls});
    let expected: HashMap<&str, usize> = [
        ("https://a.example/", 36),
        ("https://b.example/", 8),
        ("https://c.example/", 18),
    ]
    .into_iter()
    .collect();
    assert_eq!(sizes, expected);
}

// aiohttp crawler: [l.split("'")[1] for u in urls for l in (await fetch(u)).split('<a ')[1:]]
#[tokio::test(start_paused = true)]
async fn aiohttp_crawler_links() {
    let urls = urls();
    let links = acomp![l.split('\'').nth(1).unwrap().to_string() for u in &urls for l in fetch(u).await.unwrap().split("<a ").skip(1)];
    assert_eq!(links, vec!["/x", "/y", "/z"]);
}

// the same with prefix await and `?` (any failed fetch aborts the crawl)
#[tokio::test(start_paused = true)]
async fn aiohttp_crawler_links_try() {
    let urls = urls();
    let links = acomp![l.split('\'').nth(1).unwrap().to_string() for u in &urls for l in (await fetch(u)?).split("<a ").skip(1)];
    assert_eq!(
        links,
        Ok(vec!["/x".to_string(), "/y".to_string(), "/z".to_string()])
    );
}

// log tailing: [l.split()[2] async for l in lines() if l]
#[tokio::test(start_paused = true)]
async fn tail_log_status_codes() {
    let codes = acomp![l.split(' ').nth(2).unwrap().to_string() async for l in log_lines() if !l.is_empty()];
    assert_eq!(codes, vec!["200", "500", "404", "200"]);
}

// [l async for l in lines() if l and int(l.split()[2]) >= 400]
#[tokio::test(start_paused = true)]
async fn tail_log_errors() {
    let errs = acomp![l async for l in log_lines() if !l.is_empty() && l.rsplit(' ').next().unwrap().parse::<u16>().unwrap() >= 400];
    assert_eq!(errs, vec!["POST /b 500", "GET /c 404"]);
    // if let: [code async for l in lines() if (code := parse(l)) is not None and code >= 400]
    let codes = acomp![code async for l in log_lines() if let Ok(code) = l.rsplit(' ').next().unwrap().parse::<u16>() if code >= 400];
    assert_eq!(codes, vec![500, 404]);
}

// {l.split()[0] async for l in lines() if l}
#[tokio::test(start_paused = true)]
async fn tail_log_methods_set() {
    let methods = acomp!({l.split(' ').next().unwrap().to_string() async for l in log_lines() if !l.is_empty()});
    assert_eq!(
        methods,
        HashSet::from(["GET".to_string(), "POST".to_string()])
    );
}

// {l.split()[1]: int(l.split()[2]) async for l in lines() if l}
#[tokio::test(start_paused = true)]
async fn tail_log_path_status_dict() {
    let d = acomp!({parts[1].to_string(): parts[2].parse::<u16>().unwrap() async for l in log_lines() if !l.is_empty() let parts = l.split(' ').collect::<Vec<_>>()});
    let expected: HashMap<String, u16> = [("/a", 200), ("/b", 500), ("/c", 404), ("/d", 200)]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    assert_eq!(d, expected);
}

// [n async for i in ticker(6) if (n := i * i) > 5]
#[tokio::test(start_paused = true)]
async fn async_walrus_squares() {
    assert_eq!(
        acomp![n async for i in ticker(6) if (n := i * i) > 5],
        vec![9, 16, 25]
    );
}

// PEP 530: [x async for s in outer() async for x in inner(s)]
#[tokio::test(start_paused = true)]
async fn pep530_nested_async_for() {
    assert_eq!(
        acomp![x async for s in ticker(3) async for x in ticker(s)],
        vec![0, 0, 1]
    );
}

// [[await fetch_len(u) for u in team] for team in teams]
#[tokio::test(start_paused = true)]
async fn nested_display_eager_awaits() {
    let urls = urls();
    let teams = vec![urls[..2].to_vec(), urls[2..].to_vec()];
    let out = acomp![[fetch_len(u).await for u in team] for team in &teams];
    assert_eq!(out, vec![vec![36, 8], vec![18]]);
}

// ["big" if await fetch_len(u) > 10 else "small" for u in urls]
#[tokio::test(start_paused = true)]
async fn conditional_element_with_await() {
    let urls = urls();
    let out = acomp!["big" if fetch_len(u).await > 10 else "small" for u in &urls];
    assert_eq!(out, vec!["big", "small", "big"]);
    // with prefix await inside the condition
    let out2 = acomp!["big" if await fetch_len(u) > 10 else "small" for u in &urls];
    assert_eq!(out2, vec!["big", "small", "big"]);
}

// try: [await fetch(u) for u in urls + [missing]] except KeyError
#[tokio::test(start_paused = true)]
async fn fetch_all_or_nothing() {
    let mut urls = urls();
    let ok = acomp![fetch(u).await?.len() for u in &urls];
    assert_eq!(ok, Ok(vec![36, 8, 18]));
    urls.push("https://missing/".to_string());
    let err = acomp![fetch(u).await?.len() for u in &urls];
    assert_eq!(err, Err(FetchError("https://missing/".to_string())));
}

// the async generator version: (await fetch(u) for u in urls), stops at the first error
#[tokio::test(start_paused = true)]
async fn fetch_lazy_try_stops() {
    let urls = vec![
        "https://b.example/".to_string(),
        "https://nope/".to_string(),
        "https://c.example/".to_string(),
    ];
    let got: Vec<Result<usize, FetchError>> = acomp!((fetch(u).await?.len() for u in &urls))
        .collect()
        .await;
    assert_eq!(
        got,
        vec![Ok(8), Err(FetchError("https://nope/".to_string()))]
    );
}

// [(i, c) async for i in ticker(3) for c in "ab"]
#[tokio::test(start_paused = true)]
async fn async_for_then_sync_for() {
    let out = acomp![(i, c) async for i in ticker(3) for c in "ab".chars()];
    assert_eq!(
        out,
        vec![(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]
    );
}

// sum([i async for i in ticker(5)]); ''.join([chr(97 + i) async for i in ticker(4)])
#[tokio::test(start_paused = true)]
async fn async_sum_and_join() {
    let v = acomp![i async for i in ticker(5)];
    assert_eq!(v.iter().sum::<u64>(), 10);
    let s: String = acomp![char::from(b'a' + i as u8) async for i in ticker(4)]
        .into_iter()
        .collect();
    assert_eq!(s, "abcd");
    // sum(i async for i in ticker(5)) lazily
    let total: u64 = acomp!((i async for i in ticker(5)))
        .fold(0, |a, b| async move { a + b })
        .await;
    assert_eq!(total, 10);
}

// asyncio.Queue consumer: [item async for item in queue_iter()] over a tokio mpsc channel
#[tokio::test(start_paused = true)]
async fn tokio_channel_consumer() {
    let got = acomp![x * 10 async for x in channel_stream(vec![1, 2, 3])];
    assert_eq!(got, vec![10, 20, 30]);
    let evens = acomp!({x async for x in channel_stream(vec![2, 3, 4, 2]) if x % 2 == 0});
    assert_eq!(evens, HashSet::from([2, 4]));
}

// a tokio interval as a stream: [tick async for tick in every(5ms)][:3] timing
#[tokio::test(start_paused = true)]
async fn tokio_interval_ticks() {
    let start = Instant::now();
    let interval = tokio::time::interval(Duration::from_millis(5));
    let ticks = stream::unfold(interval, |mut iv| async move {
        let t = iv.tick().await;
        Some((t, iv))
    })
    .take(3);
    let offsets = acomp![(t - start).as_millis() async for t in ticks];
    assert_eq!(offsets, vec![0, 5, 10]);
}

// `async for` over a borrowed stream (&mut S where S: Unpin): first part then the rest
#[tokio::test(start_paused = true)]
async fn async_for_over_mut_ref() {
    let mut s = Box::pin(ticker(6));
    let first = acomp![x async for x in (&mut s).take(2)];
    let rest = acomp![x async for x in &mut s];
    assert_eq!((first, rest), (vec![0, 1], vec![2, 3, 4, 5]));
}

// httpx: {r.url: r.status_code async for r in client.stream_all(urls)}  (a stream of owned responses)
#[derive(Debug)]
struct Response {
    url: String,
    status: u16,
    body: String,
}

fn responses() -> impl Stream<Item = Response> {
    stream::iter(vec![
        ("https://a/", 200, "ok"),
        ("https://b/", 404, ""),
        ("https://a/", 304, ""),
    ])
    .then(|(u, s, b)| async move {
        sleep(Duration::from_millis(3)).await;
        Response {
            url: u.to_string(),
            status: s,
            body: b.to_string(),
        }
    })
}

#[tokio::test(start_paused = true)]
async fn httpx_responses_dict_last_wins() {
    let d = acomp!({r.url: r.status async for r in responses()});
    let expected: HashMap<String, u16> = [
        ("https://a/".to_string(), 304),
        ("https://b/".to_string(), 404),
    ]
    .into_iter()
    .collect();
    assert_eq!(d, expected);
    // [r.body async for r in responses() if r.status == 200]
    assert_eq!(
        acomp![r.body async for r in responses() if r.status == 200],
        vec!["ok"]
    );
}

// [("ok" if r.status < 400 else "fail") async for r in responses()]
#[tokio::test(start_paused = true)]
async fn httpx_status_labels() {
    let labels = acomp!["ok" if r.status < 400 else "fail" async for r in responses()];
    assert_eq!(labels, vec!["ok", "fail", "ok"]);
}

// asyncpg: [dict(r) async for r in conn.cursor(query)] -> struct fields
#[tokio::test(start_paused = true)]
async fn asyncpg_cursor_rows() {
    let rows = stream::iter(vec![(1, "ann"), (2, "bob")]);
    let recs = acomp![BTreeMap::from([("id", id.to_string()), ("name", name.to_string())]) async for (id, name) in rows];
    assert_eq!(recs[1]["name"], "bob");
    assert_eq!(recs.len(), 2);
}

// aiofiles: [line.rstrip() async for line in f if line.strip()]  (owned lines)
#[tokio::test(start_paused = true)]
async fn aiofiles_strip_lines() {
    let f = stream::iter(vec![
        "a  \n".to_string(),
        "  \n".to_string(),
        "b\n".to_string(),
    ]);
    let out = acomp![line.trim_end().to_string() async for line in f if !line.trim().is_empty()];
    assert_eq!(out, vec!["a", "b"]);
}

// a lazy async pipeline: (x * 2 async for x in source if x % 3) consumed partially
#[tokio::test(start_paused = true)]
async fn lazy_async_pipeline_take() {
    let s = acomp!((x * 2 async for x in ticker(100) if x % 3 != 0));
    let first: Vec<u64> = s.take(4).collect().await;
    assert_eq!(first, vec![2, 4, 8, 10]);
}

// returned async generator: def doubled(src): return (x * 2 async for x in src)
fn doubled(src: impl Stream<Item = u64>) -> impl Stream<Item = u64> {
    acomp!(move (x * 2 async for x in src))
}

#[tokio::test(start_paused = true)]
async fn returned_async_generator() {
    assert_eq!(doubled(ticker(3)).collect::<Vec<_>>().await, vec![0, 2, 4]);
}

// returned lazy fetcher over owned urls: def sizes(urls): return (await fetch_len(u) for u in urls)
fn sizes(urls: Vec<String>) -> impl Stream<Item = usize> {
    acomp!(move (fetch_len(&u).await for u in urls))
}

#[tokio::test(start_paused = true)]
async fn returned_async_fetcher_owned() {
    assert_eq!(sizes(urls()).collect::<Vec<_>>().await, vec![36, 8, 18]);
}

// generic async helper: async def keep(xs, pred): return [x async for x in xs if await pred(x)]
async fn keep_async<S, T>(xs: S, min: T) -> Vec<T>
where
    S: Stream<Item = T>,
    T: PartialOrd + Copy,
{
    acomp![x async for x in xs if x >= min]
}

#[tokio::test(start_paused = true)]
async fn generic_async_keep() {
    assert_eq!(keep_async(ticker(5), 3).await, vec![3, 4]);
    assert_eq!(keep_async(stream::iter([0.5, 1.5]), 1.0).await, vec![1.5]);
}

// sequential semantics: [await fetch(u) for u in urls] takes len(urls) * 10 ms
#[tokio::test(start_paused = true)]
async fn sequential_timing() {
    let urls = urls();
    let start = Instant::now();
    let _ = acomp![fetch(u).await for u in &urls];
    assert_eq!(start.elapsed(), Duration::from_millis(30));
}

// [s async for s in streams async for x in s] over a stream of channel receivers
#[tokio::test(start_paused = true)]
async fn flatten_channel_streams() {
    let feeds = stream::iter(vec![channel_stream(vec![1, 2]), channel_stream(vec![3])]);
    let mut flat = acomp![x async for feed in feeds async for x in feed];
    flat.sort();
    assert_eq!(flat, vec![1, 2, 3]);
}

// lazy acomp with two async fors and a method call on the inner variable
#[tokio::test(start_paused = true)]
async fn lazy_nested_streams_method_on_inner() {
    let feeds = stream::iter(vec![
        stream::iter(vec!["a".to_string(), "bb".to_string()]),
        stream::iter(vec!["ccc".to_string()]),
    ]);
    let lens: Vec<usize> = acomp!((w.len() async for feed in feeds async for w in feed))
        .collect()
        .await;
    assert_eq!(lens, vec![1, 2, 3]);
}

// lazy acomp with a sync inner for over a field of the streamed item
#[tokio::test(start_paused = true)]
async fn lazy_async_then_sync_for_owned() {
    let pages = stream::iter(vec![
        vec!["a".to_string(), "b".to_string()],
        vec!["c".to_string()],
    ]);
    let upper: Vec<String> = acomp!((w.to_uppercase() async for page in pages for w in page))
        .collect()
        .await;
    assert_eq!(upper, vec!["A", "B", "C"]);
}

// sync comp inside async code, over the results of an acomp
#[tokio::test(start_paused = true)]
async fn sync_comp_over_async_results() {
    let urls = urls();
    let bodies = acomp![(u.clone(), fetch(u).await) for u in &urls];
    let ok = comp!({u: b.len() for (u, r) in bodies if let Ok(b) = r});
    assert_eq!(ok.len(), 3);
    assert_eq!(ok["https://b.example/"], 8);
}

// a lazy async generator whose first iterable awaits and fails: the error is its only item
#[tokio::test(start_paused = true)]
async fn lazy_first_iterable_await_fails() {
    let got: Vec<Result<usize, FetchError>> =
        acomp!((w.len() for w in (await fetch("https://nope/")?).split(' ')))
            .collect()
            .await;
    assert_eq!(got, vec![Err(FetchError("https://nope/".to_string()))]);
}

// {await fetch_len(u) async for u in aiter(urls)}: set, with an async source of owned urls
#[tokio::test(start_paused = true)]
async fn async_set_over_stream_of_urls() {
    let s = acomp!({fetch_len(&u).await async for u in stream::iter(urls())});
    assert_eq!(s, HashSet::from([36, 8, 18]));
}

// [x async for x in merged if x is not None] where items are Results: all-or-nothing
#[tokio::test(start_paused = true)]
async fn async_results_try() {
    let items = stream::iter(vec![Ok::<i32, String>(1), Ok(2)]);
    assert_eq!(acomp![r? * 2 async for r in items], Ok(vec![2, 4]));
    let items = stream::iter(vec![Ok::<i32, String>(1), Err("boom".to_string()), Ok(3)]);
    assert_eq!(acomp!({r? async for r in items}), Err("boom".to_string()));
}

/// The comprehensions of this theme that failed before the fixes of issue 9.
#[path = "found/asyncio.rs"]
mod found;
