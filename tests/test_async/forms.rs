//! Each form's value and type, `async for` over streams, and `.await` /
//! prefix `await` in every position.

use super::*;
use comprehensions::acomp;
use std::collections::{HashMap, HashSet};

on_both! {
    async fn list_is_a_vec_in_source_order() {
        let v: Vec<i32> = acomp![double(x).await for x in vec![3, 1, 2]];
        assert_eq!(v, [6, 2, 4]);
    }

    async fn bare_is_a_vec() {
        let v: Vec<i32> = acomp!(double(x).await for x in 1..4);
        assert_eq!(v, [2, 4, 6]);
        let w: Vec<i32> = acomp! { x async for x in numbers(vec![5, 6]) };
        assert_eq!(w, [5, 6]);
    }

    async fn the_lazy_form_is_consumed_with_the_reexported_stream_ext() {
        // `comprehensions::StreamExt` is futures' own `StreamExt`.
        let s = acomp!((double(x).await for x in 1..4));
        let v: Vec<i32> = comprehensions::StreamExt::collect(s).await;
        assert_eq!(v, [2, 4, 6]);
    }

    async fn set_is_a_hash_set() {
        let s: HashSet<i32> = acomp!({double(x % 3).await for x in 0..10});
        assert_eq!(s, HashSet::from([0, 2, 4]));
    }

    async fn dict_is_a_hash_map_and_the_last_duplicate_wins() {
        let d: HashMap<i32, i32> = acomp!({x % 3: double(x).await async for x in numbers((0..7).collect())});
        assert_eq!(d, HashMap::from([(0, 12), (1, 8), (2, 10)]));
    }

    async fn lazy_is_a_stream() {
        let s = acomp!((double(x).await async for x in numbers(vec![1, 2, 3])));
        let v: Vec<i32> = s.collect().await;
        assert_eq!(v, [2, 4, 6]);
    }

    async fn conditional_element() {
        let v = acomp![await double(x) if is_even(x).await else -x for x in 0..5];
        assert_eq!(v, [0, -1, 4, -3, 8]);
    }

    async fn empty_sources_give_empty_collections() {
        let v = acomp![x async for x in numbers(vec![])];
        assert!(v.is_empty());
        let d: HashMap<i32, i32> = acomp!({x: x for x in Vec::<i32>::new()});
        assert!(d.is_empty());
        let l: Vec<i32> = acomp!((x async for x in numbers(vec![]))).collect().await;
        assert!(l.is_empty());
    }

    async fn async_for_takes_a_stream_by_value() {
        // `numbers` is not `Unpin`: the comprehension pins it.
        let v = acomp![x * 10 async for x in numbers(vec![1, 2, 3]) if x != 2];
        assert_eq!(v, [10, 30]);
    }

    async fn async_for_over_mut_ref_leaves_the_stream_usable() {
        let mut s = stream::iter(vec![1, 2, 3]);
        let v = acomp![x async for x in &mut s];
        assert_eq!(v, [1, 2, 3]);
        assert_eq!(s.next().await, None);
        // A pinned, boxed stream is `Unpin` too.
        let mut boxed = Box::pin(numbers(vec![4, 5]));
        assert_eq!(acomp![x + 1 async for x in &mut boxed], [5, 6]);
        assert_eq!(boxed.next().await, None);
    }

    async fn a_lazy_form_over_mut_ref_leaves_the_rest() {
        let mut s = stream::iter(1..=6);
        let firsts: Vec<i32> = acomp!((x * 10 async for x in &mut s)).take(2).collect().await;
        assert_eq!(firsts, [10, 20]);
        let rest: Vec<i32> = s.collect().await;
        assert_eq!(rest, [3, 4, 5, 6]);
    }

    async fn a_failing_comprehension_over_mut_ref_leaves_the_rest() {
        let mut s = stream::iter(vec!["1", "2", "x", "4", "5"]);
        let r = acomp![s.parse::<i32>()? async for s in &mut s];
        assert!(r.is_err());
        let rest: Vec<&str> = s.collect().await;
        assert_eq!(rest, ["4", "5"]);
    }

    async fn async_for_with_a_bare_tuple_pattern() {
        let pairs = stream::iter(vec![("a", 1), ("b", 2)]);
        let v = acomp![format!("{k}={}", double(v).await) async for k, v in pairs];
        assert_eq!(v, ["a=2", "b=4"]);
    }

    async fn for_and_async_for_mix_at_depth_three() {
        let v = acomp![
            (a, b, c)
            for a in 0..2
            async for b in numbers(vec![10, 20])
            for c in ['x', 'y']
            if a != 1 || c == 'y'
        ];
        assert_eq!(
            v,
            [(0, 10, 'x'), (0, 10, 'y'), (0, 20, 'x'), (0, 20, 'y'), (1, 10, 'y'), (1, 20, 'y')]
        );
        let w = acomp![
            a + b + c
            async for a in numbers(vec![100, 200])
            for b in [10, 20]
            async for c in numbers(vec![1, a / 100])
        ];
        assert_eq!(w, [111, 111, 121, 121, 211, 212, 221, 222]);
    }

    async fn flattens_a_stream_of_streams() {
        let streams = stream::iter(vec![numbers(vec![1, 2]), numbers(vec![]), numbers(vec![3])]);
        let flat = acomp![item async for sub in streams async for item in sub];
        assert_eq!(flat, [1, 2, 3]);
        let lazy = acomp!((item async for sub in stream::iter(vec![vec![4], vec![5, 6]]) for item in sub));
        assert_eq!(lazy.collect::<Vec<_>>().await, [4, 5, 6]);
    }

    async fn await_in_the_element_both_spellings() {
        assert_eq!(acomp![double(x).await for x in 0..3], [0, 2, 4]);
        assert_eq!(acomp![await double(x) for x in 0..3], [0, 2, 4]);
        assert_eq!(acomp![(await double(x), x) for x in 0..2], [(0, 0), (2, 1)]);
        assert_eq!(acomp![i32::max(await double(x), 3) for x in 0..3], [3, 3, 4]);
    }

    async fn await_in_conditions() {
        assert_eq!(acomp![x for x in 0..6 if is_even(x).await], [0, 2, 4]);
        assert_eq!(acomp![x for x in 0..6 if await is_even(x)], [0, 2, 4]);
        assert_eq!(acomp![x for x in 0..6 if await double(x) > 6], [4, 5]);
        // Inside std's `matches!`, as in `format!`.
        assert_eq!(acomp![x for x in 0..6 if matches!(await double(x), 2 | 6)], [1, 3]);
        assert_eq!(acomp![x async for x in numbers(vec![1, 2, 3]) if !is_even(x).await], [1, 3]);
    }

    async fn await_in_let_and_if_let_clauses() {
        assert_eq!(acomp![y + 1 for x in 0..3 let y = double(x).await], [1, 3, 5]);
        assert_eq!(acomp![y for x in 0..3 let y = await double(x)], [0, 2, 4]);
        assert_eq!(acomp![h for x in 0..6 if let Some(h) = half(x).await], [0, 1, 2]);
        assert_eq!(acomp![h for x in 0..6 if let Some(h) = await half(x)], [0, 1, 2]);
    }

    async fn await_in_a_walrus() {
        assert_eq!(acomp![y for x in 0..5 if (y := double(x).await) > 4], [6, 8]);
        assert_eq!(acomp![(x, y) for x in 0..3 if (y := await double(x)) != 2], [(0, 0), (2, 4)]);
        assert_eq!(acomp![(y := await double(x)) for x in 1..3], [2, 4]);
    }

    async fn await_in_iterables() {
        let xs = [1, 2, 3];
        assert_eq!(acomp![x for x in get_vec(&xs).await], [1, 2, 3]);
        assert_eq!(acomp![x for x in await get_vec(&xs)], [1, 2, 3]);
        assert_eq!(acomp![x async for x in make_stream(vec![4, 5]).await], [4, 5]);
        assert_eq!(acomp![x async for x in await make_stream(vec![4, 5])], [4, 5]);
        let inner = acomp![(a, b) for a in 1..3 for b in await get_vec(&xs[..a as usize])];
        assert_eq!(inner, [(1, 1), (2, 1), (2, 2)]);
        let streams = acomp![(a, b) for a in 1..3 async for b in await make_stream(vec![a; 2])];
        assert_eq!(streams, [(1, 1), (1, 1), (2, 2), (2, 2)]);
    }

    async fn prefix_await_binds_tighter_than_binary_operators() {
        assert_eq!(acomp![await double(x) + 1 for x in 0..3], [1, 3, 5]);
        assert_eq!(acomp![1 + await double(x) * 10 for x in 0..3], [1, 21, 41]);
        assert_eq!(acomp![await double(x) * await double(x) for x in 1..3], [4, 16]);
        assert_eq!(acomp![await double(x) == 2 for x in 0..3], [false, true, false]);
        assert_eq!(acomp![await double(x) as i64 for x in 0..2], [0_i64, 2]);
        assert_eq!(acomp![-await double(x) for x in 0..3], [0, -2, -4]);
        assert_eq!(acomp![x for x in 0..4 if !await is_even(x)], [1, 3]);
    }

    async fn prefix_await_takes_the_whole_chain_then_question_mark() {
        let api = Api { base: 100 };
        let r: Result<Vec<i32>, ApiError> = acomp![await api.get(x)? for x in 0..3];
        assert_eq!(r, Ok(vec![100, 101, 102]));
        assert_eq!(acomp![await api.get(x)? for x in [1, -2, 3]], Err(ApiError(-2)));
        // Methods, fields and indexing before the await are all part of it.
        assert_eq!(acomp![await api.scaled(2).get(x)? + 1 for x in 0..2], Ok(vec![201, 202]));
        let apis = [Api { base: 10 }, Api { base: 20 }];
        assert_eq!(acomp![await apis[i].get(1)? for i in 0..2], Ok(vec![11, 21]));
        assert_eq!(acomp![await pair(x).0 + pair(x).1 for x in 1..3], [3, 6]);
    }

    async fn prefix_await_twice() {
        assert_eq!(acomp![await await nested(x) for x in 1..4], [2, 4, 6]);
        assert_eq!(acomp![nested(x).await.await for x in 1..4], [2, 4, 6]);
    }

    async fn leading_move() {
        let base = String::from("x");
        let v = acomp!(move [format!("{base}{x}") async for x in numbers(vec![1, 2])]);
        assert_eq!(v, ["x1", "x2"]);
        let name = String::from("n");
        let s = acomp!(move (format!("{name}{}", double(x).await) for x in 0..2));
        assert_eq!(s.collect::<Vec<_>>().await, ["n0", "n2"]);
    }
}

/// The lazy form is created outside any async context and returned.
fn evens_doubled(xs: Vec<i32>) -> impl Stream<Item = i32> {
    acomp!(move (double(x).await async for x in numbers(xs) if x % 2 == 0))
}

on_both! {
    async fn lazy_form_can_be_made_in_a_sync_fn_and_returned() {
        let s = evens_doubled(vec![1, 2, 3, 4]);
        assert_eq!(s.collect::<Vec<_>>().await, [4, 8]);
    }
}

// A lazy `acomp!` takes the type its use expects through the runtime's
// `StreamAs` (a mismatch is that bound's error,
// `tests/ui/lazy_acomp_as_pinned_box_or_vec.rs`): pinned and boxed as a
// trait object, or returned as `impl Stream`, it is the stream itself.
fn doubled_boxed(xs: Vec<i32>) -> Pin<Box<dyn Stream<Item = i32>>> {
    Box::pin(acomp!(move (double(x).await for x in xs)))
}

fn doubled_stream(xs: &[i32]) -> impl Stream<Item = i32> + '_ {
    acomp!((double(*x).await for x in xs))
}

on_both! {
    async fn lazy_stream_in_the_types_a_use_expects() {
        let boxed: Vec<i32> = doubled_boxed(vec![1, 2]).collect().await;
        assert_eq!(boxed, [2, 4]);
        let plain: Vec<i32> = doubled_stream(&[3]).collect().await;
        assert_eq!(plain, [6]);
    }
}
