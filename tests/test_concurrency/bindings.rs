//! Patterns, bindings before the last `for`, `?` in iterables and the first
//! iterable's evaluation, with `concurrency = N`.

use super::*;
use comprehensions::acomp;
use futures::StreamExt;
use std::collections::HashMap;
use std::sync::Mutex;
use tokio::time::Instant;

/// What ran, in order.
#[derive(Default)]
struct Log(Mutex<Vec<String>>);

impl Log {
    fn note<T>(&self, entry: impl Into<String>, value: T) -> T {
        self.0.lock().unwrap().push(entry.into());
        value
    }

    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

async fn try_list(n: u64, ok: bool) -> Result<Vec<u64>, String> {
    sleep(ms(10)).await;
    if ok {
        Ok((0..n).collect())
    } else {
        Err(format!("no list {n}"))
    }
}

#[tokio::test(start_paused = true)]
// BUG (reported): the expansion warns that the `mut` of `for mut x`, which
// the element needs, is unused.
#[allow(unused_mut)]
async fn patterns_and_mut_bindings() {
    let words = ["a", "bb", "ccc"];
    let tuples =
        acomp![format!("{i}{w}{}", fetch(i).await) for (i, w) in (0..).zip(words); concurrency = 3];
    assert_eq!(tuples, ["0a0", "1bb2", "2ccc4"]);
    let bare = acomp![i + fetch(j).await for i, j in [(1, 2), (3, 4)]; concurrency = 2];
    assert_eq!(bare, [5, 11]);
    let muts = acomp![{ x += fetch(x).await; x } for mut x in 1..4; concurrency = 3];
    assert_eq!(muts, [3, 6, 9]);
}

#[tokio::test(start_paused = true)]
// BUG (reported): the expansion warns that `row`, used only by the inner
// iterable, is unused.
#[allow(unused_variables)]
async fn bindings_before_the_last_for_reach_the_items() {
    let start = Instant::now();
    let v = acomp![
        (a, y, z, b, fetch(b + y).await)
        for a in 0..4
        let y = a * 10
        if (z := y + 1) > 10
        for b in 0..z % 3;
        concurrency = 10
    ];
    assert_eq!(
        v,
        [(1, 10, 11, 0, 20), (1, 10, 11, 1, 22), (3, 30, 31, 0, 60)]
    );
    assert_eq!(start.elapsed().as_millis(), 100);
    let shadowed = acomp![fetch(x).await for x in 0..3 for x in 0..x; concurrency = 2];
    assert_eq!(shadowed, [0, 0, 2]);
    let rows = vec![vec![1, 2], vec![3]];
    let borrowed = acomp![fetch(*x).await for row in &rows for x in row; concurrency = 3];
    assert_eq!(borrowed, [2, 4, 6]);
}

#[tokio::test(start_paused = true)]
async fn n_and_the_first_iterable_see_the_enclosing_scope() {
    let n = 2;
    let v = acomp![fetch(n as u64).await for n in 0..n; concurrency = n];
    assert_eq!(v, [0, 2]);
    let lazy = acomp!((fetch(n as u64).await for n in 0..n + 1); concurrency = n, unordered);
    assert_eq!(lazy.count().await, 3);
}

#[tokio::test(start_paused = true)]
async fn the_error_type_is_inferred_from_the_operands() {
    let r = acomp![try_list(i, true).await?.len() + try_list(i, i != 3).await?.len() for i in 0..5; concurrency = 5];
    assert_eq!(r, Err(String::from("no list 3")));
}

#[tokio::test(start_paused = true)]
async fn dict_key_before_value_in_each_item() {
    let log = Log::default();
    let d = acomp!({
        log.note(format!("k{k}"), fetch(k).await): log.note(format!("v{k}"), fetch(k + 1).await)
        for k in 0..3
    }; concurrency = 4);
    assert_eq!(d, HashMap::from([(0, 2), (2, 4), (4, 6)]));
    let entries = log.take();
    let at = |entry: String| entries.iter().position(|e| *e == entry).unwrap();
    for k in 0..3 {
        assert!(at(format!("k{k}")) < at(format!("v{k}")), "{entries:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn conditional_element_and_option_question_mark() {
    let v = acomp![fetch(i).await if i % 2 == 0 else 0 for i in 0..4; concurrency = 4];
    assert_eq!(v, [0, 0, 4, 0]);
    let some = acomp![(i < 9).then_some(fetch(i).await)? for i in 0..3; concurrency = 2];
    assert_eq!(some, Some(vec![0, 2, 4]));
    let none = acomp![(i != 1).then_some(fetch(i).await)? for i in 0..3; concurrency = 2];
    assert_eq!(none, None);
}

#[tokio::test(start_paused = true)]
// BUG (reported): the expansion warns that `a`, used only by the inner
// iterable, is unused.
#[allow(unused_variables)]
async fn question_mark_in_the_first_iterable() {
    let ok = acomp![fetch(i).await for i in try_list(3, true).await?; concurrency = 2];
    assert_eq!(ok, Ok(vec![0, 2, 4]));
    let err = acomp![fetch(i).await for i in try_list(3, false).await?; concurrency = 2];
    assert_eq!(err, Err(String::from("no list 3")));
    let nested =
        acomp![fetch(b).await for a in 1..4 for b in try_list(a, a < 3).await?; concurrency = 4];
    assert_eq!(nested, Err(String::from("no list 3")));
}

#[tokio::test(start_paused = true)]
async fn eager_forms_evaluate_the_first_iterable_once_first() {
    let log = Log::default();
    let v = acomp![log.note(format!("item {i}"), fetch(i).await) for i in log.note("first", 0..2); concurrency = 2];
    assert_eq!(v, [0, 2]);
    assert_eq!(log.take(), ["first", "item 0", "item 1"]);
}

#[tokio::test(start_paused = true)]
async fn lazy_forms_evaluate_a_plain_first_iterable_at_creation() {
    let log = Log::default();
    let s = acomp!((fetch(i).await for i in log.note("first", 0..3)); concurrency = 2);
    assert_eq!(log.take(), ["first"]);
    assert_eq!(s.collect::<Vec<_>>().await, doubled(3));
    let nested = acomp!((fetch(a + b).await for a in log.note("outer", 0..2) for b in log.note(format!("inner {a}"), 0..1)); concurrency = 2);
    assert_eq!(log.take(), ["outer"]);
    assert_eq!(nested.collect::<Vec<_>>().await, [0, 2]);
    assert_eq!(log.take(), ["inner 0", "inner 1"]);
}

#[tokio::test(start_paused = true)]
async fn lazy_forms_evaluate_an_awaiting_first_iterable_at_the_first_poll() {
    let log = Log::default();
    let s = acomp!((fetch(i).await for i in try_list(log.note("first", 2), true).await?); concurrency = 2);
    assert!(log.take().is_empty());
    let mut s = std::pin::pin!(s);
    assert_eq!(s.next().await, Some(Ok(0)));
    assert_eq!(log.take(), ["first"]);
    assert_eq!(s.next().await, Some(Ok(2)));
    assert_eq!(s.next().await, None);
}

#[tokio::test(start_paused = true)]
async fn lazy_forms_with_a_failing_first_iterable_yield_only_the_error() {
    let log = Log::default();
    let bad: Result<Vec<u64>, String> = Err(String::from("bad"));
    let s = acomp!((fetch(i).await for i in log.note("first", bad)?); concurrency = 2);
    assert_eq!(log.take(), ["first"]);
    assert_eq!(s.collect::<Vec<_>>().await, [Err(String::from("bad"))]);
    let awaiting = acomp!((fetch(i).await for i in try_list(1, false).await?); concurrency = 2);
    assert_eq!(
        awaiting.collect::<Vec<_>>().await,
        [Err(String::from("no list 1"))]
    );
}

/// An outer variable used by an inner iterable after a range's `..`
/// (`0..name.len()`) is seen as used there, so the items' shared copy does
/// not take it away from the iterable.
#[tokio::test]
async fn an_outer_variable_after_a_range_in_the_inner_iterable() {
    let names = vec![String::from("a"), String::from("bb")];
    let v = acomp![format!("{name}{i}") for name in names for i in 0..name.len(); concurrency = 2];
    assert_eq!(v, ["a0", "bb0", "bb1"]);
}

/// The reference's one shape that `concurrency` rejects (a last `for`
/// borrowing what an earlier clause owns) and its remedy: the last `for`
/// iterates an owned copy, and each item takes its part by value.
#[tokio::test(start_paused = true)]
async fn a_last_for_over_an_owned_copy_of_an_earlier_binding() {
    async fn body(url: &str) -> String {
        sleep(ms(5)).await;
        format!("{url}/ab/c")
    }
    async fn size(part: String) -> usize {
        sleep(ms(1)).await;
        part.len()
    }
    let urls = ["x", "yy"];
    let sizes = acomp![size(t).await for u in &urls let page = body(u).await
        for t in page.split('/').map(str::to_owned).collect::<Vec<_>>(); concurrency = 3];
    assert_eq!(sizes, [1, 2, 1, 2, 2, 1]);
}
