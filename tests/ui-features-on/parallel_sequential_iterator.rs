// A sequential iterator (`.iter().enumerate()`) where `parallel` needs a
// parallel one: rayon's error, once, on the iterable (`par_iter()` is the
// fix).
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let words = ["Apple", "bob"];
    let index: HashMap<String, usize> =
        comp!({w.to_lowercase(): i for (i, w) in words.iter().enumerate(); parallel});
    let _ = index;
}
