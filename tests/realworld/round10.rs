//! Round 10: real-world Python comprehensions, translated by a README-only user.
//! Emphasis: asyncio-style code, and naturally written sync code.

use comprehensions::{acomp, comp};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::stream::{self, Stream, StreamExt};
use tokio::time::{sleep, Instant};

// ---------------------------------------------------------------------------
// sync helpers

#[derive(Debug, Clone, PartialEq)]
struct User {
    id: u32,
    name: String,
    email: String,
    active: bool,
    age: u32,
}

fn users() -> Vec<User> {
    vec![
        User {
            id: 1,
            name: "Ann".into(),
            email: "Ann@Example.com".into(),
            active: true,
            age: 34,
        },
        User {
            id: 2,
            name: "bob".into(),
            email: "bob@example.com".into(),
            active: false,
            age: 17,
        },
        User {
            id: 3,
            name: "Cy".into(),
            email: "CY@example.COM".into(),
            active: true,
            age: 18,
        },
        User {
            id: 4,
            name: "dee".into(),
            email: "ann@example.com".into(),
            active: true,
            age: 12,
        },
    ]
}

#[derive(Debug, PartialEq)]
struct Product {
    sku: &'static str,
    price: f64,
    in_stock: bool,
}

fn get_vec() -> Vec<i32> {
    vec![1, 2, 3, 4, 5, 6]
}

#[derive(Debug, PartialEq)]
struct Cell {
    value: i32,
    style: &'static str,
}

fn paint(x: i32, color: &str) -> String {
    format!("{color}:{x}")
}

fn normalize(s: &str) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        None
    } else {
        Some(t.to_lowercase())
    }
}

struct Stats {
    values: Vec<f64>,
    mean: f64,
    std: f64,
}

impl Stats {
    fn new(values: Vec<f64>) -> Self {
        let n = values.len() as f64;
        let mean = values.iter().sum::<f64>() / n;
        let var = comp!(((v - mean) * (v - mean) for v in &values)).sum::<f64>() / n;
        Stats {
            values,
            mean,
            std: var.sqrt(),
        }
    }

    // def zscores(self): return [(x - self.mean) / self.std for x in self.values]
    fn zscores(&self) -> Vec<f64> {
        comp![(x - self.mean) / self.std for x in &self.values]
    }

    // def outliers(self, k): return [i for i, x in enumerate(self.values) if abs(x - self.mean) > k * self.std]
    fn outliers(&self, k: f64) -> Vec<usize> {
        comp![i for (i, x) in self.values.iter().enumerate() if (x - self.mean).abs() > k * self.std]
    }
}

// ---------------------------------------------------------------------------
// sync tests

// [len(w) for w in line.strip().split(' ')]
#[test]
fn word_lengths_of_trimmed_line() {
    let line = "  the quick brown fox  ";
    assert_eq!(
        comp![w.len() for w in line.trim().split(' ')],
        vec![3, 5, 5, 3]
    );
}

// [x for x in get_vec() if x % 2 == 0]
#[test]
fn evens_of_temporary_vec() {
    assert_eq!(
        comp![*x for x in get_vec().iter() if x % 2 == 0],
        vec![2, 4, 6]
    );
}

// sum(len(w) for w in words if w.isalpha())
#[test]
fn sum_of_alpha_word_lengths() {
    let words = vec!["abc", "d3", "hello", "", "x"];
    let total: usize =
        comp!((w.len() for w in &words if !w.is_empty() && w.chars().all(char::is_alphabetic)))
            .sum();
    assert_eq!(total, 9);
}

// "&".join(f"{k}={v}" for k, v in sorted(params.items()))
#[test]
fn query_string() {
    let params = BTreeMap::from([("q", "rust"), ("page", "2"), ("lang", "en")]);
    let qs = comp![format!("{k}={v}") for (k, v) in &params].join("&");
    assert_eq!(qs, "lang=en&page=2&q=rust");
}

// [n for s in raw if (n := normalize(s)) is not None]
#[test]
fn normalized_non_empty() {
    let raw = vec!["  Foo", "", "   ", "BAR "];
    assert_eq!(
        comp![n for s in &raw if let Some(n) = normalize(s)],
        vec!["foo", "bar"]
    );
}

// [(x, r) for x in xs if (r := x * x % 7) > 2]
#[test]
fn walrus_square_mod() {
    // squares mod 7: 1->1, 2->4, 3->2, 4->2, 5->4, 6->1
    assert_eq!(
        comp![(x, r) for x in 1..7 if (r := x * x % 7) > 2],
        vec![(2, 4), (5, 4)]
    );
}

// [(u.name, "adult" if u.age >= 18 else "minor") for u in users]
#[test]
fn adult_or_minor() {
    let us = users();
    assert_eq!(
        comp![(u.name.as_str(), "adult" if u.age >= 18 else "minor") for u in &us],
        vec![
            ("Ann", "adult"),
            ("bob", "minor"),
            ("Cy", "adult"),
            ("dee", "minor")
        ]
    );
}

// [paint(x, "red" if x < 0 else "green") for x in xs]
#[test]
fn conditional_in_call_argument() {
    let xs = [-2, 0, 5];
    assert_eq!(
        comp![paint(x, "red" if x < 0 else "green") for x in xs],
        vec!["red:-2", "green:0", "green:5"]
    );
}

// [Cell(value=v, style="bold" if v > 10 else "plain") for v in vals]
#[test]
fn conditional_in_struct_literal() {
    let vals = vec![5, 11, 10];
    assert_eq!(
        comp![Cell { value: v, style: "bold" if v > 10 else "plain" } for v in vals],
        vec![
            Cell {
                value: 5,
                style: "plain"
            },
            Cell {
                value: 11,
                style: "bold"
            },
            Cell {
                value: 10,
                style: "plain"
            }
        ]
    );
}

// [f"{n} file{'' if n == 1 else 's'}" for n in counts]
#[test]
fn conditional_in_format_args() {
    let counts = [0, 1, 2];
    assert_eq!(
        comp![format!("{n} file{}", "" if n == 1 else "s") for n in counts],
        vec!["0 files", "1 file", "2 files"]
    );
}

// {k: v for k, v in opts.items() if v is not None}
#[test]
fn drop_none_values() {
    let opts: HashMap<String, Option<i32>> = HashMap::from([
        ("a".to_string(), Some(1)),
        ("b".to_string(), None),
        ("c".to_string(), Some(3)),
    ]);
    let clean: HashMap<String, i32> = comp!({k.clone(): *v for (k, v) in &opts if let Some(v) = v});
    assert_eq!(
        clean,
        HashMap::from([("a".to_string(), 1), ("c".to_string(), 3)])
    );
}

// {u.email.lower() for u in users if u.active}
#[test]
fn active_emails_set() {
    let us = users();
    let emails = comp!({u.email.to_lowercase() for u in &us if u.active});
    assert_eq!(
        emails,
        HashSet::from(["ann@example.com".to_string(), "cy@example.com".to_string()])
    );
}

// [f"{i}: {line}" for i, line in enumerate(lines, 1)]
#[test]
fn numbered_lines() {
    let lines = vec!["alpha", "beta"];
    assert_eq!(
        comp![format!("{i}: {line}") for (i, line) in (1..).zip(&lines)],
        vec!["1: alpha", "2: beta"]
    );
}

// {c: text.count(c) for c in text}
#[test]
fn char_counts() {
    let text = "banana";
    let counts = comp!({c: text.matches(c).count() for c in text.chars()});
    assert_eq!(counts, HashMap::from([('b', 1), ('a', 3), ('n', 2)]));
}

// min(p.price for p in products if p.in_stock)
#[test]
fn cheapest_in_stock() {
    let products = vec![
        Product {
            sku: "a",
            price: 9.5,
            in_stock: true,
        },
        Product {
            sku: "b",
            price: 2.0,
            in_stock: false,
        },
        Product {
            sku: "c",
            price: 4.25,
            in_stock: true,
        },
    ];
    let cheapest = comp!((p.price for p in &products if p.in_stock)).fold(f64::INFINITY, f64::min);
    assert_eq!(cheapest, 4.25);
}

// ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
#[test]
fn fizzbuzz() {
    let out = comp![
        "FizzBuzz".to_string() if i % 15 == 0
        else "Fizz".to_string() if i % 3 == 0
        else "Buzz".to_string() if i % 5 == 0
        else i.to_string()
        for i in 1..16
    ];
    assert_eq!(out[2], "Fizz");
    assert_eq!(out[4], "Buzz");
    assert_eq!(out[14], "FizzBuzz");
    assert_eq!(out[6], "7");
    assert_eq!(out.len(), 15);
}

// [(line, n) for line in lines if (n := line.count('a')) > 1]
#[test]
fn lines_with_many_as() {
    let lines = vec!["banana", "apple", "papaya", "kiwi"];
    assert_eq!(
        comp![(line, n) for line in &lines if (n := line.matches('a').count()) > 1],
        vec![(&"banana", 3), (&"papaya", 3)]
    );
}

// [(x, r) for x in xs if (r := x % 5) in (1, 4)]
#[test]
fn walrus_left_of_or() {
    let xs = 0..12;
    assert_eq!(
        comp![(x, r) for x in xs if (r := x % 5) == 1 || r == 4],
        vec![(1, 1), (4, 4), (6, 1), (9, 4), (11, 1)]
    );
}

// {k: [v for v in vs if v > 0] for k, vs in data.items()}
#[test]
fn positive_per_key() {
    let data = HashMap::from([("a", vec![1, -2, 3]), ("b", vec![-1])]);
    let pos = comp!({*k: [*v for v in vs if *v > 0] for (k, vs) in &data});
    assert_eq!(pos, HashMap::from([("a", vec![1, 3]), ("b", vec![])]));
}

// {k: sum(vs) for k, vs in groups.items()}
#[test]
fn sum_per_group() {
    let groups: HashMap<String, Vec<i32>> = HashMap::from([
        ("x".to_string(), vec![1, 2, 3]),
        ("y".to_string(), vec![10]),
    ]);
    let totals = comp!({k.as_str(): vs.iter().sum::<i32>() for (k, vs) in &groups});
    assert_eq!(totals, HashMap::from([("x", 6), ("y", 10)]));
}

// {k.strip(): v.strip() for line in cfg.splitlines() if not line.startswith('#') and '=' in line
//                       for k, v in [line.split('=', 1)]}
#[test]
fn parse_config() {
    let cfg = "# comment\nhost = localhost\nport=8080\n\ninvalid line\n";
    let parsed = comp!({k.trim(): v.trim() for line in cfg.lines() if !line.starts_with('#') if let Some((k, v)) = line.split_once('=')});
    assert_eq!(
        parsed,
        HashMap::from([("host", "localhost"), ("port", "8080")])
    );
}

// {f.rsplit('.', 1)[1] for f in files if '.' in f}
#[test]
fn extensions() {
    let files = vec![
        "a.rs".to_string(),
        "b.tar.gz".to_string(),
        "Makefile".to_string(),
        "c.rs".to_string(),
    ];
    let exts = comp!({ext for f in &files if let Some((_, ext)) = f.rsplit_once('.')});
    assert_eq!(exts, HashSet::from(["rs", "gz"]));
}

// all(0 <= v <= 255 for v in rgb)
#[test]
fn valid_rgb() {
    let rgb = [12, 255, 0];
    assert!(comp!((0 <= v <= 255 for v in rgb)).all(|ok| ok));
}

// [list(map(lambda v: v if v > 0 else 0, row)) for row in m]
#[test]
fn clamp_rows_with_lambda() {
    let m = vec![vec![1, -1], vec![-5, 3]];
    assert_eq!(
        comp![row.iter().map(|v| *v if *v > 0 else 0).collect::<Vec<_>>() for row in &m],
        vec![vec![1, 0], vec![0, 3]]
    );
}

// stats.zscores(), stats.outliers(1.5)
#[test]
fn methods_on_self() {
    let stats = Stats::new(vec![2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
    assert_eq!(stats.mean, 5.0);
    assert_eq!(stats.std, 2.0);
    assert_eq!(
        stats.zscores(),
        vec![-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0]
    );
    assert_eq!(stats.outliers(1.4), vec![0, 7]);
}

// def scaled(xs, k): return (x * k for x in xs)
fn scaled(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    comp!(move (x * k for x in xs))
}

#[test]
fn returned_generator() {
    let mut g = scaled(vec![1, 2, 3], 10);
    assert_eq!(g.next(), Some(10));
    assert_eq!(g.collect::<Vec<_>>(), vec![20, 30]);
}

// any(w in banned for w in msg.lower().split())
#[test]
fn contains_banned_word() {
    let banned = HashSet::from(["spam", "scam"]);
    let msg = "This is NOT Spam at all";
    assert!(comp!((banned.contains(w) for w in msg.to_lowercase().split_whitespace())).any(|b| b));
}

// {k: (v if v is not None else defaults[k]) for k, v in opts.items()}
#[test]
fn fill_defaults() {
    let defaults = HashMap::from([("retries", 3), ("timeout", 30)]);
    let opts = HashMap::from([("retries", Some(5)), ("timeout", None)]);
    let merged = comp!({*k: (v.unwrap() if v.is_some() else defaults[k]) for (k, v) in &opts});
    assert_eq!(merged, HashMap::from([("retries", 5), ("timeout", 30)]));
}

// max(len(w) for line in text.splitlines() for w in line.split())
#[test]
fn longest_word_over_lines() {
    let text = "a bb\nccc dddd e";
    assert_eq!(
        comp!((w.len() for line in text.lines() for w in line.split_whitespace())).max(),
        Some(4)
    );
}

// [c for w in words for c in w.lower()]  (lazy, owned Strings)
#[test]
fn lazy_flatten_owned_strings() {
    let words = vec!["Ab".to_string(), "C".to_string()];
    let chars: String = comp!((c for w in &words for c in w.to_lowercase().chars())).collect();
    assert_eq!(chars, "abc");
}

// [r["name"] for r in rows if r.get("age", 0) >= 18]
#[test]
fn rows_as_dicts() {
    let rows = vec![
        HashMap::from([("name", "ann"), ("age", "30")]),
        HashMap::from([("name", "kid"), ("age", "9")]),
        HashMap::from([("name", "anon")]),
    ];
    assert_eq!(
        comp![r["name"] for r in &rows if r.get("age").map_or(0, |a| a.parse::<u32>().unwrap()) >= 18],
        vec!["ann"]
    );
}

// ---------------------------------------------------------------------------
// async helpers

async fn fetch(url: &str) -> String {
    sleep(Duration::from_millis(100)).await;
    format!("<{url}>")
}

async fn double(x: u64) -> u64 {
    sleep(Duration::from_millis(x)).await;
    x * 2
}

async fn is_even(x: i32) -> bool {
    tokio::task::yield_now().await;
    x % 2 == 0
}

async fn status(url: &str) -> u16 {
    sleep(Duration::from_millis(5)).await;
    if url.contains("missing") {
        404
    } else if url.contains("moved") {
        301
    } else {
        200
    }
}

async fn transform(item: i32) -> Option<i32> {
    tokio::task::yield_now().await;
    if item % 3 == 0 {
        None
    } else {
        Some(item * 100)
    }
}

async fn load_tags(doc: &str) -> Vec<String> {
    sleep(Duration::from_millis(1)).await;
    doc.split('+').map(str::to_owned).collect()
}

#[derive(Debug, Clone, PartialEq)]
struct Page {
    url: String,
    body: String,
}

#[derive(Clone)]
struct Client {
    base: String,
    calls: Arc<AtomicUsize>,
}

impl Client {
    fn new(base: &str) -> Self {
        Client {
            base: base.to_string(),
            calls: Arc::new(AtomicUsize::new(0)),
        }
    }

    async fn get(&self, path: &str) -> Result<String, String> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        sleep(Duration::from_millis(10)).await;
        if path.starts_with("bad") {
            Err(format!("404 {}/{path}", self.base))
        } else {
            Ok(format!("{}/{path}", self.base))
        }
    }

    async fn title(&self, id: u32) -> String {
        sleep(Duration::from_millis(10)).await;
        format!("title-{id}")
    }

    async fn count(&self, user: &str) -> usize {
        tokio::task::yield_now().await;
        user.len() - 2
    }
}

struct Crawler {
    client: Client,
    skip: HashSet<u32>,
    ids: Vec<u32>,
}

impl Crawler {
    // async def titles(self, ids): return [await self.client.title(i) for i in ids if i not in self.skip]
    async fn titles(&self, ids: &[u32]) -> Vec<String> {
        acomp![self.client.title(*id).await for id in ids if !self.skip.contains(id)]
    }

    // async def fetch_all(self, paths): return await asyncio.gather(*[self.client.get(p) for p in paths])
    async fn fetch_all(&self, paths: &[&str], limit: usize) -> Result<Vec<String>, String> {
        acomp![self.client.get(p).await? for p in paths; concurrency = limit]
    }

    // def stream_titles(self): return (await self.client.title(i) async for i in self.ids)
    fn stream_titles(&self) -> impl Stream<Item = String> + '_ {
        acomp!((self.client.title(*id).await for id in &self.ids))
    }
}

fn crawler() -> Crawler {
    Crawler {
        client: Client::new("https://x.io"),
        skip: HashSet::from([2]),
        ids: vec![7, 8, 9],
    }
}

fn urls() -> Vec<String> {
    vec![
        "a.com".to_string(),
        "b.com".to_string(),
        "c.com".to_string(),
    ]
}

// ---------------------------------------------------------------------------
// async tests

// [await fetch(u) for u in urls]
#[tokio::test(start_paused = true)]
async fn sequential_fetch() {
    let urls = urls();
    let start = Instant::now();
    let pages = acomp![await fetch(u) for u in &urls];
    assert_eq!(pages, vec!["<a.com>", "<b.com>", "<c.com>"]);
    assert_eq!(start.elapsed(), Duration::from_millis(300));
}

// await asyncio.gather(*[fetch(u) for u in urls])
#[tokio::test(start_paused = true)]
async fn gather_fetch() {
    let urls = urls();
    let start = Instant::now();
    let pages = acomp![fetch(u).await for u in &urls; concurrency = 10];
    assert_eq!(pages, vec!["<a.com>", "<b.com>", "<c.com>"]);
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

// bounded gather: semaphore(2) over 5 urls of 100 ms
#[tokio::test(start_paused = true)]
async fn bounded_gather_timing() {
    let urls: Vec<String> = (0..5).map(|i| format!("h{i}")).collect();
    let start = Instant::now();
    let pages = acomp![fetch(u).await for u in &urls; concurrency = 2];
    assert_eq!(pages.len(), 5);
    assert_eq!(pages[4], "<h4>");
    assert_eq!(start.elapsed(), Duration::from_millis(300));
}

// [r for r in asyncio.as_completed([double(x) for x in delays])]  (completion order)
#[tokio::test(start_paused = true)]
async fn unordered_completion_order() {
    let delays = vec![30, 10, 20];
    let out = acomp![double(d).await for d in delays; concurrency = 3, unordered];
    assert_eq!(out, vec![20, 40, 60]);
}

// [x async for x in stream if await is_even(x)]
#[tokio::test]
async fn async_for_with_await_filter() {
    let s = stream::iter(1..=8);
    assert_eq!(
        acomp![x async for x in s if await is_even(x)],
        vec![2, 4, 6, 8]
    );
}

// [await double(await double(x)) for x in xs]
#[tokio::test(start_paused = true)]
async fn nested_awaits() {
    assert_eq!(
        acomp![await double(await double(x)) for x in [1, 2]],
        vec![4, 8]
    );
}

// [t async for item in src if (t := await transform(item)) is not None]
#[tokio::test]
async fn etl_stage() {
    let src = stream::iter(vec![1, 2, 3, 4, 6, 7]);
    assert_eq!(
        acomp![t async for item in src if let Some(t) = transform(item).await],
        vec![100, 200, 400, 700]
    );
}

// [(item, t) for item in items if (t := await transform(item))]
#[tokio::test]
async fn walrus_with_await() {
    let items = vec![1, 3, 5];
    assert_eq!(
        acomp![(item, t.unwrap()) for item in items if (t := transform(item).await).is_some()],
        vec![(1, 100), (5, 500)]
    );
}

// [u for u in urls for body in [await fetch(u)] if len(body) > 7]
#[tokio::test(start_paused = true)]
async fn let_clause_with_await() {
    let urls = vec!["ab", "abcdef", "abcd"];
    assert_eq!(
        acomp![body for u in urls let body = fetch(u).await if body.len() > 5],
        vec!["<abcdef>", "<abcd>"]
    );
}

// gen = (await double(x) for x in range(10)); first = await anext(gen)
#[tokio::test(start_paused = true)]
async fn lazy_generator_next() {
    let mut gen = acomp!((double(x).await for x in 0..10));
    assert_eq!(gen.next().await, Some(0));
    assert_eq!(gen.next().await, Some(2));
    let rest: Vec<u64> = gen.take(3).collect().await;
    assert_eq!(rest, vec![4, 6, 8]);
}

// (x async for x in ticks if x % 3 == 0), first two
#[tokio::test]
async fn lazy_async_filter_take() {
    let ticks = stream::iter(1..100);
    let firsts: Vec<i32> = acomp!((x async for x in ticks if x % 3 == 0))
        .take(2)
        .collect()
        .await;
    assert_eq!(firsts, vec![3, 6]);
}

// {k: await fetch(k) for k in keys}
#[tokio::test(start_paused = true)]
async fn async_dict() {
    let keys = vec!["x", "y"];
    let start = Instant::now();
    let cache = acomp!({k: fetch(k).await for k in keys});
    assert_eq!(
        cache,
        HashMap::from([("x", "<x>".to_string()), ("y", "<y>".to_string())])
    );
    assert_eq!(start.elapsed(), Duration::from_millis(200));
}

// values = await asyncio.gather(*[fetch(k) for k in keys]); dict(zip(keys, values))
#[tokio::test(start_paused = true)]
async fn async_dict_concurrent() {
    let keys = vec!["x", "y", "z", "w"];
    let start = Instant::now();
    let cache = acomp!({*k: fetch(k).await for k in &keys; concurrency = 4});
    assert_eq!(cache.len(), 4);
    assert_eq!(cache["z"], "<z>");
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

// [await client.get(p) for p in paths]  (raises on the first failure)
#[tokio::test(start_paused = true)]
async fn fallible_sequential_gets() {
    let client = Client::new("https://api");
    let ok = vec!["users", "orgs"];
    let bad = vec!["users", "bad/1", "orgs"];
    assert_eq!(
        acomp![client.get(p).await? for p in &ok],
        Ok(vec![
            "https://api/users".to_string(),
            "https://api/orgs".to_string()
        ])
    );
    assert_eq!(
        acomp![await client.get(p)? for p in &bad],
        Err("404 https://api/bad/1".to_string())
    );
    // sequential: the third get never ran
    assert_eq!(client.calls.load(Ordering::SeqCst), 4);
}

// [self.client.title(i) for i in ids if i not in self.skip] inside a method
#[tokio::test(start_paused = true)]
async fn method_with_self() {
    let c = crawler();
    assert_eq!(c.titles(&[1, 2, 3]).await, vec!["title-1", "title-3"]);
}

// await asyncio.gather(*[self.client.get(p) for p in paths]) inside a method, with failure
#[tokio::test(start_paused = true)]
async fn method_gather_fail_fast() {
    let c = crawler();
    let start = Instant::now();
    assert_eq!(
        c.fetch_all(&["a", "b"], 2).await,
        Ok(vec![
            "https://x.io/a".to_string(),
            "https://x.io/b".to_string()
        ])
    );
    assert_eq!(start.elapsed(), Duration::from_millis(10));
    assert_eq!(
        c.fetch_all(&["a", "bad", "c"], 3).await,
        Err("404 https://x.io/bad".to_string())
    );
}

// async generator over self
#[tokio::test(start_paused = true)]
async fn method_returning_stream() {
    let c = crawler();
    let titles: Vec<String> = c.stream_titles().collect().await;
    assert_eq!(titles, vec!["title-7", "title-8", "title-9"]);
}

// [await lookup(cache, k) for k in keys]  with a shared Arc'd cache
#[tokio::test(start_paused = true)]
async fn arc_shared_cache() {
    async fn lookup(cache: Arc<Mutex<HashMap<String, usize>>>, key: &str) -> usize {
        sleep(Duration::from_millis(10)).await;
        let mut c = cache.lock().unwrap();
        let n = c.len();
        *c.entry(key.to_string()).or_insert(n)
    }
    let cache = Arc::new(Mutex::new(HashMap::new()));
    let keys = vec!["a", "b", "a", "c"];
    let ids = acomp![lookup(Arc::clone(&cache), k).await for k in &keys];
    assert_eq!(ids, vec![0, 1, 0, 2]);
    assert_eq!(cache.lock().unwrap().len(), 3);
}

// [i async for s in streams async for i in s]
#[tokio::test]
async fn flatten_streams() {
    let streams = stream::iter(vec![
        stream::iter(vec![1, 2]),
        stream::iter(vec![]),
        stream::iter(vec![3]),
    ]);
    assert_eq!(
        acomp![i async for s in streams async for i in s],
        vec![1, 2, 3]
    );
}

// [(u, p) async for u in users() for p in perms[u]]
#[tokio::test]
async fn async_outer_sync_inner() {
    let perms = HashMap::from([("ann", vec!["r", "w"]), ("bob", vec!["r"])]);
    let users = stream::iter(vec!["ann", "bob"]);
    assert_eq!(
        acomp![(u, *p) async for u in users for p in &perms[u]],
        vec![("ann", "r"), ("ann", "w"), ("bob", "r")]
    );
}

// [(h, "up" if await status(h) == 200 else "down") for h in hosts]
#[tokio::test(start_paused = true)]
async fn await_inside_conditional_in_tuple() {
    let hosts = vec!["a", "missing", "b"];
    assert_eq!(
        acomp![(h, "up" if await status(h) == 200 else "down") for h in hosts],
        vec![("a", "up"), ("missing", "down"), ("b", "up")]
    );
}

// [t for d in docs for t in await load_tags(d)]
#[tokio::test(start_paused = true)]
async fn await_in_inner_iterable() {
    let docs = vec!["rust+async", "py"];
    assert_eq!(
        acomp![t for d in &docs for t in load_tags(d).await],
        vec!["rust", "async", "py"]
    );
}

// [sum(len(t) for t in await load_tags(d)) for d in docs]
#[tokio::test(start_paused = true)]
async fn generator_over_awaited_iterable() {
    let docs = vec!["ab+cde", "f"];
    assert_eq!(
        acomp![Iterator::sum::<usize>(t.len() for t in load_tags(d).await) for d in docs],
        vec![5, 1]
    );
}

// async for page in bounded(fetch(u) for u in urls): ...  (lazy, N in flight)
#[tokio::test(start_paused = true)]
async fn lazy_concurrent_stream() {
    let urls: Vec<String> = (0..4).map(|i| format!("u{i}")).collect();
    let start = Instant::now();
    let pages: Vec<String> = acomp!((fetch(u).await for u in &urls); concurrency = 2)
        .collect()
        .await;
    assert_eq!(pages, vec!["<u0>", "<u1>", "<u2>", "<u3>"]);
    assert_eq!(start.elapsed(), Duration::from_millis(200));
}

// first two of a lazy bounded stream
#[tokio::test(start_paused = true)]
async fn lazy_concurrent_take() {
    let xs = vec![50u64, 10, 40, 20];
    let first: Vec<u64> = acomp!((double(x).await for x in xs; concurrency = 4, unordered))
        .take(2)
        .collect()
        .await;
    assert_eq!(first, vec![20, 40]);
}

// [r for r in rows if 200 <= await status(r) < 300]
#[tokio::test(start_paused = true)]
async fn chained_comparison_with_await() {
    let rows = vec!["ok1", "moved", "missing", "ok2"];
    assert_eq!(
        acomp![r for r in rows if 200 <= await status(r) < 300],
        vec!["ok1", "ok2"]
    );
}

// [await fetch(f"{h}/{p}") for h in hosts for p in paths]  gathered
#[tokio::test(start_paused = true)]
async fn concurrency_over_two_fors() {
    let hosts = vec!["a", "b"];
    let paths = vec!["x", "y"];
    let start = Instant::now();
    let out =
        acomp![fetch(&format!("{h}/{p}")).await for h in &hosts for p in &paths; concurrency = 4];
    assert_eq!(out, vec!["<a/x>", "<a/y>", "<b/x>", "<b/y>"]);
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

// [Page(url=u, body=await fetch(u)) for u in urls]
#[tokio::test(start_paused = true)]
async fn struct_literal_with_await() {
    let urls = urls();
    let pages =
        acomp![Page { url: u.clone(), body: fetch(u).await } for u in &urls; concurrency = 3];
    assert_eq!(
        pages[1],
        Page {
            url: "b.com".into(),
            body: "<b.com>".into()
        }
    );
}

// {r.id: r.name async for r in rows}
#[tokio::test]
async fn async_dict_from_stream() {
    let rows = stream::iter(users());
    let m = acomp!({r.id: r.name async for r in rows if r.active});
    assert_eq!(
        m,
        HashMap::from([
            (1, "Ann".to_string()),
            (3, "Cy".to_string()),
            (4, "dee".to_string())
        ])
    );
}

// header = await anext(lines); body = [l async for l in lines]
#[tokio::test]
async fn partially_consumed_stream_by_mut_ref() {
    let mut lines = stream::iter(vec!["h1,h2", "1,2", "3,4"]);
    let header = lines.next().await;
    assert_eq!(header, Some("h1,h2"));
    let body = acomp![l.replace(',', ";") async for l in &mut lines];
    assert_eq!(body, vec!["1;2", "3;4"]);
}

// [await double(x) for x in xs if await is_even(x)] under asyncio.run
#[test]
fn block_on_executor() {
    async fn is_small(x: u64) -> bool {
        x < 3
    }
    async fn triple(x: u64) -> u64 {
        x * 3
    }
    let out = futures::executor::block_on(async {
        acomp![await triple(x) for x in 0..5 if await is_small(x)]
    });
    assert_eq!(out, vec![0, 3, 6]);
}

// [[await double(x) for x in row] for row in matrix]
#[tokio::test(start_paused = true)]
async fn nested_async_display() {
    let matrix = vec![vec![1, 2], vec![3]];
    assert_eq!(
        acomp![[double(*x).await for x in row] for row in &matrix],
        vec![vec![2, 4], vec![6]]
    );
}

// {await key_of(x): x for x in xs}
#[tokio::test]
async fn await_in_dict_key() {
    async fn key_of(s: &str) -> char {
        s.chars().next().unwrap()
    }
    let xs = vec!["apple", "banana", "avocado"];
    let m = acomp!({key_of(x).await: x for x in xs});
    assert_eq!(m, HashMap::from([('a', "avocado"), ('b', "banana")]));
}

// msgs = [m async for m in queue]  (channel closed by producer)
#[tokio::test]
async fn channel_receiver_as_stream() {
    let (tx, rx) = futures::channel::mpsc::unbounded::<String>();
    for w in "one two three".split(' ') {
        tx.unbounded_send(w.to_uppercase()).unwrap();
    }
    drop(tx);
    assert_eq!(
        acomp![m async for m in rx if m.len() == 3],
        vec!["ONE", "TWO"]
    );
}

// results = [await client.get(p) for p in paths] lazily: stops after first failure
#[tokio::test(start_paused = true)]
async fn lazy_fallible_stream() {
    let client = Client::new("h");
    let paths = vec!["a", "bad", "c"];
    let items: Vec<Result<String, String>> = acomp!((client.get(p).await? for p in &paths))
        .collect()
        .await;
    assert_eq!(
        items,
        vec![Ok("h/a".to_string()), Err("404 h/bad".to_string())]
    );
}

// ok = [r for r in await asyncio.gather(*[get(p) for p in paths], return_exceptions=True) if not isinstance(r, Exception)]
#[tokio::test(start_paused = true)]
async fn fault_tolerant_gather() {
    let client = Client::new("h");
    let paths = vec!["a", "bad", "c", "bad2"];
    let ok = acomp![r for p in &paths if let Ok(r) = client.get(p).await; concurrency = 4];
    assert_eq!(ok, vec!["h/a", "h/c"]);
}

// all([await status(h) == 200 for h in hosts])
#[tokio::test(start_paused = true)]
async fn all_healthy() {
    let hosts = vec!["a", "b"];
    assert!(acomp![await status(h) == 200 for h in &hosts]
        .iter()
        .all(|ok| *ok));
    let hosts = vec!["a", "moved"];
    assert!(
        !acomp![status(h).await == 200 for h in &hosts; concurrency = 2]
            .into_iter()
            .all(|ok| ok)
    );
}

// def doubled(xs): return (await double(x) for x in xs)
fn doubled(xs: Vec<u64>) -> impl Stream<Item = u64> {
    acomp!(move (double(x).await for x in xs))
}

#[tokio::test(start_paused = true)]
async fn returned_async_generator() {
    let s = doubled(vec![1, 2, 3]);
    assert_eq!(s.collect::<Vec<_>>().await, vec![2, 4, 6]);
}

// concurrency limit from config: gather with limit = settings.max_conns
#[tokio::test(start_paused = true)]
async fn concurrency_from_variable() {
    struct Settings {
        max_conns: usize,
    }
    let settings = Settings { max_conns: 3 };
    let ids: Vec<u32> = (1..=6).collect();
    let client = Arc::new(Client::new("svc"));
    let start = Instant::now();
    let titles = acomp![client.title(id).await for id in ids; concurrency = settings.max_conns];
    assert_eq!(titles.len(), 6);
    assert_eq!(titles[5], "title-6");
    assert_eq!(start.elapsed(), Duration::from_millis(20));
}

// [await check(await normalize_async(x)) for x in raw if await check(x)]
#[tokio::test]
async fn nested_awaits_in_condition() {
    async fn clean(s: &str) -> String {
        s.trim().to_lowercase()
    }
    async fn valid(s: &str) -> bool {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase())
    }
    let raw = vec![" Foo ", "B4r", "  ", "baz"];
    assert_eq!(
        acomp![x for x in &raw if await valid(&await clean(x))],
        vec![&" Foo ", &"baz"]
    );
}

// per-request context: [await handle(req, ctx) for req in batch] with a cloned Arc in each item
#[tokio::test(start_paused = true)]
async fn arc_clone_per_item() {
    struct Ctx {
        prefix: String,
    }
    async fn handle(req: u32, ctx: Arc<Ctx>) -> String {
        sleep(Duration::from_millis(u64::from(req))).await;
        format!("{}{req}", ctx.prefix)
    }
    let ctx = Arc::new(Ctx { prefix: "r".into() });
    let out =
        acomp![handle(req, ctx.clone()).await for req in [30, 10, 20]; concurrency = 2, unordered];
    // 30 and 10 start; 10 ends at 10ms, 20 starts, ends at 30ms; 30 ends at 30ms
    assert_eq!(out.len(), 3);
    assert_eq!(out[0], "r10");
    assert_eq!(Arc::strong_count(&ctx), 1);
}

// [await asyncio.wait_for(fetch(u), 0.05) ...] -> timeouts skipped
#[tokio::test(start_paused = true)]
async fn timeouts_skipped() {
    let delays = vec![10u64, 100, 20];
    let done = acomp![v for d in delays if let Ok(v) = tokio::time::timeout(Duration::from_millis(50), double(d)).await];
    assert_eq!(done, vec![20, 40]);
}

// ---------------------------------------------------------------------------
// round-10 probes: shapes a user reaches for next

struct Mirror {
    client: Client,
    paths: Vec<&'static str>,
}

impl Mirror {
    // def pages(self): return bounded((await self.client.get(p) for p in self.paths), 2)
    fn pages(&self) -> impl Stream<Item = Result<String, String>> + '_ {
        acomp!((await self.client.get(p) for p in &self.paths; concurrency = 2))
    }

    // async def sizes(self): return {p: len(await self.client.get(p)) for p in self.paths}
    async fn sizes(&self) -> Result<HashMap<&'static str, usize>, String> {
        acomp!({*p: await self.client.get(p)?.len() for p in &self.paths; concurrency = 4})
    }
}

#[tokio::test(start_paused = true)]
async fn self_lazy_concurrent_and_dict_with_try() {
    let m = Mirror {
        client: Client::new("m"),
        paths: vec!["ab", "cdef"],
    };
    let pages: Vec<_> = m.pages().collect().await;
    assert_eq!(
        pages,
        vec![Ok("m/ab".to_string()), Ok("m/cdef".to_string())]
    );
    assert_eq!(m.sizes().await, Ok(HashMap::from([("ab", 4), ("cdef", 6)])));
}

// [(p, len(body)) for p in paths if (body := await get(p)) ...] gathered, failures skipped
#[tokio::test(start_paused = true)]
async fn if_let_then_let_under_concurrency() {
    let client = Client::new("h");
    let paths = vec!["a", "bad", "ccc"];
    let out = acomp![(*p, n) for p in &paths if let Ok(body) = client.get(p).await let n: usize = body.len(); concurrency = 2];
    assert_eq!(out, vec![("a", 3), ("ccc", 5)]);
}

// [await fetch(w) for w in line.strip().split(' ')]
#[tokio::test(start_paused = true)]
async fn temporary_first_iterable_async() {
    let line = String::from("  x y ");
    assert_eq!(
        acomp![fetch(w).await for w in line.trim().split(' ')],
        vec!["<x>", "<y>"]
    );
}

// [f"{u} is {'up' if await status(u) == 200 else 'down'}" for u in urls]
#[tokio::test(start_paused = true)]
async fn await_in_conditional_in_format() {
    let urls = ["a", "missing"];
    assert_eq!(
        acomp![format!("{u} is {}", "up" if await status(u) == 200 else "down") for u in urls],
        vec!["a is up", "missing is down"]
    );
}

// [x async for x in await open_stream()]
#[tokio::test]
async fn awaited_first_iterable_lazy_and_eager() {
    async fn open_stream(n: i32) -> impl Stream<Item = i32> {
        stream::iter(0..n)
    }
    assert_eq!(
        acomp![x * x async for x in open_stream(4).await],
        vec![0, 1, 4, 9]
    );
    let lazy = acomp!((x + 1 async for x in open_stream(3).await));
    assert_eq!(lazy.collect::<Vec<_>>().await, vec![1, 2, 3]);
}

// [await f(x) for x in xs] where f is a lambda returning a coroutine
#[tokio::test]
async fn async_closure_call() {
    let offset = 10;
    let f = |x: i32| async move { x + offset };
    assert_eq!(acomp![f(x).await for x in [1, 2]], vec![11, 12]);
}

// [sum(x * y for y in range(x)) for x in xs]  (generator display with a method)
#[test]
fn nested_generator_with_method_call() {
    assert_eq!(
        comp![(x * y for y in 0..x).sum::<i32>() for x in [3, 4]],
        vec![9, 24]
    );
}

// [x for x in (primary if use_primary else fallback) if x]
#[test]
fn conditional_as_iterable() {
    let primary = vec![1, 0, 2];
    let fallback = vec![9];
    let use_primary = true;
    assert_eq!(
        comp![*x for x in (&primary if use_primary else &fallback) if *x != 0],
        vec![1, 2]
    );
}

// tasks = [asyncio.create_task(double(x)) for x in xs]; results = [await t for t in tasks]
#[tokio::test(start_paused = true)]
async fn create_tasks_then_await_each() {
    let tasks = comp![tokio::spawn(double(x)) for x in [30, 10, 20]];
    let start = Instant::now();
    let results = acomp![await t? for t in tasks];
    assert_eq!(results.unwrap(), vec![60, 20, 40]);
    assert_eq!(start.elapsed(), Duration::from_millis(30));
}

// gen = (await client.get(p) for p in paths); first = await anext(gen)  -- only one request made
#[tokio::test(start_paused = true)]
async fn lazy_is_lazy() {
    let client = Client::new("h");
    let paths = vec!["a", "b", "c"];
    let first: Vec<_> = acomp!((client.get(p).await.unwrap() for p in &paths))
        .take(1)
        .collect()
        .await;
    assert_eq!(first, vec!["h/a"]);
    assert_eq!(client.calls.load(Ordering::SeqCst), 1);
}

// asyncio.create_task(worker(urls)) where worker does [await fetch(u) for u in urls]
#[tokio::test(start_paused = true)]
async fn comprehension_inside_spawned_task() {
    let urls = urls();
    let handle =
        tokio::spawn(async move { acomp![fetch(&u).await for u in urls; concurrency = 3] });
    assert_eq!(handle.await.unwrap(), vec!["<a.com>", "<b.com>", "<c.com>"]);
}

// [await (fast(x) if x < 10 else slow(x)) for x in xs]
#[tokio::test(start_paused = true)]
async fn await_in_both_branches() {
    async fn cached(x: u64) -> u64 {
        x
    }
    let out = acomp![cached(x).await if x < 10 else double(x).await for x in [5, 20]];
    assert_eq!(out, vec![5, 40]);
}

// [n for u in names if (n := await client.count(u)) > 0]  gathered
#[tokio::test]
async fn walrus_await_under_concurrency() {
    let client = Client::new("c");
    let names = vec!["ab", "abcd", "xyz"];
    assert_eq!(
        acomp![n for u in &names if (n := client.count(u).await) > 0; concurrency = 2],
        vec![2, 1]
    );
}

// [x async for x in doubled_stream]  with StreamExt::then as the iterable
#[tokio::test(start_paused = true)]
async fn stream_then_as_iterable() {
    assert_eq!(
        acomp![x + 1 async for x in stream::iter(vec![1u64, 2]).then(double)],
        vec![3, 5]
    );
}

// [sum(1 for v in row if 0 < v < 10) for row in grid]
#[test]
fn chained_comparison_in_closure() {
    let grid = vec![vec![0, 5, 9, 10], vec![3, 30]];
    assert_eq!(
        comp![row.iter().filter(|v| 0 < **v < 10).count() for row in &grid],
        vec![2, 1]
    );
}

impl Stats {
    // def above_mean(self): return (x for x in self.values if x > self.mean)
    fn above_mean(&self) -> impl Iterator<Item = &f64> + '_ {
        comp!((x for x in &self.values if *x > self.mean))
    }
}

#[test]
fn lazy_method_borrowing_self() {
    let stats = Stats::new(vec![1.0, 2.0, 6.0]);
    assert_eq!(stats.above_mean().collect::<Vec<_>>(), vec![&6.0]);
}

// def active_names(users): return (u.name for u in users if u.active)
fn active_names(us: &[User]) -> impl Iterator<Item = &str> {
    comp!((u.name.as_str() for u in us if u.active))
}

#[test]
fn lazy_fn_over_slice() {
    let us = users();
    assert_eq!(
        active_names(&us).collect::<Vec<_>>(),
        vec!["Ann", "Cy", "dee"]
    );
}

// [await asyncio.gather(*[fetch(p) for p in ps]) for ps in groups]
#[tokio::test(start_paused = true)]
async fn nested_gather_per_group() {
    let groups = vec![vec!["a", "b"], vec!["c"]];
    let start = Instant::now();
    let out = acomp![[fetch(p).await for p in ps; concurrency = 2] for ps in &groups];
    assert_eq!(out, vec![vec!["<a>", "<b>"], vec!["<c>"]]);
    assert_eq!(start.elapsed(), Duration::from_millis(200));
}

// [await (double(x) if x > 0 else double(0)) for x in xs]
#[tokio::test(start_paused = true)]
async fn await_parenthesized_conditional() {
    assert_eq!(
        acomp![await (double(x) if x > 0 else double(1)) for x in [0u64, 3]],
        vec![2, 6]
    );
}

// bounded lazy gather with failures: stops at the first error
#[tokio::test(start_paused = true)]
async fn lazy_concurrent_fallible() {
    let client = Client::new("h");
    let paths = vec!["a", "b", "bad", "d"];
    let got: Vec<Result<String, String>> =
        acomp!((client.get(p).await? for p in &paths; concurrency = 2))
            .collect()
            .await;
    assert_eq!(
        got,
        vec![
            Ok("h/a".to_string()),
            Ok("h/b".to_string()),
            Err("404 h/bad".to_string())
        ]
    );
}

// [first for s in subs if (first := await anext(s, None)) is not None]
#[tokio::test]
async fn heads_of_streams() {
    let mut subs = [
        stream::iter(vec![1, 2]),
        stream::iter(vec![]),
        stream::iter(vec![7]),
    ];
    assert_eq!(
        acomp![first for s in subs.iter_mut() if let Some(first) = s.next().await],
        vec![1, 7]
    );
}

// {await status(u) for u in urls}  gathered
#[tokio::test(start_paused = true)]
async fn concurrent_set() {
    let urls = urls();
    assert_eq!(
        acomp!({status(u).await for u in &urls; concurrency = 3}),
        HashSet::from([200])
    );
}

// [(i, x) async for i, x in aenumerate(stream)]
#[tokio::test]
async fn bare_tuple_pattern_async() {
    let s = stream::iter(vec!["a", "b"]).enumerate();
    assert_eq!(
        acomp![format!("{i}{x}") async for i, x in s],
        vec!["0a", "1b"]
    );
}

// [k for k, v in counts.items() if v > 1]
#[test]
fn bare_tuple_pattern_sync() {
    let counts = BTreeMap::from([("a", 1), ("b", 3), ("c", 2)]);
    assert_eq!(comp![*k for k, v in &counts if *v > 1], vec!["b", "c"]);
}

struct Feed {
    client: Client,
    paths: Vec<String>,
    cache: HashMap<u32, String>,
    ids: Vec<u32>,
}

impl Feed {
    // async def items(self): for p in self.paths: yield await self.client.get(p)   (self kept alive by the generator)
    fn items(self: Arc<Self>) -> impl Stream<Item = Result<String, String>> + 'static {
        acomp!(move (self.client.get(&p).await for p in self.paths.clone(); concurrency = 2))
    }

    // async def refresh(self): self.cache.update({i: await self.client.title(i) for i in self.ids})
    async fn refresh(&mut self) {
        self.cache
            .extend(acomp!({*i: await self.client.title(*i) for i in &self.ids}));
    }
}

#[tokio::test(start_paused = true)]
async fn arc_self_stream_and_mut_self_update() {
    let mut feed = Feed {
        client: Client::new("f"),
        paths: vec!["x".into(), "y".into()],
        cache: HashMap::new(),
        ids: vec![1, 2],
    };
    feed.refresh().await;
    assert_eq!(feed.cache[&2], "title-2");
    let feed = Arc::new(feed);
    let got: Vec<_> = Arc::clone(&feed).items().collect().await;
    assert_eq!(got, vec![Ok("f/x".to_string()), Ok("f/y".to_string())]);
}

// [xs[i if i < n else n - 1] for i in idx]
#[test]
fn conditional_as_index() {
    let xs = [10, 20, 30];
    let n = xs.len();
    assert_eq!(
        comp![xs[i if i < n else n - 1] for i in [0, 2, 7]],
        vec![10, 30, 30]
    );
}

// [(a if len(a) > len(b) else b).upper() for a, b in pairs]
#[test]
fn conditional_as_receiver() {
    let pairs = vec![("ab", "c"), ("d", "efg")];
    assert_eq!(
        comp![(a if a.len() > b.len() else b).to_uppercase() for (a, b) in pairs],
        vec!["AB", "EFG"]
    );
}

// [(x, 0 <= x < 10) for x in xs], [a == b == c for a, b, c in rows]
#[test]
fn chained_comparisons_in_element() {
    assert_eq!(
        comp![(x, 0 <= x < 10) for x in [-1, 5, 10]],
        vec![(-1, false), (5, true), (10, false)]
    );
    assert_eq!(
        comp![a == b == c for (a, b, c) in [(1, 1, 1), (1, 1, 2)]],
        vec![true, false]
    );
}

// sum(sum(v) for v in d.values())
#[test]
fn sum_of_sums_over_values() {
    let d = HashMap::from([("a", vec![1, 2]), ("b", vec![3])]);
    assert_eq!(
        comp!((v.iter().sum::<i32>() for v in d.values())).sum::<i32>(),
        6
    );
}

// {(k.upper() if shout else k): v for k, v in d.items()}
#[test]
fn conditional_dict_key() {
    let d = HashMap::from([("a", 1)]);
    let shout = true;
    let m = comp!({(k.to_uppercase() if shout else k.to_string()): *v for (k, v) in &d});
    assert_eq!(m, HashMap::from([("A".to_string(), 1)]));
}

// [("ok" if (s := await status(u)) == 200 else "redirect" if 300 <= s < 400 else "error") for u in urls]
#[tokio::test(start_paused = true)]
async fn match_on_awaited_value() {
    let urls = ["a", "moved", "missing"];
    let labels = acomp![match status(u).await { 200 => "ok", 300..=399 => "redirect", _ => "error" } for u in urls];
    assert_eq!(labels, vec!["ok", "redirect", "error"]);
}

// first = await anext(ids); rest = await asyncio.gather(*[fetch(i) async for i in ids])
#[tokio::test(start_paused = true)]
async fn concurrency_over_mut_stream() {
    let mut ids = stream::iter(vec!["h", "a", "b", "c"]);
    let header = ids.next().await.unwrap();
    let start = Instant::now();
    let rest = acomp![fetch(i).await async for i in &mut ids; concurrency = 3];
    assert_eq!(header, "h");
    assert_eq!(rest, vec!["<a>", "<b>", "<c>"]);
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

// [f"{a}-{b}" for pair in pairs for a, b in [pair]]  /  label = "hi" if x > 5 else "lo"
#[test]
fn let_destructure_and_conditional_let() {
    let pairs = vec![(1, 'x'), (7, 'y')];
    assert_eq!(
        comp![format!("{label}{a}{b}") for p in &pairs let (a, b) = p let label = "hi" if *a > 5 else "lo"],
        vec!["lo1x", "hi7y"]
    );
}

// [await cache.get(k) for k in keys]  -> None if any key is missing
#[tokio::test]
async fn option_all_or_nothing() {
    async fn lookup(k: &str) -> Option<usize> {
        if k.is_empty() {
            None
        } else {
            Some(k.len())
        }
    }
    assert_eq!(
        acomp![lookup(k).await? for k in ["ab", "c"]],
        Some(vec![2, 1])
    );
    assert_eq!(acomp![lookup(k).await? for k in ["ab", ""]], None);
}

// async def body_sizes(client, paths): return [len(await client.get(p)) for p in paths]
async fn body_sizes(client: &Client, paths: &[&str]) -> Result<Vec<usize>, String> {
    acomp![client.get(p).await?.len() for p in paths]
}

#[tokio::test(start_paused = true)]
async fn tail_expression_result() {
    let c = Client::new("ab");
    assert_eq!(body_sizes(&c, &["x", "yz"]).await, Ok(vec![4, 5]));
    assert_eq!(
        body_sizes(&c, &["bad"]).await,
        Err("404 ab/bad".to_string())
    );
}

// async def check_all(xs, pred): return [await pred(x) for x in xs]
async fn check_all<F, Fut>(xs: &[i32], pred: F) -> Vec<bool>
where
    F: Fn(i32) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    acomp![pred(*x).await for x in xs; concurrency = 2]
}

#[tokio::test]
async fn generic_async_predicate() {
    assert_eq!(
        check_all(&[1, 2, 3], is_even).await,
        vec![false, true, false]
    );
}
