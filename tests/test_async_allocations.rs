//! What the lazy `acomp!` form (and `comp!`'s lazy generator) allocates
//! (issue 13): `Unpin` costs at most one allocation per stream, never one
//! per item.
//!
//! A counting global allocator counts the allocations of the current thread
//! while a stream is created and drained; the same comprehension over 10
//! and over 10,000 items must allocate the same, small, number of times.
//! A test binary of its own, so that the allocator counts nothing else.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use comprehensions::acomp;
use futures::executor::block_on;
use futures::stream::{self, Stream, StreamExt};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call to `System` unchanged; only counts them.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The allocations `run` makes on this thread, and its output.
fn count<T>(run: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = run();
    (ALLOCATIONS.with(Cell::get) - before, out)
}

/// Sums `s` with `.next().await` on the stream itself: no `pin!`, so this
/// compiles only if `s` is `Unpin`.
async fn drain<S: Stream<Item = u64> + Unpin>(mut s: S) -> u64 {
    let mut total = 0;
    while let Some(x) = s.next().await {
        total += x;
    }
    total
}

/// The allocations of creating and draining the stream `make(n)` builds,
/// for n = 10 and n = 10,000, after one untimed run (so that `block_on`'s
/// thread-local waker exists already).
fn per_stream<S>(make: impl Fn(u64) -> S) -> [usize; 2]
where
    S: Stream<Item = u64> + Unpin,
{
    let sum = |n: u64| -> u64 { (0..n).filter(|x| x % 2 == 0).map(|x| x * 3).sum() };
    block_on(drain(make(10)));
    [10, 10_000].map(|n| {
        let (allocations, total) = count(|| block_on(drain(make(n))));
        assert_eq!(total, sum(n));
        allocations
    })
}

async fn keep(x: u64) -> bool {
    x % 2 == 0
}

/// A stream that is not `Unpin` (its `then` holds an `async` block).
fn not_unpin(n: u64) -> impl Stream<Item = u64> {
    stream::iter(0..n).then(|x| async move { x })
}

#[test]
fn a_clause_that_awaits_allocates_twice_per_stream_whatever_its_length() {
    // The generator: its slot (one `Arc`) and its body, boxed once so that
    // the stream is `Unpin` (one `Box`).
    let counts = per_stream(|n| acomp!((x * 3 async for x in stream::iter(0..n) if keep(x).await)));
    assert_eq!(counts, [2, 2]);
}

#[test]
fn an_element_that_awaits_over_a_stream_that_is_not_unpin_allocates_twice() {
    // The source lives in the boxed body, pinned there: no box of its own.
    let counts =
        per_stream(|n| acomp!((async { x * 3 }.await async for x in not_unpin(n) if x % 2 == 0)));
    assert_eq!(counts, [2, 2]);
}

#[test]
fn an_adapter_over_a_stream_that_is_not_unpin_allocates_once_per_stream() {
    // No clause awaits: a stream adapter, and the one `Box` that makes the
    // source `Unpin`.
    let counts = per_stream(|n| acomp!((x * 3 async for x in not_unpin(n) if x % 2 == 0)));
    assert_eq!(counts, [1, 1]);
}

#[test]
fn an_adapter_over_an_unpin_stream_allocates_nothing() {
    let counts = per_stream(|n| acomp!((x * 3 async for x in stream::iter(0..n) if x % 2 == 0)));
    assert_eq!(counts, [0, 0]);
}

#[test]
fn a_lazy_comp_driven_as_a_generator_allocates_twice_whatever_its_length() {
    use comprehensions::comp;
    // An inner iterable that borrows the outer loop variable, which is
    // owned: `comp!` drives the same generator as an iterator.
    let counts = [10, 10_000].map(|n| {
        let words: Vec<String> = (0..n).map(|_| String::from("ab")).collect();
        let (allocations, letters) = count(|| comp!((c for w in words for c in w.chars())).count());
        assert_eq!(letters, 2 * n);
        allocations
    });
    assert_eq!(counts, [2, 2]);
}
