//! mistake: Python's `not n` (n == 0) on an integer, which Rust reads as bitwise not
//! offending: !n
use std::collections::HashMap;

fn main() {
    let stock: HashMap<&str, u32> = HashMap::from([("nails", 0), ("bolts", 40)]);
    let mut sold_out = Vec::new();
    for (name, n) in &stock {
        if !n {
            sold_out.push(*name);
        }
    }
    println!("{sold_out:?}");
}
