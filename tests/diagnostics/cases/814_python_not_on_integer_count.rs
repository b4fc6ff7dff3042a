//! mistake: Python's `not n` (n == 0) on an integer, which Rust reads as bitwise not
//! offending: not n
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let stock: HashMap<&str, u32> = HashMap::from([("nails", 0), ("bolts", 40)]);
    let sold_out = comp![*name for (name, n) in &stock if not n];
    println!("{sold_out:?}");
}
