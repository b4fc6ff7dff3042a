//! mistake: Kotlin's `!in` for "not in" in a filter
//! offending: !in
//! category: syntax
use comprehensions::comp;

fn main() {
    let stop = ["a", "the", "of"];
    let words = vec!["the", "art", "of", "war"];
    let kept = comp![*w for w in &words if w !in stop];
    println!("{kept:?}");
}
