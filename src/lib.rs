//! Python's comprehensions for Rust: `comp!` for iterators, `acomp!` for
//! `futures::Stream`s, with bounded concurrency as a one-word option.
//!
//! ```
//! use comprehensions::comp;
//!
//! let xs = vec![3, -1, 4, -1, 5];
//! // Python: [x * 2 for x in xs if x > 0]
//! assert_eq!(comp![x * 2 for x in &xs if *x > 0], vec![6, 8, 10]);
//! ```
//!
//! # Usage
//!
//! Every Python display has its form; the brackets choose the collection.
//!
//! ```
//! use std::collections::{HashMap, HashSet};
//! use comprehensions::comp;
//!
//! let words = ["apple", "bob", "kayak", "rust"];
//!
//! // list: [len(w) for w in words]                          -> Vec
//! let lengths: Vec<usize> = comp![w.len() for w in words];
//! assert_eq!(lengths, [5, 3, 5, 4]);
//!
//! // set: {len(w) for w in words}                            -> HashSet
//! let distinct: HashSet<usize> = comp!({w.len() for w in words});
//! assert_eq!(distinct.len(), 3);
//!
//! // dict: {w: len(w) for w in words}                        -> HashMap
//! let by_word: HashMap<&str, usize> = comp!({w: w.len() for w in words});
//! assert_eq!(by_word["kayak"], 5);
//!
//! // generator: (len(w) for w in words)                      -> impl Iterator
//! let total: usize = comp!((w.len() for w in words)).sum();
//! assert_eq!(total, 17);
//!
//! // bare: the macro's own brackets, a Vec like the list form
//! let upper = comp![w.to_uppercase() for w in words if w.len() > 4];
//! assert_eq!(upper, ["APPLE", "KAYAK"]);
//! ```
//!
//! Clauses nest left to right, as in Python; `if`, `if let` and `let`
//! clauses filter and bind; Python's bare tuples, conditional element and
//! walrus are accepted as written.
//!
//! ```
//! use comprehensions::comp;
//!
//! // [(x, y) for x in range(4) for y in range(x) if (x + y) % 2]
//! let pairs = comp![(x, y) for x in 0..4 for y in 0..x if (x + y) % 2 == 1];
//! assert_eq!(pairs, [(1, 0), (2, 1), (3, 0), (3, 2)]);
//!
//! // [k + v for k, v in pairs]
//! assert_eq!(comp![k + v for k, v in [(1, 2), (3, 4)]], [3, 7]);
//!
//! // ["even" if n % 2 == 0 else "odd" for n in range(3)]
//! assert_eq!(comp!["even" if n % 2 == 0 else "odd" for n in 0..3], ["even", "odd", "even"]);
//!
//! // [(n, "even" if n % 2 == 0 else "odd") for n in range(2)]: at any depth
//! assert_eq!(comp![(n, "even" if n % 2 == 0 else "odd") for n in 0..2], [(0, "even"), (1, "odd")]);
//!
//! // [i for i in range(10) if 2 <= i < 4]: chained comparisons, as in Python
//! assert_eq!(comp![i for i in 0..10 if 2 <= i < 4], [2, 3]);
//!
//! // a typed `let` clause
//! assert_eq!(comp![h for x in [1, 3] let h: f64 = f64::from(x) / 2.0], [0.5, 1.5]);
//!
//! // [y for s in lines if (y := s.strip())]
//! let lines = ["  a ", "   ", " b"];
//! assert_eq!(comp![y for s in lines if !(y := s.trim()).is_empty()], ["a", "b"]);
//!
//! // [[row[i] for row in matrix] for i in range(2)]: displays nest
//! let matrix = [[1, 2], [3, 4]];
//! assert_eq!(comp![[row[i] for row in matrix] for i in 0..2], [[1, 3], [2, 4]]);
//!
//! // [sum(x * y for y in range(x)) for x in range(4)]: a generator argument, or a
//! // method on the generator
//! assert_eq!(comp![Iterator::sum::<i32>(x * y for y in 0..x) for x in 0..4], [0, 0, 2, 9]);
//! assert_eq!(comp![(x * y for y in 0..x).sum::<i32>() for x in 0..4], [0, 0, 2, 9]);
//!
//! // {k: {c for c in k} for k in ["aa", "ab"]}: a dict of sets
//! let groups = comp!({k: {c for c in k.chars()} for k in ["aa", "ab"]});
//! assert_eq!(groups["ab"].len(), 2);
//!
//! // Rust's own clauses: `if let` filters, `let` binds.
//! let parsed = comp![n * 10 for s in ["1", "x", "3"] if let Ok(n) = s.parse::<i32>() let n = n + 1];
//! assert_eq!(parsed, [20, 40]);
//! ```
//!
//! A `?` makes the comprehension all-or-nothing, as an exception does in
//! Python: the eager forms evaluate to `Result<Collection, E>` (or
//! `Option<Collection>`), the lazy form yields `Result` items and ends after
//! the first error. The error type is inferred.
//!
//! ```
//! use comprehensions::comp;
//!
//! let good = comp![s.parse::<i32>()? for s in ["1", "2"]];
//! assert_eq!(good, Ok(vec![1, 2]));
//! let bad = comp![s.parse::<i32>()? for s in ["1", "x", "3"]];
//! assert!(bad.is_err());
//! let lazy: Vec<_> = comp!((s.parse::<i32>()? for s in ["1", "x", "3"])).collect();
//! assert_eq!(lazy.len(), 2); // Ok(1), then the error, then nothing
//! ```
//!
//! `acomp!` is the asynchronous comprehension: `async for` iterates a
//! `Stream`, and `.await` (or Python's prefix `await`) may appear anywhere.
//! The eager forms are awaited in place, so they live in async code; the
//! lazy form is a `Stream`.
//!
//! ```
//! use comprehensions::acomp;
//! use futures::stream::{self, StreamExt};
//!
//! async fn double(x: i32) -> i32 { x * 2 }
//!
//! # futures::executor::block_on(async {
//! // [await double(x) async for x in aiter if x > 1]
//! let v = acomp![await double(x) async for x in stream::iter(1..=3) if x > 1];
//! assert_eq!(v, [4, 6]);
//!
//! // (x async for sub in streams async for x in sub): a lazy Stream
//! let streams = stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])]);
//! let flat: Vec<i32> = acomp!((x async for sub in streams async for x in sub)).collect().await;
//! assert_eq!(flat, [1, 2, 3]);
//! # });
//! ```
//!
//! Python's async comprehensions run one element at a time. One option
//! turns the work after the last `for` into one future per item, at most N
//! at a time, results in source order like `asyncio.gather`:
//!
//! ```
//! use comprehensions::acomp;
//!
//! async fn fetch(url: &str) -> usize { url.len() }
//!
//! # futures::executor::block_on(async {
//! let urls = ["a.example", "bb.example", "ccc.example"];
//! let sizes = acomp![fetch(u).await for u in urls; concurrency = 2];
//! assert_eq!(sizes, [9, 10, 11]);
//! # });
//! ```
//!
//! Every core, one word (each behind a cargo feature, off by default):
//! `parallel` runs `comp!` on rayon's thread pool, like Python's
//! `ProcessPoolExecutor.map`; `spawn` makes each item of
//! `acomp![..; concurrency = N]` a tokio task, like `asyncio.gather` of
//! Tasks, so CPU-heavy items use every worker thread.
//!
//! ```
//! # #[cfg(feature = "rayon")] {
//! use comprehensions::comp;
//!
//! // with ProcessPoolExecutor() as pool: list(pool.map(square, xs))
//! let xs: Vec<u64> = (0..1_000).collect();
//! let squares = comp![x * x for x in &xs if x % 2 == 0; parallel];
//! assert_eq!(squares[..3], [0, 4, 16]); // source order
//! # }
//! ```
//!
//! ```
//! # #[cfg(feature = "tokio")]
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! use std::sync::Arc;
//! use comprehensions::acomp;
//!
//! async fn work(base: &str, x: u64) -> String { format!("{base}/{x}") }
//!
//! // await asyncio.gather(*[asyncio.create_task(work(base, x)) for x in range(3)])
//! let base = Arc::new(String::from("https://api"));
//! let pages = acomp![work(&base, x).await for x in 0..3; concurrency = 2, spawn(base)];
//! assert_eq!(pages, ["https://api/0", "https://api/1", "https://api/2"]);
//! # });
//! ```
//!
//! Under `parallel`, lists keep source order, the last duplicate key of a
//! dict wins, the lazy form is an `impl ParallelIterator`, and with `?` the
//! first error stops the other threads early and is returned (which one, if
//! several fail at once, is unspecified). Splitting has a price: on a
//! trivial element (`x * 2`), `parallel` loses below a few hundred thousand
//! items (measured on 2 cores; see BENCHMARKS.md). Under `spawn`, the order, the
//! limit, fail-fast and cancel-on-drop rules of `concurrency` hold (tasks
//! are aborted), a panicking task re-panics in the caller with its payload,
//! and each task owns what it uses: the variables named in `spawn(..)` are
//! cloned into it, other outer variables moved.
//!
//! The full language reference is `docs/reference.md` in the repository.
//!
//! # Python differences
//!
//! Every deviation from CPython that a user can observe:
//!
//! - **Walrus scope.** `(y := e)` binds for the later clauses and the element
//!   but does not leak out of the comprehension (PEP 572 would bind `y` in
//!   the enclosing function), so a running total `[(t := t + v) for v in vs]`
//!   does not accumulate. Its right side is evaluated at the start of the
//!   clause that contains it, before the rest of that clause's expression
//!   (in `f() + (y := g())`, `g` runs first).
//! - **Closures capture, they do not late-bind.** Python's
//!   `[lambda: x for x in range(3)]` gives three functions returning `2`;
//!   `comp![move || x for x in 0..3]` gives closures returning 0, 1 and 2
//!   (a non-`move` closure would borrow a loop variable that does not live
//!   long enough, a compile error).
//! - **Order of sets and dicts.** `{..}` builds a `HashSet`/`HashMap`, whose
//!   iteration order is unspecified; Python's `dict` keeps insertion order. A
//!   later duplicate key still overwrites the earlier value, as in Python.
//! - **Lazy async first iterable.** `acomp!((..))` evaluates its first
//!   iterable when the stream is created, as a generator expression does,
//!   unless that iterable awaits: creating a stream cannot await, so it is
//!   evaluated at the first poll.
//! - **Errors.** `?` does not convert errors with `From` inside a
//!   comprehension: every `?` of one comprehension shares one error type, and
//!   you convert at your own `?` outside.
//! - **Ownership.** The element of an eager form may move out of a loop
//!   variable once per iteration, as in any Rust loop. In the lazy form, an
//!   outer loop variable that an inner level's clauses or element use is
//!   re-bound there by value when it is `Copy`, by reference otherwise (the
//!   outer iteration is over by the time the inner one runs); an inner
//!   iterable uses it as written. Under `concurrency`, each item moves in
//!   the last `for`'s variables it uses, and the outer variables the items
//!   use are shared by them (one `Arc` per outer iteration), by value when
//!   `Copy`, by reference otherwise.
//! - **Lazy flatten over owned values.** `(c for w in words for c in
//!   w.chars())` over a `Vec<String>` (or an inner iterable borrowing a
//!   temporary, `w.to_lowercase().chars()`) cannot be a chain of closures,
//!   so such a lazy form is a small generator owning `w` while it iterates
//!   it; every other nested lazy form is a `flat_map` chain (see the README
//!   for the syntactic rule).
//! - **Nested displays without `for`** are Rust arrays and tuples, not
//!   comprehensions.
//! - **Concurrency memory.** A finished item frees its slot at once, as with
//!   `gather` over a semaphore; results parked behind a slow item are bounded
//!   by the number of items, not by N.
//! - **Braces.** A macro cannot see its own delimiters: `comp!{x for x in xs}`
//!   is the bare (list) form; sets and dicts need inner braces:
//!   `comp!({x for x in xs})`.
//! - **Other macros.** A `?` in the arguments of a macro call that takes
//!   expressions (`format!`, `vec!`) belongs to the comprehension. In std's
//!   expression macros, Python's conditional, chained comparisons and prefix
//!   `await` are rewritten too; `(y := e)` is not (its binding could not
//!   reach the clauses after it), and other macros get their tokens as written.
//! - **Concurrency** (`; concurrency = N`, `unordered`) has no Python
//!   counterpart: it is `asyncio.gather` with a semaphore, built in;
//!   `spawn` adds `gather`'s Tasks, and `parallel` a process pool's `map`
//!   on threads (so the items share memory, and need `Send`/`Sync`).
//!
//! # Implementation
//!
//! `comp!` and `acomp!` are `macro_rules!` wrappers that pass `$crate` to
//! the procedural macros of `comp-macros`, so expansions name the runtime
//! as `$crate::__private::..` however the dependency is renamed, and resolve
//! under `#![no_implicit_prelude]`. Each comprehension lowers as CPython
//! lowers it, into one scoped block:
//!
//! ```text
//! comp![x * 2 for x in xs if x > 0]           acomp![x async for x in s if p(x).await]
//!
//! match IntoIterator::into_iter(xs) {         match into_stream(s) {
//!     it => (|| {                                 it => async {
//!         let mut out = Vec::new();                   let mut out = Vec::new();
//!         for x in it {                               match pin!(it) { mut s => {
//!             if x > 0 { out.push(x * 2); }               while let Some(x) = next(&mut s).await {
//!         }                                                   if p(x).await { out.push(x); }
//!         out                                             }
//!     })(),                                           } }
//! }                                                   out
//!                                                 }.await,
//!                                             }
//! ```
//!
//! The first iterable is evaluated before the block and handed to it, as
//! CPython's `_listcomp(iter(xs))`: its temporaries live as in a hand-written
//! `for` loop over it, and the result may borrow from it (`v.iter_mut()`).
//!
//! The shape is picked per form for speed: a list with a single `for` and no
//! filter is `collect` of `Iterator::map` (exact reservation, and the loop
//! vectorises; through the runtime's `map_list`, so that the expected
//! element type reaches the element); the lazy form is a chain of `map`/`filter_map`/`flat_map`
//! adapters; `acomp!`'s lazy form whose clauses await is a small safe
//! generator; `concurrency` runs the item futures through a bounded,
//! ordered runtime stream built on `FuturesUnordered`. The expansion of
//! every form is a snapshot in `comp-macros/src/tests/snapshots/`.
//! Names the expansion introduces are `__comp_*` at mixed-site hygiene, so
//! they can neither clash with nor be seen by the user's code.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

/// A synchronous comprehension: Python's list, set, dict and generator
/// displays over Rust iterators.
///
/// ```text
/// comp![ELEM for PAT in ITER CLAUSE*]          Vec<T>
/// comp!([ELEM for PAT in ITER CLAUSE*])        Vec<T>
/// comp!({ELEM for PAT in ITER CLAUSE*})        HashSet<T>
/// comp!({KEY: VALUE for PAT in ITER CLAUSE*})  HashMap<K, V>
/// comp!((ELEM for PAT in ITER CLAUSE*))        impl Iterator<Item = T>
/// comp![.. ; parallel]                          the same on rayon (feature `rayon`)
/// CLAUSE := for PAT in ITER | if COND | if let PAT = EXPR | let PAT = EXPR
/// ```
///
/// With a `?` anywhere of its own, the eager forms evaluate to
/// `Result<_, E>` (or `Option<_>`), the lazy form yields `Result<T, E>`
/// items. A leading `move` captures by value. See the [crate docs](crate).
///
/// ```
/// use comprehensions::comp;
/// let grid = comp![(r, c) for r in 0..2 for c in 0..2 if r != c];
/// assert_eq!(grid, [(0, 1), (1, 0)]);
/// ```
#[macro_export]
macro_rules! comp {
    ($($body:tt)*) => {
        $crate::__private::comp_impl!(($crate) $($body)*)
    };
}

/// An asynchronous comprehension over `futures::Stream`s, with `.await`
/// and prefix `await` anywhere, and `; concurrency = N` for bounded
/// concurrency.
///
/// ```text
/// acomp![ELEM [async] for PAT in SRC CLAUSE* [; concurrency = N [, unordered] [, spawn[(a, b)]]]]
/// ```
///
/// `spawn` (feature `tokio`) runs each item as a tokio task, cloning the
/// outer variables it names into each.
///
/// The eager forms (list, set, dict, bare) are awaited in place and so only
/// compile in async code; `acomp!((..))` is an `impl Stream`. See the
/// [crate docs](crate).
///
/// ```
/// use comprehensions::acomp;
/// use futures::stream;
/// # futures::executor::block_on(async {
/// let evens = acomp![x async for x in stream::iter(0..6) if x % 2 == 0];
/// assert_eq!(evens, [0, 2, 4]);
/// # });
/// ```
#[macro_export]
macro_rules! acomp {
    ($($body:tt)*) => {
        $crate::__private::acomp_impl!(($crate) $($body)*)
    };
}

/// The bounds of `for` and `async for` clauses, named by rustc when a
/// clause's value cannot be iterated the way the clause says (a `Vec`
/// after `async for`, a `Stream` after a plain `for` of `acomp!`).
pub use comp_runtime::{AsyncIterable, Iterable};

/// The bounds of `?` in a comprehension, named by rustc when a `?` is on
/// something other than a `Result` or an `Option` ([`Try`]), when one
/// comprehension mixes error types ([`SameError`]) or `Result` with
/// `Option` ([`ResultInOption`], [`OptionInResult`]), or when its `?`s make
/// it a `Result` or an `Option` where another type, such as its
/// collection, is expected ([`ExpectedAs`]).
pub use comp_runtime::{ExpectedAs, OptionInResult, ResultInOption, SameError, Try};

/// The bounds rustc names when a lazy form is expected to be another type:
/// a `comp!((..))` iterator ([`IteratorAs`]) or an `acomp!((..))` stream
/// ([`StreamAs`]) returned as a `Box<dyn Iterator>` or `Pin<Box<dyn
/// Stream>>` without boxing the call, or given where a collection is
/// expected. Each message says the fix.
pub use comp_runtime::{IteratorAs, StreamAs};

/// futures' extension trait of streams, the methods a lazy `acomp!((..))`
/// is consumed with (`.next().await`, `.collect::<Vec<_>>().await`), so
/// that `use comprehensions::StreamExt;` is enough without a dependency on
/// `futures` of your own; rustc's "trait is not in scope" help names this
/// path when your crate does not name `futures` itself.
pub use comp_runtime::StreamExt;

/// The value of an eager `comp!` without `?`, as its expansion returns it:
/// the identity, `#[must_use]`, so that a list, set or dict built only for
/// its elements' effects warns, as a hand-written
/// `.map(f).collect::<Vec<_>>();` does:
///
/// ```text
/// warning: unused return value of `comprehension` that must be used
///   |     comp![log(x) for x in &xs];
///   = note: a comprehension builds its collection to be used; for the elements' effects alone, write a `for` loop
/// ```
///
/// You never call it yourself; it is public so that rustc names it by this
/// path in that warning.
pub use comp_runtime::comprehension;

/// The rayon crate `comp![..; parallel]` runs on (feature `rayon`), so that
/// its traits are at hand without a dependency of your own: a lazy
/// `parallel` form is an `impl ParallelIterator`, consumed with
/// `use comprehensions::rayon::prelude::*;`.
#[cfg(feature = "rayon")]
pub use comp_runtime::rayon;

/// The tokio crate whose tasks `acomp![..; concurrency = N, spawn]` runs its
/// items on (feature `tokio`): each is a `tokio::spawn`, so rustc names
/// tokio's own bound (`F: Future + Send + 'static`) when a task cannot be
/// one, by this public path.
#[cfg(feature = "tokio")]
pub use comp_runtime::tokio;

/// What the expansions name. Not public API: it changes with any release.
#[doc(hidden)]
pub mod __private {
    pub use comp_macros::{acomp_impl, comp_impl};
    pub use comp_runtime::__private::*;
}
