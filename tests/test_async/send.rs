//! Every form is `Send` (and with `move`, `'static`) when what it captures,
//! iterates and awaits is; so is `comp!`'s lazy iterator (docs/reference.md, "Async").

use super::*;
use comprehensions::{acomp, comp};
use futures::executor::block_on;

fn assert_send<T: Send>(_: &T) {}

fn assert_static<T: 'static>(_: &T) {}

#[test]
fn eager_forms_inside_an_async_block_are_send() {
    let names = vec![String::from("a"), String::from("b")];
    let mut source = stream::iter(vec![1, 2]);
    let all = async {
        let list =
            acomp![format!("{}{}", names[0], double(x).await) async for x in numbers(vec![1])];
        let bare = acomp!(await double(x) for x in 0..2);
        let set = acomp!({double(x).await for x in 0..3});
        let dict = acomp!({n.clone(): await double(1) for n in &names});
        let fallible = acomp![x.parse::<i32>()? + double(1).await for x in ["1", "2"]];
        let by_ref = acomp![x async for x in &mut source];
        let concurrent = acomp![double(x).await for x in 0..3; concurrency = 2];
        let walrus = acomp![y for x in 0..4 if (y := double(x).await) > 2];
        (list, bare, set, dict, fallible, by_ref, concurrent, walrus)
    };
    assert_send(&all);
    let (list, bare, set, dict, fallible, by_ref, concurrent, walrus) = block_on(all);
    assert_eq!(list, ["a2"]);
    assert_eq!(bare, [0, 2]);
    assert_eq!(set.len(), 3);
    assert_eq!(dict.len(), 2);
    assert_eq!(fallible, Ok(vec![3, 4]));
    assert_eq!(by_ref, [1, 2]);
    assert_eq!(concurrent, [0, 2, 4]);
    assert_eq!(walrus, [4, 6]);
}

#[test]
fn lazy_forms_are_send() {
    let names = vec![String::from("a"), String::from("b")];
    let plain = acomp!((format!("{n}{}", double(1).await) for n in &names));
    assert_send(&plain);
    let streamed = acomp!((x async for x in numbers(vec![1, 2]) if is_even(x).await));
    assert_send(&streamed);
    let awaiting_first = acomp!((x for x in await get_vec(&[1, 2])));
    assert_send(&awaiting_first);
    let fallible = acomp!((s.parse::<i32>()? for s in ["1", "x"]));
    assert_send(&fallible);
    let concurrent = acomp!((double(x).await for x in 0..3); concurrency = 2, unordered);
    assert_send(&concurrent);
    let nested = acomp!((a + b for a in 0..2 async for b in numbers(vec![a]) if (c := double(b).await) >= 0 let _d = c); concurrency = 2);
    assert_send(&nested);
    assert_eq!(block_on(plain.collect::<Vec<_>>()), ["a2", "b2"]);
    assert_eq!(block_on(streamed.collect::<Vec<_>>()), [2]);
    assert_eq!(block_on(awaiting_first.collect::<Vec<_>>()), [1, 2]);
    assert_eq!(block_on(fallible.collect::<Vec<_>>()).len(), 2);
    assert_eq!(block_on(concurrent.collect::<Vec<_>>()).len(), 3);
    assert_eq!(block_on(nested.collect::<Vec<_>>()), [0, 2]);
}

/// A lazy `move` form owning its inputs, made in a sync fn.
fn labelled(labels: Vec<String>) -> impl Stream<Item = String> + Send + 'static {
    acomp!(move (format!("{l}{}", double(i).await) for (i, l) in (0..).zip(labels)))
}

#[test]
fn lazy_move_forms_are_static_and_move_to_a_thread() {
    let s = labelled(vec![String::from("a"), String::from("b")]);
    assert_static(&s);
    let handle = std::thread::spawn(move || block_on(s.collect::<Vec<_>>()));
    assert_eq!(handle.join().unwrap(), ["a0", "b2"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lazy_move_forms_spawn_on_a_multi_thread_runtime() {
    let labels = vec![String::from("x"), String::from("y"), String::from("z")];
    let letters: &'static [&str] = &["x", "y", "z"];
    let concurrent = acomp!(move (format!("{}{i}", letters[i]) for i in 0..3 if { tokio::task::yield_now().await; true }); concurrency = 2);
    let tasks = [
        tokio::spawn(labelled(labels.clone()).collect::<Vec<_>>()),
        tokio::spawn(concurrent.collect::<Vec<_>>()),
    ];
    let [a, b] = tasks;
    assert_eq!(a.await.unwrap(), ["x0", "y2", "z4"]);
    assert_eq!(b.await.unwrap(), ["x0", "y1", "z2"]);
    let fallible = acomp!(move (check_len(&l).await? async for l in stream::iter(labels)));
    assert_eq!(
        tokio::spawn(fallible.collect::<Vec<_>>()).await.unwrap(),
        [Ok(1), Ok(1), Ok(1)]
    );
}

async fn check_len(s: &str) -> Result<usize, String> {
    tokio::task::yield_now().await;
    if s.is_empty() {
        return Err(String::from("empty"));
    }
    Ok(s.len())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eager_forms_spawn_on_a_multi_thread_runtime() {
    let words = vec![String::from("ab"), String::from("c")];
    let task = tokio::spawn(async move {
        let lens = acomp![check_len(w).await? for w in &words];
        let both =
            acomp![(w.clone(), check_len(w).await.unwrap()) for w in &words; concurrency = 2];
        lens.map(|lens| (lens, both))
    });
    let (lens, both) = task.await.unwrap().unwrap();
    assert_eq!(lens, [2, 1]);
    assert_eq!(both, [(String::from("ab"), 2), (String::from("c"), 1)]);
}

#[test]
fn comp_lazy_iterator_is_send_and_moves_to_a_thread() {
    let words = vec![String::from("a"), String::from("bb")];
    let k = 2;
    let it = comp!(move (format!("{w}{i}") for w in words for i in 0..k if w.len() + i > 1));
    assert_send(&it);
    assert_static(&it);
    let handle = std::thread::spawn(move || it.collect::<Vec<_>>());
    assert_eq!(handle.join().unwrap(), ["a1", "bb0", "bb1"]);
    let nums = vec!["1", "x"];
    let parsed = comp!(move (s.parse::<i32>()? for s in nums));
    let handle = std::thread::spawn(move || parsed.collect::<Vec<_>>());
    let out = handle.join().unwrap();
    assert_eq!(out[0], Ok(1));
    assert!(out[1].is_err());
}

#[test]
fn a_stream_drained_into_its_loop_is_send_and_so_is_move_with_a_cell() {
    // No `.await` after the `async for`: the items are drained into a closure.
    let limit = 1;
    let drained = async { acomp![x * 3 async for x in numbers(vec![1, 2, 3]) if x > limit] };
    assert_send(&drained);
    assert_eq!(block_on(drained), [6, 9]);
    // With `move`, the block owns the `Cell` (`Send`, not `Sync`), and no
    // borrow of it may live across an `.await`.
    let offset = std::cell::Cell::new(10);
    let moved =
        async move { acomp![move x + offset.get() async for x in numbers(vec![1, 2]) if x > 0] };
    assert_send(&moved);
    assert_eq!(block_on(moved), [11, 12]);
}

#[test]
fn sync_comprehensions_in_a_statement_that_awaits_keep_the_future_send() {
    // The closure a `comp!` hands its runtime (`&mut dyn FnMut`, not `Send`)
    // must not live to the end of the caller's statement: here the statement
    // goes on to await, and the future has to stay `Send`.
    let xs = vec![1, 2, 3];
    let words = vec!["a", "bb"];
    let all = async {
        let pair = (comp![x * 2 for x in &xs], double(1).await);
        let filtered = (comp![x for x in &xs if x % 2 == 1], double(2).await);
        let set = (comp!({w.len() for w in &words}), double(3).await);
        let dict = (comp!({w: w.len() for w in &words}), double(4).await);
        let nested = (comp![[y * x for y in 0..2] for x in &xs], double(5).await);
        let fallible = (
            comp![w.parse::<i32>()? for w in ["1", "2"]],
            double(6).await,
        );
        // A `Cell` is `Send` but not `Sync`: a closure borrowing it is not
        // `Send`, and must be gone before the await.
        let cell = std::cell::Cell::new(10);
        let with_cell = (comp![x + cell.get() for x in &xs], double(7).await);
        let cell_set = (
            comp!({x * cell.get() for x in &xs if *x > 1}),
            double(8).await,
        );
        (
            pair, filtered, set, dict, nested, fallible, with_cell, cell_set,
        )
    };
    assert_send(&all);
    let (pair, filtered, set, dict, nested, fallible, with_cell, cell_set) = block_on(all);
    assert_eq!(pair, (vec![2, 4, 6], 2));
    assert_eq!(filtered, (vec![&1, &3], 4));
    assert_eq!(set.0.len(), 2);
    assert_eq!(dict.0[&"bb"], 2);
    assert_eq!(nested.0, [[0, 1], [0, 2], [0, 3]]);
    assert_eq!(fallible, (Ok(vec![1, 2]), 12));
    assert_eq!(with_cell, (vec![11, 12, 13], 14));
    assert_eq!(cell_set.0.len(), 2);
}

// A generator form computes each item, with the clauses after its last
// `for`, before it hands the item over: a `MutexGuard` of the element or of
// an `if let`'s scrutinee is gone by then, so the stream stays `Send` (and
// the iterator can go to a thread), as a hand-written `map` closure's would.
#[test]
fn element_temporaries_end_before_the_item_is_handed_over() {
    let cache = Arc::new(Mutex::new(std::collections::HashMap::from([("a", 5)])));
    let shared = cache.clone();
    let keys = vec!["a", "b"];
    let stream = acomp!(move (shared.lock().unwrap().get(k).copied().unwrap_or(0) for k in keys if double(1).await > 0));
    assert_send(&stream);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [5, 0]);
    let lines = vec!["a b".to_string(), "a".to_string()];
    let shared = cache.clone();
    let found = comp!(move (v for line in lines for w in line.split(' ') if let Some(&v) = shared.lock().unwrap().get(w)));
    let found: Vec<i32> = std::thread::spawn(move || found.collect()).join().unwrap();
    assert_eq!(found, [5, 5]);
}
