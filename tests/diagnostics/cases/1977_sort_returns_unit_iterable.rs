//! mistake: iterated `words.sort()` as if it were Python's `sorted(words)`; `sort` sorts in place and returns `()`
//! offending: words.sort()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let mut words = vec!["pear", "apple", "fig"];
    let listing: Vec<String> = comp![format!("- {w}") for w in words.sort()];
    println!("{}", listing.join("\n"));
}
