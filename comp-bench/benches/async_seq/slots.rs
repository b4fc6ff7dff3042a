//! Candidate slots for the lazy `acomp!` generator (issue 13): a copy of
//! `comp_runtime::generator`, generic over how the body's `send` hands its
//! value to `poll_next`, so that the slots can be timed against each other
//! with everything else equal.
//!
//! - [`MutexSlot`]: what the runtime uses, `Arc<Mutex<Option<T>>>`, locked
//!   once by `send` and once by `poll_next` (the copy's row checks that the
//!   copy times like the runtime);
//! - [`TryLockSlot`]: the same with `try_lock` (never contended);
//! - [`FuturesLockSlot`]: `futures::lock::Mutex` (its `try_lock`);
//! - [`CellSlot`]: `Rc<Cell<Option<T>>>`, no synchronisation at all: the
//!   floor, and not a design, since the stream is then never `Send`.
//!
//! The body is boxed as in the runtime ([`Generator::stream`]) or pinned
//! by the caller ([`Generator::pinned`]), to time what the `Box` that makes
//! the stream `Unpin` costs.

use std::cell::Cell;
use std::future::Future;
use std::marker::PhantomData;
use std::ops::DerefMut;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

use futures::stream::Stream;

/// How a value crosses from `send` to `poll_next`.
pub trait Slot<T>: Clone {
    fn empty() -> Self;
    /// Stores `value`, or gives it back if the slot is full.
    fn put(&self, value: T) -> Option<T>;
    fn take(&self) -> Option<T>;
}

pub struct MutexSlot<T>(Arc<Mutex<Option<T>>>);
pub struct TryLockSlot<T>(Arc<Mutex<Option<T>>>);
pub struct FuturesLockSlot<T>(Arc<futures::lock::Mutex<Option<T>>>);
pub struct CellSlot<T>(Rc<Cell<Option<T>>>);

macro_rules! clone_slot {
    ($($slot:ident),*) => {$(
        impl<T> Clone for $slot<T> {
            fn clone(&self) -> Self {
                $slot(self.0.clone())
            }
        }
    )*};
}
clone_slot!(MutexSlot, TryLockSlot, FuturesLockSlot, CellSlot);

fn fill<T>(slot: &mut Option<T>, value: T) -> Option<T> {
    if slot.is_none() {
        *slot = Some(value);
        None
    } else {
        Some(value)
    }
}

impl<T> Slot<T> for MutexSlot<T> {
    fn empty() -> Self {
        MutexSlot(Arc::new(Mutex::new(None)))
    }
    fn put(&self, value: T) -> Option<T> {
        fill(
            &mut self.0.lock().unwrap_or_else(PoisonError::into_inner),
            value,
        )
    }
    fn take(&self) -> Option<T> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).take()
    }
}

impl<T> Slot<T> for TryLockSlot<T> {
    fn empty() -> Self {
        TryLockSlot(Arc::new(Mutex::new(None)))
    }
    fn put(&self, value: T) -> Option<T> {
        match self.0.try_lock() {
            Ok(mut slot) => fill(&mut slot, value),
            Err(_) => Some(value),
        }
    }
    fn take(&self) -> Option<T> {
        self.0.try_lock().ok().and_then(|mut slot| slot.take())
    }
}

impl<T> Slot<T> for FuturesLockSlot<T> {
    fn empty() -> Self {
        FuturesLockSlot(Arc::new(futures::lock::Mutex::new(None)))
    }
    fn put(&self, value: T) -> Option<T> {
        match self.0.try_lock() {
            Some(mut slot) => fill(&mut slot, value),
            None => Some(value),
        }
    }
    fn take(&self) -> Option<T> {
        self.0.try_lock().and_then(|mut slot| slot.take())
    }
}

impl<T> Slot<T> for CellSlot<T> {
    fn empty() -> Self {
        CellSlot(Rc::new(Cell::new(None)))
    }
    fn put(&self, value: T) -> Option<T> {
        let old = self.0.take();
        if old.is_some() {
            self.0.set(old);
            return Some(value);
        }
        self.0.set(Some(value));
        None
    }
    fn take(&self) -> Option<T> {
        self.0.take()
    }
}

pub fn generator<T, S: Slot<T>>() -> (Yielder<S>, Generator<T, S>) {
    let slot = S::empty();
    let generator = Generator {
        slot: slot.clone(),
        body: None,
        item: PhantomData,
    };
    (Yielder(slot), generator)
}

pub struct Yielder<S>(S);

impl<S> Yielder<S> {
    pub fn send<T>(&self, value: T) -> Yield<'_, T, S>
    where
        S: Slot<T>,
    {
        Yield {
            slot: &self.0,
            value: Some(value),
        }
    }
}

pub struct Yield<'a, T, S> {
    slot: &'a S,
    value: Option<T>,
}

impl<T, S> Unpin for Yield<'_, T, S> {}

impl<T, S: Slot<T>> Future for Yield<'_, T, S> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let Some(value) = self.value.take() else {
            return Poll::Ready(());
        };
        self.value = self.slot.put(value);
        Poll::Pending
    }
}

/// `P` is the body's pointer: `Box<F>`, as in the runtime, or `&mut F`
/// for a body pinned by the caller (what the `Box` costs).
pub struct Generator<T, S, P = Box<()>> {
    slot: S,
    body: Option<Pin<P>>,
    item: PhantomData<fn() -> T>,
}

impl<T, S> Generator<T, S> {
    pub fn stream<F: Future<Output = ()>>(self, body: F) -> Generator<T, S, Box<F>> {
        self.pinned(Box::pin(body))
    }

    pub fn pinned<P>(self, body: Pin<P>) -> Generator<T, S, P> {
        Generator {
            slot: self.slot,
            body: Some(body),
            item: PhantomData,
        }
    }
}

impl<T, S, P> Unpin for Generator<T, S, P> {}

impl<T, S: Slot<T>, P> Stream for Generator<T, S, P>
where
    P: DerefMut,
    P::Target: Future<Output = ()>,
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
        match this.slot.take() {
            Some(value) => Poll::Ready(Some(value)),
            None if done => Poll::Ready(None),
            None => Poll::Pending,
        }
    }
}
