//! mistake: Python's `bin(m).count('1')` popcount (Rust: `m.count_ones()`)
//! offending: bin
//! category: python-habit
use comprehensions::comp;

fn main() {
    let masks = vec![0b1011u32, 0b1, 0b111];
    let pops = comp![bin(m).count('1') for &m in &masks];
    println!("{pops:?}");
}
