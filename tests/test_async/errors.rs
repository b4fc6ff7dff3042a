//! `?` in async comprehensions (docs/reference.md, "Errors as values"): all-or-nothing
//! eager forms, lazy forms yielding `Result` items up to the first failure.

use super::*;
use comprehensions::{acomp, comp};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

#[derive(Debug, Clone, PartialEq, Eq)]
struct Bad(i32);

/// `Err(Bad(x))` for negative `x`, after a real suspension.
async fn check(x: i32) -> Result<i32, Bad> {
    yield_once().await;
    if x < 0 {
        return Err(Bad(x));
    }
    Ok(x)
}

fn check_now(x: i32) -> Result<i32, Bad> {
    if x < 0 {
        return Err(Bad(x));
    }
    Ok(x)
}

/// Another fallible function with the same error type.
async fn tenfold(x: i32) -> Result<i32, Bad> {
    yield_once().await;
    x.checked_mul(10).ok_or(Bad(x))
}

async fn try_vec(xs: Vec<i32>, ok: bool) -> Result<Vec<i32>, Bad> {
    yield_once().await;
    if ok {
        Ok(xs)
    } else {
        Err(Bad(0))
    }
}

/// Counts how many were made and how many dropped.
struct Tracked<'a>(i32, &'a AtomicUsize);

impl Drop for Tracked<'_> {
    fn drop(&mut self) {
        self.1.fetch_add(1, SeqCst);
    }
}

on_both! {
    async fn list_is_ok_or_the_first_error() {
        let ok: Result<Vec<i32>, Bad> = acomp![check(x).await? for x in [1, 2, 3]];
        assert_eq!(ok, Ok(vec![1, 2, 3]));
        let err = acomp![await check(x)? async for x in numbers(vec![1, -2, 3, -4])];
        assert_eq!(err, Err(Bad(-2)));
    }

    async fn the_first_error_stops_the_work() {
        let log = Log::default();
        let r = acomp![log.anote(format!("elem {x}"), check(x).await?).await for x in [1, -2, 3]];
        assert_eq!(r, Err(Bad(-2)));
        assert_eq!(log.take(), ["elem 1"]);
    }

    async fn the_partial_result_is_dropped() {
        let drops = AtomicUsize::new(0);
        let r = acomp![Tracked(check(x).await?, &drops) for x in [1, 2, -3, 4]];
        assert!(matches!(r, Err(Bad(-3))));
        assert_eq!(drops.load(SeqCst), 2);
        let ok = acomp![Tracked(check(x).await?, &drops) for x in [5, 6]].unwrap();
        assert_eq!(acomp![t.0 for t in &ok], [5, 6]);
    }

    async fn question_mark_on_option_gives_an_option() {
        let some: Option<Vec<i32>> = acomp![half(x).await? for x in [2, 4]];
        assert_eq!(some, Some(vec![1, 2]));
        assert_eq!(acomp![await half(x)? for x in [2, 3, 4]], None);
    }

    async fn set_and_dict_with_question_mark() {
        let s: Result<HashSet<i32>, Bad> = acomp!({check(x).await? % 2 for x in 0..5});
        assert_eq!(s, Ok(HashSet::from([0, 1])));
        let d: Result<HashMap<i32, i32>, Bad> = acomp!({x: check(x - 1).await? for x in 0..3});
        assert_eq!(d, Err(Bad(-1)));
        let d = acomp!({x: await tenfold(x)? async for x in numbers(vec![1, 2])});
        assert_eq!(d, Ok(HashMap::from([(1, 10), (2, 20)])));
    }

    async fn question_mark_in_every_clause() {
        let conds = acomp![x for x in [1, 2, 3, -4] if check(x).await? > 1];
        assert_eq!(conds, Err(Bad(-4)));
        let lets = acomp![y for x in [1, 2] let y = check(x).await?];
        assert_eq!(lets, Ok(vec![1, 2]));
        let if_lets = acomp![h for x in [2, 3, -4] if let Some(h) = half(check(x).await?).await];
        assert_eq!(if_lets, Err(Bad(-4)));
        let walrus = acomp![y for x in [2, -3] if (y := check(x).await?) > 0];
        assert_eq!(walrus, Err(Bad(-3)));
        let first = acomp![x for x in try_vec(vec![1], false).await?];
        assert_eq!(first, Err(Bad(0)));
        let inner = acomp![(a, b) for a in 0..2 for b in try_vec(vec![a], a == 0).await?];
        assert_eq!(inner, Err(Bad(0)));
        let items = acomp![r? async for r in stream::iter(vec![Ok(1), Err(Bad(9)), Ok(2)])];
        assert_eq!(items, Err(Bad(9)));
    }

    async fn the_error_type_is_inferred_from_the_operands() {
        let r = acomp![check(x).await? + tenfold(x).await? for x in [1, 2]];
        assert_eq!(r, Ok(vec![11, 22]));
    }

    async fn question_marks_in_closures_blocks_and_inner_comprehensions_are_their_own() {
        let closures = acomp![
            (|| -> Result<i32, Bad> { Ok(check_now(x)? + 1) })()
            for x in [1, -2]
        ];
        assert_eq!(closures, [Ok(2), Err(Bad(-2))]);
        let blocks = acomp![async { Ok::<_, Bad>(check(x).await? * 2) }.await for x in [1, -2]];
        assert_eq!(blocks, [Ok(2), Err(Bad(-2))]);
        let inner = acomp![comp![s.parse::<i32>()? for s in row] for row in [vec!["1"], vec!["x"]]];
        assert_eq!(inner[0], Ok(vec![1]));
        assert!(inner[1].is_err());
        let inner_async = acomp![acomp![check(x).await? for x in row] for row in [vec![1], vec![-1]]];
        assert_eq!(inner_async, [Ok(vec![1]), Err(Bad(-1))]);
    }

    async fn lazy_yields_results_and_ends_after_the_first_error() {
        let log = Log::default();
        let s = acomp!((log.note(format!("elem {x}"), check(x).await?) async for x in numbers(vec![1, -2, 3])));
        let mut s = std::pin::pin!(s);
        assert_eq!(s.next().await, Some(Ok(1)));
        assert_eq!(s.next().await, Some(Err(Bad(-2))));
        assert_eq!(s.next().await, None);
        assert_eq!(s.next().await, None);
        assert_eq!(log.take(), ["elem 1"]);
    }

    async fn lazy_with_question_mark_on_option_yields_options() {
        let s = acomp!((half(x).await? for x in [2, 4, 5, 6]));
        assert_eq!(s.collect::<Vec<_>>().await, [Some(1), Some(2), None]);
    }

    async fn lazy_first_iterable_failing_at_creation_is_the_only_item() {
        let log = Log::default();
        let bad: Result<Vec<i32>, Bad> = Err(Bad(7));
        let s = acomp!((x * 2 for x in log.note("first", bad.clone())?));
        assert_eq!(log.take(), ["first"]);
        assert_eq!(s.collect::<Vec<_>>().await, [Err(Bad(7))]);
        let ok: Result<Vec<i32>, Bad> = Ok(vec![1, 2]);
        let s = acomp!((x * 2 for x in ok.clone()?));
        assert_eq!(s.collect::<Vec<_>>().await, [Ok(2), Ok(4)]);
    }

    async fn lazy_awaiting_first_iterable_failing_at_the_first_poll_is_the_only_item() {
        let log = Log::default();
        let s = acomp!((x async for x in numbers(try_vec(log.note("first", vec![1]), false).await?)));
        assert!(log.take().is_empty());
        assert_eq!(s.collect::<Vec<_>>().await, [Err(Bad(0))]);
        assert_eq!(log.take(), ["first"]);
    }

    async fn lazy_inner_iterable_failure_ends_it() {
        let s = acomp!((a * 10 + b for a in 0..3 for b in try_vec(vec![a], a != 1).await?));
        assert_eq!(s.collect::<Vec<_>>().await, [Ok(0), Err(Bad(0))]);
    }
}

// The type an eager `acomp!` with `?` is expected to have fixes its error type
// before its `?`s are checked (docs/reference.md, "The expected type decides
// first"); valid code runs as without it, sequential or under `concurrency`.
async fn expected_sequential(xs: Vec<i32>) -> Result<Vec<i32>, Bad> {
    acomp![check(x).await? for x in xs]
}

async fn expected_concurrent(xs: Vec<i32>) -> Result<HashSet<i32>, Bad> {
    acomp!({check(x).await? + 1 for x in xs; concurrency = 2})
}

async fn expected_option(xs: Vec<i32>) -> Option<HashMap<i32, i32>> {
    acomp!({x: check(x).await.ok()? async for x in stream::iter(xs)})
}

on_both! {
    async fn an_expected_type_compiles_as_before_sequential_and_concurrent() {
        assert_eq!(expected_sequential(vec![1, 2]).await, Ok(vec![1, 2]));
        assert_eq!(expected_sequential(vec![1, -2, -3]).await, Err(Bad(-2)));
        assert_eq!(expected_concurrent(vec![1, 1, 2]).await, Ok(HashSet::from([2, 3])));
        assert_eq!(expected_concurrent(vec![1, -5]).await, Err(Bad(-5)));
        assert_eq!(expected_option(vec![3]).await, Some(HashMap::from([(3, 3)])));
        assert_eq!(expected_option(vec![3, -1]).await, None);
    }
}

// A `parse()` whose target type the expected collection gives, after an
// awaited `?` (once "type annotations needed"), sequential and concurrent.
async fn lengths(xs: Vec<i32>) -> Result<Vec<u64>, Bad> {
    acomp![check(x).await?.to_string().parse().map_err(|_| Bad(x))? for x in xs]
}

async fn lengths_concurrent(xs: Vec<i32>) -> Result<Vec<u64>, Bad> {
    acomp![check(x).await?.to_string().parse().map_err(|_| Bad(x))? for x in xs; concurrency = 2]
}

on_both! {
    async fn a_parse_target_given_by_the_expected_type() {
        assert_eq!(lengths(vec![12, 3]).await, Ok(vec![12, 3]));
        assert_eq!(lengths(vec![1, -3]).await, Err(Bad(-3)));
        assert_eq!(lengths_concurrent(vec![7, 8]).await, Ok(vec![7, 8]));
    }
}
