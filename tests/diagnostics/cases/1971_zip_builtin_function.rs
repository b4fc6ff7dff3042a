//! mistake: paired header names with values using Python's builtin `zip(keys, values)` without importing `std::iter::zip`
//! offending: zip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let keys = "id,name,shell".split(',').collect::<Vec<_>>();
    let values = "7,ann,/bin/zsh".split(',').collect::<Vec<_>>();
    let pairs: Vec<String> = comp![format!("{k}={v}") for (k, v) in zip(keys, values)];
    println!("{pairs:?}");
}
