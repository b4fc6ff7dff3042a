//! A small safe generator: the engine of `acomp!`'s lazy form
//! (CPython: the async generator a generator expression with `async for`
//! compiles to).
//!
//! The expansion writes the comprehension as an ordinary `async` block that
//! hands each element to a [`Yielder`], and wraps that block in a
//! [`Generator`], which is a [`Stream`]:
//!
//! ```text
//! let (y, g) = generator();
//! g.stream(async { let y = y; for x in xs { y.send(x).await; } })
//! ```
//!
//! The two halves share one slot. Polling the stream polls the body; `send`
//! puts its value in the slot and returns `Pending`, which unwinds the body
//! back to [`Generator::poll_next`], and that returns the value. The next
//! `poll_next` resumes the body right after the `send(..).await`. Nothing runs
//! before the first poll, and dropping the stream drops the body mid-loop.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use std::sync::{Arc, Mutex, PoisonError};

use futures_core::{FusedStream, Stream};

/// The slot the body writes and the stream reads.
///
/// Both halves own it: the body (which owns the [`Yielder`]) lives inside the
/// [`Generator`], so a borrow would be self-referential, and that needs
/// `unsafe`. One `Arc` per generator is the price; per item there is no
/// allocation. A `Mutex` because the slot must be `Sync` for the body to be
/// `Send` (it holds `&Yielder` across awaits) and `Cell` is not `Sync`. It is
/// never contended (only the task polling the generator touches it) and
/// never held across user code, so each access is one uncontended
/// lock/unlock and it cannot be poisoned by a panicking body.
type Slot<T> = Arc<Mutex<Option<T>>>;

fn lock<T>(slot: &Mutex<Option<T>>) -> std::sync::MutexGuard<'_, Option<T>> {
    // No user code runs under the lock, so poison carries no meaning here.
    slot.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Creates the two halves of a generator yielding `T`.
///
/// Move the [`Yielder`] into the body, then turn the body into a stream with
/// [`Generator::stream`].
pub fn generator<T>() -> (Yielder<T>, Generator<T>) {
    let slot: Slot<T> = Arc::new(Mutex::new(None));
    let generator = Generator {
        slot: Arc::clone(&slot),
        body: None,
    };
    (Yielder { slot }, generator)
}

/// The half of a generator that the body uses to yield values.
#[derive(Debug)]
pub struct Yielder<T> {
    slot: Slot<T>,
}

impl<T> Yielder<T> {
    /// Yields `value` from the generator; await it before sending again.
    ///
    /// Must be awaited by the body of the [`Generator`] this came from: the
    /// first poll stores the value and returns `Pending` without arranging a
    /// wake-up, which is correct only because the generator returns the value
    /// right away and is polled again for the next one. If the slot is still
    /// full (two sends polled in the same step, e.g. under `join`), the send
    /// waits for the next step instead of overwriting, so no value is lost.
    pub fn send(&self, value: T) -> Yield<'_, T> {
        Yield {
            slot: &self.slot,
            value: Some(value),
        }
    }
}

/// The future returned by [`Yielder::send`].
#[derive(Debug)]
#[must_use = "a value is yielded only when `send(..)` is awaited"]
pub struct Yield<'a, T> {
    slot: &'a Mutex<Option<T>>,
    value: Option<T>,
}

// `Yield` never pins its value, so it is `Unpin` whatever `T` is.
impl<T> Unpin for Yield<'_, T> {}

impl<T> Future for Yield<'_, T> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let Some(value) = self.value.take() else {
            // Resumed after the generator handed our value out.
            return Poll::Ready(());
        };
        let mut slot = lock(self.slot);
        if slot.is_none() {
            *slot = Some(value);
        } else {
            drop(slot);
            self.value = Some(value);
        }
        // No wake-up needed: the slot is full, so the generator returns a
        // value now and is polled again for the next one, which resumes us.
        Poll::Pending
    }
}

/// A generator: with a body `F`, a [`Stream`] of the values the body
/// sends through its [`Yielder`].
///
/// `Generator<T>` (with `F = ()`) is the half [`generator`] returns,
/// waiting for its body. The stream is fused: after the body completes,
/// it is dropped and every poll returns `None`. The body is boxed once,
/// when the generator gets it, so that the stream is `Unpin` whatever the
/// body awaits: `s.next().await` works without `pin!`.
#[derive(Debug)]
#[must_use = "streams do nothing unless polled"]
pub struct Generator<T, F = ()> {
    slot: Slot<T>,
    // `None` once the body has completed: never poll it again, and free
    // what it captured as soon as possible.
    body: Option<Pin<Box<F>>>,
}

impl<T> Generator<T> {
    /// Gives the generator its body, an `async` block that owns the
    /// [`Yielder`] and sends every value through it.
    ///
    /// The body does not start until the stream is first polled.
    pub fn stream<F>(self, body: F) -> Generator<T, F>
    where
        F: Future<Output = ()>,
    {
        Generator {
            slot: self.slot,
            body: Some(Box::pin(body)),
        }
    }

    /// Gives the generator a body that never awaits anything but its
    /// [`Yielder`], and makes it an [`Iterator`]: the engine of a lazy
    /// `comp!` whose inner iterable borrows from an outer loop variable or a
    /// temporary (`(c for w in words for c in w.to_lowercase().chars())`),
    /// which no chain of closures can hold.
    pub fn iter<F>(self, body: F) -> Iter<T, F>
    where
        F: Future<Output = ()>,
    {
        Iter(self.stream(body))
    }
}

impl<T, F> Stream for Generator<T, F>
where
    F: Future<Output = ()>,
{
    type Item = T;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let this = self.get_mut();
        let Some(body) = this.body.as_mut() else {
            return Poll::Ready(None);
        };
        let done = body.as_mut().poll(cx).is_ready();
        if done {
            this.body = None;
        }
        // A completed body may still have left a value if a `send` future was
        // dropped after its first poll; hand it out before ending.
        match lock(&this.slot).take() {
            Some(value) => Poll::Ready(Some(value)),
            None if done => Poll::Ready(None),
            // The body is waiting on something else, which will wake us.
            None => Poll::Pending,
        }
    }
}

impl<T, F> FusedStream for Generator<T, F>
where
    F: Future<Output = ()>,
{
    fn is_terminated(&self) -> bool {
        self.body.is_none()
    }
}

/// A [`Generator`] whose body only awaits its sends, driven as an
/// [`Iterator`] (see [`Generator::iter`]).
#[derive(Debug)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Iter<T, F>(Generator<T, F>);

impl<T, F> Iterator for Iter<T, F>
where
    F: Future<Output = ()>,
{
    type Item = T;

    fn next(&mut self) -> Option<T> {
        // The body awaits nothing that needs waking: each poll runs it to
        // its next send or to its end.
        let mut cx = Context::from_waker(futures_util::task::noop_waker_ref());
        match Pin::new(&mut self.0).poll_next(&mut cx) {
            Poll::Ready(item) => item,
            Poll::Pending => None,
        }
    }
}

impl<T, F> core::iter::FusedIterator for Iter<T, F> where F: Future<Output = ()> {}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;
    use futures::stream::StreamExt;
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::time::Duration;

    fn assert_send<T: Send>(_: &T) {}

    /// Counts its drops, to see what a dropped generator cleans up.
    struct DropGuard<'a>(&'a AtomicUsize);
    impl Drop for DropGuard<'_> {
        fn drop(&mut self) {
            self.0.fetch_add(1, SeqCst);
        }
    }

    #[test]
    fn nothing_runs_before_the_first_poll() {
        let log = Mutex::new(Vec::new());
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            for x in 0..3 {
                log.lock().unwrap().push(format!("make {x}"));
                y.send(x).await;
            }
        });
        assert!(log.lock().unwrap().is_empty());
        let mut s = core::pin::pin!(s);
        assert_eq!(block_on(s.next()), Some(0));
        assert_eq!(*log.lock().unwrap(), ["make 0"]);
        assert_eq!(block_on(s.next()), Some(1));
        assert_eq!(*log.lock().unwrap(), ["make 0", "make 1"]);
    }

    #[test]
    fn yields_values_in_order_then_stays_finished() {
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            for x in 0..3 {
                y.send(x * 2).await;
            }
        });
        let mut s = core::pin::pin!(s);
        assert!(!s.is_terminated());
        assert_eq!(block_on((&mut s).collect::<Vec<_>>()), [0, 2, 4]);
        assert!(s.is_terminated());
        assert_eq!(block_on(s.next()), None);
        assert_eq!(block_on(s.next()), None);
    }

    #[test]
    fn an_empty_body_yields_nothing() {
        let (y, g) = generator::<u8>();
        let s = g.stream(async move { drop(y) });
        assert_eq!(block_on(s.collect::<Vec<_>>()), []);
    }

    #[test]
    fn dropping_the_stream_stops_the_body() {
        let drops = AtomicUsize::new(0);
        let made = AtomicUsize::new(0);
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            let _guard = DropGuard(&drops);
            for x in 0.. {
                made.fetch_add(1, SeqCst);
                y.send(x).await;
            }
        });
        let mut s = Box::pin(s);
        assert_eq!(block_on(s.next()), Some(0));
        assert_eq!(block_on(s.next()), Some(1));
        assert_eq!(drops.load(SeqCst), 0);
        drop(s);
        assert_eq!(drops.load(SeqCst), 1);
        assert_eq!(made.load(SeqCst), 2);
    }

    #[test]
    fn a_completed_body_is_dropped_at_once() {
        let drops = AtomicUsize::new(0);
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            let _guard = DropGuard(&drops);
            y.send(1).await;
        });
        let mut s = core::pin::pin!(s);
        assert_eq!(block_on(s.next()), Some(1));
        assert_eq!(block_on(s.next()), None);
        assert_eq!(drops.load(SeqCst), 1);
    }

    #[test]
    fn sends_polled_together_are_all_yielded() {
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            futures::join!(y.send(1), y.send(2), y.send(3));
            y.send(4).await;
        });
        assert_eq!(block_on(s.collect::<Vec<_>>()), [1, 2, 3, 4]);
    }

    #[test]
    fn a_send_polled_once_then_dropped_is_still_yielded() {
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            // Stores 1 on its first poll, then the body ends.
            let _ = futures::poll!(y.send(1));
        });
        assert_eq!(block_on(s.collect::<Vec<_>>()), [1]);
    }

    #[test]
    fn awaits_inside_the_body_work_with_block_on() {
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            for x in 0..3 {
                let (tx, rx) = futures::channel::oneshot::channel();
                std::thread::spawn(move || tx.send(x * 10).unwrap());
                y.send(rx.await.unwrap()).await;
            }
        });
        assert_eq!(block_on(s.collect::<Vec<_>>()), [0, 10, 20]);
    }

    #[tokio::test(start_paused = true)]
    async fn awaits_inside_the_body_work_with_tokio_time() {
        let start = tokio::time::Instant::now();
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            for x in 0..3u64 {
                tokio::time::sleep(Duration::from_millis(100)).await;
                y.send((x, start.elapsed().as_millis())).await;
            }
        });
        let out: Vec<_> = s.collect().await;
        assert_eq!(out, [(0, 100), (1, 200), (2, 300)]);
    }

    #[test]
    fn an_iterator_body_can_borrow_what_it_owns() {
        let words = vec![String::from("ab"), String::from("C")];
        let (y, g) = generator();
        let it = g.iter(async move {
            let y = y;
            for w in words {
                for c in w.to_lowercase().chars() {
                    y.send(c).await;
                }
            }
        });
        assert_eq!(it.collect::<String>(), "abc");
    }

    #[test]
    fn an_iterator_stays_finished() {
        let (y, g) = generator();
        let mut it = g.iter(async move {
            y.send(1).await;
        });
        assert_eq!(it.next(), Some(1));
        assert_eq!(it.next(), None);
        assert_eq!(it.next(), None);
    }

    #[test]
    fn a_generator_is_send_when_its_parts_are() {
        let (y, g) = generator();
        let s = g.stream(async {
            let y = y;
            for x in [String::from("a")] {
                y.send(x).await;
            }
        });
        assert_send(&s);
        let handle = std::thread::spawn(move || block_on(s.collect::<Vec<_>>()));
        assert_eq!(handle.join().unwrap(), ["a"]);
    }
}
