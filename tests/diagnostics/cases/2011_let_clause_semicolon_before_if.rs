//! mistake: ended a `let` clause with a statement's `;` (`let (k, v) = ..unwrap();`) before the next `if` clause, as between statements in a loop body
//! offending: ;
//! category: syntax
use comprehensions::comp;

fn main() {
    let text = "a=1\nb=2";
    let cfg = comp!({k: v for line in text.lines() let (k, v) = line.split_once('=').unwrap(); if !k.is_empty()});
    println!("{cfg:?}");
}
