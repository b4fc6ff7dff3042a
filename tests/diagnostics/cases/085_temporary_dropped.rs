//! mistake: keeping words borrowed from a temporary `to_lowercase()` String past the statement
//! offending: text.to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let text = String::from("The Cat and the Hat");
    let words = comp![w for w in text.to_lowercase().split(' ') if w != "the"];
    println!("{words:?}");
}
