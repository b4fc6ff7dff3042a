//! Runtime support for the [`comp`](https://docs.rs/comp) crate's comprehensions.
//!
//! Use `comp` itself: this crate holds what `comp!` and `acomp!` expand to,
//! and its API may change with any release of `comp-macros`. The pieces are
//! small and documented so that `cargo expand` output can be followed:
//!
//! - [`try_`]: the `?` machinery that makes a comprehension all-or-nothing
//!   while inferring the error type (CPython: the exception unwinding out of
//!   the comprehension's nested function);
//! - [`lazy`]: the adapters behind the lazy iterator form;
//! - [`stream`]: the async iteration protocol (`GET_AITER`/`GET_ANEXT`);
//! - [`generator`]: the small safe generator behind `acomp!`'s lazy form;
//! - [`concurrent`]: bounded, ordered, fail-fast execution for
//!   `acomp![..; concurrency = N]`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod concurrent;
pub mod generator;
pub mod lazy;
pub mod stream;
pub mod try_;

/// Everything an expansion names, under one path. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use ::core::convert::Infallible;
    pub use ::core::iter::{Extend, IntoIterator, Iterator};
    pub use ::core::ops::ControlFlow;
    pub use ::core::option::Option;
    pub use ::core::pin::pin;
    pub use ::core::result::Result;
    pub use ::std::collections::{HashMap, HashSet};
    pub use ::std::sync::Arc;
    pub use ::std::vec::Vec;

    pub use crate::concurrent::{concurrency, Concurrent};
    pub use crate::generator::{generator, Generator, Iter as GeneratorIter, Yielder};
    pub use crate::lazy::{
        bound_filter_map, bound_flat_map, bound_map, capacity, Nest, Reuse, ReuseCopy, ReuseRef,
        TryIter,
    };
    pub use crate::stream::{
        filter_map_sync, into_stream, next, AsyncIterable, BoxNotUnpin, KeepUnpin,
        NotPlainIterable, PlainFor, PlainIterable, UnpinProbe,
    };
    pub use crate::try_::{infallible, settle, FailsAs, Owned, Residual, SameError, Try, TryScope};
    pub use futures_util::future::{ready, Either};
    pub use futures_util::stream::{iter as stream_iter, StreamExt};
}
