//! mistake: returning a lazy comprehension of `usize` lengths from a function declared `-> impl Iterator<Item = u32>`
//! offending: w.len()
//! category: type
use comprehensions::comp;

fn word_lengths(words: Vec<String>) -> impl Iterator<Item = u32> {
    comp!(move (w.len() for w in words if !w.is_empty()))
}

fn main() {
    let total: u32 = word_lengths(vec!["a".into(), "bcd".into()]).sum();
    println!("{total}");
}
