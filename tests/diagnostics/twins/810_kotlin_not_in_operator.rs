//! mistake: Kotlin's `!in` for "not in" in a filter
fn main() {
    let stop = ["a", "the", "of"];
    let words = vec!["the", "art", "of", "war"];
    let mut kept = Vec::new();
    for w in &words {
        if w !in stop {
            kept.push(*w);
        }
    }
    println!("{kept:?}");
}
