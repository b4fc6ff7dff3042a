// A list's or set's element of the wrong type is rustc's plain mismatch on
// it, with its own hints: not "arguments to this function are incorrect"
// on a `push` or an `insert` the user did not write, with a note into std.
// (A dict's key and value stay `insert`'s arguments, as by hand: both of
// the wrong type are then one error, not two.)
use std::collections::HashSet;

use comprehensions::comp;

struct Player {
    name: String,
    score: u32,
}

fn main() {
    let players = vec![Player { name: "ada".into(), score: 3 }];
    let best: Vec<u32> = comp![players.iter().map(|p| p.score).max() for _ in 0..1];
    let names: HashSet<String> = comp!({p.name.as_str() for p in &players});
    let _ = (best, names);
}
