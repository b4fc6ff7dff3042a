//! Python's comprehensions for Rust (docs to come).
#![forbid(unsafe_code)]

/// Synchronous comprehensions.
#[macro_export]
macro_rules! comp {
    ($($body:tt)*) => {
        $crate::__private::comp_impl!(($crate) $($body)*)
    };
}

/// Asynchronous comprehensions.
#[macro_export]
macro_rules! acomp {
    ($($body:tt)*) => {
        $crate::__private::acomp_impl!(($crate) $($body)*)
    };
}

#[doc(hidden)]
pub mod __private {
    pub use comp_macros::{acomp_impl, comp_impl};
    pub use comp_runtime::__private::*;
}
