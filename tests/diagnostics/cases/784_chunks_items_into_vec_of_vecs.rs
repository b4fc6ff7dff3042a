//! mistake: .chunks(n) items (slices) collected as Vec<Vec<u32>> without .to_vec()
//! offending: chunk for chunk
//! category: type
use comprehensions::comp;

fn main() {
    let ids: Vec<u32> = (1..=7).collect();
    let batches: Vec<Vec<u32>> = comp![chunk for chunk in ids.chunks(3)];
    println!("{batches:?}");
}
