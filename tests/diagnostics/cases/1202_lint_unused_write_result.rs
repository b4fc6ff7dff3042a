//! mistake: logs with `write!(log, ..)` in the element's block and drops the `fmt::Result` it returns
//! offending: write!(log, "{x} ")
//! category: lint
use comprehensions::comp;
use std::fmt::Write;

fn main() {
    let xs = vec![1, 2, 3];
    let mut log = String::new();
    let doubled = comp![{ write!(log, "{x} "); x * 2 } for x in &xs];
    println!("{doubled:?} after {log}");
}
