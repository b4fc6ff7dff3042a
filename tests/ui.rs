//! Compile-fail tests: one file per diagnostic in `tests/ui/`, each with the
//! `.stderr` a user sees. Regenerate with `TRYBUILD=overwrite cargo test --test ui`
//! (and `--all-features` for `tests/ui-features-on/`) and read every changed
//! `.stderr` before committing it.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    // Programs that must compile (under `#![deny(warnings)]` where they say
    // so) and run: shapes that once failed to.
    t.pass("tests/pass/*.rs");
    // `parallel` and `spawn` without their cargo features: one error each,
    // naming the feature. (And messages that print a std name, an iterator
    // adapter or `into_iter`, which rustc names with its path,
    // `std::iter::FilterMap`, once rayon's item of the same name is loaded.)
    #[cfg(not(any(feature = "rayon", feature = "tokio")))]
    t.compile_fail("tests/ui-features-off/*.rs");
    // With them: rustc's own errors on the user's tokens (`Send`, `'static`).
    #[cfg(all(feature = "rayon", feature = "tokio"))]
    t.compile_fail("tests/ui-features-on/*.rs");
}
