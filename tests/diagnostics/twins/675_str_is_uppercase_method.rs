//! mistake: calls `is_uppercase()` on a `&str` word, Python's `w.isupper()`; Rust has it on `char` only
//! offending: is_uppercase
//! category: python-habit

fn main() {
    let text = "the NASA and ESA budgets rose in 2023";
    let mut acronyms = Vec::new();
    for w in text.split_whitespace() {
        if w.is_uppercase() {
            acronyms.push(w);
        }
    }
    println!("{acronyms:?}");
}
