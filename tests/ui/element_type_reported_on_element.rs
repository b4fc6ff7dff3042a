// The type the comprehension is expected to have reaches its element: a
// `&str` pushed into a `Vec<String>` is reported on the element, with
// rustc's own conversion hint, as a hand-written `v.push(w)` would be.
use std::collections::{HashMap, HashSet};

use comprehensions::comp;

#[derive(PartialEq, Eq, Clone, Copy)]
struct Pos(i32, i32);

fn main() {
    let text = "the quick brown fox";
    let words: Vec<String> = comp![w for w in text.split_whitespace() if w.len() > 3];
    let lengths: HashMap<String, usize> = comp!({w: w.len() for w in text.split(' ')});
    let cells = [(Pos(0, 0), true)];
    let alive: HashSet<Pos> = comp!({p for (p, a) in cells if a});
    let _ = (words, lengths, alive);
}
