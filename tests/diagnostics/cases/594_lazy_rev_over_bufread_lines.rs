//! mistake: `.rev()` on a lazy comprehension over `BufRead::lines()` (Python's `reversed(...)` to read a log newest first), which is not double-ended
//! offending: rev
//! category: type
use comprehensions::comp;
use std::io::{BufRead, Cursor};

fn main() {
    let reader = Cursor::new("boot\nlogin\nlogout\n");
    let newest_first: Vec<String> = comp!((l.unwrap() for l in reader.lines())).rev().collect();
    println!("{newest_first:?}");
}
