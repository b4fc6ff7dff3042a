//! mistake: stores `enumerate`'s `usize` index plus one in a `u32` line-number field
//! offending: i + 1
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Line {
    no: u32,
    text: String,
}

fn main() {
    let log = "boot\nready\nshutdown";
    let lines = comp![Line { no: i + 1, text: t.to_string() } for (i, t) in log.lines().enumerate()];
    println!("{lines:?}");
}
