//! mistake: returned a lazy `move` iterator over `text.split_whitespace()` where `text` is a local `String` read in the function; `move` does not move what the first iterable borrows
//! offending: text.split_whitespace()
//! category: ownership
fn words(path: &str) -> impl Iterator<Item = String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.split_whitespace().map(move |w| w.to_lowercase())
}

fn main() {
    for w in words("/etc/hostname") {
        println!("{w}");
    }
}
