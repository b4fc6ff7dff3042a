//! The examples of each class of issue 9 ("real code compiles"), one test
//! per class (A to H), as a new user wrote them. The realistic corpus is in
//! `tests/realworld/`; these are the short forms, kept next to the other
//! behaviour tests.

use comprehensions::{acomp, comp};
use futures::stream::{self, StreamExt};

#[test]
fn a_temporaries() {
    let line = " A,b,,C ";
    assert_eq!(
        comp![w for w in line.trim().to_lowercase().split(',') if !w.is_empty()],
        ["a", "b", "c"]
    );
    let name = "abca";
    assert_eq!(comp!({c for c in name.to_uppercase().chars()}).len(), 3);
    let text = "Hello big World";
    assert_eq!(
        comp!((w.len() for w in text.to_lowercase().split_whitespace())).max(),
        Some(5)
    );
}
#[test]
fn b_lazy_infer() {
    let csv = "a, b\nccc,d";
    let v: Vec<usize> =
        comp!((cell.trim().len() for row in csv.lines() for cell in row.split(','))).collect();
    assert_eq!(v, [1, 1, 3, 1]);
}
#[test]
fn f_iter_mut() {
    let mut v = vec![1, 2, 3];
    for x in comp![x for x in v.iter_mut() if *x % 2 == 1] {
        *x *= 10;
    }
    assert_eq!(v, [10, 2, 30]);
}
#[tokio::test]
async fn a_async() {
    let text = "Hello big World";
    assert_eq!(
        acomp![w async for w in stream::iter(text.to_lowercase().split_whitespace()) if w.len() > 2],
        ["hello", "big", "world"]
    );
    let n: usize = acomp![w.len() async for w in stream::iter(text.to_lowercase().split_whitespace()) if w.len() > 2].into_iter().sum();
    assert_eq!(n, 13);
}

async fn probe(host: &str, port: u16) -> String {
    format!("{host}:{port}")
}
async fn len(w: &str) -> usize {
    w.len()
}
async fn score(p: &i32) -> i32 {
    p * 10
}
async fn get(i: i32) -> i32 {
    i + 1
}

#[tokio::test]
async fn d_concurrency() {
    let hosts: Vec<String> = vec!["a".into(), "b".into()];
    assert_eq!(
        acomp![probe(&host, port).await for host in hosts for port in [80, 443]; concurrency = 8],
        ["a:80", "a:443", "b:80", "b:443"]
    );
    let batches = vec![
        vec!["ab".to_string(), "c".to_string()],
        vec!["def".to_string()],
    ];
    assert_eq!(
        acomp![len(&w).await for batch in batches for w in batch; concurrency = 4],
        [2, 1, 3]
    );
    let k = 3;
    let xs = vec![1, 2];
    let s: Vec<i32> = acomp!((get(x * y + k).await for x in xs for y in 0..2); concurrency = 2)
        .collect()
        .await;
    assert_eq!(s, [4, 5, 4, 6]);
}
#[tokio::test]
async fn c_nested_await() {
    let teams = vec![vec![1, 2], vec![3]];
    let v: Vec<Vec<i32>> = acomp!(([score(p).await for p in team] for team in &teams))
        .collect()
        .await;
    assert_eq!(v, [vec![10, 20], vec![30]]);
    let batches = vec![vec![1, 2], vec![3]];
    let v: Vec<Vec<i32>> = acomp!((acomp![get(i).await for i in ids] for ids in batches))
        .collect()
        .await;
    assert_eq!(v, [vec![2, 3], vec![4]]);
}

#[deny(warnings)]
#[test]
fn e_conditional_anywhere() {
    let people = vec![("ann".to_string(), 20), ("bob".to_string(), 10)];
    assert_eq!(
        comp![(name, "adult" if *age >= 18 else "minor") for (name, age) in &people],
        [(&"ann".to_string(), "adult"), (&"bob".to_string(), "minor")]
    );
    fn label(s: &str) -> String {
        s.to_uppercase()
    }
    let temps = [35, 20];
    assert_eq!(
        comp![label(("hot" if t > 30 else "ok")) for t in temps],
        ["HOT", "OK"]
    );
    assert_eq!(
        comp![label("hot" if t > 30 else "ok") for t in temps],
        ["HOT", "OK"]
    );
    let m = comp!({k: ("big" if v > 10 else "small") for (k, v) in [("a", 11), ("b", 2)]});
    assert_eq!(m["a"], "big");
    assert_eq!(
        comp![("a" if x > 1 else "b" if x > 0 else "c").len() + x for x in 0..3],
        [1, 2, 3]
    );
    assert_eq!(comp![(x) for x in [1, 2]], [1, 2]);
    assert_eq!(comp![(x) for x in [1, 2] if x > 1], [2]);
    assert_eq!(comp!([(x) for x in [1, 2]]), [1, 2]);
    let v: Vec<i32> = comp!(((x) for x in [1, 2])).collect();
    assert_eq!(v, [1, 2]);
}
#[deny(warnings)]
#[test]
fn h_chained_and_typed_let() {
    let n = 5;
    assert_eq!(comp![i for i in -2..8 if 0 <= i < n], [0, 1, 2, 3, 4]);
    assert_eq!(comp![i for i in 0..10 if 1 < i <= 4 < n], [2, 3, 4]);
    let v = vec![1, 5, 9];
    assert_eq!(comp![x for x in &v if v[0] < *x < v[2]], [&5]);
    assert_eq!(
        comp![y for x in [1, 2] let y: f64 = x as f64 / 2.0],
        [0.5, 1.0]
    );
    assert_eq!(
        comp![y for x in [1, 2] let y: Vec<i32> = vec![x; 2]],
        [vec![1, 1], vec![2, 2]]
    );
    assert_eq!(
        comp![t for x in [1, 20] let t = "hot" if x > 10 else "ok"],
        ["ok", "hot"]
    );
    assert_eq!(comp![t for x in [1, 20] let t = x * 2 if t > 10], [40]);
}
#[tokio::test]
async fn h_unpin() {
    async fn f(x: i32) -> i32 {
        x + 1
    }
    let mut s = acomp!((f(x).await for x in 0..3));
    assert_eq!(s.next().await, Some(1));
    let mut s = acomp!((x * 2 async for x in stream::iter(0..3).then(f)));
    assert_eq!(s.next().await, Some(2));
}

#[tokio::test]
async fn a_async_more() {
    async fn f(w: &str) -> usize {
        w.len()
    }
    let text = "Hello big World";
    assert_eq!(
        acomp![f(w).await for w in text.to_lowercase().split_whitespace(); concurrency = 2],
        [5, 3, 5]
    );
    assert_eq!(
        acomp!((f(w).await for w in text.to_lowercase().split_whitespace()))
            .collect::<Vec<_>>()
            .await,
        [5, 3, 5]
    );
    assert_eq!(
        acomp!((f(w).await for w in text.to_lowercase().split_whitespace()); concurrency = 2)
            .collect::<Vec<_>>()
            .await,
        [5, 3, 5]
    );
    assert_eq!(
        acomp![f(w).await async for w in stream::iter(text.to_lowercase().split_whitespace())],
        [5, 3, 5]
    );
}

#[test]
fn g_owned_outer() {
    let words = vec!["ab".to_string(), "C".to_string()];
    let s: String = comp!((c for w in words for c in w.chars())).collect();
    assert_eq!(s, "abC");
    let ws = ["Ab", "C"];
    let s: String = comp!((c for w in ws for c in w.to_lowercase().chars() if c != 'b')).collect();
    assert_eq!(s, "ac");
    let lines = vec!["1,x".to_string(), "3".to_string()];
    let r: Vec<Result<i32, _>> =
        comp!((f.parse::<i32>()? for l in lines for f in l.split(','))).collect();
    assert_eq!(r.len(), 2);
    assert!(r[1].is_err());
}

/// An owned value bound by `if let` or a walrus, or drained from a `Vec`,
/// then iterated by an inner `for` of a lazy form (as a `let` clause's is):
/// the lazy form owns it while iterating (found by a README-only tester).
#[test]
fn lazy_flatten_over_values_bound_by_if_let_walrus_and_drain() {
    let maybe = vec![Some("hi".to_string()), None, Some("yo".to_string())];
    let s: String = comp!((c for m in maybe if let Some(s) = m for c in s.chars())).collect();
    assert_eq!(s, "hiyo");
    let words = vec!["ab".to_string(), "c".to_string()];
    let upper: String =
        comp!((c for w in words if (s := w.to_uppercase()).len() > 1 for c in s.chars())).collect();
    assert_eq!(upper, "AB");
    let mut queue = vec!["ab".to_string(), "c".to_string()];
    let drained: String = comp!((c for w in queue.drain(..) for c in w.chars())).collect();
    assert_eq!((drained.as_str(), queue.len()), ("abc", 0));
    // Over a borrowed `Vec`, what `if let` binds is borrowed too: a chain,
    // double-ended like a hand-written one.
    let maybe = [Some("hi".to_string()), None, Some("yo".to_string())];
    let back: String = comp!((c for m in &maybe if let Some(s) = m for c in s.chars()))
        .rev()
        .collect();
    assert_eq!(back, "oyih");
}

/// Python's conditional and chained comparisons inside std's expression
/// macros, and a `matches!` guard left alone.
#[test]
fn python_forms_in_std_macro_arguments() {
    assert_eq!(
        comp![format!("{} item{}", n, "" if n == 1 else "s") for n in [0, 1, 2]],
        ["0 items", "1 item", "2 items"]
    );
    assert_eq!(
        comp![format!("{}", 0 <= x < 3) for x in [-1, 1]],
        ["false", "true"]
    );
    assert_eq!(
        comp![vec![x if x > 0 else 0; 2] for x in [-1, 2]],
        [[0, 0], [2, 2]]
    );
    assert_eq!(
        comp![x for x in [Some(1), Some(-1), None] if matches!(x, Some(a) if a > 0)],
        [Some(1)]
    );
    let d = comp!({name: 18 <= age < 65 for (name, age) in [("ann", 17), ("bob", 18)]});
    assert!(!d["ann"] && d["bob"]);
}

/// A labelled block's `break` stays inside the comprehension (one rule, in
/// `rules.rs`, for `check` and the fallback).
#[test]
fn labelled_block_break_is_its_own() {
    let v = comp!['b: {
        if x > 1 {
            break 'b x * 10;
        }
        x
    } for x in [1, 2, 3]];
    assert_eq!(v, [1, 20, 30]);
}
