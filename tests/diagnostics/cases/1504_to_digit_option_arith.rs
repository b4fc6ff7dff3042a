//! mistake: Python's `int(c) * 2` as `c.to_digit(10) * 2`, arithmetic on the `Option<u32>` it returns
//! offending: c.to_digit(10) * 2
//! category: type
use comprehensions::comp;

fn main() {
    let s = "4821";
    let doubled = comp![c.to_digit(10) * 2 for c in s.chars()];
    println!("{doubled:?}");
}
