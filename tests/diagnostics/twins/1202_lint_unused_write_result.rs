//! mistake: logs with `write!(log, ..)` in a loop and drops the `fmt::Result`
//! offending: write!(log, "{x} ")
//! category: lint
use std::fmt::Write;

fn main() {
    let xs = vec![1, 2, 3];
    let mut log = String::new();
    let mut doubled = Vec::new();
    for x in &xs {
        write!(log, "{x} ");
        doubled.push(x * 2);
    }
    println!("{doubled:?} after {log}");
}
