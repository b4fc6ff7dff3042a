// A comprehension with `?` expected to be a `Result` (or an `Option`) of
// another collection than its own (a set display where the function returns
// `Result<Vec<_>, _>`): rustc's mismatch, on the whole call, naming both;
// not a message about the `?`.
use std::num::ParseIntError;

use comprehensions::comp;

fn unique(words: &[&str]) -> Result<Vec<u32>, ParseIntError> {
    comp!({w.parse::<u32>()? for w in words})
}

fn main() {
    let _ = unique(&["1"]);
}
