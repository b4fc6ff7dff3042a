//! `acomp![..; concurrency = N, spawn]`: each item's future is a tokio task
//! (CPython: `asyncio.gather` wraps each coroutine in a `Task`), so that
//! CPU-heavy items run on every worker thread instead of taking turns on
//! the caller's task.
//!
//! The bound, the order and fail-fast stay [`Concurrent`](crate::concurrent::Concurrent)'s:
//! it pulls an item from its source only when a slot is free, and the item
//! is spawned as it is pulled, so at most N tasks are alive. What a task
//! adds is the ownership of its handle: a [`Spawned`] aborts its task when
//! it is dropped, which is what happens to every item in flight when the
//! comprehension is dropped or a `?` fails (`Concurrent` drops the rest),
//! and it re-panics in the caller with the payload of a task that panicked,
//! as awaiting the item in place would have.

use core::future::Future;
use core::pin::Pin;
use core::task::{ready, Context, Poll};

use tokio::task::JoinHandle;

/// The handle of one item's task, spawned by the expansion with tokio's
/// own `spawn` (through the facade's public `comprehensions::tokio`, so that
/// a task that is not `Send + 'static` is reported with tokio's bound, as
/// for a hand-written `tokio::spawn`), as a `Spawned`, which aborts the
/// task when dropped.
#[inline]
pub fn spawned<T>(handle: JoinHandle<T>) -> Spawned<T> {
    Spawned { handle }
}

/// A spawned item: its task's output, or its panic resumed in the caller.
/// Dropping it aborts the task.
#[must_use = "futures do nothing unless polled"]
#[derive(Debug)]
pub struct Spawned<T> {
    handle: JoinHandle<T>,
}

impl<T> Future for Spawned<T> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        match ready!(Pin::new(&mut self.handle).poll(cx)) {
            Ok(value) => Poll::Ready(value),
            Err(error) => match error.try_into_panic() {
                Ok(payload) => std::panic::resume_unwind(payload),
                // Only the runtime shutting down cancels a task that we
                // still hold (we abort only on drop).
                Err(error) => panic!("acomp!: a spawned item did not finish: {error}"),
            },
        }
    }
}

impl<T> Drop for Spawned<T> {
    fn drop(&mut self) {
        // A no-op for a task that has finished.
        self.handle.abort();
    }
}
