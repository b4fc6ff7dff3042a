//! mistake: iterated `words.sort()` as if it were Python's `sorted(words)`; `sort` sorts in place and returns `()`
//! offending: words.sort()
//! category: python-habit
fn main() {
    let mut words = vec!["pear", "apple", "fig"];
    let mut listing: Vec<String> = Vec::new();
    for w in words.sort() {
        listing.push(format!("- {w}"));
    }
    println!("{}", listing.join("\n"));
}
