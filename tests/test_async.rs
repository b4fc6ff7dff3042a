//! `acomp!` against docs/reference.md, "Async comprehensions", with the evaluation
//! order, scope and `?` rules as they apply to the async forms.
//!
//! Most tests are written once with [`on_both!`] and run on two executors,
//! `futures::executor::block_on` and tokio's current-thread runtime: an
//! expansion must not depend on either. The helpers below suspend for real
//! (`yield_once`), so "sequential" and "lazy" are observable without a clock.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::Poll;

use futures::stream::{self, Stream, StreamExt};

/// Defines each test twice, in a module of its name: `block_on` runs it on
/// `futures::executor::block_on`, `tokio` on a tokio current-thread runtime.
macro_rules! on_both {
    ($($(#[$attr:meta])* async fn $name:ident() $body:block)*) => {$(
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            $(#[$attr])*
            #[test]
            fn block_on() {
                futures::executor::block_on(async { $body });
            }

            $(#[$attr])*
            #[tokio::test]
            async fn tokio() {
                $body
            }
        }
    )*};
}

#[path = "test_async/errors.rs"]
mod errors;
#[path = "test_async/forms.rs"]
mod forms;
#[path = "test_async/order.rs"]
mod order;
#[path = "test_async/send.rs"]
mod send;

/// A log of side effects, to see what ran, in which order, and how often.
/// `Arc<Mutex<..>>` so that it can be captured by futures that must be `Send`.
#[derive(Clone, Default)]
pub struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    pub fn push(&self, entry: impl Into<String>) {
        self.0.lock().unwrap().push(entry.into());
    }

    /// Records `entry` and returns `value`: marks where an expression runs.
    pub fn note<T>(&self, entry: impl Into<String>, value: T) -> T {
        self.push(entry);
        value
    }

    /// `note` after a real suspension.
    pub async fn anote<T>(&self, entry: impl Into<String>, value: T) -> T {
        yield_once().await;
        self.note(entry, value)
    }

    /// The entries so far, leaving the log empty.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

/// Returns `Pending` once (waking itself first): a real await point that
/// every executor supports.
pub async fn yield_once() {
    let mut yielded = false;
    futures::future::poll_fn(|cx| {
        if yielded {
            return Poll::Ready(());
        }
        yielded = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    })
    .await;
}

pub async fn double(x: i32) -> i32 {
    yield_once().await;
    x * 2
}

pub async fn is_even(x: i32) -> bool {
    yield_once().await;
    x % 2 == 0
}

/// `Some(x / 2)` for even `x`.
pub async fn half(x: i32) -> Option<i32> {
    yield_once().await;
    (x % 2 == 0).then_some(x / 2)
}

pub async fn get_vec(xs: &[i32]) -> Vec<i32> {
    yield_once().await;
    xs.to_vec()
}

/// A stream that suspends before each item; it is not `Unpin`.
/// The lines joined by spaces, after a real suspension.
pub async fn get_text(lines: &[&str]) -> String {
    yield_once().await;
    lines.join(" ")
}

pub fn numbers(xs: Vec<i32>) -> impl Stream<Item = i32> {
    stream::iter(xs).then(|x| async move {
        yield_once().await;
        x
    })
}

pub async fn make_stream(xs: Vec<i32>) -> impl Stream<Item = i32> {
    yield_once().await;
    numbers(xs)
}

/// A future whose output is another future: `await await nested(x)`.
pub async fn nested(x: i32) -> Pin<Box<dyn Future<Output = i32> + Send>> {
    yield_once().await;
    Box::pin(double(x))
}

/// A future beside a plain value: `await pair(x).0`.
pub fn pair(x: i32) -> (impl Future<Output = i32>, i32) {
    (double(x), x)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError(pub i32);

/// Something with async methods: `await api.get(x)?`.
#[derive(Debug, Clone, Copy)]
pub struct Api {
    pub base: i32,
}

impl Api {
    pub fn scaled(self, by: i32) -> Api {
        Api {
            base: self.base * by,
        }
    }

    /// `Err` for negative `x`.
    pub async fn get(&self, x: i32) -> Result<i32, ApiError> {
        yield_once().await;
        if x < 0 {
            return Err(ApiError(x));
        }
        Ok(self.base + x)
    }
}
