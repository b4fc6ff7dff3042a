//! mistake: itertools' .combinations(2) on a std iterator (no such method without the itertools crate)
//! offending: combinations
//! category: python-habit
use comprehensions::comp;

fn main() {
    let players = vec!["ann", "bob", "cid"];
    let matches = comp![format!("{} vs {}", p[0], p[1]) for p in players.iter().combinations(2)];
    println!("{matches:?}");
}
