//! Adapters behind the lazy iterator form `comp!((...))`.
//!
//! A lazy comprehension is a chain of `filter_map`/`flat_map` closures, one
//! per `for` clause. With `?`, each level yields `ControlFlow<R, T>` items; the
//! adapters here carry a failure out of a level ([`Nest`]) and end the whole
//! iterator after it ([`TryIter`]), as a generator expression ends when an
//! exception escapes it.

use core::convert::Infallible;
use core::marker::PhantomData;
use core::ops::ControlFlow;

use crate::try_::Residual;

/// What one non-innermost level of a fallible lazy comprehension produces for
/// one item: nothing (a filter said no), the iterator of the next level, or a
/// failure.
pub enum Nest<I, R> {
    /// Filtered out.
    Skip,
    /// The next level's items.
    Inner(I),
    /// A `?` failed; yields it once.
    Fail(Option<R>),
}

impl<I, R, T> Iterator for Nest<I, R>
where
    I: Iterator<Item = ControlFlow<R, T>>,
{
    type Item = ControlFlow<R, T>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Nest::Skip => None,
            Nest::Inner(inner) => inner.next(),
            Nest::Fail(residual) => residual.take().map(ControlFlow::Break),
        }
    }
}

/// The outside of a fallible lazy comprehension: yields `Ok(v)`/`Some(v)` for
/// each value, then the first failure, then nothing.
pub struct TryIter<C, R> {
    state: State<C, R>,
}

enum State<C, R> {
    Running(C),
    Failed(R),
    Done,
}

impl<C, R> TryIter<C, R> {
    /// The first iterable was evaluated: run the chain (whose items fix `R`).
    #[inline]
    pub fn running<T>(chain: C) -> Self
    where
        C: Iterator<Item = ControlFlow<R, T>>,
    {
        TryIter {
            state: State::Running(chain),
        }
    }

    /// The first iterable failed: its failure is the only item.
    #[inline]
    pub fn failed(residual: R) -> Self {
        TryIter {
            state: State::Failed(residual),
        }
    }
}

impl<C, R, T> TryIter<C, R>
where
    C: Iterator<Item = ControlFlow<R, T>>,
    R: Residual,
{
    #[inline]
    fn step(&mut self) -> Option<R::Wrap<T>> {
        let State::Running(chain) = &mut self.state else {
            return match core::mem::replace(&mut self.state, State::Done) {
                State::Failed(residual) => Some(residual.fail()),
                _ => None,
            };
        };
        match chain.next() {
            Some(ControlFlow::Continue(value)) => Some(R::wrap(value)),
            Some(ControlFlow::Break(residual)) => {
                self.state = State::Done;
                Some(residual.fail())
            }
            None => {
                self.state = State::Done;
                None
            }
        }
    }

    fn hint(&self) -> (usize, Option<usize>) {
        match &self.state {
            State::Running(chain) => (0, chain.size_hint().1),
            State::Failed(_) => (1, Some(1)),
            State::Done => (0, Some(0)),
        }
    }
}

// One impl per residual, not one over `R: Residual` with `Item = R::Wrap<T>`:
// the item type is then `Result<T, E>` itself, so that collecting into the
// wrong type (`.collect::<Vec<i32>>()`) is std's "cannot be built from an
// iterator over elements of type `Result<i32, ParseIntError>`", not a type
// mismatch resolving `<Result<Infallible, E> as Residual>::Wrap<i32>`.
impl<C, E, T> Iterator for TryIter<C, Result<Infallible, E>>
where
    C: Iterator<Item = ControlFlow<Result<Infallible, E>, T>>,
{
    type Item = Result<T, E>;

    #[inline]
    fn next(&mut self) -> Option<Result<T, E>> {
        self.step()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.hint()
    }
}

impl<C, E, T> core::iter::FusedIterator for TryIter<C, Result<Infallible, E>> where
    C: Iterator<Item = ControlFlow<Result<Infallible, E>, T>>
{
}

impl<C, T> core::iter::FusedIterator for TryIter<C, Option<Infallible>> where
    C: Iterator<Item = ControlFlow<Option<Infallible>, T>>
{
}

impl<C, T> Iterator for TryIter<C, Option<Infallible>>
where
    C: Iterator<Item = ControlFlow<Option<Infallible>, T>>,
{
    type Item = Option<T>;

    #[inline]
    fn next(&mut self) -> Option<Option<T>> {
        self.step()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.hint()
    }
}

/// The iterable of a `for` evaluated apart from its loop (the first
/// iterable, before the comprehension's block), with the same probe as
/// `AsyncFor`: `ForIn(xs).comp_into_iter()` is `IntoIterator::into_iter(xs)`
/// when `xs` is iterable ([`Iterates`]), and otherwise ([`NotIterates`])
/// rustc's own error for `xs` not being iterable, once, on the user's
/// iterable; the loop then iterates nothing of an unknown type, which
/// reports nothing more (a bare `into_iter(xs)` would be reported again by
/// each later use of the iterator).
#[derive(Debug)]
pub struct ForIn<T>(pub T);

/// A first iterable's iterator, borrowed, for rustc's
/// `for_loops_over_fallibles` lint (which sees the type a `for` loop
/// iterates): an expansion writes `if false { for _ in
/// (&Fallible(&iter)).comp_fallible() {} }`. Through [`FallibleIter`], an
/// `Option`'s or a `Result`'s iterator gives back its `Option` or `Result`
/// (`&Option` for `&opt`; `&mut opt` reads as an `Option` of `&mut`), and
/// through [`NotFallible`] any other iterator gives an empty one: the lint
/// fires as for a hand-written loop over the iterable. (An iterator the
/// user made, `opt.iter()`, has the same type but is not linted by hand:
/// the expansion writes no probe for it.) Never called.
#[derive(Debug)]
pub struct Fallible<'a, I>(pub &'a I);

/// See [`Fallible`]: the iterators of `Option` and `Result`.
pub trait FallibleIter {
    /// `Option<T>`, `Result<T, ()>`, `&Option<T>`...
    type Source: IntoIterator;
    /// Never called (the loop that holds it never runs).
    fn comp_fallible(&self) -> Self::Source;
}

impl<T> FallibleIter for Fallible<'_, core::option::IntoIter<T>> {
    type Source = Option<T>;
    fn comp_fallible(&self) -> Option<T> {
        None
    }
}

impl<'a, T> FallibleIter for Fallible<'_, core::option::Iter<'a, T>> {
    type Source = &'a Option<T>;
    fn comp_fallible(&self) -> &'a Option<T> {
        &None
    }
}

impl<'a, T> FallibleIter for Fallible<'_, core::option::IterMut<'a, T>> {
    type Source = Option<&'a mut T>;
    fn comp_fallible(&self) -> Option<&'a mut T> {
        None
    }
}

impl<T> FallibleIter for Fallible<'_, core::result::IntoIter<T>> {
    type Source = Result<T, ()>;
    fn comp_fallible(&self) -> Result<T, ()> {
        Err(())
    }
}

impl<'a, T> FallibleIter for Fallible<'_, core::result::Iter<'a, T>> {
    type Source = Result<&'a T, ()>;
    fn comp_fallible(&self) -> Result<&'a T, ()> {
        Err(())
    }
}

/// See [`Fallible`]: any other iterator.
pub trait NotFallible {
    /// The iterator's items.
    type Item;
    /// Never called: an empty iterator of the items.
    fn comp_fallible(&self) -> core::iter::Empty<Self::Item>;
}

impl<I: Iterator> NotFallible for &Fallible<'_, I> {
    type Item = I::Item;
    fn comp_fallible(&self) -> core::iter::Empty<I::Item> {
        core::iter::empty()
    }
}

/// See [`ForIn`]: the iterable case.
pub trait Iterates {
    /// The iterator.
    type IntoIter: Iterator;
    /// `IntoIterator::into_iter`.
    fn comp_into_iter(self) -> Self::IntoIter;
}

impl<T: IntoIterator> Iterates for ForIn<T> {
    type IntoIter = T::IntoIter;

    #[inline]
    fn comp_into_iter(self) -> T::IntoIter {
        self.0.into_iter()
    }
}

/// See [`ForIn`]: anything else, a compile error.
pub trait NotIterates {
    /// The value after `in`.
    type Value;
    /// Never callable: the value is not an `IntoIterator` (std's bound, so
    /// std's message, `.chars()` hint included).
    fn comp_into_iter(self) -> core::iter::Empty<<Self::Value as IntoIterator>::Item>
    where
        Self::Value: IntoIterator;
}

impl<T> NotIterates for &ForIn<T> {
    type Value = T;

    fn comp_into_iter(self) -> core::iter::Empty<<T as IntoIterator>::Item>
    where
        T: IntoIterator,
    {
        core::iter::empty()
    }
}

/// An eager sync comprehension: `body`, its loops, run once on `iter`, its
/// first iterable evaluated before it, like CPython's `_listcomp(iter(xs))`.
/// The closure fills the collection declared before it (see the macros'
/// `eager::filled`), which it captures.
///
/// `FnOnce`: a value the loops move in every iteration (an inner `for o in
/// orders`) is rustc's "value moved here, in previous iteration of loop",
/// with its "iterate over `&orders`" help, as in the loop by hand, not
/// "cannot move out of a captured variable in an `FnMut` closure".
#[inline(always)]
pub fn fill<I, F: FnOnce(I)>(iter: I, body: F) {
    body(iter);
}

/// A list comprehension of the map shape (one `for`, no filter):
/// `iter.map(f).collect()`, std's exact allocation and vectorised loop.
///
/// `&mut dyn FnMut(Item) -> T` rather than a generic closure: rustc fixes `T` from the type the comprehension is expected to
/// have (`let v: Vec<String> = ..`) before it checks the closure, so that an
/// element of the wrong type is reported on the element, with rustc's
/// conversion hint. The optimiser sees the closure through the reference
/// once this is inlined (measured: the same time as the hand-written
/// chain, BENCHMARKS.md).
#[inline]
pub fn map_list<I: Iterator, T>(iter: I, f: &mut dyn FnMut(I::Item) -> T) -> Vec<T> {
    iter.map(f).collect()
}

/// The capacity an eager comprehension with a single `for` starts with: the
/// lower bound of its iterator's size hint, when the upper bound is known
/// (an infinite or unknown-size source starts empty). Like a hand-written
/// `Vec::with_capacity(v.len())`, a filter may leave some of it unused.
#[inline]
pub fn capacity<I: Iterator>(iter: &I) -> usize {
    match iter.size_hint() {
        (lower, Some(_)) => lower,
        (_, None) => 0,
    }
}

/// A variable of an outer level, re-bound in a deeper level's closure: by
/// value when it is `Copy` ([`ReuseCopy`]), by reference otherwise
/// ([`ReuseRef`]). `(&Reuse(&v)).reuse()` picks the first that applies.
pub struct Reuse<'a, T>(pub &'a T);

/// [`Reuse`] of a `Copy` value: the value.
pub trait ReuseCopy<T> {
    /// The value, copied.
    fn reuse(&self) -> T;
}

impl<T: Copy> ReuseCopy<T> for Reuse<'_, T> {
    #[inline]
    fn reuse(&self) -> T {
        *self.0
    }
}

/// [`Reuse`] of any other value: a reference to it.
pub trait ReuseRef<'a, T> {
    /// The value, borrowed.
    fn reuse(&self) -> &'a T;
}

impl<'a, T> ReuseRef<'a, T> for &Reuse<'a, T> {
    #[inline]
    fn reuse(&self) -> &'a T {
        self.0
    }
}

/// `Iterator::map` for a deeper level of a lazy comprehension that uses
/// variables of its outer levels (`bound`): they are kept beside the closure
/// and lent to each call, so the closure need not be `move` and borrows the
/// rest of its environment. Taking the iterator too gives the closure's
/// parameter its type before the closure's body is checked.
#[inline]
pub fn bound_map<I: Iterator, B, R>(
    iter: I,
    bound: B,
    mut f: impl FnMut(&B, I::Item) -> R,
) -> core::iter::Map<I, impl FnMut(I::Item) -> R> {
    iter.map(move |item| f(&bound, item))
}

/// `None`, as a call: the closure of a lazy form's `filter_map` ends with
/// it, its name and parentheses spanned over the element, so that rustc
/// reports an element of the wrong type for the caller (`extend`,
/// `collect`) on the element, as it does a hand-written closure's tail.
#[inline(always)]
pub fn filtered_out<T>() -> Option<T> {
    None
}

/// [`bound_map`] for `Iterator::filter_map`.
#[inline]
pub fn bound_filter_map<I: Iterator, B, R>(
    iter: I,
    bound: B,
    mut f: impl FnMut(&B, I::Item) -> Option<R>,
) -> core::iter::FilterMap<I, impl FnMut(I::Item) -> Option<R>> {
    iter.filter_map(move |item| f(&bound, item))
}

/// [`bound_map`] for `Iterator::flat_map`.
#[inline]
pub fn bound_flat_map<I: Iterator, B, U: IntoIterator>(
    iter: I,
    bound: B,
    mut f: impl FnMut(&B, I::Item) -> U,
) -> core::iter::FlatMap<I, U, impl FnMut(I::Item) -> U> {
    iter.flat_map(move |item| f(&bound, item))
}

/// A lazy comprehension `V` and the type `W` it is expected to have
/// ([`Expectation::lazy_form`](crate::__private::Expectation::lazy_form)): the
/// expansion ends in
///
/// ```text
/// let __comp_expected = Expectation::new();
/// if false { __comp_expected.expected_value() } else { use LazyForm as _; __comp_expected.lazy_form(VALUE).comp_iter() }
/// ```
///
/// so that a lazy form where another type is expected (returned as a
/// `Box<dyn Iterator>`, given to a `Vec` field) is [`IteratorAs`]'s or
/// [`StreamAs`]'s error, with the fix, on the display (rustc's own
/// mismatch would offer `Box::new(..)` in this crate's `macro_rules!`
/// wrapper, or show the runtime's signature of the stream). Without an
/// expected type, or with one the value defines (`-> impl Iterator`), `W`
/// is `V`.
pub struct Lazy<V, W>(V, PhantomData<fn() -> W>);

impl<V, W> Lazy<V, W> {
    /// A lazy form's `value`, for [`LazyForm`]'s methods.
    #[inline]
    pub fn new(value: V) -> Self {
        Lazy(value, PhantomData)
    }
}

/// See `Lazy` ([`Expectation::lazy_form`](crate::__private::Expectation::lazy_form)):
/// the lazy form as the expected type. (A trait's method, whose bound rustc
/// checks after choosing it, where an inherent one's would make the method
/// itself "not found"; its type through [`IteratorAs`] or [`StreamAs`]
/// makes rustc report that bound at the call alone, without a note into
/// this crate.)
pub trait LazyForm {
    /// The lazy form.
    type Value;
    /// The type it is expected to have.
    type Expected;
    /// A lazy `comp!`, as the expected type.
    fn comp_iter(self) -> <Self::Value as IteratorAs<Self::Expected>>::Out
    where
        Self::Value: IteratorAs<Self::Expected>;
    /// A lazy `acomp!`, as the expected type.
    fn comp_stream(self) -> <Self::Value as StreamAs<Self::Expected>>::Out
    where
        Self::Value: StreamAs<Self::Expected>;
}

impl<V, W> LazyForm for Lazy<V, W> {
    type Value = V;
    type Expected = W;

    #[inline]
    fn comp_iter(self) -> <V as IteratorAs<W>>::Out
    where
        V: IteratorAs<W>,
    {
        self.0.into_expected()
    }

    #[inline]
    fn comp_stream(self) -> <V as StreamAs<W>>::Out
    where
        V: StreamAs<W>,
    {
        self.0.into_expected()
    }
}

/// A lazy `comp!((..))` as the type `W` it is expected to have: implemented
/// for `W` itself. rustc names it when the iterator is expected to be
/// another type: a `Box<dyn Iterator>` (box the call), or a collection (a
/// display's brackets, or `.collect()`).
#[diagnostic::on_unimplemented(
    message = "a lazy `comp!((..))` is an iterator, where `{W}` is expected",
    label = "an iterator of its items",
    note = "for a `Box<dyn Iterator>`, box the call: `Box::new(comp!((..)))`; for a `&mut dyn Iterator`, borrow it: `&mut comp!((..))`; for a collection, write a list, set or dict display (`comp![..]`, `comp!({{..}})`) or `.collect()` it"
)]
pub trait IteratorAs<W> {
    /// `W`.
    type Out;
    /// `self`, as `W`.
    fn into_expected(self) -> Self::Out;
}

#[diagnostic::do_not_recommend]
impl<W> IteratorAs<W> for W {
    type Out = W;

    #[inline]
    fn into_expected(self) -> W {
        self
    }
}

/// A lazy `acomp!((..))` as the type `W` it is expected to have:
/// implemented for `W` itself. rustc names it when the stream is expected
/// to be another type: a `Pin<Box<dyn Stream>>` (pin and box the call), or
/// a collection (the eager form `acomp![..]`).
#[diagnostic::on_unimplemented(
    message = "a lazy `acomp!((..))` is a stream, where `{W}` is expected",
    label = "a stream of its items",
    note = "for a `Pin<Box<dyn Stream>>`, pin and box the call: `Box::pin(acomp!((..)))`; for a collection, write the eager form, awaited in place (`acomp![..]`, `acomp!({{..}})`), or `.collect::<Vec<_>>().await` the stream"
)]
pub trait StreamAs<W> {
    /// `W`.
    type Out;
    /// `self`, as `W`.
    fn into_expected(self) -> Self::Out;
}

#[diagnostic::do_not_recommend]
impl<W> StreamAs<W> for W {
    type Out = W;

    #[inline]
    fn into_expected(self) -> W {
        self
    }
}

/// The iterator of a first iterable written `&xs`, made before the loops, for a
/// loop over `&FirstIter::new(iter)`: rustc sees the `for` loop over a shared
/// borrow that `for x in &xs` by hand is, and its help for a write through an
/// item ("use a mutable iterator instead", `&mut xs`) is the hand-written
/// loop's. `IntoIterator` for `&FirstIter` gives the iterator back, once (the
/// `for` loop calls it once).
pub struct FirstIter<I>(core::cell::Cell<Option<I>>);

impl<I> core::fmt::Debug for FirstIter<I> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FirstIter").finish_non_exhaustive()
    }
}

impl<I> FirstIter<I> {
    /// Holds `iter` for the loop.
    #[inline(always)]
    pub fn new(iter: I) -> Self {
        FirstIter(core::cell::Cell::new(Some(iter)))
    }
}

impl<I: Iterator> IntoIterator for &FirstIter<I> {
    type Item = I::Item;
    type IntoIter = I;

    #[inline(always)]
    fn into_iter(self) -> I {
        self.take()
    }
}

// (One impl: rustc's "use mutable method" lists the methods of the called
// one's impl whose names extend its name, and none here does.)
impl<I> FirstIter<I> {
    /// The iterator, for a loop over `FirstCall::new(iter).iter()` whose
    /// iterator has no mutable counterpart in [`FirstCall`]'s impls (a
    /// `HashSet`'s, a user type's): the plain loop's, without a help.
    #[inline(always)]
    pub fn iter(&self) -> I {
        self.take()
    }

    /// As [`FirstIter::iter`], for `m.values()`.
    #[inline(always)]
    pub fn values(&self) -> I {
        self.take()
    }

    fn take(&self) -> I {
        match self.0.take() {
            Some(iter) => iter,
            None => unreachable!("a `for` loop takes its iterator once"),
        }
    }
}

/// The iterator of a first iterable written `xs.iter()` or `m.values()`,
/// made before the loops, for a loop over `FirstCall::new(iter).iter()`
/// (the method the user's, at the user's tokens): rustc sees the `for` loop
/// over a method call that `for x in xs.iter()` by hand is, and for a write
/// through an item suggests the methods of the called method's impl whose
/// names extend its name ("use mutable method: `iter_mut()`"). The impls
/// below pair `iter` with `iter_mut` and `values` with `values_mut` for the
/// iterators of the std collections that have both, so the suggestion is
/// the one rustc makes by hand; the `_mut` methods exist for that
/// suggestion, and are never called. Any other iterator's `iter()` is
/// [`FirstIter::iter`], through `Deref`: no suggestion, as by hand for a
/// `HashSet`.
pub struct FirstCall<I>(FirstIter<I>);

impl<I> core::fmt::Debug for FirstCall<I> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FirstCall").finish_non_exhaustive()
    }
}

impl<I> FirstCall<I> {
    /// Holds `iter` for the loop.
    #[inline(always)]
    pub fn new(iter: I) -> Self {
        FirstCall(FirstIter::new(iter))
    }
}

impl<I> core::ops::Deref for FirstCall<I> {
    type Target = FirstIter<I>;

    #[inline(always)]
    fn deref(&self) -> &FirstIter<I> {
        &self.0
    }
}

/// `impl FirstCall<$iter> { $read, $write }` for each std iterator whose
/// collection has both methods. They take `self`: a method by value is
/// found before any by reference, a user's extension trait's included.
macro_rules! first_calls {
    ($($read:ident / $write:ident for [$($generics:tt)*] $iter:ty;)*) => {$(
        impl<$($generics)*> FirstCall<$iter> {
            #[doc = concat!("The iterator, for a loop over `FirstCall::new(iter).", stringify!($read), "()`.")]
            #[inline(always)]
            pub fn $read(self) -> $iter {
                self.0.take()
            }

            #[doc = concat!("Never called: named by rustc's help for `", stringify!($read), "()` (see [`FirstCall`]).")]
            pub fn $write(self) -> $iter {
                self.0.take()
            }
        }
    )*};
}

first_calls! {
    iter / iter_mut for ['a, T] core::slice::Iter<'a, T>;
    iter / iter_mut for ['a, T] std::collections::vec_deque::Iter<'a, T>;
    iter / iter_mut for ['a, T] std::collections::linked_list::Iter<'a, T>;
    iter / iter_mut for ['a, K, V] std::collections::hash_map::Iter<'a, K, V>;
    iter / iter_mut for ['a, K, V] std::collections::btree_map::Iter<'a, K, V>;
    values / values_mut for ['a, K, V] std::collections::hash_map::Values<'a, K, V>;
    values / values_mut for ['a, K, V] std::collections::btree_map::Values<'a, K, V>;
}
