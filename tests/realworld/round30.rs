//! Real code round 30: asyncio-heavy service code (crawlers and fetchers,
//! gather with a bound, retry and timeout wrappers, async generators,
//! health checks, fan-out) and its sync helpers (config merging, dedupe,
//! grouping, inverted indexes, membership tests), translated to Rust with
//! `comp!` / `acomp!`.

#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use futures::stream::{self, Stream, StreamExt};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::future::Future;
use std::time::Duration;
use tokio::time::{sleep, timeout, Instant};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

// ---------------------------------------------------------------------------
// A fake HTTP service
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum FetchError {
    NotFound(String),
    Server(u16),
    Timeout(String),
    Parse(String),
}

impl From<tokio::time::error::Elapsed> for FetchError {
    fn from(_: tokio::time::error::Elapsed) -> Self {
        FetchError::Timeout("elapsed".to_string())
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Response {
    url: String,
    status: u16,
    body: String,
}

fn latency_ms(url: &str) -> u64 {
    if url.contains("slow") {
        300
    } else if url.contains("fast") {
        10
    } else {
        100
    }
}

async fn fetch(url: &str) -> String {
    sleep(ms(latency_ms(url))).await;
    format!("<html>{url}</html>")
}

async fn get(url: &str) -> Result<Response, FetchError> {
    sleep(ms(latency_ms(url))).await;
    if url.contains("missing") {
        Err(FetchError::NotFound(url.to_string()))
    } else if url.contains("boom") {
        Err(FetchError::Server(500))
    } else {
        Ok(Response {
            url: url.to_string(),
            status: 200,
            body: format!("body of {url}"),
        })
    }
}

async fn status_of(url: &str) -> u16 {
    sleep(ms(5)).await;
    if url.contains("missing") {
        404
    } else if url.contains("boom") {
        500
    } else if url.contains("moved") {
        301
    } else {
        200
    }
}

/// `asyncio.wait_for` that maps the timeout to our own error type.
async fn deadline<F: Future>(limit_ms: u64, what: &str, fut: F) -> Result<F::Output, FetchError> {
    timeout(ms(limit_ms), fut)
        .await
        .map_err(|_| FetchError::Timeout(what.to_string()))
}

// ---------------------------------------------------------------------------
// Crawlers: sequential vs gather
// ---------------------------------------------------------------------------

#[tokio::test(start_paused = true)]
async fn crawl_sequential_awaits_one_after_another() {
    let urls = vec![
        "https://a.example/",
        "https://b.example/",
        "https://c.example/",
    ];

    // pages = [await fetch(u) for u in urls]
    let start = Instant::now();
    let pages = acomp![await fetch(u) for u in &urls];
    assert_eq!(start.elapsed(), ms(300));
    assert_eq!(
        pages,
        vec![
            "<html>https://a.example/</html>",
            "<html>https://b.example/</html>",
            "<html>https://c.example/</html>"
        ]
    );

    // sizes = [len(await fetch(u)) for u in urls]
    let sizes = acomp![fetch(u).await.len() for u in &urls];
    let mut expected = Vec::new();
    for u in &urls {
        expected.push(u.len() + 13);
    }
    assert_eq!(sizes, expected);

    // by_url = {u: await fetch(u) for u in urls}
    let start = Instant::now();
    let by_url = acomp!({*u: fetch(u).await for u in &urls});
    assert_eq!(start.elapsed(), ms(300));
    assert_eq!(
        by_url["https://b.example/"],
        "<html>https://b.example/</html>"
    );
    assert_eq!(by_url.len(), 3);
}

#[tokio::test(start_paused = true)]
async fn crawl_with_gather() {
    let urls = vec![
        "https://slow.example/",
        "https://a.example/",
        "https://fast.example/",
        "https://b.example/",
    ];

    // pages = await asyncio.gather(*[fetch(u) for u in urls])
    let start = Instant::now();
    let pages = acomp![fetch(u).await for u in &urls; concurrency = urls.len()];
    assert_eq!(start.elapsed(), ms(300));
    assert_eq!(pages[0], "<html>https://slow.example/</html>");
    assert_eq!(pages[2], "<html>https://fast.example/</html>");

    // statuses = dict(zip(urls, await asyncio.gather(*[status_of(u) for u in urls])))
    let start = Instant::now();
    let statuses = acomp!({*u: status_of(u).await for u in &urls; concurrency = 10});
    assert_eq!(start.elapsed(), ms(5));
    assert!(statuses.values().all(|s| *s == 200));

    // for page in asyncio.as_completed([fetch(u) for u in urls]): ...
    let start = Instant::now();
    let done = acomp![fetch(u).await for u in &urls; concurrency = 4, unordered];
    assert_eq!(start.elapsed(), ms(300));
    assert_eq!(
        done,
        vec![
            "<html>https://fast.example/</html>",
            "<html>https://a.example/</html>",
            "<html>https://b.example/</html>",
            "<html>https://slow.example/</html>"
        ]
    );

    // hosts that answered first: [u for u in as_completed(...)][:2]
    let first_two = acomp![u async for u in acomp!((status_of(u).await.to_string() + u for u in &urls; concurrency = 4, unordered)).take(2)];
    assert_eq!(first_two.len(), 2);
}

async fn tracked(url: &str, in_flight: &Cell<usize>, peak: &Cell<usize>) -> String {
    in_flight.set(in_flight.get() + 1);
    peak.set(peak.get().max(in_flight.get()));
    let page = fetch(url).await;
    in_flight.set(in_flight.get() - 1);
    page
}

#[tokio::test(start_paused = true)]
async fn crawl_bounded_by_semaphore() {
    let urls: Vec<String> = (0..10)
        .map(|i| format!("https://site{i}.example/"))
        .collect();
    let in_flight = Cell::new(0);
    let peak = Cell::new(0);

    // sem = asyncio.Semaphore(3)
    // async def bounded(u):
    //     async with sem: return await fetch(u)
    // pages = await asyncio.gather(*[bounded(u) for u in urls])
    let start = Instant::now();
    let pages = acomp![tracked(u, &in_flight, &peak).await for u in &urls; concurrency = 3];
    assert_eq!(start.elapsed(), ms(400));
    assert_eq!(peak.get(), 3);
    assert_eq!(in_flight.get(), 0);
    assert_eq!(pages.len(), 10);
    assert_eq!(pages[7], "<html>https://site7.example/</html>");

    // same with the limit from config: limit = 10 if burst else 2
    let burst = false;
    peak.set(0);
    let start = Instant::now();
    let lens = acomp![tracked(u, &in_flight, &peak).await.len() for u in &urls; concurrency = 10 if burst else 2];
    assert_eq!(start.elapsed(), ms(500));
    assert_eq!(peak.get(), 2);
    assert!(lens.iter().zip(&urls).all(|(n, u)| *n == u.len() + 13));

    // only the even sites, still bounded
    peak.set(0);
    let start = Instant::now();
    let even = acomp![tracked(u, &in_flight, &peak).await for (i, u) in urls.iter().enumerate() if i % 2 == 0; concurrency = 5];
    assert_eq!(start.elapsed(), ms(100));
    assert_eq!(peak.get(), 5);
    assert_eq!(even.len(), 5);
}

#[tokio::test(start_paused = true)]
async fn lazy_gather_stream() {
    let urls = vec![
        "https://slow.example/",
        "https://fast.example/",
        "https://a.example/",
    ];

    // async for page in stream.map(fetch, urls, task_limit=2): ...
    let mut pages = acomp!((fetch(u).await for u in &urls); concurrency = 2);
    let start = Instant::now();
    let first = pages.next().await.unwrap();
    assert_eq!(first, "<html>https://slow.example/</html>");
    assert_eq!(start.elapsed(), ms(300));
    let rest = pages.collect::<Vec<_>>().await;
    assert_eq!(rest.len(), 2);
    assert_eq!(start.elapsed(), ms(300));

    // completion order, lazily
    let mut done = acomp!((u.to_string() for u in &urls if !fetch(u).await.is_empty(); concurrency = 3, unordered));
    assert_eq!(done.next().await.unwrap(), "https://fast.example/");
}

// ---------------------------------------------------------------------------
// Errors as values: `?` in async comprehensions
// ---------------------------------------------------------------------------

#[tokio::test(start_paused = true)]
async fn fetch_all_or_nothing() {
    let good = vec!["https://a.example/", "https://b.example/"];
    let bad = vec![
        "https://a.example/",
        "https://fast-missing.example/",
        "https://boom.example/",
    ];

    // bodies = [(await get(u)).body for u in urls]
    let ok: Result<Vec<String>, FetchError> = acomp![get(u).await?.body for u in &good];
    assert_eq!(
        ok.unwrap(),
        vec!["body of https://a.example/", "body of https://b.example/"]
    );

    let err = acomp![get(u).await?.body for u in &bad];
    assert_eq!(
        err,
        Err(FetchError::NotFound("https://fast-missing.example/".into()))
    );

    // prefix await with ?: [await get(u) for u in urls]
    let responses = acomp![await get(u)? for u in &good];
    assert_eq!(responses.unwrap()[1].status, 200);

    // gather raises the first exception; the others are cancelled
    let start = Instant::now();
    let r = acomp![get(u).await? for u in &bad; concurrency = 3];
    assert_eq!(
        r,
        Err(FetchError::NotFound("https://fast-missing.example/".into()))
    );
    assert_eq!(start.elapsed(), ms(10));

    // {u: (await get(u)).status for u in urls}
    let codes = acomp!({u.to_string(): get(u).await?.status for u in &good});
    assert_eq!(codes.unwrap()["https://a.example/"], 200);
}

async fn crawl_site(urls: &[&str]) -> Result<usize, FetchError> {
    let bodies = acomp![get(u).await?.body for u in urls; concurrency = 4]?;
    Ok(bodies.iter().map(|b| b.len()).sum())
}

#[tokio::test(start_paused = true)]
async fn question_mark_outside_and_inside() {
    assert_eq!(
        crawl_site(&["https://a.example/", "https://bb.example/"]).await,
        Ok(53)
    );
    assert_eq!(
        crawl_site(&["https://a.example/", "https://boom.example/"]).await,
        Err(FetchError::Server(500))
    );

    // results = await asyncio.gather(*[get(u) for u in urls], return_exceptions=True)
    // errors = [r for r in results if isinstance(r, Exception)]
    // ok = [r.body for r in results if not isinstance(r, Exception)]
    let urls = vec![
        "https://a.example/",
        "https://missing.example/",
        "https://boom.example/",
    ];
    let results = acomp![get(u).await for u in &urls; concurrency = 3];
    let errors = comp![e for r in &results if let Err(e) = r];
    let ok = comp![r.body.clone() for r in &results if let Ok(r) = r];
    assert_eq!(
        errors,
        vec![
            &FetchError::NotFound("https://missing.example/".into()),
            &FetchError::Server(500)
        ]
    );
    assert_eq!(ok, vec!["body of https://a.example/"]);

    // failed = {u: type(e).__name__ for u, r in zip(urls, results) if isinstance(r, Exception)}
    let failed =
        comp!({*u: format!("{e:?}") for (u, r) in urls.iter().zip(&results) if let Err(e) = r});
    assert_eq!(failed.len(), 2);
    assert_eq!(failed["https://boom.example/"], "Server(500)");
}

// ---------------------------------------------------------------------------
// Retry and timeout wrappers
// ---------------------------------------------------------------------------

struct Flaky {
    failures: RefCell<HashMap<String, u32>>,
    calls: Cell<u32>,
}

impl Flaky {
    fn new(plan: &[(&str, u32)]) -> Self {
        Flaky {
            failures: RefCell::new(plan.iter().map(|(u, n)| (u.to_string(), *n)).collect()),
            calls: Cell::new(0),
        }
    }

    async fn get(&self, url: &str) -> Result<String, FetchError> {
        sleep(ms(10)).await;
        self.calls.set(self.calls.get() + 1);
        let mut failures = self.failures.borrow_mut();
        let left = failures.entry(url.to_string()).or_insert(0);
        if *left > 0 {
            *left -= 1;
            Err(FetchError::Server(503))
        } else {
            Ok(format!("ok:{url}"))
        }
    }
}

async fn with_retries(svc: &Flaky, url: &str, attempts: u32) -> Result<String, FetchError> {
    let mut last = None;
    for i in 0..attempts {
        match svc.get(url).await {
            Ok(v) => return Ok(v),
            Err(e) => {
                last = Some(e);
                if i + 1 < attempts {
                    sleep(ms(100 * 2u64.pow(i))).await;
                }
            }
        }
    }
    Err(last.unwrap())
}

#[tokio::test(start_paused = true)]
async fn retry_wrapper_inside_elements() {
    let urls = vec!["a", "b", "c"];

    // results = [await with_retries(svc.get, u, attempts=3) for u in urls]
    let svc = Flaky::new(&[("a", 1), ("c", 2)]);
    let start = Instant::now();
    let results = acomp![with_retries(&svc, u, 3).await? for u in &urls];
    assert_eq!(
        results,
        Ok(vec!["ok:a".to_string(), "ok:b".into(), "ok:c".into()])
    );
    // a: 10 + 100 + 10; b: 10; c: 10 + 100 + 10 + 200 + 10
    assert_eq!(start.elapsed(), ms(120 + 10 + 330));
    assert_eq!(svc.calls.get(), 6);

    // same under gather: the slowest retry chain decides
    let svc = Flaky::new(&[("a", 1), ("c", 2)]);
    let start = Instant::now();
    let results = acomp![with_retries(&svc, u, 3).await? for u in &urls; concurrency = 3];
    assert_eq!(results.unwrap().len(), 3);
    assert_eq!(start.elapsed(), ms(330));

    // a url that never recovers fails the whole gather
    let svc = Flaky::new(&[("b", 5)]);
    let results = acomp![with_retries(&svc, u, 2).await? for u in &urls];
    assert_eq!(results, Err(FetchError::Server(503)));

    // attempts = {u: await count_attempts(u) for u in urls}, skipping failures
    let svc = Flaky::new(&[("a", 1), ("b", 9)]);
    let recovered =
        acomp!({*u: body for u in &urls if let Ok(body) = with_retries(&svc, u, 2).await});
    assert_eq!(recovered.len(), 2);
    assert!(!recovered.contains_key("b"));
}

#[tokio::test(start_paused = true)]
async fn timeouts_inside_elements() {
    let urls = vec![
        "https://slow.example/",
        "https://a.example/",
        "https://fast.example/",
    ];

    // async def fetch_or_none(u):
    //     try: return await asyncio.wait_for(fetch(u), 0.2)
    //     except asyncio.TimeoutError: return None
    // pages = [await fetch_or_none(u) for u in urls]
    let start = Instant::now();
    let pages = acomp![timeout(ms(200), fetch(u)).await.ok() for u in &urls];
    assert_eq!(start.elapsed(), ms(200 + 100 + 10));
    assert_eq!(pages[0], None);
    assert_eq!(
        pages[2].as_deref(),
        Some("<html>https://fast.example/</html>")
    );

    // under gather every timeout runs at once
    let start = Instant::now();
    let pages = acomp![timeout(ms(200), fetch(u)).await.ok() for u in &urls; concurrency = 3];
    assert_eq!(start.elapsed(), ms(200));
    assert_eq!(pages.iter().filter(|p| p.is_some()).count(), 2);

    // fast = {u: page for u in urls if (page := await fetch_or_none(u)) is not None}
    let fast = acomp!({*u: page for u in &urls if let Ok(page) = timeout(ms(200), fetch(u)).await});
    assert_eq!(fast.len(), 2);
    assert!(fast.contains_key("https://a.example/"));

    // timed_out = [u for u in urls if await fetch_or_none(u) is None]
    let timed_out = acomp![*u for u in &urls if timeout(ms(200), fetch(u)).await.is_err()];
    assert_eq!(timed_out, vec!["https://slow.example/"]);
}

#[tokio::test(start_paused = true)]
async fn nested_result_double_question_mark() {
    let urls = vec!["https://a.example/", "https://b.example/"];
    let with_slow = vec!["https://a.example/", "https://slow.example/"];
    let with_boom = vec!["https://a.example/", "https://boom.example/"];

    // bodies = [(await asyncio.wait_for(get(u), 0.2)).body for u in urls]
    let bodies =
        acomp![timeout(ms(200), get(u)).await.map_err(FetchError::from)??.body for u in &urls];
    assert_eq!(bodies.unwrap().len(), 2);

    // with our own wrapper the two error types match
    let bodies = acomp![deadline(200, u, get(u)).await??.body for u in &urls];
    assert_eq!(
        bodies,
        Ok(vec![
            "body of https://a.example/".to_string(),
            "body of https://b.example/".to_string()
        ])
    );
    let r = acomp![deadline(200, u, get(u)).await??.body for u in &with_slow];
    assert_eq!(r, Err(FetchError::Timeout("https://slow.example/".into())));
    let r = acomp![deadline(200, u, get(u)).await??.status for u in &with_boom; concurrency = 2];
    assert_eq!(r, Err(FetchError::Server(500)));

    // statuses = {u: (await wait_for(get(u), .2)).status for u in urls}
    let statuses =
        acomp!({*u: deadline(200, u, get(u)).await??.status for u in &urls; concurrency = 2});
    assert_eq!(
        statuses.unwrap().values().copied().collect::<Vec<_>>(),
        vec![200, 200]
    );
}

// ---------------------------------------------------------------------------
// Async generators consumed by async comprehensions
// ---------------------------------------------------------------------------

async fn tick(i: u64, every: Duration) -> u64 {
    sleep(every).await;
    i
}

// async def ticks(n, every):
//     for i in range(n):
//         await asyncio.sleep(every)
//         yield i
fn ticks(n: u64, every: Duration) -> impl Stream<Item = u64> {
    acomp!(move (tick(i, every).await for i in 0..n))
}

#[derive(Debug, Clone, PartialEq)]
struct User {
    id: u32,
    name: String,
    role: String,
    active: bool,
}

fn user(id: u32, name: &str, role: &str, active: bool) -> User {
    User {
        id,
        name: name.to_string(),
        role: role.to_string(),
        active,
    }
}

struct Api {
    pages: Vec<Vec<User>>,
}

impl Api {
    fn demo() -> Api {
        Api {
            pages: vec![
                vec![
                    user(1, "ann", "admin", true),
                    user(2, "bob", "viewer", false),
                ],
                vec![user(3, "cy", "owner", true), user(4, "dee", "editor", true)],
                vec![user(5, "eve", "viewer", true)],
            ],
        }
    }

    fn page_count(&self) -> usize {
        self.pages.len()
    }

    async fn list(&self, page: usize) -> Vec<User> {
        sleep(ms(50)).await;
        self.pages.get(page - 1).cloned().unwrap_or_default()
    }

    async fn lookup(&self, id: u32) -> Option<User> {
        sleep(ms(20)).await;
        self.pages.iter().flatten().find(|u| u.id == id).cloned()
    }
}

// async def all_users(api):
//     for page in range(1, api.page_count + 1):
//         for u in await api.list(page):
//             yield u
fn all_users(api: &Api) -> impl Stream<Item = User> + '_ {
    acomp!((u for page in 1..=api.page_count() for u in api.list(page).await))
}

#[tokio::test(start_paused = true)]
async fn async_generators_as_sources() {
    // evens = [t async for t in ticks(5, 0.1) if t % 2 == 0]
    let start = Instant::now();
    let evens = acomp![t async for t in ticks(5, ms(100)) if t % 2 == 0];
    assert_eq!(evens, vec![0, 2, 4]);
    assert_eq!(start.elapsed(), ms(500));

    // squares = {t: t * t async for t in ticks(4, 0.01)}
    let squares = acomp!({t: t * t async for t in ticks(4, ms(10))});
    assert_eq!(squares, HashMap::from([(0, 0), (1, 1), (2, 4), (3, 9)]));

    let api = Api::demo();
    // names = [u.name async for u in all_users(api) if u.active]
    let start = Instant::now();
    let names = acomp![u.name async for u in all_users(&api) if u.active];
    assert_eq!(names, vec!["ann", "cy", "dee", "eve"]);
    assert_eq!(start.elapsed(), ms(150));

    // roles = {u.role async for u in all_users(api)}
    let roles = acomp!({u.role async for u in all_users(&api)});
    assert_eq!(
        roles,
        HashSet::from([
            "admin".to_string(),
            "viewer".into(),
            "owner".into(),
            "editor".into()
        ])
    );

    // by_id = {u.id: u.name async for u in all_users(api)}
    let by_id = acomp!({u.id: u.name async for u in all_users(&api)});
    assert_eq!(by_id[&4], "dee");

    // first = [u async for u in islice(all_users(api), 3)]
    let start = Instant::now();
    let first = acomp![u.id async for u in all_users(&api).take(3)];
    assert_eq!(first, vec![1, 2, 3]);
    assert_eq!(start.elapsed(), ms(100));

    // enrich each user: [(u.id, await api.lookup(u.id)) async for u in all_users(api)]
    let again =
        acomp![api.lookup(u.id).await.map(|x| x.name) async for u in all_users(&api) if u.id > 3];
    assert_eq!(
        again,
        vec![Some("dee".to_string()), Some("eve".to_string())]
    );
}

// async def lines(chunks):
//     async for chunk in chunks:
//         for line in chunk.splitlines():
//             if line.strip():
//                 yield line
fn nonblank_lines<S: Stream<Item = String> + Unpin>(chunks: S) -> impl Stream<Item = String> {
    acomp!((line.trim().to_string() async for chunk in chunks for line in chunk.lines() if !line.trim().is_empty()))
}

#[tokio::test]
async fn async_generator_of_lines() {
    let chunks = stream::iter(vec![
        "GET /a 200\n\nGET /b 404\n".to_string(),
        "  \nPOST /c 500\n".to_string(),
    ]);
    // records = [line.split() async for line in lines(chunks)]
    let records = acomp![line.split(' ').map(str::to_string).collect::<Vec<_>>() async for line in nonblank_lines(chunks)];
    assert_eq!(records.len(), 3);
    assert_eq!(records[2], vec!["POST", "/c", "500"]);

    // errors = [l async for l in lines(chunks) if int(l.split()[2]) >= 400]
    let chunks = stream::iter(vec![
        "GET /a 200\nGET /b 404\n".to_string(),
        "POST /c 500\n".to_string(),
    ]);
    let errors = acomp![l async for l in nonblank_lines(chunks) if l.split(' ').nth(2).unwrap().parse::<u16>().unwrap() >= 400];
    assert_eq!(errors, vec!["GET /b 404", "POST /c 500"]);

    // codes = [int(l.rsplit(' ', 1)[1]) async for l in lines(chunks)]  (raises)
    let chunks = stream::iter(vec!["GET /a 200\nGET /b oops\n".to_string()]);
    let codes =
        acomp![l.rsplit(' ').next().unwrap().parse::<u16>()? async for l in nonblank_lines(chunks)];
    assert!(codes.is_err());
}

// ---------------------------------------------------------------------------
// Nested comprehensions inside async ones
// ---------------------------------------------------------------------------

async fn quote(symbol: &str, venue: &str) -> u32 {
    sleep(ms(10)).await;
    (symbol.len() * 100 + venue.len()) as u32
}

async fn shade(c: u8) -> char {
    sleep(ms(1)).await;
    if c > 128 {
        '#'
    } else {
        '.'
    }
}

#[tokio::test(start_paused = true)]
async fn nested_async_comprehensions() {
    let symbols = vec!["AAPL", "MSFT", "GOOG", "X"];
    let venues = vec!["nyse", "nasdaq"];

    // quotes = [[await quote(s, v) for v in venues] for s in symbols]
    let start = Instant::now();
    let quotes = acomp![[quote(s, v).await for v in &venues] for s in &symbols];
    assert_eq!(start.elapsed(), ms(80));
    assert_eq!(quotes[0], vec![404, 406]);
    assert_eq!(quotes[3], vec![104, 106]);

    // gather over symbols, each row sequential inside
    let start = Instant::now();
    let quotes2 = acomp![[quote(s, v).await for v in &venues] for s in &symbols; concurrency = 4];
    assert_eq!(start.elapsed(), ms(20));
    assert_eq!(quotes2, quotes);

    // best = {s: min([await quote(s, v) for v in venues]) for s in symbols}
    let best =
        acomp!({*s: *[quote(s, v).await for v in &venues].iter().min().unwrap() for s in &symbols});
    assert_eq!(best["X"], 104);

    // grid = [[await shade(c) for c in row] for row in image]
    let image = vec![vec![0u8, 200, 255], vec![130, 10, 129]];
    let grid = acomp![[shade(*c).await for c in row] for row in &image];
    let mut expected = Vec::new();
    for row in &image {
        let mut r = Vec::new();
        for &c in row {
            r.push(if c > 128 { '#' } else { '.' });
        }
        expected.push(r);
    }
    assert_eq!(grid, expected);

    // ascii = ["".join([await shade(c) for c in row]) for row in image]
    let ascii =
        acomp![[shade(*c).await for c in row].into_iter().collect::<String>() for row in &image];
    assert_eq!(ascii, vec![".##", "#.#"]);

    // totals = [sum([await quote(s, v) for v in venues]) for s in symbols]
    let totals = acomp![[quote(s, v).await for v in &venues].iter().sum::<u32>() for s in &symbols];
    assert_eq!(totals, vec![810, 810, 810, 210]);

    // flat = [await quote(s, v) for s in symbols for v in venues]
    let flat = acomp![(s, v, quote(s, v).await) for s in &symbols for v in &venues if s.len() > 1];
    assert_eq!(flat.len(), 6);
    assert_eq!(flat[1], (&"AAPL", &"nasdaq", 406));
}

// ---------------------------------------------------------------------------
// Dict / set comprehensions keyed by awaited values
// ---------------------------------------------------------------------------

async fn resolve(host: &str) -> String {
    sleep(ms(15)).await;
    match host {
        "api.example.com" | "www.example.com" => "10.0.0.1".to_string(),
        "db.example.com" => "10.0.0.2".to_string(),
        _ => "0.0.0.0".to_string(),
    }
}

#[tokio::test(start_paused = true)]
async fn keyed_by_awaited_values() {
    let hosts = vec![
        "api.example.com",
        "www.example.com",
        "db.example.com",
        "nowhere",
    ];

    // ips = {await resolve(h) for h in hosts}
    let ips = acomp!({resolve(h).await for h in &hosts});
    assert_eq!(
        ips,
        HashSet::from(["10.0.0.1".to_string(), "10.0.0.2".into(), "0.0.0.0".into()])
    );

    // by_ip = {await resolve(h): h for h in hosts}   (last host wins)
    let by_ip = acomp!({resolve(h).await: *h for h in &hosts});
    assert_eq!(by_ip["10.0.0.1"], "www.example.com");
    assert_eq!(by_ip.len(), 3);

    // with gather: the last in source order still wins
    let start = Instant::now();
    let by_ip = acomp!({resolve(h).await: *h for h in &hosts; concurrency = 4});
    assert_eq!(start.elapsed(), ms(15));
    assert_eq!(by_ip["10.0.0.1"], "www.example.com");

    // reachable = {h for h in hosts if await resolve(h) != "0.0.0.0"}
    let reachable = acomp!({*h for h in &hosts if resolve(h).await != "0.0.0.0"});
    assert_eq!(reachable.len(), 3);
    assert!(!reachable.contains("nowhere"));

    // inverse = {ip: [h for h in hosts if await resolve(h) == ip] for ip in ips}
    let mut ip_list: Vec<_> = ips.iter().cloned().collect();
    ip_list.sort();
    let inverse =
        acomp!({ip.clone(): [*h for h in &hosts if resolve(h).await == *ip] for ip in &ip_list});
    assert_eq!(
        inverse["10.0.0.1"],
        vec!["api.example.com", "www.example.com"]
    );
    assert_eq!(inverse["0.0.0.0"], vec!["nowhere"]);

    // users by role, each looked up: {u.role: u.name for uid in ids if (u := await api.lookup(uid))}
    let api = Api::demo();
    let ids = vec![1, 3, 9, 5];
    let by_role = acomp!({u.role: u.name for id in &ids if let Some(u) = api.lookup(*id).await});
    assert_eq!(by_role.len(), 3);
    assert_eq!(by_role["owner"], "cy");

    // found = {(await api.lookup(i)).name for i in ids}  (raises on None)
    let found = acomp!({api.lookup(*i).await?.name for i in &ids});
    assert_eq!(found, None);
    let found = acomp!({api.lookup(*i).await?.name for i in &ids[..2]});
    assert_eq!(
        found,
        Some(HashSet::from(["ann".to_string(), "cy".to_string()]))
    );
}

// ---------------------------------------------------------------------------
// Health checks and fan-out
// ---------------------------------------------------------------------------

#[derive(Debug)]
struct Service {
    name: &'static str,
    url: &'static str,
    critical: bool,
}

const SERVICES: [Service; 4] = [
    Service {
        name: "auth",
        url: "https://auth.example/health",
        critical: true,
    },
    Service {
        name: "search",
        url: "https://slow-search.example/health",
        critical: false,
    },
    Service {
        name: "billing",
        url: "https://boom-billing.example/health",
        critical: true,
    },
    Service {
        name: "mail",
        url: "https://missing-mail.example/health",
        critical: false,
    },
];

async fn check(s: &Service) -> bool {
    status_of(s.url).await < 400
}

#[tokio::test(start_paused = true)]
async fn health_checks() {
    // results = {s.name: await check(s) for s in SERVICES}
    let results = acomp!({s.name: check(s).await for s in &SERVICES; concurrency = 4});
    assert!(results["auth"]);
    assert!(!results["billing"]);

    // down = [s.name for s in SERVICES if not await check(s)]
    let down = acomp![s.name for s in &SERVICES if !check(s).await];
    assert_eq!(down, vec!["billing", "mail"]);

    // critical_down = [s.name for s in SERVICES if s.critical and not await check(s)]
    let critical_down = acomp![s.name for s in &SERVICES if s.critical && !check(s).await];
    assert_eq!(critical_down, vec!["billing"]);

    // report = [f"{s.name}: {'up' if await check(s) else 'DOWN'}" for s in SERVICES]
    let report =
        acomp![format!("{}: {}", s.name, "up" if check(s).await else "DOWN") for s in &SERVICES];
    assert_eq!(report[0], "auth: up");
    assert_eq!(report[2], "billing: DOWN");

    // codes = [(s.name, code) for s in SERVICES if (code := await status_of(s.url)) >= 400]
    let codes =
        acomp![(s.name, code) for s in &SERVICES if (code := status_of(s.url).await) >= 400];
    assert_eq!(codes, vec![("billing", 500), ("mail", 404)]);

    // all_ok = all([await check(s) for s in SERVICES if s.critical])
    let all_ok = acomp![check(s).await for s in &SERVICES if s.critical]
        .iter()
        .all(|b| *b);
    assert!(!all_ok);
}

#[derive(Debug, PartialEq)]
enum SendError {
    Closed(u32),
}

struct Client {
    id: u32,
    open: bool,
    inbox: RefCell<Vec<String>>,
}

impl Client {
    async fn send(&self, msg: &str) -> Result<usize, SendError> {
        sleep(ms(20)).await;
        if !self.open {
            return Err(SendError::Closed(self.id));
        }
        self.inbox.borrow_mut().push(msg.to_string());
        Ok(msg.len())
    }
}

fn clients(open: &[bool]) -> Vec<Client> {
    open.iter()
        .enumerate()
        .map(|(i, o)| Client {
            id: i as u32,
            open: *o,
            inbox: RefCell::new(vec![]),
        })
        .collect()
}

// async def broadcast(clients, msg):
//     sent = await asyncio.gather(*[c.send(msg) for c in clients if c.open])
//     return len(sent)
async fn broadcast(clients: &[Client], msg: &str) -> Result<usize, SendError> {
    let sent = acomp![c.send(msg).await? for c in clients if c.open; concurrency = 16]?;
    Ok(sent.len())
}

#[tokio::test(start_paused = true)]
async fn fan_out_to_clients() {
    let cs = clients(&[true, false, true, true]);
    let start = Instant::now();
    assert_eq!(broadcast(&cs, "hello").await, Ok(3));
    assert_eq!(start.elapsed(), ms(20));
    assert_eq!(comp![c.inbox.borrow().len() for c in &cs], vec![1, 0, 1, 1]);

    // sending to a closed one raises
    let r = acomp![c.send("x").await? for c in &cs; concurrency = 4];
    assert_eq!(r, Err(SendError::Closed(1)));

    // [await c.send(msg) for c in clients]   -- used for its effect
    let cs = clients(&[true, true]);
    let sent = acomp![c.send("ping").await for c in &cs];
    assert_eq!(sent, vec![Ok(4), Ok(4)]);
    assert_eq!(cs[1].inbox.borrow().as_slice(), ["ping".to_string()]);

    // delivered = {c.id: await c.send(msg) for c in clients if c.open}
    let cs = clients(&[true, false, true]);
    let delivered = acomp!({c.id: c.send("abc").await? for c in &cs if c.open; concurrency = 3});
    assert_eq!(delivered, Ok(HashMap::from([(0, 3), (2, 3)])));
}

// ---------------------------------------------------------------------------
// Work queues and pipelines
// ---------------------------------------------------------------------------

async fn parse_job(raw: &str) -> Result<(String, u32), FetchError> {
    sleep(ms(1)).await;
    let (name, n) = raw
        .split_once(':')
        .ok_or_else(|| FetchError::Parse(raw.to_string()))?;
    let n = n
        .trim()
        .parse::<u32>()
        .map_err(|_| FetchError::Parse(raw.to_string()))?;
    Ok((name.trim().to_string(), n))
}

#[tokio::test(start_paused = true)]
async fn job_pipeline() {
    let raw = vec!["resize: 3", "thumb: 10", "crop:1"];
    let broken = vec!["resize: 3", "thumb ten"];

    // jobs = [await parse_job(r) for r in raw]  (raises ParseError)
    let jobs = acomp![parse_job(r).await? for r in &raw];
    assert_eq!(
        jobs,
        Ok(vec![
            ("resize".to_string(), 3),
            ("thumb".into(), 10),
            ("crop".into(), 1)
        ])
    );
    assert_eq!(
        acomp![parse_job(r).await? for r in &broken],
        Err(FetchError::Parse("thumb ten".into()))
    );

    // totals = {name: n * 2 for r in raw for name, n in [await parse_job(r)]}
    let totals = acomp!({name: n * 2 for r in &raw let (name, n) = parse_job(r).await?});
    assert_eq!(totals.unwrap()["thumb"], 20);

    // expanded = [f"{name}-{i}" for r in raw for name, n in [await parse_job(r)] for i in range(n)]
    let expanded = acomp![format!("{name}-{i}") for r in &raw if let Ok((name, n)) = parse_job(r).await for i in 0..n];
    assert_eq!(expanded.len(), 14);
    assert_eq!(expanded[3], "thumb-0");

    // lazy: (await parse_job(r) for r in raw) consumed with async for
    let mut lazy = acomp!((parse_job(r).await? for r in &broken));
    assert_eq!(lazy.next().await, Some(Ok(("resize".to_string(), 3))));
    assert_eq!(
        lazy.next().await,
        Some(Err(FetchError::Parse("thumb ten".into())))
    );
    assert_eq!(lazy.next().await, None);
}

#[tokio::test(start_paused = true)]
async fn producer_consumer_with_channel() {
    let (tx, rx) = futures::channel::mpsc::unbounded::<u32>();
    for i in 1..=6 {
        tx.unbounded_send(i).unwrap();
    }
    drop(tx);

    // results = [await process(item) async for item in queue_iter(q) if item % 2]
    let results = acomp![tick(item as u64 * 10, ms(5)).await async for item in rx if item % 2 == 1];
    assert_eq!(results, vec![10, 30, 50]);

    // batches: [[x async for x in batch] for batch in chunked(stream, 2)]
    let batches = acomp![chunk async for chunk in stream::iter(1..=5).chunks(2)];
    assert_eq!(batches, vec![vec![1, 2], vec![3, 4], vec![5]]);

    // flatten: [x async for sub in subs async for x in sub]
    let subs = stream::iter(vec![
        stream::iter(vec![1, 2]),
        stream::iter(vec![]),
        stream::iter(vec![3]),
    ]);
    let flat = acomp![x async for sub in subs async for x in sub];
    assert_eq!(flat, vec![1, 2, 3]);
}

// ---------------------------------------------------------------------------
// Sync helpers: config merging
// ---------------------------------------------------------------------------

fn defaults() -> HashMap<&'static str, &'static str> {
    HashMap::from([
        ("host", "0.0.0.0"),
        ("port", "8080"),
        ("workers", "4"),
        ("debug", "false"),
        ("log_level", "info"),
    ])
}

#[test]
fn config_merging() {
    let defaults = defaults();
    let file_cfg = HashMap::from([("port", "9000"), ("debug", "true")]);
    let env = vec![
        ("APP_WORKERS", "8"),
        ("APP_LOG_LEVEL", "debug"),
        ("PATH", "/usr/bin"),
        ("HOME", "/root"),
    ];

    // env_cfg = {k[4:].lower(): v for k, v in os.environ.items() if k.startswith("APP_")}
    let env_cfg = comp!({k[4..].to_lowercase(): *v for (k, v) in &env if k.starts_with("APP_")});
    assert_eq!(
        env_cfg,
        HashMap::from([
            ("workers".to_string(), "8"),
            ("log_level".to_string(), "debug")
        ])
    );

    // merged = {k: v for layer in (defaults, file_cfg, env_cfg) for k, v in layer.items()}
    let env_borrowed = comp!({k.as_str(): *v for (k, v) in &env_cfg});
    let merged =
        comp!({*k: *v for layer in [&defaults, &file_cfg, &env_borrowed] for (k, v) in layer});
    let mut expected = HashMap::new();
    for layer in [&defaults, &file_cfg, &env_borrowed] {
        for (k, v) in layer {
            expected.insert(*k, *v);
        }
    }
    assert_eq!(merged, expected);
    assert_eq!(merged["port"], "9000");
    assert_eq!(merged["workers"], "8");
    assert_eq!(merged["host"], "0.0.0.0");

    // overrides = {k: v for k, v in cli.items() if v is not None}
    let cli: Vec<(&str, Option<&str>)> = vec![("port", Some("7000")), ("host", None)];
    let overrides = comp!({*k: *v for (k, v) in &cli if let Some(v) = v});
    assert_eq!(overrides, HashMap::from([("port", "7000")]));

    // final = {k: overrides.get(k, v) for k, v in merged.items()}
    let final_cfg = comp!({*k: *overrides.get(k).unwrap_or(v) for (k, v) in &merged});
    assert_eq!(final_cfg["port"], "7000");
    assert_eq!(final_cfg["debug"], "true");

    // changed = {k for k in final if final[k] != defaults.get(k)}
    let changed = comp!({*k for (k, v) in &final_cfg if defaults.get(k) != Some(v)});
    assert_eq!(
        changed,
        HashSet::from(["port", "debug", "workers", "log_level"])
    );

    // flags = {k: v.lower() in ("1", "true", "yes") for k, v in final.items() if k in BOOL_KEYS}
    let bool_keys = ["debug"];
    let flags = comp!({*k: ["1", "true", "yes"].contains(&v.to_lowercase().as_str()) for (k, v) in &final_cfg if bool_keys.contains(k)});
    assert_eq!(flags, HashMap::from([("debug", true)]));

    // ints = {k: int(v) for k, v in final.items() if k in ("port", "workers")}
    let ints =
        comp!({*k: v.parse::<u32>()? for (k, v) in &final_cfg if ["port", "workers"].contains(k)});
    assert_eq!(ints, Ok(HashMap::from([("port", 7000), ("workers", 8)])));

    // missing = [k for k in REQUIRED if k not in final]
    let required = ["host", "port", "secret_key"];
    let missing = comp![*k for k in &required if !final_cfg.contains_key(k)];
    assert_eq!(missing, vec!["secret_key"]);
}

#[test]
fn parse_env_file_and_query_strings() {
    let env_file = "# comment\nDB_URL=postgres://db/app\n\nSECRET = s3cr3t \nEMPTY=\nbad line\n";

    // env = {k.strip(): v.strip() for line in text.splitlines()
    //        if line.strip() and not line.startswith("#") and "=" in line
    //        for k, v in [line.split("=", 1)]}
    let env = comp!({k.trim(): v.trim() for line in env_file.lines() if !line.trim().is_empty() && !line.starts_with('#') if let Some((k, v)) = line.split_once('=')});
    assert_eq!(env.len(), 3);
    assert_eq!(env["SECRET"], "s3cr3t");
    assert_eq!(env["EMPTY"], "");

    // params = dict(p.split("=", 1) for p in qs.split("&") if p)
    let qs = "page=2&per_page=50&&q=rust+async&flag";
    let params = comp!({k: v for p in qs.split('&') if !p.is_empty() if let Some((k, v)) = p.split_once('=')});
    assert_eq!(
        params,
        HashMap::from([("page", "2"), ("per_page", "50"), ("q", "rust+async")])
    );

    // page = int(params.get("page", 1)); limits = [int(params[k]) for k in ("page", "per_page")]
    let limits = comp![params[k].parse::<u32>()? for k in ["page", "per_page"]];
    assert_eq!(limits, Ok(vec![2, 50]));

    // headers = {k.lower(): v.strip() for k, v in (l.split(":", 1) for l in raw.splitlines() if ":" in l)}
    let raw = "Content-Type: text/html\r\nX-Request-Id:  abc123\r\nbroken\r\nSet-Cookie: a=1";
    let headers = comp!({k.to_lowercase(): v.trim() for l in raw.lines() if let Some((k, v)) = l.split_once(':')});
    assert_eq!(headers.len(), 3);
    assert_eq!(headers["x-request-id"], "abc123");
    assert_eq!(headers["set-cookie"], "a=1");

    // cookies = {k: v for part in header.split(";") for k, _, v in [part.strip().partition("=")]}
    let cookie = "session=xyz; theme=dark; lang=en";
    let cookies = comp!({k: v for part in cookie.split(';') let (k, v) = part.trim().split_once('=').unwrap_or((part.trim(), ""))});
    assert_eq!(cookies["theme"], "dark");
    assert_eq!(cookies.len(), 3);
}

// ---------------------------------------------------------------------------
// Sync helpers: dedupe with `seen`, grouping, inverted index
// ---------------------------------------------------------------------------

fn host(url: &str) -> &str {
    url.split("://")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap()
}

#[test]
fn dedupe_with_seen_sets() {
    let urls = vec![
        "https://a.example/x",
        "https://b.example/",
        "https://a.example/x",
        "https://a.example/y",
        "https://c.example/",
        "https://b.example/",
    ];

    // seen = set(); unique = [u for u in urls if not (u in seen or seen.add(u))]
    let mut seen = HashSet::new();
    let unique = comp![*u for u in &urls if seen.insert(*u)];
    assert_eq!(
        unique,
        vec![
            "https://a.example/x",
            "https://b.example/",
            "https://a.example/y",
            "https://c.example/"
        ]
    );

    // one per host: [u for u in urls if (h := host(u)) not in seen_hosts and not seen_hosts.add(h)]
    let mut seen_hosts = HashSet::new();
    let per_host = comp![*u for u in &urls if seen_hosts.insert(host(u))];
    assert_eq!(
        per_host,
        vec![
            "https://a.example/x",
            "https://b.example/",
            "https://c.example/"
        ]
    );

    // dupes = {u for u in urls if urls.count(u) > 1}
    let dupes = comp!({*u for u in &urls if urls.iter().filter(|v| *v == u).count() > 1});
    assert_eq!(
        dupes,
        HashSet::from(["https://a.example/x", "https://b.example/"])
    );

    // unseen = [u for u in batch if u not in seen]
    let batch = vec!["https://c.example/", "https://d.example/"];
    let unseen = comp![*u for u in &batch if !seen.contains(u)];
    assert_eq!(unseen, vec!["https://d.example/"]);

    // case-insensitive dedupe of emails
    let emails = vec!["Ann@x.io", "bob@x.io", "ann@X.io", "BOB@x.io", "cy@x.io"];
    let mut seen_lower = HashSet::new();
    let firsts = comp![*e for e in &emails if seen_lower.insert(e.to_lowercase())];
    assert_eq!(firsts, vec!["Ann@x.io", "bob@x.io", "cy@x.io"]);
}

#[derive(Debug, Clone)]
struct Req {
    path: &'static str,
    status: u16,
    ms: u32,
    ip: &'static str,
}

fn reqs() -> Vec<Req> {
    vec![
        Req {
            path: "/api/users",
            status: 200,
            ms: 12,
            ip: "1.1.1.1",
        },
        Req {
            path: "/api/users",
            status: 500,
            ms: 250,
            ip: "2.2.2.2",
        },
        Req {
            path: "/login",
            status: 200,
            ms: 40,
            ip: "1.1.1.1",
        },
        Req {
            path: "/api/orders",
            status: 404,
            ms: 5,
            ip: "3.3.3.3",
        },
        Req {
            path: "/login",
            status: 401,
            ms: 35,
            ip: "2.2.2.2",
        },
        Req {
            path: "/api/orders",
            status: 200,
            ms: 80,
            ip: "1.1.1.1",
        },
    ]
}

#[test]
fn grouping_request_logs() {
    let reqs = reqs();

    // by_path = {p: [r for r in reqs if r.path == p] for p in {r.path for r in reqs}}
    let by_path = comp!({p: [r for r in &reqs if r.path == p] for p in {r.path for r in &reqs}});
    assert_eq!(by_path.len(), 3);
    assert_eq!(by_path["/login"].len(), 2);

    // counts = {s: sum(1 for r in reqs if r.status == s) for s in {r.status for r in reqs}}
    let counts = comp!({s: (1 for r in &reqs if r.status == s).sum::<usize>() for s in {r.status for r in &reqs}});
    let mut expected = HashMap::new();
    for r in &reqs {
        *expected.entry(r.status).or_insert(0) += 1;
    }
    assert_eq!(counts, expected);

    // avg_ms = {p: sum(r.ms for r in rs) / len(rs) for p, rs in by_path.items()}
    let avg_ms =
        comp!({*p: (r.ms for r in rs).sum::<u32>() / rs.len() as u32 for (p, rs) in &by_path});
    assert_eq!(avg_ms["/api/users"], 131);
    assert_eq!(avg_ms["/login"], 37);

    // status_class = {r.path: "2xx" if 200 <= r.status < 300 else "err" for r in reqs}
    let status_class = comp!({r.path: "2xx" if 200 <= r.status < 300 else "err" for r in &reqs});
    assert_eq!(status_class["/login"], "err");
    assert_eq!(status_class["/api/orders"], "2xx");

    // slow_by_ip = {ip: [r.path for r in reqs if r.ip == ip and r.ms > 30] for ip in ips}
    let ips: BTreeSet<&str> = reqs.iter().map(|r| r.ip).collect();
    let slow_by_ip =
        comp!({*ip: [r.path for r in &reqs if r.ip == *ip && r.ms > 30] for ip in &ips});
    assert_eq!(slow_by_ip["1.1.1.1"], vec!["/login", "/api/orders"]);
    assert!(slow_by_ip["3.3.3.3"].is_empty());

    // errors = [(r.path, r.status) for r in reqs if r.status >= 400]
    let errors = comp![(r.path, r.status) for r in &reqs if r.status >= 400];
    assert_eq!(
        errors,
        vec![("/api/users", 500), ("/api/orders", 404), ("/login", 401)]
    );

    // p95-ish: sorted([r.ms for r in reqs])[int(len(reqs) * .95) - 1]
    let mut lat = comp![r.ms for r in &reqs];
    lat.sort();
    assert_eq!(lat[(reqs.len() as f64 * 0.95) as usize - 1], 80);

    // total_bytes = sum(r.ms for r in reqs if r.path.startswith("/api"))
    let api_ms = comp!((r.ms for r in &reqs if r.path.starts_with("/api"))).sum::<u32>();
    assert_eq!(api_ms, 12 + 250 + 5 + 80);

    // any_5xx = any(r.status >= 500 for r in reqs)
    assert!(comp!((r.status >= 500 for r in &reqs)).any(|b| b));

    // slowest = max((r.ms, r.path) for r in reqs)
    assert_eq!(
        comp!(((r.ms, r.path) for r in &reqs)).max(),
        Some((250, "/api/users"))
    );

    // sorted by path then status, grouped into a BTreeMap: {p: sorted({r.status for r in reqs if r.path == p}) ...}
    let statuses: BTreeMap<&str, Vec<u16>> = by_path
        .iter()
        .map(|(p, rs)| {
            let mut v = comp![r.status for r in rs];
            v.sort();
            (*p, v)
        })
        .collect();
    assert_eq!(statuses["/login"], vec![200, 401]);
}

#[test]
fn inverted_index() {
    let docs = vec![
        "Async IO in Python",
        "Rust async runtimes compared",
        "Python comprehensions in depth",
        "Tokio: the Rust async runtime",
    ];

    // tokens = [[w.lower().strip(":") for w in d.split()] for d in docs]
    let tokens = comp![[w.to_lowercase().trim_end_matches(':').to_string() for w in d.split_whitespace()] for d in &docs];
    assert_eq!(tokens[3], vec!["tokio", "the", "rust", "async", "runtime"]);

    // vocab = {w for doc in tokens for w in doc}
    let vocab = comp!({w.as_str() for doc in &tokens for w in doc});
    assert_eq!(vocab.len(), 12);

    // index = {w: {i for i, doc in enumerate(tokens) if w in doc} for w in vocab}
    let index = comp!({*w: {i for (i, doc) in tokens.iter().enumerate() if doc.iter().any(|t| t == w)} for w in &vocab});
    let mut expected: HashMap<&str, HashSet<usize>> = HashMap::new();
    for (i, doc) in tokens.iter().enumerate() {
        for w in doc {
            expected.entry(w.as_str()).or_default().insert(i);
        }
    }
    assert_eq!(index, expected);
    assert_eq!(index["async"], HashSet::from([0, 1, 3]));

    // postings = {w: sorted(ids) for w, ids in index.items() if len(ids) > 1}
    let postings = comp!({*w: { let mut v: Vec<_> = ids.iter().copied().collect(); v.sort(); v } for (w, ids) in &index if ids.len() > 1});
    assert_eq!(postings["python"], vec![0, 2]);
    assert_eq!(postings["in"], vec![0, 2]);
    assert_eq!(postings.len(), 4);

    // query: [docs[i] for i in sorted(index["rust"] & index["async"])]
    let mut hits: Vec<_> = index["rust"]
        .intersection(&index["async"])
        .copied()
        .collect();
    hits.sort();
    let titles = comp![docs[i] for i in hits];
    assert_eq!(
        titles,
        vec![
            "Rust async runtimes compared",
            "Tokio: the Rust async runtime"
        ]
    );

    // tf = {(i, w): doc.count(w) for i, doc in enumerate(tokens) for w in set(doc)}
    let tf = comp!({(i, w.as_str()): doc.iter().filter(|t| *t == w).count() for (i, doc) in tokens.iter().enumerate() for w in doc});
    assert_eq!(tf[&(1, "async")], 1);
    assert_eq!(tf.len(), 17);
}

// ---------------------------------------------------------------------------
// Sync helpers: membership tests against literal collections
// ---------------------------------------------------------------------------

#[test]
fn membership_tests() {
    let users = vec![
        user(1, "ann", "admin", true),
        user(2, "bob", "viewer", false),
        user(3, "cy", "owner", true),
        user(4, "dee", "editor", true),
    ];

    // admins = [u.name for u in users if u.role in ("admin", "owner")]
    let admins =
        comp![u.name.as_str() for u in &users if ["admin", "owner"].contains(&u.role.as_str())];
    assert_eq!(admins, vec!["ann", "cy"]);

    // can_write = {u.id: u.role in {"admin", "owner", "editor"} for u in users}
    let can_write =
        comp!({u.id: ["admin", "owner", "editor"].contains(&u.role.as_str()) for u in &users});
    assert_eq!(
        can_write,
        HashMap::from([(1, true), (2, false), (3, true), (4, true)])
    );

    // vowels = [c for c in name if c in "aeiou"]
    let name = "comprehension";
    let vowels = comp![c for c in name.chars() if "aeiou".contains(c)];
    assert_eq!(vowels, vec!['o', 'e', 'e', 'i', 'o']);

    // n_vowels = {u.name: sum(1 for c in u.name if c in "aeiou") for u in users}
    let n_vowels = comp!({u.name.as_str(): (1 for c in u.name.chars() if "aeiou".contains(c)).sum::<u32>() for u in &users});
    assert_eq!(n_vowels["ann"], 1);
    assert_eq!(n_vowels["dee"], 2);
    assert_eq!(n_vowels["cy"], 0);

    // methods = [r for r in reqs if r.method not in ("GET", "HEAD")]
    let methods = vec!["GET", "POST", "HEAD", "DELETE", "GET"];
    let unsafe_methods = comp![*m for m in &methods if !["GET", "HEAD", "OPTIONS"].contains(m)];
    assert_eq!(unsafe_methods, vec!["POST", "DELETE"]);

    // allowed_ports = [p for p in ports if p in range(1024, 65536)]
    let ports = vec![22, 80, 8080, 443, 5432, 70000];
    let allowed = comp![p for p in &ports if (1024..65536).contains(p)];
    assert_eq!(allowed, vec![&8080, &5432, &70000][..2].to_vec());

    // safe = "".join(c for c in name if c.isalnum() or c in "-_")
    let raw = "my file (v2).txt";
    let safe: String =
        comp!((c for c in raw.chars() if c.is_alphanumeric() || "-_.".contains(c))).collect();
    assert_eq!(safe, "myfilev2.txt");
}

// ---------------------------------------------------------------------------
// Comprehensions used for their side effects
// ---------------------------------------------------------------------------

#[test]
fn side_effect_comprehensions() {
    let xs = vec![3, 1, 2];

    // [log.append(x * 2) for x in xs]
    let mut log = Vec::new();
    for x in &xs {
        log.push(x * 2);
    }
    assert_eq!(log, vec![6, 2, 4]);

    // [print(x) for x in xs]
    let _ = comp![println!("{x}") for x in &xs];

    // [cache.setdefault(k, []).append(v) for k, v in pairs]
    let pairs = vec![("a", 1), ("b", 2), ("a", 3)];
    let mut cache: HashMap<&str, Vec<i32>> = HashMap::new();
    for (k, v) in &pairs {
        cache.entry(k).or_default().push(*v);
    }
    assert_eq!(cache["a"], vec![1, 3]);
}

#[tokio::test(start_paused = true)]
async fn async_side_effects() {
    let (tx, mut rx) = futures::channel::mpsc::unbounded::<String>();
    // [await queue.put(item) for item in items]
    let items = vec!["a", "b", "c"];
    for item in &items {
        if tick(0, ms(1)).await == 0 {
            tx.unbounded_send(item.to_string()).unwrap();
        }
    }
    drop(tx);
    let got = acomp![s async for s in &mut rx];
    assert_eq!(got, vec!["a", "b", "c"]);

    // await asyncio.gather(*[asyncio.sleep(d) for d in delays])
    let start = Instant::now();
    let _ = acomp![sleep(ms(*d)).await for d in &[30, 10, 20]; concurrency = 3];
    assert_eq!(start.elapsed(), ms(30));
}

// ---------------------------------------------------------------------------
// Misc service code: walrus, let, if let, conditional, nested for
// ---------------------------------------------------------------------------

fn parse_line(line: &str) -> Option<(&str, u16, u32)> {
    let mut it = line.split_whitespace();
    let path = it.next()?;
    let status = it.next()?.parse().ok()?;
    let ms = it.next()?.trim_end_matches("ms").parse().ok()?;
    Some((path, status, ms))
}

#[test]
fn access_log_helpers() {
    let lines = vec![
        "/a 200 12ms",
        "/b 500 300ms",
        "garbage",
        "/c 404 7ms",
        "/a 200 20ms",
    ];

    // parsed = [p for l in lines if (p := parse_line(l)) is not None]
    let parsed = comp![p for l in &lines if (p := parse_line(l)).is_some()];
    assert_eq!(parsed.len(), 4);
    assert_eq!(parsed[0], Some(("/a", 200, 12)));

    // [(path, ms) for l in lines if (p := parse_line(l)) for path, status, ms in [p] if status == 200]
    let ok = comp![(path, ms) for l in &lines if let Some((path, status, ms)) = parse_line(l) if status == 200];
    assert_eq!(ok, vec![("/a", 12), ("/a", 20)]);

    // slow = [path for l in lines if (p := parse_line(l)) and p[2] > 100 for path in [p[0]]]
    let slow = comp![path for l in &lines if let Some((path, _, ms)) = parse_line(l) if ms > 100];
    assert_eq!(slow, vec!["/b"]);

    // seconds = [ms / 1000 for l in lines for ms in [parse_line(l)[2]] if ...]
    let seconds = comp![secs for l in &lines if let Some((_, _, ms)) = parse_line(l) let secs = ms as f64 / 1000.0 if secs > 0.01];
    assert_eq!(seconds, vec![0.012, 0.3, 0.02]);

    // labels = ["slow" if ms > 100 else "ok" if ms > 10 else "fast" for _, _, ms in parsed]
    let labels = comp!["slow" if ms > 100 else "ok" if ms > 10 else "fast" for (_, _, ms) in parsed.iter().flatten().copied()];
    assert_eq!(labels, vec!["ok", "slow", "fast", "ok"]);

    // ranges = [(lo, hi) for lo in buckets for hi in buckets if lo < hi]
    let buckets = [0u32, 50, 100];
    let ranges = comp![(lo, hi) for lo in buckets for hi in buckets if lo < hi];
    assert_eq!(ranges, vec![(0, 50), (0, 100), (50, 100)]);

    // histogram = {f"{lo}-{hi}": sum(1 for _, _, ms in ok if lo <= ms < hi) for lo, hi in zip(b, b[1:])}
    let histogram = comp!({format!("{lo}-{hi}"): (1 for (_, _, ms) in parsed.iter().flatten() if lo <= ms < hi).count() for (lo, hi) in buckets.iter().zip(&buckets[1..])});
    assert_eq!(histogram["0-50"], 3);
    assert_eq!(histogram["50-100"], 0);
}

#[derive(Debug, PartialEq)]
enum ConfigError {
    Missing(&'static str),
    Bad(String),
}

fn get_key<'a>(cfg: &HashMap<&str, &'a str>, k: &'static str) -> Result<&'a str, ConfigError> {
    cfg.get(k).copied().ok_or(ConfigError::Missing(k))
}

fn parse_port(s: &str) -> Result<u16, ConfigError> {
    s.parse().map_err(|_| ConfigError::Bad(s.to_string()))
}

#[test]
fn typed_config_errors() {
    let cfg = HashMap::from([("http", "8080"), ("grpc", "9090"), ("admin", "80a")]);

    // ports = {name: int(cfg[name]) for name in ("http", "grpc")}
    let ports = comp!({name: parse_port(get_key(&cfg, name)?)? for name in ["http", "grpc"]});
    assert_eq!(ports, Ok(HashMap::from([("http", 8080), ("grpc", 9090)])));

    let ports = comp!({name: parse_port(get_key(&cfg, name)?)? for name in ["http", "metrics"]});
    assert_eq!(ports, Err(ConfigError::Missing("metrics")));

    let ports = comp![parse_port(get_key(&cfg, name)?)? for name in ["http", "admin"]];
    assert_eq!(ports, Err(ConfigError::Bad("80a".into())));

    // lazily: (int(cfg[n]) for n in names)
    let mut lazy = comp!((parse_port(get_key(&cfg, n)?)? for n in ["grpc", "x", "http"]));
    assert_eq!(lazy.next(), Some(Ok(9090)));
    assert_eq!(lazy.next(), Some(Err(ConfigError::Missing("x"))));
    assert_eq!(lazy.next(), None);
}

// ---------------------------------------------------------------------------
// Crawler: link extraction and frontier management
// ---------------------------------------------------------------------------

async fn links_of(url: &str) -> Vec<String> {
    sleep(ms(25)).await;
    match url {
        "/" => vec![
            "/docs".into(),
            "/blog".into(),
            "https://ext.example/".into(),
        ],
        "/docs" => vec!["/docs/intro".into(), "/".into()],
        "/blog" => vec!["/blog/1".into(), "/blog/2".into(), "/docs".into()],
        _ => vec![],
    }
}

#[tokio::test(start_paused = true)]
async fn crawler_frontier() {
    let mut visited: HashSet<String> = HashSet::from(["/".to_string()]);
    let mut frontier = vec!["/".to_string()];
    let mut depth = 0;
    let start = Instant::now();
    while !frontier.is_empty() && depth < 3 {
        // pages = await asyncio.gather(*[links_of(u) for u in frontier])
        let pages = acomp![links_of(u).await for u in &frontier; concurrency = 8];
        // frontier = [l for links in pages for l in links if l.startswith("/") and l not in visited]
        let next = comp![l.clone() for links in &pages for l in links if l.starts_with('/') && !visited.contains(l)];
        // visited |= set(frontier)
        visited.extend(next.iter().cloned());
        frontier = comp![l for l in next];
        depth += 1;
    }
    assert_eq!(start.elapsed(), ms(75));
    let mut v: Vec<_> = visited.into_iter().collect();
    v.sort();
    assert_eq!(
        v,
        vec!["/", "/blog", "/blog/1", "/blog/2", "/docs", "/docs/intro"]
    );

    // external = {l for u in ["/", "/docs"] for l in await links_of(u) if not l.startswith("/")}
    let external =
        acomp!({l for u in ["/", "/docs"] for l in links_of(u).await if !l.starts_with('/')});
    assert_eq!(
        external,
        HashSet::from(["https://ext.example/".to_string()])
    );

    // out_degree = {u: len(await links_of(u)) for u in pages}
    let out_degree = acomp!({u: links_of(u).await.len() for u in ["/", "/docs", "/blog", "/none"]; concurrency = 4});
    assert_eq!(
        out_degree,
        HashMap::from([("/", 3), ("/docs", 2), ("/blog", 3), ("/none", 0)])
    );

    // edges = [(u, l) for u in pages for l in await links_of(u)]
    let edges = acomp![(u, l) for u in ["/", "/docs"] for l in links_of(u).await];
    assert_eq!(edges.len(), 5);
    assert_eq!(edges[3], ("/docs", "/docs/intro".to_string()));
}

// ---------------------------------------------------------------------------
// Rate limiter and batching helpers
// ---------------------------------------------------------------------------

#[tokio::test(start_paused = true)]
async fn rate_limited_batches() {
    let ids: Vec<u32> = (1..=7).collect();

    // batches = [ids[i:i + 3] for i in range(0, len(ids), 3)]
    let batches = comp![&ids[i..(i + 3).min(ids.len())] for i in (0..ids.len()).step_by(3)];
    assert_eq!(batches, vec![&[1, 2, 3][..], &[4, 5, 6], &[7]]);

    // results = [await process_batch(b) for b in batches]  (one request per batch, sequential)
    let start = Instant::now();
    let sums = acomp![tick(b.iter().map(|x| *x as u64).sum(), ms(100)).await for b in &batches];
    assert_eq!(sums, vec![6, 15, 7]);
    assert_eq!(start.elapsed(), ms(300));

    // gather within each batch, batches one after another:
    // [await asyncio.gather(*[f(i) for i in b]) for b in batches]
    let start = Instant::now();
    let per_batch = acomp![acomp![tick(*i as u64, ms(50)).await for i in b.iter(); concurrency = 3] for b in &batches];
    assert_eq!(per_batch, vec![vec![1, 2, 3], vec![4, 5, 6], vec![7]]);
    assert_eq!(start.elapsed(), ms(150));

    // totals = {i: await tick(i) for i in ids if i % 2}
    let odds = acomp!({*i: tick(*i as u64 * 2, ms(10)).await for i in &ids if i % 2 == 1; concurrency = 2});
    assert_eq!(odds.len(), 4);
    assert_eq!(odds[&7], 14);
}

// ---------------------------------------------------------------------------
// Cache warming, sessions and webhooks
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct Session {
    id: String,
    user_id: u32,
    expires_at: u64,
}

struct Store {
    sessions: Vec<Session>,
    deleted: RefCell<Vec<String>>,
}

impl Store {
    async fn load(&self, key: &str) -> Result<Option<String>, FetchError> {
        sleep(ms(30)).await;
        match key {
            "user:1" => Ok(Some("ann".into())),
            "user:2" => Ok(Some("bob".into())),
            "user:13" => Err(FetchError::Server(503)),
            _ => Ok(None),
        }
    }

    async fn delete(&self, id: &str) -> bool {
        sleep(ms(10)).await;
        self.deleted.borrow_mut().push(id.to_string());
        true
    }
}

fn store() -> Store {
    Store {
        sessions: vec![
            Session {
                id: "s1".into(),
                user_id: 1,
                expires_at: 100,
            },
            Session {
                id: "s2".into(),
                user_id: 2,
                expires_at: 50,
            },
            Session {
                id: "s3".into(),
                user_id: 1,
                expires_at: 10,
            },
            Session {
                id: "s4".into(),
                user_id: 3,
                expires_at: 500,
            },
        ],
        deleted: RefCell::new(vec![]),
    }
}

#[tokio::test(start_paused = true)]
async fn cache_warming_and_cleanup() {
    let store = store();
    let keys = vec!["user:1", "user:2", "user:7"];

    // cache = {k: v for k in keys if (v := await store.load(k)) is not None}   (raises)
    let cache = acomp!({*k: v for k in &keys if let Some(v) = store.load(k).await?});
    assert_eq!(
        cache,
        Ok(HashMap::from([
            ("user:1", "ann".to_string()),
            ("user:2", "bob".to_string())
        ]))
    );

    // with gather, the misses filtered inside each item
    let start = Instant::now();
    let cache =
        acomp!({*k: v for k in &keys if let Some(v) = store.load(k).await?; concurrency = 8});
    assert_eq!(start.elapsed(), ms(30));
    assert_eq!(cache.unwrap().len(), 2);

    // one failing key fails the warm-up
    let keys2 = vec!["user:1", "user:13"];
    let r = acomp![store.load(k).await?.unwrap_or_default() for k in &keys2; concurrency = 2];
    assert_eq!(r, Err(FetchError::Server(503)));

    // missing = [k for k in keys if await store.load(k) is None]  (errors count as missing)
    let missing = acomp![*k for k in keys.iter().chain(&keys2) if !matches!(store.load(k).await, Ok(Some(_)))];
    assert_eq!(missing, vec!["user:7", "user:13"]);

    // expired = [s.id for s in sessions if s.expires_at < now]
    let now = 60;
    let expired = comp![s.id.as_str() for s in &store.sessions if s.expires_at < now];
    assert_eq!(expired, vec!["s2", "s3"]);

    // deleted = [await store.delete(sid) for sid in expired]
    let start = Instant::now();
    let deleted = acomp![store.delete(sid).await for sid in &expired; concurrency = 2];
    assert_eq!(deleted, vec![true, true]);
    assert_eq!(start.elapsed(), ms(10));
    assert_eq!(
        *store.deleted.borrow(),
        vec!["s2".to_string(), "s3".to_string()]
    );

    // by_user = {uid: [s.id for s in sessions if s.user_id == uid] for uid in {s.user_id for s in sessions}}
    let by_user = comp!({uid: [s.id.clone() for s in &store.sessions if s.user_id == uid] for uid in {s.user_id for s in &store.sessions}});
    assert_eq!(by_user[&1], vec!["s1", "s3"]);
    assert_eq!(by_user.len(), 3);

    // names = {s.id: await store.load(f"user:{s.user_id}") for s in sessions}
    let names = acomp!({s.id.as_str(): store.load(&format!("user:{}", s.user_id)).await?.unwrap_or_else(|| "?".into()) for s in &store.sessions; concurrency = 4});
    let names = names.unwrap();
    assert_eq!(names["s4"], "?");
    assert_eq!(names["s3"], "ann");

    // latest = {s.user_id: s for s in sorted(sessions, key=lambda s: s.expires_at)}
    let mut sorted = store.sessions.clone();
    sorted.sort_by_key(|s| s.expires_at);
    let latest = comp!({s.user_id: s.id.as_str() for s in &sorted});
    assert_eq!(latest[&1], "s1");
}

#[derive(Debug, PartialEq)]
enum HookError {
    Rejected { url: String, status: u16 },
    Timeout(String),
}

async fn post_hook(url: &str, payload: &str) -> Result<u16, HookError> {
    sleep(ms(latency_ms(url))).await;
    if url.contains("boom") {
        Err(HookError::Rejected {
            url: url.to_string(),
            status: 502,
        })
    } else {
        Ok(if payload.is_empty() { 204 } else { 200 })
    }
}

async fn post_with_deadline(
    url: &str,
    payload: &str,
    limit: u64,
) -> Result<Result<u16, HookError>, HookError> {
    timeout(ms(limit), post_hook(url, payload))
        .await
        .map_err(|_| HookError::Timeout(url.to_string()))
}

#[tokio::test(start_paused = true)]
async fn webhook_dispatch() {
    let hooks = vec![
        "https://a.example/hook",
        "https://fast.example/hook",
        "https://slow.example/hook",
    ];
    let event = r#"{"type":"push"}"#;

    // codes = await asyncio.gather(*[post(u, event) for u in hooks])
    let start = Instant::now();
    let codes = acomp![post_hook(u, event).await? for u in &hooks; concurrency = 3];
    assert_eq!(codes, Ok(vec![200, 200, 200]));
    assert_eq!(start.elapsed(), ms(300));

    // with a deadline per hook: [await wait_for(post(u, event), .2) for u in hooks]
    let start = Instant::now();
    let codes = acomp![post_with_deadline(u, event, 200).await?? for u in &hooks; concurrency = 3];
    assert_eq!(
        codes,
        Err(HookError::Timeout("https://slow.example/hook".into()))
    );
    assert_eq!(start.elapsed(), ms(200));

    // delivered = [u for u in hooks if (code := await post(u, "")) < 300]  -- failures skipped
    let hooks2 = vec!["https://boom.example/hook", "https://fast.example/hook"];
    let delivered =
        acomp![*u for u in &hooks2 if let Ok(code) = post_hook(u, "").await if code < 300];
    assert_eq!(delivered, vec!["https://fast.example/hook"]);

    // outcome = {u: ("ok" if r < 300 else "retry") for u in hooks if (r := await post(u, event))}
    let outcome = acomp!({*u: "ok" if (r := post_hook(u, event).await.unwrap_or(599)) < 300 else "retry" for u in &hooks2});
    assert_eq!(outcome["https://boom.example/hook"], "retry");

    // rejected = [e.status async for e in failures(hooks)]
    let failures = acomp!((e async for e in stream::iter(hooks2.iter().copied()).then(|u| post_hook(u, "x")) if let Err(e) = e));
    let statuses =
        acomp![status async for e in failures if let HookError::Rejected { status, .. } = e];
    assert_eq!(statuses, vec![502]);
}
