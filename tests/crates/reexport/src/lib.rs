//! Re-exports `comp!` and `acomp!`, as a framework crate would.

pub use comprehensions::{acomp, comp};
