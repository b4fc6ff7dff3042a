//! The gates of the options that need an optional dependency: `parallel`
//! (rayon) and `spawn` (tokio).
//!
//! A procedural macro cannot see the features of the crate that calls it,
//! so the expansion of such an option is wrapped in a gate named here,
//! after the error to report when the feature is off:
//!
//! ```text
//! // comp![f(x) for x in xs; parallel]
//! $crate::__private::parallel! {
//!     (::core::compile_error!("`parallel` needs the `rayon` cargo feature .."))
//!     /* the rayon expansion */
//! }
//! ```
//!
//! With the feature, the gate is the expansion; without it, the error (and
//! nothing else: the rest is never compiled). The macro writes the error,
//! spanned on the option's keyword, so that rustc reports it there.

/// `parallel`'s gate: the expansion, with the `rayon` feature.
#[cfg(feature = "rayon")]
#[doc(hidden)]
#[macro_export]
macro_rules! __comp_parallel {
    (($($error:tt)*) $($expansion:tt)*) => { $($expansion)* };
}

/// `parallel`'s gate: the error, without the `rayon` feature.
#[cfg(not(feature = "rayon"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __comp_parallel {
    (($($error:tt)*) $($expansion:tt)*) => { $($error)* };
}

/// `spawn`'s gate: the expansion, with the `tokio` feature.
#[cfg(feature = "tokio")]
#[doc(hidden)]
#[macro_export]
macro_rules! __comp_spawn {
    (($($error:tt)*) $($expansion:tt)*) => { $($expansion)* };
}

/// `spawn`'s gate: the error, without the `tokio` feature.
#[cfg(not(feature = "tokio"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __comp_spawn {
    (($($error:tt)*) $($expansion:tt)*) => { $($error)* };
}
