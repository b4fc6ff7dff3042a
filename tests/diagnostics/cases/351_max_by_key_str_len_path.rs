//! mistake: Python's `max(t, key=len)` as `.max_by_key(str::len)` over `&&str` items
//! offending: str::len
//! category: type
use comprehensions::comp;

fn main() {
    let teams = vec![vec!["ann", "christine"], vec!["bo", "dave"]];
    // Python: longest = [max(t, key=len) for t in teams]
    let longest = comp![t.iter().max_by_key(str::len) for t in &teams];
    println!("{longest:?}");
}
