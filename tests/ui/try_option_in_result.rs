// A `?` on an `Option` in a comprehension that is a `Result` (by its other
// `?`s, or by the type it is expected to have): one error on that `?`,
// naming the comprehension's error type and `.ok_or(err)?`.
use std::collections::HashMap;
use std::num::ParseIntError;

use comprehensions::comp;

fn firsts(words: &[&str]) -> Result<Vec<char>, String> {
    comp![w.chars().next()? for w in words]
}

fn main() {
    let limits = HashMap::from([("a", 1)]);
    let _: Result<Vec<i32>, ParseIntError> =
        comp![k.parse::<i32>()? + limits.get(k)? for k in ["a"]];
    let _ = firsts(&["x"]);
}
