//! The `?` machinery: a comprehension with `?` is all-or-nothing, as an
//! exception unwinding out of CPython's nested function is.
//!
//! `core::ops::Try` is unstable, and the stable `?` converts errors with
//! `From::from`, which leaves the error type of a closure's return value
//! uninferable. Expansions therefore rewrite each `expr?` of a comprehension
//! into an explicit match on the operand's [`Question`] split, tied to one
//! residual type by a [`TryScope`] ([`Agree`]) whose type parameter is fixed
//! by the first `?` it sees:
//!
//! ```text
//! // Before:  comp![s.parse::<i32>()? for s in v]
//! // After (inside the comprehension's closure):
//! let __comp_try = TryScope::new();
//! for s in v {
//!     let value = match __comp_try.agree(Question(s.parse::<i32>()).comp_branch()).comp_agree() {
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

use crate::lazy::TryIter;

/// What `?` applies to inside a comprehension: `Result` and `Option`
/// (implemented for those two only). rustc names it when a comprehension's
/// `?` is on anything else.
#[diagnostic::on_unimplemented(
    message = "`?` in a comprehension needs a `Result` or an `Option`, found `{Self}`",
    label = "this is neither a `Result` nor an `Option`",
    note = "a future (in `acomp!`) is awaited first: `.await?`"
)]
pub trait Try {
    /// The value `?` evaluates to on success.
    type Output;
    /// What a failure carries out of the comprehension.
    type Residual: Residual;
    /// Splits `self` into the success value or the residual.
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

// Not recommended: an error about `Try` does not list its two impls with
// their place in this file (the message already names them).
#[diagnostic::do_not_recommend]
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

#[diagnostic::do_not_recommend]
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
/// (through [`TryScope::agree`] and [`TryScope::fail`]), so that the final [`TryScope::wrap`] knows
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
    /// A scope whose residual type is fixed by its first [`TryScope::agree`].
    #[inline]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        TryScope(PhantomData)
    }

    /// `value?`, first half, with `step` the operand's own split
    /// ([`Question`]): ready for [`Agrees::comp_agree`], which makes every
    /// `?` of the comprehension share one residual type.
    #[inline]
    pub fn agree<Res, T>(self, step: ControlFlow<Res, T>) -> Agree<R, Res, T> {
        Agree(step, PhantomData)
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

    /// A fallible lazy `comp!` whose first iterable was evaluated: its
    /// chain, whose failures are this scope's.
    #[inline]
    pub fn running<C, T>(self, chain: C) -> TryIter<C, R>
    where
        C: Iterator<Item = ControlFlow<R, T>>,
    {
        TryIter::running(chain)
    }

    /// A fallible lazy `comp!` whose first iterable failed with `residual`
    /// (agreed with this scope at the iterable's `?`).
    #[inline]
    pub fn failed<C>(self, residual: R) -> TryIter<C, R> {
        TryIter::failed(residual)
    }
}

/// The operand of a comprehension's `?`, with the probe of `AsyncFor`:
/// `Question(v).comp_branch()` is `Try::branch(v)` when `v` is a `Result` or
/// an `Option` ([`Branches`]), and otherwise ([`NotBranches`]) the error of
/// [`Try`], once, on the user's `?` (a method's bound, not a function's: no
/// note points into this crate).
#[derive(Debug)]
pub struct Question<T>(pub T);

/// See [`Question`]: a `Result` or an `Option`.
pub trait Branches {
    /// The value on success.
    type Output;
    /// The failure.
    type Residual;
    /// [`Try::branch`].
    fn comp_branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

impl<T: Try> Branches for Question<T> {
    type Output = T::Output;
    type Residual = T::Residual;

    #[inline]
    fn comp_branch(self) -> ControlFlow<T::Residual, T::Output> {
        self.0.branch()
    }
}

/// See [`Question`]: anything else, a compile error.
pub trait NotBranches {
    /// The operand.
    type Value;
    /// Never callable: the operand is not [`Try`].
    fn comp_branch(
        self,
    ) -> ControlFlow<<Self::Value as Try>::Residual, <Self::Value as Try>::Output>
    where
        Self::Value: Try;
}

impl<T> NotBranches for &Question<T> {
    type Value = T;

    fn comp_branch(self) -> ControlFlow<<T as Try>::Residual, <T as Try>::Output>
    where
        T: Try,
    {
        unreachable!("`Question` of a `Try` value is `Branches`")
    }
}

/// One `?` of an eager comprehension whose residual type is `R`, split
/// into `ControlFlow<Res, T>` ([`TryScope::agree`]). `comp_agree()` turns it
/// into `ControlFlow<R, T>` when the residuals agree ([`Agrees`], by value:
/// two `Result`s with one error type, or two `Option`s), and otherwise is a
/// compile error on the user's `?` that names both: [`OtherError`] (by
/// reference) for two error types, [`ResultWhereOption`] and
/// [`OptionWhereResult`] (by `&mut`) for a `Result` and an `Option`. The
/// first `?` infers `R`. (Bounds on methods found by autoref, as
/// [`Question`]'s: rustc reports them without notes into this crate.)
///
/// `Agrees`' own type is `ControlFlow<R, T>` whatever the `?`'s error type:
/// with a `parse()` whose target type comes from the element's expected
/// type, or from a typed `let` clause (`let n: i64 = s.parse()?`), that
/// error type is not known yet where the split is matched, and the bound
/// that ties it to `R`'s waits, as a hand-written `?`'s conversion does.
pub struct Agree<R, Res, T>(ControlFlow<Res, T>, PhantomData<fn() -> R>);

/// See `Agree` ([`TryScope::agree`]): the residuals agree.
pub trait Agrees {
    /// The comprehension's residual.
    type Residual;
    /// The `?`'s success value.
    type Output;
    /// The `?`'s split, as the comprehension's.
    fn comp_agree(self) -> ControlFlow<Self::Residual, Self::Output>;
}

impl<F, E: SameError<F>, T> Agrees for Agree<Result<Infallible, F>, Result<Infallible, E>, T> {
    type Residual = Result<Infallible, F>;
    type Output = T;

    #[inline]
    fn comp_agree(self) -> ControlFlow<Result<Infallible, F>, T> {
        match self.0 {
            ControlFlow::Continue(value) => ControlFlow::Continue(value),
            ControlFlow::Break(Err(error)) => ControlFlow::Break(Err(error.same())),
            ControlFlow::Break(Ok(never)) => match never {},
        }
    }
}

impl<T> Agrees for Agree<Option<Infallible>, Option<Infallible>, T> {
    type Residual = Option<Infallible>;
    type Output = T;

    #[inline]
    fn comp_agree(self) -> ControlFlow<Option<Infallible>, T> {
        self.0
    }
}

/// See `Agree` ([`TryScope::agree`]): two `Result`s of different error types.
pub trait OtherError {
    /// The comprehension's residual.
    type Residual;
    /// The `?`'s success value.
    type Output;
    /// The `?`'s error type.
    type Error;
    /// The comprehension's error type.
    type Expected;
    /// Never callable: the error types differ. (Its type through
    /// `SameError` makes rustc report that bound at the call alone, without
    /// a note into this crate.)
    fn comp_agree(
        self,
    ) -> <Self::Error as SameError<Self::Expected>>::Step<Self::Residual, Self::Output>
    where
        Self::Error: SameError<Self::Expected>;
}

impl<F, E, T> OtherError for &Agree<Result<Infallible, F>, Result<Infallible, E>, T> {
    type Residual = Result<Infallible, F>;
    type Output = T;
    type Error = E;
    type Expected = F;

    fn comp_agree(self) -> <E as SameError<F>>::Step<Result<Infallible, F>, T>
    where
        E: SameError<F>,
    {
        unreachable!("`Agrees` takes one error type")
    }
}

/// See `Agree` ([`TryScope::agree`]): a `?` on a `Result` in a comprehension
/// that is an `Option`.
pub trait ResultWhereOption {
    /// The `?`'s error type.
    type Error;
    /// The `?`'s success value.
    type Output;
    /// Never callable: [`ResultInOption`] has no impls. (Its type through
    /// `ResultInOption` makes rustc report the bound at the call alone.)
    fn comp_agree(self) -> <Self::Error as ResultInOption>::Step<Self::Output>
    where
        Self::Error: ResultInOption;
}

impl<E, T> ResultWhereOption for &mut Agree<Option<Infallible>, Result<Infallible, E>, T> {
    type Error = E;
    type Output = T;

    fn comp_agree(self) -> <E as ResultInOption>::Step<T>
    where
        E: ResultInOption,
    {
        unreachable!("`ResultInOption` has no impls")
    }
}

/// See `Agree` ([`TryScope::agree`]): a `?` on an `Option` in a comprehension
/// that is a `Result`.
pub trait OptionWhereResult {
    /// The comprehension's error type.
    type Error;
    /// The `?`'s success value.
    type Output;
    /// Never callable: [`OptionInResult`] has no impls. (Its type through
    /// `OptionInResult` makes rustc report the bound at the call alone.)
    fn comp_agree(self) -> <Self::Error as OptionInResult>::Step<Self::Output>
    where
        Self::Error: OptionInResult;
}

impl<F, T> OptionWhereResult for &mut Agree<Result<Infallible, F>, Option<Infallible>, T> {
    type Error = F;
    type Output = T;

    fn comp_agree(self) -> <F as OptionInResult>::Step<T>
    where
        F: OptionInResult,
    {
        unreachable!("`OptionInResult` has no impls")
    }
}

/// What rustc reports when a `?` is on a `Result` (whose error type is
/// `Self`) in a comprehension that is an `Option` (by its other `?`s, or
/// the type it is expected to have): every `?` of one comprehension is on
/// the same kind. Implemented by nothing: it exists for its message.
#[diagnostic::on_unimplemented(
    message = "this `?` is on a `Result` (its error: `{Self}`) in a comprehension that is an `Option`",
    label = "every `?` of one comprehension is on a `Result`, or every one on an `Option`",
    note = "`.ok()?` here drops the error; or make the comprehension a `Result`, with `.ok_or(err)?` on its `Option`s"
)]
pub trait ResultInOption {
    /// `ControlFlow<Option<Infallible>, T>`.
    type Step<T>;
}

/// What rustc reports when a `?` is on an `Option` in a comprehension that
/// is a `Result` whose error type is `Self` (by its other `?`s, or the
/// type it is expected to have). Implemented by nothing: it exists for its
/// message.
#[diagnostic::on_unimplemented(
    message = "this `?` is on an `Option` in a comprehension that is a `Result` (its error: `{Self}`)",
    label = "every `?` of one comprehension is on a `Result`, or every one on an `Option`",
    note = "`.ok_or(err)?` here, with `err` a `{Self}`, fails with it; or make the comprehension an `Option`, with `.ok()?` on its `Result`s"
)]
pub trait OptionInResult {
    /// `ControlFlow<Result<Infallible, Self>, T>`.
    type Step<T>;
}

/// What rustc reports when one comprehension's `?`s have two error types,
/// or one other than the type it is expected to have: a comprehension does
/// not convert errors (SPEC: like a homogeneous `try` block). Implemented
/// for `F` itself.
#[diagnostic::on_unimplemented(
    message = "this `?` fails with `{Self}`, the comprehension with `{F}`",
    label = "no `From` conversion of errors inside a comprehension",
    note = "a comprehension does not convert errors with `From`: its error type is that of the type it is expected to have, or else that of the first `?` it runs (its first iterable's, when that has one); give all its `?`s that type, with `.map_err(<{F}>::from)?` here when `{F}` implements `From<{Self}>`, or `.map_err(|e| e.to_string())?` on each for a `String`; or move a `?` out of it (`let text = read(p)?;` before it) and convert the comprehension's error at a `?` of yours outside it, `Ok(comp![..]?)`"
)]
pub trait SameError<F> {
    /// `ControlFlow<R, T>`.
    type Step<R, T>;
    /// The error, as the comprehension's error type.
    fn same(self) -> F;
}

// Not recommended: a failed `SameError` is reported with its own message,
// without "`SameError<F>` is implemented for `F`".
#[diagnostic::do_not_recommend]
impl<F> SameError<F> for F {
    type Step<R, T> = ControlFlow<R, T>;

    #[inline]
    fn same(self) -> F {
        self
    }
}

/// The type a fallible eager comprehension is expected to have (`let v:
/// Result<Vec<String>, String> = comp![..]`, a function's return type), a
/// type variable shared by the two branches of the expansion's
///
/// ```text
/// let __comp_try = TryScope::new();
/// let __comp_expected = Expectation::new();
/// if false {
///     __comp_expected.expected_value()
/// } else {
///     use {Conforms as _, NotTies as _, Ties as _};
///     let __comp_tie = __comp_expected.tied(__comp_try);
///     let __comp_expected = __comp_tie.comp_tie();
///     let __comp_value = __comp_expected.conformed(RESULT).comp_conform();
///     __comp_value
/// }
/// ```
///
/// rustc checks an `if`'s branches in order, each coerced to the expected
/// type: the first, never taken, hands that type to `W`, and when it is a
/// `Result` or an `Option`, [`Ties::comp_tie`] then fixes the scope's
/// residual by it, before the comprehension's `?`s are checked. A `?` of
/// another error type than the expected one, or on a `Result` where an
/// `Option` is expected, is then reported on that `?` ([`SameError`],
/// [`ResultInOption`]), not as a mismatch on the whole call; any other
/// expected type (a collection: a `?` meant to skip) by [`ExpectedAs`].
/// Without an expected type, `W` is the result's type, and the first `?`
/// fixes the residual, as before.
pub struct Expectation<W>(PhantomData<fn() -> W>);

impl<W> Clone for Expectation<W> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<W> Copy for Expectation<W> {}

impl<W> Expectation<W> {
    /// The expectation of one comprehension.
    #[inline]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Expectation(PhantomData)
    }

    /// The first branch of `if false`: never called. Its type is the
    /// expected one.
    pub fn expected_value(self) -> W {
        unreachable!("the first branch of `if false`")
    }

    /// The expected type and the scope's residual, for [`Ties::comp_tie`].
    #[inline]
    pub fn tied<R>(self, scope: TryScope<R>) -> Tie<W, R> {
        let _ = scope;
        Tie(PhantomData)
    }

    /// A lazy comprehension's `value`, for [`Lazy::comp_iter`](crate::__private::Lazy::comp_iter)
    /// or [`Lazy::comp_stream`](crate::__private::Lazy::comp_stream).
    #[inline]
    pub fn lazy_form<V>(self, value: V) -> crate::lazy::Lazy<V, W> {
        crate::lazy::Lazy::new(value)
    }

    /// The comprehension's result `value`, for [`Conforms::comp_conform`].
    #[inline]
    pub fn conformed<V>(self, value: V) -> Conformed<V, W> {
        Conformed(value, PhantomData)
    }
}

/// The type `W` a comprehension is expected to have and its scope's
/// residual `R` ([`Expectation::tied`]). `comp_tie()` fixes `R` by `W`
/// when `W` is a `Result` or an `Option` ([`Ties`], by value), and does
/// nothing otherwise ([`NotTies`], by reference, found when `W` is known
/// to be neither).
pub struct Tie<W, R>(PhantomData<fn() -> (W, R)>);

impl<W, R> Clone for Tie<W, R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<W, R> Copy for Tie<W, R> {}

/// See `Tie` ([`Expectation::tied`]): a `Result` or an `Option` is
/// expected (or the expected type is not known yet: the bound waits).
pub trait Ties {
    /// The collection the expected type holds (`Vec<u32>` of
    /// `Result<Vec<u32>, E>`).
    type Output;
    /// Ties the residual to the expected type. What the result is then
    /// conformed to is free: another collection than the expected one is
    /// rustc's own mismatch, on the whole call.
    fn comp_tie<T>(self) -> Expectation<T>;
    /// Never called (in an `if false` of the expansion): the expected
    /// collection, for [`ExpectCollection`].
    fn comp_output(self) -> Self::Output;
}

impl<W: Expects<R>, R> Ties for Tie<W, R> {
    type Output = W::Output;

    #[inline]
    fn comp_tie<T>(self) -> Expectation<T> {
        Expectation::new()
    }

    fn comp_output(self) -> W::Output {
        unreachable!("in an `if false`")
    }
}

/// See `Tie` ([`Expectation::tied`]): another type is expected;
/// [`ExpectedAs`] reports it.
pub trait NotTies {
    /// The type the comprehension is expected to have.
    type Expected;
    /// Nothing to tie: the result is conformed to the expected type.
    fn comp_tie(self) -> Expectation<Self::Expected>;
    /// Never called: no expected collection ([`ExpectCollection`] does nothing).
    fn comp_output<T>(self) -> T;
}

impl<W, R> NotTies for &Tie<W, R> {
    type Expected = W;

    #[inline]
    fn comp_tie(self) -> Expectation<W> {
        Expectation::new()
    }

    fn comp_output<T>(self) -> T {
        unreachable!("in an `if false`")
    }
}

/// A comprehension's collection `&mut C` and the collection `O` its
/// expected type is ([`Expectation::expected_value`]) or holds
/// ([`Ties::comp_output`], with `?`), in an `if false` before its loop:
///
/// ```text
/// let mut list = Vec::new();
/// if false { ExpectCollection(&mut list, __comp_expected.expected_value()).comp_expect_collection(); }
/// for x in .. { Vec::push(&mut list, ELEM) }
/// ```
///
/// When `O` is the collection's type ([`CollectionExpected`], by value:
/// a `Vec` for a list, a `HashSet` for a set), the collection's element
/// type is the expected one before the element is checked: an element of
/// another type (a `&str` where `Vec<String>` is expected, an `Option<char>`
/// whose last `?` is forgotten in a comprehension expected to be
/// `Option<Vec<char>>`) is reported on the element, with rustc's own help,
/// as by hand on the `push`. Another type, or none
/// ([`CollectionNotExpected`], by reference), leaves it to the result's
/// check, one mismatch of the whole types (a list where a `Result` is
/// expected: its `?` forgotten).
pub struct ExpectCollection<'a, C, O>(pub &'a mut C, pub O);

/// See [`ExpectCollection`]: the collection's type is expected.
pub trait CollectionExpected {
    /// Nothing at run time (never called).
    fn comp_expect_collection(self);
}

impl<C> CollectionExpected for ExpectCollection<'_, C, C> {
    #[inline]
    fn comp_expect_collection(self) {}
}

/// See [`ExpectCollection`]: another type, or none, is expected.
pub trait CollectionNotExpected {
    /// Nothing at run time (never called).
    fn comp_expect_collection(self);
}

impl<C, O> CollectionNotExpected for &ExpectCollection<'_, C, O> {
    #[inline]
    fn comp_expect_collection(self) {}
}

/// An expected type that fixes a comprehension's residual `R`:
/// `Result<T, E>` fixes `Result<Infallible, E>`, `Option<T>` fixes
/// `Option<Infallible>` ([`Ties`]).
pub trait Expects<R> {
    /// The value inside: `T` of `Result<T, E>` and of `Option<T>`.
    type Output;
}

impl<T, E> Expects<Result<Infallible, E>> for Result<T, E> {
    type Output = T;
}
impl<T> Expects<Option<Infallible>> for Option<T> {
    type Output = T;
}

/// A comprehension's result `V` and the type `W` it is expected to have
/// ([`Expectation::conformed`]).
pub struct Conformed<V, W>(V, PhantomData<fn() -> W>);

/// See `Conformed` ([`Expectation::conformed`]): its result, as the expected type.
pub trait Conforms {
    /// The comprehension's result.
    type Value;
    /// The type it is expected to have.
    type Expected;
    /// The result, as the expected type. (Its type through [`ExpectedAs`]
    /// makes rustc report that bound at the call alone, without a note into
    /// this crate.)
    fn comp_conform(self) -> <Self::Value as ExpectedAs<Self::Expected>>::Out
    where
        Self::Value: ExpectedAs<Self::Expected>;
}

impl<V, W> Conforms for Conformed<V, W> {
    type Value = V;
    type Expected = W;

    #[inline]
    fn comp_conform(self) -> <V as ExpectedAs<W>>::Out
    where
        V: ExpectedAs<W>,
    {
        self.0.into_expected()
    }
}

/// A comprehension's result as the type `W` it is expected to have:
/// implemented for `W` itself. rustc names it when a comprehension that its
/// `?`s make a `Result` or an `Option` is expected to be neither: its
/// collection (a `?` meant to skip the items that fail), or another type.
#[diagnostic::on_unimplemented(
    message = "this `?` makes the comprehension `{Self}`, where `{W}` is expected",
    label = "a `?` fails the whole comprehension",
    note = "to fail, give the comprehension the type `{Self}` (return it from a function that returns one), or end it with `?` (`comp![..]?`) in a function that returns a `Result` or an `Option`; to skip the items that fail instead, filter them out (`if let Some(v) = ..`, `if let Ok(v) = ..`)"
)]
pub trait ExpectedAs<W> {
    /// `W`.
    type Out;
    /// `self`, as `W`.
    fn into_expected(self) -> Self::Out;
}

#[diagnostic::do_not_recommend]
impl<W> ExpectedAs<W> for W {
    type Out = W;

    #[inline]
    fn into_expected(self) -> W {
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
