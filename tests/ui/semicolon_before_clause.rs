use comprehensions::comp;

fn main() {
    let text = "a=1";
    // A `;` after a `let` clause, as after a statement: the clauses end
    // there, and the `if` is read where an option is expected.
    let _ = comp!({k: v for line in text.lines() let (k, v) = line.split_once('=').unwrap(); if !k.is_empty()});
}
