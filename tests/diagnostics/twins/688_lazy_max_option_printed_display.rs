//! mistake: prints the `max()` of a lazy form with `{}`, but `max()` returns an `Option` (Python's `max` returns the value)
//! offending: longest
//! category: type

fn main() {
    let words = vec!["kayak", "level", "rotator", "abc"];
    let longest = words.iter().filter(|w| w.chars().eq(w.chars().rev())).map(|w| w.len()).max();
    println!("longest palindrome: {} letters", longest);
}
