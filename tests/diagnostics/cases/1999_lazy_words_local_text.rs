//! mistake: returned a lazy `move` iterator over `text.split_whitespace()` where `text` is a local `String` read in the function; `move` does not move what the first iterable borrows
//! offending: text.split_whitespace()
//! category: ownership
use comprehensions::comp;

fn words(path: &str) -> impl Iterator<Item = String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    comp!(move (w.to_lowercase() for w in text.split_whitespace()))
}

fn main() {
    for w in words("/etc/hostname") {
        println!("{w}");
    }
}
