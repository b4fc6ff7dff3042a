//! Round 14: stateful comprehensions (caches, counters, `seen` sets, iterator
//! state), `?` with custom error enums, `acomp!` with concurrency over
//! client-like structs, `parallel` CPU work, and generic helpers.

// Python lists are written as `vec![..]`, as a Python programmer would.
#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Instant};

// ---------------------------------------------------------------------------
// 1. stateful code

fn slow_square(x: u64, calls: &Cell<usize>) -> u64 {
    calls.set(calls.get() + 1);
    x * x
}

#[test]
fn refcell_cache_in_element() {
    // Python: [cache.setdefault(x, slow_square(x)) for x in xs]  (memoised)
    let xs = vec![3u64, 4, 3, 5, 4, 3];
    let calls = Cell::new(0);
    let cache: RefCell<HashMap<u64, u64>> = RefCell::new(HashMap::new());
    let got =
        comp![*cache.borrow_mut().entry(x).or_insert_with(|| slow_square(x, &calls)) for &x in &xs];
    assert_eq!(got, vec![9, 16, 9, 25, 16, 9]);
    assert_eq!(calls.get(), 3);
    assert_eq!(cache.borrow().len(), 3);
}

#[test]
fn memo_dict_consulted_in_if_let() {
    // Python: [memo[k] for k in keys if k in memo]
    let memo: HashMap<&str, i32> = HashMap::from([("a", 1), ("c", 3)]);
    let keys = ["a", "b", "c", "d"];
    let got = comp![*v for k in keys if let Some(v) = memo.get(k)];
    let mut want = Vec::new();
    for k in keys {
        if let Some(v) = memo.get(k) {
            want.push(*v);
        }
    }
    assert_eq!(got, want);
    assert_eq!(got, vec![1, 3]);
}

#[test]
fn seen_set_dedupe_in_filter() {
    // Python: seen = set(); [x for x in xs if not (x in seen or seen.add(x))]
    let xs = vec![3, 1, 3, 2, 1, 4, 2];
    let mut seen = HashSet::new();
    let got = comp![x for x in xs.iter().copied() if seen.insert(x)];
    assert_eq!(got, vec![3, 1, 2, 4]);
    assert_eq!(seen.len(), 4);
}

#[test]
fn seen_set_dedupe_case_insensitive_strings() {
    // Python: [w for w in words if w.lower() not in seen and not seen.add(w.lower())]
    let words = vec!["Apple", "banana", "apple", "Banana", "cherry"];
    let mut seen: HashSet<String> = HashSet::new();
    let got = comp![w for w in &words if seen.insert(w.to_lowercase())];
    assert_eq!(got, vec![&"Apple", &"banana", &"cherry"]);
}

#[test]
fn counter_incremented_in_element_cell() {
    // Python: [(next(counter), name) for name in names]
    let names = ["ann", "bob", "cy"];
    let counter = Cell::new(100);
    let got = comp![(counter.replace(counter.get() + 1), name) for name in names];
    assert_eq!(got, vec![(100, "ann"), (101, "bob"), (102, "cy")]);
    assert_eq!(counter.get(), 103);
}

#[test]
fn counter_incremented_in_filter_counts_rejections() {
    // Python: rejected = 0; [x for x in xs if x > 0 or inc()]
    let xs = vec![5, -1, 3, -7, 0, 2];
    let mut rejected = 0;
    let got = comp![x for x in &xs if if *x > 0 { true } else { rejected += 1; false }];
    assert_eq!(got, vec![&5, &3, &2]);
    assert_eq!(rejected, 3);
}

#[test]
fn mutable_counter_by_closure_in_element() {
    // Python: ids = itertools.count(); {name: next(ids) for name in names}
    let names = vec!["x", "y", "z"];
    let mut next_id = 0;
    let mut fresh = || {
        next_id += 1;
        next_id
    };
    let got = comp!({name: fresh() for name in &names});
    let want: HashMap<&&str, i32> = HashMap::from([(&"x", 1), (&"y", 2), (&"z", 3)]);
    assert_eq!(got, want);
}

#[test]
fn mutex_cache_shared() {
    // Python: with lock: [cache.get(k) or compute(k) for k in keys]
    let cache: Mutex<HashMap<u32, String>> = Mutex::new(HashMap::from([(1, "one".to_string())]));
    let keys = [1u32, 2, 1, 3];
    let got = comp![cache.lock().unwrap().entry(k).or_insert_with(|| format!("n{k}")).clone() for k in keys];
    assert_eq!(got, vec!["one", "n2", "one", "n3"]);
    assert_eq!(cache.lock().unwrap().len(), 3);
}

#[test]
fn peekable_iterator_state_in_clause() {
    // Python: runs of equal items: [(x, count) ...] using a peeking iterator
    let xs = vec![1, 1, 2, 2, 2, 3, 1];
    let mut it = xs.iter().copied().peekable();
    let mut runs = Vec::new();
    while let Some(x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&x) {
            it.next();
            n += 1;
        }
        runs.push((x, n));
    }
    // Python: [x for x, n in runs if n > 1]
    let got = comp![x for (x, n) in &runs if *n > 1];
    assert_eq!(got, vec![&1, &2]);

    // Python: header = next(it); [line for line in it]
    let lines = ["name,age", "ann,3", "bob,4"];
    let mut it = lines.iter();
    let header = it.next().unwrap();
    let body = comp![line.split(',').next().unwrap() for line in it.by_ref()];
    assert_eq!(*header, "name,age");
    assert_eq!(body, vec!["ann", "bob"]);
    assert!(it.next().is_none());
}

#[test]
fn by_ref_take_chunks() {
    // Python: it = iter(xs); [list(islice(it, 3)) for _ in range(3)]
    let xs: Vec<i32> = (1..=8).collect();
    let mut it = xs.iter().copied();
    let got = comp![it.by_ref().take(3).collect::<Vec<_>>() for _ in 0..3];
    assert_eq!(got, vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8]]);
}

#[test]
fn lazy_form_reads_state_mutated_by_consumer() {
    // Python:
    // threshold = [0]
    // gen = (x for x in xs if x > threshold[0])
    // for x in gen: threshold[0] = x   # increasing run
    let xs = vec![1, 3, 2, 5, 4, 6];
    let threshold = Cell::new(0);
    let gen = comp!((x for x in xs.iter().copied() if x > threshold.get()));
    let mut got = Vec::new();
    for x in gen {
        threshold.set(x);
        got.push(x);
    }
    assert_eq!(got, vec![1, 3, 5, 6]);
}

#[test]
fn lazy_form_with_refcell_log_is_lazy() {
    // Python: log = []; gen = (log.append(x) or x * 2 for x in xs); next(gen)
    let xs = [1, 2, 3];
    let log = RefCell::new(Vec::new());
    let mut gen = comp!(({ log.borrow_mut().push(x); x * 2 } for x in xs));
    assert!(log.borrow().is_empty());
    assert_eq!(gen.next(), Some(2));
    assert_eq!(*log.borrow(), vec![1]);
    log.borrow_mut().push(99);
    assert_eq!(gen.next(), Some(4));
    assert_eq!(*log.borrow(), vec![1, 99, 2]);
}

#[test]
fn lazy_dedupe_with_seen_set() {
    // Python: seen = set(); gen = (x for x in xs if x not in seen and not seen.add(x))
    let xs = vec!["a", "b", "a", "c", "b"];
    let mut seen = HashSet::new();
    let first_two: Vec<&str> = comp!((x for x in xs.iter().copied() if seen.insert(x)))
        .take(2)
        .collect();
    assert_eq!(first_two, vec!["a", "b"]);
    // only consumed as far as needed: "a", "b" seen; the later "a" not reached? it was: take(2) stops after "b"
    assert_eq!(seen.len(), 2);
}

#[test]
fn walrus_counter_in_nested_clause() {
    // Python: [(i, j) for i in range(3) for j in range(3) if (s := i + j) == 2]
    let calls = Cell::new(0);
    let got = comp![(i, j, s) for i in 0..3 for j in 0..3 if (s := { calls.set(calls.get() + 1); i + j }) == 2];
    assert_eq!(got, vec![(0, 2, 2), (1, 1, 2), (2, 0, 2)]);
    assert_eq!(calls.get(), 9);
}

#[test]
fn stateful_running_total_through_cell() {
    // Python: total = 0; [(total := total + v) for v in vs]  (leaks in Python)
    let vs = [3, 1, 4, 1, 5];
    let total = Cell::new(0);
    let got = comp![{ total.set(total.get() + v); total.get() } for v in vs];
    assert_eq!(got, vec![3, 4, 8, 9, 14]);
}

#[test]
fn dict_with_stateful_key_counter() {
    // Python: counts = Counter(); {w: counts.update([w]) or counts[w] for w in words}
    let words = ["a", "b", "a", "a", "c", "b"];
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let got = comp!({w: { let c = counts.entry(w).or_default(); *c += 1; *c } for w in words});
    assert_eq!(got, HashMap::from([("a", 3), ("b", 2), ("c", 1)]));
}

#[test]
fn set_of_ids_assigned_on_first_sight() {
    // Python: interned = {}; [interned.setdefault(s, len(interned)) for s in toks]
    let toks = ["x", "y", "x", "z", "y"];
    let mut interned: HashMap<&str, usize> = HashMap::new();
    let got = comp![{ let n = interned.len(); *interned.entry(t).or_insert(n) } for t in toks];
    assert_eq!(got, vec![0, 1, 0, 2, 1]);
}

// ---------------------------------------------------------------------------
// 2. `?` with custom error enums

#[derive(Debug, PartialEq)]
enum AppError {
    Parse(String),
    Missing(String),
    Io(String),
}

impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self {
        AppError::Parse(e.to_string())
    }
}

fn lookup(env: &HashMap<&str, &str>, key: &str) -> Result<String, AppError> {
    env.get(key)
        .map(|s| s.to_string())
        .ok_or_else(|| AppError::Missing(key.to_string()))
}

fn parse_port(s: &str) -> Result<u16, AppError> {
    s.trim()
        .parse::<u16>()
        .map_err(|e| AppError::Parse(e.to_string()))
}

#[test]
fn custom_error_enum_eager() {
    // Python: [parse_port(lookup(env, k)) for k in keys]
    let env = HashMap::from([("HTTP", "80"), ("HTTPS", " 443 "), ("BAD", "x")]);
    let ok: Result<Vec<u16>, AppError> =
        comp![parse_port(&lookup(&env, k)?)? for k in ["HTTP", "HTTPS"]];
    assert_eq!(ok, Ok(vec![80, 443]));
    let missing: Result<Vec<u16>, AppError> =
        comp![parse_port(&lookup(&env, k)?)? for k in ["HTTP", "NOPE", "BAD"]];
    assert_eq!(missing, Err(AppError::Missing("NOPE".into())));
    let bad: Result<Vec<u16>, AppError> =
        comp![parse_port(&lookup(&env, k)?)? for k in ["BAD", "NOPE"]];
    assert!(matches!(bad, Err(AppError::Parse(_))));
}

fn load_ports(env: &HashMap<&str, &str>, keys: &[&str]) -> Result<HashMap<String, u16>, AppError> {
    // Python: return {k: int(env[k]) for k in keys}
    let m = comp!({k.to_string(): parse_port(&lookup(env, k)?)? for k in keys})?;
    Ok(m)
}

#[test]
fn custom_error_dict_in_fn_with_outer_question() {
    let env = HashMap::from([("A", "1"), ("B", "2")]);
    let got = load_ports(&env, &["A", "B"]).unwrap();
    assert_eq!(
        got,
        HashMap::from([("A".to_string(), 1), ("B".to_string(), 2)])
    );
    assert_eq!(
        load_ports(&env, &["A", "C"]),
        Err(AppError::Missing("C".into()))
    );
}

fn sum_fields(line: &str) -> Result<i64, AppError> {
    // Python: return sum(int(f) for f in line.split(","))   -- with From at the outer ?
    let v = comp![f.trim().parse::<i64>()? for f in line.split(',')]?;
    Ok(v.iter().sum())
}

#[test]
fn from_conversion_at_outer_question() {
    assert_eq!(sum_fields("1, 2,3"), Ok(6));
    assert!(matches!(sum_fields("1,z"), Err(AppError::Parse(_))));
}

fn tail_result(lines: &[&str]) -> Result<Vec<i64>, AppError> {
    // Python: return [int(l.split("=")[1]) for l in lines]
    comp![l.split('=').nth(1).ok_or(AppError::Missing(l.to_string()))?.parse::<i64>().map_err(|e| AppError::Parse(e.to_string()))? for l in lines]
}

#[test]
fn fn_tail_with_ok_or_and_map_err() {
    assert_eq!(tail_result(&["a=1", "b=22"]), Ok(vec![1, 22]));
    assert_eq!(
        tail_result(&["a=1", "b"]),
        Err(AppError::Missing("b".into()))
    );
    assert!(matches!(tail_result(&["a=q"]), Err(AppError::Parse(_))));
}

fn tail_result_from(lines: &[&str]) -> Result<Vec<i64>, AppError> {
    // Python: return [int(l) for l in lines]   -- the ParseIntError converted with From
    comp![l.parse::<i64>().map_err(AppError::from)? for l in lines]
}

#[test]
fn map_err_from_in_element() {
    assert_eq!(tail_result_from(&["4", "5"]), Ok(vec![4, 5]));
    assert!(tail_result_from(&["4", "x"]).is_err());
}

fn first_word_lengths(lines: &[&str]) -> Option<Vec<usize>> {
    // Python: [len(l.split()[0]) for l in lines]   (None if a line is blank)
    comp![l.split_whitespace().next()?.len() for l in lines]
}

#[test]
fn option_function_tail() {
    assert_eq!(first_word_lengths(&["ab cd", "xyz"]), Some(vec![2, 3]));
    assert_eq!(first_word_lengths(&["ab", "  "]), None);
}

fn ages(rows: &[&str]) -> Option<Vec<u8>> {
    // Python: [int(r.split(":")[1]) for r in rows]  -> None on any failure
    comp![r.split(':').nth(1)?.parse::<u8>().ok()? for r in rows]
}

#[test]
fn option_with_ok_question() {
    assert_eq!(ages(&["a:1", "b:20"]), Some(vec![1, 20]));
    assert_eq!(ages(&["a:1", "b:300"]), None);
    assert_eq!(ages(&["a"]), None);
}

fn read_config(text: &str) -> Result<String, AppError> {
    if text.is_empty() {
        Err(AppError::Io("empty".into()))
    } else {
        Ok(text.to_string())
    }
}

#[test]
fn question_in_first_iterable() {
    // Python: [l.upper() for l in read_config(text).splitlines()]
    let got: Result<Vec<String>, AppError> =
        comp![l.to_uppercase() for l in read_config("a\nb")?.lines()];
    assert_eq!(got, Ok(vec!["A".to_string(), "B".to_string()]));
    let err: Result<Vec<String>, AppError> =
        comp![l.to_uppercase() for l in read_config("")?.lines()];
    assert_eq!(err, Err(AppError::Io("empty".into())));
}

#[test]
fn question_in_first_iterable_and_element() {
    // Python: [int(x) for x in read_config(text).split(",")]
    let got: Result<Vec<i32>, AppError> = comp![x.parse::<i32>().map_err(|e| AppError::Parse(e.to_string()))? for x in read_config("1,2,3")?.split(',')];
    assert_eq!(got, Ok(vec![1, 2, 3]));
    let got: Result<Vec<i32>, AppError> = comp![x.parse::<i32>().map_err(|e| AppError::Parse(e.to_string()))? for x in read_config("")?.split(',')];
    assert_eq!(got, Err(AppError::Io("empty".into())));
}

#[test]
fn lazy_question_stops_after_first_error() {
    // Python: (int(s) for s in v)   -- raises at the bad one
    let v = ["1", "2", "x", "4"];
    let parsed = Cell::new(0);
    let got: Vec<Result<i32, AppError>> =
        comp!(({ parsed.set(parsed.get() + 1); s.parse::<i32>().map_err(AppError::from)? } for s in v)).collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[..2], [Ok(1), Ok(2)]);
    assert!(got[2].is_err());
    assert_eq!(parsed.get(), 3);
}

#[test]
fn lazy_question_collected_into_result() {
    // Python: sum(int(s) for s in v)
    let v = vec!["10", "20", "30"];
    let total: Result<i32, std::num::ParseIntError> = comp!((s.parse::<i32>()? for s in &v)).sum();
    assert_eq!(total, Ok(60));
    let v2 = vec!["10", "zz"];
    let total2: Result<i32, std::num::ParseIntError> =
        comp!((s.parse::<i32>()? for s in &v2)).sum();
    assert!(total2.is_err());
}

// FOUND (fixed): comp!((c for c in read_config("")?.chars())).collect() -> error[E0515]: cannot return value referencing temporary value (reference §4 rule 1: a lazy form over the first iterable's temporaries "can be consumed in that statement (`.sum()`)", and §7: a failure in the first iterable is the lazy form's only item; the same form without `?` (`.unwrap().chars()`) compiles, and "returns a value" names no return of mine)
#[test]
fn lazy_question_in_first_iterable_single_item() {
    // Python: (x for x in read_config(""))   -- raises at first next()
    let got: Vec<Result<char, AppError>> = comp!((c for c in read_config("")?.chars())).collect();
    assert_eq!(got, vec![Err(AppError::Io("empty".into()))]);
    // Python: "".join(c for c in read_config("ab"))
    let ok: Result<String, AppError> = comp!((c for c in read_config("ab")?.chars())).collect();
    assert_eq!(ok, Ok("ab".to_string()));
    let plain: String = comp!((c for c in read_config("ab").unwrap().chars())).collect();
    assert_eq!(plain, "ab");
}

#[test]
fn set_with_question_and_filter() {
    // Python: {int(t) for t in toks if t}
    let toks = ["3", "", "1", "3"];
    let got: Result<HashSet<u32>, AppError> =
        comp!({t.parse::<u32>().map_err(AppError::from)? for t in toks if !t.is_empty()});
    assert_eq!(got, Ok(HashSet::from([1, 3])));
}

#[test]
fn skip_failures_with_if_let() {
    // Python: [n for n in map(try_int, toks) if n is not None]
    let toks = ["1", "a", "3"];
    let got = comp![n for t in toks if let Ok(n) = t.parse::<i32>()];
    assert_eq!(got, vec![1, 3]);
}

#[test]
fn question_in_if_clause() {
    // Python: [u for u in users if check(u)]   -- check raises
    fn check(u: &str) -> Result<bool, AppError> {
        if u == "root" {
            Err(AppError::Io("denied".into()))
        } else {
            Ok(u.len() > 2)
        }
    }
    let ok: Result<Vec<&str>, AppError> = comp![u for u in ["bob", "al", "carol"] if check(u)?];
    assert_eq!(ok, Ok(vec!["bob", "carol"]));
    let err: Result<Vec<&str>, AppError> = comp![u for u in ["bob", "root"] if check(u)?];
    assert_eq!(err, Err(AppError::Io("denied".into())));
}

#[test]
fn question_in_let_clause() {
    // Python: [p * 2 for s in ports for p in [int(s)]]
    let got: Result<Vec<u32>, AppError> =
        comp![p * 2 for s in ["8", "9"] let p = s.parse::<u32>().map_err(AppError::from)?];
    assert_eq!(got, Ok(vec![16, 18]));
}

// ---------------------------------------------------------------------------
// 3. acomp! with clients, concurrency, unordered, cancellation, spawn

#[derive(Debug, PartialEq, Clone)]
enum FetchError {
    NotFound(u32),
    Timeout,
}

struct Client {
    base: String,
    latency_ms: u64,
    calls: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

impl Client {
    fn new(base: &str, latency_ms: u64) -> Self {
        Client {
            base: base.to_string(),
            latency_ms,
            calls: AtomicUsize::new(0),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
        }
    }

    async fn get(&self, id: u32) -> Result<String, FetchError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_in_flight.fetch_max(now, Ordering::SeqCst);
        // odd ids are slower, so completion order differs from source order
        let ms = if id % 2 == 1 {
            self.latency_ms * 2
        } else {
            self.latency_ms
        };
        sleep(Duration::from_millis(ms)).await;
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        if id == 404 {
            return Err(FetchError::NotFound(id));
        }
        if id == 504 {
            return Err(FetchError::Timeout);
        }
        Ok(format!("{}/{}", self.base, id))
    }

    async fn size(&self, id: u32) -> usize {
        sleep(Duration::from_millis(self.latency_ms)).await;
        id as usize * 10
    }
}

#[tokio::test(start_paused = true)]
async fn client_sequential_by_default() {
    // Python: [await client.get(i) for i in ids]
    let client = Client::new("http://x", 100);
    let ids = vec![2u32, 4, 6];
    let t0 = Instant::now();
    let got = acomp![client.get(i).await.unwrap() for &i in &ids];
    assert_eq!(got, vec!["http://x/2", "http://x/4", "http://x/6"]);
    assert_eq!(t0.elapsed(), Duration::from_millis(300));
    assert_eq!(client.max_in_flight.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn client_concurrency_source_order() {
    // Python: await asyncio.gather(*[client.get(i) for i in ids])  (semaphore 3)
    let client = Client::new("http://x", 100);
    let ids: Vec<u32> = (1..=6).collect();
    let t0 = Instant::now();
    let got = acomp![client.get(i).await? for i in ids.iter().copied(); concurrency = 3];
    let mut want = Vec::new();
    for i in 1..=6 {
        want.push(format!("http://x/{i}"));
    }
    assert_eq!(got, Ok(want));
    assert_eq!(client.max_in_flight.load(Ordering::SeqCst), 3);
    // odds take 200ms, evens 100: slots free as each finishes
    // t=0: 1,2,3 start; t=100: 2 done -> 4 starts; t=200: 1,3,4 done -> 5,6 start; t=300: 6 done; t=400: 5 done
    assert_eq!(t0.elapsed(), Duration::from_millis(400));
}

#[tokio::test(start_paused = true)]
async fn client_concurrency_unordered_completion_order() {
    // Python: [await f for f in asyncio.as_completed([client.get(i) for i in ids])]
    let client = Client::new("c", 10);
    let got =
        acomp![client.get(i).await.unwrap() for i in [1u32, 2, 3, 4]; concurrency = 4, unordered];
    // evens (10ms) finish before odds (20ms)
    assert_eq!(
        got[..2].iter().collect::<HashSet<_>>(),
        HashSet::from([&"c/2".to_string(), &"c/4".to_string()])
    );
    assert_eq!(
        got[2..].iter().collect::<HashSet<_>>(),
        HashSet::from([&"c/1".to_string(), &"c/3".to_string()])
    );
}

#[tokio::test(start_paused = true)]
async fn client_fail_fast_with_custom_error() {
    // Python: await asyncio.gather(*[client.get(i) for i in ids])  -> raises NotFound
    let client = Client::new("c", 100);
    let t0 = Instant::now();
    let got: Result<Vec<String>, FetchError> =
        acomp![client.get(i).await? for i in [2u32, 404, 6, 8, 10, 12]; concurrency = 2];
    assert_eq!(got, Err(FetchError::NotFound(404)));
    // 2 and 404 (even: 100ms) both finish at t=100, the error ends it there
    assert_eq!(t0.elapsed(), Duration::from_millis(100));
    assert!(client.calls.load(Ordering::SeqCst) <= 4);
}

#[tokio::test(start_paused = true)]
async fn client_in_arc_dict_concurrency() {
    // Python: {i: await client.size(i) for i in ids}  (gathered)
    let client = Arc::new(Client::new("c", 50));
    let ids = vec![1u32, 2, 3];
    let t0 = Instant::now();
    let got = acomp!({i: client.size(i).await for i in ids.clone(); concurrency = 3});
    assert_eq!(got, HashMap::from([(1, 10), (2, 20), (3, 30)]));
    assert_eq!(t0.elapsed(), Duration::from_millis(50));
}

#[tokio::test(start_paused = true)]
async fn client_concurrency_n_from_variable() {
    // Python: sem = asyncio.Semaphore(limit); gather(...)
    let client = Client::new("c", 100);
    let limit = ids_limit();
    let t0 = Instant::now();
    let got = acomp![client.size(i).await for i in 0..10u32; concurrency = limit];
    assert_eq!(got, comp![i as usize * 10 for i in 0..10u32]);
    assert_eq!(t0.elapsed(), Duration::from_millis(400));
}

fn ids_limit() -> usize {
    3
}

#[tokio::test(start_paused = true)]
async fn client_lazy_stream_dropped_early_cancels() {
    // Python: async for page in gen: break   -> remaining fetches never start
    let client = Client::new("c", 100);
    let mut pages = acomp!((client.get(i).await for i in 0u32..100; concurrency = 5));
    let first = pages.next().await;
    assert_eq!(first, Some(Ok("c/0".to_string())));
    let second = pages.next().await;
    assert_eq!(second, Some(Ok("c/1".to_string())));
    drop(pages);
    let calls = client.calls.load(Ordering::SeqCst);
    assert!((5..=10).contains(&calls), "calls = {calls}");
    // the cancelled fetches never finished: at most 5 were left in flight
    assert!(client.in_flight.load(Ordering::SeqCst) <= 5);
    sleep(Duration::from_secs(5)).await;
    assert_eq!(client.calls.load(Ordering::SeqCst), calls);
}

#[tokio::test(start_paused = true)]
async fn client_lazy_sequential_take() {
    // Python: [p async for p in (await client.get(i) for i in ids)][:2]  via islice
    let client = Client::new("c", 10);
    let got: Vec<String> = acomp!((client.get(i).await.unwrap() for i in [2u32, 4, 6, 8]))
        .take(2)
        .collect()
        .await;
    assert_eq!(got, vec!["c/2", "c/4"]);
    assert_eq!(client.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn semaphore_like_limit_with_unordered_and_filter() {
    // Python: [r for r in await gather(*(get(i) for i in ids)) if r.endswith("0")]
    let client = Client::new("c", 10);
    let got = acomp![r for i in [10u32, 11, 20, 21] if let Ok(r) = client.get(i).await if r.ends_with('0'); concurrency = 2, unordered];
    let got: HashSet<String> = got.into_iter().collect();
    assert_eq!(got, HashSet::from(["c/10".to_string(), "c/20".to_string()]));
}

#[tokio::test(start_paused = true)]
async fn async_stream_with_seen_set() {
    // Python: seen = set(); [x async for x in aiter if x not in seen and not seen.add(x)]
    let mut seen = HashSet::new();
    let got = acomp![x async for x in stream::iter(vec![1, 2, 1, 3, 2]) if seen.insert(x)];
    assert_eq!(got, vec![1, 2, 3]);
}

#[tokio::test(start_paused = true)]
async fn async_refcell_cache_hits() {
    // Python: [cache[k] if k in cache else await fetch_and_store(k) for k in keys]
    let client = Client::new("c", 10);
    let cache: RefCell<HashMap<u32, String>> = RefCell::new(HashMap::new());
    let keys = [2u32, 4, 2, 2, 4];
    let got = acomp![
        {
            let hit = cache.borrow().get(&k).cloned();
            match hit {
                Some(v) => v,
                None => {
                    let v = client.get(k).await.unwrap();
                    cache.borrow_mut().insert(k, v.clone());
                    v
                }
            }
        }
        for k in keys
    ];
    assert_eq!(got, vec!["c/2", "c/4", "c/2", "c/2", "c/4"]);
    assert_eq!(client.calls.load(Ordering::SeqCst), 2);
}

async fn fetch_all(client: &Client, ids: &[u32]) -> Result<Vec<String>, FetchError> {
    // Python: return [await client.get(i) for i in ids]
    acomp![client.get(*i).await? for i in ids; concurrency = 4]
}

#[tokio::test(start_paused = true)]
async fn async_fn_tail_returns_result() {
    let client = Client::new("c", 10);
    assert_eq!(
        fetch_all(&client, &[2, 4]).await,
        Ok(vec!["c/2".to_string(), "c/4".to_string()])
    );
    assert_eq!(
        fetch_all(&client, &[2, 504]).await,
        Err(FetchError::Timeout)
    );
}

#[derive(Debug, PartialEq)]
enum SyncError {
    Fetch(FetchError),
    Parse(String),
}

impl From<FetchError> for SyncError {
    fn from(e: FetchError) -> Self {
        SyncError::Fetch(e)
    }
}

async fn sync_ids(client: &Client, ids: &[u32]) -> Result<usize, SyncError> {
    // Python: pages = [await client.get(i) for i in ids]; return len(pages)
    let pages = acomp![client.get(*i).await? for i in ids]?;
    let n = comp![p.rsplit('/').next().unwrap().parse::<u32>().map_err(|e| SyncError::Parse(e.to_string()))? for p in &pages]?;
    Ok(n.len())
}

#[tokio::test(start_paused = true)]
async fn async_from_at_outer_question() {
    let client = Client::new("c", 1);
    assert_eq!(sync_ids(&client, &[1, 2]).await, Ok(2));
    assert_eq!(
        sync_ids(&client, &[1, 404]).await,
        Err(SyncError::Fetch(FetchError::NotFound(404)))
    );
}

#[tokio::test(start_paused = true)]
async fn async_option_function() {
    // Python: [await lookup(k) for k in keys]  -> None if any missing
    async fn find(k: u32) -> Option<u32> {
        sleep(Duration::from_millis(1)).await;
        if k < 10 {
            Some(k * 2)
        } else {
            None
        }
    }
    async fn all(keys: &[u32]) -> Option<Vec<u32>> {
        acomp![find(*k).await? for k in keys]
    }
    assert_eq!(all(&[1, 2]).await, Some(vec![2, 4]));
    assert_eq!(all(&[1, 20]).await, None);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_question_stream() {
    // Python: async for page in (await client.get(i) for i in ids): ...  stops at error
    let client = Client::new("c", 5);
    let got: Vec<Result<String, FetchError>> =
        acomp!((client.get(i).await? for i in [2u32, 404, 6]))
            .collect()
            .await;
    assert_eq!(
        got,
        vec![Ok("c/2".to_string()), Err(FetchError::NotFound(404))]
    );
    assert_eq!(client.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn async_concurrency_with_mutex_counter() {
    // Python: done = 0; async def work(i): nonlocal done; ...; done += 1
    let done = Mutex::new(Vec::new());
    let got = acomp![
        {
            sleep(Duration::from_millis(10 * (5 - i))).await;
            done.lock().unwrap().push(i);
            i * i
        }
        for i in 0u64..5; concurrency = 5
    ];
    assert_eq!(got, vec![0, 1, 4, 9, 16]);
    assert_eq!(*done.lock().unwrap(), vec![4, 3, 2, 1, 0]);
}

#[tokio::test(start_paused = true)]
async fn async_nested_for_with_clients() {
    // Python: [await c.size(i) for c in clients for i in range(2)]
    let clients = vec![Client::new("a", 10), Client::new("b", 20)];
    let t0 = Instant::now();
    let got = acomp![(c.base.clone(), c.size(i).await) for c in &clients for i in 0u32..2; concurrency = 2];
    assert_eq!(
        got,
        vec![
            ("a".to_string(), 0),
            ("a".to_string(), 10),
            ("b".to_string(), 0),
            ("b".to_string(), 10)
        ]
    );
    assert_eq!(t0.elapsed(), Duration::from_millis(30));
}

// ---------------------------------------------------------------------------
// 3b. spawn (feature `tokio`)

#[cfg(feature = "tokio")]
struct SharedClient {
    base: String,
    hits: AtomicUsize,
}

#[cfg(feature = "tokio")]
impl SharedClient {
    async fn get(&self, id: u32) -> Result<String, FetchError> {
        self.hits.fetch_add(1, Ordering::SeqCst);
        sleep(Duration::from_millis(100)).await;
        if id == 404 {
            Err(FetchError::NotFound(id))
        } else {
            Ok(format!("{}/{id}", self.base))
        }
    }
}

#[cfg(feature = "tokio")]
#[tokio::test(start_paused = true)]
async fn spawn_with_cloned_arc_client() {
    // Python: await asyncio.gather(*[asyncio.create_task(client.get(i)) for i in ids])
    let client = Arc::new(SharedClient {
        base: "s".into(),
        hits: AtomicUsize::new(0),
    });
    let ids = vec![1u32, 2, 3, 4];
    let t0 = Instant::now();
    let got = acomp![client.get(i).await? for i in ids; concurrency = 4, spawn(client)];
    assert_eq!(
        got,
        Ok(vec![
            "s/1".to_string(),
            "s/2".into(),
            "s/3".into(),
            "s/4".into()
        ])
    );
    assert_eq!(t0.elapsed(), Duration::from_millis(100));
    assert_eq!(client.hits.load(Ordering::SeqCst), 4);
}

#[cfg(feature = "tokio")]
#[tokio::test(start_paused = true)]
async fn spawn_fail_fast_custom_error() {
    // Python: gather(*tasks) raises NotFound
    let client = Arc::new(SharedClient {
        base: "s".into(),
        hits: AtomicUsize::new(0),
    });
    let got: Result<Vec<String>, FetchError> = acomp![client.get(i).await? for i in [1u32, 404, 3, 4, 5, 6, 7, 8]; concurrency = 2, spawn(client)];
    assert_eq!(got, Err(FetchError::NotFound(404)));
    assert!(client.hits.load(Ordering::SeqCst) <= 4);
}

#[cfg(feature = "tokio")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spawn_cpu_work_with_two_handles() {
    // Python: [await loop.run_in_executor(None, checksum, prefix, n) for n in ns]
    let prefix = Arc::new(String::from("blk"));
    let counter = Arc::new(AtomicUsize::new(0));
    let got = acomp![
        {
            counter.fetch_add(1, Ordering::SeqCst);
            format!("{prefix}-{}", (0..n).map(|k| k * k).sum::<u64>())
        }
        for n in [10u64, 100, 1000]; concurrency = 2, spawn(prefix, counter)
    ];
    let mut want = Vec::new();
    for n in [10u64, 100, 1000] {
        let mut s = 0;
        for k in 0..n {
            s += k * k;
        }
        want.push(format!("blk-{s}"));
    }
    assert_eq!(got, want);
    assert_eq!(counter.load(Ordering::SeqCst), 3);
}

#[cfg(feature = "tokio")]
#[tokio::test(start_paused = true)]
async fn spawn_unordered_dict_of_results() {
    // Python: {i: await t for i, t in tasks.items()}
    let client = Arc::new(SharedClient {
        base: "u".into(),
        hits: AtomicUsize::new(0),
    });
    let got = acomp![(i, client.get(i).await.unwrap()) for i in 1u32..=3; concurrency = 3, unordered, spawn(client)];
    let got: HashMap<u32, String> = got.into_iter().collect();
    assert_eq!(
        got,
        HashMap::from([(1, "u/1".to_string()), (2, "u/2".into()), (3, "u/3".into())])
    );
}

// ---------------------------------------------------------------------------
// 4. parallel (feature `rayon`)

#[cfg(feature = "rayon")]
fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_primes_list() {
    // Python: [n for n in range(2, 2000) if is_prime(n)]   (pool.map)
    let got = comp![n for n in 0u64..2000 if is_prime(n); parallel];
    let mut sieve = vec![true; 2000];
    sieve[0] = false;
    sieve[1] = false;
    let mut want = Vec::new();
    for i in 2..2000 {
        if sieve[i] {
            want.push(i as u64);
            let mut j = i * i;
            while j < 2000 {
                sieve[j] = false;
                j += i;
            }
        }
    }
    assert_eq!(got, want);
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_prime_set_and_count() {
    // Python: {n % 10 for n in range(3, 500) if is_prime(n)}
    let got = comp!({n % 10 for n in 3u64..500 if is_prime(n); parallel});
    assert_eq!(got, HashSet::from([1, 3, 5, 7, 9]));
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_word_count_per_doc() {
    // Python: {name: len(text.split()) for name, text in docs}
    let docs = vec![
        ("a".to_string(), "one two three".to_string()),
        ("b".to_string(), "x".to_string()),
        ("c".into(), "".into()),
    ];
    let got =
        comp!({name.clone(): text.split_whitespace().count() for (name, text) in &docs; parallel});
    assert_eq!(
        got,
        HashMap::from([("a".to_string(), 3), ("b".into(), 1), ("c".into(), 0)])
    );
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_word_frequencies_merged() {
    // Python: counts = [Counter(line.split()) for line in lines]; sum(counts, Counter())
    let lines = vec!["the cat", "the dog the end", "cat"];
    let per_line = comp![{
        let mut m: HashMap<&str, usize> = HashMap::new();
        for w in line.split(' ') {
            *m.entry(w).or_default() += 1;
        }
        m
    } for line in &lines; parallel];
    let mut total: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for m in per_line {
        for (k, v) in m {
            *total.entry(k).or_default() += v;
        }
    }
    let want = std::collections::BTreeMap::from([("cat", 2), ("dog", 1), ("end", 1), ("the", 3)]);
    assert_eq!(total, want);
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_file_stats_with_inner_for() {
    // Python: [(name, i, len(line)) for name, body in files for i, line in enumerate(body.splitlines()) if line]
    let files = vec![("f1", "ab\n\ncde"), ("f2", "z")];
    let got = comp![(*name, i, line.len()) for (name, body) in &files for (i, line) in body.lines().enumerate() if !line.is_empty(); parallel];
    assert_eq!(got, vec![("f1", 0, 2), ("f1", 2, 3), ("f2", 0, 1)]);
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_with_question_custom_error() {
    // Python: [parse_port(s) for s in raw]  (raises)
    let raw = vec!["80", "443", "8080"];
    let got: Result<Vec<u16>, AppError> = comp![parse_port(s)? for s in &raw; parallel];
    assert_eq!(got, Ok(vec![80, 443, 8080]));
    let bad = vec!["80", "x", "8080"];
    let got: Result<Vec<u16>, AppError> = comp![parse_port(s)? for s in &bad; parallel];
    assert!(matches!(got, Err(AppError::Parse(_))));
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_atomic_counter_in_filter() {
    // Python: checked = 0; [n for n in ns if check(n)]  with a shared counter
    let checked = AtomicUsize::new(0);
    let got = comp![n for n in 1u64..=100 if { checked.fetch_add(1, Ordering::Relaxed); n % 7 == 0 }; parallel];
    assert_eq!(got, (1..=14).map(|k| k * 7).collect::<Vec<u64>>());
    assert_eq!(checked.load(Ordering::Relaxed), 100);
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_lazy_consumed_with_rayon() {
    use comprehensions::rayon::prelude::*;
    // Python: sum(collatz_len(x) for x in range(1, 1000))
    fn collatz_len(mut n: u64) -> u64 {
        let mut steps = 0;
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            steps += 1;
        }
        steps
    }
    let total: u64 = comp!((collatz_len(x) for x in 1u64..1000; parallel)).sum();
    let mut want = 0;
    for x in 1..1000 {
        want += collatz_len(x);
    }
    assert_eq!(total, want);
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_mutex_seen_set() {
    // Python: with lock: {x for x in xs if x not in seen ...}
    let seen = Mutex::new(HashSet::new());
    let xs: Vec<u32> = (0..200).map(|i| i % 37).collect();
    let firsts = comp![x for x in &xs if seen.lock().unwrap().insert(*x); parallel];
    assert_eq!(firsts.len(), 37);
    let set: HashSet<u32> = firsts.into_iter().copied().collect();
    assert_eq!(set, (0..37).collect::<HashSet<u32>>());
}

// ---------------------------------------------------------------------------
// 5. generic helpers

// Python: def top_k(xs, k): return sorted(xs, reverse=True)[:k]
fn top_k<T: Ord + Clone>(xs: &[T], k: usize) -> Vec<T> {
    let mut v = comp![x.clone() for x in xs];
    v.sort_by(|a, b| b.cmp(a));
    // Python: [v[i] for i in range(min(k, len(v)))]
    comp![v[i].clone() for i in 0..k.min(v.len())]
}

#[test]
fn generic_top_k() {
    assert_eq!(top_k(&[3, 9, 1, 7], 2), vec![9, 7]);
    assert_eq!(
        top_k(&["b".to_string(), "a".to_string()], 5),
        vec!["b".to_string(), "a".to_string()]
    );
}

// Python: def index_by(xs, key): return {k: [v for v in xs if key(v) == k] for k in {key(v) for v in xs}}
// (own slip: the key is evaluated, and moved, before the value, as by hand; E0382 "borrow of moved value: `k`")
fn index_by<K: Hash + Eq + Clone, V: Clone>(xs: &[V], key: impl Fn(&V) -> K) -> HashMap<K, Vec<V>> {
    comp!({k.clone(): [v.clone() for v in xs if key(v) == k] for k in {key(v) for v in xs}})
}

#[test]
fn generic_index_by_nested_set_iterable() {
    let words = ["apple", "avocado", "banana", "blueberry", "cherry"];
    let got = index_by(&words, |w| w.chars().next().unwrap());
    let mut want: HashMap<char, Vec<&str>> = HashMap::new();
    for w in words {
        want.entry(w.chars().next().unwrap()).or_default().push(w);
    }
    assert_eq!(got, want);
}

// Python: def uniq(xs): return {x for x in xs}
fn uniq<T: Hash + Eq + Clone>(xs: &[T]) -> HashSet<T> {
    comp!({x.clone() for x in xs})
}

#[test]
fn generic_uniq_set() {
    assert_eq!(uniq(&[1, 2, 1]), HashSet::from([1, 2]));
}

// Python: def parse_all(xs, t): return [t(s) for s in xs]
fn parse_all<T: std::str::FromStr>(xs: &[&str]) -> Result<Vec<T>, T::Err> {
    comp![s.parse::<T>()? for s in xs]
}

#[test]
fn generic_parse_all_assoc_error() {
    assert_eq!(parse_all::<u8>(&["1", "2"]), Ok(vec![1u8, 2]));
    assert!(parse_all::<u8>(&["1", "999"]).is_err());
    assert_eq!(parse_all::<f64>(&["1.5"]), Ok(vec![1.5]));
}

// Python: def parse_all_app(xs): return [t(s) for s in xs]  (wrapped in AppError)
fn parse_all_app<T>(xs: &[&str]) -> Result<Vec<T>, AppError>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    comp![s.parse::<T>().map_err(|e| AppError::Parse(format!("{s}: {e}")))? for s in xs]
}

#[test]
fn generic_parse_all_with_map_err() {
    assert_eq!(parse_all_app::<i32>(&["-3"]), Ok(vec![-3]));
    assert!(
        matches!(parse_all_app::<i32>(&["q"]), Err(AppError::Parse(m)) if m.starts_with("q: "))
    );
}

// Python: def render(xs): return [f"<{x}>" for x in xs]
fn render<T: std::fmt::Display>(xs: &[T]) -> Vec<String> {
    comp![format!("<{x}>{}", "!" if i == 0 else "") for (i, x) in xs.iter().enumerate()]
}

#[test]
fn generic_render_display() {
    assert_eq!(render(&[1, 2]), vec!["<1>!", "<2>"]);
}

// Python: def pairs(xs): return ((a, b) for i, a in enumerate(xs) for b in xs[i+1:])
fn pairs<T: Copy>(xs: &[T]) -> impl Iterator<Item = (T, T)> + '_ {
    comp!(move ((a, b) for (i, a) in xs.iter().copied().enumerate() for b in xs[i + 1..].iter().copied()))
}

#[test]
fn generic_lazy_pairs_returned() {
    let got: Vec<(char, char)> = pairs(&['a', 'b', 'c']).collect();
    assert_eq!(got, vec![('a', 'b'), ('a', 'c'), ('b', 'c')]);
}

// Python: def counts(groups): return {k: len(v) for k, v in groups.items()}
fn group_sizes<K: Hash + Eq + Clone, V>(m: &HashMap<K, Vec<V>>) -> HashMap<K, usize> {
    comp!({k.clone(): v.len() for (k, v) in m})
}

#[test]
fn generic_group_sizes() {
    let m = HashMap::from([("a", vec![1, 2]), ("b", vec![])]);
    assert_eq!(group_sizes(&m), HashMap::from([("a", 2), ("b", 0)]));
}

struct User {
    id: u32,
    name: String,
    active: bool,
}

trait Directory {
    fn users(&self) -> &[User];
    fn scale(&self) -> u32;

    // Python: def active_ids(self): return (u.id for u in self.users if u.active)
    fn active_ids(&self) -> impl Iterator<Item = u32> + '_ {
        comp!((u.id for u in self.users() if u.active))
    }

    // Python: def scaled_ids(self): return (u.id * self.scale for u in self.users)
    fn scaled_ids(&self) -> impl Iterator<Item = u32> + '_ {
        comp!(move (u.id * self.scale() for u in self.users()))
    }

    // Python: def names_by_id(self): return {u.id: u.name for u in self.users}
    fn names_by_id(&self) -> HashMap<u32, &str> {
        comp!({u.id: u.name.as_str() for u in self.users()})
    }
}

struct Team {
    users: Vec<User>,
    k: u32,
}

impl Directory for Team {
    fn users(&self) -> &[User] {
        &self.users
    }
    fn scale(&self) -> u32 {
        self.k
    }
}

fn team() -> Team {
    Team {
        users: vec![
            User {
                id: 1,
                name: "ann".into(),
                active: true,
            },
            User {
                id: 2,
                name: "bob".into(),
                active: false,
            },
            User {
                id: 3,
                name: "cy".into(),
                active: true,
            },
        ],
        k: 10,
    }
}

#[test]
fn trait_default_methods_returning_lazy() {
    let t = team();
    assert_eq!(t.active_ids().collect::<Vec<_>>(), vec![1, 3]);
    assert_eq!(t.scaled_ids().collect::<Vec<_>>(), vec![10, 20, 30]);
    assert_eq!(
        t.names_by_id(),
        HashMap::from([(1, "ann"), (2, "bob"), (3, "cy")])
    );
}

struct Inventory {
    items: Vec<(String, u32)>,
}

impl Inventory {
    // Python: def low_stock(self, limit): return (name for name, n in self.items if n < limit)
    fn low_stock(&self, limit: u32) -> impl Iterator<Item = &str> + '_ {
        comp!(move (name.as_str() for (name, n) in &self.items if *n < limit))
    }
}

#[test]
fn inherent_method_lazy_with_param() {
    let inv = Inventory {
        items: vec![("nut".into(), 3), ("bolt".into(), 30), ("gear".into(), 1)],
    };
    assert_eq!(inv.low_stock(5).collect::<Vec<_>>(), vec!["nut", "gear"]);
}

// Python: def windows(xs, n): return [xs[i:i+n] for i in range(len(xs) - n + 1)]
fn windows<T>(xs: &[T], n: usize) -> Vec<&[T]> {
    comp![&xs[i..i + n] for i in 0..(xs.len() + 1).saturating_sub(n)]
}

#[test]
fn generic_windows_slices() {
    assert_eq!(
        windows(&[1, 2, 3, 4], 3),
        vec![&[1, 2, 3][..], &[2, 3, 4][..]]
    );
    assert!(windows(&[1], 3).is_empty());
}

trait Fetch {
    async fn fetch(&self, id: u32) -> Result<u32, FetchError>;
}

struct Doubler;

impl Fetch for Doubler {
    async fn fetch(&self, id: u32) -> Result<u32, FetchError> {
        sleep(Duration::from_millis(10)).await;
        if id == 0 {
            Err(FetchError::NotFound(0))
        } else {
            Ok(id * 2)
        }
    }
}

// Python: async def fetch_many(c, ids): return [await c.fetch(i) for i in ids]
async fn fetch_many<C: Fetch>(c: &C, ids: &[u32]) -> Result<Vec<u32>, FetchError> {
    acomp![c.fetch(*i).await? for i in ids; concurrency = 8]
}

#[tokio::test(start_paused = true)]
async fn generic_async_trait_fetch_many() {
    let t0 = Instant::now();
    assert_eq!(fetch_many(&Doubler, &[1, 2, 3]).await, Ok(vec![2, 4, 6]));
    assert_eq!(t0.elapsed(), Duration::from_millis(10));
    assert_eq!(
        fetch_many(&Doubler, &[1, 0]).await,
        Err(FetchError::NotFound(0))
    );
}

// Python: def invert(d): return {v: k for k, v in d.items()}
fn invert<K: Clone, V: Hash + Eq + Clone>(d: &HashMap<K, V>) -> HashMap<V, K> {
    comp!({v.clone(): k.clone() for (k, v) in d})
}

#[test]
fn generic_invert_dict() {
    let d = HashMap::from([("a", 1), ("b", 2)]);
    assert_eq!(invert(&d), HashMap::from([(1, "a"), (2, "b")]));
}

// ---------------------------------------------------------------------------
// 6. more state: lazy forms read what their consumer changes

#[test]
fn lazy_nested_inner_iterable_reads_cell_per_outer_item() {
    // Python: limit = [1]; gen = ((i, j) for i in range(3) for j in range(limit[0]))
    let limit = Cell::new(1);
    let gen = comp!(((i, j) for i in 0..3 for j in 0..limit.get()));
    let mut got = Vec::new();
    for (i, j) in gen {
        got.push((i, j));
        limit.set(2); // the next outer item sees it
    }
    assert_eq!(got, vec![(0, 0), (1, 0), (1, 1), (2, 0), (2, 1)]);
}

#[test]
fn lazy_over_by_ref_then_resume_iterator() {
    // Python: it = iter(xs); firsts = list(itertools.islice((x for x in it if x > 0), 2)); rest = list(it)
    let xs = vec![-1, 4, -2, 5, 6, 7];
    let mut it = xs.into_iter();
    let firsts: Vec<i32> = comp!((x for x in it.by_ref() if x > 0)).take(2).collect();
    let rest: Vec<i32> = it.collect();
    assert_eq!(firsts, vec![4, 5]);
    assert_eq!(rest, vec![6, 7]);
}

#[test]
fn worklist_refcell_pushed_by_consumer() {
    // Python: done = set(); gen = (x for x in range(6) if x not in done); for x in gen: done.add(x + 1)
    let done: RefCell<HashSet<i32>> = RefCell::new(HashSet::new());
    let gen = comp!((x for x in 0..6 if !done.borrow().contains(&x)));
    let mut got = Vec::new();
    for x in gen {
        done.borrow_mut().insert(x + 1);
        got.push(x);
    }
    assert_eq!(got, vec![0, 2, 4]);
}

#[test]
fn strictly_increasing_with_last_cell() {
    // Python: last = -inf; [x for x in xs if x > last and (last := x) is not None]   (leaks)
    let xs = [3, 1, 4, 1, 5, 9, 2, 6];
    let last = Cell::new(i32::MIN);
    let got = comp![x for x in xs if x > last.get() if { last.set(x); true }];
    assert_eq!(got, vec![3, 4, 5, 9]);
}

#[test]
fn lazy_log_of_filter_and_element_order() {
    // Python: log = []; list((log.append(("e", x)) or x) for x in xs if log.append(("f", x)) or x % 2)
    let log = RefCell::new(Vec::new());
    let xs = [1, 2, 3];
    let got: Vec<i32> = comp!(({ log.borrow_mut().push(('e', x)); x } for x in xs if { log.borrow_mut().push(('f', x)); x % 2 == 1 })).collect();
    assert_eq!(got, vec![1, 3]);
    assert_eq!(
        *log.borrow(),
        vec![('f', 1), ('e', 1), ('f', 2), ('f', 3), ('e', 3)]
    );
}

#[test]
fn memo_fib_with_refcell_in_nested_fn() {
    // Python: memo = {}; [fib(n) for n in range(10)]  (fib reads and writes memo)
    fn fib(n: u64, memo: &RefCell<HashMap<u64, u64>>) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(v) = memo.borrow().get(&n) {
            return *v;
        }
        let v = fib(n - 1, memo) + fib(n - 2, memo);
        memo.borrow_mut().insert(n, v);
        v
    }
    let memo = RefCell::new(HashMap::new());
    let got = comp![fib(n, &memo) for n in 0..10];
    assert_eq!(got, vec![0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);
    assert_eq!(memo.borrow().len(), 8);
}

#[test]
fn memo_if_let_then_element_uses_binding() {
    // Python: [(k, memo[k]) for k in keys if (v := memo.get(k)) is not None]
    let memo: RefCell<HashMap<u32, String>> = RefCell::new(HashMap::from([(1, "one".to_string())]));
    let keys = [1u32, 2, 1];
    let got = comp![(k, v) for k in keys if let Some(v) = memo.borrow().get(&k).cloned()];
    assert_eq!(got, vec![(1, "one".to_string()), (1, "one".to_string())]);
}

#[test]
fn walrus_caches_expensive_call_once() {
    // Python: [y for x in xs if (y := expensive(x)) is not None and y > 2]
    let calls = Cell::new(0);
    let expensive = |x: i32| {
        calls.set(calls.get() + 1);
        if x % 2 == 0 {
            Some(x * 3)
        } else {
            None
        }
    };
    let got = comp![y for x in 0..5 if let Some(y) = (r := expensive(x)) if y > 2 if r.is_some()];
    assert_eq!(got, vec![6, 12]);
    assert_eq!(calls.get(), 5);
}

// (own slip: `for c in std::iter::from_fn(|| it.next())` with `it.next_if_eq` in the element is E0499, as by hand)
#[test]
fn peekable_group_lengths_in_comprehension() {
    // Python: [len(list(g)) for _, g in itertools.groupby(s)]
    let s = "aaabccdd";
    let it = RefCell::new(s.chars().peekable());
    let got = comp![
        {
            let mut n = 1;
            while it.borrow_mut().next_if_eq(&c).is_some() {
                n += 1;
            }
            (c, n)
        }
        for c in std::iter::from_fn(|| it.borrow_mut().next())
    ];
    assert_eq!(got, vec![('a', 3), ('b', 1), ('c', 2), ('d', 2)]);
}

#[test]
fn dict_counts_via_fold_in_element() {
    // Python: {w: text.count(w) for w in set(text.split())}
    let text = "a b a c b a";
    let got = comp!({w: text.split(' ').filter(|t| *t == w).count() for w in text.split(' ').collect::<HashSet<_>>()});
    let mut want = HashMap::new();
    for w in text.split(' ') {
        *want.entry(w).or_insert(0) += 1;
    }
    assert_eq!(got, want);
}

// ---------------------------------------------------------------------------
// 7. more async state

#[tokio::test(start_paused = true)]
async fn concurrent_items_share_refcell_cache_all_miss() {
    // Python: cache = {}; await gather(*[cached_get(k) for k in keys])  -- all miss concurrently
    let client = Client::new("c", 10);
    let cache: RefCell<HashMap<u32, String>> = RefCell::new(HashMap::new());
    let keys = [2u32, 2, 4];
    let got = acomp![
        {
            let hit = cache.borrow().get(&k).cloned();
            match hit {
                Some(v) => v,
                None => {
                    let v = client.get(k).await.unwrap();
                    cache.borrow_mut().insert(k, v.clone());
                    v
                }
            }
        }
        for k in keys; concurrency = 3
    ];
    assert_eq!(got, vec!["c/2", "c/2", "c/4"]);
    // every item checked the cache before any fetch finished
    assert_eq!(client.calls.load(Ordering::SeqCst), 3);
    assert_eq!(cache.borrow().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn async_for_over_mut_stream_take_then_resume() {
    // Python: firsts = [x async for x in take(aiter, 3)]; rest = [x async for x in aiter]
    let mut s = stream::iter(1..=6);
    let firsts = acomp![x * 10 async for x in (&mut s).take(3)];
    let rest = acomp![x async for x in &mut s];
    assert_eq!(firsts, vec![10, 20, 30]);
    assert_eq!(rest, vec![4, 5, 6]);
}

#[tokio::test(start_paused = true)]
async fn lazy_stream_polls_only_what_is_pulled() {
    // Python: gen = (x async for x in aiter if seen(x)); [await anext(gen) for _ in range(2)]
    let polled = Cell::new(0);
    let mut gen = acomp!((x async for x in stream::iter(0..100) if { polled.set(polled.get() + 1); x % 3 == 0 }));
    assert_eq!(gen.next().await, Some(0));
    assert_eq!(gen.next().await, Some(3));
    assert_eq!(polled.get(), 4);
}

#[tokio::test(start_paused = true)]
async fn lazy_unordered_first_completion() {
    // Python: first = await next(asyncio.as_completed([client.get(i) for i in ids]))
    let client = Client::new("c", 100);
    let mut s =
        acomp!((client.get(i).await.unwrap() for i in [1u32, 3, 2]; concurrency = 3, unordered));
    let t0 = Instant::now();
    assert_eq!(s.next().await, Some("c/2".to_string()));
    assert_eq!(t0.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn walrus_with_await_in_filter() {
    // Python: [(i, y) for i in ids if (y := await client.size(i)) > 10]
    let client = Client::new("c", 5);
    let got = acomp![(i, y) for i in 0u32..4 if (y := client.size(i).await) > 10];
    assert_eq!(got, vec![(2, 20), (3, 30)]);
}

async fn load_text(ok: bool) -> Result<String, AppError> {
    sleep(Duration::from_millis(1)).await;
    if ok {
        Ok("a=1\nb=2".to_string())
    } else {
        Err(AppError::Io("gone".into()))
    }
}

#[tokio::test(start_paused = true)]
async fn async_question_in_first_iterable_borrowing_temporary() {
    // Python: [l.split("=")[0] for l in (await load_text()).splitlines()]
    let got: Result<Vec<String>, AppError> =
        acomp![l.split('=').next().unwrap().to_string() for l in load_text(true).await?.lines()];
    assert_eq!(got, Ok(vec!["a".to_string(), "b".to_string()]));
    let got: Result<Vec<String>, AppError> =
        acomp![l.to_string() for l in load_text(false).await?.lines()];
    assert_eq!(got, Err(AppError::Io("gone".into())));
}

#[tokio::test(start_paused = true)]
async fn async_lazy_question_in_first_iterable() {
    // Python: [l async for l in (x for x in (await load_text()).splitlines())]
    let got: Vec<Result<String, AppError>> =
        acomp!((l.to_uppercase() for l in load_text(true).await?.lines()))
            .collect()
            .await;
    assert_eq!(got, vec![Ok("A=1".to_string()), Ok("B=2".to_string())]);
}

#[tokio::test(start_paused = true)]
async fn async_dict_with_option_question_concurrency() {
    // Python: {k: await lookup(k) for k in keys}  -> None if any missing
    async fn lookup(k: &str) -> Option<usize> {
        sleep(Duration::from_millis(10)).await;
        if k.is_empty() {
            None
        } else {
            Some(k.len())
        }
    }
    async fn all(keys: &[&str]) -> Option<HashMap<String, usize>> {
        acomp!({k.to_string(): lookup(k).await? for k in keys; concurrency = 2})
    }
    assert_eq!(
        all(&["ab", "c"]).await,
        Some(HashMap::from([("ab".to_string(), 2), ("c".to_string(), 1)]))
    );
    assert_eq!(all(&["ab", ""]).await, None);
}

#[tokio::test(start_paused = true)]
async fn async_set_with_counter_and_filter() {
    // Python: n = 0; {await client.size(i) for i in ids if bump()}
    let client = Client::new("c", 1);
    let n = Cell::new(0);
    let got =
        acomp!({client.size(i).await for i in [1u32, 2, 1, 3] if { n.set(n.get() + 1); i != 3 }});
    assert_eq!(got, HashSet::from([10, 20]));
    assert_eq!(n.get(), 4);
}

// FOUND (fixed): acomp![client.get(i).await.map_err(SyncError::from)?.split('/').nth(1).ok_or(SyncError::Parse("no slash".into()))?.parse::<u32>().map_err(..)? for i in [7u32, 8]] -> error[E0716]: temporary value dropped while borrowed (a `?` on a value that borrows a temporary of the element; the hand-written `out.push(<same expr>)` loop in an async block compiles, temporaries living to the end of the statement; README "Errors"/reference §7 allow `?` anywhere in the element; see option_question_after_borrow_of_element_temporary for the sync twin)
#[tokio::test(start_paused = true)]
async fn acomp_ok_or_in_element_with_custom_error() {
    // Python: [int(await client.get(i)).split("/")[1]) for i in ids]
    let client = Client::new("c", 1);
    let got: Result<Vec<u32>, SyncError> = acomp![
        client.get(i).await.map_err(SyncError::from)?.split('/').nth(1).ok_or(SyncError::Parse("no slash".into()))?.parse::<u32>().map_err(|e| SyncError::Parse(e.to_string()))?
        for i in [7u32, 8]
    ];
    assert_eq!(got, Ok(vec![7, 8]));
}

// FOUND (fixed): comp![s.to_lowercase().split('=').nth(1)?.len() for s in v] -> error[E0716]: temporary value dropped while borrowed (the same `?` in a hand-written `for s in v { out.push(s.to_lowercase().split('=').nth(1)?.len()); }` compiles; reference §7: "A `?` anywhere in the clauses or the element"; only a `?` whose operand borrows a temporary of the element fails, `comp![s.to_lowercase().split('=').count() ..]` or a `?` before the borrow compile)
// Python: [len(s.lower().split("=")[1]) for s in v]   (None if no "=")
fn value_lengths(v: &[&str]) -> Option<Vec<usize>> {
    comp![s.to_lowercase().split('=').nth(1)?.len() for s in v]
}

#[test]
fn option_question_after_borrow_of_element_temporary() {
    let mut want = Vec::new();
    for s in ["A=xy", "b=Z"] {
        want.push(s.split('=').nth(1).unwrap().len());
    }
    assert_eq!(value_lengths(&["A=xy", "b=Z"]), Some(want));
    assert_eq!(value_lengths(&["A=xy", "b"]), None);
}

// ---------------------------------------------------------------------------
// 8. more `?` and helpers

// Python: def tags(rows): return {int(r) for r in rows}
fn tag_set(rows: &[&str]) -> Result<HashSet<u8>, AppError> {
    comp!({r.parse::<u8>().map_err(AppError::from)? for r in rows})
}

#[test]
fn set_tail_with_question() {
    assert_eq!(tag_set(&["1", "2", "1"]), Ok(HashSet::from([1, 2])));
    assert!(tag_set(&["1", "-"]).is_err());
}

// Python: def parse_lazy(v): return (int(s) for s in v)
fn parse_lazy<'a>(v: &'a [&'a str]) -> impl Iterator<Item = Result<i32, AppError>> + 'a {
    comp!(move (s.parse::<i32>().map_err(AppError::from)? for s in v))
}

#[test]
fn returned_lazy_with_question() {
    let v = ["1", "x", "3"];
    let got: Vec<Result<i32, AppError>> = parse_lazy(&v).collect();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], Ok(1));
    assert!(got[1].is_err());
}

// Python: def parse_lazy_generic(v): return (T(s) for s in v)
fn parse_lazy_generic<'a, T: std::str::FromStr + 'a>(
    v: &'a [&'a str],
) -> impl Iterator<Item = Result<T, T::Err>> + 'a {
    comp!(move (s.parse::<T>()? for s in v))
}

#[test]
fn returned_lazy_generic_error() {
    let got: Result<Vec<u16>, _> = parse_lazy_generic::<u16>(&["5", "6"]).collect();
    assert_eq!(got, Ok(vec![5, 6]));
}

impl Team {
    // Python: def initials(self): return (c for u in self.users for c in u.name[:1])
    fn initials(&self) -> impl Iterator<Item = char> + '_ {
        comp!((c for u in &self.users for c in u.name.chars().take(1)))
    }
}

#[test]
fn method_nested_lazy_over_self_fields() {
    assert_eq!(team().initials().collect::<String>(), "abc");
}

#[test]
fn if_let_on_memo_with_else_compute_and_counter() {
    // Python: [memo[x] if x in memo else compute(x) for x in xs]
    let memo = HashMap::from([(1, 100), (3, 300)]);
    let computed = Cell::new(0);
    let got = comp![*memo.get(&x).unwrap() if memo.contains_key(&x) else { computed.set(computed.get() + 1); -x } for x in [1, 2, 3, 4]];
    assert_eq!(got, vec![100, -2, 300, -4]);
    assert_eq!(computed.get(), 2);
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_dict_with_question() {
    // Python: {name: parse_port(v) for name, v in env}   (pool)
    let env = vec![("a", "1"), ("b", "2")];
    let got: Result<HashMap<&str, u16>, AppError> =
        comp!({*name: parse_port(v)? for (name, v) in &env; parallel});
    assert_eq!(got, Ok(HashMap::from([("a", 1), ("b", 2)])));
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_if_let_and_let_clauses() {
    // Python: [n * n for s in raw if (n := try_int(s)) is not None]
    let raw = vec!["3", "x", "5"];
    let got = comp![sq for s in &raw if let Ok(n) = s.parse::<u64>() let sq = n * n; parallel];
    assert_eq!(got, vec![9, 25]);
}

#[tokio::test(start_paused = true)]
async fn lazy_concurrency_with_question_stops_after_error() {
    // Python: async for page in gather_stream(...): ...   raises at 404
    let client = Client::new("c", 100);
    let got: Vec<Result<String, FetchError>> =
        acomp!((client.get(i).await? for i in [2u32, 404, 6, 8]; concurrency = 2))
            .collect()
            .await;
    assert_eq!(
        got,
        vec![Ok("c/2".to_string()), Err(FetchError::NotFound(404))]
    );
}

#[tokio::test(start_paused = true)]
async fn async_for_stream_of_ids_with_question_in_filter() {
    // Python: [i async for i in ids if await client.get(i)]
    let client = Client::new("c", 1);
    let got: Result<Vec<u32>, FetchError> =
        acomp![i async for i in stream::iter([2u32, 4, 6]) if client.get(i).await?.len() == 3];
    assert_eq!(got, Ok(vec![2, 4, 6]));
    let bad: Result<Vec<u32>, FetchError> =
        acomp![i async for i in stream::iter([2u32, 504, 6]) if client.get(i).await?.len() == 3];
    assert_eq!(bad, Err(FetchError::Timeout));
}

#[tokio::test(start_paused = true)]
async fn semaphore_like_counter_observed_by_items() {
    // Python: active = 0; async def job(i): nonlocal active; active += 1; peak = max(peak, active); ...
    let active = Cell::new(0usize);
    let peak = Cell::new(0usize);
    let got = acomp![
        {
            active.set(active.get() + 1);
            peak.set(peak.get().max(active.get()));
            sleep(Duration::from_millis(10)).await;
            active.set(active.get() - 1);
            i
        }
        for i in 0..7; concurrency = 3, unordered
    ];
    let mut sorted = got.clone();
    sorted.sort();
    assert_eq!(sorted, (0..7).collect::<Vec<_>>());
    assert_eq!(peak.get(), 3);
    assert_eq!(active.get(), 0);
}
