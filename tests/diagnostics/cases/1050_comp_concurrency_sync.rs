//! mistake: `concurrency = 4` on a synchronous `comp!` to spread CPU work (Python's process pool)
//! offending: concurrency
//! category: syntax
use comprehensions::comp;

fn checksum(block: &[u8]) -> u32 {
    block.iter().map(|b| *b as u32).sum()
}

fn main() {
    let blocks = vec![vec![1_u8, 2], vec![3, 4]];
    let sums = comp![checksum(b) for b in &blocks; concurrency = 4];
    println!("{sums:?}");
}
