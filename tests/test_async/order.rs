//! Evaluation order, laziness and scope (docs/reference.md, "Evaluation order and
//! scope"), observed through a log of side effects.

use super::*;
use comprehensions::acomp;
use comprehensions::comp;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

/// Logs the start and the end of some work around a real suspension.
async fn work(log: &Log, x: i32) -> i32 {
    log.push(format!("start {x}"));
    yield_once().await;
    log.push(format!("end {x}"));
    x
}

/// Counts its drops.
struct DropGuard(Arc<AtomicUsize>);

impl Drop for DropGuard {
    fn drop(&mut self) {
        self.0.fetch_add(1, SeqCst);
    }
}

/// `0, 1, 2, ..` forever, owning a guard that counts when the stream is dropped.
fn guarded_naturals(drops: &Arc<AtomicUsize>) -> impl Stream<Item = i32> {
    let guard = DropGuard(Arc::clone(drops));
    stream::unfold((guard, 0), |(guard, i)| async move {
        yield_once().await;
        Some((i, (guard, i + 1)))
    })
}

on_both! {
    async fn the_first_iterable_runs_once_before_anything_else() {
        let log = Log::default();
        let v = acomp![
            log.note(format!("elem {x}"), x)
            async for x in log.note("first", numbers(vec![1, 2]))
            if log.note(format!("if {x}"), true)
        ];
        assert_eq!(v, [1, 2]);
        assert_eq!(log.take(), ["first", "if 1", "elem 1", "if 2", "elem 2"]);
    }

    async fn later_iterables_run_once_per_surviving_outer_item() {
        let log = Log::default();
        let v = acomp![
            log.note(format!("elem {a}{b}"), (a, b))
            for a in log.note("outer", 0..3)
            if log.anote(format!("if {a}"), a != 1).await
            async for b in log.note(format!("inner {a}"), numbers(vec![a, a + 5]))
        ];
        assert_eq!(v, [(0, 0), (0, 5), (2, 2), (2, 7)]);
        assert_eq!(
            log.take(),
            [
                "outer", "if 0", "inner 0", "elem 00", "elem 05", "if 1", "if 2", "inner 2",
                "elem 22", "elem 27"
            ]
        );
    }

    async fn clauses_run_left_to_right_and_short_circuit() {
        let log = Log::default();
        let v = acomp![
            y
            for x in 0..4
            if log.anote(format!("p {x}"), x > 0).await
            let y = log.note(format!("let {x}"), x * 10)
            if let Some(h) = log.anote(format!("q {x}"), half(x).await).await
            if log.note(format!("r {h}"), true)
        ];
        assert_eq!(v, [20]);
        assert_eq!(
            log.take(),
            ["p 0", "p 1", "let 1", "q 1", "p 2", "let 2", "q 2", "r 1", "p 3", "let 3", "q 3"]
        );
    }

    async fn dict_key_before_value() {
        let log = Log::default();
        let d = acomp!({
            log.anote(format!("k{x}"), x).await: log.anote(format!("v{x}"), x * 2).await
            for x in 0..2
        });
        assert_eq!(d, HashMap::from([(0, 0), (1, 2)]));
        assert_eq!(log.take(), ["k0", "v0", "k1", "v1"]);
    }

    async fn eager_forms_await_one_element_at_a_time_and_finish_before_returning() {
        let log = Log::default();
        let v = acomp![work(&log, x).await async for x in numbers(vec![1, 2, 3])];
        log.push("after");
        assert_eq!(v, [1, 2, 3]);
        assert_eq!(
            log.take(),
            ["start 1", "end 1", "start 2", "end 2", "start 3", "end 3", "after"]
        );
    }

    async fn lazy_does_only_the_first_iterable_until_polled() {
        let log = Log::default();
        let s = acomp!((
            work(&log, x).await
            async for x in log.note("first", numbers(vec![1, 2]))
        ));
        assert_eq!(log.take(), ["first"]);
        let mut s = std::pin::pin!(s);
        assert_eq!(s.next().await, Some(1));
        assert_eq!(log.take(), ["start 1", "end 1"]);
        assert_eq!(s.next().await, Some(2));
        assert_eq!(s.next().await, None);
        assert_eq!(log.take(), ["start 2", "end 2"]);
    }

    async fn lazy_with_a_plain_first_iterable_evaluates_it_at_creation() {
        let log = Log::default();
        let s = acomp!((x + y for x in log.note("first", vec![1, 2]) for y in log.note(format!("inner {x}"), [10])));
        assert_eq!(log.take(), ["first"]);
        assert_eq!(s.collect::<Vec<_>>().await, [11, 12]);
        assert_eq!(log.take(), ["inner 1", "inner 2"]);
    }

    async fn lazy_with_an_awaiting_first_iterable_evaluates_it_at_the_first_poll() {
        let log = Log::default();
        let s = acomp!((x * 2 for x in await get_vec(&log.note("first", [1, 2]))));
        assert!(log.take().is_empty());
        let mut s = std::pin::pin!(s);
        assert_eq!(s.next().await, Some(2));
        assert_eq!(log.take(), ["first"]);
        assert_eq!(s.next().await, Some(4));
        assert_eq!(s.next().await, None);
        assert!(log.take().is_empty());

        let t = acomp!((x async for x in make_stream(log.note("first stream", vec![7])).await));
        assert!(log.take().is_empty());
        assert_eq!(t.collect::<Vec<_>>().await, [7]);
        assert_eq!(log.take(), ["first stream"]);
    }

    async fn lazy_is_pulled_one_element_at_a_time() {
        let log = Log::default();
        let s = acomp!((log.note(format!("make {x}"), x) async for x in numbers(vec![1, 2, 3])));
        let mut s = std::pin::pin!(s);
        while let Some(x) = s.next().await {
            log.push(format!("got {x}"));
        }
        assert_eq!(log.take(), ["make 1", "got 1", "make 2", "got 2", "make 3", "got 3"]);
    }

    async fn dropping_a_lazy_form_stops_it_and_drops_its_source() {
        let log = Log::default();
        let drops = Arc::new(AtomicUsize::new(0));
        let s = acomp!((work(&log, x).await async for x in guarded_naturals(&drops)));
        let firsts: Vec<i32> = s.take(2).collect().await;
        assert_eq!(firsts, [0, 1]);
        assert_eq!(drops.load(SeqCst), 1);
        assert_eq!(log.take(), ["start 0", "end 0", "start 1", "end 1"]);

        let endless = acomp!((work(&log, x).await for x in 0..));
        let mut endless = Box::pin(endless);
        assert_eq!(endless.next().await, Some(0));
        drop(endless);
        assert_eq!(log.take(), ["start 0", "end 0"]);
    }

    async fn bindings_do_not_leak() {
        let (x, y, h, z) = ("x", "y", "h", "z");
        let v = acomp![
            (x, y, h, z)
            async for x in numbers((0..5).collect())
            let y = x * 10
            if let Some(h) = half(x).await
            if (z := y + h) > 0
        ];
        assert_eq!(v, [(2, 20, 1, 21), (4, 40, 2, 42)]);
        assert_eq!((x, y, h, z), ("x", "y", "h", "z"));
        let total = 0;
        let running = acomp![(total := total + v) for v in [1, 2, 3]];
        assert_eq!(running, [1, 2, 3]);
        assert_eq!(total, 0);
    }

    async fn the_first_iterable_sees_the_enclosing_scope() {
        // CPython evaluates the first iterable outside the comprehension's scope.
        let x = 3;
        assert_eq!(acomp![x * 10 async for x in numbers((0..x).collect())], [0, 10, 20]);
        let lazy = acomp!((x * 10 for x in 0..x));
        assert_eq!(lazy.collect::<Vec<_>>().await, [0, 10, 20]);
        assert_eq!(x, 3);
    }

    async fn an_awaiting_first_iterable_keeps_its_temporaries_to_the_end_of_the_statement() {
        // Reference section 4, rule 1: an eager result borrowing them is usable
        // within the statement, also when the first iterable awaits.
        let lines = ["ab cde", "fghi j"];
        let n = acomp![w for w in get_text(&lines).await.split(' ') if w.len() > 2].len();
        assert_eq!(n, 2);
        let firsts = acomp![w.len() for w in get_text(&lines).await.trim().split(' ')];
        assert_eq!(firsts, [2, 3, 4, 1]);
    }

    async fn a_nested_eager_acomp_as_comp_first_iterable_runs_in_the_caller() {
        // Python: [x + 1 for x in [await double(v) for v in vs] if x > 2], in an
        // async function: the first iterable is evaluated outside the block.
        let log = Log::default();
        let vs = [1, 2, 3];
        let got = comp![
            log.note(format!("elem {x}"), x + 1)
            for x in acomp![log.note(format!("inner {v}"), double(*v).await) for v in &vs]
            if x > 2
        ];
        assert_eq!(got, [5, 7]);
        assert_eq!(log.take(), ["inner 1", "inner 2", "inner 3", "elem 4", "elem 6"]);
        let set = comp!({x for x in acomp![double(*v).await for v in &vs] for _ in 0..2});
        assert_eq!(set, HashSet::from([2, 4, 6]));
    }

    async fn the_environment_is_borrowed() {
        let names = [String::from("a"), String::from("b")];
        let mut seen = Vec::new();
        let v = acomp![
            { seen.push(i); format!("{}{}", names[i as usize], double(i).await) }
            async for i in numbers(vec![0, 1])
        ];
        assert_eq!(v, ["a0", "b2"]);
        assert_eq!(seen, [0, 1]);
        assert_eq!(names.len(), 2);
    }
}
