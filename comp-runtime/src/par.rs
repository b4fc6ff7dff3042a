//! The first iterable of `comp![..; parallel]` (feature `rayon`), with the
//! probe of `ForIn`: `ParIn(xs).comp_into_par_iter()` is
//! `IntoParallelIterator::into_par_iter(xs)` when `xs` is one
//! ([`ParIterates`]), and otherwise ([`NotParIterates`]) rayon's own error
//! for it, once, on the user's iterable (a bare `into_par_iter(xs)` was
//! reported again on the whole call by the chain built on it).

use rayon::iter::{IntoParallelIterator, ParallelIterator};

/// See the module: the iterable of a `parallel` comprehension.
#[derive(Debug)]
pub struct ParIn<T>(pub T);

/// See [`ParIn`]: a parallel iterable.
pub trait ParIterates {
    /// The parallel iterator.
    type Iter: ParallelIterator;
    /// `IntoParallelIterator::into_par_iter`.
    fn comp_into_par_iter(self) -> Self::Iter;
}

impl<T: IntoParallelIterator> ParIterates for ParIn<T> {
    type Iter = T::Iter;

    #[inline]
    fn comp_into_par_iter(self) -> T::Iter {
        self.0.into_par_iter()
    }
}

/// See [`ParIn`]: anything else, a compile error.
pub trait NotParIterates {
    /// The value after `in`.
    type Value;
    /// Never callable: the value is not an `IntoParallelIterator` (rayon's
    /// bound, so rayon's message).
    fn comp_into_par_iter(self) -> rayon::iter::Empty<<Self::Value as IntoParallelIterator>::Item>
    where
        Self::Value: IntoParallelIterator;
}

impl<T> NotParIterates for &ParIn<T> {
    type Value = T;

    fn comp_into_par_iter(self) -> rayon::iter::Empty<<T as IntoParallelIterator>::Item>
    where
        T: IntoParallelIterator,
    {
        rayon::iter::empty()
    }
}
