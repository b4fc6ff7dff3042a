//! mistake: Python's `bin(m).count('1')` popcount (Rust: `m.count_ones()`)
//! offending: bin
//! category: python-habit
fn main() {
    let masks = vec![0b1011u32, 0b1, 0b111];
    let pops = masks.iter().map(|&m| bin(m).count('1')).collect::<Vec<_>>();
    println!("{pops:?}");
}
