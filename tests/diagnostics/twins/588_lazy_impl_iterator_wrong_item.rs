//! mistake: returning an iterator chain of `usize` lengths from a function declared `-> impl Iterator<Item = u32>` (hand-written)
fn word_lengths(words: Vec<String>) -> impl Iterator<Item = u32> {
    words.into_iter().filter(|w| !w.is_empty()).map(|w| w.len())
}

fn main() {
    let total: u32 = word_lengths(vec!["a".into(), "bcd".into()]).sum();
    println!("{total}");
}
