//! mistake: calls `is_uppercase()` on a `&str` word, Python's `w.isupper()`; Rust has it on `char` only
//! offending: is_uppercase
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "the NASA and ESA budgets rose in 2023";
    let acronyms = comp![w for w in text.split_whitespace() if w.is_uppercase()];
    println!("{acronyms:?}");
}
