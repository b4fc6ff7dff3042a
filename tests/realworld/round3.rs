//! Realistic-usage corpus, round 3: Python snippets translated with
//! `comp!`/`acomp!` by a tester who had read only the README and
//! docs/reference.md (issue 14's check that the new lowering still compiles
//! real code): expected types from annotations and return types, elements
//! borrowing the iterable, `Cell`/`RefCell` captures, comprehensions in a
//! statement that awaits inside spawned futures, nested displays, `?` forms,
//! lazy forms returned and consumed, and `acomp!` with `concurrency`.

use comprehensions::{acomp, comp};
use futures::stream::{self, StreamExt, TryStreamExt};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::num::ParseIntError;
use std::sync::Arc;

// ---------------------------------------------------------------------------
// single `for`, no filter, type from annotations / return types
// ---------------------------------------------------------------------------

// def upper_names(names): return [n.upper() for n in names]
#[test]
fn t01_let_annotated_vec_string() {
    let names = vec!["ada", "bob"];
    let v: Vec<String> = comp![n.to_uppercase() for n in &names];
    assert_eq!(v, vec!["ADA".to_string(), "BOB".to_string()]);
}

// def squares(n): return [i * i for i in range(n)]
fn squares(n: u64) -> Vec<u64> {
    comp![i * i for i in 0..n]
}
#[test]
fn t02_return_type_vec_u64() {
    assert_eq!(squares(5), vec![0, 1, 4, 9, 16]);
}

// [str(x) for x in xs] with `.into()` resolved by annotation
#[test]
fn t03_into_from_annotation() {
    let words = ["a", "bb", "ccc"];
    let v: Vec<String> = comp![w.into() for w in words];
    assert_eq!(v, vec!["a", "bb", "ccc"]);
}

// def parse_defaults(xs): return [x or 0 ...]; Default::default() typed by return
fn zeros(n: usize) -> Vec<f64> {
    comp![Default::default() for _ in 0..n]
}
#[test]
fn t04_default_from_return_type() {
    assert_eq!(zeros(3), vec![0.0, 0.0, 0.0]);
}

// [int(s) for s in parts] with parse typed from let
#[test]
fn t05_parse_unwrap_typed_by_let() {
    let parts = "1,2,3".split(',');
    let v: Vec<u8> = comp![s.parse().unwrap() for s in parts];
    assert_eq!(v, vec![1u8, 2, 3]);
}

// ---------------------------------------------------------------------------
// borrowing elements / references
// ---------------------------------------------------------------------------

// [s for s in names]  (as &str)
#[test]
fn t06_as_str_borrow() {
    let names = vec!["x".to_string(), "yy".to_string()];
    let v: Vec<&str> = comp![s.as_str() for s in &names];
    assert_eq!(v, vec!["x", "yy"]);
}

// def longest_words(words): return [w for w in words if len(w) > 3]
fn long_words(words: &[String]) -> Vec<&str> {
    comp![w.as_str() for w in words if w.len() > 3]
}
#[test]
fn t07_return_refs_filter() {
    let ws = vec!["tree".to_string(), "a".to_string(), "house".to_string()];
    assert_eq!(long_words(&ws), vec!["tree", "house"]);
}

// [p.name for p in people]  (field refs)
struct Person {
    name: String,
    age: u32,
}
fn names_of(people: &[Person]) -> Vec<&String> {
    comp![&p.name for p in people]
}
#[test]
fn t08_field_refs() {
    let ps = vec![
        Person {
            name: "Ann".into(),
            age: 31,
        },
        Person {
            name: "Bo".into(),
            age: 12,
        },
    ];
    assert_eq!(names_of(&ps), vec!["Ann", "Bo"]);
    assert_eq!(ps[0].age, 31);
}

// [x for x in v if x > 0] mutating via &mut
#[test]
fn t09_iter_mut_refs() {
    let mut v = vec![1, -2, 3];
    let pos: Vec<&mut i32> = comp![x for x in v.iter_mut() if *x > 0];
    for p in pos {
        *p *= 10;
    }
    assert_eq!(v, vec![10, -2, 30]);
}

// [line.strip() for line in text.splitlines()]
#[test]
fn t10_trim_lines() {
    let text = String::from("  a \n b\n\tc  ");
    let v: Vec<&str> = comp![l.trim() for l in text.lines()];
    assert_eq!(v, vec!["a", "b", "c"]);
}

// ---------------------------------------------------------------------------
// move closures, captures, Cell/RefCell
// ---------------------------------------------------------------------------

// def scale(xs, k): return (x * k for x in xs)
fn scale(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    comp!(move (x * k for x in xs))
}
#[test]
fn t11_move_lazy_returned() {
    assert_eq!(scale(vec![1, 2, 3], 3).collect::<Vec<_>>(), vec![3, 6, 9]);
}

// [lambda: x for x in range(3)]
#[test]
fn t12_move_closures_elements() {
    let fs = comp![move || x for x in 0..3];
    assert_eq!(comp![f() for f in &fs], vec![0, 1, 2]);
}

// [lambda y: y + k for k in ks]
#[test]
fn t13_boxed_closures() {
    let ks = vec![1, 10];
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = comp![Box::new(move |y| y + k) for k in ks];
    assert_eq!(comp![f(1) for f in &fs], vec![2, 11]);
}

// counter = 0; [next_id() for _ in range(3)]
#[test]
fn t14_cell_counter() {
    let counter = Cell::new(0);
    let next_id = || {
        counter.set(counter.get() + 1);
        counter.get()
    };
    let ids = comp![next_id() for _ in 0..3];
    assert_eq!(ids, vec![1, 2, 3]);
    assert_eq!(counter.get(), 3);
}

// seen = []; [seen.append(x) or x for x in xs]
#[test]
fn t15_refcell_log() {
    let log = RefCell::new(Vec::new());
    let v = comp![{ log.borrow_mut().push(x); x * 2 } for x in 1..4];
    assert_eq!(v, vec![2, 4, 6]);
    assert_eq!(*log.borrow(), vec![1, 2, 3]);
}

// seen = set(); [x for x in xs if not (x in seen or seen.add(x))]
#[test]
fn t16_refcell_dedupe_order() {
    let seen = RefCell::new(HashSet::new());
    let xs = [3, 1, 3, 2, 1];
    let v = comp![x for x in xs if seen.borrow_mut().insert(x)];
    assert_eq!(v, vec![3, 1, 2]);
}

// Cell used in lazy form consumed later
#[test]
fn t17_cell_lazy() {
    let calls = Cell::new(0);
    let it = comp!(({ calls.set(calls.get() + 1); x } for x in 0..10));
    let first: Vec<i32> = it.take(3).collect();
    assert_eq!(first, vec![0, 1, 2]);
    assert_eq!(calls.get(), 3);
}

// ---------------------------------------------------------------------------
// nested
// ---------------------------------------------------------------------------

// transpose: [[row[i] for row in matrix] for i in range(3)]
#[test]
fn t18_transpose() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = comp![[row[i] for row in &m] for i in 0..3];
    assert_eq!(t, vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
}

// identity: [[1 if i == j else 0 for j in range(n)] for i in range(n)]
fn identity(n: usize) -> Vec<Vec<u8>> {
    comp![[1 if i == j else 0 for j in 0..n] for i in 0..n]
}
#[test]
fn t19_identity_matrix() {
    assert_eq!(identity(2), vec![vec![1, 0], vec![0, 1]]);
}

// flatten: [x for row in m for x in row]
#[test]
fn t20_flatten() {
    let m = vec![vec![1, 2], vec![], vec![3]];
    let v: Vec<i32> = comp![*x for row in &m for x in row];
    assert_eq!(v, vec![1, 2, 3]);
}

// {dept: [e.name for e in emps if e.dept == dept] for dept in depts}
#[test]
fn t21_dict_of_lists() {
    let emps = vec![("ann", "eng"), ("bob", "ops"), ("cy", "eng")];
    let depts = ["eng", "ops"];
    let by: HashMap<&str, Vec<&str>> =
        comp!({d: [*n for (n, e) in &emps if *e == d] for d in depts});
    assert_eq!(by["eng"], vec!["ann", "cy"]);
    assert_eq!(by["ops"], vec!["bob"]);
}

// {k: {v for v in vs} for k, vs in groups}
#[test]
fn t22_dict_of_sets() {
    let groups = vec![("a", vec![1, 1, 2]), ("b", vec![3])];
    let d = comp!({k: {v for v in vs} for k, vs in groups});
    assert_eq!(d["a"], HashSet::from([1, 2]));
    assert_eq!(d["b"], HashSet::from([3]));
}

// [sum(x * y for y in range(x)) for x in xs]
#[test]
fn t23_inner_generator_sum() {
    let xs = [1, 2, 3, 4];
    let v = comp![Iterator::sum::<i32>(x * y for y in 0..x) for x in xs];
    assert_eq!(v, vec![0, 2, 9, 24]);
}

// ---------------------------------------------------------------------------
// sets and dicts with duplicates
// ---------------------------------------------------------------------------

// words = ...; {w.lower() for w in words}; {w.lower(): i for i, w in enumerate(words)}
#[test]
fn t24_set_and_dict_duplicates() {
    let words = ["The", "cat", "the", "Cat", "dog"];
    let s: HashSet<String> = comp!({w.to_lowercase() for w in words});
    assert_eq!(s.len(), 3);
    let d: HashMap<String, usize> =
        comp!({w.to_lowercase(): i for (i, w) in words.iter().enumerate()});
    assert_eq!(d["the"], 2);
    assert_eq!(d["cat"], 3);
    assert_eq!(d["dog"], 4);
}

// {x % 3 for x in xs}
#[test]
fn t25_set_mod() {
    let xs = 0..100;
    let s = comp!({x % 3 for x in xs});
    assert_eq!(s, HashSet::from([0, 1, 2]));
}

// inverted = {v: k for k, v in d.items()}
#[test]
fn t26_invert_dict() {
    let d = HashMap::from([("a", 1), ("b", 2)]);
    let inv = comp!({*v: *k for (k, v) in &d});
    assert_eq!(inv, HashMap::from([(1, "a"), (2, "b")]));
}

// {c: s.count(c) for c in s}
#[test]
fn t27_char_count() {
    let s = "hello";
    let counts = comp!({c: s.matches(c).count() for c in s.chars()});
    assert_eq!(counts[&'l'], 2);
    assert_eq!(counts[&'h'], 1);
    assert_eq!(counts.len(), 4);
}

// ---------------------------------------------------------------------------
// `?`
// ---------------------------------------------------------------------------

// def parse_all(xs): return [int(x) for x in xs]
fn parse_all(xs: &[&str]) -> Result<Vec<i64>, ParseIntError> {
    Ok(comp![x.parse::<i64>()? for x in xs]?)
}
#[test]
fn t28_try_returned() {
    assert_eq!(parse_all(&["1", "2"]), Ok(vec![1, 2]));
    assert!(parse_all(&["1", "x"]).is_err());
}

// error boxed at the function's ?
fn parse_boxed(xs: &[&str]) -> Result<Vec<u16>, Box<dyn std::error::Error>> {
    Ok(comp![x.trim().parse::<u16>()? for x in xs if !x.is_empty()]?)
}
#[test]
fn t29_try_boxed_error() {
    assert_eq!(parse_boxed(&[" 7", "", "8 "]).unwrap(), vec![7, 8]);
    assert!(parse_boxed(&["70000"]).is_err());
}

// direct Result return
fn lens(xs: &[&str]) -> Result<Vec<usize>, ParseIntError> {
    comp![x.parse::<usize>()? + 1 for x in xs]
}
#[test]
fn t30_try_direct_return() {
    assert_eq!(lens(&["1", "2"]), Ok(vec![2, 3]));
}

// Option ?: [d[k] for k in keys]  (KeyError -> None)
#[test]
fn t31_option_try() {
    let d = HashMap::from([("a", 1), ("b", 2)]);
    let ok: Option<Vec<i32>> = comp![*d.get(k)? for k in ["a", "b"]];
    assert_eq!(ok, Some(vec![1, 2]));
    let bad: Option<Vec<i32>> = comp![*d.get(k)? for k in ["a", "z"]];
    assert_eq!(bad, None);
}

// try dict: {k: int(v) for k, v in pairs}
#[test]
fn t32_try_dict() {
    let pairs = vec![("a", "1"), ("b", "2")];
    let d = comp!({k: v.parse::<i32>()? for (k, v) in pairs});
    assert_eq!(d, Ok(HashMap::from([("a", 1), ("b", 2)])));
}

// ---------------------------------------------------------------------------
// lazy forms
// ---------------------------------------------------------------------------

// def evens(xs): return (x for x in xs if x % 2 == 0)
fn evens(xs: &[u32]) -> impl Iterator<Item = u32> + '_ {
    comp!((*x for x in xs if x % 2 == 0))
}
#[test]
fn t33_lazy_returned_sum_max() {
    let xs = [1, 2, 3, 4, 6];
    assert_eq!(evens(&xs).sum::<u32>(), 12);
    assert_eq!(evens(&xs).max(), Some(6));
}

// zip two generators
fn word_lens(ws: &[String]) -> impl Iterator<Item = usize> + '_ {
    comp!((w.len() for w in ws))
}
#[test]
fn t34_lazy_zip_and_set() {
    let ws = vec!["aa".to_string(), "b".to_string(), "cc".to_string()];
    let z: Vec<(usize, &String)> = word_lens(&ws).zip(ws.iter()).collect();
    assert_eq!(z[1], (1, &ws[1]));
    let s = word_lens(&ws).collect::<HashSet<_>>();
    assert_eq!(s, HashSet::from([1, 2]));
}

// lazy ? collected into Result<Vec>
#[test]
fn t35_lazy_try_collect() {
    let xs = ["1", "2", "3"];
    let r: Result<Vec<i32>, _> = comp!((x.parse::<i32>()? for x in xs)).collect();
    assert_eq!(r, Ok(vec![1, 2, 3]));
    let bad = ["1", "q", "3"];
    let r: Result<Vec<i32>, ParseIntError> = comp!((x.parse::<i32>()? for x in bad)).collect();
    assert!(r.is_err());
    // ends after the first Err
    assert_eq!(comp!((x.parse::<i32>()? for x in bad)).count(), 2);
}

// lazy nested: (c for w in words for c in w) over owned Strings
#[test]
fn t36_lazy_flatten_owned() {
    let words = vec!["ab".to_string(), "c".to_string()];
    let s: String = comp!((c for w in words for c in w.chars())).collect();
    assert_eq!(s, "abc");
}

// any(x < 0 for x in xs)
#[test]
fn t37_lazy_any_all() {
    let xs = [3, -1, 4];
    assert!(comp!((x < 0 for x in xs)).any(|b| b));
    assert!(!comp!((x > 0 for x in xs)).all(|b| b));
}

// lazy returned with borrowing method on &str
fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    comp!((w.to_lowercase() for w in text.split_whitespace() if w.len() > 1))
}
#[test]
fn t38_lazy_tokens() {
    assert_eq!(tokens("A Big dog").collect::<Vec<_>>(), vec!["big", "dog"]);
}

// ---------------------------------------------------------------------------
// walrus, if let, let, conditional, chained comparisons
// ---------------------------------------------------------------------------

fn cost(x: i32) -> i32 {
    x * x - 10
}
// [y for x in xs if (y := cost(x)) > 0]
#[test]
fn t39_walrus() {
    let v = comp![y for x in 1..6 if (y := cost(x)) > 0];
    assert_eq!(v, vec![6, 15]);
}

// [n for s in strs if let Ok(n) = ...]
#[test]
fn t40_if_let() {
    let strs = vec!["1", "x", "3"];
    let v: Vec<i32> = comp![n for s in &strs if let Ok(n) = s.parse()];
    assert_eq!(v, vec![1, 3]);
}

// [(k, v) for line in lines if '=' in line for k, v in [line.split('=', 1)]]
#[test]
fn t41_if_let_split_once() {
    let lines = "a=1\nbad\nb = 2";
    let v =
        comp![(k.trim(), v.trim()) for l in lines.lines() if let Some((k, v)) = l.split_once('=')];
    assert_eq!(v, vec![("a", "1"), ("b", "2")]);
}

// [y * y for x in xs let y = x + 1]
#[test]
fn t42_let_clause() {
    let v = comp![y * y for x in [1, 2] let y = x + 1];
    assert_eq!(v, vec![4, 9]);
    let w = comp![y / 2.0 for x in [1, 3] let y: f64 = x as f64];
    assert_eq!(w, vec![0.5, 1.5]);
}

// [(n, "adult" if a >= 18 else "minor") for n, a in people]
#[test]
fn t43_conditional_tuple() {
    let people = vec![("ann", 30), ("kid", 9)];
    let v = comp![(n, "adult" if a >= 18 else "minor") for (n, a) in people];
    assert_eq!(v, vec![("ann", "adult"), ("kid", "minor")]);
}

// fizzbuzz
#[test]
fn t44_fizzbuzz_chain_conditional() {
    let v: Vec<String> = comp![
        "FizzBuzz".to_string() if i % 15 == 0 else "Fizz".to_string() if i % 3 == 0
        else "Buzz".to_string() if i % 5 == 0 else i.to_string()
        for i in 1..=15
    ];
    assert_eq!(v[2], "Fizz");
    assert_eq!(v[4], "Buzz");
    assert_eq!(v[14], "FizzBuzz");
    assert_eq!(v[0], "1");
}

// [i for i in idx if 0 <= i < n]
#[test]
fn t45_chained_comparison() {
    let idx = [-1i64, 0, 3, 5, 9];
    let n = 5;
    let v = comp![i for i in idx if 0 <= i < n];
    assert_eq!(v, vec![0, 3]);
}

// neighbours: [(x+dx, y+dy) for dx in (-1,0,1) for dy in (-1,0,1) if (dx,dy) != (0,0) and 0 <= x+dx < w and 0 <= y+dy < h]
#[test]
fn t46_grid_neighbours() {
    let (x, y, w, h) = (0i32, 1i32, 3i32, 3i32);
    let v = comp![(x + dx, y + dy) for dx in -1..=1 for dy in -1..=1
        if (dx, dy) != (0, 0) && 0 <= x + dx < w && 0 <= y + dy < h];
    assert_eq!(v, vec![(0, 0), (0, 2), (1, 0), (1, 1), (1, 2)]);
}

// format! with conditional
#[test]
fn t47_format_conditional() {
    let v = comp![format!("{n} item{}", "" if n == 1 else "s") for n in [1, 2]];
    assert_eq!(v, vec!["1 item", "2 items"]);
}

// ---------------------------------------------------------------------------
// async
// ---------------------------------------------------------------------------

async fn fetch(x: u32) -> u32 {
    tokio::task::yield_now().await;
    x * 10
}

async fn fetch_str(id: u32) -> Result<String, String> {
    tokio::task::yield_now().await;
    if id == 0 {
        Err("bad id".to_string())
    } else {
        Ok(format!("user{id}"))
    }
}

// [x async for x in aiter if x > 0]
#[tokio::test]
async fn t48_async_for_stream() {
    let v = acomp![x async for x in stream::iter(vec![-1, 2, 0, 3]) if x > 0];
    assert_eq!(v, vec![2, 3]);
}

// [await fetch(x) for x in xs]
#[tokio::test]
async fn t49_await_element() {
    let xs = vec![1, 2, 3];
    let a = acomp![fetch(x).await for x in xs.clone()];
    let b = acomp![await fetch(x) + 1 for x in xs];
    assert_eq!(a, vec![10, 20, 30]);
    assert_eq!(b, vec![11, 21, 31]);
}

// same statement as an .await
async fn summary(ids: Vec<u32>) -> (Vec<u32>, u32) {
    let r = (comp![i * 2 for i in &ids], fetch(7).await);
    r
}
#[tokio::test]
async fn t50_comp_and_await_same_statement() {
    assert_eq!(summary(vec![1, 2]).await, (vec![2, 4], 70));
    let h = tokio::spawn(summary(vec![3]));
    assert_eq!(h.await.unwrap(), (vec![6], 70));
}

// spawn (Send) with comp! + .await in same statement
async fn mixed(ids: Vec<u32>) -> (Vec<String>, u32) {
    let names: Vec<String> = comp![format!("#{i}") for i in &ids];
    let r = (names, fetch(ids.len() as u32).await);
    r
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t51_spawn_send_future() {
    let h = tokio::spawn(mixed(vec![1, 2]));
    let (names, n) = h.await.unwrap();
    assert_eq!(names, vec!["#1", "#2"]);
    assert_eq!(n, 20);
}

// acomp in spawned future
async fn fetch_all(ids: Vec<u32>) -> Vec<u32> {
    acomp![fetch(*i).await for i in &ids; concurrency = 4]
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t52_spawn_acomp_concurrency() {
    let r = tokio::spawn(fetch_all((1..=6).collect())).await.unwrap();
    assert_eq!(r, vec![10, 20, 30, 40, 50, 60]);
}

// unordered
#[tokio::test]
async fn t53_unordered() {
    let mut v = acomp![fetch(x).await for x in 1..=5u32; concurrency = 4, unordered];
    v.sort();
    assert_eq!(v, vec![10, 20, 30, 40, 50]);
}

// ? with acomp
async fn users(ids: &[u32]) -> Result<Vec<String>, String> {
    Ok(acomp![fetch_str(*id).await? for id in ids]?)
}
#[tokio::test]
async fn t54_acomp_try() {
    assert_eq!(
        users(&[1, 2]).await,
        Ok(vec!["user1".into(), "user2".into()])
    );
    assert_eq!(users(&[1, 0]).await, Err("bad id".to_string()));
}

// ? with concurrency and prefix await
#[tokio::test]
async fn t55_acomp_try_concurrency() {
    let ids = vec![3u32, 1, 2];
    let r = acomp![await fetch_str(id)? for id in ids; concurrency = 2];
    assert_eq!(
        r,
        Ok(vec!["user3".to_string(), "user1".into(), "user2".into()])
    );
}

// lazy stream with concurrency
#[tokio::test]
async fn t56_lazy_stream_concurrency() {
    let s = acomp!((fetch(x).await for x in 1..=4u32); concurrency = 4);
    let v: Vec<u32> = s.collect().await;
    assert_eq!(v, vec![10, 20, 30, 40]);
}

// {k: await fetch(k) for k in keys}
#[tokio::test]
async fn t57_async_dict() {
    let keys = [1u32, 2, 2];
    let d = acomp!({k: fetch(k).await for k in keys});
    assert_eq!(d, HashMap::from([(1, 10), (2, 20)]));
}

// nested async for
#[tokio::test]
async fn t58_nested_async_for() {
    let streams = stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])]);
    let v = acomp![i async for s in streams async for i in s];
    assert_eq!(v, vec![1, 2, 3]);
}

// async for + await in filter
async fn is_valid(x: i32) -> bool {
    tokio::task::yield_now().await;
    x % 2 == 0
}
#[tokio::test]
async fn t59_async_filter_await() {
    let v = acomp![x * 3 async for x in stream::iter(1..=6) if is_valid(x).await];
    assert_eq!(v, vec![6, 12, 18]);
}

// lazy acomp .next().await
#[tokio::test]
async fn t60_lazy_acomp_next() {
    let xs = vec![1u32, 2];
    let mut s = acomp!((fetch(x).await for x in xs));
    assert_eq!(s.next().await, Some(10));
    assert_eq!(s.next().await, Some(20));
    assert_eq!(s.next().await, None);
}

// spawned future with acomp + comp in same statement as await
async fn report(ids: Vec<u32>) -> (Vec<u32>, Vec<u32>) {
    let r = (
        comp![x + 1 for x in ids.iter().copied()],
        acomp![fetch(x).await for x in ids.iter().copied()],
    );
    r
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t61_spawn_comp_and_acomp_tuple() {
    let r = tokio::spawn(report(vec![1, 2])).await.unwrap();
    assert_eq!(r, (vec![2, 3], vec![10, 20]));
}

// acomp with Vec<String> expected via let annotation
#[tokio::test]
async fn t62_acomp_let_annotation() {
    let ids = [1u32, 2];
    let v: Vec<String> = acomp![fetch_str(i).await.unwrap() for i in ids];
    assert_eq!(v, vec!["user1", "user2"]);
}

// ---------------------------------------------------------------------------
// second batch: harder Send / await-in-statement cases
// ---------------------------------------------------------------------------

// async def handler(names): return ([n for n in names if n], await fetch(1))   -- spawned
async fn filtered_and_fetch(names: Vec<String>) -> (Vec<String>, u32) {
    let r = (
        comp![n.to_uppercase() for n in &names if !n.is_empty()],
        fetch(1).await,
    );
    r
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t63_spawn_filter_comp_same_stmt() {
    let r = tokio::spawn(filtered_and_fetch(vec!["a".into(), "".into()]))
        .await
        .unwrap();
    assert_eq!(r, (vec!["A".to_string()], 10));
}

// set/dict/try in same statement as await, spawned
async fn stats(
    xs: Vec<&'static str>,
) -> (
    HashSet<usize>,
    HashMap<&'static str, usize>,
    Result<Vec<i32>, ParseIntError>,
    u32,
) {
    let r = (
        comp!({x.len() for x in &xs}),
        comp!({*x: x.len() for x in &xs}),
        comp![x.parse::<i32>()? for x in &xs],
        fetch(2).await,
    );
    r
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t64_spawn_set_dict_try_same_stmt() {
    let (s, d, p, n) = tokio::spawn(stats(vec!["1", "22", "1"])).await.unwrap();
    assert_eq!(s, HashSet::from([1, 2]));
    assert_eq!(d["22"], 2);
    assert_eq!(p, Ok(vec![1, 22, 1]));
    assert_eq!(n, 20);
}

// borrowing element held across await, spawned
async fn borrow_across(names: Vec<String>) -> usize {
    let refs: Vec<&str> = comp![s.as_str() for s in &names];
    let k = fetch(1).await;
    refs.len() + k as usize
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t65_spawn_borrowed_vec_across_await() {
    assert_eq!(
        tokio::spawn(borrow_across(vec!["a".into(), "b".into()]))
            .await
            .unwrap(),
        12
    );
}

// lazy held across await, spawned
async fn lazy_across(xs: Vec<u32>) -> u32 {
    let it = comp!((x * 2 for x in &xs if *x > 1));
    let k = fetch(1).await;
    it.sum::<u32>() + k
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t66_spawn_lazy_across_await() {
    assert_eq!(tokio::spawn(lazy_across(vec![1, 2, 3])).await.unwrap(), 20);
}

// Cell shared by concurrent items (caller's task, no Send needed)
#[tokio::test]
async fn t67_cell_in_concurrent_items() {
    let started = Cell::new(0);
    let v = acomp![{ started.set(started.get() + 1); fetch(x).await } for x in 1..=5u32; concurrency = 2];
    assert_eq!(v, vec![10, 20, 30, 40, 50]);
    assert_eq!(started.get(), 5);
}

// acomp ? with async for and stream of Results
#[tokio::test]
async fn t68_async_for_try_stream() {
    let s = stream::iter(vec!["1", "2", "x"]);
    let r: Result<Vec<i32>, ParseIntError> = acomp![x.parse::<i32>()? async for x in s];
    assert!(r.is_err());
    let ok = acomp![x.parse::<i32>()? async for x in stream::iter(vec!["4", "5"])];
    assert_eq!(ok, Ok(vec![4, 5]));
}

// async spawned: acomp with concurrency + ? over borrowed ids, in same statement as another await
async fn load(ids: Vec<u32>) -> (Result<Vec<String>, String>, u32) {
    let r = (
        acomp![fetch_str(*id).await? for id in &ids; concurrency = 3],
        fetch(9).await,
    );
    r
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t69_spawn_try_concurrency_same_stmt() {
    let (a, b) = tokio::spawn(load(vec![1, 2])).await.unwrap();
    assert_eq!(a, Ok(vec!["user1".to_string(), "user2".to_string()]));
    assert_eq!(b, 90);
}

// nested list with outer-type annotation from return type
fn grid(w: usize, h: usize) -> Vec<Vec<(usize, usize)>> {
    comp![[(x, y) for x in 0..w] for y in 0..h]
}
#[test]
fn t70_nested_return_type() {
    assert_eq!(grid(2, 1), vec![vec![(0, 0), (1, 0)]]);
}

// nested with inner element type from annotation
#[test]
fn t71_nested_inner_string_annotation() {
    let rows = vec![vec!["a", "b"], vec!["c"]];
    let v: Vec<Vec<String>> = comp![[(*c).into() for c in r] for r in &rows];
    assert_eq!(v, vec![vec!["a".to_string(), "b".into()], vec!["c".into()]]);
}

// lazy ? returned from function
fn parse_lazy<'a>(xs: &'a [&'a str]) -> impl Iterator<Item = Result<i32, ParseIntError>> + 'a {
    comp!((x.parse::<i32>()? for x in xs))
}
#[test]
fn t72_lazy_try_returned() {
    let r: Result<Vec<i32>, _> = parse_lazy(&["1", "2"]).collect();
    assert_eq!(r, Ok(vec![1, 2]));
}

// lazy max_by_key over borrowed
fn longest(ws: &[String]) -> Option<&String> {
    comp!((w for w in ws if !w.is_empty())).max_by_key(|w| w.len())
}
#[test]
fn t73_lazy_refs_max_by_key() {
    let ws = vec!["ab".to_string(), "abc".to_string()];
    assert_eq!(longest(&ws).map(|s| s.as_str()), Some("abc"));
}

// walrus + nested acomp? with concurrency = 4 over a stream first iterable
#[tokio::test]
async fn t74_async_for_concurrency() {
    let v = acomp![fetch(x).await async for x in stream::iter(vec![1u32, 2, 3]); concurrency = 4];
    assert_eq!(v, vec![10, 20, 30]);
}

// walrus in acomp
#[tokio::test]
async fn t75_async_walrus() {
    let v = acomp![(x, y) for x in 1..=4u32 if (y := fetch(x).await) > 20];
    assert_eq!(v, vec![(3, 30), (4, 40)]);
}

// Vec<String> from map return type with single for no filter, borrowing element via to_owned
fn owned(xs: &[&str]) -> Vec<String> {
    comp![x.to_string() for x in xs]
}
#[test]
fn t76_return_vec_string() {
    assert_eq!(owned(&["a"]), vec!["a"]);
}

// element returning a reference from a HashMap lookup
fn lookup<'a>(d: &'a HashMap<String, String>, keys: &[&str]) -> Vec<&'a str> {
    comp![d[*k].as_str() for k in keys]
}
#[test]
fn t77_lookup_refs() {
    let d = HashMap::from([("a".to_string(), "A".to_string())]);
    assert_eq!(lookup(&d, &["a", "a"]), vec!["A", "A"]);
}

// ---------------------------------------------------------------------------
// from usertest14c_probe.rs (exploratory round)
// ---------------------------------------------------------------------------

fn pairs(xs: &[String]) -> impl Iterator<Item = (&String, &String)> + '_ {
    comp!(move ((a, b) for a in xs for b in xs if a != b))
}
#[test]
fn p01() {
    let v = vec!["a".to_string(), "b".to_string()];
    assert_eq!(pairs(&v).count(), 2);
}

fn chars_of(words: Vec<String>) -> impl Iterator<Item = char> {
    comp!(move (c for w in words for c in w.chars()))
}
#[test]
fn p02() {
    assert_eq!(
        chars_of(vec!["ab".into(), "c".into()]).collect::<String>(),
        "abc"
    );
}

fn nums<'a>(xs: &'a [&'a str]) -> impl Iterator<Item = i32> + 'a {
    comp!((y for s in xs if let Ok(n) = s.parse::<i32>() let y = n * 2 if (z := y + 1) > 3))
}
#[test]
fn p03() {
    assert_eq!(nums(&["1", "x", "5"]).collect::<Vec<_>>(), vec![10]);
}

#[test]
fn p04() {
    let xs = vec![1u64, 2, 3];
    let it = comp!(move (x * x for x in xs));
    let h = std::thread::spawn(move || it.sum::<u64>());
    assert_eq!(h.join().unwrap(), 14);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn p05() {
    let xs = vec![1u32, 2];
    let h = tokio::spawn(async move {
        acomp!(move (fetch(x).await for x in xs))
            .collect::<Vec<_>>()
            .await
    });
    assert_eq!(h.await.unwrap(), vec![10, 20]);
}

#[tokio::test]
async fn p06() {
    let mut v: Vec<u32> = acomp!((fetch(x).await for x in 1..=3u32); concurrency = 2, unordered)
        .collect()
        .await;
    v.sort();
    assert_eq!(v, vec![10, 20, 30]);
}

#[tokio::test]
async fn p07() {
    let keys = [1u32, 2, 2];
    let d = acomp!({k: fetch(k).await for k in keys; concurrency = 4});
    assert_eq!(d, HashMap::from([(1, 10), (2, 20)]));
    let s = acomp!({fetch(k).await for k in keys}; concurrency = 2);
    assert_eq!(s, HashSet::from([10, 20]));
}

async fn maybe(x: u32) -> Option<u32> {
    if x > 0 {
        Some(x)
    } else {
        None
    }
}
#[tokio::test]
async fn p08() {
    let a: Option<Vec<u32>> = acomp![maybe(x).await? for x in [1, 2]];
    assert_eq!(a, Some(vec![1, 2]));
    let b = acomp![maybe(x).await? + 1 for x in [1, 0]];
    assert_eq!(b, None);
}

#[test]
fn p09() {
    let pairs = vec![("ab", "c"), ("d", "efg")];
    let v = comp![a if a.len() > b.len() else b for (a, b) in &pairs];
    assert_eq!(v, vec![&"ab", &"efg"]);
    let xs = [1, 2, 2, 3];
    assert_eq!(comp![x for x in xs if 2 == x == 2], vec![2, 2]);
    assert_eq!(
        comp![x for x in 0..10 if x % 2 == 1 if x % 3 == 0],
        vec![3, 9]
    );
}

#[test]
fn p10() {
    let v: Result<Vec<i32>, ParseIntError> =
        comp![y for s in ["1", "-2", "3"] if (y := s.parse::<i32>()?) > 0];
    assert_eq!(v, Ok(vec![1, 3]));
    let c = comp![(i, c) for i, c in "ab".chars().enumerate()];
    assert_eq!(c, vec![(0, 'a'), (1, 'b')]);
}

#[test]
fn p11() {
    let c = comp![[[i * j * k for k in 0..2] for j in 0..2] for i in 0..2];
    assert_eq!(c[1][1], vec![0, 1]);
    let groups = vec![("a", vec![1, 2]), ("b", vec![3])];
    let d = comp!({k: (x * 2 for x in vs) for (k, vs) in &groups});
    let tot: i32 = d.into_values().map(|it| it.sum::<i32>()).sum();
    assert_eq!(tot, 12);
}

#[tokio::test]
async fn p12() {
    let xs = vec![1u32, 2];
    let ys = vec![10u32, 20];
    let v = acomp![fetch(x + y).await for x in &xs for y in &ys; concurrency = 3];
    assert_eq!(v, vec![110, 210, 120, 220]);
}

async fn greet_all(prefixes: Vec<String>, ids: Vec<u32>) -> Vec<String> {
    acomp![format!("{p}{}", fetch(i).await) for p in prefixes for i in ids.iter().copied(); concurrency = 2]
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn p13() {
    let r = tokio::spawn(greet_all(vec!["a".into(), "b".into()], vec![1]))
        .await
        .unwrap();
    assert_eq!(r, vec!["a10", "b10"]);
}

struct Repo {
    ids: Vec<u32>,
    names: Vec<(String, bool)>,
}
impl Repo {
    async fn get(&self, id: u32) -> String {
        tokio::task::yield_now().await;
        format!("r{id}")
    }
    async fn all(&self) -> Vec<String> {
        acomp![self.get(*id).await for id in &self.ids; concurrency = 2]
    }
    fn active(&self) -> impl Iterator<Item = &str> + '_ {
        comp!((n.as_str() for (n, a) in &self.names if *a))
    }
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn p14() {
    let repo = Arc::new(Repo {
        ids: vec![1, 2],
        names: vec![("x".into(), true), ("y".into(), false)],
    });
    let r2 = repo.clone();
    let v = tokio::spawn(async move { r2.all().await }).await.unwrap();
    assert_eq!(v, vec!["r1", "r2"]);
    assert_eq!(repo.active().collect::<Vec<_>>(), vec!["x"]);
}

#[tokio::test]
async fn p15() {
    let ids = vec![1u32, 0, 2];
    let r: Result<Vec<String>, String> = acomp!((fetch_str(i).await? for i in ids))
        .try_collect()
        .await;
    assert_eq!(r, Err("bad id".to_string()));
    let ids = vec![1u32, 2];
    let n = 2;
    let r: Vec<Result<String, String>> =
        acomp!((fetch_str(i).await? for i in ids; concurrency = n,))
            .collect()
            .await;
    assert_eq!(r, vec![Ok("user1".to_string()), Ok("user2".to_string())]);
}

// same-statement await, where comp borrows a temporary of the first iterable
async fn words_and(line: String) -> (usize, u32) {
    let r = (
        comp![w for w in line.to_lowercase().split(',') if !w.is_empty()].len(),
        fetch(1).await,
    );
    r
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn p16() {
    assert_eq!(
        tokio::spawn(words_and("A,,B".into())).await.unwrap(),
        (2, 10)
    );
}

// lazy with first-iterable temporary consumed in same statement
#[test]
fn p17() {
    let line = "A b C";
    let n: usize = comp!((w.len() for w in line.to_lowercase().split(' '))).sum();
    assert_eq!(n, 3);
}

// eager lazy mix in async with await in inner display
#[tokio::test]
async fn p18() {
    let ns = [1u32, 2];
    let v = acomp![[fetch(x).await for x in 0..n] for n in ns.iter().copied()];
    assert_eq!(v, vec![vec![0], vec![0, 10]]);
}

// dict with value computed by await, ? and concurrency
#[tokio::test]
async fn p19() {
    let ids = [1u32, 2];
    let d = acomp!({i: fetch_str(i).await? for i in ids; concurrency = 2});
    assert_eq!(
        d,
        Ok(HashMap::from([
            (1, "user1".to_string()),
            (2, "user2".to_string())
        ]))
    );
}

// await in the same statement, with acomp lazy stream held across
async fn hold_stream(xs: Vec<u32>) -> Vec<u32> {
    let s = acomp!((fetch(*x).await for x in &xs; concurrency = 2));
    let _ = fetch(0).await;
    s.collect().await
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn p20() {
    assert_eq!(
        tokio::spawn(hold_stream(vec![1, 2])).await.unwrap(),
        vec![10, 20]
    );
}

// ---------------------------------------------------------------------------
// from usertest14c_probe2.rs (exploratory round)
// ---------------------------------------------------------------------------

#[test]
fn q01() {
    let rows = vec![vec!["1", "2"], vec!["3"]];
    let r: Result<Vec<Vec<i32>>, ParseIntError> =
        comp![[s.parse::<i32>()? for s in row]? for row in &rows];
    assert_eq!(r, Ok(vec![vec![1, 2], vec![3]]));
}

#[test]
fn q02() {
    let xs = ["1", "x"];
    let v = comp![(|| -> Result<i32, ParseIntError> { Ok(s.parse::<i32>()? + 1) })() for s in xs];
    assert_eq!(v[0], Ok(2));
    assert!(v[1].is_err());
}

#[tokio::test]
async fn q03() {
    let xs = vec![1u32, 2];
    let futs = comp![async move { fetch(x).await } for x in xs];
    assert_eq!(futures::future::join_all(futs).await, vec![10, 20]);
}

#[test]
fn q04() {
    let v: Vec<u32> = comp!((x for x in 1.. if x % 7 == 0)).take(2).collect();
    assert_eq!(v, vec![7, 14]);
}

#[test]
fn q05() {
    let xs = [-1i32, 2];
    let v = comp![x as f64 if x > 0 else 0.0 for x in xs];
    assert_eq!(v, vec![0.0, 2.0]);
    let w = comp![match x { -1 => "neg", _ => "pos" } for x in xs];
    assert_eq!(w, vec!["neg", "pos"]);
}

#[test]
fn q06() {
    let calls = Cell::new(0);
    let f = |x: i32| {
        calls.set(calls.get() + 1);
        x * 3
    };
    let v = comp![x for x in 0..5 if 0 < f(x) < 10];
    assert_eq!(v, vec![1, 2, 3]);
    assert_eq!(calls.get(), 5);
    let b = comp![(0 <= x < 3) for x in [-1, 0, 3]];
    assert_eq!(b, vec![false, true, false]);
}

#[test]
fn q07() {
    let rows = vec![vec![-1, 2], vec![3, -4]];
    let v = comp![row.iter().map(|v| (*v if *v > 0 else 0)).collect::<Vec<_>>() for row in &rows];
    assert_eq!(v, vec![vec![0, 2], vec![3, 0]]);
    let w = comp![{ let t = x * 2; (t if t > 2 else 0) } for x in 0..3];
    assert_eq!(w, vec![0, 0, 4]);
}

#[test]
fn q08() {
    let v = comp![s.parse::<i32>().unwrap() for s in ["3", "9"] if s.parse::<i32>().unwrap() < 5];
    assert_eq!(v, vec![3]);
    let n = 4usize;
    let w = comp![x for x in 0..10usize if 1 <= x < Vec::<u8>::with_capacity(n).capacity()];
    assert!(w.starts_with(&[1, 2, 3]));
}

#[derive(Debug, PartialEq)]
struct P {
    x: i32,
    y: i32,
}
#[test]
fn q09() {
    let v = comp![P { x, y } for (x, y) in [(1, 2)]];
    assert_eq!(v, vec![P { x: 1, y: 2 }]);
    let w = comp![p.x for p in [P { x: 5, y: 0 }] if p.y == 0];
    assert_eq!(w, vec![5]);
}

#[tokio::test]
async fn q10() {
    let xs = [1u32, 2, 3];
    let v = acomp![y for x in xs if let Some(y) = Some(fetch(x).await).filter(|v| *v > 10)];
    assert_eq!(v, vec![20, 30]);
    let w = acomp!["big" if fetch(x).await > 15 else "small" for x in xs];
    assert_eq!(w, vec!["small", "big", "big"]);
}

#[tokio::test]
async fn q11() {
    let xs = vec![3u32, 1, 2];
    let n = xs.len();
    let v = acomp![
        { tokio::time::sleep(std::time::Duration::from_millis(x as u64 * 5)).await; x }
        for x in xs; concurrency = n, unordered
    ];
    assert_eq!(v, vec![1, 2, 3]);
}
