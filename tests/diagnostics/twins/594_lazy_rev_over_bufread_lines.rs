//! mistake: `.rev()` on an iterator chain over `BufRead::lines()`, which is not double-ended (hand-written)
use std::io::{BufRead, Cursor};

fn main() {
    let reader = Cursor::new("boot\nlogin\nlogout\n");
    let newest_first: Vec<String> = reader.lines().map(|l| l.unwrap()).rev().collect();
    println!("{newest_first:?}");
}
