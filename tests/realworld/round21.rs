//! Round 21: concurrency-heavy asyncio programs, translated: a web crawler, a
//! task queue and a rate-limited API client. Semaphore-bounded `gather` as
//! `concurrency = N`, `return_exceptions=True` as collected `Result`s,
//! `as_completed` as `unordered`, async generators of pages, per-item
//! timeouts, retries with backoff inside an item, fail-fast `?`, worker pools
//! fed by channels, lazy streams piped into other comprehensions, `spawn` for
//! CPU-ish items, dict/set gathering by key and shared `Arc<Mutex<..>>` state.
#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use futures::channel::mpsc;
use futures::{SinkExt, Stream, StreamExt};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::{sleep, timeout, Instant};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

// --- shared fixtures: an in-flight gauge, a simulated site, an API, a queue

/// Counts items in flight (peak), started and finished.
#[derive(Default)]
struct Gauge {
    now: AtomicUsize,
    peak: AtomicUsize,
    started: AtomicUsize,
    finished: AtomicUsize,
}

struct InFlight<'a>(&'a Gauge);

impl Gauge {
    fn enter(&self) -> InFlight<'_> {
        self.started.fetch_add(1, Ordering::SeqCst);
        let n = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(n, Ordering::SeqCst);
        InFlight(self)
    }
    fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
    fn started(&self) -> usize {
        self.started.load(Ordering::SeqCst)
    }
    fn finished(&self) -> usize {
        self.finished.load(Ordering::SeqCst)
    }
    fn reset(&self) {
        self.now.store(0, Ordering::SeqCst);
        self.peak.store(0, Ordering::SeqCst);
        self.started.store(0, Ordering::SeqCst);
        self.finished.store(0, Ordering::SeqCst);
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, Ordering::SeqCst);
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Page {
    url: String,
    status: u16,
    links: Vec<String>,
    body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FetchError {
    NotFound(String),
    Timeout(String),
}

struct Site {
    pages: HashMap<&'static str, Vec<&'static str>>,
    gauge: Gauge,
}

fn site() -> Site {
    let pages = HashMap::from([
        ("/", vec!["/a", "/b", "/c"]),
        ("/a", vec!["/a/1", "/a/2", "/b"]),
        ("/b", vec!["/", "/b/1"]),
        ("/c", vec!["/missing"]),
        ("/a/1", vec![]),
        ("/a/2", vec!["/a/1"]),
        ("/b/1", vec!["/c", "/slow/page/xx"]),
        ("/slow/page/xx", vec![]),
    ]);
    Site {
        pages,
        gauge: Gauge::default(),
    }
}

impl Site {
    /// 10 ms per character of the url.
    fn latency(url: &str) -> Duration {
        ms(10 * url.len() as u64)
    }

    async fn fetch(&self, url: &str) -> Result<Page, FetchError> {
        let _g = self.gauge.enter();
        sleep(Site::latency(url)).await;
        self.gauge.finished.fetch_add(1, Ordering::SeqCst);
        match self.pages.get(url) {
            Some(links) => Ok(Page {
                url: url.to_string(),
                status: 200,
                links: links.iter().map(|l| l.to_string()).collect(),
                body: format!("<h1>{url}</h1>"),
            }),
            None => Err(FetchError::NotFound(url.to_string())),
        }
    }

    async fn status(&self, url: &str) -> u16 {
        match self.fetch(url).await {
            Ok(p) => p.status,
            Err(_) => 404,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct User {
    id: u32,
    name: String,
    team: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ApiError {
    NotFound(u32),
    Unavailable(u32),
}

/// A rate-limited API: every call records when it was made.
#[derive(Default)]
struct Api {
    calls: Mutex<Vec<(u32, Instant)>>,
    gauge: Gauge,
    /// id -> how many more times it fails with `Unavailable` before working.
    flaky: Mutex<HashMap<u32, u32>>,
}

const TEAMS: [&str; 3] = ["infra", "web", "data"];

impl Api {
    async fn get_user(&self, id: u32) -> Result<User, ApiError> {
        let _g = self.gauge.enter();
        self.calls.lock().unwrap().push((id, Instant::now()));
        sleep(ms(20 + 10 * (id % 3) as u64)).await;
        self.gauge.finished.fetch_add(1, Ordering::SeqCst);
        if id % 7 == 0 {
            return Err(ApiError::NotFound(id));
        }
        {
            let mut flaky = self.flaky.lock().unwrap();
            if let Some(left) = flaky.get_mut(&id) {
                if *left > 0 {
                    *left -= 1;
                    return Err(ApiError::Unavailable(id));
                }
            }
        }
        Ok(User {
            id,
            name: format!("user{id}"),
            team: TEAMS[id as usize % 3],
        })
    }

    /// ids on a page of `per_page`, 25 ms per call; empty past id 20.
    async fn list_ids(&self, page: u32, per_page: u32) -> Vec<u32> {
        sleep(ms(25)).await;
        (page * per_page + 1..=((page + 1) * per_page).min(20)).collect()
    }
}

/// Python: `async def pages(api, per_page): page = 0; while ids := await api.list_ids(page): yield ids; page += 1`
fn pages(api: &Api, per_page: u32) -> impl Stream<Item = Vec<u32>> + Unpin + '_ {
    Box::pin(futures::stream::unfold(0u32, move |page| async move {
        let ids = api.list_ids(page, per_page).await;
        if ids.is_empty() {
            None
        } else {
            Some((ids, page + 1))
        }
    }))
}

#[derive(Debug, Clone, PartialEq)]
struct Job {
    id: u32,
    cost: u64,
}

async fn run_job(job: Job) -> u64 {
    sleep(ms(job.cost)).await;
    job.id as u64 * job.cost
}

fn jobs() -> Vec<Job> {
    comp![Job { id: i, cost: 10 * (1 + (i as u64 * 7) % 5) } for i in 0..12]
}

fn checksum(data: u64) -> u64 {
    // CPU-ish: a few thousand rounds of xorshift
    let mut x = data.wrapping_add(0x9E37_79B9_7F4A_7C15);
    for _ in 0..5_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    x
}

// --- gather: semaphore-bounded fetches

#[tokio::test(start_paused = true)]
async fn gather_bounded_fetch_all() {
    // Python:
    // sem = asyncio.Semaphore(3)
    // async def bounded(u):
    //     async with sem: return await site.fetch(u)
    // pages = await asyncio.gather(*[bounded(u) for u in urls], return_exceptions=True)
    let site = site();
    let urls = vec!["/", "/a", "/b", "/c", "/a/1", "/a/2", "/b/1", "/nope"];
    let results = acomp![site.fetch(u).await for u in &urls; concurrency = 3];
    assert_eq!(site.gauge.peak(), 3);
    site.gauge.reset();
    let mut expected = vec![];
    for u in &urls {
        expected.push(site.fetch(u).await);
    }
    assert_eq!(results, expected);
    assert_eq!(site.gauge.peak(), 1);
}

#[tokio::test(start_paused = true)]
async fn gather_equal_latency_takes_ceil_n_over_k_rounds() {
    // Python: await asyncio.gather(*[bounded(sleep_and_return(i)) for i in range(10)])  # sem = 4
    let t0 = Instant::now();
    let out = acomp![{ sleep(ms(100)).await; i * i } for i in 0..10u32; concurrency = 4];
    assert_eq!(t0.elapsed(), ms(300));
    assert_eq!(out, (0..10u32).map(|i| i * i).collect::<Vec<_>>());

    // Python: same, but sem = 1 is the sequential comprehension
    let t0 = Instant::now();
    let seq = acomp![{ sleep(ms(100)).await; i * i } for i in 0..10u32];
    assert_eq!(t0.elapsed(), ms(1000));
    assert_eq!(seq, out);
}

#[tokio::test(start_paused = true)]
async fn gather_limit_from_config_variable() {
    // Python: sem = asyncio.Semaphore(cfg["max_conns"]); statuses = await asyncio.gather(*[status(u) for u in urls])
    let site = site();
    let cfg = HashMap::from([("max_conns", 2usize)]);
    let urls = vec!["/", "/a", "/b", "/x", "/a/1"];
    let statuses = acomp![site.status(u).await for u in &urls; concurrency = cfg["max_conns"]];
    assert_eq!(site.gauge.peak(), 2);
    let mut expected = vec![];
    for u in &urls {
        expected.push(if site.pages.contains_key(u) { 200 } else { 404 });
    }
    assert_eq!(statuses, expected);
}

#[tokio::test(start_paused = true)]
async fn gather_prefix_await_and_question_mark() {
    // Python: pages = await asyncio.gather(*[site.fetch(u) for u in urls])  # raises on the first error
    let site = site();
    let urls = vec!["/", "/a", "/b"];
    let pages: Result<Vec<Page>, FetchError> =
        acomp![await site.fetch(u)? for u in &urls; concurrency = 2];
    let pages = pages.unwrap();
    let mut expected = vec![];
    for u in &urls {
        expected.push(site.fetch(u).await.unwrap());
    }
    assert_eq!(pages, expected);

    // Python: bodies = [p.body for p in await asyncio.gather(*[site.fetch(u) for u in urls])]
    let bodies = acomp![site.fetch(u).await?.body for u in &urls; concurrency = 2];
    assert_eq!(
        bodies,
        Ok(expected.iter().map(|p| p.body.clone()).collect::<Vec<_>>())
    );
}

// --- return_exceptions=True: collecting Results

#[tokio::test(start_paused = true)]
async fn return_exceptions_partition_ok_and_err() {
    // Python:
    // results = await asyncio.gather(*[api.get_user(i) for i in ids], return_exceptions=True)
    // users = [r for r in results if not isinstance(r, Exception)]
    // errors = [r for r in results if isinstance(r, Exception)]
    let api = Api::default();
    let ids: Vec<u32> = (1..=15).collect();
    let results = acomp![api.get_user(i).await for i in ids.iter().copied(); concurrency = 5];
    let users = comp![u for r in &results if let Ok(u) = r];
    let errors = comp![e.clone() for r in &results if let Err(e) = r];
    assert_eq!(users.len() + errors.len(), ids.len());
    assert_eq!(errors, vec![ApiError::NotFound(7), ApiError::NotFound(14)]);
    let by_hand: Vec<&User> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(users, by_hand);
    assert!(api.gauge.peak() <= 5);
}

#[tokio::test(start_paused = true)]
async fn return_exceptions_skip_failures_inline() {
    // Python: names = [u.name for u in await gather(..., return_exceptions=True) if not isinstance(u, Exception)]
    let api = Api::default();
    let names =
        acomp![u.name for i in 1..=15u32 if let Ok(u) = api.get_user(i).await; concurrency = 4];
    let mut expected = vec![];
    for i in 1..=15u32 {
        if i % 7 != 0 {
            expected.push(format!("user{i}"));
        }
    }
    assert_eq!(names, expected);
    assert_eq!(api.gauge.peak(), 4);
}

#[tokio::test(start_paused = true)]
async fn return_exceptions_count_by_error_kind() {
    // Python: kinds = {type(r).__name__ for r in results if isinstance(r, Exception)}
    let site = site();
    let urls = vec!["/", "/x", "/y", "/a", "/zz"];
    let missing = acomp!({e async for e in futures::stream::iter(urls.clone())
        .map(|u| site.fetch(u))
        .buffered(3)
        .filter_map(|r| async { r.err() })});
    let mut expected = HashSet::new();
    for u in &urls {
        if let Err(e) = site.fetch(u).await {
            expected.insert(e);
        }
    }
    assert_eq!(missing, expected);
    assert_eq!(missing.len(), 3);
}

// --- as_completed: unordered

#[tokio::test(start_paused = true)]
async fn as_completed_collects_in_completion_order() {
    // Python: done = [await f for f in asyncio.as_completed([site.fetch(u) for u in urls])]
    let site = site();
    let urls = vec!["/a/1", "/", "/b/1", "/a"];
    let done = acomp![site.fetch(u).await.unwrap().url for u in &urls; concurrency = 4, unordered];
    let mut expected: Vec<String> = urls.iter().map(|u| u.to_string()).collect();
    expected.sort_by_key(|u| Site::latency(u)); // stable: equal latencies keep source order
    assert_eq!(done, expected);
}

#[tokio::test(start_paused = true)]
async fn as_completed_first_two_then_stop() {
    // Python:
    // for i, fut in enumerate(asyncio.as_completed(tasks)):
    //     first.append(await fut)
    //     if i == 1: break      # (and cancel the rest)
    let site = site();
    let urls = vec!["/slow/page/xx", "/a/2", "/", "/b"];
    let stream = acomp!((site.fetch(u).await for u in &urls; concurrency = 4, unordered));
    let first: Vec<_> = stream.take(2).collect().await;
    let first_urls = comp![p.url.as_str() for r in &first if let Ok(p) = r];
    assert_eq!(first_urls, vec!["/", "/b"]);
    assert_eq!(site.gauge.started(), 4);
    assert_eq!(site.gauge.finished(), 2);
}

#[tokio::test(start_paused = true)]
async fn as_completed_with_timestamps() {
    // Python: [(await f, loop.time() - t0) for f in asyncio.as_completed(coros)]
    let t0 = Instant::now();
    let delays = vec![30u64, 10, 20];
    let done = acomp![{ sleep(ms(d)).await; (d, t0.elapsed()) } for d in delays.iter().copied(); concurrency = 3, unordered];
    let mut expected: Vec<(u64, Duration)> = delays.iter().map(|&d| (d, ms(d))).collect();
    expected.sort();
    assert_eq!(done, expected);
}

#[tokio::test(start_paused = true)]
async fn as_completed_lazy_with_limit_two() {
    // Python: async for r in limited_as_completed(coros, limit=2): order.append(r)
    let delays = vec![50u64, 10, 10, 10];
    let mut s = acomp!((delay_echo(d, i).await for (i, d) in delays.iter().copied().enumerate(); concurrency = 2, unordered));
    let mut order = vec![];
    while let Some(i) = s.next().await {
        order.push(i);
    }
    // slot 1: 50ms item 0; slot 2: items 1, 2, 3 at 10, 20, 30 ms.
    assert_eq!(order, vec![1, 2, 3, 0]);
}

async fn delay_echo(d: u64, i: usize) -> usize {
    sleep(ms(d)).await;
    i
}

// --- async generators producing pages

#[tokio::test(start_paused = true)]
async fn async_gen_flatten_pages() {
    // Python: ids = [i async for page in pages(api, 6) for i in page]
    let api = Api::default();
    let ids = acomp![i async for page in pages(&api, 6) for i in page];
    let mut expected = vec![];
    let mut s = pages(&api, 6);
    while let Some(page) = s.next().await {
        expected.extend(page);
    }
    assert_eq!(ids, expected);
    assert_eq!(ids, (1..=20).collect::<Vec<u32>>());
}

#[tokio::test(start_paused = true)]
async fn async_gen_pages_then_fetch_each_concurrently() {
    // Python: users = [await get_user(i) async for page in pages(api, 5) for i in page]  # bounded by sem(4)
    let api = Api::default();
    let t0 = Instant::now();
    let users = acomp![api.get_user(i).await async for page in pages(&api, 5) for i in page; concurrency = 4];
    let elapsed = t0.elapsed();
    assert_eq!(api.gauge.peak(), 4);
    let mut expected = vec![];
    let mut s = pages(&api, 5);
    while let Some(page) = s.next().await {
        for i in page {
            expected.push(api.get_user(i).await);
        }
    }
    assert_eq!(users, expected);
    assert!(elapsed < ms(20 * 25));
}

// --- per-item timeouts

#[tokio::test(start_paused = true)]
async fn timeout_per_item_as_option() {
    // Python:
    // async def fetch_or_none(u):
    //     try: return await asyncio.wait_for(site.fetch(u), 0.035)
    //     except asyncio.TimeoutError: return None
    // got = await asyncio.gather(*[fetch_or_none(u) for u in urls])
    let site = site();
    let urls = vec!["/", "/a", "/a/1", "/b/1", "/c"];
    let t0 = Instant::now();
    let got = acomp![timeout(ms(35), site.fetch(u)).await.ok() for u in &urls; concurrency = 5];
    assert_eq!(t0.elapsed(), ms(35));
    let mut expected = vec![];
    for u in &urls {
        expected.push(if Site::latency(u) <= ms(35) {
            Some(site.fetch(u).await)
        } else {
            None
        });
    }
    assert_eq!(got, expected);
}

#[tokio::test(start_paused = true)]
async fn timeout_mapped_to_error_then_double_question_mark() {
    // Python: pages = await asyncio.gather(*[asyncio.wait_for(site.fetch(u), 0.03) for u in urls])  # raises
    let site = site();
    let urls = vec!["/", "/a", "/a/1", "/b"];
    let r = acomp![timeout(ms(30), site.fetch(u)).await.map_err(|_| FetchError::Timeout(u.to_string()))?? for u in &urls; concurrency = 4];
    assert_eq!(r, Err(FetchError::Timeout("/a/1".to_string())));

    let ok_urls = vec!["/", "/a", "/b"];
    let r = acomp![timeout(ms(30), site.fetch(u)).await.map_err(|_| FetchError::Timeout(u.to_string()))??.url for u in &ok_urls; concurrency = 4];
    assert_eq!(r, Ok(comp![u.to_string() for u in &ok_urls]));
}

#[tokio::test(start_paused = true)]
async fn timeout_whole_gather() {
    // Python: await asyncio.wait_for(asyncio.gather(*[site.fetch(u) for u in urls]), timeout=0.05)
    let site = site();
    let urls = vec!["/", "/a", "/b/1", "/a/2"];
    let all = timeout(ms(45), async {
        acomp![site.fetch(u).await for u in &urls; concurrency = 2]
    })
    .await;
    assert!(all.is_err());
    // the gather was dropped: everything started was cancelled
    assert_eq!(site.gauge.started() - site.gauge.finished(), 2);
    let all = timeout(ms(80), async {
        acomp![site.fetch(u).await.is_ok() for u in &urls; concurrency = 2]
    })
    .await;
    assert_eq!(all, Ok(vec![true; 4]));
}

#[tokio::test(start_paused = true)]
async fn timeout_dict_by_url_with_walrus() {
    // Python: fast = {u: p.status for u in urls if (p := await with_timeout(site.fetch(u))) is not None}
    let site = site();
    let urls = vec!["/", "/a", "/b/1", "/missing"];
    let fast = acomp!({u.to_string(): p.status for u in &urls if let Ok(Ok(p)) = timeout(ms(30), site.fetch(u)).await; concurrency = 4});
    let mut expected = HashMap::new();
    for u in &urls {
        if Site::latency(u) <= ms(30) && site.pages.contains_key(u) {
            expected.insert(u.to_string(), 200u16);
        }
    }
    assert_eq!(fast, expected);
}

// --- retries with backoff inside an item

#[tokio::test(start_paused = true)]
async fn retry_with_backoff_inline_loop() {
    // Python:
    // async def get_with_retry(i):
    //     delay = 0.01
    //     for attempt in range(4):
    //         try: return await api.get_user(i)
    //         except Unavailable: await asyncio.sleep(delay); delay *= 2
    //     raise
    // users = await asyncio.gather(*[get_with_retry(i) for i in ids])
    let api = Api::default();
    api.flaky.lock().unwrap().extend([(2, 2), (4, 1), (5, 5)]);
    let ids = vec![1u32, 2, 4, 5];
    let users = acomp![{
        let mut delay = 10;
        let mut attempt = 0;
        loop {
            match api.get_user(i).await {
                Err(ApiError::Unavailable(_)) if attempt < 3 => {
                    sleep(ms(delay)).await;
                    delay *= 2;
                    attempt += 1;
                }
                other => break other,
            }
        }
    } for i in ids.iter().copied(); concurrency = 4];
    assert_eq!(
        users.iter().map(|r| r.is_ok()).collect::<Vec<_>>(),
        vec![true, true, true, false]
    );
    assert_eq!(users[3], Err(ApiError::Unavailable(5)));
    let calls_per_id = comp!({id: api.calls.lock().unwrap().iter().filter(|(c, _)| c == id).count() for id in &ids});
    let mut expected = HashMap::new();
    let calls = api.calls.lock().unwrap().clone();
    for (id, _) in &calls {
        *expected.entry(id).or_insert(0usize) += 1;
    }
    assert_eq!(calls_per_id, expected);
    assert_eq!(calls_per_id[&5], 4);
}

async fn with_retry<T, E, F, Fut>(mut f: F, tries: u32) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut delay = 10;
    let mut last = f().await;
    for _ in 1..tries {
        if last.is_ok() {
            break;
        }
        sleep(ms(delay)).await;
        delay *= 2;
        last = f().await;
    }
    last
}

#[tokio::test(start_paused = true)]
async fn retry_helper_with_closure_and_question_mark() {
    // Python: users = await asyncio.gather(*[retry(lambda: api.get_user(i), tries=3) for i in ids])
    let api = Api::default();
    api.flaky.lock().unwrap().extend([(1, 1), (3, 2)]);
    let ids = vec![1u32, 2, 3, 4];
    let users = acomp![with_retry(|| api.get_user(i), 3).await?.name for i in ids.iter().copied(); concurrency = 2];
    assert_eq!(users, Ok(comp![format!("user{i}") for i in &ids]));
    // backoff timing: id 3 failed twice (10 + 20 ms of sleep) after 3 calls
    let times = comp![t for (id, t) in api.calls.lock().unwrap().iter().copied() if id == 3];
    assert_eq!(times.len(), 3);
    assert_eq!(times[1] - times[0], ms(20 + 10));
}

#[tokio::test(start_paused = true)]
async fn retry_attempt_counter_in_let_clause() {
    // Python: results = [(i, r) for i in ids for r in [await retry(i)]]
    let api = Api::default();
    api.flaky.lock().unwrap().extend([(8, 1)]);
    let ids = vec![8u32, 10, 11];
    let out = acomp![(i, r.is_ok()) for i in ids.iter().copied() let r = with_retry(|| api.get_user(i), 2).await; concurrency = 3];
    assert_eq!(out, comp![(i, true) for i in ids.iter().copied()]);
}

// --- fail-fast: `?` cancels in-flight work

#[tokio::test(start_paused = true)]
async fn fail_fast_cancels_in_flight_and_starts_nothing_new() {
    // Python 3.11:
    // async with asyncio.TaskGroup() as tg:
    //     tasks = [tg.create_task(bounded(site.fetch(u))) for u in urls]   # first error cancels the rest
    let site = site();
    let urls = vec!["/a/1", "/x", "/a/2", "/b/1", "/"];
    let r = acomp![site.fetch(u).await? for u in &urls; concurrency = 2];
    assert_eq!(r, Err(FetchError::NotFound("/x".into())));
    // "/a/1" (40 ms) was in flight when "/x" failed at 20 ms
    assert_eq!(site.gauge.started(), 2);
    assert_eq!(site.gauge.finished(), 1);
}

#[tokio::test(start_paused = true)]
async fn fail_fast_in_a_set_of_statuses() {
    // Python: teams = {(await api.get_user(i)).team for i in ids}  # raises on 7
    let api = Api::default();
    let teams = acomp!({api.get_user(i).await?.team for i in 1..=9u32; concurrency = 3});
    assert_eq!(teams, Err(ApiError::NotFound(7)));
    let teams = acomp!({api.get_user(i).await?.team for i in 1..=6u32; concurrency = 3});
    let expected: HashSet<&str> = (1..=6u32).map(|i| TEAMS[i as usize % 3]).collect();
    assert_eq!(teams, Ok(expected));
}

#[tokio::test(start_paused = true)]
async fn fail_fast_question_mark_in_filter() {
    // Python: active = [i for i in ids if (await api.get_user(i)).team != "data"]
    let api = Api::default();
    let ids: Vec<u32> = vec![1, 2, 3, 4, 5, 6];
    let active = acomp![i for i in ids.iter().copied() if api.get_user(i).await?.team != "data"; concurrency = 3];
    let expected = comp![i for i in ids.iter().copied() if TEAMS[i as usize % 3] != "data"];
    assert_eq!(active, Ok(expected));
}

// --- worker pools fed by channels

#[tokio::test(start_paused = true)]
async fn worker_pool_reads_queue_as_stream() {
    // Python:
    // q = asyncio.Queue(4); producer puts jobs then a sentinel
    // results = [await run_job(j) async for j in drain(q)]   # 3 workers
    let (mut tx, rx) = mpsc::channel::<Job>(4);
    let producer = async move {
        for j in jobs() {
            tx.send(j).await.unwrap();
        }
    };
    let consumer = async { acomp![run_job(j).await async for j in rx; concurrency = 3] };
    let ((), results) = futures::join!(producer, consumer);
    let mut expected = vec![];
    for j in jobs() {
        expected.push(j.id as u64 * j.cost);
    }
    assert_eq!(results, expected);
}

#[tokio::test(start_paused = true)]
async fn worker_pool_bounded_timing_and_unordered_ids() {
    // Python: done_ids = [j.id for j in as_completed(workers(q, n=3))]
    let (tx, rx) = mpsc::unbounded::<Job>();
    for j in jobs() {
        tx.unbounded_send(j).unwrap();
    }
    drop(tx);
    let gauge = Gauge::default();
    let t0 = Instant::now();
    let done = acomp![{ let _g = gauge.enter(); run_job(j.clone()).await; j.id } async for j in rx; concurrency = 3, unordered];
    let elapsed = t0.elapsed();
    assert_eq!(gauge.peak(), 3);
    let total: u64 = jobs().iter().map(|j| j.cost).sum();
    assert!(elapsed >= ms(total / 3) && elapsed < ms(total));
    let mut sorted = done.clone();
    sorted.sort();
    assert_eq!(sorted, (0..12).collect::<Vec<u32>>());
    assert_ne!(done, sorted);
}

#[tokio::test(start_paused = true)]
async fn worker_pool_results_sent_to_second_channel() {
    // Python: async def worker(j): await out_q.put((j.id, await run_job(j)))
    let (res_tx, res_rx) = mpsc::unbounded::<(u32, u64)>();
    let js = jobs();
    let sent = acomp![res_tx.unbounded_send((j.id, run_job(j.clone()).await)).is_ok() for j in &js; concurrency = 4];
    drop(res_tx);
    assert!(sent.iter().all(|&b| b));
    let received = acomp!({id: v async for (id, v) in res_rx});
    let expected: HashMap<u32, u64> = js.iter().map(|j| (j.id, j.id as u64 * j.cost)).collect();
    assert_eq!(received, expected);
}

#[tokio::test(start_paused = true)]
async fn worker_pool_fail_fast_stops_reading_queue() {
    // Python: results = [await checked(j) async for j in q]  # first failure raises
    let (tx, rx) = mpsc::unbounded::<Job>();
    for j in jobs() {
        tx.unbounded_send(j).unwrap();
    }
    drop(tx);
    let mut rx = rx;
    let r = acomp![checked_job(j).await? async for j in &mut rx; concurrency = 2];
    assert_eq!(r, Err(5));
    // the comprehension stopped reading: later jobs are still queued
    let left = acomp![j.id async for j in rx];
    assert!(!left.is_empty());
    assert_eq!(*left.last().unwrap(), 11);
    assert!(left.iter().all(|&id| id > 5));
}

async fn checked_job(j: Job) -> Result<u64, u32> {
    let v = run_job(j.clone()).await;
    if j.id == 5 {
        Err(j.id)
    } else {
        Ok(v)
    }
}

// --- lazy streams piped into other comprehensions

#[tokio::test(start_paused = true)]
async fn lazy_fetch_stream_into_filtering_list() {
    // Python:
    // fetched = (await site.fetch(u) for u in urls)    # an async generator
    // bodies = [p.body async for p in fetched if p.status == 200]
    let site = site();
    let urls = vec!["/", "/zz", "/a", "/b/1"];
    let fetched = acomp!((site.fetch(u).await for u in &urls; concurrency = 3));
    let bodies = acomp![p.body async for r in fetched if let Ok(p) = r];
    let expected = comp![format!("<h1>{u}</h1>") for u in &urls if site.pages.contains_key(u)];
    assert_eq!(bodies, expected);
    assert_eq!(site.gauge.peak(), 3);
}

#[tokio::test(start_paused = true)]
async fn lazy_users_into_concurrent_enrichment() {
    // Python:
    // users = (await api.get_user(i) for i in ids)
    // scored = [(u.id, await score(u)) async for u in users]   # both stages bounded
    let api = Api::default();
    let users = acomp!((api.get_user(i).await for i in 1..=12u32; concurrency = 3));
    let scored =
        acomp![(u.id, score(&u).await) async for r in users if let Ok(u) = r; concurrency = 2];
    let mut expected = vec![];
    for i in 1..=12u32 {
        if let Ok(u) = api.get_user(i).await {
            expected.push((u.id, u.name.len() as u32 * 10 + u.id));
        }
    }
    assert_eq!(scored, expected);
}

async fn score(u: &User) -> u32 {
    sleep(ms(5)).await;
    u.name.len() as u32 * 10 + u.id
}

#[tokio::test(start_paused = true)]
async fn lazy_fallible_stream_then_question_mark_on_items() {
    // Python: names = [u.name async for u in fetch_all(ids)]   # fetch_all raises on the first failure
    let api = Api::default();
    let ids = vec![1u32, 2, 3, 7, 8];
    let users = acomp!((api.get_user(i).await? for i in ids.iter().copied(); concurrency = 2));
    let names = acomp![r?.name async for r in users];
    assert_eq!(names, Err(ApiError::NotFound(7)));

    let ok_ids = vec![1u32, 2, 3];
    let users = acomp!((api.get_user(i).await? for i in ok_ids.iter().copied(); concurrency = 2));
    let names = acomp![r?.name async for r in users];
    assert_eq!(names, Ok(comp![format!("user{i}") for i in &ok_ids]));
}

#[tokio::test(start_paused = true)]
async fn lazy_inner_acomp_as_iterable() {
    // Python: total = sum([n async for n in (await slow_double(x) for x in xs)])
    let xs = vec![1u64, 2, 3, 4, 5];
    let doubled = acomp![n + 1 async for n in acomp!((slow_double(x).await for x in xs.iter().copied(); concurrency = 2))];
    let expected = comp![2 * x + 1 for x in &xs];
    assert_eq!(doubled, expected);
}

async fn slow_double(x: u64) -> u64 {
    sleep(ms(10 * x)).await;
    2 * x
}

#[tokio::test(start_paused = true)]
async fn lazy_pipeline_three_stages_with_chunks() {
    // Python:
    // ids = (i async for page in pages(api, 4) for i in page)
    // users = (await api.get_user(i) async for i in ids)
    // batches = [b async for b in chunked(users, 5)]
    let api = Api::default();
    let ids = acomp!((i async for page in pages(&api, 4) for i in page));
    let users = acomp!((api.get_user(i).await async for i in ids; concurrency = 4));
    let batches = acomp![b.len() async for b in users.chunks(5)];
    assert_eq!(batches, vec![5, 5, 5, 5]);
    assert_eq!(api.gauge.peak(), 4);
}

fn fetch_all_stream<'a>(
    site: &'a Site,
    urls: &'a [&'a str],
) -> impl Stream<Item = Result<Page, FetchError>> + 'a {
    // Python: async def fetch_all(site, urls): for u in urls: yield await site.fetch(u)
    acomp!((site.fetch(u).await for u in urls; concurrency = 2))
}

#[tokio::test(start_paused = true)]
async fn lazy_stream_returned_from_function() {
    let site = site();
    let urls = vec!["/", "/a", "/nope"];
    let oks = acomp![p.url async for r in fetch_all_stream(&site, &urls) if let Ok(p) = r];
    assert_eq!(oks, vec!["/".to_string(), "/a".to_string()]);
}

#[tokio::test(start_paused = true)]
async fn lazy_stream_dropped_early_cancels_in_flight() {
    // Python: agen = fetch_all(urls); first = await anext(agen); await agen.aclose()
    let site = site();
    let urls = vec!["/", "/a/1", "/a/2", "/b/1", "/a"];
    let mut s = acomp!((site.fetch(u).await for u in &urls; concurrency = 3));
    let first = s.next().await;
    drop(s);
    assert_eq!(first.map(|r| r.map(|p| p.url)), Some(Ok("/".to_string())));
    // "/" done, "/a/1" and "/a/2" were in flight; the lazy form refills its
    // free slot only when polled again, so "/b/1" never started
    assert_eq!(site.gauge.started(), 3);
    assert_eq!(site.gauge.finished(), 1);
    sleep(ms(100)).await;
    assert_eq!(site.gauge.finished(), 1);
}

// --- spawn: CPU-ish items as tokio tasks

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spawn_checksums_keep_source_order() {
    // Python: sums = await asyncio.gather(*[loop.run_in_executor(pool, checksum, x) for x in xs])
    let xs: Vec<u64> = (0..32).collect();
    let sums = acomp![checksum(x) for x in xs.clone(); concurrency = 4, spawn];
    let expected: Vec<u64> = xs.iter().map(|&x| checksum(x)).collect();
    assert_eq!(sums, expected);
}

#[tokio::test(start_paused = true)]
async fn spawn_shared_api_handle_cloned_into_each_task() {
    // Python: users = await asyncio.gather(*[asyncio.create_task(api.get_user(i)) for i in ids])
    let api = Arc::new(Api::default());
    let users = acomp![api.get_user(i).await.map(|u| u.team) for i in 1..=9u32; concurrency = 3, spawn(api)];
    let expected = comp![Err(ApiError::NotFound(i)) if i % 7 == 0 else Ok(TEAMS[i as usize % 3]) for i in 1..=9u32];
    assert_eq!(users, expected);
    assert_eq!(api.gauge.peak(), 3);
}

#[tokio::test(start_paused = true)]
async fn spawn_fail_fast_aborts_other_tasks() {
    // Python: async with TaskGroup() as tg: [tg.create_task(api.get_user(i)) for i in ids]
    let api = Arc::new(Api::default());
    let r = acomp![api.get_user(i).await?.name for i in 5..=12u32; concurrency = 3, spawn(api)];
    assert_eq!(r, Err(ApiError::NotFound(7)));
    sleep(ms(500)).await;
    assert!(api.gauge.started() < 8);
    assert!(api.gauge.finished() < api.gauge.started());
}

#[tokio::test(start_paused = true)]
async fn spawn_updates_shared_log_behind_arc_mutex() {
    // Python: seen = set(); async def work(x): seen.add(x); return checksum(x)
    let seen = Arc::new(Mutex::new(Vec::new()));
    let out = acomp![{ seen.lock().unwrap().push(x); checksum(x) % 1000 } for x in 0..10u64; concurrency = 4, spawn(seen)];
    let mut got = seen.lock().unwrap().clone();
    got.sort();
    assert_eq!(got, (0..10u64).collect::<Vec<_>>());
    assert_eq!(out, comp![checksum(x) % 1000 for x in 0..10u64]);
}

#[tokio::test(start_paused = true)]
#[should_panic(expected = "job 3 exploded")]
async fn spawn_panic_reaches_caller() {
    // Python: await asyncio.gather(*tasks)  # re-raises the task's exception
    let _ = acomp![{ sleep(ms(x)).await; assert!(x != 3, "job {x} exploded"); x } for x in 0..6u64; concurrency = 2, spawn];
}

#[tokio::test(start_paused = true)]
async fn spawn_dict_by_key_unordered_jobs() {
    // Python: results = {j.id: await task for j, task in zip(js, tasks)}
    let js = jobs();
    let by_id = acomp!({j.id: run_job(j).await for j in js.clone(); concurrency = 4, spawn});
    let expected: HashMap<u32, u64> = js.iter().map(|j| (j.id, j.id as u64 * j.cost)).collect();
    assert_eq!(by_id, expected);
}

// --- dict / set gathering by key

#[tokio::test(start_paused = true)]
async fn dict_url_to_result() {
    // Python: pages = dict(zip(urls, await asyncio.gather(*[site.fetch(u) for u in urls], return_exceptions=True)))
    let site = site();
    let urls = vec!["/", "/a", "/q"];
    let pages = acomp!({*u: site.fetch(u).await for u in &urls; concurrency = 3});
    let mut expected = HashMap::new();
    for u in &urls {
        expected.insert(*u, site.fetch(u).await);
    }
    assert_eq!(pages, expected);
}

#[tokio::test(start_paused = true)]
async fn dict_fail_fast_link_counts() {
    // Python: counts = {u: len((await site.fetch(u)).links) for u in urls}
    let site = site();
    let urls = vec!["/", "/a", "/b"];
    let counts =
        acomp!({u.to_string(): site.fetch(u).await?.links.len() for u in &urls; concurrency = 3});
    let mut expected = HashMap::new();
    for u in &urls {
        expected.insert(u.to_string(), site.pages[u].len());
    }
    assert_eq!(counts, Ok(expected));
}

#[tokio::test(start_paused = true)]
async fn dict_group_by_team_after_gather() {
    // Python:
    // users = [u for u in await gather(...) if not isinstance(u, Exception)]
    // by_team = {t: [u.name for u in users if u.team == t] for t in TEAMS}
    let api = Api::default();
    let users = acomp![u for i in 1..=12u32 if let Ok(u) = api.get_user(i).await; concurrency = 6];
    let by_team = comp!({t: [u.name.as_str() for u in &users if u.team == t] for t in TEAMS});
    let mut expected: HashMap<&str, Vec<&str>> = HashMap::new();
    for t in TEAMS {
        expected.insert(t, vec![]);
    }
    for u in &users {
        expected.get_mut(u.team).unwrap().push(&u.name);
    }
    assert_eq!(by_team, expected);
}

#[tokio::test(start_paused = true)]
async fn dict_last_duplicate_key_wins_under_concurrency() {
    // Python: last_by_team = {u.team: u.id for u in await gather(...)}
    let api = Api::default();
    let last = acomp!({u.team: u.id for i in 1..=6u32 if let Ok(u) = api.get_user(i).await; concurrency = 6});
    let mut expected = HashMap::new();
    for i in 1..=6u32 {
        expected.insert(TEAMS[i as usize % 3], i);
    }
    assert_eq!(last, expected);
}

#[tokio::test(start_paused = true)]
async fn set_of_statuses_and_of_links() {
    // Python: statuses = {await site.status(u) for u in urls}
    let site = site();
    let urls = vec!["/", "/a", "/x", "/y"];
    let statuses = acomp!({site.status(u).await for u in &urls; concurrency = 4});
    assert_eq!(statuses, HashSet::from([200, 404]));

    // Python: links = {l for u in urls for l in (await site.fetch(u)).links}  (errors skipped)
    let links = acomp!({l async for p in acomp!((site.fetch(u).await for u in &urls; concurrency = 4)) if let Ok(p) = p for l in p.links});
    let mut expected = HashSet::new();
    for u in &urls {
        if let Some(ls) = site.pages.get(u) {
            expected.extend(ls.iter().map(|l| l.to_string()));
        }
    }
    assert_eq!(links, expected);
}

#[tokio::test(start_paused = true)]
async fn dict_of_btreemap_needs_collect() {
    // Python: ordered = dict(sorted({i: (await api.get_user(i)).name for i in ids}.items()))
    let api = Api::default();
    let names: BTreeMap<u32, String> =
        acomp!({i: u.name for i in (1..=5u32).rev() if let Ok(u) = api.get_user(i).await; concurrency = 5})
            .into_iter()
            .collect();
    let expected = comp![(i, format!("user{i}")) for i in 1..=5u32];
    assert_eq!(names.into_iter().collect::<Vec<_>>(), expected);
}

// --- nested awaits

#[tokio::test(start_paused = true)]
async fn nested_await_fetch_first_link_of_each_page() {
    // Python: firsts = [await site.fetch((await site.fetch(u)).links[0]) for u in urls]
    let site = site();
    let urls = vec!["/", "/a", "/b"];
    let firsts = acomp![site.fetch(&site.fetch(u).await.unwrap().links[0]).await.unwrap().url for u in &urls; concurrency = 3];
    let mut expected = vec![];
    for u in &urls {
        expected.push(site.pages[u][0].to_string());
    }
    assert_eq!(firsts, expected);
}

#[tokio::test(start_paused = true)]
async fn nested_inner_gather_per_page() {
    // Python: child_statuses = [await asyncio.gather(*[site.status(l) for l in (await site.fetch(u)).links]) for u in urls]
    let site = site();
    let urls = vec!["/", "/c", "/b/1"];
    let child_statuses = acomp![[site.status(&l).await for l in site.fetch(u).await.unwrap().links; concurrency = 2] for u in &urls; concurrency = 2];
    let mut expected = vec![];
    for u in &urls {
        let mut row = vec![];
        for l in &site.pages[u] {
            row.push(if site.pages.contains_key(l) { 200 } else { 404 });
        }
        expected.push(row);
    }
    assert_eq!(child_statuses, expected);
    assert!(site.gauge.peak() <= 4);
}

#[tokio::test(start_paused = true)]
async fn nested_two_awaits_in_a_tuple() {
    // Python: pairs = [(await api.get_user(i), await api.get_user(i + 1)) for i in ids]
    let api = Api::default();
    let pairs = acomp![(api.get_user(i).await.is_ok(), api.get_user(i + 1).await.is_ok()) for i in (1..=8u32).step_by(2); concurrency = 4];
    let expected = comp![(i % 7 != 0, (i + 1) % 7 != 0) for i in (1..=8u32).step_by(2)];
    assert_eq!(pairs, expected);
}

#[tokio::test(start_paused = true)]
async fn nested_await_in_conditional_element() {
    // Python: out = [await api.get_user(i) if i % 2 else await cache_get(i) for i in ids]
    let api = Api::default();
    let cache: HashMap<u32, User> = comp!({i: User { id: i, name: format!("cached{i}"), team: "web" } for i in (2..=10).step_by(2)});
    let out = acomp![api.get_user(i).await.unwrap().name if i % 2 == 1 else cache_get(&cache, i).await.name for i in 1..=6u32; concurrency = 3];
    let expected =
        comp![format!("user{i}") if i % 2 == 1 else format!("cached{i}") for i in 1..=6u32];
    assert_eq!(out, expected);
}

async fn cache_get(cache: &HashMap<u32, User>, i: u32) -> User {
    sleep(ms(1)).await;
    cache[&i].clone()
}

// --- shared state behind Arc<Mutex<..>> updated inside items

#[tokio::test(start_paused = true)]
async fn shared_cache_checked_and_filled_inside_items() {
    // Python:
    // async def cached_user(i):
    //     if i in cache: return cache[i]
    //     cache[i] = u = await api.get_user(i); return u
    // users = await asyncio.gather(*[cached_user(i) for i in ids])
    let api = Api::default();
    let cache: Arc<Mutex<HashMap<u32, Result<User, ApiError>>>> =
        Arc::new(Mutex::new(HashMap::new()));
    cache.lock().unwrap().insert(
        2,
        Ok(User {
            id: 2,
            name: "warm".into(),
            team: "web",
        }),
    );
    let ids = vec![1u32, 2, 3, 4];
    let users = acomp![hit.unwrap_or(fresh) for i in ids.iter().copied() let hit = cache.lock().unwrap().get(&i).cloned() let fresh = if hit.is_none() { let u = api.get_user(i).await; cache.lock().unwrap().insert(i, u.clone()); u } else { Err(ApiError::NotFound(0)) }; concurrency = 2];
    assert_eq!(users[1].as_ref().unwrap().name, "warm");
    assert_eq!(
        comp![u.as_ref().unwrap().name.clone() for u in &users],
        vec!["user1", "warm", "user3", "user4"]
    );
    assert_eq!(cache.lock().unwrap().len(), 4);
    assert_eq!(api.calls.lock().unwrap().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn shared_counters_per_status() {
    // Python: stats = Counter(); async def go(u): stats[await site.status(u)] += 1
    let site = site();
    let stats: Arc<Mutex<HashMap<u16, usize>>> = Arc::default();
    let urls = vec!["/", "/a", "/b", "/q", "/r"];
    let _ = acomp![*stats.lock().unwrap().entry(s).or_default() += 1 for u in &urls let s = site.status(u).await; concurrency = 3];
    let expected = comp!({s: urls.iter().filter(|u| (200 if site.pages.contains_key(*u) else 404) == s).count() for s in [200u16, 404]});
    assert_eq!(*stats.lock().unwrap(), expected);
}

#[tokio::test(start_paused = true)]
async fn shared_progress_log_in_completion_order() {
    // Python: progress = []; ... progress.append(u) after each fetch; results = await gather(...)
    let site = site();
    let progress = Arc::new(Mutex::new(Vec::<String>::new()));
    let urls = vec!["/a/1", "/", "/b"];
    let lens = acomp![{ let p = site.fetch(u).await; progress.lock().unwrap().push(u.to_string()); p.map(|p| p.links.len()) } for u in &urls; concurrency = 3];
    assert_eq!(lens, comp![Ok(site.pages[u].len()) for u in &urls]);
    assert_eq!(*progress.lock().unwrap(), vec!["/", "/b", "/a/1"]);
}

// --- the crawler

#[tokio::test(start_paused = true)]
async fn crawler_bfs_levels_with_bounded_fetches() {
    // Python:
    // seen, frontier = {"/"}, ["/"]
    // while frontier:
    //     results = await gather(*[bounded(site.fetch(u)) for u in frontier], return_exceptions=True)
    //     frontier = [l for r in results if not isinstance(r, Exception) for l in r.links if l not in seen]
    //     seen.update(frontier)
    let site = site();
    let mut seen: HashSet<String> = HashSet::from(["/".to_string()]);
    let mut frontier = vec!["/".to_string()];
    let mut levels = vec![];
    while !frontier.is_empty() {
        let results = acomp![site.fetch(u).await for u in &frontier; concurrency = 4];
        levels.push(frontier.len());
        frontier = comp![l.clone() for r in &results if let Ok(p) = r for l in &p.links if seen.insert(l.clone())];
    }
    let mut reachable: Vec<&String> = seen.iter().collect();
    reachable.sort();
    assert_eq!(
        reachable,
        vec![
            "/",
            "/a",
            "/a/1",
            "/a/2",
            "/b",
            "/b/1",
            "/c",
            "/missing",
            "/slow/page/xx"
        ]
    );
    assert_eq!(levels, vec![1, 3, 4, 1]);
    assert!(site.gauge.peak() <= 4);
}

#[tokio::test(start_paused = true)]
async fn crawler_links_per_page_with_shared_seen_set() {
    // Python: new = {l for u in frontier for l in (await site.fetch(u)).links if l not in seen and not seen.add(l)}
    let site = site();
    let seen = Arc::new(Mutex::new(HashSet::from(["/".to_string()])));
    let frontier = vec!["/", "/a", "/b"];
    let new_links = acomp![comp![l.clone() for l in &p.links if seen.lock().unwrap().insert(l.clone())] for u in &frontier if let Ok(p) = site.fetch(u).await; concurrency = 3];
    let flat: Vec<String> = new_links.concat();
    let mut by_hand = HashSet::from(["/".to_string()]);
    let mut expected = vec![];
    for u in &frontier {
        for l in &site.pages[u] {
            if by_hand.insert(l.to_string()) {
                expected.push(l.to_string());
            }
        }
    }
    assert_eq!(flat, expected);
}

#[tokio::test(start_paused = true)]
async fn crawler_depth_limited_recursive_via_box_pin() {
    // Python:
    // async def crawl(u, depth):
    //     p = await site.fetch(u)
    //     return [u] + sum(await gather(*[crawl(l, depth - 1) for l in p.links]), []) if depth else [u]
    fn crawl<'a>(
        site: &'a Site,
        u: String,
        depth: u32,
    ) -> futures::future::BoxFuture<'a, Vec<String>> {
        Box::pin(async move {
            if depth == 0 {
                return vec![u];
            }
            let links = site.fetch(&u).await.map(|p| p.links).unwrap_or_default();
            let subs = acomp![crawl(site, l, depth - 1).await for l in links; concurrency = 2];
            let mut out = vec![u];
            out.extend(subs.into_iter().flatten());
            out
        })
    }
    let got = crawl(&site(), "/".into(), 2).await;
    let mut expected = vec!["/".to_string()];
    let s = site();
    for l in &s.pages["/"] {
        expected.push(l.to_string());
        expected.extend(
            s.pages
                .get(l)
                .map(|ls| ls.iter().map(|x| x.to_string()).collect::<Vec<_>>())
                .unwrap_or_default(),
        );
    }
    assert_eq!(got, expected);
}

#[tokio::test(start_paused = true)]
async fn crawler_hosts_times_paths() {
    // Python: results = await gather(*[fetch_path(h, p) for h in hosts for p in paths])
    let site = site();
    let hosts = vec!["", "/a"];
    let paths = vec!["/1", "/2", "/9"];
    let ok = acomp![(h, p, site.fetch(&format!("{h}{p}")).await.is_ok()) for h in &hosts for p in &paths; concurrency = 3];
    let mut expected = vec![];
    for h in &hosts {
        for p in &paths {
            expected.push((h, p, site.pages.contains_key(format!("{h}{p}").as_str())));
        }
    }
    assert_eq!(ok, expected);
}

// --- the rate-limited client

struct Limiter {
    next: Mutex<Instant>,
    every: Duration,
}

impl Limiter {
    async fn acquire(&self) {
        let slot = {
            let mut next = self.next.lock().unwrap();
            let slot = (*next).max(Instant::now());
            *next = slot + self.every;
            slot
        };
        tokio::time::sleep_until(slot).await;
    }
}

#[tokio::test(start_paused = true)]
async fn rate_limited_calls_are_spaced() {
    // Python: async def limited(i): await limiter.acquire(); return await api.get_user(i)
    let api = Api::default();
    let limiter = Limiter {
        next: Mutex::new(Instant::now()),
        every: ms(50),
    };
    let users = acomp![{ limiter.acquire().await; api.get_user(i).await } for i in 1..=6u32; concurrency = 4];
    assert_eq!(users.iter().filter(|u| u.is_ok()).count(), 6);
    let calls = api.calls.lock().unwrap().clone();
    let gaps = comp![w[1].1 - w[0].1 for w in calls.windows(2)];
    assert_eq!(gaps, vec![ms(50); 5]);
}

#[tokio::test(start_paused = true)]
async fn rate_limited_min_slot_time_window() {
    // Python: async with sem: r = await api.get_user(i); await asyncio.sleep(max(0, 0.1 - elapsed))
    let api = Api::default();
    let users = acomp![{ let t = Instant::now(); let r = api.get_user(i).await; tokio::time::sleep_until(t + ms(100)).await; r } for i in 1..=6u32; concurrency = 2];
    assert_eq!(users.len(), 6);
    let calls = api.calls.lock().unwrap().clone();
    // never more than 2 calls in any 100 ms window
    let crowded = comp![c.1 for c in &calls if calls.iter().filter(|d| c.1 <= d.1 < c.1 + ms(100)).count() > 2];
    assert!(crowded.is_empty(), "{crowded:?}");
    assert_eq!(calls.last().unwrap().1 - calls[0].1, ms(200));
}

#[tokio::test(start_paused = true)]
async fn rate_limited_gather_of_prebuilt_coroutines() {
    // Python: coros = [api.get_user(i) for i in ids]; users = await gather(*coros)   (sem = 2)
    let api = Api::default();
    let coros = comp![api.get_user(i) for i in 1..=4u32];
    let users = acomp![c.await for c in coros; concurrency = 2];
    assert_eq!(api.gauge.peak(), 2);
    let mut expected = vec![];
    for i in 1..=4u32 {
        expected.push(api.get_user(i).await);
    }
    assert_eq!(users, expected);
}

#[tokio::test(start_paused = true)]
async fn rate_limited_pages_with_let_and_question_mark() {
    // Python: stats = [(i, len(u.name)) for i in ids for u in [await api.get_user(i)] if u.team != "web"]
    let api = Api::default();
    let ids = vec![2u32, 3, 4, 5, 6];
    let stats = acomp![(i, n) for i in ids.iter().copied() let u = api.get_user(i).await? let n = u.name.len() if u.team != "web"; concurrency = 2];
    let mut expected = vec![];
    for &i in &ids {
        if TEAMS[i as usize % 3] != "web" {
            expected.push((i, format!("user{i}").len()));
        }
    }
    assert_eq!(stats, Ok(expected));
}

#[tokio::test(start_paused = true)]
async fn rate_limited_walrus_with_await_under_concurrency() {
    // Python: big = [u.name for i in ids if (u := await api.get_user(i)) and u.id > 3]
    let api = Api::default();
    // (first written `if let Ok(u) = (r := ..) if r.is_ok() && ..`: E0382, `r` moved by the
    // `if let`, as by hand; my slip)
    let big = acomp![r.unwrap().name for i in 1..=6u32 if (r := api.get_user(i).await).as_ref().is_ok_and(|u| u.id > 3); concurrency = 3];
    assert_eq!(big, comp![format!("user{i}") for i in 4..=6u32]);
}

// --- more shapes: borrowing the outer page, join! inside an item, options

// FOUND (documented: reference section 9 now names an outer loop variable among the values an earlier clause owns, with this example; the items run after the loop has moved on from `page`): acomp![api.get_user(*i).await.is_ok() async for page in pages(&api, 5) for i in &page; concurrency = 4] -> error[E0521]: borrowed data escapes outside of async block ... `__comp_yield` declared here, outside of the async block body / reference to `page` escapes the async block body here, on the whole call (reference section 9 and README "Python differences, Ownership": an outer loop variable the items use is shared by them in one `Arc` per outer iteration, and "whatever compiles without `concurrency` compiles with it"; the sequential form compiles; the listed exceptions name a `let` binding or a temporary, not an outer loop variable, and the message names the internal `__comp_yield`)
#[tokio::test(start_paused = true)]
async fn pages_items_borrowed_from_outer_page() {
    // Python: users = [await api.get_user(i) async for page in pages(api, 5) for i in page]
    let api = Api::default();
    // smallest change: iterate the page by value (`for i in page`) instead of `&page`
    let users = acomp![api.get_user(i).await.is_ok() async for page in pages(&api, 5) for i in page; concurrency = 4];
    // the sequential form with `&page` compiles as written
    let seq =
        acomp![api.get_user(*i).await.is_ok() async for page in pages(&api, 5) for i in &page];
    assert_eq!(users, seq);
    let expected = comp![i % 7 != 0 for i in 1..=20u32];
    assert_eq!(users, expected);
}

#[tokio::test(start_paused = true)]
async fn join_two_calls_inside_each_item() {
    // Python: pairs = await gather(*[asyncio.gather(api.get_user(i), site.status(f"/{i}")) for i in ids])
    let api = Api::default();
    let site = site();
    let t0 = Instant::now();
    let pairs = acomp![futures::join!(api.get_user(i), site.status("/a")) for i in 1..=4u32; concurrency = 4];
    assert_eq!(t0.elapsed(), ms(40));
    let mut expected = vec![];
    for i in 1..=4u32 {
        expected.push((api.get_user(i).await, 200u16));
    }
    assert_eq!(pairs, expected);
}
