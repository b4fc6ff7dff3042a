//! The async iteration protocol behind `async for` (CPython: `GET_AITER` and
//! `GET_ANEXT`).
//!
//! `async for PAT in S` expands to
//!
//! ```text
//! match pin!(AsyncFor(S).comp_async_for()) {
//!     mut s => while let Some(PAT) = next(&mut s).await { .. }
//! }
//! ```
//!
//! [`AsyncFor`] plays the part of `__aiter__`: the stream itself for every
//! [`Stream`] (so also `&mut S` with `S: Stream + Unpin`), and otherwise one
//! error on the user's iterable that names `Stream` and points at plain
//! `for`. [`next`] plays `__anext__`. The stream is pinned on the caller's
//! stack, so `!Unpin` streams (async generators) work without boxing.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::Stream;

/// The iterable of an `async for`, with the same probe as [`PlainFor`]:
/// `AsyncFor(s).comp_async_for()` is the stream itself when `s` is a
/// `Stream` ([`AsyncForStream`]), and otherwise an error on the user's
/// iterable that says plain `for`, after which the loop sees an empty stream
/// of an iterator's `Unpin` items ([`IterAfterAsyncFor`]) or, for anything
/// else ([`NotAsyncFor`]), of an unknown item type, which reports nothing
/// more.
#[derive(Debug)]
pub struct AsyncFor<T>(pub T);

/// See [`AsyncFor`]: the stream case.
pub trait AsyncForStream {
    /// The stream.
    type Stream: Stream;
    /// The stream.
    fn comp_async_for(self) -> Self::Stream;
}

impl<S: Stream> AsyncForStream for AsyncFor<S> {
    type Stream = S;

    #[inline]
    fn comp_async_for(self) -> S {
        self.0
    }
}

/// See [`AsyncFor`]: anything else after `async for`, a compile error.
pub trait NotAsyncFor {
    /// The value after `async for`.
    type Value;
    /// Never callable: the value is not [`AsyncIterable`], whose message
    /// says to use plain `for`.
    fn comp_async_for(self) -> futures_util::stream::Empty<<Self::Value as AsyncIterable>::Item>
    where
        Self::Value: AsyncIterable;
}

impl<T> NotAsyncFor for &mut AsyncFor<T> {
    type Value = T;

    fn comp_async_for(self) -> futures_util::stream::Empty<<T as AsyncIterable>::Item>
    where
        T: AsyncIterable,
    {
        futures_util::stream::empty()
    }
}

/// See [`AsyncFor`]: an [`IntoIterator`] of `Unpin` items (data: strings,
/// numbers, structs) after `async for`, the same compile error as
/// [`NotAsyncFor`]'s, after which the loop sees an empty stream of the
/// iterator's items. (One autoref before [`NotAsyncFor`]: an item type left
/// unknown would be inferred from the element's uses of the variable,
/// `handle(&d)` making it a `str`, each use then reported unsized. The
/// futures an `async fn` returns are not `Unpin`: after `async for` over a
/// `Vec` of them the element means their outputs, and their own type would
/// make the comprehension a `Vec` of futures, reported again where it is
/// used; their item type stays unknown.)
pub trait IterAfterAsyncFor {
    /// The value after `async for`.
    type Iterable: IntoIterator;
    /// Never callable: the value is not [`AsyncIterable`], a bound also
    /// named in the return type as a projection (through this module's
    /// `FirstOf`), which rustc reports on the user's value.
    #[allow(clippy::type_complexity)]
    fn comp_async_for(
        self,
    ) -> futures_util::stream::Empty<
        <(
            <Self::Iterable as IntoIterator>::Item,
            <Self::Iterable as AsyncIterable>::Item,
        ) as FirstOf>::Type,
    >
    where
        Self::Iterable: AsyncIterable;
}

impl<I: IntoIterator> IterAfterAsyncFor for &AsyncFor<I>
where
    I::Item: Unpin,
{
    type Iterable = I;

    fn comp_async_for(
        self,
    ) -> futures_util::stream::Empty<
        <(<I as IntoIterator>::Item, <I as AsyncIterable>::Item) as FirstOf>::Type,
    >
    where
        I: AsyncIterable,
    {
        futures_util::stream::empty()
    }
}

/// What rustc reports when the value after `async for` is not a [`Stream`]
/// (Python's *asynchronous iterable*): `async for` iterates streams, and
/// `&mut S` of an `Unpin` stream `S`. Implemented by nothing: it exists
/// for its message, which says what to write instead.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `Stream`, so `async for` cannot iterate it",
    label = "`async for` needs a `futures::Stream`",
    note = "use plain `for` to iterate an `Iterator` or a collection such as a `Vec`; a `&mut` borrow of a stream is a `Stream` only if the stream is `Unpin`: pin it first with `let s = std::pin::pin!(s);` and iterate `s`; a future that gives a stream (an `async fn` returning one) is awaited first: `async for x in open(..).await`"
)]
pub trait AsyncIterable {
    /// Never known: the loop over a non-stream iterates nothing of an
    /// unknown type, which reports nothing more.
    type Item;
}

/// The iterable of a plain `for` in `acomp!`, so that a `Stream` there is
/// told to use `async for` (rustc's own message for a `for` loop over it
/// only says "not an iterator"). `PlainFor(x).comp_plain_for()` picks, by
/// autoref: [`PlainIterable`] when `x` is an `IntoIterator` (its iterator),
/// else [`StreamAfterFor`] when it is a `Stream`, else [`NotPlainIterable`];
/// the last two's bound fails with a message that names `async for`.
#[derive(Debug)]
pub struct PlainFor<T>(pub T);

/// See [`PlainFor`]: the iterable case.
pub trait PlainIterable {
    /// The iterator of the `for` loop.
    type IntoIter: Iterator;
    /// The iterator of the `for` loop.
    fn comp_plain_for(self) -> Self::IntoIter;
}

impl<T: IntoIterator> PlainIterable for PlainFor<T> {
    type IntoIter = T::IntoIter;

    #[inline]
    fn comp_plain_for(self) -> T::IntoIter {
        self.0.into_iter()
    }
}

/// See [`PlainFor`]: anything else after plain `for`, a compile error.
pub trait NotPlainIterable {
    /// The value after `for`.
    type Value;
    /// Never callable: the value is not [`Iterable`]. (A bound on the
    /// method, not the impl, so that the method is found and its bound
    /// reported, once, on the user's iterable; the loop then iterates
    /// nothing of an unknown type, which reports nothing more.)
    fn comp_plain_for(self) -> core::iter::Empty<<Self::Value as Iterable>::Item>
    where
        Self::Value: Iterable;
}

impl<T> NotPlainIterable for &mut PlainFor<T> {
    type Value = T;

    fn comp_plain_for(self) -> core::iter::Empty<<T as Iterable>::Item>
    where
        T: Iterable,
    {
        core::iter::empty()
    }
}

/// See [`PlainFor`]: a [`Stream`] after plain `for`, the same compile error
/// as [`NotPlainIterable`]'s, after which the loop iterates nothing of the
/// stream's items, as `async for` would. (One autoref before
/// [`NotPlainIterable`]: an item type left unknown would be inferred from
/// the element's uses of the variable, `handle(&m)` making it a `str`, each
/// use then reported unsized.)
pub trait StreamAfterFor {
    /// The value after `for`.
    type Stream: Stream;
    /// Never callable: the value is not [`Iterable`], a bound also named
    /// in the return type as a projection (through this module's `FirstOf`),
    /// which rustc reports on the user's value.
    #[allow(clippy::type_complexity)]
    fn comp_plain_for(
        self,
    ) -> core::iter::Empty<
        <(
            <Self::Stream as Stream>::Item,
            <Self::Stream as Iterable>::Item,
        ) as FirstOf>::Type,
    >
    where
        Self::Stream: Iterable;
}

impl<S: Stream> StreamAfterFor for &PlainFor<S> {
    type Stream = S;

    fn comp_plain_for(
        self,
    ) -> core::iter::Empty<<(<S as Stream>::Item, <S as Iterable>::Item) as FirstOf>::Type>
    where
        S: Iterable,
    {
        core::iter::empty()
    }
}

/// The first of two types, `A` for `(A, B)`, whatever `B` is: a fallback
/// probe's signature names the failing bound as a projection, `<S as
/// Iterable>::Item`, which rustc reports on the user's value once (a failed
/// `where` clause alone is reported on the whole macro call, with a note
/// into this crate), and still iterates items of the known type `A`.
pub trait FirstOf {
    /// `A`.
    type Type;
}

impl<A, B> FirstOf for (A, B) {
    type Type = A;
}

/// What rustc reports when the value after a plain `for` of `acomp!` is
/// not an [`IntoIterator`] (Python's *iterable*), most often a `Stream`.
/// Implemented by nothing: it exists for its message, which says to write
/// `async for`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an iterator, so plain `for` cannot iterate it",
    label = "`for` needs an `IntoIterator`",
    note = "if it is a `Stream`, iterate it with `async for`"
)]
pub trait Iterable {
    /// Never known, as [`AsyncIterable::Item`].
    type Item;
}

/// The stream of a lazy `acomp!` adapter, made `Unpin` (so that
/// `s.next().await` works without `pin!`) at the cost of at most one
/// allocation per stream: an `Unpin` stream is kept as it is, any other is
/// boxed once. Which one is picked by autoref on a probe:
///
/// ```text
/// match UnpinProbe(s) { p => (&p).comp_unpin_how().apply(p.0) }
/// ```
///
/// [`KeepUnpin`] applies to `&UnpinProbe<S>` when `S: Unpin` and gives
/// `Keep`; otherwise the autoref'd `&&UnpinProbe<S>` finds [`BoxNotUnpin`],
/// which gives `BoxIt`. (Boxing an `Unpin` `stream::iter` costs 10-12 % per
/// item on the `async_lazy` benchmark.)
#[derive(Debug)]
pub struct UnpinProbe<S>(pub S);

/// See [`UnpinProbe`]: the stream is `Unpin` already.
pub trait KeepUnpin {
    /// `Keep`.
    fn comp_unpin_how(&self) -> Keep;
}

impl<S: Unpin> KeepUnpin for UnpinProbe<S> {
    #[inline]
    fn comp_unpin_how(&self) -> Keep {
        Keep
    }
}

/// See [`UnpinProbe`]: the stream needs a box.
pub trait BoxNotUnpin {
    /// `BoxIt`.
    fn comp_unpin_how(&self) -> BoxIt;
}

impl<S> BoxNotUnpin for &UnpinProbe<S> {
    #[inline]
    fn comp_unpin_how(&self) -> BoxIt {
        BoxIt
    }
}

/// An `Unpin` stream, kept as it is.
#[derive(Debug)]
pub struct Keep;

impl Keep {
    /// The stream itself.
    #[inline]
    pub fn apply<S: Stream + Unpin>(self, stream: S) -> S {
        stream
    }
}

/// A stream that is not `Unpin`, boxed once.
#[derive(Debug)]
pub struct BoxIt;

impl BoxIt {
    /// The stream, pinned in a box.
    #[inline]
    pub fn apply<S: Stream>(self, stream: S) -> Pin<Box<S>> {
        Box::pin(stream)
    }
}

/// `StreamExt::filter_map` with a synchronous closure: the lazy `acomp!`
/// form whose clauses do not await is this adapter, not a generator.
#[inline]
pub fn filter_map_sync<S: Stream, T>(
    stream: S,
    mut f: impl FnMut(S::Item) -> Option<T>,
) -> impl Stream<Item = T> {
    futures_util::StreamExt::filter_map(stream, move |item| futures_util::future::ready(f(item)))
}

/// Feeds every item of a pinned stream to `f`, in order, as the future
/// `Drain`: the loop of an eager `acomp!` whose single `async for` is
/// followed by nothing that awaits or returns (`[f(x) async for x in s if
/// p(x)]`).
///
/// ```text
/// match pin!(s) { __comp_stream_0 => drain(__comp_stream_0, |__comp_item| {
///     let x = __comp_item;
///     if p(x) { Vec::push(&mut __comp_out, f(x)); }
/// }).await }
/// ```
///
/// The same as `while let Some(x) = next(&mut s).await { .. }`, but the
/// items come from one `poll_next` loop inside a single `poll`, where the
/// `while let` goes through the async block's state machine for each one:
/// about 20 % fewer instructions per item (10^6 items, filter and push).
#[inline]
pub fn drain<S, F>(stream: Pin<&mut S>, f: F) -> Drain<'_, S, F>
where
    S: Stream + ?Sized,
    F: FnMut(S::Item),
{
    Drain { stream, f }
}

/// The future returned by [`drain`]: ready when the stream has ended.
#[derive(Debug)]
#[must_use = "futures do nothing unless you `.await` or poll them"]
pub struct Drain<'a, S: ?Sized, F> {
    stream: Pin<&'a mut S>,
    f: F,
}

// Only a reborrowed `Pin<&mut S>` and a closure: nothing is pinned in place.
impl<S: ?Sized, F> Unpin for Drain<'_, S, F> {}

impl<S, F> Future for Drain<'_, S, F>
where
    S: Stream + ?Sized,
    F: FnMut(S::Item),
{
    type Output = ();

    #[inline]
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        loop {
            match this.stream.as_mut().poll_next(cx) {
                Poll::Ready(Some(item)) => (this.f)(item),
                Poll::Ready(None) => return Poll::Ready(()),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// Awaits the next item of a pinned stream (`__anext__`); `None` ends the loop.
#[inline]
pub fn next<'a, S: Stream + ?Sized>(stream: &'a mut Pin<&mut S>) -> Next<'a, S> {
    Next {
        stream: stream.as_mut(),
    }
}

/// The future returned by [`next`].
///
/// It holds only a reborrowed `Pin<&mut S>`, so it is `Unpin`, costs nothing
/// to create once per item, and is `Send` whenever `S` is.
#[derive(Debug)]
#[must_use = "futures do nothing unless you `.await` or poll them"]
pub struct Next<'a, S: ?Sized> {
    stream: Pin<&'a mut S>,
}

impl<S: Stream + ?Sized> Future for Next<'_, S> {
    type Output = Option<S::Item>;

    #[inline]
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.stream.as_mut().poll_next(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;
    use futures::stream::{self, StreamExt};

    fn assert_send<T: Send>(_: &T) {}

    /// What an `async for` does with its iterable.
    fn into_stream_for_test<S: Stream>(stream: S) -> S {
        AsyncFor(stream).comp_async_for()
    }

    #[test]
    fn iterates_a_stream_by_value() {
        let out = block_on(async {
            let mut s = core::pin::pin!(into_stream_for_test(stream::iter(1..=3)));
            let mut out = Vec::new();
            while let Some(x) = next(&mut s).await {
                out.push(x);
            }
            out
        });
        assert_eq!(out, [1, 2, 3]);
    }

    #[test]
    fn iterates_a_borrowed_unpin_stream_and_leaves_the_rest() {
        let mut source = stream::iter(1..=5);
        block_on(async {
            let mut s = core::pin::pin!(into_stream_for_test(&mut source));
            assert_eq!(next(&mut s).await, Some(1));
            assert_eq!(next(&mut s).await, Some(2));
        });
        assert_eq!(block_on(source.collect::<Vec<_>>()), [3, 4, 5]);
    }

    #[test]
    fn iterates_a_not_unpin_stream_pinned_on_the_stack() {
        let s = stream::iter(0..3).then(|x| async move { x * 10 });
        let out = block_on(async {
            let mut s = core::pin::pin!(into_stream_for_test(s));
            let mut out = Vec::new();
            while let Some(x) = next(&mut s).await {
                out.push(x);
            }
            out
        });
        assert_eq!(out, [0, 10, 20]);
    }

    #[test]
    fn drain_feeds_every_item_in_order_across_pending() {
        let s = stream::iter(0..6).then(|x| async move {
            if x % 2 == 0 {
                YieldOnce(false).await;
            }
            x
        });
        let mut out = Vec::new();
        block_on(async {
            let s = core::pin::pin!(s);
            drain(s, |x| out.push(x)).await;
        });
        assert_eq!(out, [0, 1, 2, 3, 4, 5]);
    }

    /// `Pending` once (waking itself), then ready.
    struct YieldOnce(bool);
    impl Future for YieldOnce {
        type Output = ();
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            if self.0 {
                return Poll::Ready(());
            }
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }

    #[test]
    fn the_loop_is_send() {
        let fut = async {
            let mut s = core::pin::pin!(into_stream_for_test(stream::iter(vec![String::new()])));
            while let Some(x) = next(&mut s).await {
                drop(x);
            }
        };
        assert_send(&fut);
    }
}
