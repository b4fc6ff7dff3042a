//! Runtime support for the [`comprehensions`](https://docs.rs/comprehensions) crate's comprehensions.
//!
//! Use `comp` itself: this crate holds what `comp!` and `acomp!` expand to;
//! its only public API is what `comp` re-exports at its root: the clause
//! bounds [`Iterable`] and [`AsyncIterable`], the bounds of `?` ([`Try`],
//! [`SameError`], ...) and the `#[must_use]` identity [`comprehension`],
//! each named by rustc in a diagnostic. Expansions name its items through one
//! hidden path, `__private`, which may change with any release of
//! `comp-macros` (the two are pinned to each other by `comp`). The pieces
//! are small and documented so that `cargo expand` output can be followed:
//!
//! - `try_`: the `?` machinery that makes a comprehension all-or-nothing
//!   while inferring the error type (CPython: the exception unwinding out of
//!   the comprehension's nested function);
//! - `collect`: how much an eager set or dict reserves (its keys may
//!   repeat, so not the iterable's length outright);
//! - `lazy`: the adapters behind the lazy iterator form;
//! - `stream`: the async iteration protocol (`GET_AITER`/`GET_ANEXT`), and
//!   the probes behind `Unpin` lazy streams and the plain-`for` diagnostic;
//! - `generator`: the small safe generator behind `acomp!`'s lazy form and
//!   `comp!`'s lazy flatten over owned values;
//! - `concurrent`: bounded, ordered, fail-fast execution for
//!   `acomp![..; concurrency = N]`;
//! - `spawn` (feature `tokio`): the tokio task of each item under
//!   `acomp![..; concurrency = N, spawn]`, aborted when dropped;
//! - `features`: the gates that turn `parallel` and `spawn` into one clear
//!   compile error when their cargo feature is off (rayon and tokio are
//!   optional: a build without them compiles neither).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod collect;
mod concurrent;
mod features;
mod generator;
mod lazy;
#[cfg(feature = "rayon")]
mod par;
#[cfg(feature = "tokio")]
mod spawn;
mod stream;
mod try_;

pub use collect::comprehension;
/// futures' extension trait of streams (re-exported by `comp`).
pub use futures_util::stream::StreamExt;
pub use lazy::{IteratorAs, StreamAs};
/// rayon, which `comp![..; parallel]` runs on (re-exported by `comp`).
#[cfg(feature = "rayon")]
pub use rayon;
pub use stream::{AsyncIterable, Iterable};
/// tokio, whose tasks `acomp![..; concurrency = N, spawn]` runs its items
/// on (re-exported by `comp`).
#[cfg(feature = "tokio")]
pub use tokio;
pub use try_::{ExpectedAs, OptionInResult, ResultInOption, SameError, Try};

/// Everything an expansion names, under one path. Not public API. Every
/// name here is used by some expansion (`comp-macros` has a test that
/// fails otherwise).
#[doc(hidden)]
pub mod __private {
    pub use ::core::convert::{identity, Infallible};
    pub use ::core::iter::{FusedIterator, Iterator};
    pub use ::core::ops::ControlFlow;
    pub use ::core::option::Option;
    pub use ::core::pin::pin;
    pub use ::core::primitive::bool;
    pub use ::std::collections::{HashMap, HashSet};
    pub use ::std::sync::Arc;
    pub use ::std::vec::Vec;

    pub use crate::collect::{
        awaited_collection, comprehension, ElementType, MapOut, SetOut, TypedValue, Watch,
    };
    pub use crate::concurrent::{concurrency, Concurrent};
    pub use crate::generator::{generator, Generator, Yielder};
    pub use crate::lazy::{
        bound_filter_map, bound_flat_map, bound_map, capacity, fill, filtered_out, map_list,
        Fallible, FallibleIter, FirstCall, FirstIter, ForIn, Iterates, LazyForm, Nest, NotFallible,
        NotIterates, Reuse, ReuseCopy, ReuseRef, TryIter,
    };
    pub use crate::stream::{
        drain, filter_map_sync, next, AsyncFor, AsyncForStream, BoxNotUnpin, IterAfterAsyncFor,
        KeepUnpin, NotAsyncFor, NotPlainIterable, PlainFor, PlainIterable, StreamAfterFor,
        UnpinProbe,
    };
    pub use crate::try_::{
        infallible, Agrees, Branches, CollectionExpected, CollectionNotExpected, Conforms,
        ExpectCollection, Expectation, NotBranches, NotTies, OptionWhereResult, OtherError, Owned,
        Question, ResultWhereOption, Ties, TryScope,
    };
    pub use futures_util::future::{ready, Either};
    pub use futures_util::stream::{iter as stream_iter, StreamExt};

    #[cfg(feature = "rayon")]
    pub use crate::par::{NotParIterates, ParIn, ParIterates};
    #[cfg(feature = "tokio")]
    pub use crate::spawn::spawned;
    pub use crate::{__comp_parallel as parallel, __comp_spawn as spawn_tasks};
    #[cfg(feature = "rayon")]
    pub use rayon::iter::{once as par_once, Either as ParEither, ParallelIterator};
}
