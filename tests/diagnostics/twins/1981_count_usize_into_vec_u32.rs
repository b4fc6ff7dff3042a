//! mistake: collected per-line word counts, `usize` from `count()`, into a `Vec<u32>`
//! offending: line.split_whitespace().count()
//! category: type
fn main() {
    let text = "the quick brown fox\njumps over\nthe lazy dog";
    let mut word_counts: Vec<u32> = Vec::new();
    for line in text.lines() {
        word_counts.push(line.split_whitespace().count());
    }
    println!("{word_counts:?}");
}
