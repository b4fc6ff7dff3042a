//! The `?` machinery: a comprehension with `?` is all-or-nothing, as an
//! exception unwinding out of CPython's nested function is.
//!
//! `core::ops::Try` is unstable, and the stable `?` converts errors with
//! `From::from`, which leaves the error type of a closure's return value
//! uninferable. Expansions therefore rewrite each `expr?` of a comprehension
//! into an explicit match on [`Try::branch`], and return the residual through
//! a [`TryScope`], whose type parameter is fixed by the first `?` it sees:
//!
//! ```text
//! // Before:  comp![s.parse::<i32>()? for s in v]
//! // After (inside the comprehension's closure):
//! let __comp_try = TryScope::new();
//! for s in v {
//!     let value = match __comp_try.branch(s.parse::<i32>()) {
//!         ControlFlow::Continue(value) => value,
//!         ControlFlow::Break(residual) => return __comp_try.fail(residual),
//!     };
//!     Vec::push(&mut out, value);
//! }
//! __comp_try.wrap(out) // Result<Vec<i32>, ParseIntError>, no annotation needed
//! ```

use core::convert::Infallible;
use core::marker::PhantomData;
use core::ops::ControlFlow;

/// A value `?` can be applied to inside a comprehension: `Result` or `Option`.
#[diagnostic::on_unimplemented(
    message = "`?` in a comprehension needs a `Result` or an `Option`, found `{Self}`",
    label = "this is neither a `Result` nor an `Option`"
)]
pub trait Try {
    /// The value `?` evaluates to on success.
    type Output;
    /// What a failure carries out of the comprehension.
    type Residual: Residual;
    /// Splits `self` into the success value or the residual.
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

impl<T, E> Try for Result<T, E> {
    type Output = T;
    type Residual = Result<Infallible, E>;

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Ok(value) => ControlFlow::Continue(value),
            Err(error) => ControlFlow::Break(Err(error)),
        }
    }
}

impl<T> Try for Option<T> {
    type Output = T;
    type Residual = Option<Infallible>;

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Some(value) => ControlFlow::Continue(value),
            None => ControlFlow::Break(None),
        }
    }
}

/// The failure half of a [`Try`] type, which knows how to wrap a whole
/// comprehension's result: `Result<Infallible, E>` wraps `C` as
/// `Result<C, E>`, `Option<Infallible>` as `Option<C>`.
pub trait Residual {
    /// The type of a comprehension producing `T` under this residual.
    type Wrap<T>;
    /// Wraps a successful result.
    fn wrap<T>(value: T) -> Self::Wrap<T>;
    /// Turns the residual into a failed result.
    fn fail<T>(self) -> Self::Wrap<T>;
}

impl<E> Residual for Result<Infallible, E> {
    type Wrap<T> = Result<T, E>;

    #[inline]
    fn wrap<T>(value: T) -> Result<T, E> {
        Ok(value)
    }

    #[inline]
    fn fail<T>(self) -> Result<T, E> {
        match self {
            Err(error) => Err(error),
            Ok(never) => match never {},
        }
    }
}

impl Residual for Option<Infallible> {
    type Wrap<T> = Option<T>;

    #[inline]
    fn wrap<T>(value: T) -> Option<T> {
        Some(value)
    }

    #[inline]
    fn fail<T>(self) -> Option<T> {
        None
    }
}

/// Ties every `?` of one eager comprehension to a single residual type
/// (through [`TryScope::branch`] and [`TryScope::fail`]), so that the final [`TryScope::wrap`] knows
/// whether to build `Ok(..)` or `Some(..)`, and so that the error type is
/// inferred from the `?` operands.
///
/// Its methods take `self` by value (it is `Copy`), so that method calls on
/// it resolve to them before any user trait method of the same name.
pub struct TryScope<R>(PhantomData<fn() -> R>);

impl<R> Clone for TryScope<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for TryScope<R> {}

impl<R: Residual> TryScope<R> {
    /// A scope whose residual type is fixed by its first [`TryScope::branch`].
    #[inline]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        TryScope(PhantomData)
    }

    /// `value?`, first half: the success value or the residual. Its bound
    /// makes every `?` of the comprehension share one residual type.
    #[inline]
    pub fn branch<T: Try>(self, value: T) -> ControlFlow<R, T::Output>
    where
        T::Residual: FailsAs<R>,
    {
        match value.branch() {
            ControlFlow::Continue(value) => ControlFlow::Continue(value),
            ControlFlow::Break(residual) => ControlFlow::Break(residual.fails_as()),
        }
    }

    /// `value?`, second half: the comprehension's failed result.
    #[inline]
    pub fn fail<T>(self, residual: R) -> R::Wrap<T> {
        residual.fail()
    }

    /// One item of a fallible lazy comprehension: `Ok(v)`/`Some(v)`, or the failure.
    #[inline]
    pub fn settle<T>(self, step: ControlFlow<R, T>) -> R::Wrap<T> {
        settle(step)
    }

    /// One item of a fallible `parallel` lazy comprehension (a rayon chain
    /// of `Result<T, R>` items): `Ok(v)`/`Some(v)`, or the failure.
    #[inline]
    pub fn settle_result<T>(self, step: Result<T, R>) -> R::Wrap<T> {
        match step {
            Ok(value) => R::wrap(value),
            Err(residual) => residual.fail(),
        }
    }

    /// The comprehension's successful result.
    #[inline]
    pub fn wrap<T>(self, value: T) -> R::Wrap<T> {
        R::wrap(value)
    }
}

/// A `?`'s residual `Self` can fail a comprehension whose residual is `R`:
/// `Result<Infallible, E>` where `E` is `F` ([`SameError`]) for
/// `Result<Infallible, F>`, and `Option<Infallible>` for itself. The first
/// `?` of a comprehension infers `R` through it; a later one that does not
/// match is reported on its own operand.
#[diagnostic::on_unimplemented(
    message = "this `?` cannot fail the comprehension: it fails with `{Self}`, its other `?`s with `{R}`",
    label = "every `?` of one comprehension is on a `Result`, or every one on an `Option`",
    note = "turn an `Option` into a `Result` with `.ok_or(err)?`, or a `Result` into an `Option` with `.ok()?`"
)]
pub trait FailsAs<R> {
    /// The residual, as the comprehension's.
    fn fails_as(self) -> R;
}

impl<E, F> FailsAs<Result<Infallible, F>> for Result<Infallible, E>
where
    E: SameError<F>,
{
    #[inline]
    fn fails_as(self) -> Result<Infallible, F> {
        match self {
            Err(error) => Err(error.same()),
            Ok(never) => match never {},
        }
    }
}

impl FailsAs<Option<Infallible>> for Option<Infallible> {
    #[inline]
    fn fails_as(self) -> Option<Infallible> {
        self
    }
}

/// The error type of one `?` is the comprehension's error type `F`
/// (implemented for `F` itself only: no `From` conversion inside).
#[diagnostic::on_unimplemented(
    message = "this `?` fails with `{Self}`, an earlier `?` of the comprehension with `{F}`",
    label = "a second error type in one comprehension",
    note = "a comprehension does not convert errors with `From`: convert this one with `.map_err({F}::from)?`, or return `Ok(comp![..]?)` to convert at your function's `?`"
)]
pub trait SameError<F> {
    /// The error, as the comprehension's error type.
    fn same(self) -> F;
}

impl<F> SameError<F> for F {
    #[inline]
    fn same(self) -> F {
        self
    }
}

/// A non-`Copy` box for the variables a comprehension binds, so that a
/// non-`move` closure or async block takes them by value (consuming an
/// `Owned` forces a by-value capture) while it still borrows the rest of the
/// caller's environment.
pub struct Owned<T>(pub T);

impl<T> Owned<T> {
    /// Unwraps the bound variables.
    #[inline]
    pub fn into_inner(self) -> T {
        self.0
    }
}

/// The item of a fallible lazy comprehension from one of its steps:
/// `Continue(v)` becomes `Ok(v)`/`Some(v)`, `Break(r)` the failure.
#[inline]
pub fn settle<R: Residual, T>(step: ControlFlow<R, T>) -> R::Wrap<T> {
    match step {
        ControlFlow::Continue(value) => R::wrap(value),
        ControlFlow::Break(residual) => residual.fail(),
    }
}

/// The item of an infallible lazy comprehension from one of its steps.
#[inline]
pub fn infallible<T>(step: ControlFlow<Infallible, T>) -> T {
    match step {
        ControlFlow::Continue(value) => value,
        ControlFlow::Break(never) => match never {},
    }
}
