//! mistake: Python's `~m` for a bitwise NOT (Rust: `!m`)
//! offending: ~
//! category: python-habit
use comprehensions::comp;

fn main() {
    let masks: Vec<u8> = vec![0b1111_0000, 0b0000_1111];
    // Python: inverted = [~m & 0xFF for m in masks]
    let inverted = comp![~m & 0xFF for m in &masks];
    println!("{inverted:?}");
}
