//! mistake: keeping `&str` words of a temporary `to_lowercase()` string past the statement
//! offending: text.to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let text = String::from("The cat and THE hat");
    let words = comp![w for w in text.to_lowercase().split_whitespace()];
    let the_count = words.iter().filter(|w| **w == "the").count();
    println!("{the_count}");
}
