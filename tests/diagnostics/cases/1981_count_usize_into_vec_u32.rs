//! mistake: collected per-line word counts, `usize` from `count()`, into a `Vec<u32>`
//! offending: line.split_whitespace().count()
//! category: type
use comprehensions::comp;

fn main() {
    let text = "the quick brown fox\njumps over\nthe lazy dog";
    let word_counts: Vec<u32> = comp![line.split_whitespace().count() for line in text.lines()];
    println!("{word_counts:?}");
}
